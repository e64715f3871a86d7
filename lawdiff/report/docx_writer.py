"""The report as an editable Word document (python-docx): real headings and real tables.

Tables, in order: summary, coverage per claim, documents, claims matrix, one side-by-side
table per claim (header row + one row per argument), unanswered arguments, authorities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import cast

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt
from docx.table import Table, _Cell

from lawdiff.report.model import ComparisonRow, Passage, Report, Response

# XML 1.0 forbids most control characters; python-docx raises on them. Filing text
# occasionally carries them (form feeds from PDF extraction), so they become spaces.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` with the characters XML cannot hold replaced by spaces."""
    return _XML_ILLEGAL.sub(" ", text)


def write_docx(report: Report, path: Path) -> None:
    """Write ``report`` to ``path`` as a .docx file."""
    document = docx.Document()
    _setup(document)
    _front_matter(document, report)
    for section in report.claims:
        document.add_heading(clean(section.name), level=1)
        document.add_paragraph(section.tally.sentence)
        _comparison_table(document, section.rows)
    _unanswered(document, report.unanswered)
    _authorities(document, report)
    document.save(str(path))


def _setup(document: Document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(10.5)


def _table(document: Document, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    table = cast(Table, document.add_table(rows=1, cols=len(header)))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for values in rows:
        cells = _add_row(table)
        for cell, text in zip(cells, values, strict=True):
            cell.text = clean(text)
    return table


def _add_row(table: Table) -> list[_Cell]:
    return list(table.add_row().cells)  # type: ignore[no-untyped-call]


def _front_matter(document: Document, report: Report) -> None:
    document.add_heading(clean(report.title), level=0)
    if report.caption:
        document.add_paragraph().add_run(clean(report.caption)).bold = True
    facts = [report.court, f"Case No. {report.docket}" if report.docket else ""]
    facts.append(f"Generated {report.generated} by lawdiff")
    document.add_paragraph(clean("\n".join(f for f in facts if f)))
    document.add_heading("Summary", level=1)
    s = report.summary
    pairs = "; ".join(f"{a} answers {m}" for m, a in report.pairs) or "none"
    _table(
        document,
        ["Item", "Value"],
        [
            ["Documents", str(s.documents)],
            ["Pairs compared", pairs],
            ["Moving-side arguments", str(s.tally.arguments)],
            [
                "Answered / partly / unanswered",
                f"{s.tally.answered} / {s.tally.partly} / {s.tally.unanswered}",
            ],
            [
                "Links (accepted / suggested)",
                f"{s.links} ({s.accepted_links} / {s.suggested_links})",
            ],
            ["Authorities (shared)", f"{s.authorities} ({s.shared_authorities})"],
            *([["Court's ruling", report.ruling_summary]] if report.ruling_summary else []),
        ],
    )
    _dispositions(document, report)
    document.add_heading("Coverage per claim", level=2)
    _table(
        document,
        ["Claim / issue", "Arguments", "Answered", "Partly", "Unanswered", "Coverage"],
        [
            [
                c.name,
                str(c.tally.arguments),
                str(c.tally.answered),
                str(c.tally.partly),
                str(c.tally.unanswered),
                c.tally.percent,
            ]
            for c in report.claims
        ],
    )
    _documents(document, report)
    _matrix(document, report)


def _documents(document: Document, report: Report) -> None:
    document.add_heading("Documents", level=1)
    _table(
        document,
        ["Cited as", "Title", "Role", "Party", "Filed", "Pages"],
        [
            [d.abbreviation, d.title, d.role, d.party, d.filed, str(d.pages)]
            for d in report.documents
        ],
    )
    _parts(document, report)


def _parts(document: Document, report: Report) -> None:
    """The documents bundled in a file, under the table of documents (when any file has)."""
    rows = [
        [
            d.abbreviation,
            str(p.number),
            p.title + ("" if p.argument else " (not argument)"),
            p.role,
            p.pages,
        ]
        for d in report.documents
        for p in d.parts
    ]
    if not rows:
        return
    document.add_paragraph("Parts of files that bundle several documents:")
    _table(document, ["Cited as", "Part", "Title", "Role", "Pages"], rows)


def _matrix(document: Document, report: Report) -> None:
    document.add_heading("Claims matrix", level=1)
    document.add_paragraph(
        "Arguments per claim and document. For a document the compared filings answer: "
        "answered/arguments (“3/5” = 3 of its 5 arguments answered)."
    )
    header = ["Claim / issue", *(d.abbreviation for d in report.matrix_documents)]
    rows = [[row.name, *(c.text for c in row.cells)] for row in report.matrix]
    if report.dispositions or any(row.ruling for row in report.matrix):
        header.append("Court's ruling")
        rows = [[*cells, row.ruling] for cells, row in zip(rows, report.matrix, strict=True)]
    _table(document, header, rows)


def _dispositions(document: Document, report: Report) -> None:
    if not report.dispositions:
        return
    document.add_heading("Dispositions", level=2)
    _table(
        document,
        ["Motion", "Disposition", "Where", "The order says"],
        [[d.motion, d.disposition, d.pin, d.sentence] for d in report.dispositions],
    )


def _passage(cell: _Cell, passage: Passage, *, first: bool = True) -> None:
    """Pin cite (bold), label and heading (italic), text; ``first`` reuses the cell's
    empty first paragraph."""
    if first:
        cell.text = ""
        pin = cell.paragraphs[0]
    else:
        pin = cell.add_paragraph()
    pin.add_run(clean(passage.pin)).bold = True
    if passage.title:
        cell.add_paragraph().add_run(clean(passage.title)).italic = True
    if passage.text:
        cell.add_paragraph(clean(passage.text))


def _comparison_table(document: Document, rows: Sequence[ComparisonRow]) -> None:
    table = _table(document, ["Argument", "Response"], [])
    for row in rows:
        left, right = _add_row(table)
        _passage(left, row.argument)
        left.add_paragraph().add_run(row.coverage.value).bold = True
        if row.ruling is not None:
            ruling = left.add_paragraph()
            ruling.add_run(f"Court's ruling: {row.ruling.label}").bold = True
            ruling.add_run(f" (confidence {row.ruling.confidence:.2f})")
            for line in row.ruling.evidence:
                left.add_paragraph(clean(line))
        if not row.responses:
            right.text = "No response in the compared filings."
        for number, response in enumerate(row.responses):
            _response(right, response, first=number == 0)


def _response(cell: _Cell, response: Response, *, first: bool) -> None:
    _passage(cell, response.passage, first=first)
    cell.add_paragraph(f"{response.relation} · {response.status} · score {response.score:.2f}")
    if response.reasons:
        cell.add_paragraph(clean("Why: " + "; ".join(response.reasons)))
    if response.note:
        cell.add_paragraph(clean("Note: " + response.note))


def _unanswered(document: Document, passages: Sequence[Passage]) -> None:
    document.add_heading("Unanswered arguments", level=1)
    if not passages:
        document.add_paragraph("Every argument in the report has an answer.")
        return
    _table(
        document,
        ["Cite", "Argument", "Text"],
        [[p.pin, p.title, p.text] for p in passages],
    )


def _authorities(document: Document, report: Report) -> None:
    document.add_heading("Authorities", level=1)
    if not report.authorities:
        document.add_paragraph("No case, statute or rule citations were found.")
        return
    _table(
        document,
        ["Authority", "Kind", "Cited by", "Where", "Shared"],
        [
            [
                a.text,
                a.kind,
                "; ".join(a.sides),
                "; ".join(dict.fromkeys(u.pin for u in a.uses)),
                "yes" if a.shared else "",
            ]
            for a in report.authorities
        ],
    )
