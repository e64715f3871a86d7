"""The separate signals a suggestion is scored from, each reported as a :class:`Reason`.

Every signal returns a :class:`Reason` whose ``weight`` is its contribution in [0, 1], or None.
The weights (``WEIGHTS``) and how they were chosen are documented in docs/linking.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from lawdiff.core.model import CitationKind, Reason
from lawdiff.link import textnorm
from lawdiff.link.candidates import Vector, cosine
from lawdiff.link.units import ArgumentUnit

WEIGHTS = {
    "record-cite": 0.8,  # per cite, combined: one cite 0.8, two 0.96
    "quote": 0.6,
    "heading-parallel": 0.6,
    "outline": 0.35,
    "shared-authority": 0.45,
    "lexical": 0.5,
    "shared-claim": 0.15,
}
HEADING_FLOOR = 55.0  # rapidfuzz % below which two headings have nothing in common
LEXICAL_FLOOR = 0.05  # combined similarity of unrelated argument sections
LEXICAL_SPAN = 0.45  # ... and how far above the floor a full-strength match sits
OUTLINE_LABEL = re.compile(r"^[IVXLC]+(?:\.[A-Z](?:\.\d+(?:\.[a-z])?)?)?$")
CASE_KEY = re.compile(r"^(\d+ .+?) (?:at )?\d+$")
SHINGLE = 6


@dataclass(frozen=True)
class Features:
    """What the signals compare, computed once per unit."""

    unit: ArgumentUnit
    words: str
    vector: Vector
    heading: str
    authorities: dict[str, str]
    quotes: tuple[str, ...]


def features(unit: ArgumentUnit, words: Sequence[str], vector: Vector) -> Features:
    """The comparable features of ``unit`` (its content ``words`` and TF-IDF ``vector``)."""
    return Features(
        unit=unit,
        words=" ".join(words[:400]),
        vector=vector,
        heading=textnorm.polarity_free(unit.heading),
        authorities=_authorities(unit),
        quotes=tuple(textnorm.quoted_passages(unit.text)),
    )


def _authorities(unit: ArgumentUnit) -> dict[str, str]:
    """Authority key → how to show it; a short case cite shares its full cite's key."""
    found: dict[str, str] = {}
    for cite in unit.citations:
        if cite.kind not in (CitationKind.CASE, CitationKind.STATUTE, CitationKind.RULE):
            continue
        key = cite.normalized
        if cite.kind is CitationKind.CASE and (match := CASE_KEY.match(cite.normalized)):
            key = match[1]
        if key not in found or " at " in found[key]:
            found[key] = cite.normalized
    return found


def authority_rarity(all_features: Sequence[Features]) -> dict[str, float]:
    """1 / (number of units citing it) for every authority: a case every section cites is weak."""
    counts: Counter[str] = Counter()
    for item in all_features:
        counts.update(item.authorities.keys())
    return {key: 1.0 / n for key, n in counts.items()}


def record_cite(source: Features, target: Features) -> Reason | None:
    """The target cites the source: a resolved record cite, or a "¶ N" naming it."""
    label = source.unit.segment.label
    number = (
        int(label[1:].strip()) if label.startswith("¶") and label[1:].strip().isdigit() else None
    )
    hits: list[str] = []
    for cite in target.unit.citations:
        if cite.kind not in (CitationKind.RECORD, CitationKind.ID):
            continue
        pointed = cite.target_segment is not None and cite.target_segment in source.unit.members
        named = cite.target_segment is None and number in textnorm.paragraph_numbers(
            cite.normalized
        )
        if pointed or named:
            hits.append(" ".join(cite.text.split()))
    if not hits:
        return None
    weight = 1.0 - (1.0 - WEIGHTS["record-cite"]) ** len(hits)
    shown = "; ".join(dict.fromkeys(hits[:3]))
    return Reason("record-cite", weight, f"cites {shown}")


def shared_authority(source: Features, target: Features, rarity: dict[str, float]) -> Reason | None:
    """Both sides cite the same case, statute or rule."""
    shared = [key for key in source.authorities if key in target.authorities]
    if not shared:
        return None
    shared.sort(key=lambda key: -rarity.get(key, 0.0))
    strength = sum(rarity.get(key, 0.0) for key in shared)
    weight = WEIGHTS["shared-authority"] * (1.0 - 0.5 ** (2.0 * strength))
    names = [source.authorities[key] for key in shared[:2]]
    more = f" and {len(shared) - 2} more" if len(shared) > 2 else ""
    return Reason("shared-authority", weight, f"both cite {' and '.join(names)}{more}")


def shared_claim(source: Features, target: Features, names: dict[str, str]) -> Reason | None:
    """Both are tagged with the same claim or issue."""
    shared = sorted(source.unit.claims & target.unit.claims)
    if not shared:
        return None
    union = len(source.unit.claims | target.unit.claims)
    weight = WEIGHTS["shared-claim"] * len(shared) / union
    shown = " and ".join(names.get(c, c) for c in shared[:2])
    return Reason("shared-claim", weight, f"both about {shown}")


def heading_similarity(source: Features, target: Features) -> float:
    """Similarity (0–100) of two polarity-free headings."""
    if not source.heading or not target.heading:
        return 0.0
    set_ratio = fuzz.token_set_ratio(source.heading, target.heading)
    sort_ratio = fuzz.token_sort_ratio(source.heading, target.heading)
    return (set_ratio + sort_ratio) / 2.0


def heading_parallel(source: Features, target: Features) -> Reason | None:
    """The headings say the same thing with the polarity flipped (or not)."""
    similarity = heading_similarity(source, target)
    if similarity <= HEADING_FLOOR:
        return None
    strength = (similarity - HEADING_FLOOR) / (100.0 - HEADING_FLOOR)
    text = (
        "headings mirror each other"
        if similarity >= 85
        else f"similar headings ({similarity:.0f}%)"
    )
    return Reason("heading-parallel", WEIGHTS["heading-parallel"] * strength, text)


def lexical_similarity(source: Features, target: Features) -> float:
    """Similarity (0–1) of the wording: TF-IDF cosine blended with rapidfuzz token_set_ratio."""
    fuzzy = fuzz.token_set_ratio(source.words, target.words) / 100.0 if source.words else 0.0
    return (cosine(source.vector, target.vector) + fuzzy) / 2.0


def lexical(source: Features, target: Features, similarity: float) -> Reason | None:
    """Similar wording, scaled from the floor of unrelated sections."""
    strength = min(1.0, (similarity - LEXICAL_FLOOR) / LEXICAL_SPAN)
    if strength <= 0.0:
        return None
    return Reason("lexical", WEIGHTS["lexical"] * strength, f"similar wording ({similarity:.0%})")


def quote(source: Features, target: Features) -> Reason | None:
    """A passage of one side appears in quotation marks in the other."""
    for quoting, quoted, who in ((target, source, "quotes"), (source, target, "is quoted by")):
        if not quoting.quotes:
            continue
        text = _shingles(quoted.words)
        for passage in quoting.quotes:
            if _shingles(passage) & text:
                words = " ".join(passage.split()[:6])
                return Reason("quote", WEIGHTS["quote"], f"{who} the other side: “{words} …”")
    return None


@lru_cache(maxsize=4096)
def _shingles(words: str) -> frozenset[tuple[str, ...]]:
    tokens = words.split()
    return frozenset(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def outline(source: Features, target: Features, target_labels: frozenset[str]) -> Reason | None:
    """Same place in the outline ("II.B" ↔ "II.B"), or the nearest one the target has."""
    mine, theirs = source.unit.segment.label, target.unit.segment.label
    if not (OUTLINE_LABEL.match(mine) and OUTLINE_LABEL.match(theirs)):
        return None
    if mine == theirs:
        return Reason("outline", WEIGHTS["outline"], f"same place in the outline ({mine})")
    nearest = _nearest_label(mine, target_labels)
    if nearest == theirs:
        weight = WEIGHTS["outline"] * 0.6
        return Reason("outline", weight, f"nearest place in the outline ({mine} → {theirs})")
    return None


def _nearest_label(label: str, labels: frozenset[str]) -> str | None:
    parts = label.split(".")
    for depth in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:depth])
        if prefix in labels:
            return prefix
    return None
