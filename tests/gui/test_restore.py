"""Opening a damaged case offers its backup copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lawdiff.gui.dialogs import RestoreDialog
from lawdiff.gui.main_window import MainWindow
from lawdiff.store.engine import backup_case_file
from tests.casedata import damage_case_file


def damaged_with_backup(case_path: Path) -> None:
    sqlite3.connect(case_path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    backup_case_file(case_path, 2)
    damage_case_file(case_path)


@pytest.mark.parametrize("accept", [True, False])
def test_open_damaged_case_offers_the_backup(
    qtbot: object,
    case_path: Path,
    settings: QSettings,
    errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
    accept: bool,
) -> None:
    damaged_with_backup(case_path)
    offers: list[str] = []
    monkeypatch.setattr(
        RestoreDialog,
        "ask",
        classmethod(lambda cls, parent, message, backup: offers.append(backup.name) or accept),
    )
    window = MainWindow(settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.open_case(case_path) is accept
    assert offers == ["demo.lawdiff.bak-v2"]
    if accept:
        assert window.case is not None and len(window.case.documents) == 3
        assert (case_path.parent / "demo.lawdiff.damaged").is_file()
        window.close_case()
    else:
        assert window.case is None and "damaged" in errors[0]
