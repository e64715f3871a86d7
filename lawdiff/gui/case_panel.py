"""The case panel: documents (role, party, pages, parts, warnings) and claims (arguments,
answered)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lawdiff.core.model import LinkStatus, outside_argument
from lawdiff.gui.case import CaseState
from lawdiff.gui.claims import claim_group, claim_name
from lawdiff.gui.models import ClaimModel, ClaimSummary, DocumentModel


def claim_summaries(case: CaseState) -> list[ClaimSummary]:
    """Per claim: arguments of moving filings about it, and how many of those have a link
    (what sits in a bundled part that is not argument is left out)."""
    answered_ends = {x.source for x in case.links if x.status is not LinkStatus.REJECTED}
    moving = {a for a, _b in case.answering_pairs()}
    counts: dict[str, list[int]] = {}
    for doc in moving:
        segments = case.segments(doc)
        outside = outside_argument(case.parts(doc), segments)  # a notice, a declaration …
        for seg in segments:
            if seg.id in outside:
                continue
            for claim in case.claims_of(seg):
                entry = counts.setdefault(claim, [0, 0])
                entry[0] += 1
                entry[1] += seg.id in answered_ends
    return [
        ClaimSummary(c, claim_name(c), claim_group(c), n, answered)
        for c, (n, answered) in sorted(counts.items(), key=lambda kv: claim_name(kv[0]))
    ]


class CasePanel(QWidget):
    """Documents and claims of the open case.

    Signals:
        claimPicked(str): the user double-clicked a claim (to filter the panes by it).
        documentPicked(DocumentId): the user clicked a document (to open it in a pane).
    """

    claimPicked = Signal(str)  # noqa: N815 - Qt signal naming
    documentPicked = Signal(object)  # noqa: N815

    def __init__(self, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.documents = DocumentModel(self)
        self.claims = ClaimModel(self)
        self.document_view = _table(self.documents)
        self.claim_view = _table(self.claims)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Documents</b>"))
        layout.addWidget(self.document_view, 1)
        layout.addWidget(QLabel("<b>Claims</b>"))
        layout.addWidget(self.claim_view, 1)
        self.claim_view.doubleClicked.connect(
            lambda index: self.claimPicked.emit(self.claims.row_at(index.row()).claim)
        )
        self.document_view.clicked.connect(self._document_clicked)
        self.document_view.activated.connect(self._document_clicked)
        self.document_view.setToolTip("Click a document to open it in the pane you used last")
        self._show_documents()
        # Claim counts read every moving filing: after the first paint, not before it.
        QTimer.singleShot(0, self.refresh)

    def _document_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.documentPicked.emit(self.documents.row_at(index.row()).id)

    def refresh(self) -> None:
        self._show_documents()
        self.claims.set_rows(claim_summaries(self.case))

    def _show_documents(self) -> None:
        docs = self.case.documents
        self.documents.set_documents(docs, {d.id: self.case.parts(d.id) for d in docs})


def _table(model: DocumentModel | ClaimModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The name column gets room first; the short numeric columns size to their contents.
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, 170)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view
