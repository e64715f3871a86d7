"""The link band between the two panes: one connector per link, from row to row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QListView, QWidget

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkInfo, LinkStatus
from lawdiff.gui.views.colors import relation_color


class LinkBand(QWidget):
    """Paints a curve per link from the left row's visual rect to the right row's.

    Coloured by relation, solid when accepted, dashed while only suggested, dotted when
    rejected, thicker for the selected segment's links and the one under the mouse.

    Signals:
        hovered(object): the LinkInfo under the mouse, or None when it leaves every curve.
    """

    hovered = Signal(object)

    def __init__(self, left: QListView, right: QListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = left
        self.right = right
        self.links: list[tuple[LinkInfo, SegmentId, SegmentId]] = []  # link, left end, right end
        self.selected: SegmentId | None = None
        self._rows: list[tuple[LinkInfo, SegmentId, SegmentId, int, int]] = []
        self._paths: list[tuple[LinkInfo, QPainterPath]] = []
        self.hovered_link: LinkInfo | None = None
        self.setMouseTracking(True)
        self.setMinimumWidth(48)
        self.setMaximumWidth(90)
        for view in (left, right):
            view.verticalScrollBar().valueChanged.connect(self.update)

    def set_links(
        self,
        links: list[tuple[LinkInfo, SegmentId, SegmentId]],
        row_left: dict[SegmentId, QModelIndex],
        row_right: dict[SegmentId, QModelIndex],
    ) -> None:
        """Links as (link, left segment, right segment) and each side's visible proxy indexes."""
        self.links = links
        self._rows = []
        for link, left_id, right_id in links:
            left, right = row_left.get(left_id), row_right.get(right_id)
            if left is not None and right is not None and left.isValid() and right.isValid():
                self._rows.append((link, left_id, right_id, left.row(), right.row()))
        self.update()

    def set_selected(self, segment: SegmentId | None) -> None:
        self.selected = segment
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left_range, right_range = _visible_rows(self.left), _visible_rows(self.right)
        visible = [
            item
            for item in self._rows
            if _crosses(item[3], left_range)
            or _crosses(item[4], right_range)
            or (item[3] < left_range[0]) != (item[4] < right_range[0])
        ]
        visible.sort(key=lambda x: self.selected in (x[1], x[2]))
        self._paths = []
        for link, left_id, right_id, left_row, right_row in visible:
            y1 = self._y(self.left, left_row)
            y2 = self._y(self.right, right_row)
            strong = self.selected in (left_id, right_id) or link == self.hovered_link
            self._paths.append((link, self._draw(painter, link, y1, y2, strong)))
        painter.end()

    def link_at(self, pos: QPointF) -> LinkInfo | None:
        """The link whose curve passes within a few pixels of ``pos``."""
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        for link, path in reversed(self._paths):  # the last drawn is on top
            if stroker.createStroke(path).contains(pos):
                return link
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._hover(self.link_at(event.position()))

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._hover(None)

    def _hover(self, link: LinkInfo | None) -> None:
        if link != self.hovered_link:
            self.hovered_link = link
            self.hovered.emit(link)
            self.update()

    def _y(self, view: QListView, row: int) -> float:
        rect = view.visualRect(view.model().index(row, 0))
        window = self.window()
        point = view.viewport().mapTo(window, QPoint(0, rect.center().y()))
        return float(self.mapFrom(window, point).y())

    def _draw(
        self, painter: QPainter, link: LinkInfo, y1: float, y2: float, selected: bool
    ) -> QPainterPath:
        width = float(self.width())
        pen = QPen(relation_color(link.relation, link.status, self.palette()))
        pen.setWidthF(3.0 if selected else 1.4)
        if link.status is LinkStatus.SUGGESTED:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif link.status is LinkStatus.REJECTED:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        path = QPainterPath(QPointF(0, y1))
        path.cubicTo(QPointF(width / 2, y1), QPointF(width / 2, y2), QPointF(width, y2))
        painter.drawPath(path)
        return path


def _visible_rows(view: QListView) -> tuple[int, int]:
    """First and last row in the view's viewport (whole list when it cannot tell)."""
    area = view.viewport().rect()
    top = view.indexAt(area.topLeft()).row()
    bottom = view.indexAt(area.bottomLeft()).row()
    count = view.model().rowCount()
    return (max(top, 0), bottom if bottom >= 0 else count - 1)


def _crosses(row: int, visible: tuple[int, int]) -> bool:
    return visible[0] <= row <= visible[1]
