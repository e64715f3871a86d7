"""Fixtures: the small fictional case, imported through the workspace, and its exports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lawdiff.core.model import CaseSnapshot
from lawdiff.export import export_case
from lawdiff.gui.report_pdf import write_pdf
from lawdiff.report import ReportOptions
from lawdiff.workspace import Workspace
from tests.unit.report.case_data import small_case


def open_case(folder: Path, data: dict[str, Any]) -> Workspace:
    """A new case in ``folder`` holding ``data`` (interchange format), with its caption set."""
    ws = Workspace.open(folder / "c.lawdiff", create=True)
    ws.import_interchange(data)
    ws.set_case_info(**data["case"])
    return ws


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_case(tmp_path, small_case())
    yield ws
    ws.close()


@pytest.fixture
def snapshot(workspace: Workspace) -> CaseSnapshot:
    return workspace.snapshot()


Exporter = Callable[..., Path]


@pytest.fixture
def export(workspace: Workspace, tmp_path: Path) -> Exporter:
    """``export("html", options=None)`` → the written file."""

    def run(fmt: str, options: ReportOptions | None = None, name: str = "") -> Path:
        out = tmp_path / "out"
        out.mkdir(exist_ok=True)
        return export_case(workspace, fmt, out / (name or f"report.{fmt}"), options, pdf=write_pdf)

    return run
