"""Review rules for re-running the linker over links a user has already reviewed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lawdiff.core.ids import LinkId, SegmentId
from lawdiff.core.model import LinkInfo, LinkStatus, LinkSuggestion, Origin


@dataclass
class RelinkPlan:
    """What to change in the stored links after a fresh run of the linker.

    Attributes:
        to_add: fresh suggestions for pairs with no link yet.
        to_update: (existing auto suggestion, its fresh score/reasons/relation).
        to_remove: auto suggestions the fresh run no longer makes.
    """

    to_add: list[LinkSuggestion] = field(default_factory=list)
    to_update: list[tuple[LinkId, LinkSuggestion]] = field(default_factory=list)
    to_remove: list[LinkId] = field(default_factory=list)


def _is_kept(link: LinkInfo) -> bool:
    """Reviewed, pinned or user-made links are the user's: a re-run never touches them."""
    return link.status is not LinkStatus.SUGGESTED or link.pinned or link.origin is Origin.USER


def plan_relink(existing: Sequence[LinkInfo], fresh: Sequence[LinkSuggestion]) -> RelinkPlan:
    """Merge a fresh run of the linker into the existing links.

    Accepted, rejected and pinned links and user-made links stay as they are; a pair the user
    rejected is never suggested again; other auto suggestions are refreshed when the fresh
    run makes them again and removed when it does not.

    Args:
        existing: every link stored for the documents that were re-linked.
        fresh: the new suggestions.

    Returns:
        The plan; applying it leaves at most one link per (source, target) pair.
    """
    plan = RelinkPlan()
    by_pair: dict[tuple[SegmentId, SegmentId], LinkInfo] = {}
    for link in existing:
        pair = (link.source, link.target)
        if pair not in by_pair or _is_kept(link):
            by_pair[pair] = link
    for link in existing:
        if not _is_kept(link) and by_pair[(link.source, link.target)] is not link:
            plan.to_remove.append(link.id)  # a duplicate of a kept link
    fresh_pairs: set[tuple[SegmentId, SegmentId]] = set()
    for suggestion in fresh:
        pair = (suggestion.source, suggestion.target)
        if pair in fresh_pairs:
            continue
        fresh_pairs.add(pair)
        known = by_pair.get(pair)
        if known is None:
            plan.to_add.append(suggestion)
        elif not _is_kept(known):
            plan.to_update.append((known.id, suggestion))
    for pair, link in by_pair.items():
        if pair not in fresh_pairs and not _is_kept(link):
            plan.to_remove.append(link.id)
    return plan
