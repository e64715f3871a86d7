"""The simple baseline the linker is measured against: rapidfuzz over headings only."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from lawdiff.core.model import LinkSuggestion, Reason, Relation, SegmentInfo
from lawdiff.link.units import build_units


def heading_baseline(
    sources: Sequence[SegmentInfo], targets: Sequence[SegmentInfo]
) -> list[LinkSuggestion]:
    """Every pair of argument units scored by ``token_set_ratio`` of their headings (or labels).

    Returns:
        Suggestions best first per source, scores in [0, 1].
    """
    found: list[LinkSuggestion] = []
    target_units = build_units(targets)
    for source in build_units(sources):
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
