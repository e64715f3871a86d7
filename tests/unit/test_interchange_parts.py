"""Parts of a bundled file in the JSON interchange format (version 3): written, read back,
checked; files of versions 1 and 2 (no parts) still import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Role
from lawdiff.interchange import FORMAT_VERSION, snapshot_to_json, validate_interchange
from lawdiff.workspace import Workspace
from tests.bundled import EXPECTED_PARTS, write_bundle
from tests.casedata import small_case


def _exported_bundle(tmp_path: Path) -> dict[str, Any]:
    bundle = write_bundle(tmp_path / "bundle.txt")
    with Workspace.open(tmp_path / "a.lawdiff", create=True) as ws:
        ws.import_files([bundle], role=Role.MOTION)
        return snapshot_to_json(ws.snapshot())


def test_parts_survive_export_and_import(tmp_path: Path) -> None:
    data = _exported_bundle(tmp_path)
    assert data["version"] == FORMAT_VERSION == 3
    parts = data["documents"][0]["parts"]
    assert [
        (p["title"], p["role"], p["first_page"], p["last_page"], p["argument"]) for p in parts
    ] == [tuple(e) for e in EXPECTED_PARTS]
    assert parts[0]["first_segment"] == "d1.s0"
    validate_interchange(data)
    exported = tmp_path / "a.json"
    exported.write_text(json.dumps(data), encoding="utf-8")
    with Workspace.open(tmp_path / "b.lawdiff", create=True) as ws:
        ws.import_files([exported])
        doc = ws.documents()[0].id
        again = [
            (p.title, p.role.value, p.first_page, p.last_page, p.argument) for p in ws.parts(doc)
        ]
        assert again == EXPECTED_PARTS
        assert snapshot_to_json(ws.snapshot())["documents"][0]["parts"] == parts


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_import_without_parts(tmp_path: Path, version: int) -> None:
    data = small_case()
    data["version"] = version
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_interchange(data)
        assert all(ws.parts(d.id) == () for d in ws.documents())
        assert all(d["parts"] == [] for d in snapshot_to_json(ws.snapshot())["documents"])


@pytest.mark.parametrize(
    ("first_segments", "message"),
    [
        (["d1.s0", "d9.s1"], r"starts at d9\.s1"),  # no segment of the document
        (["d1.s6", "d1.s1"], r"starts at d1\.s1"),  # out of order
        (["d1.s0", "d1.s0"], r"starts at d1\.s0"),  # two parts at one segment
    ],
)
def test_a_part_must_start_at_a_later_segment_of_its_document(
    tmp_path: Path, first_segments: list[str], message: str
) -> None:
    data = _exported_bundle(tmp_path)
    parts = data["documents"][0]["parts"][:2]
    for part, first in zip(parts, first_segments, strict=True):
        part["first_segment"] = first
    data["documents"][0]["parts"] = parts
    with pytest.raises(KnownError, match=message):
        validate_interchange(data)


def test_a_part_needs_its_fields() -> None:
    data = small_case()
    data["documents"][0]["parts"] = [{"title": "X", "role": "motion", "first_segment": "d1.s0"}]
    with pytest.raises(KnownError, match="first_page"):
        validate_interchange(data)
