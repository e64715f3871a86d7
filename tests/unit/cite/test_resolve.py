"""resolve_record_target: a record cite → the segment of another document it points at."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from lawdiff.cite import resolve_record_target
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import DocumentInfo, RecordTarget, Role, SegmentInfo, SegmentKind


def document(doc_id: int, role: Role, ecf: str = "", filed: str = "") -> DocumentInfo:
    return DocumentInfo(
        id=DocumentId(doc_id),
        title="",
        role=role,
        motion_kind="",
        party="",
        filed=filed,
        source_name=f"{doc_id}.pdf",
        sha256="",
        kind="pdf",
        page_count=10,
        warnings=(),
        ecf_number=ecf,
    )


def segment(
    seg_id: int,
    doc_id: int,
    label: str,
    span: tuple[int, int, int, int],
    level: int = 0,
    kind: SegmentKind = SegmentKind.PARAGRAPH,
) -> SegmentInfo:
    start_page, start_line, end_page, end_line = span
    return SegmentInfo(
        id=SegmentId(seg_id),
        document=DocumentId(doc_id),
        parent=None,
        kind=kind,
        label=label,
        heading="",
        text="",
        order=seg_id,
        level=level,
        start_page=start_page,
        start_line=start_line,
        end_page=end_page,
        end_line=end_line,
    )


COMPLAINT = document(1, Role.COMPLAINT, ecf="1", filed="2021-01-11")
AMENDED = document(4, Role.COMPLAINT, ecf="20", filed="2021-03-01")
MOTION = document(2, Role.MOTION, ecf="10", filed="2021-02-01")
OPPOSITION = document(3, Role.OPPOSITION, ecf="15", filed="2021-02-15")
DOCUMENTS = [COMPLAINT, MOTION, OPPOSITION]
SEGMENTS: Mapping[DocumentId, Sequence[SegmentInfo]] = {
    COMPLAINT.id: [
        segment(101, 1, "COUNT I", (3, 1, 9, 28), kind=SegmentKind.COUNT),
        segment(102, 1, "¶ 12", (3, 1, 3, 10), level=1),
        segment(103, 1, "¶ 13", (3, 11, 3, 28), level=1),
        segment(104, 1, "¶ 15", (4, 1, 4, 12), level=1),
    ],
    MOTION.id: [
        segment(201, 2, "I", (4, 1, 8, 20), kind=SegmentKind.HEADING),
        segment(202, 2, "I.A", (4, 3, 5, 28), level=1, kind=SegmentKind.HEADING),
        segment(203, 2, "", (4, 5, 4, 20), level=2),
        segment(204, 2, "", (4, 21, 5, 14), level=2),
        segment(205, 2, "I.B", (6, 1, 8, 20), level=1, kind=SegmentKind.HEADING),
    ],
    OPPOSITION.id: [],
}


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (RecordTarget(role=Role.COMPLAINT, paragraphs=(12, 13)), 102),
        (RecordTarget(role=Role.COMPLAINT, paragraphs=(14, 15)), 104),  # ¶ 14 missing: next
        (RecordTarget(role=Role.COMPLAINT, paragraphs=(99,)), None),
        (RecordTarget(role=Role.MOTION, page=4, line=22), 204),
        (RecordTarget(role=Role.MOTION, page=4, line=6), 203),
        (RecordTarget(role=Role.MOTION, page=5), 204),  # the paragraph running onto page 5
        (RecordTarget(role=Role.MOTION, page=7), 205),
        (RecordTarget(role=Role.MOTION, page=40), None),
        (RecordTarget(docket="10", page=6), 205),
        (RecordTarget(docket="10"), 201),
        (RecordTarget(docket="10", exhibit="A"), None),
        (RecordTarget(docket="99"), None),
        (RecordTarget(role=Role.REPLY, page=2), None),
        (RecordTarget(role=Role.OPPOSITION, page=2), None),  # no segments
        (RecordTarget(exhibit="A"), None),
    ],
)
def test_resolves_to_the_most_specific_segment(target: RecordTarget, expected: int | None) -> None:
    assert resolve_record_target(target, OPPOSITION, DOCUMENTS, SEGMENTS) == expected


def test_never_points_into_the_citing_document() -> None:
    target = RecordTarget(role=Role.MOTION, page=4, line=6)
    assert resolve_record_target(target, MOTION, DOCUMENTS, SEGMENTS) is None


def test_docket_number_matches_the_main_document_of_an_attachment() -> None:
    attached = document(5, Role.MOTION, ecf="167-1")
    segments = {**SEGMENTS, attached.id: [segment(501, 5, "I", (2, 1, 3, 28))]}
    target = RecordTarget(docket="167")
    assert resolve_record_target(target, OPPOSITION, [*DOCUMENTS, attached], segments) == 501


def test_latest_complaint_filed_before_the_citing_document() -> None:
    segments = {**SEGMENTS, AMENDED.id: [segment(401, 4, "¶ 12", (2, 1, 2, 9))]}
    target = RecordTarget(role=Role.COMPLAINT, paragraphs=(12,))
    later = document(9, Role.OPPOSITION, filed="2021-04-01")
    assert resolve_record_target(target, later, [*DOCUMENTS, AMENDED], segments) == 401
    assert resolve_record_target(target, OPPOSITION, [*DOCUMENTS, AMENDED], segments) == 102
