"""Which claims a segment is about, what the taxonomy calls them, and in what order."""

from __future__ import annotations

from functools import cache

from lawdiff.classify import load_taxonomy, merge_user_tags
from lawdiff.core.model import Origin, SegmentInfo

UNCLASSIFIED = ""
UNCLASSIFIED_NAME = "Not classified"


def effective_claims(segment: SegmentInfo) -> tuple[str, ...]:
    """Claim ids of a segment once the user's tags override the classifier's.

    Returns ``(UNCLASSIFIED,)`` when nothing remains.
    """
    auto = tuple(t for t in segment.claims if t.origin is Origin.AUTO)
    user = tuple(t for t in segment.claims if t.origin is Origin.USER)
    kept = [t.claim for t in merge_user_tags(auto, user) if t.confidence > 0]
    return tuple(dict.fromkeys(kept)) or (UNCLASSIFIED,)


def claim_name(claim: str) -> str:
    """The taxonomy's name for ``claim``, else a readable form of its id."""
    if claim == UNCLASSIFIED:
        return UNCLASSIFIED_NAME
    names = _taxonomy()
    if claim in names:
        return names[claim][1]
    last = claim.rsplit(".", 1)[-1]
    return last.replace("-", " ").replace("_", " ").capitalize()


def claim_order(claim: str) -> tuple[int, str]:
    """Sort key: taxonomy order, then claims the taxonomy lacks, then unclassified last."""
    if claim == UNCLASSIFIED:
        return (1_000_001, "")
    position = _taxonomy().get(claim, (1_000_000, ""))[0]
    return (position, claim_name(claim).casefold())


@cache
def _taxonomy() -> dict[str, tuple[int, str]]:
    """Claim id → (position in the taxonomy file, name)."""
    return {t.id: (n, t.name) for n, t in enumerate(load_taxonomy().types)}
