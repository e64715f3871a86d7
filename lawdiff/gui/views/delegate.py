"""Paints one segment row: label gutter, heading styled by level or wrapped text, claim chips.

Row heights depend only on the kind of segment (no text layout), so a 10,000-row list lays
out in milliseconds.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.gui.models import CLAIMS_ROLE, MARKS_ROLE, ROW_ROLE, Mark
from lawdiff.gui.views.colors import chip_color, mark_color

Index = QModelIndex | QPersistentModelIndex
TEXT_LINES = 3
PAD = 4
BAR = 4


def _gutter_width(bold: QFont) -> int:
    """Room for the labels lawyers cite, up to a four-level outline path ("III.A.2.a")."""
    return QFontMetrics(bold).horizontalAdvance("III.A.2.a ") + PAD


class SegmentDelegate(QStyledItemDelegate):
    """Renders :class:`SegmentInfo` rows of a :class:`~lawdiff.gui.models.SegmentModel`."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        seg: SegmentInfo | None = index.data(ROW_ROLE)
        heading = seg is None or _is_heading(seg)
        top = seg is not None and heading and seg.level == 0
        return _row_size(QFontMetrics(option.font).lineSpacing(), heading, top)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        seg: SegmentInfo | None = index.data(ROW_ROLE)
        if seg is None:
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        marks = Mark(index.data(MARKS_ROLE) or 0)
        painter.save()
        self._background(painter, rect, palette, selected, marks)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(role)
        painter.setPen(text_color)
        font = QFont(option.font)
        bold = _bold(font)
        gutter = _gutter_width(bold)
        label_rect = rect.adjusted(BAR + PAD, PAD, 0, -PAD)
        label_rect.setWidth(gutter)
        painter.setFont(bold)
        # A deep outline label keeps its most specific end visible: "…A.2.a.(i)".
        label = QFontMetrics(bold).elidedText(seg.label, Qt.TextElideMode.ElideLeft, gutter - PAD)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        chips = self._chips(painter, rect, palette, index.data(CLAIMS_ROLE) or ())
        body = rect.adjusted(BAR + 2 * PAD + gutter, PAD, -PAD - chips, -PAD)
        painter.setPen(text_color)
        self._body(painter, body, font, seg)
        painter.restore()

    def _background(
        self, painter: QPainter, rect: QRect, palette: QPalette, selected: bool, marks: Mark
    ) -> None:
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif marks & Mark.HIT:
            painter.fillRect(rect, mark_color(Mark.HIT, palette, 60))
        for mark in (Mark.UNANSWERED, Mark.LINKED, Mark.SUGGESTED):
            if marks & mark:
                painter.fillRect(
                    QRect(rect.left(), rect.top(), BAR, rect.height()), mark_color(mark, palette)
                )
                break
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _chips(
        self, painter: QPainter, rect: QRect, palette: QPalette, claims: tuple[str, ...]
    ) -> int:
        """Draw one small rounded chip per claim at the top right; return the width used."""
        size = max(8, QFontMetrics(painter.font()).height() // 2)
        x = rect.right() - PAD
        painter.setPen(Qt.PenStyle.NoPen)
        for claim in claims[:4]:
            x -= size
            painter.setBrush(chip_color(claim, palette))
            painter.drawRoundedRect(QRect(x, rect.top() + PAD + 2, size, size), 3, 3)
            x -= 3
        return rect.right() - x

    def _body(self, painter: QPainter, rect: QRect, font: QFont, seg: SegmentInfo) -> None:
        if _is_heading(seg):
            head = _bold(font)
            if seg.level == 0:
                head.setPointSizeF(font.pointSizeF() * 1.15)
            painter.setFont(head)
            indent = min(seg.level, 4) * QFontMetrics(font).averageCharWidth() * 2
            text = QFontMetrics(head).elidedText(
                seg.heading or seg.text, Qt.TextElideMode.ElideRight, rect.width() - indent
            )
            painter.drawText(
                rect.adjusted(indent, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            return
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(rect, flags, seg.text[: 120 * TEXT_LINES])  # enough to fill the row


@cache
def _row_size(line: int, heading: bool, top_level: bool) -> QSize:
    lines = 1 if heading else TEXT_LINES
    return QSize(200, lines * line + 2 * PAD + (line // 2 if top_level else 0))


def _is_heading(seg: SegmentInfo) -> bool:
    return seg.kind in (SegmentKind.HEADING, SegmentKind.COUNT)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
