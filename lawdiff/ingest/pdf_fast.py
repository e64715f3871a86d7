"""The fast text path: pages read by pypdfium2 into the layout's :class:`RawPage` records.

Each page is first measured with pdfminer's objects (:mod:`lawdiff.ingest.pdf_limits`:
how much it draws, forms expanded) so that a hostile page never reaches a parser. A page
that pdfium sees differently from pdfminer (rotated text or page) is read by pdfplumber,
so the words the layout gets are the ones the pdfplumber path would give.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from lawdiff.ingest import pdfium_pages
from lawdiff.ingest.layout import RawPage, Word, looks_doubled
from lawdiff.ingest.pdf_ocr import OCR_DPI, recognise_image
from lawdiff.ingest.pdf_words import Char, dedupe_chars, words_from_chars
from lawdiff.ingest.redline import mark_chars

_UNMAPPED = attrgetter("unmapped")
SCAN_MAX_WORDS = 40  # a scanned page's text layer holds the ECF stamp, little else


def _words(page: pdfium_pages.PdfiumPage) -> tuple[Word, ...]:
    chars: list[Char] = mark_chars(page.chars, page.objects.rules)
    words = words_from_chars(chars)
    if looks_doubled(words, page.width):
        words = words_from_chars(dedupe_chars(chars))
    return tuple(words)


def _likely_scan(page: pdfium_pages.PdfiumPage, words: Sequence[Word]) -> bool:
    covered = page.objects.image_area >= 0.5 * page.width * page.height
    return covered and len(words) < SCAN_MAX_WORDS


def read_fast_page(source: Any, index: int, ocr_scans: bool, max_chars: int) -> RawPage | None:
    """Page ``index`` (0-based) read by pypdfium2, or None when pdfplumber must read it.

    ``source`` is a :class:`lawdiff.ingest.pdf.PdfSource`; the caller has checked the
    page's drawing size.
    """
    number = index + 1
    page = pdfium_pages.read_page(source.pdfium, index)
    if page.needs_plumber:
        return None
    if len(page.chars) > max_chars:
        note = (
            f"page {number} was skipped: {len(page.chars):,} characters is not a page of a filing"
        )
        return RawPage(number, page.width, page.height, (), note=note)
    words = _words(page)
    scan = None
    if ocr_scans and _likely_scan(page, words):
        scan = ocr_fast_words(source, index, page.width)
    objects = page.objects
    unmapped = sum(map(_UNMAPPED, page.chars))
    return RawPage(
        number,
        page.width,
        page.height,
        words,
        objects.rules,
        objects.has_images,
        scan=scan,
        unmapped=unmapped,
    )


def ocr_fast_words(source: Any, index: int, width: float) -> tuple[Word, ...]:
    """OCR words of page ``index`` rendered by pypdfium2 (as pdfplumber renders it)."""
    image = pdfium_pages.render_page(source.pdfium, index, OCR_DPI)
    return recognise_image(image, width)


def ocr_fast_page(source: Any, index: int) -> RawPage:
    """One image-only page read by OCR."""
    width, height = pdfium_pages.page_size(source.pdfium, index)
    words = ocr_fast_words(source, index, width)
    return RawPage(index + 1, width, height, words, has_images=True, ocr=True)
