"""Filing text never runs, paths in imports never write files, nothing goes over the network."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any, NoReturn

import pytest

from lawdiff.workspace import Workspace
from tests.casedata import small_case

HOSTILE_TEXT = '<script>alert("filing")</script><img src=x onerror=alert(1)> & "quoted"'


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("name", ["../../etc/passwd", "/tmp/x", "..\\..\\boot.ini", "a/../../b"])
def test_paths_in_a_json_import_write_nothing(tmp_path: Path, name: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    case = work / "case.lawdiff"
    Workspace.open(case, create=True).close()
    data = small_case()
    data["documents"][0]["source_name"] = name
    data["documents"][1]["source_name"] = name
    source = work / "import.json"
    source.write_text(json.dumps(data), "utf-8")
    outside = {p: p.exists() for p in (Path("/tmp/x"), Path("/etc/passwd"), tmp_path / "b")}
    before = _tree(tmp_path)
    with Workspace.open(case) as ws:
        ws.import_files([source])
        assert {d.source_name for d in ws.documents()} == {name}  # kept as a label only
    after = _tree(tmp_path) - {"work/case.lawdiff-wal", "work/case.lawdiff-shm"}
    assert after == before
    assert {p: p.exists() for p in outside} == outside


def _no_network(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise AssertionError("lawdiff tried to use the network")


def test_import_and_link_work_with_networking_disabled(
    tmp_path: Path, sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)
    motion, opposition = sample_dir / "02_tro_motion.pdf", sample_dir / "03_opposition.pdf"
    if not motion.is_file():
        pytest.skip("data/sample is absent")
    with Workspace.open(tmp_path / "case.lawdiff", create=True) as ws:
        ws.import_files([motion, opposition])
        changes = ws.suggest_links()
        assert changes.links_added


def test_exported_html_never_runs_filing_text(tmp_path: Path) -> None:
    export = pytest.importorskip("lawdiff.export")
    with Workspace.open(tmp_path / "case.lawdiff", create=True) as ws:
        data = small_case(text_extra=" " + HOSTILE_TEXT)
        data["documents"][0]["title"] = HOSTILE_TEXT
        data["documents"][1]["segments"][0]["heading"] = HOSTILE_TEXT
        ws.import_interchange(data)
        out = Path(export.export_case(ws, "html", tmp_path / "report.html"))
    html = out.read_text("utf-8")
    assert 'alert("filing")' not in html  # the quote is escaped wherever the text appears
    assert "<script>alert" not in html
    assert "<img src=x onerror" not in html
    assert "&lt;script&gt;" in html  # the text is shown, escaped
