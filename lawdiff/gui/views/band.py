"""The link band between the two panes: one connector per link, from row to row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QListView, QWidget

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkInfo, LinkStatus
from lawdiff.gui.views.colors import relation_color


class LinkBand(QWidget):
    """Paints a curve per link from the left row's visual rect to the right row's.

    Coloured by relation, dashed while only suggested, thicker for the selected segment's links.
    The views and the row lookups are handed in by the comparison view.
    """

    def __init__(self, left: QListView, right: QListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = left
        self.right = right
        self.links: list[tuple[LinkInfo, SegmentId, SegmentId]] = []  # link, left end, right end
        self.selected: SegmentId | None = None
        self.row_left: dict[SegmentId, QModelIndex] = {}
        self.row_right: dict[SegmentId, QModelIndex] = {}
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
        self.row_left = row_left
        self.row_right = row_right
        self.update()

    def set_selected(self, segment: SegmentId | None) -> None:
        self.selected = segment
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.height()
        ordered = sorted(self.links, key=lambda x: self._is_selected(x))
        for link, left_id, right_id in ordered:
            y1 = self._y(self.left, self.row_left.get(left_id))
            y2 = self._y(self.right, self.row_right.get(right_id))
            if y1 is None or y2 is None or (y1 < 0 and y2 < 0) or (y1 > height and y2 > height):
                continue
            self._draw(painter, link, y1, y2, self._is_selected((link, left_id, right_id)))
        painter.end()

    def _is_selected(self, item: tuple[LinkInfo, SegmentId, SegmentId]) -> bool:
        return self.selected is not None and self.selected in (item[1], item[2])

    def _y(self, view: QListView, index: QModelIndex | None) -> float | None:
        if index is None or not index.isValid():
            return None
        rect = view.visualRect(index)
        point = view.viewport().mapTo(self.window(), QPoint(0, rect.center().y()))
        return float(self.mapFrom(self.window(), point).y())

    def _draw(
        self, painter: QPainter, link: LinkInfo, y1: float, y2: float, selected: bool
    ) -> None:
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
