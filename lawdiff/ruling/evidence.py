"""Read one sentence of an order: which side, if any, its cues point to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lawdiff.core.rulings import Evidence, Side
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.rulebook import RuleBook, RulingCue, folded_forms
from lawdiff.ruling.sentences import Sentence

_CONCLUDING = re.compile(
    r"^\W*(?:accordingly|therefore|thus|hence|in sum|in short|in conclusion|for (?:these|the "
    r"foregoing|the above|all of these) reasons|for the reasons (?:stated|given|above)|"
    r"oleh karena itu|dengan demikian|maka)\b",
    re.IGNORECASE,
)
_FLIP = {Side.MOVANT: Side.RESPONDENT, Side.RESPONDENT: Side.MOVANT}


@dataclass(frozen=True)
class Reading:
    """What one sentence says: the side, the cue's weight and the evidence to show."""

    side: Side
    weight: float
    evidence: Evidence
    concluding: bool = False  # "Accordingly, …", "For these reasons, …": the court's holding


def read_sentence(sentence: Sentence, book: RuleBook, parties: PartyNames) -> Reading | None:
    """The side the strongest cue of ``sentence`` points to, or None without a cue."""
    folded, lowered = folded_forms(sentence.text)
    hits = _longest_hits(book.cues, folded, lowered)
    if not hits:
        return None
    mentions = parties.mentions(folded)
    readings = [(_side_of(cue, start, end, mentions), cue) for cue, start, end in hits]
    best_side, best_cue = max(readings, key=lambda r: r[1].weight)
    evidence = Evidence(sentence.text, sentence.page, sentence.line, best_cue.text, best_side)
    concluding = _CONCLUDING.match(sentence.text) is not None
    return Reading(best_side, best_cue.weight, evidence, concluding)


def cue_hits(
    cues: Sequence[RulingCue], folded: str, lowered: str
) -> list[tuple[RulingCue, int, int]]:
    """Every hit of every cue in a sentence, as (cue, start, end)."""
    return [(cue, start, end) for cue in cues for start, end in cue.spans(folded, lowered)]


def _longest_hits(
    cues: Sequence[RulingCue], folded: str, lowered: str
) -> list[tuple[RulingCue, int, int]]:
    """Hits not inside a longer hit ("has not shown" hides "has shown" and "shown")."""
    hits = sorted(cue_hits(cues, folded, lowered), key=lambda h: (h[1], -(h[2] - h[1])))
    kept: list[tuple[RulingCue, int, int]] = []
    for hit in hits:
        if any(k[1] <= hit[1] and hit[2] <= k[2] for k in kept):
            continue
        kept = [k for k in kept if not (hit[1] <= k[1] and k[2] <= hit[2])]
        kept.append(hit)
    return kept


def _side_of(
    cue: RulingCue, start: int, end: int, mentions: Sequence[tuple[int, int, Side]]
) -> Side:
    if cue.direction == "not-reached":
        return Side.NOT_REACHED
    if cue.direction in ("movant", "respondent", "mixed"):
        return Side(cue.direction)
    party = _named_party(cue.party, start, end, mentions)
    return party if cue.direction == "for" else _FLIP[party]


def _named_party(
    place: str, start: int, end: int, mentions: Sequence[tuple[int, int, Side]]
) -> Side:
    """The party named before (the nearest) or after (the first) the cue; else the movant."""
    if place == "before":
        before = [m for m in mentions if m[1] <= start]
        return before[-1][2] if before else Side.MOVANT
    after = [m for m in mentions if m[0] >= end]
    return after[0][2] if after else Side.MOVANT
