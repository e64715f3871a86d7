"""The main window: case panel, comparison view, details and search around one open case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from lawdiff.core.errors import CaseDamagedError, KnownError
from lawdiff.core.model import Changes
from lawdiff.gui.actions import build_actions, recent_menu
from lawdiff.gui.case import CaseState
from lawdiff.gui.case_panel import CasePanel
from lawdiff.gui.details import DetailsPanel
from lawdiff.gui.dialogs import ErrorDialog, NewCaseDialog, OpenCaseDialog, RestoreDialog
from lawdiff.gui.guide import HOW_TO_READ, HelpDialog, shortcuts_html
from lawdiff.gui.layout import add_view_menu, make_docks
from lawdiff.gui.models import Mark
from lawdiff.gui.operations import CaseOperations, export_available
from lawdiff.gui.ops import Op
from lawdiff.gui.reading import ReadingCommands
from lawdiff.gui.rulings import RulingsView
from lawdiff.gui.search import SearchPanel
from lawdiff.gui.views.comparison import ComparisonView
from lawdiff.gui.window_settings import RememberedSettings
from lawdiff.workspace import Workspace

CASE_ACTIONS = (
    "import_files", "import_folder", "export", "close_case", "link_pair", "suggest", "analyze",
    "next_link", "previous_link", "next_unanswered", "previous_unanswered", "find",
)  # fmt: skip
ZOOM_STEP = 1.0  # points per Ctrl+/Ctrl-


class MainWindow(ReadingCommands, CaseOperations, RememberedSettings, QMainWindow):
    """lawdiff's main window. ``settings`` defaults to the user's; tests pass their own.

    This class opens and closes cases and wires the screens together; the commands on what is
    shown (:mod:`~lawdiff.gui.reading`), the background work (:mod:`~lawdiff.gui.operations`)
    and what is remembered (:mod:`~lawdiff.gui.window_settings`) are its mixins.
    """

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
        self.comparison.rulingMenuRequested.connect(self._ruling_menu)
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
        self.action_map["export"].setEnabled(export_available())
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

    # ------------------------------------------------------------------ showing and closing

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        if visible and self._fresh_layout:  # sized by now, and before the docks widen it
            self._fresh_layout = False
            self.default_layout()
        super().setVisible(visible)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save_layout()
        self.close_case()
        super().closeEvent(event)
