"""The JSON interchange format: schema, references, round trip through a case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.interchange import (
    is_interchange_file,
    read_interchange,
    snapshot_to_json,
    validate_interchange,
)
from lawdiff.workspace import Workspace
from tests.casedata import small_case


def test_small_case_is_valid() -> None:
    validate_interchange(small_case())


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(version=4), "version"),
        (lambda d: d["documents"][0].update(role="plaintiff"), "role"),
        (lambda d: d["documents"][0]["segments"][1].update(parent="d9.s9"), r"parent d9\.s9"),
        (lambda d: d["links"][0].update(target="d2.s99"), r"target d2\.s99"),
        (
            lambda d: d["documents"][0]["segments"].append(d["documents"][0]["segments"][0]),
            "repeats",
        ),
        (lambda d: d["links"][0].update(score=7), "score"),
        (lambda d: d["documents"][0].pop("segments"), "segments"),
    ],
)
def test_violations_are_named(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    data = small_case()
    mutate(data)
    with pytest.raises(KnownError, match=message):
        validate_interchange(data)


def test_file_level_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "lawdiff", ', encoding="utf-8")
    assert is_interchange_file(bad)
    with pytest.raises(
        KnownError, match=r"bad\.json: is not a lawdiff JSON file \(it is not valid JSON"
    ):
        read_interchange(bad)
    deep = tmp_path / "deep.json"
    deep.write_text('{"lawdiff": ' + "[" * 100000 + "]" * 100000 + "}", encoding="utf-8")
    with pytest.raises(KnownError, match=r"deep\.json"):
        read_interchange(deep)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"format": "lawdiff", "x": "\xe9"}')
    with pytest.raises(KnownError, match="not UTF-8"):
        read_interchange(latin)


def test_round_trip_through_two_cases(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.lawdiff", create=True) as ws:
        ws.import_interchange(small_case())
        first = snapshot_to_json(ws.snapshot())
    validate_interchange(first)
    exported = tmp_path / "a.json"
    exported.write_text(json.dumps(first), encoding="utf-8")
    with Workspace.open(tmp_path / "b.lawdiff", create=True) as ws:
        changes = ws.import_files([exported])
        assert len(changes.documents_added) == 2
        second = snapshot_to_json(ws.snapshot())
    assert second["documents"] == first["documents"]
    assert second["links"] == first["links"]


def test_record_cite_resolves_on_import(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.lawdiff", create=True) as ws:
        ws.import_interchange(small_case())
        complaint, opposition = ws.documents()
        para = next(s for s in ws.segments(complaint.id) if s.label == "¶ 1")
        cite = next(c for s in ws.segments(opposition.id) for c in s.citations)
        assert cite.target_segment == para.id
