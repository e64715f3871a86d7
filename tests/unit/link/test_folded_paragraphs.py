"""A brief's numbered paragraphs belong to their heading's argument unit; a complaint's do not."""

from __future__ import annotations

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import CitationKind, DocumentInfo, Role, SegmentKind
from lawdiff.link import build_units, coverage, folding_documents, suggest_rebuttals
from lawdiff.link.scoring import FEATURES, pair_rows
from tests.unit.link.linkfactory import cite, seg

# a complaint: its numbered paragraphs under a count are what the other side answers
COUNT = seg(1, "COUNT I", heading="Breach of Contract", kind=SegmentKind.COUNT)
C1 = seg(1, "¶ 1", "Defendant failed to pay the invoices.", parent=COUNT)
C2 = seg(1, "¶ 2", "Plaintiff performed every obligation.", parent=COUNT)

# a "COMES NOW" motion written in numbered paragraphs
OPENING = seg(2, "¶ 1", "COMES NOW defendant and moves to dismiss.")  # no heading above
HEAD = seg(2, "I", heading="THE ADEA CLAIM IS TIME-BARRED")
M2 = seg(2, "¶ 2", "The charge was filed more than three hundred days late.", parent=HEAD)
M3 = seg(2, "¶ 3", "Equitable tolling does not apply to a represented employee.", parent=HEAD)
SECOND = seg(2, "II", heading="NO INDIVIDUAL LIABILITY")
M4 = seg(2, "¶ 4", "The statute reaches employers, not individual supervisors.", parent=SECOND)
MOTION = [OPENING, HEAD, M2, M3, SECOND, M4]


def _document(number: int, role: Role) -> DocumentInfo:
    return DocumentInfo(DocumentId(number), "", role, "", "", "", "", "", "txt", 1, ())


def test_roles_that_argue_by_headings_fold() -> None:
    documents = [_document(n, role) for n, role in enumerate(Role, start=1)]
    folded = {d.role for d in documents if d.id in folding_documents(documents)}
    assert folded == {Role.MOTION, Role.OPPOSITION, Role.REPLY}


def test_a_complaints_paragraphs_under_a_count_stay_units() -> None:
    fold = folding_documents([_document(1, Role.COMPLAINT)])
    units = build_units([COUNT, C1, C2], fold)
    assert [u.segment.label for u in units] == ["COUNT I", "¶ 1", "¶ 2"]


def test_a_motions_paragraphs_fold_into_the_heading_above_them() -> None:
    units = {u.segment.label: u for u in build_units(MOTION, {DocumentId(2)})}
    assert list(units) == ["¶ 1", "I", "II"]  # the opening paragraph has no heading above it
    assert units["I"].members == {HEAD.id, M2.id, M3.id}
    assert "three hundred days late" in units["I"].text
    assert "represented employee" in units["I"].text
    assert units["II"].members == {SECOND.id, M4.id}


def test_without_roles_every_numbered_paragraph_is_a_unit() -> None:
    labels = [u.segment.label for u in build_units(MOTION)]
    assert labels == ["¶ 1", "I", "¶ 2", "¶ 3", "II", "¶ 4"]


def test_a_record_cite_of_a_folded_paragraph_counts_for_its_heading() -> None:
    # "Mot. ¶ 3" resolved to the paragraph segment (labels unchanged) points at unit "I"
    answer = seg(
        3,
        "A",
        "The charge was timely under the continuing-violation rule.",
        heading="THE CHARGE WAS TIMELY",
        cites=(cite("Mot. ¶ 3", CitationKind.RECORD, target=M3.id),),
    )
    rows = pair_rows(MOTION, [answer], fold={DocumentId(2)})
    record = FEATURES.index("record")
    by_source = {row.source: row.values[record] for row in rows}
    assert by_source[HEAD.id] > 0.0
    assert M3.id not in by_source  # the paragraph is no longer a unit of its own


def test_suggestions_and_coverage_name_the_heading_not_its_paragraphs() -> None:
    answer_head = seg(3, "I", heading="THE CHARGE WAS TIMELY FILED")
    answer_body = seg(
        3,
        "",
        "The charge was filed within three hundred days; tolling applies.",
        parent=answer_head,
    )
    fold = {DocumentId(2), DocumentId(3)}
    made = suggest_rebuttals(MOTION, [answer_head, answer_body], threshold=0.0, fold=fold)
    assert {s.source for s in made} <= {OPENING.id, HEAD.id, SECOND.id}
    assert [u.label for u in coverage(MOTION, [], fold=fold).units] == ["¶ 1", "I", "II"]
