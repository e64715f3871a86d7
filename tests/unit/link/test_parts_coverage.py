"""What sits in a bundled part that is not argument (a notice of motion, a declaration, a
proposed order) is not an argument to be answered: coverage and reports leave it out."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.model import Role
from lawdiff.report import build_report
from lawdiff.workspace import Workspace
from tests.bundled import write_bundle, write_opposition


def _case(tmp_path: Path) -> Workspace:
    ws = Workspace.open(tmp_path / "c.lawdiff", create=True)
    ws.import_files([write_bundle(tmp_path / "bundle.txt")], role=Role.MOTION)
    ws.import_files([write_opposition(tmp_path / "opp.txt")], role=Role.OPPOSITION)
    return ws


def test_units_in_parts_that_are_not_argument_are_not_argued(tmp_path: Path) -> None:
    with _case(tmp_path) as ws:
        motion = next(d.id for d in ws.documents() if d.role is Role.MOTION)
        labels = {s.id: s.label for s in ws.segments(motion)}
        statuses = {labels[u.segment]: u.status for u in ws.coverage(motion).units}
    assert statuses["DECLARATION OF PAT LAWYER"] == "not-argued"
    assert statuses["[PROPOSED] ORDER GRANTING MOTION"] == "not-argued"
    assert statuses["II.A"] == "unanswered"  # the memorandum's argument still counts


def test_a_report_does_not_list_them_as_unanswered(tmp_path: Path) -> None:
    with _case(tmp_path) as ws:
        report = build_report(ws.snapshot())
    unanswered = [p.label for p in report.unanswered]
    assert "II.A" in unanswered
    assert not any("DECLARATION" in label or "ORDER" in label for label in unanswered)
