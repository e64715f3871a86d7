"""Opening a case file: engine, pragmas, migrations with a backup, integrity, busy retries."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from lawdiff.core.errors import CaseBusyError, CaseDamagedError, KnownError
from lawdiff.store.migrations import SCHEMA_VERSION, STEPS, statements

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000
T = TypeVar("T")


@dataclass
class CaseDatabase:
    """An open case file."""

    path: Path
    engine: Engine  # reads: deferred transactions, never block a writer
    writer: Engine  # writes: BEGIN IMMEDIATE, so two writers queue instead of deadlocking
    read_only: bool
    notices: list[str]

    def close(self) -> None:
        self.engine.dispose()
        self.writer.dispose()


def _on_connect(read_only: bool) -> Callable[[Any, Any], None]:
    def configure(dbapi_connection: Any, _record: Any) -> None:
        # The sqlite3 driver's own transaction handling fights SQLAlchemy's; we emit BEGIN.
        dbapi_connection.isolation_level = None
        # Damaged text must not crash a reader: show U+FFFD instead.
        dbapi_connection.text_factory = _decode_text
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return configure


def _decode_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _on_begin(statement: str) -> Callable[[Any], None]:
    def begin(conn: Any) -> None:
        conn.exec_driver_sql(statement)

    return begin


def make_engine(path: Path, read_only: bool, *, immediate: bool = False) -> Engine:
    """An engine for ``path`` with foreign keys on and our own BEGIN."""
    url = f"sqlite:///file:{path}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url)
    event.listen(engine, "connect", _on_connect(read_only))
    event.listen(engine, "begin", _on_begin("BEGIN IMMEDIATE" if immediate else "BEGIN"))
    return engine


def open_case_file(path: Path, *, create: bool = False) -> CaseDatabase:
    """Open (or create) a case file, migrating it to the current schema.

    Raises:
        KnownError: missing file, not a case file, corrupt, from a newer lawdiff, unwritable.
    """
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise KnownError("no such case file; create it with 'lawdiff import' or File ▸ New", path)
    if exists:
        _check_is_sqlite(path)
    elif not os.access(path.parent if str(path.parent) else Path(), os.W_OK):
        raise KnownError("cannot create the case file here: the folder is not writable", path)
    read_only = exists and not _writable(path)
    engine = make_engine(path, read_only)
    writer = make_engine(path, read_only, immediate=not read_only)
    db = CaseDatabase(path, engine, writer, read_only, [])
    if read_only:
        db.notices.append(f"{path.name} is on a read-only location: opened read-only")
    try:
        _prepare(db)
    except (DatabaseError, sqlite3.Error, UnicodeDecodeError) as exc:
        db.close()
        raise _as_known(exc, path) from exc
    except BaseException:
        db.close()
        raise
    return db


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_is_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise KnownError(f"cannot read the case file ({exc.strerror})", path) from exc
    if head and head != SQLITE_MAGIC:
        raise KnownError("not a lawdiff case file (it is not an SQLite database)", path)


def _prepare(db: CaseDatabase) -> None:
    # The raw sqlite3 connection (autocommit) runs PRAGMAs outside any transaction.
    raw = db.writer.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise KnownError(
                f"this case was saved by a newer lawdiff (schema {version}, this one reads "
                f"{SCHEMA_VERSION}); please update lawdiff",
                db.path,
            )
        if version:
            _check_integrity(conn, db.path)
        if version < SCHEMA_VERSION:
            if db.read_only:
                raise KnownError(
                    "needs upgrading but is read-only; copy it somewhere writable", db.path
                )
            _migrate(conn, db, version)
        elif not db.read_only:
            conn.execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise damaged(path, str(result))


def find_backups(path: Path) -> tuple[Path, ...]:
    """Backup copies of a case file (``<case>.bak-v<N>``), newest first."""
    copies = [p for p in path.parent.glob(f"{path.name}.bak-v*") if p.is_file()]
    return tuple(sorted(copies, key=lambda p: p.stat().st_mtime, reverse=True))


def damaged(path: Path, detail: str) -> CaseDamagedError:
    """The error for a case file that fails its integrity check, naming what can be done."""
    backups = find_backups(path)
    if backups:
        advice = (
            f"a backup copy exists ({backups[0].name}): restore it with "
            f"'lawdiff restore {path.name}' or accept the offer in the app"
        )
    else:
        advice = "no backup copy exists; re-import the filings into a new case"
    return CaseDamagedError(f"the case file is damaged ({detail[:120]}); {advice}", path, backups)


def _migrate(conn: sqlite3.Connection, db: CaseDatabase, version: int) -> None:
    if version:
        backup = backup_case_file(db.path, version)
        db.notices.append(
            f"upgraded the case from schema {version}; a copy was kept as {backup.name}"
        )
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in STEPS[version:]:
            for statement in statements(step):
                conn.execute(statement)
        if version == 0:
            now = datetime.now(UTC).isoformat(timespec="seconds")
            conn.execute("INSERT INTO cases (id, created) VALUES (1, ?)", (now,))
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def backup_case_file(path: Path, version: int) -> Path:
    """Copy a case file aside before changing its schema; returns the copy's path."""
    backup = path.with_name(f"{path.name}.bak-v{version}")
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(backup)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return backup


def restore_backup(path: Path, backup: Path) -> None:
    """Replace a damaged case file with a backup copy (the damaged one is kept as .damaged)."""
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if path.exists():
        shutil.move(path, path.with_name(path.name + ".damaged"))
    shutil.copy2(backup, path)


def _as_known(exc: BaseException, path: Path) -> KnownError:
    if isinstance(exc, UnicodeDecodeError):  # SQLite's own error text came out garbled
        return damaged(path, "unreadable pages")
    message = str(getattr(exc, "orig", exc))
    if "locked" in message or "busy" in message:
        return CaseBusyError("the case is busy in another lawdiff window; try again", path)
    if "readonly" in message or "read-only" in message:
        return KnownError("the case file is read-only", path)
    if "disk" in message and "full" in message:
        return KnownError("the disk is full; free some space and try again", path)
    if "malformed" in message or "not a database" in message or "disk I/O" in message:
        return damaged(path, message)
    return KnownError(f"the case file is damaged or not a case file ({message})", path)


def run_in_transaction(
    db: CaseDatabase,
    work: Callable[[Session], T],
    *,
    on_busy: Callable[[str], None] | None = None,
    attempts: int = 5,
) -> T:
    """Run ``work`` in one session and one transaction, retrying while the case is locked.

    Raises:
        CaseBusyError: still locked after all attempts.
        KnownError: read-only case, disk full.
    """
    if db.read_only:
        raise KnownError("the case is open read-only; nothing can be changed", db.path)
    for attempt in range(1, attempts + 1):
        try:
            with Session(db.writer, expire_on_commit=False) as session, session.begin():
                session.connection()  # take the write lock now, not at the first statement
                return work(session)
        except OperationalError as exc:
            if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                raise _as_known(exc, db.path) from exc
            if attempt == attempts:
                raise CaseBusyError(
                    "the case is busy in another lawdiff window; try again in a moment", db.path
                ) from exc
            if on_busy is not None:
                on_busy(f"{db.path.name}: the case is busy, retrying ({attempt}/{attempts - 1})…")
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")


def read(db: CaseDatabase, work: Callable[[Session], T]) -> T:
    """Run read-only ``work`` in a session."""
    with Session(db.engine, expire_on_commit=False) as session:
        return work(session)
