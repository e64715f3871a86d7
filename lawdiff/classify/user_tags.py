"""User tags: what the user said about a segment's claims wins over what the classifier found."""

from __future__ import annotations

from dataclasses import replace

from lawdiff.core.model import ClaimTag, Origin, SegmentInfo


def merge_user_tags(auto: tuple[ClaimTag, ...], user: tuple[ClaimTag, ...]) -> tuple[ClaimTag, ...]:
    """Overlay the user's tags on the classifier's.

    A user tag replaces the automatic tag of the same claim; a user tag with confidence 0 means
    "the user removed this claim" and suppresses the automatic tag without appearing itself.
    User tags of claims the classifier did not find are added after the automatic ones.

    Args:
        auto: the classifier's tags of a segment.
        user: the user's tags of the same segment (their ``origin`` is set to USER here).

    Returns:
        The tags to show and store, automatic order kept, removed claims left out.
    """
    by_claim = {tag.claim: replace(tag, origin=Origin.USER) for tag in user}
    merged: list[ClaimTag] = []
    for tag in auto:
        chosen = by_claim.pop(tag.claim, tag)
        if chosen.confidence > 0:
            merged.append(chosen)
    merged.extend(tag for tag in by_claim.values() if tag.confidence > 0)
    return tuple(merged)


def effective_tags(segment: SegmentInfo) -> tuple[ClaimTag, ...]:
    """The claims a stored segment is about once the user's tags override the classifier's.

    The one place this is decided: the workspace, the reports and the window all ask here.
    """
    auto = tuple(t for t in segment.claims if t.origin is Origin.AUTO)
    user = tuple(t for t in segment.claims if t.origin is Origin.USER)
    return merge_user_tags(auto, user)
