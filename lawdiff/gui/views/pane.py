"""One side of the comparison: a list of segments over a claim filter, with drag-to-link."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.gui.models import ROW_ROLE, ClaimFilterProxy, SegmentModel
from lawdiff.gui.views.delegate import SegmentDelegate

SEGMENT_MIME = "application/x-lawdiff-segment"


class SegmentList(QListView):
    """Segments of one document.

    Signals:
        dropped(int, int): a segment (id) from the other pane was dropped on this segment (id).
    """

    dropped = Signal(int, int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.segments = SegmentModel(self)
        self.proxy = ClaimFilterProxy(self)
        self.proxy.setSourceModel(self.segments)
        self.setModel(self.proxy)
        self.setItemDelegate(SegmentDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def index_of(self, segment: SegmentId) -> QModelIndex:
        """The visible (proxy) index of a segment; invalid when absent or filtered out."""
        row = self.segments.row_of(segment)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.segments.index(row, 0))

    def current_segment(self) -> SegmentInfo | None:
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, index: QModelIndex) -> None:
        """Make ``index`` current and selected, and scroll it into the middle of the pane."""
        flags = self.selectionModel().SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def startDrag(self, supported_actions: Qt.DropAction) -> None:  # noqa: N802
        seg = self.current_segment()
        if seg is None:
            return
        mime = QMimeData()
        mime.setData(SEGMENT_MIME, QByteArray(str(int(seg.id)).encode("ascii")))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.LinkAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._accept_foreign(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._accept_foreign(event)

    def _accept_foreign(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(SEGMENT_MIME) and event.source() is not self:
            event.setDropAction(Qt.DropAction.LinkAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        data = event.mimeData().data(SEGMENT_MIME).data()
        if not index.isValid() or not data or event.source() is self:
            event.ignore()
            return
        dragged = int(bytes(data).decode("ascii"))
        self.dropped.emit(dragged, int(index.data(ROW_ROLE).id))
        event.acceptProposedAction()
