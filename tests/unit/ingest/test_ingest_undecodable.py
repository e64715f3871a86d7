"""Undecodable text layers: what a font without a Unicode map gives, and what it must not flag."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from lawdiff.ingest import load_filing
from lawdiff.ingest.pdf_ocr import tesseract_available
from lawdiff.ingest.undecodable import undecodable
from tests.badfiles import raw_pdf_bytes

PLAIN = "The court grants the motion in part and denies it in part. " * 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PLAIN, False),
        ("(cid:55)(cid:75)(cid:72)(cid:3)(cid:70)(cid:82)(cid:88)(cid:85)(cid:87)" * 4, True),
        ("7KHFRXUWJUDQWVWKHPRWLRQLQSDUWDQGGHQLHVLWLQSDUW\x13\x11\r\n" * 3, True),
        ("\ue001\ue002\ue003 \ue004\ue005 " * 10, True),
        ("Case 2:20-cv-01234 Document 5", False),  # too short to judge
        ("See 42 U.S.C. § 1983; Fed. R. Civ. P. 12(b)(6); ECF No. 12 at 3–4. " * 3, False),
        ("BNSF TRO ADR FRCP LLC NLRB " * 4 + PLAIN, False),
    ],
)
def test_undecodable(text: str, expected: bool) -> None:
    assert undecodable(text) is expected


# ---------------------------------------------------------------------------- a real PDF

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINES = [f"The court grants the motion in part and denies it in part {n}." for n in range(12)]


def no_unicode_map_pdf(path: Path) -> Path:
    """A one-page PDF that renders fine but whose font has no ToUnicode map and no cmap:
    a Type0 font (Identity-H, CIDToGIDMap Identity) showing glyph numbers."""
    font = TTFontFile(str(FONT))
    data = bytearray(FONT.read_bytes())
    for i in range(struct.unpack(">H", data[4:6])[0]):  # rename the cmap table away
        if data[12 + 16 * i : 16 + 16 * i] == b"cmap":
            data[12 + 16 * i : 16 + 16 * i] = b"zmap"
    glyph = {c: font.charToGlyph[ord(c)] for line in LINES for c in line}
    widths = " ".join(f"{g} [{font.charWidths[ord(c)]}]" for c, g in sorted(glyph.items()))
    shown = "".join("<" + "".join(f"{glyph[c]:04X}" for c in line) + "> Tj T*\n" for line in LINES)
    content = f"BT /F1 14 Tf 72 750 Td 24 TL\n{shown}ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R "
        b"/CIDToGIDMap /Identity /DW 600 /W [" + widths.encode() + b"] >>",
        b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 "
        b"/FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 "
        b"/CapHeight 700 /StemV 80 /FontFile2 8 0 R >>",
        b"<< /Length %d /Length1 %d >>\nstream\n" % (len(data), len(data))
        + bytes(data)
        + b"\nendstream",
    ]
    path.write_bytes(raw_pdf_bytes(objects))
    return path


@pytest.fixture
def garbled_pdf(tmp_path: Path) -> Path:
    if not FONT.is_file():
        pytest.skip("DejaVuSans.ttf is not installed")
    return no_unicode_map_pdf(tmp_path / "minutes.pdf")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_an_undecodable_page_is_named_when_it_cannot_be_read(
    garbled_pdf: Path, engine: str
) -> None:
    filing = load_filing(garbled_pdf, ocr=False, engine=engine)
    assert any("page 1 has a text layer that cannot be decoded" in w for w in filing.warnings)
    assert not undecodable(filing.pages[0].text)
    assert "(cid:" not in filing.pages[0].text


@pytest.mark.slow
def test_an_undecodable_page_is_ocrd_when_tesseract_is_there(garbled_pdf: Path) -> None:
    if not tesseract_available():
        pytest.skip("Tesseract is not installed")
    filing = load_filing(garbled_pdf)
    assert any("recognised by OCR" in w for w in filing.warnings)
    assert filing.pages[0].ocr
    assert filing.pages[0].text.count("court grants the motion") >= 10
