"""A file that bundles several documents: the pane opens each part with a divider naming it,
and the document list counts and names the parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from lawdiff.core.model import Role, SegmentInfo
from lawdiff.gui.case_panel import claim_summaries
from lawdiff.gui.main_window import MainWindow
from lawdiff.gui.models import PART_ROLE
from lawdiff.gui.views.pane import SegmentList
from lawdiff.workspace import Workspace
from tests.bundled import write_bundle, write_opposition


@pytest.fixture
def bundled_case(tmp_path: Path) -> Path:
    path = tmp_path / "bundled.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_files([write_bundle(tmp_path / "bundle.txt")], role=Role.MOTION)
        ws.import_files([write_opposition(tmp_path / "opp.txt")], role=Role.OPPOSITION)
    return path


@pytest.fixture
def window(qtbot: object, bundled_case: Path, settings: QSettings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1024, 700)
    assert win.open_case(bundled_case)
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    return win


def _motion_pane(window: MainWindow) -> SegmentList:
    view = window.comparison
    assert view is not None and window.case is not None
    motion = next(d.id for d in window.case.documents if d.role is Role.MOTION)
    return view.left if view.left_document() == motion else view.right


def test_each_part_opens_with_a_divider_naming_it(window: MainWindow) -> None:
    pane = _motion_pane(window)
    model = pane.model()
    dividers = {
        row: model.index(row, 0).data(PART_ROLE)
        for row in range(model.rowCount())
        if model.index(row, 0).data(PART_ROLE)
    }
    assert list(dividers.values()) == [
        "Part 1 — NOTICE OF MOTION (motion, not argument)",
        "Part 2 — MEMORANDUM OF POINTS AND AUTHORITIES (motion)",
        "Part 3 — DECLARATION OF PAT LAWYER (other, not argument)",
        "Part 4 — [PROPOSED] ORDER GRANTING MOTION (order, not argument)",
    ]
    declaration = next(r for r, label in dividers.items() if "DECLARATION" in label)
    assert pane.segments.segment_at(declaration).heading == "DECLARATION OF PAT LAWYER"
    index = pane.model().index(declaration, 0)
    with_divider = pane.visualRect(index).height()
    pane.segments.set_parts(())  # the same row without its divider is a band shorter
    pane.delegate.forget_sizes()
    pane.doItemsLayout()
    without = pane.visualRect(pane.model().index(declaration, 0)).height()
    assert with_divider - without >= pane.fontMetrics().lineSpacing()


def test_the_document_list_counts_and_names_the_parts(window: MainWindow) -> None:
    panel = window.case_panel
    assert panel is not None
    model = panel.documents
    column = model.columns.index("Parts")
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    assert model.index(rows["motion"], column).data() == "4"
    assert model.index(rows["opposition"], column).data() == ""
    tip = model.index(rows["motion"], column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[2] == "Part 3 — DECLARATION OF PAT LAWYER (other, not argument), p. 3"


def test_details_name_the_part_a_segment_is_in(window: MainWindow) -> None:
    pane = _motion_pane(window)
    assert window.comparison is not None and window.details is not None
    declared = next(s for s in pane.segments.rows() if s.text.startswith("I, Pat Lawyer"))
    window.comparison.select_segment(declared.id)
    shown = window.details.text.toPlainText()
    assert "Part 3 — DECLARATION OF PAT LAWYER (other, not argument)" in shown
    argued = next(s for s in pane.segments.rows() if s.label == "II.A")
    window.comparison.select_segment(argued.id)
    assert "Part 2 — MEMORANDUM" in window.details.text.toPlainText()


def test_claim_counts_leave_out_parts_that_are_not_argument(window: MainWindow) -> None:
    case = window.case
    assert case is not None
    motion = next(d.id for d in case.documents if d.role is Role.MOTION)
    segments = case.segments(motion)
    notice_claims = set(case.claims_of(segments[0]))  # the notice is tagged like any text
    assert notice_claims

    def argued(seg: SegmentInfo) -> bool:
        found = case.part_at(seg)
        return found is not None and found[1].argument

    counted = {s.claim: s.arguments for s in claim_summaries(case)}
    for claim in notice_claims:
        expected = sum(claim in case.claims_of(s) for s in segments if argued(s))
        assert counted.get(claim, 0) == expected
