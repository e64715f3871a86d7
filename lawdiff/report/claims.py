"""Which claims a segment is about, and what the taxonomy calls them."""

from __future__ import annotations

import importlib
from functools import cache

from lawdiff.core.model import Origin, SegmentInfo

UNCLASSIFIED = ""
UNCLASSIFIED_NAME = "Not classified"


def effective_claims(segment: SegmentInfo) -> tuple[str, ...]:
    """Claim ids of a segment once the user's tags override the classifier's.

    A user tag with confidence 0 removes that claim; other tags with positive confidence
    count. Returns ``(UNCLASSIFIED,)`` when nothing remains.
    """
    removed = {t.claim for t in segment.claims if t.origin is Origin.USER and t.confidence <= 0}
    kept = [t.claim for t in segment.claims if t.confidence > 0 and t.claim not in removed]
    return tuple(dict.fromkeys(kept)) or (UNCLASSIFIED,)


def claim_name(claim: str) -> str:
    """The taxonomy's name for ``claim``, else a readable form of its id."""
    if claim == UNCLASSIFIED:
        return UNCLASSIFIED_NAME
    names = _taxonomy_names()
    if claim in names:
        return names[claim]
    last = claim.rsplit(".", 1)[-1]
    return last.replace("-", " ").replace("_", " ").capitalize()


@cache
def _taxonomy_names() -> dict[str, str]:
    """Names from ``lawdiff.classify.load_taxonomy()``, or none while the classifier is absent."""
    classify = importlib.import_module("lawdiff.classify")
    loader = getattr(classify, "load_taxonomy", None)
    if loader is None:
        return {}
    return {t.id: t.name for t in loader().types}
