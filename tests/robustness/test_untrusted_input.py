"""Untrusted JSON, queries and list numbering end in one line, in bounded time (issue 17)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.export import export_case
from lawdiff.interchange import FORMAT_VERSION
from lawdiff.workspace import Workspace
from tests.casedata import small_case
from tests.robustness.harness import case_checksum

REPO = Path(__file__).resolve().parents[2]


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def import_refused(tmp_path: Path, source: Path, *fragments: str) -> None:
    """Importing ``source`` is one KnownError naming it, and the case is unchanged."""
    case = tmp_path / "c.lawdiff"
    with Workspace.open(case, create=True) as ws:
        ws.import_interchange(small_case())
    before = case_checksum(case)
    with Workspace.open(case) as ws, pytest.raises(KnownError) as caught:
        ws.import_files([source])
    message = str(caught.value)
    assert message.startswith(f"{source.name}: "), message
    for fragment in fragments:
        assert fragment in message, message
    assert case_checksum(case) == before


# ---------------------------------------------------------------- 4: no Infinity or NaN


@pytest.mark.parametrize("number", ["1e999", "-1e999", "NaN", "Infinity"])
def test_non_finite_numbers_are_refused_on_import(tmp_path: Path, number: str) -> None:
    text = json.dumps(small_case()).replace('"weight": 0.5', f'"weight": {number}')
    assert number in text
    source = tmp_path / "x.json"
    source.write_text(text, encoding="utf-8")
    import_refused(tmp_path, source, "not a finite number")


def test_nan_score_is_refused(tmp_path: Path) -> None:
    text = json.dumps(small_case()).replace('"score": 0.8', '"score": NaN')
    source = tmp_path / "x.json"
    source.write_text(text, encoding="utf-8")
    import_refused(tmp_path, source, "not a finite number")


def test_json_export_never_writes_infinity(tmp_path: Path) -> None:
    data = small_case()
    data["links"][0]["reasons"][0]["weight"] = float("inf")  # as an older lawdiff stored it
    out = tmp_path / "out.json"
    out.write_text('{"old": "export"}')
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_interchange(data)
        with pytest.raises(KnownError, match="not a finite number"):
            export_case(ws, "json", out)
    assert out.read_text() == '{"old": "export"}'


# ---------------------------------------------------------------- wrong kind of .json


@pytest.mark.parametrize(
    "content",
    [
        "{ this is not json",
        '{"name": "some-package", "version": "1.0.0", "dependencies": {}}',
        "[" * 200_000 + "]" * 200_000,
        '["lawdiff"]',
    ],
    ids=["broken", "other-program", "nested", "array"],
)
def test_a_json_that_is_not_lawdiff_json_is_refused(tmp_path: Path, content: str) -> None:
    source = tmp_path / "x.json"
    source.write_text(content, encoding="utf-8")
    import_refused(tmp_path, source, "not a lawdiff JSON file")


def test_newer_format_version_says_newer(tmp_path: Path) -> None:
    data = small_case()
    data["version"] = FORMAT_VERSION + 1
    import_refused(tmp_path, write_json(tmp_path / "x.json", data), "made by a newer lawdiff")


# ---------------------------------------------------------------- 10: declared sizes


def test_declared_pages_are_bounded(tmp_path: Path) -> None:
    data = small_case()
    template = data["documents"][0]
    data["documents"] = [
        {**template, "id": f"d{i}", "sha256": f"{i:064x}", "pages": 100_000, "segments": []}
        for i in range(10)
    ]
    data["links"] = []
    source = write_json(tmp_path / "x.json", data)
    assert source.stat().st_size < 4000
    started = time.monotonic()
    import_refused(tmp_path, source, "pages")
    assert time.monotonic() - started < 20


def test_pages_in_total_are_bounded(tmp_path: Path) -> None:
    data = small_case()
    template = data["documents"][0]
    data["documents"] = [
        {**template, "id": f"d{i}", "sha256": f"{i:064x}", "pages": 4_000, "segments": []}
        for i in range(100)
    ]
    data["links"] = []
    import_refused(tmp_path, write_json(tmp_path / "x.json", data), "pages in all")


# ---------------------------------------------------------------- one line, not a traceback


def _parent_elsewhere(data: dict[str, Any]) -> None:
    data["documents"][1]["segments"][1]["parent"] = "d1.s0"


def _huge_line(data: dict[str, Any]) -> None:
    data["documents"][0]["segments"][1]["line"] = 10**20


def _float_pages(data: dict[str, Any]) -> None:
    data["documents"][0]["pages"] = 2.0


def _float_line(data: dict[str, Any]) -> None:
    data["documents"][0]["segments"][1]["end_line"] = 3.0


def _surrogate_title(data: dict[str, Any]) -> None:
    data["documents"][0]["title"] = "Complaint \ud800"


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (_parent_elsewhere, "parent"),
        (_huge_line, "too large"),
        (_float_pages, "integer"),
        (_float_line, "integer"),
        (_surrogate_title, "not valid Unicode"),
    ],
)
def test_hostile_fields_are_one_line(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], fragment: str
) -> None:
    data = small_case()
    mutate(data)
    source = tmp_path / "x.json"
    source.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii keeps the surrogate
    import_refused(tmp_path, source, fragment)


def test_a_5001_digit_integer_is_one_line(tmp_path: Path) -> None:
    text = json.dumps(small_case()).replace('"line": 1,', '"line": ' + "9" * 5001 + ",", 1)
    source = tmp_path / "x.json"
    source.write_text(text, encoding="utf-8")
    import_refused(tmp_path, source, "too large")


# ---------------------------------------------------------------- 9: search queries


@pytest.fixture
def case(tmp_path: Path) -> Workspace:
    ws = Workspace.open(tmp_path / "c.lawdiff", create=True)
    ws.import_interchange(small_case())
    return ws


@pytest.mark.parametrize(
    ("query", "fragment"),
    [("conspiracy\x00", "NUL"), ("conspi\ud800racy", "not valid Unicode")],
)
def test_unsearchable_characters_are_one_line(case: Workspace, query: str, fragment: str) -> None:
    with case, pytest.raises(KnownError, match=fragment):
        case.search(query)


def test_a_pasted_page_is_a_bounded_search(case: Workspace) -> None:
    query = " ".join("abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(5000))
    with case:
        started = time.monotonic()
        with pytest.raises(KnownError, match="too long"):
            case.search(query)
        assert time.monotonic() - started < 2
        assert case.search("conspiracy pleads")  # an ordinary search still works


# ---------------------------------------------------------------- 8: list numbering


def _docx_with_numbering(path: Path, start: str, fmt: str = "upperRoman") -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Argument", style="List Number")
    document.save(str(path))
    import zipfile

    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    numbering = items["word/numbering.xml"].decode("utf-8")
    import re

    numbering = re.sub(r'<w:start w:val="\d+"/>', f'<w:start w:val="{start}"/>', numbering)
    numbering = re.sub(r'<w:numFmt w:val="\w+"/>', f'<w:numFmt w:val="{fmt}"/>', numbering)
    items["word/numbering.xml"] = numbering.encode("utf-8")
    with zipfile.ZipFile(path, "w") as zout:
        for name, blob in items.items():
            zout.writestr(name, blob)
    return path


@pytest.mark.parametrize(
    ("start", "fmt"),
    [("1000000000000000", "upperRoman"), ("9" * 5001, "decimal"), ("x", "lowerRoman")],
)
def test_list_numbering_is_bounded(tmp_path: Path, start: str, fmt: str) -> None:
    from lawdiff.ingest.docx_reader import read_docx
    from tests.robustness.harness import run_forked

    path = _docx_with_numbering(tmp_path / "n.docx", start, fmt)
    outcome = run_forked(lambda: 0 if read_docx(path) else 1, timeout=20)
    assert outcome.code == 0, outcome.stderr


def test_roman_numerals_stay_right() -> None:
    from lawdiff.ingest.docx_reader import _format_number

    assert _format_number(14, "upperRoman") == "XIV"
    assert _format_number(3999, "lowerRoman") == "mmmcmxcix"
    assert _format_number(10**15, "upperRoman") == str(10**15)


# ---------------------------------------------------------------- the linker's transaction


def test_resegmenting_while_links_are_computed_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lawdiff import link

    case = tmp_path / "c.lawdiff"
    with Workspace.open(case, create=True) as ws:
        ws.import_interchange(small_case())
    real = link.suggest_rebuttals

    def meanwhile(*args: Any, **kwargs: Any) -> Any:
        with Workspace.open(case) as other:  # another window re-segments the complaint
            other.resegment([other.documents()[0].id])
        return real(*args, **kwargs)

    monkeypatch.setattr(link, "suggest_rebuttals", meanwhile)
    with Workspace.open(case) as ws:
        source, target = (d.id for d in ws.documents())
        with pytest.raises(KnownError, match="changed while"):
            ws.suggest_links(source, target)


# ---------------------------------------------------------------- non-editable install


@pytest.mark.slow
def test_a_non_editable_install_finds_its_resources(tmp_path: Path) -> None:
    source = tmp_path / "source"  # pip builds in the tree: keep build/ out of the repository
    for part in ("lawdiff", "resources"):
        shutil.copytree(REPO / part, source / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(REPO / part, source / part)
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target),
         str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=tmp_path,
    )  # fmt: skip
    if build.returncode and "matching distribution" in build.stderr:
        pytest.skip("pip cannot fetch the build backend (offline)")
    assert build.returncode == 0, build.stderr[-2000:]
    code = (
        "from lawdiff.core.paths import resource_path as r;"
        "from lawdiff.classify import load_taxonomy;"
        "from lawdiff.interchange.read import _validator; _validator();"
        "print(r('templates', 'report.html.j2').is_file(), len(load_taxonomy().types) > 0)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["True", "True"]
