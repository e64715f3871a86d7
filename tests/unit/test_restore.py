"""A damaged case is detected on open and can be restored from its backup copy."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lawdiff.core.errors import CaseDamagedError, KnownError
from lawdiff.store.engine import backup_case_file
from lawdiff.workspace import Workspace
from tests.casedata import damage_case_file, small_case


def case_with_backup(folder: Path) -> Path:
    path = folder / "c.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(small_case())
    # A checkpointed copy, as a schema upgrade leaves behind.
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    backup_case_file(path, 2)
    return path


def test_damaged_case_names_its_backup_and_restores(tmp_path: Path) -> None:
    path = case_with_backup(tmp_path)
    damage_case_file(path)
    with pytest.raises(CaseDamagedError, match=r"lawdiff restore c\.lawdiff") as caught:
        Workspace.open(path)
    assert caught.value.backups == (tmp_path / "c.lawdiff.bak-v2",)
    used = Workspace.restore_backup(path)
    assert used.name == "c.lawdiff.bak-v2"
    assert (tmp_path / "c.lawdiff.damaged").is_file()
    with Workspace.open(path) as ws:
        assert [d.title for d in ws.documents()] == ["Complaint", "Opposition"]


def test_damaged_case_without_backup_says_so(tmp_path: Path) -> None:
    path = tmp_path / "c.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(small_case())
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    damage_case_file(path)
    with pytest.raises(CaseDamagedError, match="no backup copy exists"):
        Workspace.open(path)
    with pytest.raises(KnownError, match="no backup copy"):
        Workspace.restore_backup(path)


def test_cli_restore(tmp_path: Path) -> None:
    path = case_with_backup(tmp_path)
    damage_case_file(path)
    run = [sys.executable, "-m", "lawdiff"]
    shown = subprocess.run([*run, "show", str(path)], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 2 and "lawdiff restore" in shown.stderr
    restored = subprocess.run(
        [*run, "restore", str(path)], capture_output=True, text=True, timeout=60
    )
    assert restored.returncode == 0 and "c.lawdiff.bak-v2" in restored.stdout
    again = subprocess.run([*run, "show", str(path)], capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "complaint.pdf" in again.stdout
