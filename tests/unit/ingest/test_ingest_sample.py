"""The bundled sample case's metadata against tests/expected/sample.json ("documents")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lawdiff.core.model import FilingMeta
from lawdiff.ingest import load_filing

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "data" / "sample"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (REPO / "tests" / "expected" / "sample.json").read_text(encoding="utf-8")
)["documents"]
STAMPED = ("ecf_number", "filed")  # from the ECF stamp, which only a filed PDF carries


@pytest.fixture(scope="module")
def metas() -> dict[str, FilingMeta]:
    return {name: load_filing(SAMPLE / name).meta for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_metadata(name: str, metas: dict[str, FilingMeta]) -> None:
    meta, expected = metas[name], EXPECTED[name]
    assert meta.role.value == expected["role"]
    assert meta.motion_kind == expected["motion_kind"]
    assert meta.docket == expected["docket"]
    assert meta.title == expected["title"]
    if expected["party"]:
        assert meta.party == expected["party"]
    else:
        assert meta.party in {"", "Court"}
    for field in STAMPED if name.endswith(".pdf") else ():
        assert getattr(meta, field) == expected[field]
    assert meta.caption == "Chirrup, Inc. v. Stratus Web Services, LLC"
