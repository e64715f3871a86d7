"""OCR of image-only PDF pages with Tesseract (optional: ``pip install lawdiff[ocr]``).

Pages are rendered with pdfplumber and read with pytesseract; the word boxes come back in
PDF points so that :mod:`lawdiff.ingest.layout` crops them like text-layer words.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from typing import Any

from lawdiff.ingest.layout import RawPage, Word

OCR_DPI = 200
MIN_CONFIDENCE = 30.0


def tesseract_available() -> bool:
    """Whether pytesseract is installed and the ``tesseract`` program is on PATH."""
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return shutil.which("tesseract") is not None


def _boxes(data: dict[str, list[Any]], scale: float) -> tuple[Word, ...]:
    words: list[Word] = []
    for index, text in enumerate(data["text"]):
        text = str(text).strip()
        if not text or float(data["conf"][index]) < MIN_CONFIDENCE:
            continue
        left, top = float(data["left"][index]), float(data["top"][index])
        width, height = float(data["width"][index]), float(data["height"][index])
        words.append(
            Word(
                text,
                left * scale,
                (left + width) * scale,
                top * scale,
                (top + height) * scale,
                size=round(height * scale, 1),
            )
        )
    return tuple(words)


def recognise_image(image: Any, page_width: float) -> tuple[Word, ...]:
    """OCR word boxes of a page rendered at :data:`OCR_DPI`, in PDF points."""
    import pytesseract

    # One thread per Tesseract: on 2 cores OpenMP threads make a page 8x slower.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    data = pytesseract.image_to_data(image, output_type=pytesseract.Output.DICT)
    return _boxes(data, page_width / image.width)


def recognise_words(page: Any) -> tuple[Word, ...]:
    """OCR word boxes of a rendered pdfplumber page, in PDF points (the page stays open)."""
    return recognise_image(page.to_image(resolution=OCR_DPI).original, float(page.width))


def ocr_page(page: Any, number: int) -> RawPage:
    """Recognise the text of one rendered page as positioned words; closes the page."""
    try:
        words = recognise_words(page)
        width, height = float(page.width), float(page.height)
        return RawPage(number, width, height, words, has_images=True, ocr=True)
    finally:
        page.close()


def ocr_pages(pdf: Any, indices: Sequence[int]) -> list[RawPage]:
    """OCR the pages at ``indices`` (0-based) of an open pdfplumber document."""
    return [ocr_page(pdf.pages[i], i + 1) for i in indices]
