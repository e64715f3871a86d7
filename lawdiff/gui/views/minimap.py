"""An overview column beside a pane: a tick per linked, unanswered or search-hit row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QListView, QWidget

from lawdiff.gui.models import MARKS_ROLE, Mark
from lawdiff.gui.views.colors import mark_color

PRIORITY = (Mark.HIT, Mark.UNANSWERED, Mark.LINKED, Mark.SUGGESTED)


class Minimap(QWidget):
    """Marks of every row of ``view``'s model, scaled to the widget's height; click jumps.

    Signals:
        jump(int): the row (of the view's model) the user clicked near.
    """

    jump = Signal(int)

    def __init__(self, view: QListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFixedWidth(14)
        self.setToolTip(
            "Overview: full ticks are unanswered (vermillion) or linked (green) arguments; "
            "left half-ticks suggested links (orange); right half-ticks search hits (blue)"
        )
        self._marks: list[tuple[int, Mark]] = []
        self._rows = 0
        self._cache: QPixmap | None = None
        view.verticalScrollBar().valueChanged.connect(self.update)

    def refresh(self) -> None:
        """Re-read the marks from the view's model (after a reset, filter or mark change)."""
        model: QAbstractItemModel = self.view.model()
        self._rows = model.rowCount()
        self._marks = []
        for row in range(self._rows):
            marks = Mark(model.index(row, 0).data(MARKS_ROLE) or 0)
            top = next((m for m in PRIORITY if marks & m), None)
            if top is not None:
                self._marks.append((row, top))
        self._cache = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._cache is None or self._cache.size() != self.size():
            self._cache = self._render_marks()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        if self._rows:
            self._viewport_box(painter, self.height() / self._rows)
        painter.end()

    def _render_marks(self) -> QPixmap:
        """The marks drawn once per change, so scrolling only repaints the viewport box."""
        pixmap = QPixmap(self.size())
        palette = self.palette()
        pixmap.fill(palette.color(QPalette.ColorRole.AlternateBase))
        if self._rows:
            painter = QPainter(pixmap)
            scale = self.height() / self._rows
            half = (self.width() - 4) / 2
            for row, mark in self._marks:
                # Shape as well as colour: suggestions fill the left half, hits the right.
                left = 2 + (half if mark is Mark.HIT else 0)
                width = half if mark in (Mark.HIT, Mark.SUGGESTED) else self.width() - 4
                rect = QRectF(left, row * scale, width, max(2.0, scale))
                painter.fillRect(rect, mark_color(mark, palette))
            painter.end()
        return pixmap

    def _viewport_box(self, painter: QPainter, scale: float) -> None:
        top = self.view.indexAt(self.view.viewport().rect().topLeft()).row()
        bottom = self.view.indexAt(self.view.viewport().rect().bottomLeft()).row()
        if top < 0:
            return
        bottom = self._rows - 1 if bottom < 0 else bottom
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, top * scale, self.width() - 1.0, (bottom - top + 1) * scale))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._rows and self.height() > 0:
            row = int(event.position().y() / self.height() * self._rows)
            self.jump.emit(max(0, min(self._rows - 1, row)))
