"""The reading workbench as a user drives it: mouse selection and linking, the window at
1024 x 700, link rows, legend and hover, menus, navigation messages and the file flows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolTip, QWidget

from lawdiff import cli
from lawdiff.core.model import LinkStatus, Origin
from lawdiff.gui.actions import shortcut_rows
from lawdiff.gui.claims import claim_name
from lawdiff.gui.guide import HelpDialog
from lawdiff.gui.main_window import MainWindow
from lawdiff.gui.views.pane import SegmentList
from lawdiff.workspace import Workspace
from tests.gui.conftest import by_label, by_text
from tests.gui.test_main_window import stored_links


def click_row(pane: SegmentList, segment_id: int) -> None:
    """A real left click in the middle of the segment's row."""
    index = pane.index_of(segment_id)  # type: ignore[arg-type]
    pane.scrollTo(index)
    rect = pane.visualRect(index)
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_select_select_link_by_mouse_links_exactly_the_selected_pair(
    window: MainWindow, case_path: Path, qtbot: object
) -> None:
    view = window.comparison
    assert view is not None
    argument = by_label(window, "motion", "II.C")  # no link yet
    answer = by_label(window, "opposition", "II.B")  # answers II.B, not II.C
    click_row(view.left, argument.id)
    click_row(view.right, answer.id)
    assert view.left.current_segment() == argument  # the right click did not move the left side
    assert view.right.current_segment() == answer
    QTest.keyClick(window, Qt.Key.Key_L)
    links = stored_links(case_path)
    assert links[(argument.id, answer.id)] is LinkStatus.ACCEPTED
    assert window.statusBar().currentMessage().startswith("Linked: Opp. II.B answers Mot. II.C")
    suggested = by_label(window, "motion", "II.B")
    assert links[(suggested.id, answer.id)] is LinkStatus.SUGGESTED  # left alone


def test_selecting_one_side_leaves_the_other_alone_unless_follow_is_on(
    window: MainWindow,
) -> None:
    view = window.comparison
    assert view is not None
    rebuttal = by_label(window, "opposition", "II.A")
    view.right.select(view.right.index_of(rebuttal.id))
    argument = by_label(window, "motion", "II.B")  # linked to opposition II.B
    click_row(view.left, argument.id)
    assert view.right.current_segment() == rebuttal
    view.follow.setChecked(True)
    click_row(view.left, by_label(window, "motion", "II.A").id)
    click_row(view.left, argument.id)
    assert view.right.current_segment() == by_label(window, "opposition", "II.B")


def _clipped_buttons(window: QWidget) -> list[str]:
    clipped = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        inside = window.rect().contains(top_left) and window.rect().contains(
            top_left + QPoint(button.width() - 1, button.height() - 1)
        )
        if button.width() < button.minimumSizeHint().width() or not inside:
            clipped.append(button.text())
    return clipped


@pytest.mark.parametrize("details", [False, True])
def test_at_1024_by_700_the_panes_have_the_room_and_no_button_is_clipped(
    case_path: Path, settings: QSettings, qtbot: object, details: bool
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1024, 700)
    assert window.open_case(case_path)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    assert (window.width(), window.height()) == (1024, 700)
    view = window.comparison
    assert view is not None
    assert not window.docks["Details"].isVisible()  # off by default on a small screen
    if details:  # the user brings Details back from the View menu
        window.docks["Details"].toggleViewAction().trigger()
        qtbot.waitUntil(window.docks["Details"].isVisible)  # type: ignore[attr-defined]
        view.select_segment(by_label(window, "motion", "II.B").id)
        QApplication.processEvents()
    else:
        assert view.left.width() >= 0.35 * window.width()
        assert view.right.width() >= 0.35 * window.width()
    assert _clipped_buttons(window) == []


def test_a_paragraph_row_is_tall_enough_for_its_whole_text(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None
    long = max(view.left.segments.rows(), key=lambda s: len(s.text))
    rect = view.left.visualRect(view.left.index_of(long.id))
    lines = max(1, rect.height() // view.left.fontMetrics().lineSpacing())
    chars_per_line = rect.width() / view.left.fontMetrics().averageCharWidth()
    assert lines * chars_per_line >= len(long.text) * 0.8  # room for every line of it


def test_zoom_changes_the_pane_font_and_row_heights(window: MainWindow, qtbot: object) -> None:
    view = window.comparison
    assert view is not None
    first = view.left.segments.rows()[1]
    before = (view.left.font().pointSizeF(), view.left.visualRect(view.left.index_of(first.id)))
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    after = view.left.font().pointSizeF()
    assert after == before[0] + 2.0
    rect = view.left.visualRect(view.left.index_of(first.id))
    assert rect.height() > before[1].height()
    window.action_map["zoom_reset"].trigger()
    assert view.left.font().pointSizeF() == QApplication.font().pointSizeF()


def test_hovering_a_band_line_outlines_both_ends(window: MainWindow, qtbot: object) -> None:
    view = window.comparison
    assert view is not None
    view.band.repaint()
    assert view.band._paths
    link, path = view.band._paths[0]
    point = path.pointAtPercent(0.5)
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        point,
        view.band.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.band, event)
    assert view.band.hovered_link == link
    assert view.left.delegate.highlighted == {link.source, link.target}
    assert "answers" in view.band.toolTip()
    view.band._hover(None)
    assert view.right.delegate.highlighted == set()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen tooltip
def test_a_claim_chip_names_its_claim(window: MainWindow, qtbot: object) -> None:
    view = window.comparison
    assert view is not None
    seg = by_text(window, "motion", "The notice clause")
    index = view.left.index_of(seg.id)
    view.left.scrollTo(index)
    rect = view.left.visualRect(index)
    size = max(8, view.left.fontMetrics().height() // 2)
    chip = QPoint(rect.right() - 4 - size // 2, rect.top() + 4 + size // 2 + 2)
    claim = view.left.claim_at(chip)
    assert claim in window.case.claims_of(seg)  # type: ignore[union-attr]
    help_event = QHelpEvent(QEvent.Type.ToolTip, chip, view.left.viewport().mapToGlobal(chip))
    QApplication.sendEvent(view.left.viewport(), help_event)
    qtbot.waitUntil(lambda: QToolTip.text() == claim_name(claim))  # type: ignore[attr-defined]
    assert view.left.claim_at(rect.center() - QPoint(rect.width() // 4, 0)) == ""


def test_accept_and_reject_need_a_link_to_act_on(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None
    assert not window.action_map["accept"].isEnabled()
    view.select_segment(by_label(window, "motion", "II.C").id)  # no links
    assert not window.action_map["accept"].isEnabled()
    assert not window.details.no_links.isHidden()  # type: ignore[union-attr]
    assert not window.details.buttons["accept"].isEnabled()  # type: ignore[union-attr]
    view.select_segment(by_label(window, "motion", "II.B").id)  # a suggestion
    assert window.action_map["accept"].isEnabled() and window.action_map["reject"].isEnabled()
    assert window.details.no_links.isHidden()  # type: ignore[union-attr]
    window.action_map["accept"].trigger()
    assert window.statusBar().currentMessage() == (
        "Accepted: Opp. II.B answers Mot. II.B (Ctrl+Z undoes it)"
    )
    assert not window.action_map["accept"].isEnabled()  # already accepted
    assert window.action_map["reject"].isEnabled()


def test_link_rows_name_both_ends_and_give_reasons(window: MainWindow) -> None:
    view, details = window.comparison, window.details
    assert view is not None and details is not None
    view.select_segment(by_label(window, "motion", "II.B").id)
    text = details.links.index(0, 0).data()
    assert text.splitlines()[0] == "Opp. II.B answers Mot. II.B"
    assert "? suggested" in text and "■" in text and "why: " in text


def test_f7_wraps_round_with_a_message(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None
    messages = []
    for _ in range(3):
        QTest.keyClick(window, Qt.Key.Key_F7)
        messages.append(window.statusBar().currentMessage())
    # how soon it wraps depends on how many arguments coverage counts (issue 11 leaves the
    # ARGUMENT heading out, so the fixture has one unanswered argument)
    assert "wrapped" not in messages[0]
    assert any("wrapped round to the first unanswered argument" in m for m in messages[1:])
    QTest.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert "wrapped round to the last" in window.statusBar().currentMessage()


def test_view_menu_brings_docks_back_and_they_are_remembered(
    window: MainWindow, settings: QSettings, qtbot: object
) -> None:
    details = window.docks["Details"]
    details.close()
    assert not details.isVisible()
    details.toggleViewAction().trigger()
    assert details.isVisible()
    window.docks["Case"].toggleViewAction().trigger()
    visible = window.docks["Case"].isVisible()
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.show()
    assert again.docks["Case"].isVisible() == visible


def test_help_menu_lists_the_shortcuts_and_explains_the_window(window: MainWindow) -> None:
    window.action_map["shortcuts"].trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Link Selected Pair" in text and "F7" in text and "Shift+F7" in text
    assert "F2 / F3 / F4 / F5" in text
    assert all(key for _name, key in shortcut_rows())  # no command listed without a key
    window.action_map["how_to_read"].trigger()
    assert "band between the panes" in window.help_dialog.browser.toPlainText()  # type: ignore[union-attr]


def test_the_document_list_opens_a_document_in_the_active_pane(window: MainWindow) -> None:
    view, panel = window.comparison, window.case_panel
    assert view is not None and panel is not None and window.case is not None
    motion = view.left_document()
    click_row(view.right, by_label(window, "opposition", "II.A").id)  # right pane is active
    complaint = next(r for r in range(panel.documents.rowCount()) if r == 0)
    panel.document_view.clicked.emit(panel.documents.index(complaint, 0))
    assert view.right_document() == window.case.documents[0].id
    assert view.left_document() == motion
    assert "right pane" in window.statusBar().currentMessage()


def test_claim_edits_in_details_are_undoable(window: MainWindow, case_path: Path) -> None:
    view, details = window.comparison, window.details
    assert view is not None and details is not None
    seg = by_label(window, "motion", "II.C")
    view.select_segment(seg.id)
    details.claim_picker.setCurrentIndex(details.claim_picker.findData("contract.breach"))
    details.buttons["add_claim"].click()

    def user_claims() -> list[str]:
        with Workspace.open(case_path) as ws:
            (fresh,) = ws.segments_by_id([seg.id])
        return [t.claim for t in fresh.claims if t.origin is Origin.USER]

    assert "contract.breach" in user_claims()
    assert window.undo.undoText() == "Add claim Breach of contract"
    window.action_map["undo"].trigger()
    assert "contract.breach" not in user_claims()
    assert window.statusBar().currentMessage() == "Undid: Add claim Breach of contract"
    window.undo.redo()
    assert "contract.breach" in user_claims()


def test_a_5000_word_pasted_query_runs_off_the_gui_thread(
    window: MainWindow, qtbot: object
) -> None:
    search = window.search
    assert search is not None
    pasted = " ".join("abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(5000))
    events: list[str] = []
    search.finished.connect(lambda _hits: events.append("ended"))
    op = search.search(pasted)
    assert op is not None and op.running  # returned at once; the query runs elsewhere
    op.failed.connect(lambda _exc: events.append("ended"))  # a core that refuses it is fine too
    QTimer.singleShot(0, lambda: events.append("gui thread free"))
    qtbot.waitUntil(lambda: "ended" in events, timeout=120000)  # type: ignore[attr-defined]
    assert events[0] == "gui thread free"


def test_a_new_search_replaces_the_running_one(window: MainWindow, qtbot: object) -> None:
    search = window.search
    assert search is not None
    first = search.search(" ".join(["a", "b", "c", "notice"] * 100))
    assert first is not None and first.running
    with qtbot.waitSignal(search.finished, timeout=60000) as blocker:  # type: ignore[attr-defined]
        search.search("notice")
    assert len(blocker.args[0]) == 5  # only the newer search's hits are shown
    assert search.hits.rowCount() == 5


def test_import_suggests_links_afterwards(
    settings: QSettings, tmp_path: Path, qtbot: object, errors: list[str]
) -> None:
    sample = Path(__file__).resolve().parents[2] / "data" / "sample"
    files = [sample / "02_tro_motion.pdf", sample / "03_opposition.pdf"]
    if not all(f.exists() for f in files):
        pytest.skip("data/sample is absent")
    window = MainWindow(settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.open_case(tmp_path / "new.lawdiff", create=True)
    op = window.import_files(files)
    assert op is not None
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: window.statusBar().currentMessage().startswith("Suggested links:"), timeout=120000
    )
    assert window.case is not None and window.case.links
    assert errors == []
    window.close_case()


def test_a_failed_first_import_removes_the_case_it_created(
    settings: QSettings, tmp_path: Path, qtbot: object, errors: list[str]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    path = tmp_path / "new.lawdiff"
    assert window.open_case(path, create=True)
    op = window.import_files([tmp_path / "missing.pdf"])
    assert op is not None
    with qtbot.waitSignal(op.failed, timeout=20000):  # type: ignore[attr-defined]
        pass
    assert errors and "missing.pdf" in errors[0]
    assert window.case is None and not path.exists()
    assert list(tmp_path.glob("new.lawdiff*")) == []
    assert "was removed" in window.statusBar().currentMessage()


def test_a_typo_in_the_case_path_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "typo.lawdiff"
    assert cli.main(["gui", str(typo)]) == 2
    assert "no such case file" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_failed_first_cli_import_leaves_no_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "new.lawdiff"
    assert cli.main(["import", str(case), str(tmp_path / "missing.pdf")]) == 2
    assert "missing.pdf" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_legend_explains_every_mark(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None
    text = view.legend.text()
    for words in (
        "! </b></span> unanswered",
        "✓",
        "linked",
        "? </b></span> suggested",
        "search hit",
    ):
        assert words.replace(" </b></span> ", "</b></span> ") in text
    assert "╍ suggested" in text and "━ accepted" in text
    assert view.legend.isVisible()


def test_the_export_dialog_never_defaults_to_a_hidden_folder(tmp_path: Path) -> None:
    from lawdiff.gui.export_dialog import default_report_path

    hidden = tmp_path / ".local" / "share" / "lawdiff" / "demo" / "sample.lawdiff"
    assert default_report_path(hidden).name == "sample.html"
    assert ".local" not in default_report_path(hidden).parts
    plain = tmp_path / "cases" / "smith.lawdiff"
    assert default_report_path(plain) == tmp_path / "cases" / "smith.html"


def test_selecting_a_segment_sums_up_its_links_in_the_status_bar(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None
    click_row(view.left, by_label(window, "motion", "II.B").id)
    assert window.statusBar().currentMessage() == (
        "Mot. II.B: 1 link; best: Opp. II.B answers Mot. II.B (? suggested, "
        f"{window.case.links_of(by_label(window, 'motion', 'II.B').id)[0].score:.2f})"  # type: ignore[union-attr]
    )
    click_row(view.left, by_label(window, "motion", "II.C").id)
    assert window.statusBar().currentMessage() == "Mot. II.C: no links"


def test_follow_links_and_sync_scroll_are_remembered(
    window: MainWindow, case_path: Path, settings: QSettings, qtbot: object
) -> None:
    assert window.comparison is not None
    window.comparison.follow.setChecked(True)
    window.comparison.sync.setChecked(False)
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.open_case(case_path)
    assert again.comparison is not None
    assert again.comparison.follow.isChecked() and not again.comparison.sync.isChecked()
    again.close_case()


def test_a_paragraph_taller_than_the_pane_is_selected_from_its_start(
    window: MainWindow, qtbot: object
) -> None:
    view = window.comparison
    assert view is not None
    window.resize(1024, 500)
    window.set_zoom(24.0)  # rows much taller than usual
    pane = view.left
    longest = max(pane.segments.rows(), key=lambda s: len(s.text))
    index = pane.index_of(longest.id)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: pane.visualRect(index).height() > pane.viewport().height() // 2
    )
    pane.select(index)
    assert pane.visualRect(index).top() == 0  # its first line is at the top of the pane


def test_the_outline_path_and_menu_jump_to_headings(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None
    paragraph = by_text(window, "motion", "The notice clause")
    view.select_segment(paragraph.id)
    crumb = view.left_crumb
    assert [s.label for s in crumb.path][-1] == "II.A"
    assert "II.A" in crumb.label.text()
    heading = crumb.path[-1]
    crumb.label.linkActivated.emit(str(int(heading.id)))
    assert view.left.current_segment() == heading
    crumb.menu.aboutToShow.emit()
    titles = [a.text().strip() for a in crumb.menu.actions()]
    assert any(t.startswith("II.B") for t in titles)
    next(a for a in crumb.menu.actions() if a.text().strip().startswith("II.B")).trigger()
    assert view.left.current_segment() == by_label(window, "motion", "II.B")


def test_selection_and_filtering_read_only_the_cached_read_model(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, case = window.comparison, window.case
    assert view is not None and case is not None
    motion = view.left.segments.rows()
    for seg in motion:  # warm the caches once, as a reader would
        view.select_segment(seg.id)
    reads: list[str] = []
    original = Workspace._read

    def counting(self: Workspace, work: object) -> object:
        reads.append("read")
        return original(self, work)  # type: ignore[arg-type]

    monkeypatch.setattr(Workspace, "_read", counting)
    for seg in motion[::-1]:
        view.select_segment(seg.id)
    view.set_claim("tro.harm")
    view.set_claim("")
    assert reads == []  # no database read on a selection or a filter change
