"""The ruling view: the sample order's dispositions and rulings, a correction that is undone
and redone through the undo stack, and a screenshot of what a user sees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from lawdiff.core.model import Role
from lawdiff.core.rulings import RulingStatus, Side
from lawdiff.gui.case import CaseState
from lawdiff.gui.rulings import RulingsView
from lawdiff.workspace import Workspace

SCREENSHOT = Path("/tmp/lawdiff-rulings-view.png")


@pytest.fixture
def view(qtbot: Any, ruled_sample: Path) -> Iterator[RulingsView]:
    with Workspace.open(ruled_sample) as ws:
        widget = RulingsView(CaseState(ws), QUndoStack())
        qtbot.addWidget(widget)
        widget.resize(1100, 520)
        widget.show()
        yield widget


def _sherman(view: RulingsView) -> int:
    motion = next(d for d in view.case.documents if d.role is Role.MOTION)
    return next(s.id for s in view.case.segments(motion.id) if s.label == "III.A.1")


def test_model_is_a_proper_table(view: RulingsView, qtmodeltester: Any) -> None:
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 18


def test_view_shows_disposition_rulings_and_evidence(view: RulingsView) -> None:
    assert "Denied" in view.dispositions.text()
    assert "3:14" in view.dispositions.text()
    assert view.select_argument(_sherman(view))
    row = view.table.selectionModel().selectedRows()[0].row()
    model = view.model
    assert model.index(row, 2).data() == "For respondent"
    assert model.index(row, 4).data().startswith("2:11 “On this record Chirrup has not shown")
    view.table.viewport().update()
    assert view.grab().save(str(SCREENSHOT))


def test_correcting_a_ruling_is_undoable(view: RulingsView, qtbot: Any) -> None:
    target = _sherman(view)
    assert view.select_argument(target)
    with qtbot.waitSignal(view.case.changed):
        assert view.set_side(Side.MIXED)
    ruling = view.case.workspace.rulings().of_argument(target)
    assert ruling is not None
    assert (ruling.side, ruling.status) == (Side.MIXED, RulingStatus.CORRECTED)
    row = view.table.selectionModel().selectedRows()[0].row()
    assert view.model.index(row, 2).data() == "Mixed (corrected)"
    view.undo.undo()
    back = view.case.workspace.rulings().of_argument(target)
    assert back is not None
    assert (back.side, back.status) == (Side.RESPONDENT, RulingStatus.AUTO)
    view.undo.redo()
    again = view.case.workspace.rulings().of_argument(target)
    assert again is not None
    assert again.side is Side.MIXED
    view.undo.undo()


def test_double_click_asks_for_the_order_section(view: RulingsView, qtbot: Any) -> None:
    assert view.select_argument(_sherman(view))
    row = view.table.selectionModel().selectedRows()[0].row()
    with qtbot.waitSignal(view.show_section) as shown:
        view.table.doubleClicked.emit(view.model.index(row, 1))
    order = next(d for d in view.case.documents if d.role is Role.ORDER)
    section = view.case.segment(shown.args[0])
    assert section is not None
    assert section.document == order.id
    assert section.label == "IV.A.1"


def test_the_main_window_docks_the_ruling_view(
    qtbot: Any, ruled_sample: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from lawdiff.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_case(ruled_sample)
    window.resize(1400, 900)
    window.show()
    view = window.docks["Rulings"].widget()
    assert isinstance(view, RulingsView)
    assert view.model.rowCount() == 18
    assert window.docks["Rulings"].isVisible()
    window.docks["Rulings"].raise_()
    assert view.select_argument(_sherman(view))
    view.table.doubleClicked.emit(view.model.index(view.selected_row(), 1))
    assert window.comparison is not None
    order_section = window.comparison.current_segment()
    assert order_section is not None
    assert window.grab().save("/tmp/lawdiff-window-rulings.png")
    window.close_case()
