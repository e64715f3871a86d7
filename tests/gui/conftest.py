"""Fixtures for the GUI tests: a demo case on disk, isolated settings, captured dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lawdiff.core.model import SegmentInfo
from lawdiff.gui.demo import demo_interchange
from lawdiff.gui.dialogs import ErrorDialog
from lawdiff.gui.main_window import MainWindow
from lawdiff.workspace import Workspace


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    """The invented demo case (complaint, motion, opposition and seven links) in a case file."""
    path = tmp_path / "demo.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(demo_interchange())
    return path


SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
SAMPLE_PDFS = sorted(SAMPLE.glob("0[1-5]_*.pdf"))


@pytest.fixture(scope="module")
def ruled_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample case (data/sample PDFs) imported, linked and with the order's rulings read;
    one per test module, since a module's tests may change it."""
    path = tmp_path_factory.mktemp("ruled") / "sample.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_files(SAMPLE_PDFS)
        ws.suggest_links()
        ws.compute_rulings()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the app would have shown in an error dialog."""
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorDialog,
        "show_error",
        classmethod(lambda cls, parent, msg, detail="": shown.append(msg)),
    )
    return shown


@pytest.fixture
def window(
    qtbot: object, case_path: Path, settings: QSettings, errors: list[str]
) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    assert win.open_case(case_path)
    win.show()
    yield win
    win.close_case()


def by_label(window: MainWindow, role: str, label: str) -> SegmentInfo:
    """The segment labelled ``label`` in the document with ``role``."""
    assert window.case is not None
    doc = next(d for d in window.case.documents if d.role.value == role)
    return next(s for s in window.case.segments(doc.id) if s.label == label)


def by_text(window: MainWindow, role: str, start: str) -> SegmentInfo:
    assert window.case is not None
    doc = next(d for d in window.case.documents if d.role.value == role)
    return next(s for s in window.case.segments(doc.id) if s.text.startswith(start))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns on every shown window; that warning is not ours."""
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))
