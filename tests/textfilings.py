"""Small fictional filings for unit tests: a plain-text brief's outline, an order's segments."""

from __future__ import annotations

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import (
    Filing,
    FilingMeta,
    Page,
    Role,
    SegmentDraft,
    SegmentInfo,
    SegmentKind,
)
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing


def headings(text: str, role: Role = Role.MOTION) -> list[SegmentDraft]:
    """The heading segments lawdiff finds in ``text`` imported as a one-page text filing."""
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=role))
    return [s for s in segment_filing(filing).segments if s.kind == SegmentKind.HEADING]


def segment_info(
    number: int,
    heading: str = "",
    text: str = "",
    *,
    parent: int | None = None,
    document: int = 1,
    kind: SegmentKind | None = None,
) -> SegmentInfo:
    """A stored segment on page 1: a heading when it has one (its text the heading unless
    given), else a paragraph; ``parent`` and ``document`` by number."""
    return SegmentInfo(
        SegmentId(number),
        DocumentId(document),
        SegmentId(parent) if parent else None,
        kind or (SegmentKind.HEADING if heading else SegmentKind.PARAGRAPH),
        str(number),
        heading,
        text or heading,
        number,
        1,
        1,
        1,
        1,
        1,
    )
