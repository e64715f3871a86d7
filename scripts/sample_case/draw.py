"""Drawing a laid-out document as a reportlab PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sample_case.layout import DocLayout, LayoutLine, PageLayout
from sample_case.source import SourceDoc
from sample_case.text import (
    BODY_SIZE,
    ECF_SIZE,
    FONTS,
    FOOT_SIZE,
    HALF,
    LEFT,
    LINE1_Y,
    NUM_RIGHT,
    PAGE_W,
    RIGHT,
    SLOTS,
    Piece,
    piece_width,
)


def draw_pdf(doc: SourceDoc, layout: DocLayout, case: dict[str, Any], path: Path) -> None:
    """Draw a laid-out document on pleading paper."""
    canvas = Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    canvas.setTitle(doc.meta["title"])
    canvas.setAuthor(doc.meta.get("author", "lawdiff sample case (fictional)"))
    canvas.setCreator("lawdiff scripts/make_sample.py")
    canvas.setSubject("Fictional sample filing for lawdiff")
    total = len(layout.pages)
    for number, page in enumerate(layout.pages, start=1):
        _draw_paper(canvas, doc, case, number, total)
        for slot, line in page.body:
            _draw_line(canvas, line, LINE1_Y - slot * HALF)
        _draw_notes(canvas, page)
        canvas.showPage()
    canvas.save()


def _draw_paper(
    canvas: Canvas, doc: SourceDoc, case: dict[str, Any], number: int, total: int
) -> None:
    meta = doc.meta
    month, day, year = meta["filed"][5:7], meta["filed"][8:10], meta["filed"][2:4]
    header = (
        f"Case {case['docket']}   Document {meta['ecf']}   Filed {month}/{day}/{year}"
        f"   Page {number} of {total}"
    )
    canvas.setFont("Helvetica", ECF_SIZE)
    canvas.drawCentredString(PAGE_W / 2, 770, header)
    canvas.setFont(FONTS["R"], BODY_SIZE)
    for n in range(1, 29):
        canvas.drawRightString(NUM_RIGHT, LINE1_Y - (n - 1) * 2 * HALF, str(n))
    canvas.setLineWidth(0.6)
    for x in (87.0, 89.5):
        canvas.line(x, 792, x, 0)
    canvas.line(548, 792, 548, 0)
    canvas.line(LEFT, 90, RIGHT, 90)
    _draw_footer(canvas, doc, case, number)


def _draw_footer(canvas: Canvas, doc: SourceDoc, case: dict[str, Any], number: int) -> None:
    meta = doc.meta
    canvas.setFont(FONTS["R"], FOOT_SIZE)
    canvas.drawString(LEFT, 78, f"{meta['footer_title']} - {number}")
    canvas.drawString(LEFT, 68, f"(No. {case['docket']})")
    if "firm" not in meta:
        return
    firm = case["firms"][meta["firm"]]
    canvas.setFont(FONTS["B"], FOOT_SIZE)
    canvas.drawRightString(RIGHT, 78, firm["name"])
    canvas.setFont(FONTS["R"], FOOT_SIZE)
    for i, text in enumerate(firm["address"]):
        canvas.drawRightString(RIGHT, 69 - 9 * i, text)


def _draw_pieces(canvas: Canvas, pieces: list[Piece], x: float, y: float, size: float) -> float:
    for text, style in pieces:
        if style == "FN":
            canvas.setFont(FONTS["R"], size * 0.62)
            canvas.drawString(x, y + size * 0.4, text)
        else:
            canvas.setFont(FONTS[style], size)
            canvas.drawString(x, y, text)
        x += piece_width((text, style), size)
    return x


def _draw_line(canvas: Canvas, line: LayoutLine, y: float) -> None:
    width = sum(piece_width(p, line.size) for p in line.pieces)
    if line.align == "caption":
        _draw_pieces(canvas, line.pieces, line.x, y, line.size)
        _draw_pieces(canvas, line.tail[:1], 318, y, line.size)
        _draw_pieces(canvas, line.tail[1:], 334, y, line.size)
        return
    x = {"left": line.x, "center": line.x - width / 2, "right": line.x - width}[line.align]
    end = _draw_pieces(canvas, line.pieces, x, y, line.size)
    if line.tail:
        tail_w = sum(piece_width(p, line.size) for p in line.tail)
        dots = " ." * int((RIGHT - tail_w - end - 8) / stringWidth(" .", FONTS["R"], line.size))
        _draw_pieces(canvas, [(dots, "R")], end, y, line.size)
        _draw_pieces(canvas, line.tail, RIGHT - tail_w, y, line.size)


def _draw_notes(canvas: Canvas, page: PageLayout) -> None:
    if not page.notes:
        return
    first = SLOTS - len(page.notes)
    y_rule = LINE1_Y - (first - 1) * HALF - 3
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y_rule, LEFT + 144, y_rule)
    for i, line in enumerate(page.notes):
        _draw_pieces(canvas, line.pieces, line.x, LINE1_Y - (first + i) * HALF, line.size)
