"""A docket read in parallel: the same analyses as one file at a time, crashes and hangs
cost only their own file, one bar, cancel stops the workers."""

from __future__ import annotations

import multiprocessing
import os
import time
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.core.files import file_facts
from lawdiff.core.model import Analysis, Filing
from lawdiff.core.progress import Cancelled
from lawdiff.ingest import docket_read, pdf
from lawdiff.ingest.docket_read import CRASHED, read_docket
from lawdiff.ingest.pdf_ocr import tesseract_available
from lawdiff.pipeline import analyze_as, analyze_file
from tests.robustness.hostile import nested_forms_pdf
from tests.unit.ingest.test_ingest_pdf import pleading_pdf

TEXT = "MOTION TO DISMISS\n\nI. ARGUMENT\n\n1. The complaint fails to state a claim.\n\n"


@pytest.fixture(autouse=True)
def forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork the workers whatever threads earlier tests left behind, so that they can run
    this module's crashing and hanging analyses."""
    monkeypatch.setattr(pdf.threading, "active_count", lambda: 1)


def _docket(folder: Path) -> list[Path]:
    pleading_pdf(folder / "short.pdf", 2, scanned=(2,))  # OCR (with Tesseract) in a worker
    pleading_pdf(folder / "long.pdf", 11, scanned=(6,))  # read by pages across the workers
    (folder / "notes.txt").write_text(TEXT, encoding="utf-8")
    (folder / "cut.pdf").write_bytes((folder / "short.pdf").read_bytes()[:500])
    nested_forms_pdf(folder / "bomb.pdf")
    return [folder / n for n in ["short.pdf", "long.pdf", "notes.txt", "cut.pdf", "bomb.pdf"]]


def _one_at_a_time(path: Path) -> Analysis | str:
    try:
        return analyze_file(path)
    except KnownError as error:
        return error.message


def test_parallel_reading_gives_what_one_file_at_a_time_gives(tmp_path: Path) -> None:
    paths = _docket(tmp_path)
    calls: list[tuple[int, int, str]] = []
    found = read_docket(
        [(p, file_facts(p)) for p in paths],
        analyze_as,
        workers=2,
        progress=lambda d, t, m: calls.append((d, t, m)),
    )
    got = [r.message if isinstance(r, KnownError) else r for r in found]
    assert got == [_one_at_a_time(p) for p in paths]
    assert isinstance(got[1], Analysis) and len(got[1].filing.pages) == 11
    if tesseract_available():
        assert any("recognised by OCR" in w for w in got[1].filing.warnings)
        assert "hello" in got[0].filing.pages[1].text.lower()  # type: ignore[union-attr]
    assert got[3] == "cut.pdf: is truncated (the end of the PDF is missing); download it again"
    assert isinstance(got[4], str) and got[4].startswith("bomb.pdf: was refused: every page")
    done = [c[0] for c in calls]
    assert done == sorted(done) and done[-1] == 1000 and {c[1] for c in calls} == {1000}
    assert any("long.pdf (page " in c[2] for c in calls), calls


def test_a_small_pdf_reports_each_page_as_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_page = pdf.extract_page

    def slowly(*args: Any, **kwargs: Any) -> Any:  # the forked worker reads this way too
        time.sleep(0.3)
        return read_page(*args, **kwargs)

    monkeypatch.setattr(pdf, "extract_page", slowly)
    path = tmp_path / "short.pdf"
    pleading_pdf(path, 5)  # fewer pages than PARALLEL_FROM: one worker reads it whole
    calls: list[tuple[int, str]] = []
    found = read_docket(
        [(path, file_facts(path))],
        analyze_as,
        ocr=False,
        workers=1,
        progress=lambda d, t, m: calls.append((d, m)),
    )
    assert isinstance(found[0], Analysis) and len(found[0].filing.pages) == 5
    pages = {m for _, m in calls if "Reading short.pdf (page " in m}
    assert len(pages) >= 3, calls  # told page by page, not only once read
    assert any(0 < d < 900 for d, _ in calls), calls  # the bar moves while it is read


def crash_on_marked(filing: Filing) -> Analysis:
    """An analysis whose process dies on a file named ``crash…`` (a reader's crash)."""
    if filing.source_name.startswith("crash"):
        os._exit(3)
    return analyze_as(filing)


def hang_on_marked(filing: Filing) -> Analysis:
    """An analysis that never ends on a file named ``hang…`` (a reader stuck on it)."""
    if filing.source_name.startswith("hang"):
        time.sleep(120)
    return analyze_as(filing)


def _text_files(folder: Path, names: list[str]) -> list[tuple[Path, object]]:
    paths = [folder / name for name in names]
    for path in paths:
        path.write_text(TEXT + path.stem, encoding="utf-8")
    return [(p, file_facts(p)) for p in paths]


def test_a_crashing_worker_refuses_only_its_file(tmp_path: Path) -> None:
    files = _text_files(tmp_path, ["a.txt", "crash.txt", "b.txt", "c.txt", "d.txt"])
    found = read_docket(files, crash_on_marked, workers=2)  # type: ignore[arg-type]
    assert [type(r).__name__ for r in found] == [
        "Analysis",
        "KnownError",
        "Analysis",
        "Analysis",
        "Analysis",
    ]
    assert str(found[1]) == f"crash.txt: {CRASHED}"


def test_a_file_that_hangs_is_refused_in_time_and_the_rest_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docket_read, "PAGE_SECONDS", 0.5)  # a small file: 8 x 0.5 s
    files = _text_files(tmp_path, ["a.txt", "hang.txt", "b.txt", "c.txt"])
    start = time.perf_counter()
    found = read_docket(files, hang_on_marked, ocr=False, workers=2)  # type: ignore[arg-type]
    assert time.perf_counter() - start < 30
    assert [isinstance(r, Analysis) for r in found] == [True, False, True, True]
    assert str(found[1]) == (
        "hang.txt: could not be read within 4 seconds; "
        "the file may be damaged or built to hang readers"
    )


def test_cancel_stops_the_workers_at_once(tmp_path: Path) -> None:
    files = _text_files(tmp_path, ["a.txt", "hang1.txt", "hang2.txt"])
    ticks = 0

    def cancel_soon(done: int, total: int, message: str) -> None:
        nonlocal ticks
        ticks += 1
        if ticks == 5:
            raise Cancelled

    start = time.perf_counter()
    with pytest.raises(Cancelled):
        read_docket(files, hang_on_marked, progress=cancel_soon, workers=2)  # type: ignore[arg-type]
    assert time.perf_counter() - start < 15
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert multiprocessing.active_children() == []


def test_the_role_given_reaches_the_workers(tmp_path: Path) -> None:
    from lawdiff.core.model import Role

    files = _text_files(tmp_path, ["a.txt", "b.txt"])
    found = read_docket(files, partial(analyze_as, role=Role.COMPLAINT), workers=2)  # type: ignore[arg-type]
    assert [r.filing.meta.role for r in found if isinstance(r, Analysis)] == [Role.COMPLAINT] * 2
