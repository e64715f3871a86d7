"""PDF import end to end on generated pleading-paper files: cleaning, progress, scans."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lawdiff.core.errors import KnownError
from lawdiff.core.progress import Cancelled
from lawdiff.ingest import load_filing, pdf_filing
from lawdiff.ingest.pdf_ocr import tesseract_available

WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india")


def pleading_pdf(path: Path, pages: int, scanned: tuple[int, ...] = ()) -> None:
    """Pleading paper: ECF stamp, numbers 1-28, body lines, a repeating footer."""
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 11)
        pdf.drawString(
            60, 770, f"Case 1:21-cv-00042-ABC Document 7 Filed 03/04/21 Page {number} of {pages}"
        )
        if number in scanned:
            pdf.drawImage(ImageReader(scan_image()), 0, 0, 612, 760)
        else:
            pdf.setFont("Times-Roman", 12)
            for line in range(1, 29):
                pdf.drawRightString(86, 740 - 24 * line, str(line))
            for line in range(1, 6):
                word = WORDS[(number + line) % len(WORDS)]
                pdf.drawString(104, 740 - 24 * line, f"Body {word} sentence {line} here.")
        pdf.setFont("Times-Roman", 9)
        pdf.drawString(250, 40, f"DEFENDANT'S MOTION TO DISMISS - {number}")
        pdf.showPage()
    pdf.save()


def scan_image() -> Image.Image:
    image = Image.new("L", (1224, 1520), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    for row, text in enumerate(["The scanned page says hello", "Recognised words appear"]):
        draw.text((200, 300 + 80 * row), text, fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return Image.open(buffer)


def test_pleading_paper_is_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "motion.pdf"
    pleading_pdf(path, 3)
    filing = load_filing(path)
    assert filing.kind == "pdf"
    for page in filing.pages:
        rows = page.text.split("\n")
        assert len(rows) == 5
        assert all(row.startswith("Body ") for row in rows)
        assert [ln.number for ln in page.lines] == [1, 2, 3, 4, 5]
    assert (filing.meta.docket, filing.meta.ecf_number) == ("1:21-cv-00042-ABC", "7")


def test_progress_per_page_and_cancel(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    pleading_pdf(path, 9)  # enough pages for the two worker processes
    calls: list[tuple[int, int, str]] = []
    filing = load_filing(path, progress=lambda d, t, m: calls.append((d, t, m)))
    assert [c[0] for c in calls] == list(range(1, 10))
    assert calls[2][1:] == (9, "Reading page 3 of 9")
    assert len(filing.pages) == 9

    def cancel(done: int, total: int, message: str) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        load_filing(path, progress=cancel)


def test_scanned_page_without_tesseract_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "scan.pdf"
    pleading_pdf(path, 3, scanned=(2,))
    monkeypatch.setattr(pdf_filing, "tesseract_available", lambda: False)
    filing = load_filing(path)
    assert [p.image_only for p in filing.pages] == [False, True, False]
    assert filing.warnings == ("page 2 is an image only and Tesseract is not installed",)
    assert filing.pages[1].text == ""


def test_scanned_page_is_read_by_ocr(tmp_path: Path) -> None:
    if not tesseract_available():
        pytest.skip("Tesseract is not installed")
    path = tmp_path / "scan.pdf"
    pleading_pdf(path, 3, scanned=(2,))
    page = load_filing(path).pages[1]
    assert page.image_only and page.ocr
    assert "scanned page says hello" in page.text
    assert "Document 7" not in page.text


def test_ocr_off(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    pleading_pdf(path, 2, scanned=(1,))
    filing = load_filing(path, ocr=False)
    assert "OCR is off" in filing.warnings[0]


def test_huge_page_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lawdiff.ingest import pdf

    path = tmp_path / "dense.pdf"
    pleading_pdf(path, 2)
    monkeypatch.setattr(pdf, "MAX_PAGE_CHARS", 10)
    filing = load_filing(path)
    assert all("characters is not a page of a filing" in w for w in filing.warnings[:2])


def test_directory_and_missing(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="is a folder"):
        load_filing(tmp_path)
    with pytest.raises(KnownError, match=r"nothing\.pdf: no such file"):
        load_filing(tmp_path / "nothing.pdf")


def _broken_init() -> None:
    raise RuntimeError("worker cannot start")


def test_dead_workers_fall_back_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing
    from collections.abc import Iterator
    from concurrent.futures import ProcessPoolExecutor
    from contextlib import contextmanager

    @contextmanager
    def broken_pool(path: Path, *_: object) -> Iterator[ProcessPoolExecutor]:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(2, context, initializer=_broken_init) as pool:
            yield pool

    monkeypatch.setattr(pdf_filing, "worker_pool", broken_pool)
    path = tmp_path / "long.pdf"
    pleading_pdf(path, 9)
    filing = load_filing(path)
    assert len(filing.pages) == 9
    assert all(page.text.startswith("Body ") for page in filing.pages)
