"""Pages the fast path hands to pdfplumber, in a file whose other pages pdfium reads.

The fixture reproduces what broke the Finjan opposition (dkt562) on the fast path before
the route existed: a font whose ToUnicode map reads one glyph as two letters ("fr").
pdfium returns two characters at the glyph's origin, each with a width of its own, so the
words around them split ("brooks@fr om.com") and a margin number joins the text;
pdfminer keeps the glyph as one character "fr".
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from lawdiff.ingest.pdf import _words
from lawdiff.ingest.pdf_filing import read_pdf
from lawdiff.ingest.pdfium_pages import open_document, read_page
from tests.badfiles import raw_pdf_bytes

# The code of "W" draws one glyph that the ToUnicode map reads as the two letters "fr".
TWO_LETTER_CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfchar <57> <00660072> endbfchar
2 beginbfrange <20> <56> <0020> <58> <7E> <0058> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""
SPLIT_LINES = ("counsel at brooks@Wom.com", "a Wiend of the court", "the Wee Wame of Wance")
LINES = 12  # per page, numbered down the margin
# Distinct first words (no "W"): a line repeated across pages would be a header.
WORDS = [a + b for a in "bcdgkmpst" for b in ("ane", "ole", "ist", "urn", "ard", "eck")]


def _lines(page: int, special: tuple[str, ...] = ()) -> tuple[str, ...]:
    plain = [
        f"{WORDS[page * LINES + n]} is argued in the motion" for n in range(len(special), LINES)
    ]
    return (*special, *plain)


def _content(lines: tuple[str, ...]) -> bytes:
    """Numbered lines, the number in the left margin as on pleading paper."""
    shown = "".join(
        f"1 0 0 1 50 {700 - 24 * i} Tm ({i + 1}) Tj 1 0 0 1 100 {700 - 24 * i} Tm ({text}) Tj\n"
        for i, text in enumerate(lines)
    )
    return f"BT /F1 12 Tf\n{shown}ET".encode()


def _widths() -> bytes:
    """Helvetica's widths, but "W" narrower than its ink.

    pdfium then measures "f" and "r" by the font's widths of those letters, which end
    short of the next glyph: the gap that splits words on the fast path.
    """
    widths = [
        700 if code == 0x57 else round(stringWidth(chr(code), "Helvetica", 1000))
        for code in range(32, 127)
    ]
    return " ".join(map(str, widths)).encode()


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def mixed_route_pdf(path: Path) -> Path:
    """Three pages: plain, two-letter glyphs (read by pdfplumber), plain again."""
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R 6 0 R 7 0 R] /Count 3 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        b"/FirstChar 32 /LastChar 126 /Widths [%s] /ToUnicode 4 0 R >>" % _widths(),
        _stream(TWO_LETTER_CMAP),
        page % 8,
        page % 9,
        page % 10,
        _stream(_content(_lines(1))),
        _stream(_content(_lines(2, SPLIT_LINES))),
        _stream(_content(_lines(3))),
    ]
    path.write_bytes(raw_pdf_bytes(objects))
    return path


@pytest.fixture
def mixed_pdf(tmp_path: Path) -> Path:
    return mixed_route_pdf(tmp_path / "order.pdf")


def test_pdfium_splits_the_glyph_and_the_page_goes_to_pdfplumber(mixed_pdf: Path) -> None:
    document = open_document(mixed_pdf)
    try:
        split, plain = read_page(document, 1), read_page(document, 0)
    finally:
        document.close()
    # What the route guards against: "f" and "r" start at the same point in pdfium.
    f, r = next((a, b) for a, b in pairwise(split.chars) if a.text + b.text == "fr")
    assert f.x0 == r.x0
    assert split.needs_plumber
    assert not plain.needs_plumber
    with pdfplumber.open(mixed_pdf) as pdf:
        assert "friend" in [w.text for w in _words(pdf.pages[1])]


def test_a_file_mixing_both_routes_reads_as_pdfplumber_reads_it(mixed_pdf: Path) -> None:
    fast = read_pdf(mixed_pdf, lambda *_: None, ocr=False, engine="pdfium")
    old = read_pdf(mixed_pdf, lambda *_: None, ocr=False, engine="pdfplumber")
    assert [p.number for p in fast.pages] == [1, 2, 3]
    assert [p.text for p in fast.pages] == [p.text for p in old.pages]
    for page, same in zip(fast.pages, old.pages, strict=True):
        numbers = [ln.number for ln in page.lines]
        assert numbers == [ln.number for ln in same.lines], f"page {page.number}"
        assert numbers == sorted(numbers) and len(numbers) == LINES, f"page {page.number}"
    assert fast.pages[1].text.split("\n")[:3] == [
        "counsel at brooks@from.com",
        "a friend of the court",
        "the free frame of france",
    ]
