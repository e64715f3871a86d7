"""Drive the real main window on the demo case: selection sync, link edits with undo/redo saved
to the database, claim filter, next-unanswered, search, recent cases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from lawdiff.core.model import LinkStatus, Relation
from lawdiff.gui.main_window import MainWindow
from lawdiff.workspace import Workspace
from tests.gui.conftest import by_label, by_text


def stored_links(path: Path) -> dict[tuple[int, int], LinkStatus]:
    """Links as a fresh Workspace reads them from disk."""
    with Workspace.open(path) as ws:
        return {(x.source, x.target): x.status for x in ws.links()}


def test_opens_on_the_first_answering_pair(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None and window.case is not None
    titles = {d.id: d.title for d in window.case.documents}
    assert titles[view.left_document()] == "Motion for a TRO"
    assert titles[view.right_document()] == "Opposition to the TRO motion"
    assert window.windowTitle() == "demo.lawdiff — lawdiff"


def test_with_follow_links_selecting_an_argument_selects_its_rebuttal(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None and window.case is not None
    complaint, opposition = (d.id for d in window.case.documents if d.role.value != "motion")
    view.set_documents(complaint, opposition)
    view.follow.setChecked(True)
    paragraph = by_label(window, "complaint", "¶ 4")
    view.left.select(view.left.index_of(paragraph.id))
    assert view.right.current_segment() == by_text(window, "opposition", "Stratus acted alone")
    assert window.details is not None and window.details.segment == paragraph
    assert "Complaint, p. 2:1–4" in window.details.text.toPlainText()
    assert view.band.selected == paragraph.id


def test_accept_reject_undo_redo_are_saved(
    window: MainWindow, case_path: Path, qtbot: object
) -> None:
    view, details = window.comparison, window.details
    assert view is not None and details is not None
    heading = by_label(window, "motion", "II.C")  # no link yet
    argument = by_label(window, "motion", "II.B")  # suggested: II.B → II.B
    rebuttal = by_label(window, "opposition", "II.B")
    key = (argument.id, rebuttal.id)
    assert stored_links(case_path)[key] is LinkStatus.SUGGESTED
    view.select_segment(argument.id)
    window.action_map["accept"].trigger()
    assert stored_links(case_path)[key] is LinkStatus.ACCEPTED
    window.action_map["undo"].trigger()
    assert stored_links(case_path)[key] is LinkStatus.SUGGESTED
    window.action_map["redo"].trigger()
    assert stored_links(case_path)[key] is LinkStatus.ACCEPTED
    window.action_map["reject"].trigger()
    assert stored_links(case_path)[key] is LinkStatus.REJECTED
    assert heading.id not in {s for s, _t in stored_links(case_path)}


def test_link_selected_pair_creates_and_undo_deletes(window: MainWindow, case_path: Path) -> None:
    view = window.comparison
    assert view is not None
    argument = by_label(window, "motion", "II.C")
    answer = by_text(window, "opposition", "Chirrup can move")
    view.right.select(view.right.index_of(answer.id))
    view.left.select(view.left.index_of(argument.id))
    window.action_map["link_pair"].trigger()
    assert stored_links(case_path)[(argument.id, answer.id)] is LinkStatus.ACCEPTED
    assert view.right.current_segment() == answer
    window.undo.undo()
    assert (argument.id, answer.id) not in stored_links(case_path)
    window.undo.redo()
    assert (argument.id, answer.id) in stored_links(case_path)


def test_drag_from_one_pane_to_the_other_links(window: MainWindow, case_path: Path) -> None:
    view = window.comparison
    assert view is not None
    argument = by_label(window, "motion", "II.C")
    answer = by_label(window, "opposition", "II.C")
    view.right.dropped.emit(argument.id, answer.id)  # what a drop on the right emits
    assert stored_links(case_path)[(argument.id, answer.id)] is LinkStatus.ACCEPTED


def test_relation_note_and_pin_are_undoable(window: MainWindow, case_path: Path) -> None:
    view, details = window.comparison, window.details
    assert view is not None and details is not None
    argument = by_label(window, "motion", "II.A")
    view.select_segment(argument.id)
    details.relation.setCurrentIndex(details.relation.findData(Relation.DISTINGUISHES))
    details.relation.activated.emit(details.relation.currentIndex())
    details.note.setText("check the suspension clause")
    details.note.editingFinished.emit()
    details.pin.click()
    with Workspace.open(case_path) as ws:
        link = next(x for x in ws.links() if x.source == argument.id)
    assert (link.relation, link.note, link.pinned) == (
        Relation.DISTINGUISHES,
        "check the suspension clause",
        True,
    )
    for _ in range(3):
        window.undo.undo()
    with Workspace.open(case_path) as ws:
        link = next(x for x in ws.links() if x.source == argument.id)
    assert (link.relation, link.note, link.pinned) == (Relation.REBUTS, "", False)


def test_claim_filter_collapses_both_panes(window: MainWindow) -> None:
    view = window.comparison
    assert view is not None
    view.set_claim("tro.harm")
    left = [view.left.model().index(r, 0).data() for r in range(view.left.model().rowCount())]
    right = [view.right.model().index(r, 0).data() for r in range(view.right.model().rowCount())]
    assert [x[:4] for x in left] == ["Chir", "II.B", "Lost"]
    assert [x[:4] for x in right] == ["II.B", "Chir"]
    view.set_claim("")
    assert view.left.model().rowCount() == 9


def test_f7_walks_the_unanswered_arguments(window: MainWindow, qtbot: object) -> None:
    view = window.comparison
    assert view is not None
    labels = []
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_F7)  # type: ignore[attr-defined]
        seg = view.current_segment()
        assert seg is not None
        labels.append(seg.label)
    # the ARGUMENT heading ("II.") is not an argument to answer (issue 11): II.C is the one
    assert labels == ["II.C", "II.C", "II.C"]
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert view.current_segment() is not None and view.current_segment().label == "II.C"  # type: ignore[union-attr]


def test_next_link_alt_down(window: MainWindow, qtbot: object) -> None:
    view = window.comparison
    assert view is not None
    seen = []
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
        seen.append(view.left.current_segment().label)  # type: ignore[union-attr]
    assert seen == ["", "II.A", ""]  # the motion rows with links, from the top


def test_search_marks_hits_and_jumps(window: MainWindow, qtbot: object) -> None:
    search, view = window.search, window.comparison
    assert search is not None and view is not None
    window.action_map["find"].trigger()
    with qtbot.waitSignal(search.finished) as blocker:  # type: ignore[attr-defined]
        search.search("notice")
    hits = blocker.args[0]
    assert [h.label for h in hits] == ["¶ 8", "¶ 3", "¶ 2", "", "¶ 6"]
    assert {h.segment for h in hits} == view.hits
    search.results.clicked.emit(search.hits.index(1, 0))  # ¶ 3: complaint not shown yet
    seg = view.current_segment()
    assert seg is not None and seg.id == hits[1].segment  # the complaint was brought into a pane
    assert view.left_map._marks  # the minimap shows the hits


def test_record_cite_jumps_to_its_target(window: MainWindow) -> None:
    view, details = window.comparison, window.details
    assert view is not None and details is not None
    citing = by_text(window, "motion", "The notice clause")
    view.select_segment(citing.id)
    assert 'href="segment:' in details.text.toHtml()
    target = citing.citations[0].target_segment
    assert target is not None
    details.jumpRequested.emit(target)
    assert view.current_segment() == by_label(window, "complaint", "¶ 3")


def test_recent_cases_and_geometry_are_remembered(
    window: MainWindow, case_path: Path, settings: QSettings, qtbot: object
) -> None:
    window.resize(window.width(), 450)  # the offscreen screen is 800 x 600
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.recent_cases() == [str(case_path.resolve())]
    assert again.height() == 450
    assert [a.text() for a in again.recent.actions()] == [str(case_path.resolve())]


def test_dropping_files_opens_a_case_or_imports(
    settings: QSettings, case_path: Path, tmp_path: Path, qtbot: object, errors: list[str]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.drop_files([tmp_path / "filing.pdf"])
    assert errors == ["Open or create a case before importing filings."]
    window.drop_files([case_path])
    assert window.case is not None and window.case.workspace.path == case_path
    imported: list[list[Path]] = []
    window.import_files = lambda paths: imported.append(list(paths))  # type: ignore[method-assign,assignment,return-value]
    window.drop_files([tmp_path / "filing.pdf"])
    assert imported == [[tmp_path / "filing.pdf"]]


def test_details_show_a_sections_own_paragraphs(window: MainWindow) -> None:
    count = by_label(window, "complaint", "COUNT I")
    window.details.show_segment(count)
    text = window.details.text.toPlainText()
    assert "COUNT I" in text
    paragraph = by_label(window, "complaint", "¶ 7")
    assert paragraph.parent == count.id and paragraph.text in text
