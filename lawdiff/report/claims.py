"""Which claims a segment is about, and in what order a report lists them.

Names come from :func:`lawdiff.classify.claim_name`, the user's overrides from
:func:`lawdiff.classify.effective_tags`: this module only adds the report's view of them.
"""

from __future__ import annotations

from functools import cache

from lawdiff.classify import UNCLASSIFIED, claim_name, effective_tags, load_taxonomy
from lawdiff.core.model import SegmentInfo

__all__ = ["UNCLASSIFIED", "claim_name", "claim_order", "effective_claims"]


def effective_claims(segment: SegmentInfo) -> tuple[str, ...]:
    """Claim ids of a segment once the user's tags override the classifier's.

    Returns ``(UNCLASSIFIED,)`` when nothing remains.
    """
    kept = [t.claim for t in effective_tags(segment) if t.confidence > 0]
    return tuple(dict.fromkeys(kept)) or (UNCLASSIFIED,)


def claim_order(claim: str) -> tuple[int, str]:
    """Sort key: taxonomy order, then claims the taxonomy lacks, then unclassified last."""
    if claim == UNCLASSIFIED:
        return (1_000_001, "")
    position = _positions().get(claim, 1_000_000)
    return (position, claim_name(claim).casefold())


@cache
def _positions() -> dict[str, int]:
    """Claim id → position in the taxonomy file."""
    return {t.id: n for n, t in enumerate(load_taxonomy().types)}
