"""The simple baseline the linker is measured against: rapidfuzz over headings only."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rapidfuzz import fuzz

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import LinkSuggestion, Reason, Relation, SegmentInfo
from lawdiff.link.textnorm import WORD, strip_numbering
from lawdiff.link.units import build_units


def heading_baseline(
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    fold: Collection[DocumentId] = frozenset(),
) -> list[LinkSuggestion]:
    """Every pair of argument units scored by ``token_set_ratio`` of their headings (or labels).

    ``fold``: documents whose numbered paragraphs belong to their heading's unit.

    Returns:
        Suggestions best first per source, scores in [0, 1].
    """
    found: list[LinkSuggestion] = []
    target_units = build_units(targets, fold)
    for source in build_units(sources, fold):
        mine = source.heading or source.segment.label
        scored = [
            (fuzz.token_set_ratio(mine, target.heading or target.segment.label) / 100.0, target)
            for target in target_units
        ]
        scored.sort(key=lambda pair: -pair[0])
        found.extend(
            LinkSuggestion(
                source.id,
                target.id,
                score,
                Relation.REBUTS,
                (Reason("heading", score, f"similar headings ({score:.0%})"),),
            )
            for score, target in scored
        )
    return found


def heading_token_set(mine: str, theirs: str) -> float:
    """The evaluation's heading baseline: ``token_set_ratio`` (0–1) of two headings, numbering
    stripped and lower-cased."""
    return fuzz.token_set_ratio(_plain(mine), _plain(theirs)) / 100.0


def near_duplicate(a: str, b: str, floor: float = 90.0) -> bool:
    """Whether two normalized headings differ only by a few characters (gold matching)."""
    return fuzz.ratio(a, b) >= floor


def _plain(heading: str) -> str:
    return " ".join(WORD.findall(strip_numbering(heading).lower()))
