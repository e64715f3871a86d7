"""Where the main window's panels go: docks, the View menu, and a layout that leaves the two
filings most of the window at every size (the side panels start hidden on a small screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QToolBar

from lawdiff.gui.actions import menu_named

SMALL_SCREEN = 1280  # below this width the docks start hidden, so the panes keep the room
DOCK_AREAS = {
    "Case": Qt.DockWidgetArea.LeftDockWidgetArea,
    "Details": Qt.DockWidgetArea.RightDockWidgetArea,
    "Search": Qt.DockWidgetArea.RightDockWidgetArea,
    "Rulings": Qt.DockWidgetArea.RightDockWidgetArea,
}
DOCK_KEYS = {"Case": "F2", "Details": "F3", "Search": "F4", "Rulings": "F5"}


def make_docks(window: QMainWindow) -> dict[str, QDockWidget]:
    """The Case, Details and Search docks, named so that saveState() remembers them."""
    docks = {}
    for title, area in DOCK_AREAS.items():
        dock = QDockWidget(title, window)
        dock.setObjectName(f"{title.lower()}Dock")
        dock.setMinimumWidth(220)
        window.addDockWidget(area, dock)
        docks[title] = dock
    docks["Rulings"].hide()  # only for a case with an order
    return docks


def add_view_menu(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Docks and the toolbar can always be brought back from the View menu (F2, F3, F4)."""
    menu = menu_named(window, "&View")
    first = menu.actions()[0]
    for name, dock in docks.items():
        action = dock.toggleViewAction()
        action.setText(f"{name} Panel")
        action.setShortcut(DOCK_KEYS[name])
        menu.insertAction(first, action)
    toolbar = window.findChild(QToolBar, "mainToolBar")
    if toolbar is not None:
        menu.insertAction(first, toolbar.toggleViewAction())
    menu.insertSeparator(first)


def first_size(window: QMainWindow) -> None:
    """A first window size that fits the screen (1400 x 860 where there is room)."""
    screen = QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    width = min(1400, int(room.width() * 0.92)) if room is not None else 1400
    height = min(860, int(room.height() * 0.92)) if room is not None else 860
    window.resize(width, height)


def default_layout(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Details and Search tabbed on the right, hidden below 1280 px; Case hidden.

    Each pane keeps at least about 36% of the window's width either way.
    """
    window.tabifyDockWidget(docks["Details"], docks["Search"])
    window.tabifyDockWidget(docks["Search"], docks["Rulings"])  # one tab group on the right
    docks["Details"].raise_()
    docks["Case"].hide()
    width = window.width()
    small = width < SMALL_SCREEN
    for name in ("Details", "Search"):
        docks[name].setVisible(not small)
    docks["Rulings"].setVisible(not small and bool(docks["Rulings"].property("wanted")))
    if not small:
        details = max(250, min(520, int(width * 0.24)))
        window.resizeDocks([docks["Details"]], [details], Qt.Orientation.Horizontal)
