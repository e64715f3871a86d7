"""The main window: case panel, comparison view, details and search around one open case."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QThreadPool
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QWidget,
)

from lawdiff.core.errors import CaseDamagedError, KnownError
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import (
    Changes,
    FileOutcome,
    LinkInfo,
    LinkStatus,
    SegmentInfo,
    docket_order_said,
)
from lawdiff.core.progress import Progress
from lawdiff.gui import commands
from lawdiff.gui.actions import build_actions, recent_menu
from lawdiff.gui.case import CaseState
from lawdiff.gui.case_panel import CasePanel
from lawdiff.gui.details import DetailsPanel
from lawdiff.gui.dialogs import (
    ErrorDialog,
    ImportDialog,
    ImportFolderDialog,
    NewCaseDialog,
    OpenCaseDialog,
    RestoreDialog,
)
from lawdiff.gui.guide import HOW_TO_READ, HelpDialog, shortcuts_html
from lawdiff.gui.layout import add_view_menu, default_layout, first_size, make_docks
from lawdiff.gui.models import STATUS_WORDS, Mark
from lawdiff.gui.ops import Op, run_op
from lawdiff.gui.rulings import RulingsView
from lawdiff.gui.search import SearchPanel
from lawdiff.gui.views.comparison import ComparisonView
from lawdiff.workspace import Workspace

MAX_RECENT = 8
CASE_ACTIONS = (
    "import_files", "import_folder", "export", "close_case", "link_pair", "suggest", "analyze",
    "next_link", "previous_link", "next_unanswered", "previous_unanswered", "find",
)  # fmt: skip
MESSAGE_MS = 8000
ZOOM_STEP = 1.0  # points per Ctrl+/Ctrl-


class MainWindow(QMainWindow):
    """lawdiff's main window. ``settings`` defaults to the user's; tests pass their own."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle("lawdiff")
        self.setAcceptDrops(True)
        self.undo = QUndoStack(self)
        self.case: CaseState | None = None
        self.comparison: ComparisonView | None = None
        self.details: DetailsPanel | None = None
        self.search: SearchPanel | None = None
        self.case_panel: CasePanel | None = None
        self.op: Op | None = None
        self.created: Path | None = None  # a case this window created and nothing imported yet
        self.zoom = 0.0  # points added to the system font size
        self.help_dialog: HelpDialog | None = None
        self.action_map = build_actions(self, self._slots())
        self.recent = recent_menu(self)
        self.undo.canUndoChanged.connect(self.action_map["undo"].setEnabled)
        self.undo.canRedoChanged.connect(self.action_map["redo"].setEnabled)
        zoom_in = self.action_map["zoom_in"]  # Ctrl+= too: "+" needs Shift on most keyboards
        zoom_in.setShortcuts([zoom_in.shortcut(), QKeySequence("Ctrl+=")])
        self.docks = make_docks(self)  # Rulings starts hidden: only for a case with an order
        add_view_menu(self, self.docks)
        self._show_empty()
        self._restore_layout()
        self._fill_recent()
        suggest = self.settings.value("suggestAfterImport", True)
        self.action_map["suggest_after_import"].setChecked(suggest not in (False, "false"))

    def _slots(self) -> dict[str, Callable[..., object]]:
        return {
            "new_case": self.ask_new_case,
            "open_case": self.ask_open_case,
            "import_files": self.ask_import,
            "import_folder": self.ask_import_folder,
            "export": self.ask_export,
            "close_case": self.close_case,
            "quit": self.close,
            "undo": self.undo_last,
            "redo": self.redo_last,
            "find": self.focus_search,
            "accept": self.accept_link,
            "reject": self.reject_link,
            "link_pair": self.link_selected_pair,
            "suggest": self.suggest_links,
            "analyze": self.analyze_again,
            "next_link": lambda: self._step(Mark.LINKED | Mark.SUGGESTED, 1),
            "previous_link": lambda: self._step(Mark.LINKED | Mark.SUGGESTED, -1),
            "next_unanswered": lambda: self._step(Mark.UNANSWERED, 1),
            "previous_unanswered": lambda: self._step(Mark.UNANSWERED, -1),
            "suggest_after_import": self._suggest_after_import_toggled,
            "zoom_in": lambda: self.set_zoom(self.zoom + ZOOM_STEP),
            "zoom_out": lambda: self.set_zoom(self.zoom - ZOOM_STEP),
            "zoom_reset": lambda: self.set_zoom(0.0),
            "how_to_read": lambda: self.show_help("How to read this window", HOW_TO_READ),
            "shortcuts": lambda: self.show_help("Keyboard shortcuts", shortcuts_html()),
        }

    def _show_empty(self) -> None:
        hint = QLabel("Open a case (Ctrl+O), create one (Ctrl+N), or drop a case file here.")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(hint)
        for dock in self.docks.values():
            dock.setWidget(QWidget())
        for name in (*CASE_ACTIONS, "accept", "reject"):
            self.action_map[name].setEnabled(False)
        self.action_map["undo"].setEnabled(False)
        self.action_map["redo"].setEnabled(False)

    # ------------------------------------------------------------------ opening

    def open_case(self, path: Path, *, create: bool = False) -> bool:
        """Open (or create) a case file; show the error and return False when it cannot be."""
        try:
            workspace = Workspace.open(path, create=create)
        except CaseDamagedError as exc:
            if not exc.backups or not RestoreDialog.ask(self, exc.message, exc.backups[0]):
                ErrorDialog.show_error(self, exc.message)
                return False
            return self._restore_and_open(path)
        except KnownError as exc:
            ErrorDialog.show_error(self, exc.message)
            return False
        self.close_case()
        self._attach(CaseState(workspace, self))
        filings = len(self.case.documents) if self.case is not None else 0
        self.created = path if create and not filings else None
        self._remember(path)
        self.say(f"{'Created' if create else 'Opened'} {path.name}: {filings} filings")
        for notice in workspace.notices:
            self.statusBar().showMessage(notice)
        return True

    def _restore_and_open(self, path: Path) -> bool:
        try:
            used = Workspace.restore_backup(path)
        except (KnownError, OSError) as exc:
            ErrorDialog.show_error(self, f"{path.name}: could not restore the backup ({exc})")
            return False
        opened = self.open_case(path)
        if opened:
            self.statusBar().showMessage(f"Restored {path.name} from {used.name}")
        return opened

    def _attach(self, case: CaseState) -> None:
        self.case = case
        self.comparison = ComparisonView(case)
        self.details = DetailsPanel(case, self.undo)
        self.search = SearchPanel(case)
        self.case_panel = CasePanel(case)
        self.setCentralWidget(self.comparison)
        self.docks["Case"].setWidget(self.case_panel)
        self.docks["Details"].setWidget(self.details)
        self.docks["Search"].setWidget(self.search)
        self.docks["Rulings"].setWidget(rulings := RulingsView(case, self.undo))  # issue 15
        rulings.show_section.connect(self.jump_to)
        rulings.setMinimumWidth(200)  # its table scrolls rather than narrowing the filings
        if rulings.model.rows and not self._fresh_layout:  # else default_layout places it
            self.tabifyDockWidget(self.docks["Search"], self.docks["Rulings"])
        # Shown with its tab group; on a small screen that starts hidden (View ▸ Rulings, F5).
        self.docks["Rulings"].setProperty("wanted", bool(rulings.model.rows))
        self.docks["Rulings"].setVisible(
            bool(rulings.model.rows) and not self.docks["Search"].isHidden()
        )
        self.comparison.segmentSelected.connect(self._segment_selected)
        self.comparison.linkRequested.connect(self.link_segments)
        self.details.jumpRequested.connect(self.jump_to)
        self.details.currentLinkChanged.connect(self._current_link_changed)
        self.details.message.connect(self.say)
        self.search.jumpRequested.connect(self.jump_to)
        self.search.hitsChanged.connect(self.comparison.set_hits)
        self.search.message.connect(self.say)
        self.case_panel.claimPicked.connect(self.comparison.set_claim)
        self.case_panel.documentPicked.connect(self.open_document)
        case.changed.connect(self._case_changed)
        for name in CASE_ACTIONS:
            self.action_map[name].setEnabled(True)
        self._current_link_changed(None)
        for key, box in (
            ("followLinks", self.comparison.follow),
            ("syncScroll", self.comparison.sync),
        ):
            value = self.settings.value(key, box.isChecked())
            box.setChecked(value in (True, "true"))
            box.toggled.connect(lambda on, k=key: self.settings.setValue(k, on))
        if self.zoom:
            self.set_zoom(self.zoom)
        self.action_map["export"].setEnabled(_export_available())
        self.setWindowTitle(f"{case.workspace.path.name} — lawdiff")

    def close_case(self) -> None:
        if self.case is None:
            return
        self.undo.clear()
        name = self.case.workspace.path.name
        self._stop_background_work()
        self.case.workspace.close()
        self.case.deleteLater()
        self.case = self.comparison = self.details = self.search = self.case_panel = None
        self.created = None
        self._show_empty()
        self.setWindowTitle("lawdiff")
        self.say(f"Closed {name}.")

    def _stop_background_work(self) -> None:
        """Cancel what still runs on the case and wait for it, before the case closes."""
        if self.search is not None:
            self.search.cancel()
        try:
            if self.op is not None and self.op.running:
                self.op.cancel()
        except RuntimeError:  # the op already finished and was deleted
            pass
        self.op = None
        QThreadPool.globalInstance().waitForDone(60_000)

    def ask_open_case(self) -> None:
        path = OpenCaseDialog.ask(self)
        if path is not None:
            self.open_case(path)

    def ask_new_case(self) -> None:
        path = NewCaseDialog.ask(self)
        if path is not None:
            self.open_case(path, create=True)

    # ------------------------------------------------------------------ changes

    def _case_changed(self, changes: Changes) -> None:
        """After each workspace operation (Anki's operation_did_execute): each screen looks at
        what changed and refreshes only if it shows something that did."""
        assert self.comparison and self.details and self.case_panel
        self.comparison.refresh(changes)
        if changes:
            self.details.refresh()
            self.case_panel.refresh()
        for message in changes.skipped + changes.warnings:
            self.statusBar().showMessage(message, 10000)

    def undo_last(self) -> None:
        text = self.undo.undoText()
        self.undo.undo()
        self.say(f"Undid: {text}" if text else "Nothing to undo.")

    def redo_last(self) -> None:
        text = self.undo.redoText()
        self.undo.redo()
        self.say(f"Redid: {text}" if text else "Nothing to redo.")

    def say(self, message: str) -> None:
        """Tell the user what a command did (status bar)."""
        self.statusBar().showMessage(message, MESSAGE_MS)

    def _segment_selected(self, seg: SegmentInfo | None) -> None:
        if self.details is not None:
            self.details.show_segment(seg)
        if seg is not None and self.case is not None:
            self.say(self._link_summary(seg))

    def _link_summary(self, seg: SegmentInfo) -> str:
        """ "Mot. III.A: 2 links; best: Opp. III.A answers Mot. III.A (? suggested, 0.97)"."""
        assert self.case is not None
        name = self.case.end_name(seg.id)
        links = [x for x in self.case.links_of(seg.id) if x.status is not LinkStatus.REJECTED]
        if not links:
            return f"{name}: no links"
        best = links[0]
        answer, argument = self.case.end_name(best.target), self.case.end_name(best.source)
        status = STATUS_WORDS[best.status]
        count = f"{len(links)} link{'s' if len(links) > 1 else ''}"
        return f"{name}: {count}; best: {answer} answers {argument} ({status}, {best.score:.2f})"

    def _current_link_changed(self, link: LinkInfo | None) -> None:
        """Accept / Reject act on the Details panel's current link, so only when there is one."""
        self.action_map["accept"].setEnabled(
            link is not None and link.status is not LinkStatus.ACCEPTED
        )
        self.action_map["reject"].setEnabled(
            link is not None and link.status is not LinkStatus.REJECTED
        )

    def jump_to(self, segment: SegmentId) -> None:
        """Select a segment, switching a pane's document when it is not shown."""
        if self.comparison is not None and not self.comparison.select_segment(segment):
            self.say("That segment is hidden by the claim filter.")

    def open_document(self, document: DocumentId) -> None:
        """Show a document in the active pane (the one last clicked)."""
        if self.comparison is None or self.case is None:
            return
        self.comparison.show_document(document)
        doc = self.case.document(document)
        title = doc.title if doc is not None else "the document"
        self.say(f"Showing {title} in the {self.comparison.active_side()} pane")

    def _step(self, mark: Mark, step: int) -> None:
        if self.comparison is None:
            return
        found, wrapped = self.comparison.step_marked(mark, step)
        what = "unanswered argument" if mark is Mark.UNANSWERED else "link"
        if not found:
            self.say(f"No {what} in these two filings.")
        elif wrapped:
            end = "end" if step > 0 else "start"
            again = "first" if step > 0 else "last"
            self.say(f"Reached the {end}; wrapped round to the {again} {what}.")
        else:
            seg = self.comparison.current_segment()
            self.say(f"Went to {self.case.end_name(seg.id) if self.case and seg else what}")

    def set_zoom(self, points: float) -> None:
        """Text size of the panes and the details: the system's size plus ``points``."""
        self.zoom = max(-6.0, min(24.0, points))
        font = QFont(QApplication.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() + self.zoom))
        if self.comparison is not None:
            self.comparison.set_zoom(font)
        if self.details is not None:
            self.details.text.setFont(font)
        self.say(f"Text size {font.pointSizeF():g} pt (Ctrl+0 for the system size)")

    def show_help(self, title: str, text: str) -> None:
        if self.help_dialog is not None:
            self.help_dialog.close()
        self.help_dialog = HelpDialog(title, text, self)
        self.help_dialog.show()

    def _suggest_after_import_toggled(self, on: bool) -> None:
        self.settings.setValue("suggestAfterImport", on)

    def focus_search(self) -> None:
        if self.search is not None:
            self.docks["Search"].show()
            self.docks["Search"].raise_()
            self.search.focus()

    # ------------------------------------------------------------------ links

    def accept_link(self) -> None:
        if self.details is not None:
            self.details.accept_current()

    def reject_link(self) -> None:
        if self.details is not None:
            self.details.reject_current()

    def link_selected_pair(self) -> None:
        """Link exactly the two segments selected, one on each side."""
        pair = self.comparison.selected_pair() if self.comparison else None
        if pair is None:
            self.say("Select a segment on each side first, then press L.")
            return
        self.link_segments(pair[0].id, pair[1].id)

    def link_segments(self, first: SegmentId, second: SegmentId) -> None:
        """Link two segments; the workspace decides which one answers the other."""
        assert self.case is not None
        try:
            command = commands.CreateLink(self.case, first, second)
            self.undo.push(command)
        except KnownError as exc:
            ErrorDialog.show_error(self, exc.message)
            return
        self.say(f"{command.summary} (Ctrl+Z undoes it)")

    # ------------------------------------------------------------------ background work

    def ask_import(self) -> None:
        paths = ImportDialog.ask(self)
        if paths:
            self.import_files(paths)

    def ask_import_folder(self) -> None:
        folder = ImportFolderDialog.ask(self)
        if folder is not None:
            self.import_files([folder])

    def import_files(self, paths: Sequence[Path]) -> Op | None:
        """Import filings in the background; the case refreshes when they are in.

        One file is imported or refused as a whole; several files or a folder are imported
        in docket order, each on its own, and a summary names any file that was refused.
        """
        if self.case is None:
            return None
        workspace = self.case.workspace
        if len(paths) == 1 and not Path(paths[0]).is_dir():
            op = self._run("Importing filings", lambda p: workspace.import_files(paths, progress=p))
            op.done.connect(self._imported)
        else:
            op = self._run(
                "Importing filings", lambda p: workspace.import_docket(paths, progress=p)
            )
            op.done.connect(self._docket_imported)
        op.failed.connect(lambda _exc: self._after_failed_import())
        return op

    def _docket_imported(self, result: object) -> None:
        outcomes, changes = cast("tuple[list[FileOutcome], Changes]", result)
        if self.case is not None:
            self.case.reload(changes)
        refused = [o for o in outcomes if o.status == "refused"]
        if refused:
            lines = "\n".join(f"{o.path.name}: {o.detail}" for o in refused)
            ErrorDialog.show_error(
                self, f"{len(refused)} of {len(outcomes)} files could not be imported.", lines
            )
        if not changes.documents_added:
            self._import_failed()
        self._imported(changes, f" in {docket_order_said(outcomes)}")

    def _imported(self, changes: object, order: str = "") -> None:
        added = len(changes.documents_added) if isinstance(changes, Changes) else 0
        if added:
            self.created = None
        if added and self.action_map["suggest_after_import"].isChecked():
            self.say(f"Imported {added} filings{order}; suggesting links…")
            self.suggest_links()
        else:
            self.say(f"Imported {added} filings{order}.")

    def _after_failed_import(self) -> None:
        """Files a docket stored before a cancel or an error show up; a new case left
        empty is removed."""
        if self.case is not None:
            known = {d.id for d in self.case.documents}
            fresh = self.case.workspace.documents()
            added = tuple(d.id for d in fresh if d.id not in known)
            if added:
                self.case.reload(Changes(documents_added=added))
        self._import_failed()

    def _import_failed(self) -> None:
        """A case this window just created, whose first import failed, is removed again."""
        path = self.created
        if path is None or self.case is None or self.case.documents:
            return
        self.close_case()
        for file in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            file.unlink(missing_ok=True)
        self.say(f"Nothing was imported; the new case {path.name} was removed.")

    def suggest_links(self) -> Op | None:
        if self.case is None:
            return None
        workspace = self.case.workspace
        op = self._run("Suggesting links", lambda p: workspace.suggest_links(progress=p))
        op.done.connect(self._suggested)
        return op

    def analyze_again(self) -> Op | None:
        """Classify every filing and find its citations again (the user's own tags stay)."""
        if self.case is None:
            return None
        workspace = self.case.workspace
        op = self._run("Analysing filings", lambda _p: workspace.classify())
        op.done.connect(lambda changes: self._analyzed(changes))
        return op

    def _analyzed(self, changes: object) -> None:
        if isinstance(changes, Changes):
            self.say(
                f"Analysed the filings again: {len(changes.segments_changed)} segments changed."
            )

    def _suggested(self, changes: object) -> None:
        if isinstance(changes, Changes):
            self.say(
                f"Suggested links: {len(changes.links_added)} new, "
                f"{len(changes.links_changed)} refreshed, {len(changes.links_removed)} withdrawn."
            )

    def _run(self, title: str, work: Callable[[Progress], Any]) -> Op:
        def finished(changes: object) -> None:
            if self.case is not None and isinstance(changes, Changes):
                self.case.reload(changes)

        self.op = run_op(self, title, work, finished)
        return self.op

    def ask_export(self) -> None:
        if self.case is None:
            return
        from lawdiff.gui.export_dialog import ExportDialog

        request = ExportDialog.ask(self, self.case)
        if request is not None:
            workspace = self.case.workspace
            op = self._run("Exporting", lambda p: request.run(workspace, p))
            op.done.connect(lambda out: self.say(f"Exported the report to {out}"))

    # ------------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.drop_files(paths)
        event.acceptProposedAction()

    def drop_files(self, paths: list[Path]) -> None:
        """A dropped case file opens; dropped filings are imported into the open case."""
        cases = [p for p in paths if p.suffix == ".lawdiff"]
        if cases:
            self.open_case(cases[0])
        elif self.case is not None and paths:
            self.import_files(paths)
        elif paths:
            ErrorDialog.show_error(self, "Open or create a case before importing filings.")

    # ------------------------------------------------------------------ settings

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [
            p for p in self.recent_cases() if p != str(path.resolve())
        ]
        self.settings.setValue("recentCases", recent[:MAX_RECENT])
        self._fill_recent()

    def recent_cases(self) -> list[str]:
        value = self.settings.value("recentCases", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _fill_recent(self) -> None:
        self.recent.clear()
        for name in self.recent_cases():
            action = QAction(name, self.recent)
            action.triggered.connect(lambda _=False, n=name: self.open_case(Path(n)))
            self.recent.addAction(action)
        self.recent.setEnabled(bool(self.recent_cases()))

    def _restore_layout(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            first_size(self)
        zoom = self.settings.value("zoom", 0.0)
        self.zoom = float(zoom) if isinstance(zoom, (int, float, str)) else 0.0
        state = self.settings.value("windowState")
        self._fresh_layout = not isinstance(state, QByteArray)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        if visible and self._fresh_layout:  # sized by now, and before the docks widen it
            self._fresh_layout = False
            self.default_layout()
        super().setVisible(visible)

    def default_layout(self) -> None:
        """Docks that leave the panes most of the window: hidden on small screens."""
        default_layout(self, self.docks)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.setValue("zoom", self.zoom)
        self.close_case()
        super().closeEvent(event)


def _export_available() -> bool:
    """Whether the export stage is installed (checked without importing it: that is slow)."""
    return importlib.util.find_spec("lawdiff.export") is not None
