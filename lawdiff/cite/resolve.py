"""Point a record cite at the segment of another document of the case.

Page numbers: "Mot. at 5" counts the **PDF page** (the ECF page, "Page 5 of 30" in the court's
header), which is what ``SegmentInfo.start_page`` / ``end_page`` hold. Briefs that cite the
printed page of a memorandum with a caption and tables in front will land a few pages early;
we chose the ECF page because it is the one unambiguous number on every filed page and the
one courts ask for (C.D. Cal. and N.D. Cal. orders cite "Dkt. No. 10 at 3" by ECF page).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import DocumentInfo, RecordTarget, SegmentInfo


def resolve_record_target(
    target: RecordTarget,
    citing: DocumentInfo,
    documents: Sequence[DocumentInfo],
    segments: Mapping[DocumentId, Sequence[SegmentInfo]],
) -> SegmentId | None:
    """The segment of another document in the case that a record cite points at.

    Args:
        target: what the cite names (role or docket number, and a paragraph or page pin).
        citing: the document the cite is in (never the answer).
        documents: every document of the case.
        segments: each document's segments, in any order.

    Returns:
        The "¶ N" segment for paragraph pins, the most specific segment containing the
        page (and line) for page pins, the document's first segment for a bare
        "Dkt. No. 10"; None when the document is not in the case or the pin is not found.
    """
    document = _cited_document(target, citing, documents)
    if document is None:
        return None
    own = sorted(segments.get(document.id, ()), key=lambda s: s.order)
    if not own:
        return None
    if target.paragraphs:
        return _paragraph_segment(target.paragraphs, own)
    if target.page is not None:
        return _page_segment(target.page, target.line, own)
    if target.exhibit:
        return None  # an exhibit is not a segment of the cited document
    return own[0].id


def _cited_document(
    target: RecordTarget, citing: DocumentInfo, documents: Sequence[DocumentInfo]
) -> DocumentInfo | None:
    others = [d for d in documents if d.id != citing.id]
    if target.docket:
        exact = [d for d in others if d.ecf_number == target.docket]
        if exact:
            return exact[0]
        main = [d for d in others if d.ecf_number.split("-")[0] == target.docket]
        return main[0] if main else None
    if target.role is None:
        return None
    same_role = [d for d in others if d.role == target.role]
    if len(same_role) <= 1:
        return same_role[0] if same_role else None
    # Several (a complaint and an amended one): the latest filed before the citing document.
    earlier = [d for d in same_role if not citing.filed or not d.filed or d.filed <= citing.filed]
    return max(earlier or same_role, key=lambda d: (d.filed, d.id))


def _paragraph_segment(paragraphs: Sequence[int], own: Sequence[SegmentInfo]) -> SegmentId | None:
    by_label = {s.label.replace("\u00a0", " "): s.id for s in own}
    for number in paragraphs:
        found = by_label.get(f"¶ {number}")
        if found is not None:
            return found
    return None


def _page_segment(page: int, line: int | None, own: Sequence[SegmentInfo]) -> SegmentId | None:
    if line is None:
        starting = [s.start_line for s in own if s.start_page == page]
        line = min(starting) if starting else 1
    point = (page, line)
    containing = [
        s for s in own if (s.start_page, s.start_line) <= point <= (s.end_page, s.end_line)
    ]
    if containing:
        return min(containing, key=_extent).id
    on_page = [s for s in own if s.start_page <= page <= s.end_page]
    return min(on_page, key=_extent).id if on_page else None


def _extent(segment: SegmentInfo) -> tuple[int, int, int]:
    """Smaller is more specific: fewer pages, fewer lines, deeper in the outline."""
    pages = segment.end_page - segment.start_page
    lines = pages * 100 + segment.end_line - segment.start_line
    return pages, lines, -segment.level
