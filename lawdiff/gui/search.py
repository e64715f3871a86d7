"""Search across the case (SQLite FTS5): a query box and a list of hits; click jumps."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from lawdiff.core.errors import KnownError
from lawdiff.core.ids import SegmentId
from lawdiff.gui.case import CaseState
from lawdiff.gui.models import SearchHitModel
from lawdiff.store.search import SearchHit


class SearchPanel(QWidget):
    """Type words or a "quoted phrase"; Enter searches.

    Signals:
        hitsChanged(object): the set of segment ids the current search found.
        jumpRequested(int): the user picked a hit (segment id).
    """

    hitsChanged = Signal(object)  # noqa: N815 - Qt signal naming
    jumpRequested = Signal(int)  # noqa: N815

    def __init__(self, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.query = QLineEdit(placeholderText='Search the case (words, "a phrase")')
        self.query.setClearButtonEnabled(True)
        self.status = QLabel()
        self.hits = SearchHitModel(self)
        self.results = QListView()
        self.results.setModel(self.hits)
        self.results.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.query.returnPressed.connect(lambda: self.search(self.query.text()))
        self.query.textChanged.connect(lambda text: text or self.search(""))
        self.results.activated.connect(self._picked)
        self.results.clicked.connect(self._picked)

    def focus(self) -> None:
        """Put the cursor in the query box with its text selected (Ctrl+F)."""
        self.query.setFocus()
        self.query.selectAll()

    def search(self, query: str) -> list[SearchHit]:
        """Run ``query`` and show its hits (an empty query clears them)."""
        self.query.setText(query)
        try:
            found = self.case.workspace.search(query) if query.strip() else []
        except KnownError as exc:
            self.status.setText(exc.message)
            found = []
        self.hits.titles = {d.id: d.title for d in self.case.documents}
        self.hits.set_rows(found)
        self.status.setText(f"{len(found)} found" if query.strip() else "")
        self.hitsChanged.emit({SegmentId(h.segment) for h in found})
        return found

    def _picked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jumpRequested.emit(int(self.hits.row_at(index.row()).segment))
