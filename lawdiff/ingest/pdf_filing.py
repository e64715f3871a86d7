"""A PDF file -> cleaned pages, warnings and the ECF stamp, with progress and OCR."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, NamedTuple

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Page
from lawdiff.core.progress import Progress, no_progress
from lawdiff.ingest.furniture import is_stamp
from lawdiff.ingest.layout import RawPage, clean_pages, group_lines
from lawdiff.ingest.patterns import STAMP_FACTS
from lawdiff.ingest.pdf import (
    PAGE_SECONDS,
    PARALLEL_FROM,
    SKIPPED,
    WORKERS,
    PageTimeout,
    chunks,
    default_engine,
    extract_pages,
    extract_pages_with_ocr,
    in_worker,
    ocr_pages,
    open_pdf,
    page_progress,
    run_chunked,
    worker_pool,
)
from lawdiff.ingest.pdf_limits import MAX_FORM_DRAWS
from lawdiff.ingest.pdf_ocr import tesseract_available
from lawdiff.ingest.undecodable import undecodable

CHUNK = 4  # pages per task: small enough for steady progress, large enough to amortise
OCR_SECONDS = 60.0  # one page's OCR on a busy machine takes a few seconds; a minute is stuck


class PdfResult(NamedTuple):
    """Cleaned pages of a PDF and what the user should know about them."""

    pages: tuple[Page, ...]
    warnings: tuple[str, ...]
    stamp: str  # the ECF stamp of the first page ("Case … Document … Filed …"), "" if none


def first_stamp(raws: Sequence[RawPage]) -> str:
    """The ECF stamp line of the first page that has one."""
    for raw in raws[:3]:
        for line in group_lines(raw.words):
            if is_stamp(line.text) and STAMP_FACTS.search(line.text):
                return line.text
    return ""


def _page_list(numbers: Sequence[int]) -> str:
    """ "page 2 is an image" / "pages 2, 3 and 5 are images" (the start of a warning)."""
    items = [str(n) for n in numbers]
    if len(items) > 1:
        return "pages " + ", ".join(items[:-1]) + " and " + items[-1] + " are images"
    return f"page {items[0]} is an image"


def _recover_images(
    pool: Any, pdf: Any, raws: list[RawPage], scanned: list[int], ocr: bool, progress: Progress
) -> list[str]:
    """OCR the image-only pages (0-based ``scanned``) in place, or say why they stay empty."""
    if not scanned:
        return []
    names = _page_list([i + 1 for i in scanned])
    if not ocr:
        return [f"{names} only; the text was not read (OCR is off)"]
    if not tesseract_available():
        return [f"{names} only and Tesseract is not installed"]
    for i in scanned:
        scan = raws[i].scan
        if scan is not None:  # already read during extraction
            raws[i] = raws[i]._replace(words=scan, ocr=True, scan=None)
    _ocr(pool, pdf, raws, [i for i in scanned if not raws[i].ocr], progress)
    return [f"{names} only; the text was recognised by OCR (check it)"]


def _ocr(pool: Any, pdf: Any, raws: list[RawPage], indices: list[int], progress: Progress) -> None:
    """OCR the pages at (0-based) ``indices`` into ``raws``."""
    report = page_progress(progress, len(raws), "Recognising text (OCR) on")
    for page in run_chunked(pool, pdf, ocr_pages, [[i] for i in indices], report, OCR_SECONDS):
        raws[page.number - 1] = page


def _recover_undecodable(
    pool: Any, pdf: Any, raws: list[RawPage], garbled: list[int], ocr: bool, progress: Progress
) -> list[str]:
    """OCR the pages whose text layer cannot be decoded, or leave their text out and say so."""
    if not garbled:
        return []
    numbers = [str(i + 1) for i in garbled]
    names = (
        f"pages {', '.join(numbers[:-1])} and {numbers[-1]} have"
        if len(numbers) > 1
        else f"page {numbers[0]} has"
    )
    problem = f"{names} a text layer that cannot be decoded (fonts without a Unicode map)"
    if ocr and tesseract_available():
        _ocr(pool, pdf, raws, garbled, progress)
        return [f"{problem}; the text was recognised by OCR (check it)"]
    for i in garbled:
        raws[i] = raws[i]._replace(words=())
    why = "OCR is off" if not ocr else "Tesseract is not installed"
    return [f"{problem}; its text was left out ({why})"]


def page_task(ocr: bool) -> Any:
    """What reads a group of pages: with OCR of likely scans when OCR can run."""
    return extract_pages_with_ocr if ocr and tesseract_available() else extract_pages


def read_pdf(
    path: Path, progress: Progress, ocr: bool = True, engine: str | None = None
) -> PdfResult:
    """Extract, OCR where needed, and clean every page of a PDF.

    Every file is read by worker processes (two from :data:`PARALLEL_FROM` pages, else
    one) that are killed when they read nothing for :data:`PAGE_SECONDS` per page: the
    watchdog covers short files too. In a worker of a docket's pool (which watches it),
    the file is read in that process. Every page is first checked for hostile amounts of
    drawing (:mod:`lawdiff.ingest.pdf_limits`).

    Args:
        path: the PDF.
        progress: called once per page; may raise ``Cancelled``.
        ocr: read image-only pages by OCR when Tesseract is installed.
        engine: ``"pdfium"`` (the fast path) or ``"pdfplumber"``; by default
            :func:`lawdiff.ingest.pdf.default_engine`.

    Raises:
        KnownError: the file cannot be read as a PDF (see :func:`open_pdf`), its pages
            could not be read in time, or no page could be read at all.
    """
    pdf = open_pdf(path, engine or default_engine())
    raws: list[RawPage] = []
    try:
        if in_worker():
            pages, warnings = _read_all(None, pdf, page_task(ocr), raws, ocr, progress)
        else:
            pages, warnings = _read_watched(path, pdf, raws, ocr, progress)
    finally:
        pdf.close()
    return _result(path, raws, pages, warnings)


def _read_watched(
    path: Path, pdf: Any, raws: list[RawPage], ocr: bool, progress: Progress
) -> tuple[list[Page], list[str]]:
    """Every page read by watched worker processes (see :func:`read_pdf`)."""
    task = page_task(ocr)
    workers = WORKERS if len(pdf.pages) >= PARALLEL_FROM else 1
    try:
        with worker_pool(path, pdf.engine, workers) as pool:
            return _read_all(pool, pdf, task, raws, ocr, progress)
    except PageTimeout as error:
        raise KnownError(
            f"{error}; the file may be damaged or built to hang readers", path
        ) from None
    except BrokenProcessPool:
        # A worker died (killed, out of memory, or a script without a main guard
        # under "spawn"): read the file again in this process.
        raws.clear()
        return _read_all(None, pdf, task, raws, ocr, progress)


def finish_pdf(path: Path, pdf: Any, raws: list[RawPage], ocr: bool) -> PdfResult:
    """Clean the pages of a PDF read elsewhere (by a docket's workers); OCR them here."""
    pages, warnings = _clean_and_ocr(None, pdf, raws, ocr, no_progress)
    return _result(path, raws, pages, warnings)


def _result(path: Path, raws: list[RawPage], pages: list[Page], warnings: list[str]) -> PdfResult:
    """The cleaned pages with notes and warnings, unless every page was refused.

    Raises:
        KnownError: every page draws forms within forms beyond the limit.
    """
    notes = [raw.note for raw in raws if raw.note]
    if raws and all(SKIPPED in raw.note for raw in raws):
        raise KnownError(
            f"was refused: every page draws more than {MAX_FORM_DRAWS:,} {SKIPPED}, "
            "as files built to exhaust readers do",
            path,
        )
    return PdfResult(tuple(pages), (*notes, *warnings), first_stamp(raws))


def _read_all(
    pool: Any, pdf: Any, task: Any, raws: list[RawPage], ocr: bool, progress: Progress
) -> tuple[list[Page], list[str]]:
    """Extract every page into ``raws`` (in the pool when there is one), then clean and OCR."""
    total = len(pdf.pages)
    report = page_progress(progress, total, "Reading")
    size = CHUNK if pool is not None else 1  # read here: progress (and cancel) per page
    raws.extend(run_chunked(pool, pdf, task, chunks(total, size), report, PAGE_SECONDS))
    return _clean_and_ocr(pool, pdf, raws, ocr, progress)


def _clean_and_ocr(
    pool: Any, pdf: Any, raws: list[RawPage], ocr: bool, progress: Progress
) -> tuple[list[Page], list[str]]:
    """Clean all pages; OCR the scans among them and clean again if that changed any."""
    pages = clean_pages(raws)
    scanned = [i for i, page in enumerate(pages) if page.image_only and not raws[i].note]
    garbled = [
        i
        for i, page in enumerate(pages)
        if i not in scanned and not raws[i].note and undecodable(page.text)
    ]
    read = list(raws)
    warnings = _recover_images(pool, pdf, raws, scanned, ocr, progress)
    warnings += _recover_undecodable(pool, pdf, raws, garbled, ocr, progress)
    if any(after is not before for after, before in zip(raws, read, strict=True)):
        pages = clean_pages(raws)  # OCR read pages, or undecodable text was left out
    return pages, warnings
