"""Hand-built segments for linker tests."""

from __future__ import annotations

from itertools import count

from lawdiff.core.ids import CitationId, DocumentId, LinkId, SegmentId
from lawdiff.core.model import (
    CitationInfo,
    CitationKind,
    ClaimTag,
    LinkInfo,
    LinkStatus,
    Origin,
    Reason,
    Relation,
    SegmentInfo,
    SegmentKind,
)

_ids = count(1)


def seg(
    document: int,
    label: str,
    text: str = "",
    *,
    heading: str = "",
    parent: SegmentInfo | None = None,
    kind: SegmentKind | None = None,
    claims: tuple[str, ...] = (),
    cites: tuple[CitationInfo, ...] = (),
    pages: tuple[int, int] = (1, 1),
    seg_id: int | None = None,
) -> SegmentInfo:
    """A segment; the kind follows the label ("¶ N" paragraph, "" body, else heading)."""
    number = seg_id if seg_id is not None else next(_ids)
    if kind is None:
        kind = SegmentKind.HEADING if label and not label.startswith("¶") else SegmentKind.PARAGRAPH
    return SegmentInfo(
        id=SegmentId(number),
        document=DocumentId(document),
        parent=parent.id if parent else None,
        kind=kind,
        label=label,
        heading=heading,
        text=text,
        order=number,
        level=parent.level + 1 if parent else 0,
        start_page=pages[0],
        start_line=1,
        end_page=pages[1],
        end_line=28,
        claims=tuple(ClaimTag(c, 0.9) for c in claims),
        citations=cites,
    )


def cite(
    normalized: str, kind: CitationKind = CitationKind.CASE, target: SegmentId | None = None
) -> CitationInfo:
    return CitationInfo(
        id=CitationId(next(_ids)),
        kind=kind,
        text=normalized,
        normalized=normalized,
        target_segment=target,
    )


def link(
    source: SegmentId,
    target: SegmentId,
    status: LinkStatus = LinkStatus.SUGGESTED,
    *,
    origin: Origin = Origin.AUTO,
    pinned: bool = False,
    link_id: int | None = None,
) -> LinkInfo:
    return LinkInfo(
        id=LinkId(link_id if link_id is not None else next(_ids)),
        source=source,
        target=target,
        relation=Relation.REBUTS,
        score=0.5,
        status=status,
        origin=origin,
        reasons=(Reason("lexical", 0.5, "similar wording (50%)"),),
        pinned=pinned,
    )
