"""A preview of the page a segment sits on: the original PDF page (QtPdf) with its lines
marked, or the cleaned page text with the lines highlighted when the PDF is not at hand."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QTextBrowser, QWidget

from lawdiff.core.model import DocumentInfo, Page, SegmentInfo
from lawdiff.gui.views.colors import hue_color

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "data" / "sample"
PLEADING_LINES = 28
PREVIEW_WIDTH = 520


def find_source(doc: DocumentInfo, case_path: Path) -> Path | None:
    """The filing's original file, looked for next to the case and in the bundled sample."""
    if not doc.source_name.lower().endswith(".pdf"):
        return None
    name = Path(doc.source_name).name
    for folder in (case_path.parent, SAMPLE_DIR, SAMPLE_DIR / "pdf"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def line_band(first: int, last: int, lines_on_page: int) -> tuple[float, float]:
    """Top and bottom of lines ``first..last`` as fractions of the page height.

    Pleading paper numbers 28 lines evenly down the body (about 10%–90% of the page).
    """
    count = max(lines_on_page, PLEADING_LINES)
    top = 0.1 + 0.8 * (max(first, 1) - 1) / count
    bottom = 0.1 + 0.8 * max(last, first) / count
    return top, min(bottom, 0.95)


class PagePreview(QStackedWidget):
    """Shows the start page of a segment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.text = QTextBrowser()
        self.addWidget(scroll)
        self.addWidget(self.text)
        self._pdf = QPdfDocument(self)
        self._loaded: Path | None = None
        self.showing_pdf = False

    def show_segment(self, seg: SegmentInfo, source: Path | None, page: Page | None) -> None:
        """Render the PDF page when ``source`` loads, else the cleaned ``page`` text."""
        image = self._render(source, seg) if source is not None else None
        self.showing_pdf = image is not None
        if image is not None:
            self.image.setPixmap(QPixmap.fromImage(image))
            self.setCurrentIndex(0)
        else:
            self.text.setHtml(_page_html(page, seg))
            self.setCurrentIndex(1)

    def _render(self, source: Path, seg: SegmentInfo) -> QImage | None:
        if self._loaded != source:
            self._pdf.load(str(source))
            self._loaded = source
        index = seg.start_page - 1
        if (
            self._pdf.status() != QPdfDocument.Status.Ready
            or not 0 <= index < self._pdf.pageCount()
        ):
            return None
        points = self._pdf.pagePointSize(index)
        scale = self.devicePixelRatioF()
        size = QSize(
            round(PREVIEW_WIDTH * scale),
            round(PREVIEW_WIDTH * scale * points.height() / points.width()),
        )
        image = self._pdf.render(index, size)
        image.setDevicePixelRatio(scale)
        last = seg.end_line if seg.end_page == seg.start_page else PLEADING_LINES
        self._mark(image, *line_band(seg.start_line, last, PLEADING_LINES))
        return image

    def _mark(self, image: QImage, top: float, bottom: float) -> None:
        painter = QPainter(image)
        color: QColor = hue_color(50, self.palette(), 70)
        height = image.height()
        painter.fillRect(
            0,
            round(top * height),
            image.width() // 40,
            round((bottom - top) * height),
            hue_color(50, self.palette()),
        )
        painter.fillRect(
            0, round(top * height), image.width(), round((bottom - top) * height), color
        )
        painter.end()


def _page_html(page: Page | None, seg: SegmentInfo) -> str:
    if page is None:
        return "<p><i>No page text stored for this segment.</i></p>"
    first = seg.start_line
    last = seg.end_line if seg.end_page == seg.start_page else 10**6
    rows = []
    for line in page.lines:
        text = html.escape(page.text[line.start : line.end]) or "&nbsp;"
        mark = first <= line.number <= last
        style = ' style="background-color: rgba(230, 200, 40, 90)"' if mark else ""
        rows.append(
            f"<tr{style}><td align=right><small>{line.number}</small></td><td>{text}</td></tr>"
        )
    return f"<p><b>Page {page.number}</b></p><table cellspacing=0>{''.join(rows)}</table>"
