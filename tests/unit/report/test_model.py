"""The report model: pin cites, excerpts, coverage, the claims matrix and options."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import CaseSnapshot, LinkStatus, Reason, Role, SegmentInfo, SegmentKind
from lawdiff.report import ReportOptions, build_report
from lawdiff.report.build import excerpt
from lawdiff.report.coverage import Argument, Status
from lawdiff.report.pincite import pin_cite
from lawdiff.workspace import Workspace
from tests.unit.report.case_data import CASE_CITE, STATUTE


def _seg(kind: SegmentKind, label: str, page: int, line: int) -> SegmentInfo:
    return SegmentInfo(
        SegmentId(1), DocumentId(1), None, kind, label, "", "", 0, 0, page, line, page, line
    )


@pytest.mark.parametrize(
    ("abbreviation", "kind", "label", "page", "line", "expected"),
    [
        ("Compl.", SegmentKind.PARAGRAPH, "¶ 52", 9, 4, "Compl. ¶ 52"),
        ("Mot.", SegmentKind.HEADING, "II.A", 7, 3, "Mot. at 7:3"),
        ("Opp.", SegmentKind.PARAGRAPH, "", 12, 0, "Opp. at 12"),
        ("Reply", SegmentKind.HEADING, "I.", 0, 0, "Reply I."),
    ],
)
def test_pin_cite(
    abbreviation: str, kind: SegmentKind, label: str, page: int, line: int, expected: str
) -> None:
    assert pin_cite(abbreviation, _seg(kind, label, page, line)) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short   text\n here", 50, "short text here"),
        ("alpha beta gamma delta", 12, "alpha beta …"),
        ("x" * 30, 10, "x" * 10 + " …"),
    ],
)
def test_excerpt(text: str, limit: int, expected: str) -> None:
    assert excerpt(text, limit) == expected


def _statuses(snapshot: CaseSnapshot, options: ReportOptions) -> dict[str, Status]:
    report = build_report(snapshot, options)
    return {row.argument.label: row.coverage for row in report.comparisons}


def test_coverage_rolls_up_and_ignores_rejected_links(snapshot: CaseSnapshot) -> None:
    assert _statuses(snapshot, ReportOptions()) == {
        # INTRODUCTION and the ARGUMENT heading are not arguments to answer (issue 11)
        "I.": Status.NOT_ARGUED,
        "II.": Status.NOT_ARGUED,
        "II.A": Status.ANSWERED,
        "II.B": Status.ANSWERED,  # by a suggested link
        "II.C": Status.ANSWERED,
        "II.D": Status.UNANSWERED,
    }


def test_accepted_only_drops_suggested_links(snapshot: CaseSnapshot) -> None:
    statuses = _statuses(snapshot, ReportOptions(include_suggested=False))
    assert statuses["II.B"] is Status.UNANSWERED
    report = build_report(snapshot, ReportOptions(include_suggested=False))
    assert (report.summary.links, report.summary.suggested_links) == (2, 0)


def test_weak_candidates_stay_out_of_reports(snapshot: CaseSnapshot) -> None:
    # II.B is answered only by a suggested link; mark it a weak candidate (below the threshold)
    weak = Reason("weak", 0.0, "best candidate below the threshold")
    links = [
        replace(x, reasons=(*x.reasons, weak)) if x.status is LinkStatus.SUGGESTED else x
        for x in snapshot.links
    ]
    statuses = _statuses(replace(snapshot, links=links), ReportOptions())
    assert statuses["II.B"] is Status.UNANSWERED
    accepted = build_report(replace(snapshot, links=links), ReportOptions())
    assert accepted.summary.suggested_links == 0


def test_unanswered_list_in_document_order(snapshot: CaseSnapshot) -> None:
    report = build_report(snapshot)
    # the INTRODUCTION (Mot. at 1:4) is not argued (issue 11)
    assert [p.pin for p in report.unanswered] == ["Mot. at 11:5"]


def test_claims_matrix_matches_the_database(workspace: Workspace) -> None:
    report = build_report(workspace.snapshot())
    docs = {d.role: d.id for d in workspace.documents()}
    columns = [d.id for d in report.matrix_documents]
    assert columns == [docs[Role.MOTION], docs[Role.OPPOSITION]]
    for row in report.matrix:
        for doc, cell in zip(columns, row.cells, strict=True):
            expected = [
                s
                for s in workspace.segments(doc)
                if s.kind is SegmentKind.HEADING
                and (row.claim in {t.claim for t in s.claims} or (not row.claim and not s.claims))
            ]
            assert cell.arguments == len(expected), (row.claim, doc)
    answered = {row.claim: row.cells[0].answered for row in report.matrix}
    assert answered == {
        "antitrust.sherman-1": 1,
        "contract.breach": 1,
        "injunction.irreparable-harm": 1,
        "injunction.balance-of-equities": 0,
        "": 0,
    }
    assert all(row.cells[1].answered is None for row in report.matrix)


def test_claims_option_limits_sections(snapshot: CaseSnapshot) -> None:
    report = build_report(snapshot, ReportOptions(claims=frozenset({"contract.breach"})))
    assert [s.claim for s in report.claims] == ["contract.breach"]
    assert [r.argument.label for r in report.comparisons] == ["II.B"]
    assert report.summary.tally.arguments == 1


def test_full_text_and_excerpts(snapshot: CaseSnapshot) -> None:
    short = build_report(snapshot, ReportOptions(excerpt_chars=30))
    full = build_report(snapshot, ReportOptions(full_text=True))
    text = {r.argument.label: r.argument.text for r in full.comparisons}
    # a heading's text gathers the body paragraphs below it
    assert CASE_CITE in text["II.A"]
    assert all(len(r.argument.text) <= 32 for r in short.comparisons)


def test_pairs_option_can_leave_everything_out(snapshot: CaseSnapshot) -> None:
    report = build_report(snapshot, ReportOptions(pairs=()))
    assert report.comparisons == ()
    assert report.summary.links == 0


def test_authorities_flag_shared(snapshot: CaseSnapshot) -> None:
    report = build_report(snapshot)
    rows = {a.text: a for a in report.authorities}
    assert rows[CASE_CITE].shared
    assert [u.pin for u in rows[CASE_CITE].uses] == ["Mot. at 4:9", "Opp. at 3:7"]
    assert not rows[STATUTE].shared
    assert rows[STATUTE].sides == ("Plaintiff Acme Widgets LLC",)
    assert next(iter(rows)) == CASE_CITE  # shared ones first


@pytest.mark.parametrize(
    ("heading", "own_text", "expected"),
    [
        ("No Breach", "No Breach", "Body."),
        ("No  Breach", "No Breach\nof contract", "of contract\n\nBody."),
        ("No Breach", "Other words", "Other words\n\nBody."),
        ("", "Lead-in", "Lead-in\n\nBody."),
    ],
)
def test_argument_body_leaves_out_the_heading(heading: str, own_text: str, expected: str) -> None:
    head = SegmentInfo(
        SegmentId(1),
        DocumentId(1),
        None,
        SegmentKind.HEADING,
        "II",
        heading,
        own_text,
        0,
        0,
        1,
        1,
        1,
        1,
    )
    body = _seg(SegmentKind.PARAGRAPH, "", 1, 2)
    body = SegmentInfo(
        **{**body.__dict__, "id": SegmentId(2), "parent": SegmentId(1), "text": "Body.", "order": 1}
    )
    argument = Argument(head, (head, body), Status.ANSWERED, ("",))
    assert argument.body == expected
