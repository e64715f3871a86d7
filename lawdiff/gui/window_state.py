"""What the main window's parts share: its state and the few methods one part calls on another.

:class:`~lawdiff.gui.main_window.MainWindow` is put together from mixins, one module per
concern (:mod:`~lawdiff.gui.operations` for the background work, :mod:`~lawdiff.gui.reading`
for the commands on what is shown, :mod:`~lawdiff.gui.window_settings` for what is
remembered). Each mixin derives from :class:`WindowState`, which to the type checker is a
``QMainWindow`` carrying the window's attributes, and at run time is a plain ``object`` (the
window itself is the one ``QMainWindow``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

    from lawdiff.gui.case import CaseState
    from lawdiff.gui.case_panel import CasePanel
    from lawdiff.gui.details import DetailsPanel
    from lawdiff.gui.guide import HelpDialog
    from lawdiff.gui.ops import Op
    from lawdiff.gui.search import SearchPanel
    from lawdiff.gui.views.comparison import ComparisonView

    class WindowState(QMainWindow):
        """The main window's attributes (set in ``MainWindow.__init__``) and the methods
        its parts call on one another."""

        settings: QSettings
        undo: QUndoStack
        case: CaseState | None
        comparison: ComparisonView | None
        details: DetailsPanel | None
        search: SearchPanel | None
        case_panel: CasePanel | None
        op: Op | None
        created: Path | None
        zoom: float
        help_dialog: HelpDialog | None
        action_map: dict[str, QAction]
        recent: QMenu
        docks: dict[str, QDockWidget]
        _fresh_layout: bool

        def say(self, message: str) -> None:
            """Tell the user what a command did (status bar)."""

        def open_case(self, path: Path, *, create: bool = False) -> bool:
            """Open (or create) a case file."""
            raise NotImplementedError

        def close_case(self) -> None:
            """Close the open case, if any."""

else:
    WindowState = object
