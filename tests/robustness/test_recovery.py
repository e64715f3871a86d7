"""Backups before a schema migration and recovery from a damaged case, end to end."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lawdiff.cli import main as cli_main
from lawdiff.core.errors import KnownError
from lawdiff.store.engine import restore_backup
from lawdiff.workspace import Workspace
from tests.robustness.harness import case_checksum, integrity, run_forked
from tests.unit.store.test_store import make_old_case


def _scribble(path: Path) -> None:
    """Overwrite the inside of every database page but the first (a failing disk)."""
    Path(f"{path}-wal").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):
        data[offset : offset + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


def test_opening_an_old_case_keeps_a_copy_and_says_so(tmp_path: Path) -> None:
    case = tmp_path / "old case.lawdiff"
    make_old_case(case, 1)
    before = case_checksum(case)
    with Workspace.open(case) as ws:
        assert any("old case.lawdiff.bak-v1" in n for n in ws.notices)
        assert [d.source_name for d in ws.documents()] == ["c.pdf"]
    backup = tmp_path / "old case.lawdiff.bak-v1"
    assert case_checksum(backup) == before


def test_cli_tells_about_the_upgrade_backup(tmp_path: Path) -> None:
    case = tmp_path / "old.lawdiff"
    make_old_case(case, 1)
    filing = tmp_path / "motion.txt"
    filing.write_text("MOTION\n\nI. ARGUMENT\n\nThe complaint fails to state a claim.\n")
    outcome = run_forked(lambda: cli_main(["import", str(case), str(filing)]))
    assert outcome.code == 0, outcome.stderr
    assert "note: upgraded the case from schema 1; a copy was kept as old.lawdiff.bak-v1" in (
        outcome.stderr
    )
    assert (tmp_path / "old.lawdiff.bak-v1").is_file()


def test_damaged_case_is_named_and_the_backup_restores_it(tmp_path: Path) -> None:
    case = tmp_path / "case.lawdiff"
    make_old_case(case, 1)
    Workspace.open(case).close()  # migrates, keeping case.lawdiff.bak-v1
    _scribble(case)
    with pytest.raises(KnownError) as caught:
        Workspace.open(case)
    message = str(caught.value)
    assert message.startswith("case.lawdiff: ") and "damaged" in message
    assert "backup" in message
    outcome = run_forked(lambda: cli_main(["link", str(case)]))
    assert outcome.code == 2 and len(outcome.stderr.splitlines()) == 1
    assert "damaged" in outcome.stderr
    restore_backup(case, tmp_path / "case.lawdiff.bak-v1")
    assert (tmp_path / "case.lawdiff.damaged").is_file()
    with Workspace.open(case) as ws:  # the backup is old: it is migrated again
        assert [d.source_name for d in ws.documents()] == ["c.pdf"]
        assert ws.info().caption == "Old v. Case"
    assert integrity(case) == "ok"


def test_truncated_case_file_is_refused_not_crashed(tmp_path: Path) -> None:
    case = tmp_path / "case.lawdiff"
    make_old_case(case, 1)
    Workspace.open(case).close()
    shutil.copy2(case, tmp_path / "whole.lawdiff")
    data = case.read_bytes()
    Path(f"{case}-wal").unlink(missing_ok=True)
    case.write_bytes(data[: len(data) // 2])
    outcome = run_forked(lambda: cli_main(["show", str(case)]))
    assert outcome.code == 2, outcome.stderr
    assert outcome.stderr.startswith("lawdiff: error: case.lawdiff: ")
    assert len(outcome.stderr.splitlines()) == 1
