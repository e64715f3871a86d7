"""The real sample case (data/sample PDFs through every stage) in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lawdiff.core.model import LinkStatus, Role
from lawdiff.gui.app import sample_files
from lawdiff.gui.main_window import MainWindow
from lawdiff.workspace import Workspace


@pytest.fixture(scope="module")
def sample_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = sample_files()
    if not files:
        pytest.skip("sample PDFs or import stages missing")
    path = tmp_path_factory.mktemp("sample") / "sample.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_files(files)
        ws.suggest_links()
    return path


@pytest.mark.slow
def test_sample_case_complaint_paragraph_selects_its_rebuttal_and_page(
    sample_case: Path, tmp_path: Path, qtbot: object, errors: list[str]
) -> None:
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.open_case(sample_case)
    window.show()
    case, view, details = window.case, window.comparison, window.details
    assert case is not None and view is not None and details is not None
    complaint = next(d for d in case.documents if d.role is Role.COMPLAINT)
    opposition = next(d for d in case.documents if d.role is Role.OPPOSITION)
    view.set_documents(complaint.id, opposition.id)
    view.follow.setChecked(True)  # the user asked for the other side to follow
    paragraphs = [s for s in case.segments(complaint.id) if s.label.startswith("¶")]
    linked = next(s for s in paragraphs if case.links_of(s.id))
    best = case.links_of(linked.id)[0]
    assert best.status is not LinkStatus.REJECTED
    view.left.select(view.left.index_of(linked.id))
    rebuttal = view.right.current_segment()
    assert rebuttal is not None and rebuttal.id == best.target
    assert rebuttal.document == opposition.id
    assert details.segment == linked
    assert details.preview.showing_pdf  # the page of the original PDF, found in data/sample
    assert view.unanswered  # coverage marks some of the arguments as unanswered
    assert errors == []
