"""Per-page limits: a hostile page is skipped with a warning, a stuck worker is killed in time."""

from __future__ import annotations

import time
import zlib
from pathlib import Path
from typing import Any

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.ingest import load_filing, pdf, pdf_filing
from lawdiff.ingest.layout import RawPage
from lawdiff.ingest.pdf import PageTimeout, open_pdf, run_chunked, worker_pool
from lawdiff.ingest.pdf_limits import MAX_PAGE_CONTENT, page_content_size, page_work
from tests.badfiles import raw_pdf_bytes

TEXT_PAGE = b"BT /F1 12 Tf 72 400 Td (An ordinary line of text.) Tj ET"


def text_page(number: int) -> bytes:
    """A page whose one body line differs from every other page's (not a running header)."""
    word = (b"alpha", b"bravo", b"charlie", b"delta")[number % 4]
    return b"BT /F1 12 Tf 72 400 Td (The %s argument fails.) Tj ET" % word


def raw_pdf(path: Path, contents: list[bytes]) -> Path:
    """A PDF with one page per (FlateDecode) content stream, Helvetica as /F1."""
    count = len(contents)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index, content in enumerate(contents):
        stream = zlib.compress(content)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * index)
        )
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream"
        )
    path.write_bytes(raw_pdf_bytes(objects))
    return path


@pytest.mark.parametrize(
    ("content", "too_big"),
    [
        (TEXT_PAGE, False),
        (b"q Q " * (MAX_PAGE_CONTENT // 4), False),
        (b"q Q " * (MAX_PAGE_CONTENT // 4 + 1), True),
        (b"q Q " * (16 * MAX_PAGE_CONTENT // 4), True),
    ],
    ids=["text", "at-limit", "over-limit", "bomb"],
)
def test_page_content_size_is_capped(tmp_path: Path, content: bytes, too_big: bool) -> None:
    pdf = open_pdf(raw_pdf(tmp_path / "a.pdf", [content]))
    try:
        size = page_content_size(pdf.pages[0].page_obj)
    finally:
        pdf.close()
    assert (size > MAX_PAGE_CONTENT) is too_big
    assert size == min(len(content), MAX_PAGE_CONTENT + 1)


def test_hostile_page_is_skipped_and_named(tmp_path: Path) -> None:
    bomb = b"q Q " * (8 * MAX_PAGE_CONTENT // 4)
    path = raw_pdf(tmp_path / "mixed.pdf", [text_page(1), bomb, text_page(3)])
    start = time.perf_counter()
    filing = load_filing(path)
    assert time.perf_counter() - start < 10
    assert [bool(p.text.strip()) for p in filing.pages] == [True, False, True]
    assert any(w.startswith("page 2 was skipped") for w in filing.warnings), filing.warnings


def _stuck(pdf: Any, indices: list[int]) -> list[RawPage]:
    time.sleep(60)
    return []


@pytest.fixture
def forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork the page workers whatever threads earlier tests left behind.

    A spawned worker cannot import ``_stuck`` from this test module; the pool would break
    and the reader fall back to reading in this process, so nothing would ever be stuck.
    """
    monkeypatch.setattr(pdf.threading, "active_count", lambda: 1)


@pytest.mark.usefixtures("forked_workers")
def test_stuck_worker_is_killed_in_time(tmp_path: Path) -> None:
    path = raw_pdf(tmp_path / "ok.pdf", [TEXT_PAGE] * 3)
    start = time.perf_counter()
    expected = "pages 1 to 2 could not be read within 1 seconds"
    with pytest.raises(PageTimeout, match=expected), worker_pool(path) as pool:
        run_chunked(pool, None, _stuck, [[0, 1], [2]], lambda _: None, 0.5)
    assert time.perf_counter() - start < 10


@pytest.mark.usefixtures("forked_workers")
def test_stuck_file_is_a_known_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = raw_pdf(tmp_path / "stuck.pdf", [TEXT_PAGE] * 3)
    monkeypatch.setattr(pdf_filing, "PARALLEL_FROM", 1)
    monkeypatch.setattr(pdf_filing, "extract_pages", _stuck)
    monkeypatch.setattr(pdf_filing, "extract_pages_with_ocr", _stuck)
    monkeypatch.setattr(pdf_filing, "PAGE_SECONDS", 0.5)
    with pytest.raises(KnownError, match=r"^stuck\.pdf: pages 1 to 3 could not be read"):
        load_filing(path)


def test_nested_forms_are_counted_each_time_they_are_drawn(tmp_path: Path) -> None:
    from tests.robustness.hostile import nested_forms_pdf

    pdf = open_pdf(nested_forms_pdf(tmp_path / "forms.pdf", times=60))
    try:
        size, draws = page_work(pdf.pages[0].page_obj)
    finally:
        pdf.close()
    assert draws == 60 * (1 + 60)  # A 60 times, and B 60 times within each A
    assert size > 60 * 60 * 8  # B's eight bytes of operators, 3,600 times


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_form_bomb_is_refused_quickly_naming_the_file(tmp_path: Path, engine: str) -> None:
    from tests.robustness.hostile import nested_forms_pdf

    path = nested_forms_pdf(tmp_path / "bomb.pdf")
    assert path.stat().st_size < 1500
    start = time.perf_counter()
    with pytest.raises(KnownError, match=r"^bomb\.pdf: was refused: every page draws more than"):
        load_filing(path, engine=engine)
    assert time.perf_counter() - start < 10
