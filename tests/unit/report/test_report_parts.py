"""Reports list a bundled file's parts (title, role, pages, whether argued): HTML (and so the
PDF's print variant), DOCX, CSV; one-document files show none."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from docx import Document

from lawdiff.core.model import Role
from lawdiff.report import build_report
from lawdiff.report.aif import report_to_aif
from lawdiff.report.csv_writer import COLUMNS, render_csv
from lawdiff.report.docx_writer import write_docx
from lawdiff.report.html import render_html
from lawdiff.report.model import Report
from lawdiff.workspace import Workspace
from tests.bundled import EXPECTED_PARTS, write_bundle, write_opposition


@pytest.fixture
def report(tmp_path: Path) -> Report:
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_files([write_bundle(tmp_path / "bundle.txt")], role=Role.MOTION)
        ws.import_files([write_opposition(tmp_path / "opp.txt")], role=Role.OPPOSITION)
        return build_report(ws.snapshot())


def test_the_model_carries_the_parts(report: Report) -> None:
    motion, opposition = report.documents
    assert [(p.title, p.role, p.first_page, p.last_page, p.argument) for p in motion.parts] == [
        tuple(e) for e in EXPECTED_PARTS
    ]
    assert [p.number for p in motion.parts] == [1, 2, 3, 4]
    assert opposition.parts == ()


def test_html_lists_the_parts_under_their_document(report: Report) -> None:
    html = render_html(report)
    documents = html[html.index('id="documents"') : html.index('id="matrix"')]
    rows = documents.count('<tr class="part">')
    assert rows == 4
    assert "DECLARATION OF PAT LAWYER" in documents
    assert documents.count("(not argument)") == 3
    assert render_html(report, print_version=True).count('<tr class="part">') == 4


def test_docx_has_a_table_of_parts(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    write_docx(report, path)
    tables = Document(str(path)).tables
    parts = next(t for t in tables if t.rows[0].cells[1].text == "Part")
    cells = [[c.text for c in row.cells] for row in parts.rows[1:]]
    assert [row[1] for row in cells] == ["1", "2", "3", "4"]
    assert cells[2][2] == "DECLARATION OF PAT LAWYER (not argument)"
    assert cells[3][4] == "4"


def test_csv_names_the_part_of_each_argument(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert rows and all(len(r) == len(COLUMNS) for r in rows)
    memorandum = "Part 2 — MEMORANDUM OF POINTS AND AUTHORITIES (motion)"
    assert {r["argument_part"] for r in rows} == {memorandum}


@pytest.fixture
def linked_report(tmp_path: Path) -> Report:
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_files([write_bundle(tmp_path / "bundle.txt")], role=Role.MOTION)
        ws.import_files([write_opposition(tmp_path / "opp.txt")], role=Role.OPPOSITION)
        ws.suggest_links()
        return build_report(ws.snapshot())


def test_aif_groups_the_nodes_of_each_part(linked_report: Report) -> None:
    """AIF has no grouping of nodes: the parts are lawdiff metadata naming their I-nodes."""
    report = linked_report
    aif = report_to_aif(report)
    kinds = {n["nodeID"]: n["type"] for n in aif["nodes"]}
    info = aif["lawdiff"]["information"]
    motion, opposition = aif["lawdiff"]["documents"]
    assert (motion["id"], opposition["id"]) == tuple(str(d.id) for d in report.documents)
    assert [(p["number"], p["title"], p["argument"]) for p in motion["parts"]] == [
        (n, title, argued) for n, (title, _, _, _, argued) in enumerate(EXPECTED_PARTS, 1)
    ]
    assert opposition["parts"] == [] and opposition["nodes"]
    # every I-node of a passage is in its document, once; each part holds its own
    passages = [n for n, kind in kinds.items() if kind == "I" and n in info]
    assert sorted(motion["nodes"] + opposition["nodes"]) == sorted(passages)
    in_parts = [n for part in motion["parts"] for n in part["nodes"]]
    assert sorted(in_parts) == sorted(motion["nodes"])
    memorandum = motion["parts"][1]
    assert memorandum["nodes"] and memorandum["role"] == "motion" and memorandum["pages"] == "2"
    for node in memorandum["nodes"]:
        assert info[node]["part"] == "Part 2 — MEMORANDUM OF POINTS AND AUTHORITIES (motion)"
        assert info[node]["document"] == motion["id"]
    assert all("part" not in info[n] for n in opposition["nodes"])
