"""A docket's files read in parallel: one pool of watched workers, several files at a time.

A small file (fewer than :data:`~lawdiff.ingest.pdf.PARALLEL_FROM` pages, or a DOCX or text
file) is read and analysed whole by one worker, which tells this process each page it has
read; a long PDF's pages are read in groups by all workers, then one worker cleans, OCRs
what needs it and analyses the file. At most one
task per worker is out at a time, so memory stays flat and every task can be watched: a
task that takes longer than its pages may take gets its file refused (the workers are
killed and the others' tasks run again), and a worker that dies takes only its own file
with it (the tasks it shared the pool with run again one at a time to find out whose it
was). The caller stores the analyses itself (this module knows nothing of cases).
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from lawdiff.core.errors import KnownError
from lawdiff.core.files import FileFacts
from lawdiff.core.model import Filing
from lawdiff.core.progress import Progress, no_progress
from lawdiff.ingest.layout import RawPage
from lawdiff.ingest.load import filing_from_pdf, load_filing
from lawdiff.ingest.pdf import (
    PAGE_SECONDS,
    PARALLEL_FROM,
    chunks,
    default_engine,
    kill_workers,
    new_pool,
    open_pdf,
    pages_of,
    pool_context,
    worker_channel,
    worker_source,
)
from lawdiff.ingest.pdf_filing import CHUNK, OCR_SECONDS, finish_pdf, page_task
from lawdiff.ingest.pdf_ocr import tesseract_available
from lawdiff.ingest.sniff import sniff

T = TypeVar("T")
MAX_WORKERS = 4  # a worker holds up to ~150 MB: four keep a docket's import under 1 GB
TICK = 0.2  # seconds between progress reports (chances to cancel) while workers read
READ_SHARE = 0.9  # of a long file's bar: its pages; the rest is its analysis
CRASHED = "made the PDF reader crash; the file may be damaged or built to crash readers"


def docket_workers() -> int:
    """Worker processes for a docket: one per core this process may use, at most four."""
    affinity = getattr(os, "sched_getaffinity", None)
    cores = len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)
    return max(1, min(MAX_WORKERS, cores))


# ---------------------------------------------------------------------------- in a worker


def read_whole(
    key: int,
    path: Path,
    facts: FileFacts,
    engine: str,
    ocr: bool,
    analyse: Callable[[Filing], T],
) -> tuple[str, Any]:
    """A small file's analysis ``("done", …)``, ``("long", pages)`` for a PDF to read by
    pages, or ``("refused", why)``. Each page read is told to the parent as ``(key, pages
    read, pages)`` through the worker's channel."""
    try:
        if sniff(path, facts.head) == "pdf":
            pdf = open_pdf(path, engine)
            count = len(pdf.pages)
            pdf.close()
            if count >= PARALLEL_FROM:
                return "long", count
        progress = _telling(key)
        filing = load_filing(path, ocr=ocr, facts=facts, engine=engine, progress=progress)
        return "done", analyse(filing)
    except KnownError as error:
        return "refused", error.detail


def _telling(key: int) -> Progress:
    """Progress that tells the parent how many pages of file ``key`` are read."""
    channel = worker_channel()
    if channel is None:
        return no_progress

    def tell(done: int, total: int, message: str) -> None:
        channel.put((key, done, total))

    return tell


def finish_long(
    path: Path,
    sha256: str,
    engine: str,
    raws: list[RawPage],
    ocr: bool,
    analyse: Callable[[Filing], T],
) -> tuple[str, Any]:
    """A long PDF's pages, read by the pool, cleaned (OCR where needed) and analysed."""
    try:
        result = finish_pdf(path, worker_source(path, engine), raws, ocr)
        return "done", analyse(filing_from_pdf(path, sha256, result))
    except KnownError as error:
        return "refused", error.detail


# ---------------------------------------------------------------------------- in this process


@dataclass
class _File:
    """One file of the docket and how far it has come."""

    path: Path
    facts: FileFacts
    pages: int = 0  # a long PDF's page count, once a worker counted them
    raws: dict[int, RawPage] = field(default_factory=dict)  # its pages read so far
    result: Any = None  # the analysis, or a KnownError
    done: bool = False
    read: tuple[int, int] = (0, 0)  # a small file's pages read and pages, as its worker says

    def share(self) -> float:
        """How much of it is read, 0 to 1."""
        if self.done:
            return 1.0
        if self.pages:
            return READ_SHARE * len(self.raws) / self.pages
        done, total = self.read
        return READ_SHARE * done / total if total else 0.0


@dataclass(frozen=True)
class _Task:
    """One call for a worker, with the time it may take."""

    file: _File
    call: Callable[..., Any]
    args: tuple[Any, ...]
    seconds: float
    what: str  # what could not be read when it takes too long ("pages 5 to 8 ")
    alone: bool = False  # run with no other task (it shared a pool that crashed)


@dataclass(frozen=True)
class _Settings(Generic[T]):
    analyse: Callable[[Filing], T]
    engine: str
    ocr: bool  # OCR is asked for (the warnings say so when it cannot run)
    ocr_runs: bool  # OCR is asked for and Tesseract can run: pages may take longer
    workers: int


class _Reader(Generic[T]):
    """The loop that hands out tasks, collects results and watches the workers."""

    def __init__(
        self,
        files: list[_File],
        settings: _Settings[T],
        progress: Progress,
        on_read: Callable[[Path, Any], None],
    ) -> None:
        self.files, self.settings, self.progress = files, settings, progress
        self.on_read = on_read
        self.queue: deque[_Task] = deque(self._whole(n, f) for n, f in enumerate(files))
        self.running: dict[Future[Any], tuple[_Task, float]] = {}
        self.channel: Any = None  # the workers' reports of pages read (small files)
        self.pool: ProcessPoolExecutor = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        """Workers with a channel of their own (a killed worker may leave one unusable)."""
        self.channel = pool_context().SimpleQueue()
        return new_pool(None, self.settings.engine, self.settings.workers, self.channel)

    def run(self) -> None:
        try:
            while self.queue or self.running:
                self._submit()
                self._report()  # what was just handed out, so each long file is named
                self._wait()
                self._report()
        except BaseException:
            kill_workers(self.pool)  # cancelled (or a bug): stop now, not after their pages
            raise
        self.pool.shutdown(wait=True)

    # -------------------------------------------------------------- tasks

    def _whole(self, key: int, file: _File) -> _Task:
        s = self.settings
        seconds = PARALLEL_FROM * (OCR_SECONDS if s.ocr_runs else PAGE_SECONDS)
        args = (key, file.path, file.facts, s.engine, s.ocr, s.analyse)
        return _Task(file, read_whole, args, seconds, "")

    def _page_tasks(self, file: _File) -> list[_Task]:
        s = self.settings
        task = page_task(s.ocr)
        found = []
        for group in chunks(file.pages, CHUNK):
            first, last = group[0] + 1, group[-1] + 1
            what = f"page {first} " if first == last else f"pages {first} to {last} "
            args = (file.path, s.engine, task, group)
            found.append(_Task(file, pages_of, args, PAGE_SECONDS * len(group), what))
        return found

    def _finish(self, file: _File) -> _Task:
        s = self.settings
        raws = [file.raws[n] for n in range(1, file.pages + 1)]
        seconds = file.pages * (OCR_SECONDS if s.ocr_runs else PAGE_SECONDS)
        args = (file.path, file.facts.sha256, s.engine, raws, s.ocr, s.analyse)
        return _Task(file, finish_long, args, seconds, "")

    def _first(self, tasks: Sequence[_Task]) -> None:
        """Put ``tasks`` at the head of the queue: a file begun is finished first."""
        self.queue.extendleft(reversed(tasks))

    # -------------------------------------------------------------- the loop

    def _submit(self) -> None:
        while self.queue and len(self.running) < self.settings.workers:
            task = self.queue[0]
            if task.file.done:
                self.queue.popleft()
                continue
            if self.running and (task.alone or any(t.alone for t, _ in self.running.values())):
                return
            self.queue.popleft()
            future = self.pool.submit(task.call, *task.args)
            self.running[future] = (task, time.monotonic() + task.seconds)

    def _wait(self) -> None:
        done, _ = wait(self.running, timeout=TICK, return_when=FIRST_COMPLETED)
        crashed = False
        for future in done:
            if isinstance(future.exception(), BrokenProcessPool):
                crashed = True
                continue
            task, _deadline = self.running.pop(future)
            self._collect(task, future.result())
        if crashed:
            self._after_crash()
        else:
            self._expire()

    def _collect(self, task: _Task, value: Any) -> None:
        file = task.file
        if file.done:  # refused meanwhile (another of its tasks took too long)
            return
        if task.call is pages_of:
            file.raws.update((raw.number, raw) for raw in value)
            if len(file.raws) == file.pages:
                self._first([self._finish(file)])
            return
        status, payload = value
        if status == "long":
            file.pages = payload
            self._first(self._page_tasks(file))
        elif status == "refused":
            self._refuse(file, payload)
        else:
            self._done(file, payload)

    def _refuse(self, file: _File, why: str) -> None:
        self._done(file, KnownError(why, file.path))

    def _done(self, file: _File, result: Any) -> None:
        file.result, file.done, file.raws = result, True, {}
        self.on_read(file.path, result)

    def _restart(self) -> list[_Task]:
        """Kill the workers, start new ones; the tasks that were out."""
        lost = [task for task, _ in self.running.values()]
        self.running.clear()
        kill_workers(self.pool)
        self.pool = self._new_pool()
        return lost

    def _after_crash(self) -> None:
        """A worker died: whose task killed it is found by running each again alone."""
        for task in self._restart():
            if task.alone:
                self._refuse(task.file, CRASHED)
            else:
                self._first([replace(task, alone=True)])

    def _expire(self) -> None:
        now = time.monotonic()
        if all(now <= deadline for _, deadline in self.running.values()):
            return
        late = {id(t) for t, deadline in self.running.values() if now > deadline}
        for task in self._restart():
            if id(task) in late:
                why = (
                    f"{task.what}could not be read within {task.seconds:.0f} seconds; "
                    "the file may be damaged or built to hang readers"
                )
                self._refuse(task.file, why)
            else:
                self._first([task])

    def _heard(self) -> None:
        """Take in what the workers said of the small files they are reading."""
        while not self.channel.empty():
            key, done, total = self.channel.get()
            file = self.files[key]
            if not file.done and total:  # OCR after reading counts again from page 1
                file.read = (max(done, file.read[0]), total)

    def _report(self) -> None:
        self._heard()
        count = len(self.files)
        share = sum(f.share() for f in self.files) / count
        finished = sum(f.done for f in self.files)
        # A long file first: its page count is the progress worth reading.
        busy = sorted((t.file for t, _ in self.running.values()), key=lambda f: not f.pages)
        now = f"Reading {busy[0].path.name}" + _pages(busy[0]) + ", " if busy else ""
        self.progress(round(1000 * share), 1000, f"{now}{finished} of {count} files read")


def _pages(file: _File) -> str:
    """How far a file is: " (page 40 of 87)", " (87 pages)" before any is in."""
    if not file.pages:
        done, total = file.read
        return f" (page {done} of {total})" if total else ""
    return f" (page {len(file.raws)} of {file.pages})" if file.raws else f" ({file.pages} pages)"


def _ignore(path: Path, result: object) -> None:
    """No use for a file read as it comes."""


def read_docket(
    files: Sequence[tuple[Path, FileFacts]],
    analyse: Callable[[Filing], T],
    *,
    progress: Progress = no_progress,
    ocr: bool = True,
    workers: int | None = None,
    on_read: Callable[[Path, T | KnownError], None] | None = None,
) -> list[T | KnownError]:
    """Read and analyse PDF, DOCX and text files in worker processes, several at a time.

    Args:
        files: each file with its head and hash (read by the caller).
        analyse: what to make of each loaded filing (runs in the workers; a module-level
            function or a ``functools.partial`` of one, so that it can be pickled).
        progress: one bar for the whole docket (0 to 1000), about five times a second;
            may raise ``Cancelled``, which stops the workers at once.
        ocr: recognise image-only pages when Tesseract is installed (in the same workers).
        workers: processes (default :func:`docket_workers`).
        on_read: called here as each file is read (or refused), in the order they finish,
            while the workers go on with the others (to store it); may raise to stop.

    Returns:
        For each file in the order given, its analysis or the :class:`KnownError` that
        refused it (one line naming the file).
    """
    if not files:
        return []
    settings = _Settings(
        analyse,
        default_engine(),
        ocr,
        ocr and tesseract_available(),
        max(1, workers or docket_workers()),
    )
    state = [_File(path, facts) for path, facts in files]
    _Reader(state, settings, progress, on_read or _ignore).run()
    return [f.result for f in state]
