"""The bundled fictional sample case, imported from its PDFs, exported in every format."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import docx
import pdfplumber
import pytest

from lawdiff.export import FORMATS, export_case
from lawdiff.gui.report_pdf import write_pdf
from lawdiff.interchange import validate_interchange
from lawdiff.report import build_report
from lawdiff.workspace import Workspace

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def exports(sample_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    pdfs = sorted(sample_dir.glob("*.pdf"))
    if len(pdfs) < 3:
        pytest.skip("the sample case is not in data/sample")
    folder = tmp_path_factory.mktemp("sample")
    with Workspace.open(folder / "sample.lawdiff", create=True) as ws:
        ws.import_files(pdfs)
        ws.suggest_links()
        paths = {
            f: export_case(ws, f, folder / f"report-{f}{s.extension}", pdf=write_pdf)
            for f, s in FORMATS.items()
        }
        yield {"paths": paths, "report": build_report(ws.snapshot()), "snapshot": ws.snapshot()}


def test_pdf_has_caption_claims_and_pins(exports: dict) -> None:
    report = exports["report"]
    with pdfplumber.open(exports["paths"]["pdf"]) as pdf:
        assert len(pdf.pages) > 1
        front = "\n".join(page.extract_text() or "" for page in pdf.pages[:3])
        section = "\n".join(page.extract_text() or "" for page in pdf.pages[3:5])
    assert report.caption and report.caption in front
    for claim in report.claims:
        assert claim.name.split(" (")[0] in front  # the coverage table names every claim
    first = report.claims[0].rows[:2]
    for row in first:
        assert row.argument.pin in section


def test_bond_argument_is_unanswered_everywhere(exports: dict) -> None:
    report = exports["report"]
    bond = [p for p in report.unanswered if p.label == "III.E" and p.pin.startswith("Mot.")]
    assert len(bond) == 1
    assert bond[0].pin in exports["paths"]["html"].read_text("utf-8")
    with exports["paths"]["csv"].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert bond[0].pin in {r["argument_pin"] for r in rows if r["row_type"] == "unanswered"}
    links = sum(len(r.responses) for r in report.comparisons)
    assert len(rows) == links + len(report.unanswered)


def test_docx_json_and_aif(exports: dict) -> None:
    report = exports["report"]
    document = docx.Document(str(exports["paths"]["docx"]))
    comparison = [t for t in document.tables if t.rows[0].cells[0].text == "Argument"]
    assert [len(t.rows) for t in comparison] == [1 + len(s.rows) for s in report.claims]
    validate_interchange(json.loads(exports["paths"]["json"].read_text("utf-8")))
    aif = json.loads(exports["paths"]["aif"].read_text("utf-8"))
    ids = {n["nodeID"] for n in aif["nodes"]}
    assert all(e["fromID"] in ids and e["toID"] in ids for e in aif["edges"])
    assert len(aif["edges"]) == 2 * sum(len(r.responses) for r in report.comparisons)
