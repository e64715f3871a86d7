"""``lawdiff export`` from a bare command line: HTML without Qt, PDF with no display, and a
PDF that cannot be written completely keeping the previous report."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.report.case_data import long_case
from tests.unit.report.conftest import open_case

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    with open_case(tmp_path, long_case(arguments=8)) as ws:
        return ws.path


def _headless_env() -> dict[str, str]:
    """The environment of a server shell: no display, no Qt platform chosen."""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def _lawdiff(
    *args: str | Path, importtime: bool = False, file_limit: int = 0, path_first: Path | None = None
) -> subprocess.CompletedProcess[str]:
    def limit_file_size() -> None:  # in the child: writes past the limit fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    flags = ["-X", "importtime"] if importtime else []
    env = _headless_env()
    if path_first is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(path_first), env.get("PYTHONPATH", str(REPO))])
    return subprocess.run(
        [sys.executable, *flags, "-m", "lawdiff", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=REPO,
        preexec_fn=limit_file_size if file_limit else None,
    )


def _imported(stderr: str) -> set[str]:
    """Module names from ``-X importtime`` lines ("import time: self | cumulative | name")."""
    rows = [line.split("|") for line in stderr.splitlines() if line.startswith("import time:")]
    return {row[-1].strip() for row in rows if len(row) == 3}


def test_html_export_loads_no_qt(case_file: Path, tmp_path: Path) -> None:
    result = _lawdiff(
        "export", case_file, "--format", "html", "-o", tmp_path / "r.html", importtime=True
    )
    assert result.returncode == 0, result.stderr
    modules = _imported(result.stderr)
    assert "lawdiff.export" in modules and "lawdiff.report.html" in modules
    assert not {m for m in modules if m.startswith(("PySide6", "shiboken6", "lawdiff.gui"))}


def test_pdf_export_works_with_no_display(case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = _lawdiff("export", case_file, "--format", "pdf", "-o", out / "r.pdf")
    assert result.returncode == 0, result.stderr
    data = (out / "r.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in out.iterdir()) == ["r.pdf"]


def test_pdf_cut_short_keeps_the_old_report(case_file: Path, tmp_path: Path) -> None:
    """A full disk, simulated by a file-size limit smaller than the report.

    40 kB: above what opening the case writes (SQLite's 32 kB shared-memory file), below the
    report's ≈56 kB.
    """
    out = tmp_path / "out"
    out.mkdir()
    target = out / "r.pdf"
    target.write_bytes(b"the previous report")
    result = _lawdiff("export", case_file, "--format", "pdf", "-o", target, file_limit=40_000)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lawdiff: error: "), result.stderr
    assert "r.pdf" in lines[0] and "disk full" in lines[0]
    assert target.read_bytes() == b"the previous report"
    assert sorted(p.name for p in out.iterdir()) == ["r.pdf"]


def test_without_qt_html_exports_and_pdf_says_what_it_needs(
    case_file: Path, tmp_path: Path
) -> None:
    """As on a server with no PySide6: a stand-in package that cannot be imported."""
    blocker = tmp_path / "no_qt"
    (blocker / "PySide6").mkdir(parents=True)
    (blocker / "PySide6" / "__init__.py").write_text('raise ImportError("PySide6 is not here")\n')
    html = _lawdiff(
        "export", case_file, "--format", "html", "-o", tmp_path / "r.html", path_first=blocker
    )
    assert html.returncode == 0, html.stderr
    pdf = _lawdiff(
        "export", case_file, "--format", "pdf", "-o", tmp_path / "r.pdf", path_first=blocker
    )
    assert pdf.returncode == 2
    assert pdf.stderr.strip().splitlines() == [
        "lawdiff: error: PDF export needs PySide6 (PySide6 is not here); install it, or export "
        "html, docx or csv"
    ]
    assert not (tmp_path / "r.pdf").exists()
