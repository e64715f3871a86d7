"""The case database: creation, migration from every older schema, integrity, locking."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from lawdiff.core.errors import CaseBusyError, KnownError
from lawdiff.store import SCHEMA_VERSION, open_case_file, run_in_transaction
from lawdiff.store.engine import APPLICATION_ID, restore_backup
from lawdiff.store.migrations import STEPS, statements
from lawdiff.store.schema import Base


def make_old_case(path: Path, version: int) -> None:
    """A case file exactly as lawdiff of schema ``version`` left it, with one document."""
    conn = sqlite3.connect(path)
    for step in STEPS[:version]:
        for statement in statements(step):
            conn.execute(statement)
    conn.execute("INSERT INTO cases (id, caption, created) VALUES (1, 'Old v. Case', 'then')")
    conn.execute(
        "INSERT INTO documents (id, role, source_name, sha256, kind, imported)"
        " VALUES (1, 'complaint', 'c.pdf', 'abc', 'pdf', 'then')"
    )
    conn.execute(
        "INSERT INTO segments (id, document_id, kind, label, text, position, start_page,"
        " start_line, end_page, end_line) VALUES (1, 1, 'paragraph', '¶ 1', 'antitrust words',"
        " 0, 1, 1, 1, 2)"
    )
    conn.execute(f"PRAGMA user_version={version}")
    conn.commit()
    conn.close()


def test_new_case_has_current_schema_and_pragmas(tmp_path: Path) -> None:
    db = open_case_file(tmp_path / "new.lawdiff", create=True)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.close()


def test_orm_matches_migrated_schema(tmp_path: Path) -> None:
    db = open_case_file(tmp_path / "c.lawdiff", create=True)
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
    db.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_older_case_opens_migrated_with_backup(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.lawdiff"
    make_old_case(path, version)
    db = open_case_file(path)
    assert any("upgraded" in n for n in db.notices)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        assert conn.exec_driver_sql("SELECT caption FROM cases").scalar() == "Old v. Case"
        hits = conn.exec_driver_sql(
            "SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'antitrust'"
        ).all()
        assert hits == [(1,)]
    db.close()
    backup = path.with_name(f"old.lawdiff.bak-v{version}")
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == version


def test_newer_case_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.lawdiff"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")  # a newer lawdiff marks its cases
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    with pytest.raises(KnownError, match="newer lawdiff"):
        open_case_file(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"%PDF-1.7 not a case", "not a lawdiff case file"), (b"", "an empty file")],
)
def test_not_a_case_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.lawdiff"
    path.write_bytes(content)
    with pytest.raises(KnownError, match=message):
        open_case_file(path)
    assert path.read_bytes() == content
    if not content:  # an empty file chosen as a new case (create=True) becomes one
        open_case_file(path, create=True).close()


def test_missing_case_without_create(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match=r"missing\.lawdiff: no such case file"):
        open_case_file(tmp_path / "missing.lawdiff")


def test_damaged_case_detected_and_backup_restorable(tmp_path: Path) -> None:
    path = tmp_path / "c.lawdiff"
    make_old_case(path, 1)
    open_case_file(path).close()  # migrates and leaves c.lawdiff.bak-v1
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # scribble over every page but the header
        data[offset : offset + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    Path(f"{path}-wal").unlink(missing_ok=True)
    with pytest.raises(KnownError, match="damaged"):
        open_case_file(path)
    restore_backup(path, path.with_name("c.lawdiff.bak-v1"))
    db = open_case_file(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT caption FROM cases").scalar() == "Old v. Case"
    db.close()


def test_foreign_keys_cascade(tmp_path: Path) -> None:
    db = open_case_file(tmp_path / "c.lawdiff", create=True)
    with db.writer.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO documents (id, role, source_name, sha256, kind, imported)"
            " VALUES (1, 'motion', 'm.pdf', 'x', 'pdf', 'now')"
        )
        conn.exec_driver_sql(
            "INSERT INTO segments (id, document_id, kind, position, start_page, start_line,"
            " end_page, end_line) VALUES (1, 1, 'heading', 0, 1, 1, 1, 1)"
        )
    with pytest.raises(Exception, match="FOREIGN KEY"), db.writer.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO segments (id, document_id, kind, position, start_page, start_line,"
            " end_page, end_line) VALUES (2, 99, 'heading', 0, 1, 1, 1, 1)"
        )
    with db.writer.begin() as conn:
        conn.exec_driver_sql("DELETE FROM documents WHERE id = 1")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM segments").scalar() == 0
    db.close()


def test_locked_case_retries_then_says_busy(tmp_path: Path) -> None:
    path = tmp_path / "c.lawdiff"
    db = open_case_file(path, create=True)
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    notices: list[str] = []
    try:
        with pytest.raises(CaseBusyError, match="busy"):
            run_in_transaction(db, lambda s: None, on_busy=notices.append, attempts=2)
    finally:
        blocker.rollback()
        blocker.close()
    assert notices and "retrying" in notices[0]
    assert run_in_transaction(db, lambda s: 42) == 42
    db.close()


def test_read_only_location_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.lawdiff"
    open_case_file(path, create=True).close()
    # As root every file is writable, so stand in for a read-only share or CD.
    monkeypatch.setattr("lawdiff.store.engine._writable", lambda p: False)
    db = open_case_file(path)
    assert db.read_only and "read-only" in db.notices[0]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() == 1
    with pytest.raises(KnownError, match="read-only"):
        run_in_transaction(db, lambda s: None)
    db.close()
