"""The report as one CSV table: a row per link and a row per unanswered argument.

Columns are :data:`COLUMNS` (documented in docs/report-formats.md). A cell that begins with
``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading apostrophe so a spreadsheet
shows it as text instead of running it as a formula; nothing else is changed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from lawdiff.core.ids import DocumentId
from lawdiff.report.claims import claim_name
from lawdiff.report.coverage import Status
from lawdiff.report.model import ComparisonRow, Passage, Report, Response

COLUMNS = (
    "row_type",
    "claims",
    "argument_document",
    "argument_pin",
    "argument_label",
    "argument_heading",
    "argument_text",
    "coverage",
    "response_document",
    "response_pin",
    "response_label",
    "response_heading",
    "response_text",
    "relation",
    "link_status",
    "score",
    "origin",
    "reasons",
    "note",
    "court_ruling",
    "ruling_confidence",
    "ruling_evidence",
    "argument_part",
    "response_part",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """``cell`` with an apostrophe in front when a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def render_csv(report: Report) -> str:
    """The CSV text (UTF-8 when written; the caller adds a BOM if a spreadsheet needs one)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    documents = {d.id: d.abbreviation for d in report.documents}
    for row in report.comparisons:
        for response in row.responses:
            writer.writerow(inert(c) for c in _link_row(row, response, documents))
        if row.coverage is Status.UNANSWERED:
            blank = [""] * (len(COLUMNS) - 13)
            cells = ["unanswered", *_argument(row, documents), *blank, *_ruling(row)]
            cells += [row.argument.part, ""]
            writer.writerow(inert(c) for c in cells)
    return out.getvalue()


def _argument(row: ComparisonRow, documents: Mapping[DocumentId, str]) -> list[str]:
    a = row.argument
    claims = "; ".join(claim_name(c) for c in a.claims)
    return [claims, *_passage(a, documents), row.coverage.value]


def _passage(p: Passage, documents: Mapping[DocumentId, str]) -> list[str]:
    return [documents.get(p.document, ""), p.pin, p.label, p.heading, p.text]


def _link_row(row: ComparisonRow, r: Response, documents: Mapping[DocumentId, str]) -> list[str]:
    return [
        "link",
        *_argument(row, documents),
        *_passage(r.passage, documents),
        r.relation,
        r.status,
        f"{r.score:.3f}",
        r.origin,
        "; ".join(r.reasons),
        r.note,
        *_ruling(row),
        row.argument.part,
        r.passage.part,
    ]


def _ruling(row: ComparisonRow) -> list[str]:
    """The court's ruling on the argument (issue 15): side, confidence, evidence."""
    if row.ruling is None:
        return ["", "", ""]
    r = row.ruling
    return [r.label, f"{r.confidence:.2f}", " | ".join(r.evidence)]
