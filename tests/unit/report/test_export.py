"""export_case: formats, errors that name the path, and atomic replacement."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lawdiff import export as export_module
from lawdiff.core.errors import KnownError
from lawdiff.export import FORMATS, export_case
from lawdiff.gui.report_pdf import write_pdf
from lawdiff.workspace import Workspace

# Where to break each format in the middle of its work.
FAILURE_POINTS = {
    "json": "lawdiff.interchange.snapshot_to_json",
    "html": "lawdiff.report.html.render_html",
    "pdf": "lawdiff.gui.report_pdf._paint_page",
    "docx": "lawdiff.report.docx_writer._authorities",
    "csv": "lawdiff.report.csv_writer.render_csv",
    "aif": "lawdiff.report.aif.report_to_aif",
}


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_formats_and_extensions() -> None:
    assert set(FORMATS) == {"json", "html", "pdf", "docx", "csv", "aif"} == set(FAILURE_POINTS)
    assert FORMATS["docx"].extension == ".docx"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_writes_a_file(fmt: str, workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / f"r{FORMATS[fmt].extension}"
    assert export_case(workspace, fmt, path, pdf=write_pdf) == path
    assert path.stat().st_size > 500
    assert _names(out) == [path.name]


@pytest.mark.parametrize("fmt", sorted(FAILURE_POINTS))
def test_failure_leaves_old_file_and_no_temp(
    fmt: str, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.out"
    target.write_text("the previous report")
    calls = []

    def boom(*args: object, **kwargs: object) -> None:
        calls.append(args)
        if fmt == "pdf" and len(calls) < 2:  # let the PDF get a page in first
            return
        raise RuntimeError("injected failure")

    monkeypatch.setattr(FAILURE_POINTS[fmt], boom)
    with pytest.raises(RuntimeError, match="injected"):
        export_case(workspace, fmt, target, pdf=write_pdf)
    assert target.read_text() == "the previous report"
    assert _names(out) == ["report.out"]


def test_disk_error_becomes_known_error(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(data: object, tmp: Path) -> None:
        tmp.write_text("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "_dump_json", full)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KnownError, match="No space left") as caught:
        export_case(workspace, "json", out / "case.json")
    assert caught.value.path == out / "case.json"
    assert _names(out) == []


@pytest.mark.parametrize(
    ("fmt", "name", "message"),
    [
        ("rtf", "r.rtf", "cannot export as 'rtf'"),
        ("html", "missing/r.html", "does not exist"),
    ],
)
def test_bad_requests_name_the_path(
    fmt: str, name: str, message: str, workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(KnownError, match=message) as caught:
        export_case(workspace, fmt, tmp_path / name, pdf=write_pdf)
    assert caught.value.path == tmp_path / name
    assert Path(name).name in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_folder(workspace: Workspace, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(KnownError, match="not writable"):
            export_case(workspace, "csv", locked / "r.csv")
    finally:
        locked.chmod(0o700)


def test_existing_file_is_replaced_with_its_mode(workspace: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    target.write_text("old")
    target.chmod(0o640)
    export_case(workspace, "html", target)
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert target.stat().st_mode & 0o777 == 0o640


def test_folder_without_write_permission_is_refused(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same check as above where the tests run as root (who may write anywhere)."""
    monkeypatch.setattr(export_module.os, "access", lambda path, mode: False)
    with pytest.raises(KnownError, match="is not writable") as caught:
        export_case(workspace, "html", tmp_path / "r.html")
    assert caught.value.path == tmp_path / "r.html"
    assert not (tmp_path / "r.html").exists()
