"""Search across the case (SQLite FTS5): a query box and a list of hits; click jumps.

The query runs in the background (through :func:`~lawdiff.gui.ops.run_op`), so a long pasted
query never freezes the window; a new search or Cancel drops the one still running.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from lawdiff.core.errors import KnownError
from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SearchHit
from lawdiff.core.progress import Progress
from lawdiff.gui.case import CaseState
from lawdiff.gui.models import SearchHitModel
from lawdiff.gui.ops import Op, run_op


class SearchPanel(QWidget):
    """Type words or a "quoted phrase"; Enter searches.

    Signals:
        hitsChanged(object): the set of segment ids the current search found.
        jumpRequested(SegmentId): the user picked a hit.
        finished(object): the list of hits of a search that completed.
        message(str): what the search did, for the status bar.
    """

    hitsChanged = Signal(object)  # noqa: N815 - Qt signal naming
    jumpRequested = Signal(object)  # noqa: N815
    finished = Signal(object)
    message = Signal(str)

    def __init__(self, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.op: Op | None = None
        self.query = QLineEdit(placeholderText='Search the case (words, "a phrase")')
        self.query.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.hits = SearchHitModel(self)
        self.results = QListView()
        self.results.setModel(self.hits)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(1)
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

    def search(self, query: str) -> Op | None:
        """Start searching for ``query`` (an empty query clears the hits at once)."""
        self.cancel()
        if self.query.text() != query:
            self.query.setText(query)
        if not query.strip():
            self._show([], "")
            return None
        self.status.setText("Searching…")
        workspace = self.case.workspace

        def work(progress: Progress) -> list[SearchHit]:
            progress(0, 1, "Searching the case…")
            found = workspace.search(query)
            progress(1, 1, "Searching the case…")  # raises Cancelled when the user cancelled
            return found

        op = run_op(self, "Searching", work)
        op.done.connect(lambda found, o=op: self._done(o, found))
        op.failed.connect(lambda exc, o=op: self._failed(o, exc))
        self.op = op
        return op

    def cancel(self) -> None:
        """Drop the search still running (its result is ignored)."""
        if self.op is not None:
            self.op.cancel()
            self.op = None

    def _done(self, op: Op, found: list[SearchHit]) -> None:
        if op is not self.op:
            return  # a newer search replaced this one
        self.op = None
        self._show(found, f"{len(found)} found")
        self.message.emit(f"Search: {len(found)} segments found")

    def _failed(self, op: Op, exc: BaseException) -> None:
        if op is not self.op:
            return  # replaced by a newer search, or the case closed
        self.op = None
        text = exc.message if isinstance(exc, KnownError) else "Search cancelled."
        self.status.setText(text)
        self.message.emit(text)

    def _show(self, found: list[SearchHit], status: str) -> None:
        self.hits.titles = {d.id: self.case.short_name(d.id) for d in self.case.documents}
        self.hits.set_rows(found)
        self.status.setText(status)
        self.hitsChanged.emit({SegmentId(h.segment) for h in found})
        self.finished.emit(found)

    def _picked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jumpRequested.emit(SegmentId(int(self.hits.row_at(index.row()).segment)))
