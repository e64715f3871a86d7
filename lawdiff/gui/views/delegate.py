"""Paints one segment row: mark bar and glyph, label gutter, the full wrapped text, claim chips.

A row is as tall as its text wrapped to the pane's width, so no paragraph or heading is ever
cut. Heights are measured once per (segment, width, font) and cached; the text of a row is
laid out once (a :class:`QStaticText`) and reused on every repaint, and the fonts and metrics
a row needs are worked out once per font, so scrolling stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QStaticText
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import ArgumentRuling, RulingStatus
from lawdiff.gui.models import PAINT_ROLE, PART_ROLE, RULING_ROLE, Mark, gutter_label
from lawdiff.gui.views.colors import (
    MARK_GLYPHS,
    RULING_WORDS,
    chip_color,
    mark_color,
    ruling_color,
)

Index = QModelIndex | QPersistentModelIndex
PAD = 4
BAR = 4
MAX_CHIPS = 4
MEASURE = 100  # the longest line, in average characters, that still reads comfortably
MAX_LAYOUTS = 6000  # cached row layouts; beyond this the cache starts again
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
HIT = int(Mark.HIT)


@dataclass(frozen=True)
class RowFonts:
    """Fonts and sizes a row needs, worked out once per base font."""

    font: QFont
    bold: QFont
    top_heading: QFont  # level-0 headings ("ARGUMENT"), a little larger
    line: int
    char: int  # average character width
    glyph: int  # the mark glyph's column
    gutter: int  # room for labels up to a four-level outline path ("III.A.2.a")
    chip: int
    measure: int  # the widest text column, in pixels

    @property
    def text_left(self) -> int:
        return BAR + self.glyph + self.gutter + PAD

    def chips_width(self, count: int) -> int:
        shown = min(count, MAX_CHIPS)
        return shown * (self.chip + 3) + PAD if shown else 0

    def heading_font(self, seg: SegmentInfo) -> QFont | None:
        if seg.kind not in (SegmentKind.HEADING, SegmentKind.COUNT):
            return None
        return self.top_heading if seg.level == 0 else self.bold

    def indent(self, seg: SegmentInfo) -> int:
        return min(seg.level, 4) * self.char * 2


def row_fonts(font: QFont) -> RowFonts:
    bold = QFont(font)
    bold.setBold(True)
    top = QFont(bold)
    top.setPointSizeF(font.pointSizeF() * 1.15)
    metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
    return RowFonts(
        font=QFont(font),
        bold=bold,
        top_heading=top,
        line=metrics.lineSpacing(),
        char=metrics.averageCharWidth(),
        glyph=bold_metrics.horizontalAdvance("!") * 2 + PAD,
        gutter=bold_metrics.horizontalAdvance("III.A.2.a ") + PAD,
        chip=max(8, metrics.height() // 2),
        measure=metrics.averageCharWidth() * MEASURE,
    )


class SegmentDelegate(QStyledItemDelegate):
    """Renders :class:`SegmentInfo` rows of a :class:`~lawdiff.gui.models.SegmentModel`.

    ``highlighted`` holds segments to outline (the ends of a hovered link band curve).
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.highlighted: set[SegmentId] = set()
        self._fonts: RowFonts | None = None  # for the view's font; dropped by forget_sizes
        self._heights: dict[tuple[int, int, int], int] = {}
        self._texts: dict[tuple[int, int], QStaticText] = {}
        self._labels: dict[SegmentId, str] = {}  # elided to the gutter

    # ------------------------------------------------------------------ geometry

    def fonts(self, font: QFont) -> RowFonts:
        """Fonts and sizes for the view's font (every row is drawn in it)."""
        if self._fonts is None:
            self._fonts = row_fonts(font)
        return self._fonts

    def _text_width(self, fonts: RowFonts, width: int, claims: int) -> int:
        """Width of the text column of a row ``width`` wide with ``claims`` chips."""
        free = width - fonts.text_left - fonts.chips_width(claims) - PAD
        return min(max(free, 40), fonts.measure)

    def _chips_right(self, rect: QRect, fonts: RowFonts, count: int) -> int:
        """Chips sit right of the text column: the row's end, or nearer on a wide pane."""
        text_end = rect.left() + fonts.text_left + fonts.measure + PAD
        return min(rect.right(), text_end + fonts.chips_width(count)) - PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        row = index.data(PAINT_ROLE)
        width = self.view.viewport().width()
        fonts = self.fonts(option.font)
        if row is None:
            return QSize(width, fonts.line + 2 * PAD)
        seg: SegmentInfo = row[0]
        claims = len(row[2])
        text_width = self._text_width(fonts, width, claims)
        badge = fonts.line + PAD if index.data(RULING_ROLE) is not None else 0
        badge += divider_height(fonts) if index.data(PART_ROLE) else 0
        if not self.view.isVisible():  # laid out again once shown: a cheap guess until then
            lines = 1 + len(seg.heading or seg.text) * fonts.char // max(text_width, 1)
            return QSize(width, lines * fonts.line + 2 * PAD + badge)
        key = (int(seg.id), width, claims)
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._text_height(fonts, seg, text_width)
        return QSize(width, height + badge)

    def _text_height(self, fonts: RowFonts, seg: SegmentInfo, width: int) -> int:
        head = fonts.heading_font(seg)
        use = head if head is not None else fonts.font
        indent = fonts.indent(seg) if head is not None else 0
        text = (seg.heading or seg.text) if head is not None else seg.text
        metrics = QFontMetrics(use)
        box = QRect(0, 0, max(width - indent, 20), 1_000_000)
        height = metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, text).height()
        extra = metrics.lineSpacing() // 2 if head is not None and seg.level == 0 else 0
        return max(height, metrics.lineSpacing()) + 2 * PAD + extra

    def forget_sizes(self) -> None:
        """Drop cached fonts, heights and text layouts (after the font changed)."""
        self._fonts = None
        self._heights.clear()
        self._texts.clear()
        self._labels.clear()

    def _static(self, text: str, font: QFont, width: int, seg: SegmentInfo) -> QStaticText:
        """The row's text laid out once for ``width``; repaints reuse it."""
        key = (int(seg.id), width)  # one font per segment: its kind and level decide it
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

    def content_rect(self, rect: QRect, font: QFont, index: Index) -> QRect:
        """The part of a row drawn in ``rect`` below its part divider (all of it if none)."""
        if not index.data(PART_ROLE):
            return rect
        return rect.adjusted(0, divider_height(self.fonts(font)), 0, 0)

    def claim_at(self, rect: QRect, font: QFont, claims: tuple[str, ...], pos: QPoint) -> str:
        """The claim whose chip is under ``pos`` in a row drawn in ``rect`` ("" when none)."""
        fonts = self.fonts(font)
        x = self._chips_right(rect, fonts, len(claims))
        for claim in claims[:MAX_CHIPS]:
            x -= fonts.chip
            if QRect(x - 1, rect.top() + PAD, fonts.chip + 3, fonts.chip + 4).contains(pos):
                return claim
            x -= 3
        return ""

    def badge_rect(
        self, rect: QRect, font: QFont, seg: SegmentInfo, ruling: ArgumentRuling
    ) -> QRect:
        """Where the court's-ruling badge of a row drawn in ``rect`` sits (under the text)."""
        fonts = self.fonts(font)
        left = rect.left() + fonts.text_left + (fonts.indent(seg) if fonts.heading_font(seg) else 0)
        width = QFontMetrics(fonts.bold).horizontalAdvance(badge_text(ruling)) + 2 * PAD + 2
        top = rect.bottom() - PAD - fonts.line
        return QRect(left, top, min(width, max(rect.right() - left, 20)), fonts.line)

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(PAINT_ROLE)
        if row is None:
            return
        seg: SegmentInfo = row[0]
        marks = int(row[1])  # plain int: flag arithmetic on IntFlag is slow in a paint loop
        claims: tuple[str, ...] = row[2]
        palette: QPalette = option.palette
        fonts = self.fonts(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        part = index.data(PART_ROLE)
        if part:
            self._divider(painter, option.rect, fonts, palette, part)
        rect: QRect = self.content_rect(option.rect, option.font, index)
        self._background(painter, rect, palette, selected, marks)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(role)
        self._glyph(painter, rect, fonts, text_color if selected else None, marks)
        self._label(painter, rect, fonts, text_color, seg)
        self._chips(painter, rect, fonts, palette, claims)
        width = self._text_width(fonts, rect.width(), len(claims))
        body = QRect(rect.left() + fonts.text_left, rect.top() + PAD, width, rect.height())
        painter.setPen(text_color)
        self._body(painter, body, fonts, seg)
        ruling = index.data(RULING_ROLE)
        if ruling is not None:
            self._badge(painter, self.badge_rect(rect, option.font, seg, ruling), fonts, ruling)
        if seg.id in self.highlighted:
            pen = QPen(palette.color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _background(
        self, painter: QPainter, rect: QRect, palette: QPalette, selected: bool, marks: int
    ) -> None:
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif marks & HIT:
            painter.fillRect(rect, mark_color(Mark.HIT, palette, 50))
        if marks & HIT:  # a frame, so a hit differs from a link mark in shape too
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

    def _divider(
        self, painter: QPainter, rect: QRect, fonts: RowFonts, palette: QPalette, label: str
    ) -> None:
        """A thin rule across the pane with the part's name on it: where a document bundled
        in the file begins ("Part 2 — NOTICE OF MOTION (motion, not argument)")."""
        band = QRect(rect.left(), rect.top(), rect.width(), divider_height(fonts))
        painter.fillRect(band, palette.color(QPalette.ColorRole.AlternateBase))
        metrics = QFontMetrics(fonts.bold)
        left = rect.left() + BAR + fonts.glyph  # from the label gutter: room for long titles
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, rect.right() - left - PAD)
        middle = band.center().y()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(rect.left() + PAD, middle, left - PAD, middle)
        end = left + metrics.horizontalAdvance(text) + PAD
        if end < rect.right() - PAD:
            painter.drawLine(end, middle, rect.right() - PAD, middle)
        painter.setFont(fonts.bold)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(left, band.top(), rect.right() - left, band.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )

    def _glyph(
        self, painter: QPainter, rect: QRect, fonts: RowFonts, color: QColor | None, marks: int
    ) -> None:
        """A text cue beside the bar ("!" unanswered, "✓" linked, "?" suggested).

        ``color`` overrides the mark's colour (on a selected row, the highlighted text's).
        """
        bar = _bar_mark(marks)
        if bar is None:
            return
        painter.setFont(fonts.bold)
        painter.setPen(color if color is not None else mark_color(bar, self.view.palette()))
        box = QRect(rect.left() + BAR + 1, rect.top() + PAD, fonts.glyph, rect.height())
        painter.drawText(box, TOP_LEFT, MARK_GLYPHS[bar])

    def _label(
        self, painter: QPainter, rect: QRect, fonts: RowFonts, color: QColor, seg: SegmentInfo
    ) -> None:
        label = self._labels.get(seg.id)
        if label is None:
            # A deep outline label keeps its most specific end visible: "…A.2.a.(i)".
            metrics = QFontMetrics(fonts.bold)
            label = metrics.elidedText(
                gutter_label(seg), Qt.TextElideMode.ElideLeft, fonts.gutter - PAD
            )
            self._labels[seg.id] = label
        if not label:
            return
        left = rect.left() + BAR + fonts.glyph
        box = QRect(left, rect.top() + PAD, fonts.gutter, rect.height() - 2 * PAD)
        painter.setFont(fonts.bold)
        painter.setPen(color)
        painter.drawText(box, TOP_LEFT, label)

    def _chips(
        self,
        painter: QPainter,
        rect: QRect,
        fonts: RowFonts,
        palette: QPalette,
        claims: tuple[str, ...],
    ) -> None:
        """One small rounded chip per claim beside the text (hover one for its name)."""
        x = self._chips_right(rect, fonts, len(claims))
        painter.setPen(Qt.PenStyle.NoPen)
        for claim in claims[:MAX_CHIPS]:
            x -= fonts.chip
            painter.setBrush(chip_color(claim, palette))
            painter.drawRoundedRect(QRect(x, rect.top() + PAD + 2, fonts.chip, fonts.chip), 3, 3)
            x -= 3

    def _badge(
        self, painter: QPainter, box: QRect, fonts: RowFonts, ruling: ArgumentRuling
    ) -> None:
        """A rounded tag in the ruling's colour: "Court: for movant" (click: the order)."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ruling_color(ruling.side, self.view.palette()))
        painter.drawRoundedRect(box, box.height() // 2 - 1, box.height() // 2 - 1)
        painter.setFont(fonts.bold)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge_text(ruling))

    def _body(self, painter: QPainter, rect: QRect, fonts: RowFonts, seg: SegmentInfo) -> None:
        head = fonts.heading_font(seg)
        indent = fonts.indent(seg) if head is not None else 0
        use = head if head is not None else fonts.font
        text = (seg.heading or seg.text) if head is not None else seg.text
        painter.setFont(use)
        static = self._static(text, use, rect.width() - indent, seg)
        painter.drawStaticText(rect.left() + indent, rect.top(), static)


def divider_height(fonts: RowFonts) -> int:
    """The height of the band above a row that opens a bundled part."""
    return fonts.line + 2 * PAD


def badge_text(ruling: ArgumentRuling) -> str:
    """The words on a ruling badge: "Court: for respondent", "✎" once the user corrected it."""
    corrected = " ✎" if ruling.status is RulingStatus.CORRECTED else ""
    return f"Court: {RULING_WORDS[ruling.side]}{corrected}"


@cache
def _bar_mark(marks: int) -> Mark | None:
    """The mark the bar shows: unanswered first, then linked, then suggested."""
    return next((m for m in (Mark.UNANSWERED, Mark.LINKED, Mark.SUGGESTED) if marks & m), None)
