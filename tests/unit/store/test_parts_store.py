"""Parts (documents bundled in one file) are stored with their document, replaced when it is
segmented again, absent from cases made before they were (schema v5), listed by ``show``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import Role
from lawdiff.show import render_case_table
from lawdiff.store.migrations import SCHEMA_VERSION
from lawdiff.workspace import Workspace
from tests.bundled import EXPECTED_PARTS, write_bundle
from tests.unit.store.test_store import make_old_case


def _parts(ws: Workspace, document: DocumentId) -> list[tuple[str, str, int, int, bool]]:
    return [
        (p.title, p.role.value, p.first_page, p.last_page, p.argument) for p in ws.parts(document)
    ]


def test_a_bundled_file_keeps_its_parts(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "bundle.txt")
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_files([bundle], role=Role.MOTION)
        doc = ws.documents()[0].id
        assert _parts(ws, doc) == EXPECTED_PARTS
        segments = ws.segments(doc)
        firsts = [segments[p.first_segment] for p in ws.parts(doc)]
        assert "PLEASE TAKE NOTICE" in firsts[0].text or firsts[0].order == 0
        assert firsts[2].heading == "DECLARATION OF PAT LAWYER"
        assert ws.snapshot().parts_of(doc) == ws.parts(doc)


def test_segmenting_again_replaces_the_parts(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "bundle.txt")
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_files([bundle], role=Role.MOTION)
        doc = ws.documents()[0].id
        ws.resegment([doc])
        assert _parts(ws, doc) == EXPECTED_PARTS  # not doubled
        ws.update_document(doc, role=Role.OTHER)  # no longer read as a brief: no notice part
        ws.resegment([doc])
        assert [p[0] for p in _parts(ws, doc)] == [
            "NOTICE OF MOTION AND MOTION TO DISMISS",
            "DECLARATION OF PAT LAWYER",
            "[PROPOSED] ORDER GRANTING MOTION",
        ]
        ws.delete_document(doc)
    conn = sqlite3.connect(tmp_path / "c.lawdiff")
    assert conn.execute("SELECT count(*) FROM parts").fetchone()[0] == 0
    conn.close()


def test_a_v4_case_gets_the_parts_table_and_no_parts(tmp_path: Path) -> None:
    case = tmp_path / "old.lawdiff"
    make_old_case(case, 4)
    with Workspace.open(case) as ws:
        assert ws.info().schema_version == SCHEMA_VERSION == 5
        assert ws.parts(DocumentId(1)) == ()
        assert ws.snapshot().parts == {}


def test_show_lists_the_parts(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "bundle.txt")
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_files([bundle], role=Role.MOTION)
        text = render_case_table(ws)
    lines = text[text.index("Parts of files") :].splitlines()
    assert lines[5].split() == [
        "1",
        "3",
        "DECLARATION",
        "OF",
        "PAT",
        "LAWYER",
        "other",
        "3-3",
        "no",
    ]
