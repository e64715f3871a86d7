"""Comparison markup in a generated PDF (fictional text): struck words are out of the body,
underlined insertions in, and both kept as revision notes on their paragraph.

The redline is drawn as compare tools draw it: a thin line (or a thin filled rectangle)
through the middle of deleted words and a line under inserted ones, including a count
heading "THIRDSECOND CAUSE OF ACTION" whose "THIRD" is struck and "SECOND" inserted.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from lawdiff.core.model import Filing, SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing

FONT, SIZE, LEFT, LEADING = "Times-Roman", 12.0, 100.0, 24.0

# Each line is a list of (text, mark) pieces drawn one after the other: "" plain,
# "-" struck by a line, "=" struck by a thin filled rectangle, "+" inserted (underlined),
# "c" inserted (in blue, not underlined).
LINES: list[list[tuple[str, str]]] = [
    [("COMPLAINT FOR DAMAGES", "")],
    [("1. Plaintiff Acme sells widgets in ", ""), ("Ohio", "-"), (" ", ""), ("Texas", "+")],
    [(" and in neighbouring states.", "")],
    [("2. Defendant Globex bought them ", ""), ("every month", "="), (" for years.", "")],
    [("FIRST CAUSE OF ACTION", "")],
    [("3. Globex did not pay for the widgets it took.", "")],
    [("THIRD", "-"), ("SECOND", "+"), (" CAUSE OF ACTION", "")],
    [("4. Globex ", ""), ("knowingly ", "-"), ("misled the buyers of the widgets.", "")],
    [("5. This paragraph was withdrawn in the amendment.", "-")],
    [("6", "-"), ("5", "+"), (". Acme asks for damages and costs.", "")],
    [("6. Globex ", ""), ("owes", "-"), (" ", ""), ("paid", "c"), (" nothing for them.", "")],
]


def _draw_line(pdf: canvas.Canvas, y: float, pieces: list[tuple[str, str]]) -> None:
    x = LEFT
    for text, mark in pieces:
        width = stringWidth(text, FONT, SIZE)
        pdf.setFont(FONT, SIZE)
        pdf.setFillColorRGB(*((0.1, 0.2, 0.8) if mark == "c" else (0, 0, 0)))
        pdf.drawString(x, y, text)
        start, end = x + (stringWidth(" ", FONT, SIZE) if text.startswith(" ") else 0), x + width
        if mark == "-":
            pdf.line(start, y + 0.3 * SIZE, end, y + 0.3 * SIZE)
        elif mark == "=":
            pdf.rect(start, y + 0.28 * SIZE, end - start, 0.6, stroke=0, fill=1)
        elif mark == "+":
            pdf.line(start, y - 1.5, end, y - 1.5)
        x += width


def redline_pdf(path: Path) -> None:
    """One page of the fictional amended complaint above, on a plain page."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for index, pieces in enumerate(LINES):
        _draw_line(pdf, 700 - LEADING * index, pieces)
    pdf.showPage()
    pdf.save()


@pytest.fixture(params=["pdfium", "pdfplumber"])
def redline(request: pytest.FixtureRequest, tmp_path: Path) -> Filing:
    path = tmp_path / "amended.pdf"
    redline_pdf(path)
    return load_filing(path, ocr=False, engine=str(request.param))


def test_the_page_reads_as_amended_with_balloons(redline: Filing) -> None:
    lines = redline.pages[0].text.split("\n")
    assert "1. Plaintiff Acme sells widgets in Texas\tDeleted: Ohio; Inserted: Texas" in lines
    assert "2. Defendant Globex bought them for years.\tDeleted: every month" in lines
    assert "SECOND CAUSE OF ACTION\tDeleted: THIRD; Inserted: SECOND" in lines
    assert "Deleted: 5. This paragraph was withdrawn in the amendment." in lines
    assert "5. Acme asks for damages and costs.\tDeleted: 6; Inserted: 5" in lines
    assert "3. Globex did not pay for the widgets it took." in lines  # no markup, untouched
    assert "6. Globex paid nothing for them.\tDeleted: owes; Inserted: paid" in lines


def test_struck_text_is_a_note_not_body(redline: Filing) -> None:
    segments = segment_filing(redline).segments
    body = [s for s in segments if s.kind != SegmentKind.FOOTNOTE]
    body_text = " ".join(f"{s.heading} {s.text}" for s in body)
    for struck in ("Ohio", "every month", "THIRD", "knowingly", "withdrawn"):
        assert struck not in body_text
    assert "sells widgets in Texas and in neighbouring states." in body_text
    assert "misled the buyers" in body_text
    counts = [s.label for s in segments if s.kind == SegmentKind.COUNT]
    assert [re.sub(r"\s+", " ", c) for c in counts] == [
        "FIRST CAUSE OF ACTION",
        "SECOND CAUSE OF ACTION",
    ]
    notes = {s.text: segments[s.parent].label for s in segments if s.label.startswith("rev.")}
    assert notes["Deleted: Ohio; Inserted: Texas"] == "¶ 1"
    assert notes["Deleted: every month"] == "¶ 2"
    assert notes["Deleted: knowingly"] == "¶ 4"
    assert notes["Deleted: 5. This paragraph was withdrawn in the amendment."] == "¶ 4"
    assert "Deleted: THIRD; Inserted: SECOND" in notes
    paragraphs = [s.label for s in segments if s.kind == SegmentKind.PARAGRAPH]
    assert paragraphs == ["¶ 1", "¶ 2", "¶ 3", "¶ 4", "¶ 5", "¶ 6"]


def test_underlines_without_strikes_are_emphasis(tmp_path: Path) -> None:
    """A page that strikes nothing: its underlined or coloured words are ordinary text."""
    path = tmp_path / "plain.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _draw_line(pdf, 700, [("See ", ""), ("Twombly", "+"), (", 550 U.S. at 570.", "")])
    _draw_line(pdf, 676, [("ARGUMENT", "+")])
    _draw_line(pdf, 652, [("See the record at ", ""), ("example.com", "c"), (".", "")])
    pdf.showPage()
    pdf.save()
    filing = load_filing(path, ocr=False)
    lines = ["See Twombly, 550 U.S. at 570.", "ARGUMENT", "See the record at example.com."]
    assert filing.pages[0].text == "\n".join(lines)
    assert filing.pages[0].lines[1].underlined


# ---------------------------------------------------------------------------- DOCX


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _change(tag: str, text: str, ident: int) -> Any:
    """A tracked deletion (``del``) or insertion (``ins``) holding one run."""
    node = "delText" if tag == "del" else "t"
    return parse_xml(
        f'<w:{tag} {W_NS} w:id="{ident}" w:author="A" w:date="2024-05-01T00:00:00Z">'
        f'<w:r><w:{node} xml:space="preserve">{text}</w:{node}></w:r></w:{tag}>'
    )


def tracked_docx(path: Path) -> None:
    """A fictional amended complaint with Word's tracked changes (w:del / w:ins)."""
    document = docx.Document()
    document.add_paragraph("COMPLAINT FOR DAMAGES")
    first = document.add_paragraph("1. Plaintiff Acme sells widgets in ")
    first._p.append(_change("del", "Ohio", 1))
    first._p.append(_change("ins", "Texas", 2))
    first.add_run(" and in neighbouring states.")
    document.add_paragraph("FIRST CAUSE OF ACTION")
    document.add_paragraph("2. Globex did not pay for the widgets it took.")
    heading = document.add_paragraph()
    heading._p.append(_change("del", "THIRD", 3))
    heading._p.append(_change("ins", "SECOND", 4))
    heading.add_run(" CAUSE OF ACTION")
    third = document.add_paragraph("3. Globex ")
    third._p.append(_change("del", "knowingly ", 5))
    third.add_run("misled the buyers of the widgets.")
    gone = document.add_paragraph()
    gone._p.append(_change("del", "4. This paragraph was withdrawn in the amendment.", 6))
    document.add_paragraph("4. Acme asks for damages and costs.")
    document.save(str(path))


def test_docx_tracked_changes_read_as_amended(tmp_path: Path) -> None:
    path = tmp_path / "amended.docx"
    tracked_docx(path)
    filing = load_filing(path)
    lines = filing.pages[0].text.split("\n")
    assert lines[1] == (
        "1. Plaintiff Acme sells widgets in Texas and in neighbouring states."
        "\tDeleted: Ohio; Inserted: Texas"
    )
    segments = segment_filing(filing).segments
    body = " ".join(f"{s.heading} {s.text}" for s in segments if s.kind != SegmentKind.FOOTNOTE)
    for struck in ("Ohio", "THIRD", "knowingly", "withdrawn"):
        assert struck not in body
    assert "sells widgets in Texas and in neighbouring states." in body
    counts = [s.label for s in segments if s.kind == SegmentKind.COUNT]
    assert counts == ["FIRST CAUSE OF ACTION", "SECOND CAUSE OF ACTION"]
    notes = {s.text: segments[s.parent].label for s in segments if s.label.startswith("rev.")}
    assert notes["Deleted: Ohio; Inserted: Texas"] == "¶ 1"
    assert notes["Deleted: knowingly"] == "¶ 3"
    assert "Deleted: THIRD; Inserted: SECOND" in notes
    paragraphs = [s.label for s in segments if s.kind == SegmentKind.PARAGRAPH]
    assert paragraphs == ["¶ 1", "¶ 2", "¶ 3", "¶ 4"]


def test_docx_without_changes_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("1. Plaintiff Acme sells widgets.\tIn Texas.")
    document.save(str(path))
    assert load_filing(path).pages[0].text == "1. Plaintiff Acme sells widgets.\tIn Texas."
