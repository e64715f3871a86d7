"""The interface a PDF renderer offers the report exporter, and what a complete PDF looks like.

The report stage decides what a PDF report holds (the print variant of the HTML); drawing it
into pages needs a layout engine, and ours is Qt's, which lives in ``lawdiff.gui``. So the
exporter takes a :class:`PdfRenderer` from its caller (the CLI or the GUI, the top layer),
and no module below ``lawdiff.gui`` ever imports Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from lawdiff.core.errors import KnownError
from lawdiff.core.progress import Progress

PDF_TRAILER = b"%%EOF"


class PdfRenderer(Protocol):
    """Draws report HTML into a paginated PDF file.

    ``lawdiff.gui.report_pdf.write_pdf`` is the implementation.
    """

    def __call__(
        self, html: str, path: Path, *, header: str, title: str, progress: Progress
    ) -> int:
        """Write ``html`` to ``path`` with a running ``header``; return the page count.

        Raises:
            KnownError: the PDF could not be written completely.
        """
        ...  # pragma: no cover - a protocol has no body


def check_complete_pdf(path: Path) -> None:
    """Raise unless ``path`` holds a whole PDF: a header, and the trailer at its end.

    A writer that hits a full disk or a file-size limit may still report success; a PDF cut
    short lacks its trailer.

    Raises:
        KnownError: the file is empty or cut short.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(5)
            fh.seek(max(size - 1024, 0))
            tail = fh.read()
    except OSError as exc:
        raise KnownError(f"the PDF could not be written ({exc.strerror or exc})", path) from exc
    if head != b"%PDF-" or PDF_TRAILER not in tail:
        raise KnownError(
            f"the PDF could not be written completely ({size} bytes); is the disk full?", path
        )
