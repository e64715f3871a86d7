"""Each export format read back and checked for content: HTML, DOCX, CSV, JSON, AIF."""

from __future__ import annotations

import csv
import json
from collections import Counter
from html.parser import HTMLParser

import docx

from lawdiff.core.model import CaseSnapshot
from lawdiff.interchange import validate_interchange
from lawdiff.report import build_report
from lawdiff.report.csv_writer import COLUMNS
from tests.unit.report.case_data import CAPTION
from tests.unit.report.conftest import Exporter


class _Cells(HTMLParser):
    """Collects <td> attributes, every start tag, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[dict[str, str]] = []
        self.rows: list[dict[str, str]] = []
        self.tags: Counter[str] = Counter()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        values = {k: v or "" for k, v in attrs}
        if tag == "td":
            self.cells.append(values)
        if tag == "tr":
            self.rows.append(values)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(text: str) -> _Cells:
    parser = _Cells()
    parser.feed(text)
    return parser


def test_html_claims_matrix_numbers(export: Exporter, snapshot: CaseSnapshot) -> None:
    page = _parse(export("html").read_text("utf-8"))
    matrix = [c for c in page.cells if "data-arguments" in c]
    report = build_report(snapshot)
    expected = [
        (str(cell.arguments), "" if cell.answered is None else str(cell.answered))
        for row in report.matrix
        for cell in row.cells
    ]
    assert [(c["data-arguments"], c["data-answered"]) for c in matrix] == expected
    assert expected.count(("1", "1")) == 3  # Sherman, breach, harm answered in the motion


def test_html_is_self_contained(export: Exporter) -> None:
    page = _parse(export("html").read_text("utf-8"))
    assert page.tags["link"] == page.tags["img"] == page.tags["script"] == 0
    text = "".join(page.text)
    assert CAPTION in text
    for pin in ("Mot. at 4:2", "Opp. at 3:7", "Mot. at 11:5"):
        assert pin in text


def test_docx_tables_have_a_row_per_argument(export: Exporter, snapshot: CaseSnapshot) -> None:
    document = docx.Document(str(export("docx")))
    report = build_report(snapshot)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for section in report.claims:
        assert section.name in headings
    comparison = [t for t in document.tables if t.rows[0].cells[0].text == "Argument"]
    assert [len(t.rows) for t in comparison] == [1 + len(s.rows) for s in report.claims]
    unanswered = next(t for t in document.tables if t.rows[0].cells[0].text == "Cite")
    # the INTRODUCTION (Mot. at 1:4) is not an argument to answer (issue 11)
    assert [r.cells[0].text for r in unanswered.rows[1:]] == ["Mot. at 11:5"]
    matrix = next(t for t in document.tables if t.rows[0].cells[0].text == "Claim / issue")
    assert len(matrix.rows) == 1 + len(report.claims)


def test_csv_rows(export: Exporter) -> None:
    with export("csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(COLUMNS)
    kinds = Counter(r["row_type"] for r in rows)
    assert kinds == {"link": 3, "unanswered": 1}  # the INTRODUCTION is not argued (issue 11)
    concession = next(r for r in rows if r["relation"] == "concedes")
    assert (concession["argument_pin"], concession["response_pin"]) == (
        "Mot. at 9:1",
        "Opp. at 8:12",
    )
    assert concession["link_status"] == "accepted"


def test_json_is_the_valid_interchange_format(export: Exporter, snapshot: CaseSnapshot) -> None:
    data = json.loads(export("json").read_text("utf-8"))
    validate_interchange(data)
    assert [len(d["segments"]) for d in data["documents"]] == [8, 4]
    assert len(data["links"]) == len(snapshot.links) == 4  # every link, rejected too


def test_aif_structure(export: Exporter) -> None:
    aif = json.loads(export("aif").read_text("utf-8"))
    nodes = {n["nodeID"]: n for n in aif["nodes"]}
    assert len(nodes) == len(aif["nodes"])
    assert Counter(n["type"] for n in aif["nodes"]) == {"I": 9, "CA": 2, "RA": 1}
    for edge in aif["edges"]:
        assert edge["fromID"] in nodes and edge["toID"] in nodes
    # every scheme node joins exactly one response to one argument
    for node in aif["nodes"]:
        if node["type"] in ("CA", "RA"):
            into = [e for e in aif["edges"] if e["toID"] == node["nodeID"]]
            out = [e for e in aif["edges"] if e["fromID"] == node["nodeID"]]
            assert len(into) == len(out) == 1
            assert nodes[into[0]["fromID"]]["type"] == nodes[out[0]["toID"]]["type"] == "I"
    ra = next(n for n in aif["nodes"] if n["type"] == "RA")
    assert ra["scheme"] == "concedes"
    info = aif["lawdiff"]["information"]
    assert set(info) == {n for n, v in nodes.items() if v["type"] == "I"}
