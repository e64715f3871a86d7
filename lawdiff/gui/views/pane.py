"""One side of the comparison: a list of segments over a claim filter, with drag-to-link."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QToolTip, QWidget

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import SIDE_LABELS, ArgumentRuling
from lawdiff.gui.claims import claim_name
from lawdiff.gui.models import CLAIMS_ROLE, ROW_ROLE, RULING_ROLE, ClaimFilterProxy, SegmentModel
from lawdiff.gui.views.delegate import SegmentDelegate

SEGMENT_MIME = "application/x-lawdiff-segment"


class SegmentList(QListView):
    """Segments of one document.

    Signals:
        dropped(SegmentId, SegmentId): a segment of the other pane was dropped on this one.
        rulingClicked(ArgumentRuling): the user clicked an argument's court's-ruling badge.
        rulingMenuRequested(ArgumentRuling, QPoint): the user right-clicked a badge (global
            position), to correct the ruling.
    """

    dropped = Signal(object, object)
    rulingClicked = Signal(object)  # noqa: N815 - Qt signal naming
    rulingMenuRequested = Signal(object, object)  # noqa: N815

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.segments = SegmentModel(self)
        self.proxy = ClaimFilterProxy(self)
        self.proxy.setSourceModel(self.segments)
        self.setModel(self.proxy)
        self.delegate = SegmentDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap rows to the new width
        self.setMouseTracking(True)
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
        tall = self.visualRect(index).height() > self.viewport().height() // 2
        # A paragraph taller than half the pane starts at the top, so its beginning shows.
        hint = QAbstractItemView.ScrollHint
        self.scrollTo(index, hint.PositionAtTop if tall else hint.PositionAtCenter)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # the system's font, or zoom
            self.delegate.forget_sizes()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # QListView re-lays out a top-to-bottom list only when its height changes; rows wrap
        # to the width, so a narrower pane (a dock shown, a scroll bar appearing) needs it too.
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.scheduleDelayedItemsLayout()  # rows were only estimated while hidden

    def set_highlighted(self, segments: set[SegmentId]) -> None:
        """Outline these segments (the ends of the link under the mouse in the band)."""
        if segments != self.delegate.highlighted:
            self.delegate.highlighted = set(segments)
            self.viewport().update()

    def set_zoom(self, font: QFont) -> None:
        """Show the rows in ``font`` (Ctrl+/Ctrl-), re-wrapping every row."""
        self.setFont(font)
        self.delegate.forget_sizes()
        self.doItemsLayout()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            claim = self.claim_at(event.pos())
            if claim:
                QToolTip.showText(event.globalPos(), claim_name(claim), self.viewport())
                return True
            ruling = self.ruling_at(event.pos())
            if ruling is not None:
                QToolTip.showText(event.globalPos(), ruling_tooltip(ruling), self.viewport())
                return True
        return super().viewportEvent(event)

    def ruling_at(self, pos: QPoint) -> ArgumentRuling | None:
        """The ruling whose badge is at ``pos`` (viewport coordinates), None when none."""
        index = self.indexAt(pos)
        ruling = index.data(RULING_ROLE) if index.isValid() else None
        if ruling is None:
            return None
        rect = self.delegate.content_rect(self.visualRect(index), self.font(), index)
        box = self.delegate.badge_rect(rect, self.font(), index.data(ROW_ROLE), ruling)
        return ruling if box.contains(pos) else None

    def badge_center(self, segment: SegmentId) -> QPoint | None:
        """The middle of a segment's badge in viewport coordinates (for tests and tours)."""
        index = self.index_of(segment)
        ruling = index.data(RULING_ROLE) if index.isValid() else None
        if ruling is None:
            return None
        rect = self.delegate.content_rect(self.visualRect(index), self.font(), index)
        return self.delegate.badge_rect(rect, self.font(), index.data(ROW_ROLE), ruling).center()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        ruling = self.ruling_at(event.position().toPoint())
        if ruling is not None and event.button() is Qt.MouseButton.LeftButton:
            self.rulingClicked.emit(ruling)
            event.accept()
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        ruling = self.ruling_at(event.pos())  # viewport coordinates, as for the mouse
        if ruling is not None:
            self.rulingMenuRequested.emit(ruling, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    def claim_at(self, pos: QPoint) -> str:
        """The claim whose chip is at ``pos`` (viewport coordinates), "" when none."""
        index = self.indexAt(pos)
        if not index.isValid():
            return ""
        claims = index.data(CLAIMS_ROLE) or ()
        rect = self.delegate.content_rect(self.visualRect(index), self.font(), index)
        return self.delegate.claim_at(rect, self.font(), claims, pos)

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
        dragged = SegmentId(int(bytes(data).decode("ascii")))
        self.dropped.emit(dragged, index.data(ROW_ROLE).id)
        event.acceptProposedAction()


def ruling_tooltip(ruling: ArgumentRuling) -> str:
    """What a badge's tooltip says: the ruling, its confidence and the evidence sentences."""
    lines = [f"Court's ruling: {SIDE_LABELS[ruling.side]} (confidence {ruling.confidence:.2f})"]
    lines += [f"order {e.where}: {e.text}" for e in ruling.evidence[:3]]
    lines.append("Click: show the order's section · right-click: correct the ruling")
    return "\n".join(lines)
