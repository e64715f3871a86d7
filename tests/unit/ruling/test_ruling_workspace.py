"""The sample case end to end: the order's disposition and its ruling on each argument, stored
in the case, corrected by the user, and the correction kept when the rulings are recomputed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawdiff.core.model import Role, SegmentInfo
from lawdiff.core.rulings import DispositionKind, RulingStatus, Side
from lawdiff.interchange import FORMAT_VERSION, snapshot_to_json, validate_interchange
from lawdiff.report import build_report
from lawdiff.report.aif import report_to_aif
from lawdiff.report.csv_writer import render_csv
from lawdiff.report.html import render_html
from lawdiff.workspace import Workspace
from tests.casedata import small_case

REPO = Path(__file__).resolve().parents[3]
PDFS = sorted((REPO / "data" / "sample").glob("0[1-5]_*.pdf"))


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path_factory.mktemp("rulings") / "s.lawdiff", create=True)
    ws.import_files(PDFS)
    ws.suggest_links()
    ws.compute_rulings()
    yield ws
    ws.close()


def _argument(ws: Workspace, role: Role, label: str) -> SegmentInfo:
    doc = next(d for d in ws.documents() if d.role is role)
    return next(s for s in ws.segments(doc.id) if s.label == label)


def test_the_order_denies_the_tro_motion_and_says_where(case: Workspace) -> None:
    (disposition,) = case.rulings().dispositions
    assert disposition.kind is DispositionKind.DENIED
    assert (disposition.evidence.page, disposition.evidence.line) == (3, 14)
    assert "is DENIED" in disposition.evidence.text


@pytest.mark.parametrize(
    ("role", "label", "side"),
    [
        (Role.MOTION, "III.A.1", Side.RESPONDENT),  # "Chirrup has not shown …"
        (Role.MOTION, "III.A.2", Side.MIXED),  # "serious questions", but not enough
        (Role.MOTION, "III.B", Side.RESPONDENT),  # "compensable in damages"
        (Role.MOTION, "III.E", Side.NOT_REACHED),  # "does not reach … the amount of any bond"
        (Role.OPPOSITION, "III.A.4", Side.NOT_REACHED),  # "does not reach Stratus's Section 230"
        (Role.OPPOSITION, "III.A.2.b", Side.NOT_ADDRESSED),  # the implied covenant: never
    ],
)
def test_each_argument_gets_the_side_the_court_took(
    case: Workspace, role: Role, label: str, side: Side
) -> None:
    ruling = case.rulings().of_argument(_argument(case, role, label).id)
    assert ruling is not None
    assert ruling.side is side


def test_evidence_is_the_sentence_with_its_page_and_line(case: Workspace) -> None:
    ruling = case.rulings().of_argument(_argument(case, Role.MOTION, "III.A.1").id)
    assert ruling is not None
    first = ruling.evidence[0]
    assert first.text.startswith("On this record Chirrup has not shown")
    assert (first.page, first.line, first.cue) == (2, 11, "has not shown")


def test_reports_show_the_ruling_summary_matrix_column_and_evidence(
    case: Workspace, tmp_path: Path
) -> None:
    report = build_report(case.snapshot())
    assert report.ruling_summary == (
        "The court adopted the respondent's position on 6 of 7 contested arguments "
        "(1 mixed; 1 not reached)."
    )
    (line,) = report.dispositions
    assert (line.disposition, line.pin) == ("Denied", "Order 3:14")
    rulings = {row.argument.label: row.ruling for row in report.comparisons if row.ruling}
    sherman = rulings["III.A.1"]
    assert sherman is not None
    assert sherman.label == "For respondent"
    assert sherman.evidence[0].startswith("Order 2:11 — “On this record Chirrup has not shown")
    contract = next(row for row in report.matrix if row.claim == "contract.breach")
    assert "respondent" in contract.ruling or "mixed" in contract.ruling
    html = render_html(report)
    assert "<th>Court's ruling</th>" in html
    assert 'data-ruling="not-reached"' in html
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert {r["court_ruling"] for r in rows} >= {"For respondent", "Mixed", "Not reached"}


def test_the_aif_map_prefers_the_side_the_court_adopted(case: Workspace) -> None:
    report = build_report(case.snapshot())
    aif = report_to_aif(report)
    nodes = {n["nodeID"]: n for n in aif["nodes"]}
    preferences = [n for n in aif["nodes"] if n["type"] == "PA"]
    assert preferences
    for pa in preferences:
        into = [nodes[e["fromID"]]["text"] for e in aif["edges"] if e["toID"] == pa["nodeID"]]
        out = [nodes[e["toID"]]["text"] for e in aif["edges"] if e["fromID"] == pa["nodeID"]]
        assert any(t.startswith("Court's ruling: For respondent") for t in into)
        # the court adopted Stratus's side: its opposition is preferred to the motion or reply
        assert any(t.startswith("Opp.") for t in into)
        assert len(out) == 1
        assert out[0].startswith(("Mot.", "Reply"))


def test_a_correction_survives_recomputing_and_can_be_undone(case: Workspace) -> None:
    target = _argument(case, Role.MOTION, "III.A.1").id
    ruling = case.rulings().of_argument(target)
    assert ruling is not None
    changes = case.correct_ruling(ruling.id, Side.MIXED, "the court left discovery open")
    assert changes.rulings_changed == (ruling.id,)
    case.compute_rulings()
    kept = case.rulings().of_argument(target)
    assert kept is not None
    assert (kept.side, kept.status, kept.note) == (
        Side.MIXED,
        RulingStatus.CORRECTED,
        "the court left discovery open",
    )
    case.correct_ruling(ruling.id, None)  # what the GUI's undo calls
    back = case.rulings().of_argument(target)
    assert back is not None
    assert (back.side, back.status) == (Side.RESPONDENT, RulingStatus.AUTO)


def test_a_corrected_disposition_survives_recomputing(case: Workspace) -> None:
    (disposition,) = case.rulings().dispositions
    case.correct_disposition(disposition.id, DispositionKind.GRANTED_IN_PART)
    case.compute_rulings()
    (kept,) = case.rulings().dispositions
    assert (kept.kind, kept.status) == (DispositionKind.GRANTED_IN_PART, RulingStatus.CORRECTED)
    case.correct_disposition(disposition.id, None)
    assert case.rulings().dispositions[0].kind is DispositionKind.DENIED


def test_json_export_carries_rulings_and_corrections_into_another_case(
    case: Workspace, tmp_path: Path
) -> None:
    target = _argument(case, Role.OPPOSITION, "III.A.3").id
    ruling = case.rulings().of_argument(target)
    assert ruling is not None
    case.correct_ruling(ruling.id, Side.MIXED, "by hand")
    data = snapshot_to_json(case.snapshot())
    assert data["version"] == FORMAT_VERSION
    validate_interchange(data)
    exported = tmp_path / "case.json"
    exported.write_text(json.dumps(data), encoding="utf-8")
    with Workspace.open(tmp_path / "copy.lawdiff", create=True) as copy:
        copy.import_files([exported])
        again = snapshot_to_json(copy.snapshot())
        corrected = [r for r in copy.rulings().arguments if r.status is RulingStatus.CORRECTED]
    assert again["rulings"] == data["rulings"]
    assert again["dispositions"] == data["dispositions"]
    assert [(r.side, r.note) for r in corrected] == [(Side.MIXED, "by hand")]
    case.correct_ruling(ruling.id, None)


def test_a_version_1_file_still_imports(tmp_path: Path) -> None:
    data = small_case()
    assert data["version"] == 1
    validate_interchange(data)
    with Workspace.open(tmp_path / "v1.lawdiff", create=True) as ws:
        assert ws.import_interchange(data).documents_added
        assert ws.rulings().arguments == ()
