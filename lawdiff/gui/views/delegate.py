"""Paints one segment row: mark bar and glyph, label gutter, the full wrapped text, claim chips.

A row is as tall as its text wrapped to the pane's width, so no paragraph or heading is ever
cut. Heights are measured once per (segment, width, font) and cached, so scrolling and
repainting never lay text out twice.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QStaticText
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.gui.models import CLAIMS_ROLE, MARKS_ROLE, ROW_ROLE, Mark, gutter_label
from lawdiff.gui.views.colors import MARK_GLYPHS, chip_color, mark_color

Index = QModelIndex | QPersistentModelIndex
PAD = 4
BAR = 4
MAX_CHIPS = 4
MEASURE = 100  # the longest line, in average characters, that still reads comfortably
MAX_LAYOUTS = 6000  # cached row layouts; beyond this the cache starts again


def _gutter_width(bold: QFont) -> int:
    """Room for the labels lawyers cite, up to a four-level outline path ("III.A.2.a")."""
    return QFontMetrics(bold).horizontalAdvance("III.A.2.a ") + PAD


def _glyph_width(bold: QFont) -> int:
    return QFontMetrics(bold).horizontalAdvance("!") * 2 + PAD


class SegmentDelegate(QStyledItemDelegate):
    """Renders :class:`SegmentInfo` rows of a :class:`~lawdiff.gui.models.SegmentModel`.

    ``highlighted`` holds segments to outline (the ends of a hovered link band curve).
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.highlighted: set[SegmentId] = set()
        self._heights: dict[tuple[int, int, str, int], int] = {}
        self._texts: dict[tuple[int, int, str], QStaticText] = {}

    # ------------------------------------------------------------------ geometry

    def _text_left(self, font: QFont) -> int:
        bold = _bold(font)
        return BAR + _glyph_width(bold) + _gutter_width(bold) + PAD

    def _chip_size(self, font: QFont) -> int:
        return max(8, QFontMetrics(font).height() // 2)

    def _chips_width(self, font: QFont, count: int) -> int:
        shown = min(count, MAX_CHIPS)
        return shown * (self._chip_size(font) + 3) + PAD if shown else 0

    def _chips_right(self, rect: QRect, font: QFont, count: int) -> int:
        """Chips sit right of the text column: the row's end, or nearer on a wide pane."""
        measure = QFontMetrics(font).averageCharWidth() * MEASURE
        text_end = rect.left() + self._text_left(font) + measure + PAD
        return min(rect.right(), text_end + self._chips_width(font, count)) - PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        seg: SegmentInfo | None = index.data(ROW_ROLE)
        width = self.view.viewport().width()
        if seg is None:
            return QSize(width, QFontMetrics(option.font).lineSpacing() + 2 * PAD)
        claims = len(index.data(CLAIMS_ROLE) or ())
        key = (int(seg.id), width, option.font.key(), claims)
        height = self._heights.get(key)
        if height is None:
            text_width = (
                width - self._text_left(option.font) - self._chips_width(option.font, claims)
            )
            width_cap = QFontMetrics(option.font).averageCharWidth() * MEASURE
            height = self._text_height(option.font, seg, min(max(text_width - PAD, 40), width_cap))
            self._heights[key] = height
        return QSize(width, height)

    def _text_height(self, font: QFont, seg: SegmentInfo, width: int) -> int:
        head = _heading_font(font, seg)
        use = head if head is not None else font
        indent = _indent(font, seg) if head is not None else 0
        text = (seg.heading or seg.text) if head is not None else seg.text
        line = QFontMetrics(use).lineSpacing()
        height = int(self._static(text, use, width - indent, seg).size().height() + 0.99)
        extra = line // 2 if head is not None and seg.level == 0 else 0
        return max(height, line) + 2 * PAD + extra

    def forget_sizes(self) -> None:
        """Drop cached heights and text layouts (after the font changed)."""
        self._heights.clear()
        self._texts.clear()

    def _static(self, text: str, font: QFont, width: int, seg: SegmentInfo) -> QStaticText:
        """The row's text laid out once for ``width``; repaints reuse it (scrolling stays fast)."""
        key = (int(seg.id), width, font.key())
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) > MAX_LAYOUTS:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setTextWidth(max(width, 20))
            static.prepare(font=font)
            self._texts[key] = static
        return static

    def claim_at(self, rect: QRect, font: QFont, claims: tuple[str, ...], pos: QPoint) -> str:
        """The claim whose chip is under ``pos`` in a row drawn in ``rect`` ("" when none)."""
        size = self._chip_size(font)
        x = self._chips_right(rect, font, len(claims))
        for claim in claims[:MAX_CHIPS]:
            x -= size
            if QRect(x - 1, rect.top() + PAD, size + 3, size + 4).contains(pos):
                return claim
            x -= 3
        return ""

    # ------------------------------------------------------------------ painting

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
        font = QFont(option.font)
        bold = _bold(font)
        self._glyph(painter, rect, bold, palette, marks)
        left = rect.left() + BAR + _glyph_width(bold)
        label_rect = QRect(left, rect.top() + PAD, _gutter_width(bold), rect.height() - 2 * PAD)
        painter.setFont(bold)
        painter.setPen(text_color)
        # A deep outline label keeps its most specific end visible: "…A.2.a.(i)".
        width = label_rect.width() - PAD
        label = QFontMetrics(bold).elidedText(gutter_label(seg), Qt.TextElideMode.ElideLeft, width)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        claims = index.data(CLAIMS_ROLE) or ()
        chips = self._chips_width(font, len(claims))
        self._chips(painter, rect, font, palette, claims)
        body = rect.adjusted(self._text_left(font), PAD, -chips - PAD, -PAD)
        body.setWidth(min(body.width(), QFontMetrics(font).averageCharWidth() * MEASURE))
        painter.setPen(text_color)
        self._body(painter, body, font, seg)
        if seg.id in self.highlighted:
            pen = QPen(palette.color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _background(
        self, painter: QPainter, rect: QRect, palette: QPalette, selected: bool, marks: Mark
    ) -> None:
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif marks & Mark.HIT:
            painter.fillRect(rect, mark_color(Mark.HIT, palette, 50))
        if marks & Mark.HIT:  # a frame, so a hit differs from a link mark in shape too
            painter.setPen(QPen(mark_color(Mark.HIT, palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(BAR + 1, 1, -1, -1))
        bar = _bar_mark(marks)
        if bar is not None:
            color = mark_color(bar, palette)
            if bar is Mark.SUGGESTED:  # dashed: a suggestion is not yet a link
                for y in range(rect.top(), rect.bottom(), 8):
                    painter.fillRect(QRect(rect.left(), y, BAR, 5), color)
            else:
                painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()), color)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _glyph(
        self, painter: QPainter, rect: QRect, bold: QFont, palette: QPalette, marks: Mark
    ) -> None:
        """A text cue beside the bar ("!" unanswered, "✓" linked, "?" suggested)."""
        bar = _bar_mark(marks)
        if bar is None:
            return
        painter.setFont(bold)
        painter.setPen(mark_color(bar, palette))
        box = QRect(rect.left() + BAR + 1, rect.top() + PAD, _glyph_width(bold), rect.height())
        painter.drawText(
            box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, MARK_GLYPHS[bar]
        )

    def _chips(
        self,
        painter: QPainter,
        rect: QRect,
        font: QFont,
        palette: QPalette,
        claims: tuple[str, ...],
    ) -> None:
        """One small rounded chip per claim at the top right (hover one for its name)."""
        size = self._chip_size(font)
        x = self._chips_right(rect, font, len(claims))
        painter.setPen(Qt.PenStyle.NoPen)
        for claim in claims[:MAX_CHIPS]:
            x -= size
            painter.setBrush(chip_color(claim, palette))
            painter.drawRoundedRect(QRect(x, rect.top() + PAD + 2, size, size), 3, 3)
            x -= 3

    def _body(self, painter: QPainter, rect: QRect, font: QFont, seg: SegmentInfo) -> None:
        head = _heading_font(font, seg)
        indent = _indent(font, seg) if head is not None else 0
        use = head if head is not None else font
        text = (seg.heading or seg.text) if head is not None else seg.text
        painter.setFont(use)
        static = self._static(text, use, rect.width() - indent, seg)
        painter.drawStaticText(rect.left() + indent, rect.top(), static)


def _bar_mark(marks: Mark) -> Mark | None:
    return next((m for m in (Mark.UNANSWERED, Mark.LINKED, Mark.SUGGESTED) if marks & m), None)


def _heading_font(font: QFont, seg: SegmentInfo) -> QFont | None:
    if seg.kind not in (SegmentKind.HEADING, SegmentKind.COUNT):
        return None
    head = _bold(font)
    if seg.level == 0:
        head.setPointSizeF(font.pointSizeF() * 1.15)
    return head


def _indent(font: QFont, seg: SegmentInfo) -> int:
    return min(seg.level, 4) * QFontMetrics(font).averageCharWidth() * 2


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
