"""Starting the app: the demo case, the command line, the export dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lawdiff.gui import app
from lawdiff.gui.export_dialog import ExportDialog
from lawdiff.gui.main_window import MainWindow


def test_demo_without_sample_files_opens_the_invented_case(
    tmp_path: Path, qtbot: object, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "sample_files", list)
    window = MainWindow(settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    app.open_demo(window, tmp_path)
    assert window.case is not None and len(window.case.documents) == 3
    assert window.comparison is not None and window.comparison.left.model().rowCount() == 9
    app.open_demo(window, tmp_path)  # a fresh demo each time, not a second copy
    assert window.case is not None and len(window.case.documents) == 3


def test_main_opens_a_case_from_the_command_line(
    case_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    opened: list[tuple[Path | None, bool]] = []
    monkeypatch.setattr(app, "run", lambda path, demo=False: opened.append((path, demo)) or 0)
    assert app.main([str(case_path)]) == 0
    assert app.main(["--demo"]) == 0
    assert opened == [(case_path, False), (None, True)]


def test_export_dialog_writes_the_report_in_the_background(
    window: MainWindow, tmp_path: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.case is not None and window.action_map["export"].isEnabled()
    dialog = ExportDialog(window.case, window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    target = tmp_path / "report.html"
    dialog.path.setText(str(target))
    dialog.show_preview()
    assert "Motion for a TRO" in dialog.preview.toPlainText()
    monkeypatch.setattr(
        ExportDialog, "ask", classmethod(lambda cls, parent, case: dialog.request())
    )
    window.action_map["export"].trigger()
    assert window.op is not None
    with qtbot.waitSignal(window.op.done, timeout=20000):  # type: ignore[attr-defined]
        pass
    assert target.is_file() and "Motion for a TRO" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("fmt", "magic"),
    [
        ("pdf", b"%PDF-"),
        ("docx", b"PK"),
        ("csv", b"\xef\xbb\xbfrow_type,"),
        ("json", b"{"),
        ("aif", b"{"),
    ],
)
def test_export_dialog_writes_every_format(
    window: MainWindow,
    tmp_path: Path,
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    magic: bytes,
) -> None:
    assert window.case is not None
    dialog = ExportDialog(window.case, window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.path.setText(str(tmp_path / "report.html"))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    target = Path(dialog.path.text())
    assert target.suffix != ".html"  # the file name follows the chosen format
    monkeypatch.setattr(
        ExportDialog, "ask", classmethod(lambda cls, parent, case: dialog.request())
    )
    window.action_map["export"].trigger()
    assert window.op is not None
    with qtbot.waitSignal(window.op.done, timeout=30000):  # type: ignore[attr-defined]
        pass
    assert target.read_bytes().startswith(magic)
