"""Headings known by their type in PDFs: run-in titles in bold, bold mixed-case headings,
small capitals, and the declarations whose numbered paragraphs read like a complaint's.

The PDFs are drawn here with reportlab (our own text), imported through ``load_filing`` so
the font facts come from ingest as they would for a real filing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from lawdiff.core.model import SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing

ROMAN, BOLD, ITALIC = "Times-Roman", "Times-Bold", "Times-Italic"
Run = tuple[str, float, str]

CAPTION: list[list[Run]] = [
    [(BOLD, 12, "UNITED STATES DISTRICT COURT")],
    [(ROMAN, 12, "ACME CORP., Plaintiff, v. GLOBEX LLC,")],
    [(ROMAN, 12, "Defendants.")],
    [(BOLD, 12, "MEMORANDUM IN SUPPORT OF MOTION FOR PRELIMINARY INJUNCTION")],
    [(BOLD, 12, "ARGUMENT")],
]


def draw(path: Path, rows: list[list[Run]], centred: frozenset[int] = frozenset()) -> Path:
    """One page: each row a line of runs (font, size, text) set one after another, flush
    left at one inch or, for the rows numbered in ``centred``, centred on the text block."""
    widths = [sum(stringWidth(text, font, size) for font, size, text in runs) for runs in rows]
    block = max(widths)
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740.0
    for index, runs in enumerate(rows):
        x = 72.0 + ((block - widths[index]) / 2 if index in centred else 0.0)
        for font, size, text in runs:
            pdf.setFont(font, size)
            pdf.drawString(x, y, text)
            x += stringWidth(text, font, size)
        y -= 24
    pdf.save()
    return path


def outline(path: Path) -> list[tuple[int, str, str]]:
    """(level, kind, heading or text) of every segment but the caption's remnants."""
    segments = segment_filing(load_filing(path, ocr=False)).segments
    return [(s.level, s.kind.value, s.heading or s.text) for s in segments]


BODY = (ROMAN, 12, " the record shows it, and the hearing will show it again.")
CASES: list[tuple[str, list[list[Run]], list[tuple[int, str, str]]]] = [
    (
        "bold run-in title in title case, then its paragraph on the same line",
        [[(BOLD, 12, "Acme Is Likely to Succeed on the Merits."), BODY]],
        [
            (1, "heading", "Acme Is Likely to Succeed on the Merits."),
            (2, "paragraph", "the record shows it, and the hearing will show it again."),
        ],
    ),
    (
        "bold run-in title in sentence case; the period may be set in roman",
        [[(BOLD, 12, "Standard of review"), (ROMAN, 12, "."), BODY]],
        [
            (1, "heading", "Standard of review."),
            (2, "paragraph", "the record shows it, and the hearing will show it again."),
        ],
    ),
    (
        "an italic case name opening a paragraph is no heading",
        [[(ITALIC, 12, "Winter v. NRDC"), (ROMAN, 12, ", 555 U.S. 7 (2008), sets the test.")]],
        [(1, "paragraph", "Winter v. NRDC, 555 U.S. 7 (2008), sets the test.")],
    ),
    (
        "a bold word of emphasis opening a paragraph is no heading",
        [[(BOLD, 12, "Importantly,"), BODY]],
        [(1, "paragraph", "Importantly, the record shows it, and the hearing will show it again.")],
    ),
    (
        "a bold heading in mixed case alone on its line",
        [
            [(BOLD, 12, "The Balance of Hardships Favors Acme")],
            [(ROMAN, 12, "Globex loses nothing it is entitled to keep.")],
        ],
        [
            (1, "heading", "The Balance of Hardships Favors Acme"),
            (2, "paragraph", "Globex loses nothing it is entitled to keep."),
        ],
    ),
    (
        "small capitals (capitals in two sizes) below a top heading in full capitals",
        [
            [(ROMAN, 12, "P"), (ROMAN, 9.6, "UBLIC "), (ROMAN, 12, "I"), (ROMAN, 9.6, "NTEREST")],
            [(ROMAN, 12, "The public interest favors enforcing contracts.")],
        ],
        [
            (1, "heading", "PUBLIC INTEREST"),
            (2, "paragraph", "The public interest favors enforcing contracts."),
        ],
    ),
]


@pytest.mark.parametrize(("rows", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_headings_known_by_their_type(
    tmp_path: Path, rows: list[list[Run]], expected: list[tuple[int, str, str]]
) -> None:
    got = outline(draw(tmp_path / "brief.pdf", CAPTION + rows))
    assert got[0] == (0, "heading", "ARGUMENT")
    assert got[1:] == expected


def test_a_bold_centred_line_in_sentence_case_is_a_heading(tmp_path: Path) -> None:
    rows = [
        [
            (
                ROMAN,
                12,
                "Globex took the file and kept it for months before anyone noticed the loss.",
            )
        ],
        [(BOLD, 12, "The balance of hardships favors Acme")],
        [(ROMAN, 12, "Globex loses nothing it is entitled to keep, and Acme loses its customers.")],
    ]
    got = outline(draw(tmp_path / "brief.pdf", CAPTION + rows, frozenset({len(CAPTION) + 1})))
    assert got[1:] == [
        (1, "paragraph", rows[0][0][2]),
        (1, "heading", "The balance of hardships favors Acme"),
        (2, "paragraph", rows[2][0][2]),
    ]


def test_plain_bold_body_line_is_not_made_a_heading(tmp_path: Path) -> None:
    rows = [
        [(ROMAN, 12, "Globex took the file and kept it for months before anyone noticed the")],
        [(BOLD, 12, "Loss Of The File")],
        [(ROMAN, 12, "and the loss went on for a year.")],
    ]
    got = outline(draw(tmp_path / "brief.pdf", CAPTION + rows))
    assert [kind for _, kind, _ in got] == ["heading", "paragraph"]


def test_declaration_paragraphs_are_numbered_like_a_complaints(tmp_path: Path) -> None:
    rows: list[list[Run]] = [
        [(BOLD, 12, "UNITED STATES DISTRICT COURT")],
        [(ROMAN, 12, "ACME CORP., Plaintiff, v. GLOBEX LLC,")],
        [(ROMAN, 12, "Defendants.")],
        [(BOLD, 12, "DECLARATION OF JANE ROE IN SUPPORT OF OPPOSITION")],
        [(ROMAN, 12, "I, Jane Roe, declare as follows:")],
        [(ROMAN, 12, "1. I am an attorney at Roe LLP, counsel for Globex.")],
        [(ROMAN, 12, "2. Attached as Exhibit A is a true copy of the agreement.")],
        [(ROMAN, 12, "3. On May 2, 2025, I wrote to Acme's counsel.")],
        [(ROMAN, 12, "I declare under penalty of perjury that the foregoing is true.")],
    ]
    segments = segment_filing(load_filing(draw(tmp_path / "decl.pdf", rows), ocr=False)).segments
    assert [s.label for s in segments if s.kind == SegmentKind.PARAGRAPH] == [
        "",
        "¶ 1",
        "¶ 2",
        "¶ 3",
        "",
    ]
    assert not [s for s in segments if s.kind == SegmentKind.HEADING]
    assert segments[-1].text.startswith("I declare under penalty of perjury")


def test_a_bold_run_opening_a_word_paragraph_is_a_run_in_heading(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("UNITED STATES DISTRICT COURT")
    document.add_paragraph("ACME CORP., Plaintiff, v. GLOBEX LLC,")
    document.add_paragraph("Defendants.")
    document.add_paragraph().add_run("ARGUMENT").bold = True
    para = document.add_paragraph()
    para.add_run("Acme Is Likely to Succeed on the Merits.").bold = True
    para.add_run(" The record shows it, and the hearing will show it again.")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    assert outline(path)[-3:] == [
        (0, "heading", "ARGUMENT"),
        (1, "heading", "Acme Is Likely to Succeed on the Merits."),
        (2, "paragraph", "The record shows it, and the hearing will show it again."),
    ]
