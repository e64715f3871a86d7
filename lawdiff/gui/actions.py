"""Menus, toolbar and shortcuts of the main window, as one table of actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str  # object name, also the key tests use: window.actions["next_unanswered"]
    text: str
    shortcut: str | QKeySequence.StandardKey | None
    menu: str
    tip: str = ""
    toolbar: bool = False
    checkable: bool = False


SPECS = (
    ActionSpec("new_case", "&New Case…", Key.New, "&File", "Create an empty case", True),
    ActionSpec("open_case", "&Open Case…", Key.Open, "&File", "Open a case file", True),
    ActionSpec(
        "import_files",
        "&Import Filings…",
        "Ctrl+I",
        "&File",
        "Import PDF, DOCX or text filings",
        True,
    ),
    ActionSpec(
        "import_folder",
        "Import &Folder…",
        "Ctrl+Shift+I",
        "&File",
        "Import every filing in a folder, in docket order",
    ),
    ActionSpec("export", "&Export…", "Ctrl+E", "&File", "Export a report of the case"),
    ActionSpec("close_case", "&Close Case", Key.Close, "&File"),
    ActionSpec("quit", "&Quit", Key.Quit, "&File"),
    ActionSpec("undo", "&Undo", Key.Undo, "&Edit"),
    ActionSpec("redo", "&Redo", "Ctrl+Shift+Z", "&Edit"),
    ActionSpec("find", "&Find…", Key.Find, "&Edit", "Search the case"),
    ActionSpec("accept", "&Accept Link", "A", "&Links", "Accept the selected suggestion", True),
    ActionSpec("reject", "&Reject Link", "R", "&Links", "Reject the selected suggestion", True),
    ActionSpec(
        "link_pair", "&Link Selected Pair", "L", "&Links", "Link the two selected segments", True
    ),
    ActionSpec(
        "suggest", "&Suggest Links", "Ctrl+L", "&Links", "Suggest rebuttals for the case", True
    ),
    ActionSpec(
        "suggest_after_import",
        "Suggest Links After &Import",
        None,
        "&Links",
        "Suggest links as soon as filings are imported",
        checkable=True,
    ),
    ActionSpec(
        "analyze",
        "Analy&ze Filings Again",
        None,
        "&Links",
        "Classify claims and find citations again; your own claim tags stay",
    ),
    ActionSpec("next_link", "&Next Link", "Alt+Down", "&Go"),
    ActionSpec("previous_link", "&Previous Link", "Alt+Up", "&Go"),
    ActionSpec(
        "next_unanswered", "Next &Unanswered", "F7", "&Go", "Next unanswered argument", True
    ),
    ActionSpec("previous_unanswered", "Previous Unanswered", "Shift+F7", "&Go"),
    ActionSpec("zoom_in", "Zoom &In", Key.ZoomIn, "&View", "Larger text in the panes"),
    ActionSpec("zoom_out", "Zoom &Out", Key.ZoomOut, "&View", "Smaller text in the panes"),
    ActionSpec("zoom_reset", "&Actual Size", "Ctrl+0", "&View", "The system's text size"),
    ActionSpec("how_to_read", "&How to Read This Window", Key.HelpContents, "&Help"),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "Ctrl+/", "&Help"),
)


def build_actions(
    window: QMainWindow, slots: dict[str, Callable[..., object]]
) -> dict[str, QAction]:
    """Create every action with its shortcut, wire it to ``slots[name]``, and fill the menus."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolBar")
    for spec in SPECS:
        action = QAction(spec.text, window)
        action.setObjectName(spec.name)
        action.setCheckable(spec.checkable)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip or spec.text.replace("&", ""))
        if spec.name in slots and spec.checkable:
            action.toggled.connect(slots[spec.name])
        elif spec.name in slots:
            action.triggered.connect(slots[spec.name])
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        menus[spec.menu].addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        actions[spec.name] = action
    return actions


def menu_named(window: QMainWindow, title: str) -> QMenu:
    """The menu bar's menu titled ``title`` ("&View")."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    assert isinstance(menu, QMenu)
    return menu


def shortcut_rows() -> list[tuple[str, str]]:
    """(command, key) for every action that has a shortcut, in menu order."""
    rows = []
    for spec in SPECS:
        if spec.shortcut is None:
            continue
        key = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        if key:  # a standard key the platform leaves unbound (Quit on some desktops)
            rows.append((spec.text.replace("&", "").rstrip("…"), key))
    return rows


def recent_menu(window: QMainWindow) -> QMenu:
    """The File ▸ Open Recent submenu (filled by the window from its settings)."""
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(file_menu, QMenu)
    menu = QMenu("Open &Recent", window)
    file_menu.insertMenu(file_menu.actions()[2], menu)
    return menu
