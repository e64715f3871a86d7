"""What the main window remembers between sessions: recent cases, geometry, dock layout,
text size and the "suggest links after import" choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction

from lawdiff.gui.layout import default_layout, first_size
from lawdiff.gui.window_state import WindowState

MAX_RECENT = 8


class RememberedSettings(WindowState):
    """Recent cases and the window's layout, kept in ``self.settings`` (a mixin)."""

    def _suggest_after_import_toggled(self, on: bool) -> None:
        self.settings.setValue("suggestAfterImport", on)

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

    def default_layout(self) -> None:
        """Docks that leave the panes most of the window: hidden on small screens."""
        default_layout(self, self.docks)

    def _save_layout(self) -> None:
        """Keep the window's geometry, dock layout and text size for the next session."""
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.setValue("zoom", self.zoom)
