"""Ruling badges on the arguments of the motion and opposition panes (issue 15): each
argument the court ruled on carries a "Court: …" tag; a click shows the order's section beside
it; the badge's menu corrects the ruling through the undo stack, and the correction survives
re-analysis."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from lawdiff.core.model import Role, SegmentInfo
from lawdiff.core.rulings import RulingStatus, Side
from lawdiff.gui.main_window import MainWindow
from lawdiff.gui.models import RULING_ROLE
from lawdiff.gui.rulings import ruling_menu
from lawdiff.gui.views.delegate import badge_text
from lawdiff.gui.views.pane import ruling_tooltip


@pytest.fixture
def window(
    qtbot: Any, ruled_sample: Path, tmp_path: Path, errors: list[str]
) -> Iterator[MainWindow]:
    case = tmp_path / "sample.lawdiff"
    case.write_bytes(ruled_sample.read_bytes())  # each test edits its own copy
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.open_case(case)
    win.resize(1280, 800)
    win.show()
    assert win.case is not None and win.comparison is not None
    docs = {d.role: d.id for d in win.case.documents}
    win.comparison.set_documents(docs[Role.MOTION], docs[Role.OPPOSITION])
    yield win
    win.close_case()


def _argument(window: MainWindow, role: Role, label: str) -> SegmentInfo:
    assert window.case is not None
    doc = next(d for d in window.case.documents if d.role is role)
    return next(s for s in window.case.segments(doc.id) if s.label == label)


def _badge(window: MainWindow, segment: SegmentInfo) -> Any:
    assert window.comparison is not None
    pane = window.comparison.left
    return pane.index_of(segment.id).data(RULING_ROLE)


def test_each_ruled_argument_carries_a_badge_with_its_evidence(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None
    sherman = _argument(window, Role.MOTION, "III.A.1")
    ruling = _badge(window, sherman)
    assert ruling is not None and ruling.side is Side.RESPONDENT
    assert badge_text(ruling) == "Court: for respondent"
    assert "2:11" in ruling_tooltip(ruling) and "has not shown" in ruling_tooltip(ruling)
    opposition = _argument(window, Role.OPPOSITION, "III.A.1")
    assert view.right.index_of(opposition.id).data(RULING_ROLE) is not None
    intro = _argument(window, Role.MOTION, "I")  # the introduction is no argument: no badge
    assert _badge(window, intro) is None
    view.left.scrollTo(view.left.index_of(sherman.id))
    center = view.left.badge_center(sherman.id)
    assert center is not None and view.left.ruling_at(center) == ruling
    row = view.left.visualRect(view.left.index_of(sherman.id))
    assert row.contains(center)


def test_clicking_a_badge_shows_the_orders_section_beside_the_argument(
    window: MainWindow, qtbot: Any
) -> None:
    view = window.comparison
    assert view is not None and window.case is not None
    sherman = _argument(window, Role.MOTION, "III.A.1")
    motion = view.left_document()
    view.left.scrollTo(view.left.index_of(sherman.id))
    center = view.left.badge_center(sherman.id)
    assert center is not None
    qtbot.mouseClick(view.left.viewport(), Qt.MouseButton.LeftButton, pos=center)
    order = next(d.id for d in window.case.documents if d.role is Role.ORDER)
    assert view.left_document() == motion  # the argument stays in view
    assert view.right_document() == order
    shown = view.right.current_segment()
    assert shown is not None and shown.document == order
    assert "Sherman" in f"{shown.heading} {shown.text}"


def test_the_badge_menu_corrects_the_ruling_undoably_and_keeps_it_over_reanalysis(
    window: MainWindow,
) -> None:
    assert window.case is not None
    sherman = _argument(window, Role.MOTION, "III.A.1")
    ruling = _badge(window, sherman)
    menu = ruling_menu(window, window.case, window.undo, ruling, lambda r: None)
    actions = {a.text(): a for a in menu.actions()}
    assert actions["For respondent"].isChecked()
    assert not actions["Put back the analyser's ruling"].isEnabled()
    actions["Mixed"].trigger()
    corrected = _badge(window, sherman)
    assert (corrected.side, corrected.status) == (Side.MIXED, RulingStatus.CORRECTED)
    assert badge_text(corrected) == "Court: mixed ✎"
    window.case.apply(window.case.workspace.compute_rulings)  # re-analysis keeps it
    assert _badge(window, sherman).side is Side.MIXED
    window.undo.undo()
    assert _badge(window, sherman).side is Side.RESPONDENT
    window.undo.redo()
    again = ruling_menu(window, window.case, window.undo, _badge(window, sherman), lambda r: None)
    back = next(a for a in again.actions() if a.text() == "Put back the analyser's ruling")
    assert back.isEnabled()
    back.trigger()
    restored = _badge(window, sherman)
    assert (restored.side, restored.status) == (Side.RESPONDENT, RulingStatus.AUTO)
    window.undo.undo()  # the correction comes back
    assert _badge(window, sherman).side is Side.MIXED


def test_a_badge_in_the_right_pane_opens_the_order_on_the_left(
    window: MainWindow, qtbot: Any
) -> None:
    view = window.comparison
    assert view is not None and window.case is not None
    answer = _argument(window, Role.OPPOSITION, "III.A.1")
    opposition = view.right_document()
    view.right.scrollTo(view.right.index_of(answer.id))
    center = view.right.badge_center(answer.id)
    assert center is not None
    qtbot.mouseClick(view.right.viewport(), Qt.MouseButton.LeftButton, pos=center)
    order = next(d.id for d in window.case.documents if d.role is Role.ORDER)
    assert (view.left_document(), view.right_document()) == (order, opposition)
    assert view.left.current_segment() is not None
