"""PDF import through pdfplumber: positioned words per page, in two processes.

The only module (with :mod:`lawdiff.ingest.pdf_ocr`) that imports pdfplumber. Extraction
returns plain :class:`~lawdiff.ingest.layout.RawPage` tuples; cleaning happens in
:mod:`lawdiff.ingest.layout` once every page is known (footers repeat across pages).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import pdfplumber
from pdfplumber.utils.exceptions import PdfminerException

from lawdiff.core.errors import KnownError
from lawdiff.core.progress import Progress
from lawdiff.ingest.layout import RawPage, Word, looks_doubled
from lawdiff.ingest.pdf_limits import MAX_FORM_DRAWS, MAX_PAGE_CONTENT, page_work
from lawdiff.ingest.pdf_ocr import ocr_page, recognise_words
from lawdiff.ingest.pdf_words import Char, dedupe_chars, words_from_chars
from lawdiff.ingest.redline import mark_chars

MAX_PAGES = 5000  # more than any real filing; a bigger file is hostile or not a filing
MAX_PAGE_CHARS = 200_000  # a page of 28 lines holds ~2,500 characters
PARALLEL_FROM = 8  # below this many pages a second process costs more than it saves
WORKERS = 2
PAGE_SECONDS = 7.5  # a worker that reads no page in this long per page is stuck: killed
SCAN_MAX_WORDS = 40  # a scanned page's text layer holds the ECF stamp, little else
TAIL_BYTES = 64 * 1024  # where the %%EOF marker must be (some writers pad after it)
_EXTRA = ["fontname", "size"]
SKIPPED = "forms drawn within forms"  # in the note of a page skipped as a form bomb
ENGINES = ("pdfium", "pdfplumber")  # the fast path (default) and the original one
ENGINE_VARIABLE = "LAWDIFF_PDF_ENGINE"


def default_engine() -> str:
    """``pdfium`` unless ``LAWDIFF_PDF_ENGINE=pdfplumber`` asks for the original path."""
    engine = os.environ.get(ENGINE_VARIABLE, "").strip().lower() or ENGINES[0]
    return engine if engine in ENGINES else ENGINES[0]


class PdfSource:
    """One PDF open for reading, by pypdfium2 and (lazily) by pdfplumber.

    Every page is measured through pdfplumber's (pdfminer's) objects before any parser
    runs its content; pypdfium2 then reads it unless ``engine`` is ``"pdfplumber"`` or the
    page needs pdfplumber (see :mod:`lawdiff.ingest.pdf_fast`).
    """

    def __init__(self, path: Path, engine: str = ENGINES[0]) -> None:
        self.path, self.engine = Path(path), engine
        self._plumber: Any = None
        self._pdfium: Any = None

    @property
    def plumber(self) -> Any:
        """The pdfplumber document (opened on first use)."""
        if self._plumber is None:
            self._plumber = pdfplumber.open(self.path, password="")
        return self._plumber

    @property
    def pdfium(self) -> Any:
        """The pypdfium2 document (opened on first use)."""
        if self._pdfium is None:
            from lawdiff.ingest.pdfium_pages import open_document

            self._pdfium = open_document(self.path)
        return self._pdfium

    @property
    def pages(self) -> Any:
        """pdfplumber's page list (what the content limits measure)."""
        return self.plumber.pages

    def close(self) -> None:
        """Close whichever documents were opened."""
        if self._plumber is not None:
            self._plumber.close()
            self._plumber = None
        if self._pdfium is not None:
            self._pdfium.close()
            self._pdfium = None


class PageTimeout(Exception):
    """Worker processes read nothing within their time; they were killed.

    Attributes:
        first: the first page (1-based) of the group being read.
        last: its last page.
        seconds: the time the group was given.
    """

    def __init__(self, first: int, last: int, seconds: float) -> None:
        self.first, self.last, self.seconds = first, last, seconds
        pages = f"page {first}" if first == last else f"pages {first} to {last}"
        super().__init__(f"{pages} could not be read within {seconds:.0f} seconds")


class PdfText(NamedTuple):
    """Everything extraction found: raw pages and one-line notes for the user."""

    pages: list[RawPage]
    warnings: list[str]


# ---------------------------------------------------------------------------- opening


def _cause(error: BaseException) -> str:
    inner = error.args[0] if isinstance(error, PdfminerException) and error.args else error
    return type(inner).__name__ + (f" {inner}" if str(inner) else "")


def _damaged(path: Path, error: BaseException) -> KnownError:
    cause = _cause(error)
    if "Password" in cause or "Encrypt" in cause or "decrypt" in cause.lower():
        return KnownError("is encrypted; it needs a password (save an unlocked copy)", path)
    return KnownError(f"is damaged or not a readable PDF ({cause[:80]})", path)


def check_complete(path: Path) -> None:
    """Refuse a PDF whose end is missing (an interrupted download).

    pdfminer would otherwise rebuild what it can and import half a filing in silence.

    Raises:
        KnownError: no ``%%EOF`` marker near the end of the file.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            handle.seek(max(0, size - TAIL_BYTES))
            tail = handle.read()
    except OSError as error:
        raise KnownError(f"cannot be read ({error.strerror or error})", path) from None
    if b"%%EOF" not in tail:
        raise KnownError("is truncated (the end of the PDF is missing); download it again", path)


def open_pdf(path: Path, engine: str = "pdfplumber") -> Any:
    """Open a :class:`PdfSource` (an empty password opens owner-password-only files).

    Raises:
        KnownError: the file is truncated, encrypted, damaged, or has no pages or too many.
    """
    check_complete(path)
    pdf = PdfSource(path, engine)
    try:
        count = len(pdf.pages)
    except KnownError:
        raise
    except Exception as error:  # pdfminer raises many types for one cause: a bad file
        raise _damaged(path, error) from None
    if count == 0:
        pdf.close()
        raise KnownError("has no pages", path)
    if count > MAX_PAGES:
        pdf.close()
        raise KnownError(f"has {count} pages; lawdiff imports at most {MAX_PAGES}", path)
    return pdf


# ---------------------------------------------------------------------------- one page


def _word(item: dict[str, Any]) -> Word:
    return Word(
        str(item["text"]),
        float(item["x0"]),
        float(item["x1"]),
        float(item["top"]),
        float(item["bottom"]),
        str(item.get("fontname", "")),
        float(item.get("size", 0.0)),
    )


def _marked_words(page: Any, rules: Sequence[tuple[float, float, float]]) -> tuple[Word, ...]:
    """Words of a page whose rules strike text (comparison markup), with their marks; ()
    when no rule strikes a character, so pdfplumber's own words are used."""
    if not rules:
        return ()
    chars = [
        Char(
            str(c["text"]), float(c["x0"]), float(c["x1"]), float(c["top"]),
            float(c["bottom"]), str(c.get("fontname", "")), float(c.get("size", 0.0)),
            bool(c.get("upright", True)), colored=_colored(c.get("non_stroking_color")),
        )
        for c in page.chars
    ]  # fmt: skip
    marked = mark_chars(chars, rules)
    if not any(c.mark for c in marked):
        return ()
    words = words_from_chars(marked)
    if looks_doubled(words, float(page.width)):
        words = words_from_chars(dedupe_chars(marked))
    return tuple(words)


def _colored(color: Any) -> bool:
    """Whether pdfminer's fill colour of a character (grey, RGB or CMYK numbers 0-1) is a
    colour rather than black, white or a grey."""
    if not isinstance(color, (tuple, list)) or len(color) not in (3, 4):
        return False
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False
    channels = values[:3]
    return max(channels) - min(channels) > 40 / 255


def _words(page: Any, rules: Sequence[tuple[float, float, float]] = ()) -> tuple[Word, ...]:
    marked = _marked_words(page, rules)
    if marked:
        return marked
    items = page.extract_words(extra_attrs=_EXTRA)
    words = [_word(w) for w in items if w.get("upright", True)]
    if looks_doubled(words, float(page.width)):
        # Overprinted text comes out twice ("11 22 33"): drop the duplicate characters.
        items = page.dedupe_chars().extract_words(extra_attrs=_EXTRA)
        words = [_word(w) for w in items if w.get("upright", True)]
    return tuple(words)


def _rules(page: Any) -> tuple[tuple[float, float, float], ...]:
    """Thin horizontal lines and rectangles (underlines)."""
    found: list[tuple[float, float, float]] = []
    for obj in [*page.lines, *page.rects]:
        if abs(float(obj["bottom"]) - float(obj["top"])) <= 2.0:
            found.append((float(obj["x0"]), float(obj["x1"]), float(obj["bottom"])))
    return tuple(found)


def likely_scan(page: Any, words: Sequence[Word]) -> bool:
    """An image covers most of the page and little text is on it (an ECF stamp at most)."""
    area = float(page.width) * float(page.height)
    covered = sum(float(i["width"]) * float(i["height"]) for i in page.images)
    return covered >= 0.5 * area and len(words) < SCAN_MAX_WORDS


def _limit_note(page_obj: Any, number: int) -> str:
    """Why a page is too much to read (counted before any parser runs it), or ""."""
    size, draws = page_work(page_obj)
    if draws > MAX_FORM_DRAWS:
        return (
            f"page {number} was skipped: it draws more than {MAX_FORM_DRAWS:,} {SKIPPED}, "
            "a file built to exhaust readers"
        )
    if size > MAX_PAGE_CONTENT:
        return (
            f"page {number} was skipped: its drawing instructions exceed "
            f"{MAX_PAGE_CONTENT >> 10} KB, far more than a page of a filing holds"
        )
    return ""


def extract_page(page: Any, number: int, ocr_scans: bool = False, source: Any = None) -> RawPage:
    """Words, rules and image presence of one page; closes the pdfplumber page.

    The page's drawing size is checked first (pdfminer's objects, nothing interpreted).
    With a ``source`` whose engine is pdfium, pypdfium2 reads the page unless it needs
    pdfplumber. With ``ocr_scans``, a page that looks scanned is also read by OCR right
    away, so that OCR runs in the worker processes alongside extraction.
    """
    try:
        width, height = float(page.width), float(page.height)
        note = _limit_note(page.page_obj, number)
        if note:
            return RawPage(number, width, height, (), note=note)
        if source is not None and source.engine == "pdfium":
            from lawdiff.ingest.pdf_fast import read_fast_page

            fast = read_fast_page(source, number - 1, ocr_scans, MAX_PAGE_CHARS)
            if fast is not None:
                return fast
        count = len(page.chars)
        if count > MAX_PAGE_CHARS:
            note = f"page {number} was skipped: {count:,} characters is not a page of a filing"
            return RawPage(number, width, height, (), note=note)
        rules = _rules(page)
        words = _words(page, rules)
        scan = recognise_words(page) if ocr_scans and likely_scan(page, words) else None
        unmapped = sum(w.text.count("(cid:") for w in words)
        return RawPage(
            number,
            width,
            height,
            words,
            rules,
            bool(page.images),
            scan=scan,
            unmapped=unmapped,
        )
    except Exception as error:  # a broken content stream spoils one page, not the file
        return RawPage(number, 612.0, 792.0, (), note=f"page {number} could not be read ({error})")
    finally:
        page.close()


def extract_pages(pdf: Any, indices: Sequence[int]) -> list[RawPage]:
    """Extract the pages at ``indices`` (0-based) of an open :class:`PdfSource`."""
    return [extract_page(pdf.pages[i], i + 1, source=pdf) for i in indices]


def extract_pages_with_ocr(pdf: Any, indices: Sequence[int]) -> list[RawPage]:
    """Like :func:`extract_pages`, reading likely scans by OCR as well."""
    return [extract_page(pdf.pages[i], i + 1, ocr_scans=True, source=pdf) for i in indices]


def ocr_pages(pdf: Any, indices: Sequence[int]) -> list[RawPage]:
    """OCR the pages at ``indices`` (0-based), rendered by the source's engine."""
    if pdf.engine == "pdfium":
        from lawdiff.ingest.pdf_fast import ocr_fast_page

        return [ocr_fast_page(pdf, i) for i in indices]
    return [ocr_page(pdf.pages[i], i + 1) for i in indices]


# ---------------------------------------------------------------------------- processes

_WORKER_PDF: Any = None
_IN_WORKER = False  # true in a pool's worker: a file read there is read in that process
_CHANNEL: Any = None  # in a worker: where it tells the parent how far it is, if anywhere


def _worker_open(path: str = "", engine: str = "pdfplumber", channel: Any = None) -> None:
    global _WORKER_PDF, _IN_WORKER, _CHANNEL  # one open document per worker, reused by tasks
    # What a forked worker inherits (a GUI's whole case, say) lives as long as it does: its
    # collections need not walk it again and again (nor touch, and so copy, its pages).
    gc.freeze()
    _IN_WORKER = True
    _WORKER_PDF = PdfSource(Path(path), engine) if path else None
    _CHANNEL = channel


def worker_channel() -> Any:
    """In a worker of a pool made with a ``channel`` (see :func:`new_pool`): that queue."""
    return _CHANNEL


def in_worker() -> bool:
    """Whether this process is a pool's worker (which must not start workers of its own)."""
    return _IN_WORKER


def worker_source(path: Path, engine: str) -> PdfSource:
    """The worker's open document for ``path``; the one it held before is closed.

    A docket's workers read many files, one at a time, so each holds one document open.
    """
    global _WORKER_PDF
    held: PdfSource | None = _WORKER_PDF
    if held is not None and held.path == path and held.engine == engine:
        return held
    if held is not None:
        held.close()
    source = _WORKER_PDF = PdfSource(path, engine)
    return source


def _worker_call(task: Callable[[Any, list[int]], list[RawPage]], indices: list[int]) -> Any:
    return task(_WORKER_PDF, indices)


def pages_of(
    path: Path, engine: str, task: Callable[[Any, list[int]], list[RawPage]], indices: list[int]
) -> list[RawPage]:
    """Run ``task`` on pages of ``path`` in a worker of a pool shared by many files."""
    return task(worker_source(path, engine), indices)


def chunks(count: int, size: int) -> list[list[int]]:
    """Page indices ``0..count-1`` in consecutive chunks of ``size``."""
    return [list(range(start, min(start + size, count))) for start in range(0, count, size)]


def start_method() -> str:
    """Fork when this process runs one thread (cheap); spawn otherwise, because the GUI
    reads from a worker thread and forking a threaded process can deadlock."""
    return "fork" if threading.active_count() == 1 and sys.platform == "linux" else "spawn"


def new_pool(
    path: Path | None, engine: str, workers: int, channel: Any = None
) -> ProcessPoolExecutor:
    """Worker processes that each hold ``path`` open, or (``path`` None) any file a task
    names (:func:`pages_of`); ``channel``, a queue of :func:`pool_context`, reaches them
    as :func:`worker_channel`."""
    context = pool_context()
    if engine == "pdfium":
        # Loaded once here, a forked worker starts with it (else each pays ~40 ms).
        import lawdiff.ingest.pdfium_pages  # noqa: F401
    args = (str(path) if path is not None else "", engine, channel)
    return ProcessPoolExecutor(workers, context, initializer=_worker_open, initargs=args)


def pool_context() -> Any:
    """The multiprocessing context pools are made in (see :func:`start_method`)."""
    return multiprocessing.get_context(start_method())


@contextmanager
def worker_pool(
    path: Path | None, engine: str = "pdfplumber", workers: int = WORKERS
) -> Iterator[ProcessPoolExecutor]:
    """Worker processes (see :func:`new_pool`), shut down when the block ends."""
    pool = new_pool(path, engine, workers)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def kill_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool's processes now, whatever they are doing (a stuck page never returns)."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def _run_in_pool(
    pool: ProcessPoolExecutor,
    task: Callable[[Any, list[int]], list[RawPage]],
    groups: Sequence[list[int]],
    on_done: Callable[[list[RawPage]], None],
    seconds_per_page: float,
) -> list[RawPage]:
    """Groups in the pool, results in order; a pool that finishes nothing in time is killed."""
    futures = [pool.submit(_worker_call, task, group) for group in groups]
    limit = seconds_per_page * max(map(len, groups), default=1)
    pending = set(futures)
    results: list[RawPage] = []
    for index, future in enumerate(futures):
        while not future.done():
            done, pending = wait(pending, timeout=limit, return_when=FIRST_COMPLETED)
            if not done:
                kill_workers(pool)
                raise PageTimeout(groups[index][0] + 1, groups[index][-1] + 1, limit)
        pages = future.result()
        on_done(pages)
        results.extend(pages)
    return results


def run_chunked(
    pool: ProcessPoolExecutor | None,
    pdf: Any,
    task: Callable[[Any, list[int]], list[RawPage]],
    groups: Sequence[list[int]],
    on_done: Callable[[list[RawPage]], None],
    seconds_per_page: float = PAGE_SECONDS,
) -> list[RawPage]:
    """Run ``task`` over each group of page indices, in the pool when there is one.

    ``on_done`` gets each group's pages in order (for progress) and may raise to stop.

    Raises:
        PageTimeout: in the pool, no group finished within ``seconds_per_page`` times the
            group size (the workers are killed; the pool cannot be used again).
    """
    if pool is not None:
        return _run_in_pool(pool, task, groups, on_done, seconds_per_page)
    results: list[RawPage] = []
    for group in groups:
        pages = task(pdf, group)
        on_done(pages)
        results.extend(pages)
    return results


def page_progress(progress: Progress, total: int, verb: str) -> Callable[[list[RawPage]], None]:
    """An ``on_done`` callback that reports one call per page ("Reading page 3 of 87")."""
    done = 0

    def report(pages: list[RawPage]) -> None:
        nonlocal done
        for page in pages:
            done += 1
            progress(done, total, f"{verb} page {page.number} of {total}")

    return report
