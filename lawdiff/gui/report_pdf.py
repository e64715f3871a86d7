"""Report PDF through Qt: ``QTextDocument`` lays out the print HTML, ``QPdfWriter`` paginates.

Works offscreen (``QT_QPA_PLATFORM=offscreen``) and from the command line: a
``QGuiApplication`` is created only when none exists. Each page gets a running header (the
case caption and the report title) and a footer with "Page n of N".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from lawdiff.core.errors import KnownError
from lawdiff.core.progress import Progress, no_progress
from lawdiff.report.pdf import check_complete_pdf

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGINS_MM = QMarginsF(16, 14, 16, 14)
_app: QGuiApplication | None = None  # kept alive when we had to create it


def ensure_gui_application() -> None:
    """Create an application object for offscreen painting when the process has none.

    A full ``QApplication`` (it is a ``QGuiApplication``): a process that exports first and
    opens a window later (the tests, a script) cannot swap a bare QGuiApplication for one.
    """
    global _app
    if QGuiApplication.instance() is None:
        _app = QApplication([])


def write_pdf(
    html: str,
    path: Path,
    *,
    header: str,
    title: str = "",
    progress: Progress = no_progress,
) -> int:
    """Render ``html`` into a paginated Letter PDF at ``path`` (a ``report.pdf.PdfRenderer``).

    Args:
        html: the print variant of the report (``render_html(report, print_version=True)``).
        path: where to write; the caller makes it atomic.
        header: text of the running header, e.g. the case caption.
        title: the PDF's document title.
        progress: told about each page painted.

    Returns:
        The number of pages.

    Raises:
        KnownError: the PDF could not be written, or not completely (full disk, size limit).
    """
    ensure_gui_application()
    writer = _writer(path, title or header)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(QFont("DejaVu Serif", 9))
    doc.setHtml(html)
    band = QFontMetricsF(_band_font(), writer).height() * 2.2
    body = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
    doc.setPageSize(QSizeF(body.width(), body.height() - 2 * band))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise KnownError("cannot write the PDF here; check the folder is writable", path)
    try:
        for number in range(pages):
            progress(number, pages, f"Writing PDF page {number + 1} of {pages}")
            if number and not writer.newPage():
                raise KnownError("the PDF could not be written; is the disk full?", path)
            _paint_page(painter, doc, body, band, number, pages, header)
    finally:
        ended = painter.end()
    if not ended:
        raise KnownError("the PDF could not be finished; is the disk full?", path)
    check_complete_pdf(path)
    return pages


def _writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("lawdiff")
    return writer


def _band_font() -> QFont:
    return QFont("DejaVu Sans", 7)


def _paint_page(
    painter: QPainter,
    doc: QTextDocument,
    body: QRectF,
    band: float,
    number: int,
    pages: int,
    header: str,
) -> None:
    width, height = body.width(), doc.pageSize().height()
    painter.setFont(_band_font())
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    top = QRectF(0, 0, width, band * 0.6)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), header)
    painter.drawLine(QPointF(0, band * 0.7), QPointF(width, band * 0.7))
    bottom = QRectF(0, band + height + band * 0.3, width, band * 0.6)
    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignCenter), f"Page {number + 1} of {pages}")
    painter.save()
    painter.translate(0, band - number * height)
    doc.drawContents(painter, QRectF(0, number * height, width, height))
    painter.restore()
