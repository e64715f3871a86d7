"""Dispositions per part: "the motion is DENIED as to standing and as to the request for
dismissal", "GRANTED as to the Title VII claim and denied as to the NYSHRL claim".

A motion granted in part says little about any one argument; its closing sentences often say
which part went which way. Each "as to …" clause takes the disposition verb nearest before it
(granted / sustained / dismissed = for the movant, denied / overruled = for the respondent; "as
moot" = not reached), and an argument whose heading (or an enclosing heading) holds every
content word of the part is about that part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import Evidence, Side
from lawdiff.ruling.matching import ancestors, stems
from lawdiff.ruling.sentences import Sentence

_VERB = re.compile(
    r"\b(?:(?P<movant>grant(?:s|ed)?|sustain(?:s|ed)?|dismiss(?:es|ed)?)|"
    r"(?P<respondent>den(?:y|ies|ied)|overrul(?:e|es|ed)))\b"
    r"(?P<aside>(?:\s+(?!as\b)[\w-]+){0,3}?\s+as\s+(?:moot|academic))?",
    re.IGNORECASE,
)
_AS_TO = re.compile(r"\b(?:as\s+to|with\s+respect\s+to|insofar\s+as\s+it\s+concerns)\b", re.I)
# where a part's name ends: the next "as to", the next disposition verb, a clause break
_PART_END = re.compile(rf"{_AS_TO.pattern}|{_VERB.pattern}|[;:]|\.\s|\.$|,\s+but\b", re.IGNORECASE)
# one part of several: "as to the design defect and implied warranty claims"
_CONJUNCTION = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
# a part named by pointing back ("as to this opinion") names nothing here
_ANAPHORIC = re.compile(r"^\s*(?:this|that|these|those|it)\b", re.I)
_MOST_WORDS = 6  # a longer "part" is a clause running on, not the name of a part
# words that name no subject of their own: "as to the request", "as to Counts I and III"
_EMPTY = frozenset(
    stems(
        "request requests count counts cause causes action actions relief part parts portion "
        "remaining rest extent all other respect respects branch branches prong "
        "first second third fourth fifth sixth "
        "seventh eighth ninth tenth one two three four five six seven eight nine ten "
        "i ii iii iv v vi vii viii ix x xi xii"
    )
)


@dataclass(frozen=True)
class Part:
    """One part of a motion and how the order disposed of it."""

    words: frozenset[str]
    side: Side
    evidence: Evidence


def part_dispositions(sentences: Iterable[Sentence], ignore: Iterable[str] = ()) -> list[Part]:
    """The parts the sentences dispose of, each with the side its disposition points to.

    Args:
        sentences: the order's sentences.
        ignore: party names, whose words name no part.
    """
    ignored = list(ignore)
    parts: list[Part] = []
    for sentence in sentences:
        for clause in _AS_TO.finditer(sentence.text):
            side = _side_before(sentence.text, clause.start())
            name = _part_name(sentence.text, clause.end())
            if side is None or _ANAPHORIC.match(name):
                continue
            evidence = Evidence(sentence.text, sentence.page, sentence.line, "", side)
            for conjunct in _CONJUNCTION.split(name):
                words = frozenset(stems(conjunct, ignore=ignored)) - _EMPTY
                if any(not w.isdigit() for w in words) and len(words) <= _MOST_WORDS:
                    parts.append(Part(words, side, evidence))
    return parts


def _side_before(text: str, end: int) -> Side | None:
    verbs = list(_VERB.finditer(text, 0, end))
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.group("aside"):
        return Side.NOT_REACHED
    return Side.MOVANT if verb.group("movant") else Side.RESPONDENT


def _part_name(text: str, start: int) -> str:
    end = _PART_END.search(text, start)
    return text[start : end.start() if end else len(text)]


def part_sides(
    arguments: Sequence[SegmentInfo],
    parts: Sequence[Part],
    ignore: Iterable[str] = (),
    sections: Mapping[SegmentId, Sequence[str]] | None = None,
) -> dict[SegmentId, Part]:
    """For each argument about exactly one disposed part (or several, all the same way), that
    part: every content word of the part stands in the argument's heading, in a heading
    above it, or in the heading of an order section that answers it (``sections``)."""
    ignored = list(ignore)
    by_id: Mapping[SegmentId, SegmentInfo] = {a.id: a for a in arguments}
    out: dict[SegmentId, Part] = {}
    for argument in arguments:
        headings = [a.heading for a in [argument, *ancestors(argument, by_id)]]
        headings += (sections or {}).get(argument.id, [])
        words = set().union(*(stems(h, ignore=ignored) for h in headings))
        found = [p for p in parts if p.words <= words]
        if found and len({p.side for p in found}) == 1:
            out[argument.id] = found[0]
    return out
