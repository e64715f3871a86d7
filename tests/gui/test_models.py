"""Every item model passes Qt's model tester with real case data, and shows what it should."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.gui.case import CaseState
from lawdiff.gui.case_panel import claim_summaries
from lawdiff.gui.models import (
    CLAIMS_ROLE,
    MARKS_ROLE,
    ClaimFilterProxy,
    ClaimModel,
    DocumentModel,
    LinkModel,
    LinkRow,
    Mark,
    SearchHitModel,
    SegmentModel,
    gutter_label,
)
from lawdiff.workspace import Workspace


@pytest.fixture
def case(qapp: object, case_path: Path) -> CaseState:
    return CaseState(Workspace.open(case_path))


def segment_model(case: CaseState, role: str) -> SegmentModel:
    doc = next(d for d in case.documents if d.role.value == role)
    model = SegmentModel()
    segments = case.segments(doc.id)
    model.set_segments(segments, [case.claims_of(s) for s in segments])
    return model


def test_segment_model(qtmodeltester: object, case: CaseState) -> None:
    model = segment_model(case, "complaint")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 13
    assert (
        model.index(2, 0).data() == "¶ 2  Stratus ended the hosting agreement on one day's notice."
    )
    assert model.index(2, 0).data(CLAIMS_ROLE) == ("contract",)
    seg = model.segment_at(2)
    model.set_marks({seg.id: Mark.LINKED | Mark.HIT})
    assert Mark(model.index(2, 0).data(MARKS_ROLE)) == Mark.LINKED | Mark.HIT
    assert model.index(3, 0).data(MARKS_ROLE) == 0
    assert model.row_of(seg.id) == 2


@pytest.mark.parametrize(
    ("claim", "rows"), [("", 13), ("contract", 5), ("antitrust", 3), ("tro", 2)]
)
def test_claim_filter_keeps_arguments_about_the_claim(
    qtmodeltester: object, case: CaseState, claim: str, rows: int
) -> None:
    proxy = ClaimFilterProxy()
    proxy.setSourceModel(segment_model(case, "complaint"))
    proxy.set_claim(claim)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert proxy.rowCount() == rows


def test_table_models(qtmodeltester: object, case: CaseState) -> None:
    documents = DocumentModel()
    documents.set_rows(case.documents)
    qtmodeltester.check(documents)  # type: ignore[attr-defined]
    assert [documents.index(r, 1).data() for r in range(3)] == ["complaint", "motion", "opposition"]
    claims = ClaimModel()
    claims.set_rows(claim_summaries(case))
    qtmodeltester.check(claims)  # type: ignore[attr-defined]
    contract = next(r for r in claims.rows() if r.claim == "contract")
    assert (contract.arguments, contract.answered) == (7, 3)


def test_link_and_search_models(qtmodeltester: object, case: CaseState) -> None:
    links = LinkModel()
    links.set_rows(
        [LinkRow(x, case.end_name(x.target), case.end_name(x.source)) for x in case.links]
    )
    qtmodeltester.check(links)  # type: ignore[attr-defined]
    first = links.index(0, 0).data().splitlines()
    assert (
        first[0]
        == "Opp. II.A “The agreement let Stratus…” answers Mot. II.A “The notice clause is…”"
    )
    assert first[1] == "rebuts · ✓ accepted · ■■■■■■■■■□ 0.91"
    assert first[2].startswith("why: ")
    hits = SearchHitModel()
    hits.titles = {d.id: d.title for d in case.documents}
    hits.set_rows(case.workspace.search("notice"))
    qtmodeltester.check(hits)  # type: ignore[attr-defined]
    assert hits.rowCount() == 5
    assert (
        hits.index(0, 0).data()
        == "Complaint ¶ 8 — Stratus broke the [notice] clause of the agreement."
    )


@pytest.mark.parametrize(
    ("label", "heading", "shown"),
    [
        ("PARTIES", "PARTIES", ""),  # a word label that only repeats the heading
        ("NATURE OF THE ACTION", "NATURE OF THE ACTION", ""),
        ("III.A", "Chirrup Is Likely to Succeed", "III.A"),
        ("COUNT I", "Violation of Section 1", "COUNT I"),
        ("I", "INTRODUCTION", "I"),
        ("¶ 12", "", "¶ 12"),
    ],
)
def test_gutter_label_drops_a_label_that_repeats_the_heading(
    label: str, heading: str, shown: str
) -> None:
    kind = SegmentKind.HEADING if heading else SegmentKind.PARAGRAPH
    text = heading or "text"
    seg = SegmentInfo(
        SegmentId(1), DocumentId(1), None, kind, label, heading, text, 0, 0, 1, 1, 1, 1
    )
    assert gutter_label(seg) == shown


def test_unanswered_in_the_window_is_the_workspace_coverage(case_path: Path) -> None:
    # one coverage rule: the window's cached answer equals the facade's for every pair,
    # including what a filing is not expected to answer (a complaint's paragraphs, issue 11:
    # a TRO opposition is not charged with them)
    with Workspace.open(case_path) as ws:
        opposition = next(d for d in ws.documents() if d.role.value == "opposition")
        ws.update_document(opposition.id, motion_kind="tro")
    case = CaseState(Workspace.open(case_path))
    docs = [d.id for d in case.documents]
    pairs = [(a, b) for a in docs for b in docs if a != b]
    assert len(pairs) >= 6
    for source, target in pairs:
        expected = set(case.workspace.coverage(source, target).unanswered)
        assert case.unanswered(source, target) == expected
    case.workspace.close()
