"""The main window: case panel, comparison view, details and search around one open case."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from lawdiff.core.errors import CaseDamagedError, KnownError
from lawdiff.core.ids import SegmentId
from lawdiff.core.model import Changes, SegmentInfo
from lawdiff.core.progress import Progress
from lawdiff.gui import commands
from lawdiff.gui.actions import build_actions, recent_menu
from lawdiff.gui.case import CaseState
from lawdiff.gui.case_panel import CasePanel
from lawdiff.gui.details import DetailsPanel
from lawdiff.gui.dialogs import (
    ErrorDialog,
    ImportDialog,
    NewCaseDialog,
    OpenCaseDialog,
    RestoreDialog,
)
from lawdiff.gui.models import Mark
from lawdiff.gui.ops import Op, run_op
from lawdiff.gui.rulings import RulingsView
from lawdiff.gui.search import SearchPanel
from lawdiff.gui.views.comparison import ComparisonView
from lawdiff.workspace import Workspace

MAX_RECENT = 8
CASE_ACTIONS = (
    "import_files", "export", "close_case", "accept", "reject", "link_pair", "suggest",
    "next_link", "previous_link", "next_unanswered", "previous_unanswered", "find",
)  # fmt: skip


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
        self.action_map = build_actions(self, self._slots())
        self.recent = recent_menu(self)
        self.undo.canUndoChanged.connect(self.action_map["undo"].setEnabled)
        self.undo.canRedoChanged.connect(self.action_map["redo"].setEnabled)
        self.docks = {name: self._dock(name) for name in ("Case", "Details", "Search", "Rulings")}
        self.docks["Rulings"].hide()  # only for a case with an order
        self._show_empty()
        self._restore_layout()
        self._fill_recent()

    def _slots(self) -> dict[str, Callable[[], object]]:
        return {
            "new_case": self.ask_new_case,
            "open_case": self.ask_open_case,
            "import_files": self.ask_import,
            "export": self.ask_export,
            "close_case": self.close_case,
            "quit": self.close,
            "undo": self.undo.undo,
            "redo": self.undo.redo,
            "find": self.focus_search,
            "accept": self.accept_link,
            "reject": self.reject_link,
            "link_pair": self.link_selected_pair,
            "suggest": self.suggest_links,
            "next_link": lambda: self._step(Mark.LINKED | Mark.SUGGESTED, 1),
            "previous_link": lambda: self._step(Mark.LINKED | Mark.SUGGESTED, -1),
            "next_unanswered": lambda: self._step(Mark.UNANSWERED, 1),
            "previous_unanswered": lambda: self._step(Mark.UNANSWERED, -1),
        }

    def _dock(self, title: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}Dock")
        area = {
            "Case": Qt.DockWidgetArea.LeftDockWidgetArea,
            "Details": Qt.DockWidgetArea.RightDockWidgetArea,
            "Search": Qt.DockWidgetArea.RightDockWidgetArea,
            "Rulings": Qt.DockWidgetArea.RightDockWidgetArea,
        }[title]
        self.addDockWidget(area, dock)
        return dock

    def _show_empty(self) -> None:
        hint = QLabel("Open a case (Ctrl+O), create one (Ctrl+N), or drop a case file here.")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(hint)
        for dock in self.docks.values():
            dock.setWidget(QWidget())
        for name in CASE_ACTIONS:
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
        self._remember(path)
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
        if rulings.model.rows:  # a case with an order: the rulings beside the search results
            self.tabifyDockWidget(self.docks["Search"], self.docks["Rulings"])
        self.docks["Rulings"].setVisible(bool(rulings.model.rows))
        self.comparison.segmentSelected.connect(self._segment_selected)
        self.comparison.linkRequested.connect(self.link_segments)
        self.details.jumpRequested.connect(self.jump_to)
        self.search.jumpRequested.connect(self.jump_to)
        self.search.hitsChanged.connect(self.comparison.set_hits)
        self.case_panel.claimPicked.connect(self.comparison.set_claim)
        case.changed.connect(self._case_changed)
        for name in CASE_ACTIONS:
            self.action_map[name].setEnabled(True)
        self.action_map["export"].setEnabled(_export_available())
        self.setWindowTitle(f"{case.workspace.path.name} — lawdiff")

    def close_case(self) -> None:
        if self.case is None:
            return
        self.undo.clear()
        self.case.workspace.close()
        self.case.deleteLater()
        self.case = self.comparison = self.details = self.search = self.case_panel = None
        self._show_empty()
        self.setWindowTitle("lawdiff")

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
        assert self.comparison and self.details and self.case_panel
        self.comparison.refresh(changes)
        self.details.refresh()
        if changes:
            self.case_panel.refresh()
        for message in changes.skipped + changes.warnings:
            self.statusBar().showMessage(message, 10000)

    def _segment_selected(self, seg: SegmentInfo | None) -> None:
        if self.details is not None:
            self.details.show_segment(seg)

    def jump_to(self, segment: int) -> None:
        """Select a segment, switching a pane's document when it is not shown."""
        if self.comparison is not None and not self.comparison.select_segment(SegmentId(segment)):
            self.statusBar().showMessage("That segment is hidden by the claim filter.", 5000)

    def _step(self, mark: Mark, step: int) -> None:
        if self.comparison is not None and not self.comparison.step_marked(mark, step):
            self.statusBar().showMessage("Nothing more to go to.", 3000)

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
        """Link the segments selected on each side (left answered by right, or the reverse)."""
        pair = self.comparison.selected_pair() if self.comparison else None
        if pair is None:
            self.statusBar().showMessage("Select a segment on each side first.", 5000)
            return
        self.link_segments(int(pair[0].id), int(pair[1].id))

    def link_segments(self, first: int, second: int) -> None:
        """Create a link between two segments, oriented so the answering filing is the target."""
        assert self.case is not None
        a, b = self.case.segment(SegmentId(first)), self.case.segment(SegmentId(second))
        if a is None or b is None:
            return
        pairs = self.case.workspace.answering_pairs()
        source, target = (
            (b, a) if (a.document, b.document) in [(y, x) for x, y in pairs] else (a, b)
        )
        try:
            self.undo.push(commands.CreateLink(self.case, source.id, target.id))
        except KnownError as exc:
            ErrorDialog.show_error(self, exc.message)

    # ------------------------------------------------------------------ background work

    def ask_import(self) -> None:
        paths = ImportDialog.ask(self)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: Sequence[Path]) -> Op | None:
        """Import filings in the background; the case refreshes when they are in."""
        if self.case is None:
            return None
        workspace = self.case.workspace
        return self._run("Importing filings", lambda p: workspace.import_files(paths, progress=p))

    def suggest_links(self) -> Op | None:
        if self.case is None:
            return None
        workspace = self.case.workspace
        return self._run("Suggesting links", lambda p: workspace.suggest_links(progress=p))

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
            self._run("Exporting", lambda p: request.run(workspace, p))

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
            self.resize(1400, 860)
        state = self.settings.value("windowState")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            self.tabifyDockWidget(self.docks["Details"], self.docks["Search"])
            self.docks["Details"].raise_()
            docks = [self.docks["Case"], self.docks["Details"]]
            self.resizeDocks(docks, [360, 380], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.close_case()
        super().closeEvent(event)


def _export_available() -> bool:
    """Whether the export stage is installed (checked without importing it: that is slow)."""
    return importlib.util.find_spec("lawdiff.export") is not None
