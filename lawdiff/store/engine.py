"""Opening a case file: engine, pragmas, migrations with a backup, integrity, busy retries."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from lawdiff.core.errors import CaseBusyError, CaseDamagedError, KnownError
from lawdiff.store.migrations import SCHEMA_VERSION, STEPS, statements

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x4C415744  # "LAWD" in PRAGMA application_id: this file is a lawdiff case
CASE_TABLES = frozenset({"cases", "documents", "pages", "segments", "links"})
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
    """An engine for ``path`` with foreign keys on and our own BEGIN.

    The URL is built with ``URL.create`` (and, read-only, a percent-escaped ``file:`` URI), so
    ``?``, ``#`` or ``%41`` in a file name stay part of the name.
    """
    if read_only:
        mode = {"mode": "ro"} if _has_journal(path) else {"immutable": "1"}
        url = URL.create("sqlite", database=_file_uri(path), query={**mode, "uri": "true"})
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url)
    event.listen(engine, "connect", _on_connect(read_only))
    event.listen(engine, "begin", _on_begin("BEGIN IMMEDIATE" if immediate else "BEGIN"))
    return engine


def _file_uri(path: Path) -> str:
    # SQLite percent-decodes the path of a file: URI; "?" and "#" would end it.
    return "file:" + urllib.parse.quote(str(path.absolute()))


def _has_journal(path: Path) -> bool:
    """Whether ``path`` has a WAL with content to read (else it can be opened immutable).

    On a read-only folder SQLite cannot create the ``-shm`` a WAL reader needs; a case that
    was closed cleanly has no ``-wal`` and is read as an immutable file instead.
    """
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


def open_case_file(path: Path, *, create: bool = False) -> CaseDatabase:
    """Open (or, when ``create``, create) a case file, migrating it to the current schema.

    Nothing is written to a file that is not a lawdiff case: a case carries
    :data:`APPLICATION_ID`, checked before the first write. A case made by a lawdiff before
    the id existed (its tables and ``user_version`` say so) gets it on its first writable open.

    Raises:
        KnownError: missing file or folder, not a case file, corrupt, from a newer lawdiff.
    """
    path = Path(path)
    exists = _check_path(path, create)
    read_only = exists and not _writable(path)
    engine = make_engine(path, read_only)
    writer = make_engine(path, read_only, immediate=not read_only)
    db = CaseDatabase(path, engine, writer, read_only, [])
    if read_only:
        db.notices.append(f"{path.name} is on a read-only location: opened read-only")
    try:
        _prepare(db, create)
    except (DatabaseError, sqlite3.Error, UnicodeDecodeError) as exc:
        db.close()
        raise _as_known(exc, path, writing=False) from exc
    except BaseException:
        db.close()
        raise
    return db


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_path(path: Path, create: bool) -> bool:
    """Check ``path`` before SQLite sees it; whether it holds an existing database.

    Raises:
        KnownError: a missing folder, a missing file without ``create``, a pipe or device, an
            empty file without ``create``, a file that is not SQLite.
    """
    folder = path.parent if str(path.parent) else Path()
    try:
        info = path.stat()
    except FileNotFoundError:
        if not folder.is_dir():
            raise KnownError(f"the folder {folder} does not exist", path) from None
        if not create:
            raise KnownError(
                "no such case file; create it with 'lawdiff import' or File ▸ New", path
            ) from None
        if not os.access(folder, os.W_OK):
            raise KnownError(
                "cannot create the case file here: the folder is not writable", path
            ) from None
        return False
    except OSError as exc:
        raise KnownError(f"cannot read the case file ({exc.strerror})", path) from exc
    if not stat.S_ISREG(info.st_mode):
        raise KnownError("is not a regular file (a folder, pipe or device), so not a case", path)
    if info.st_size == 0:
        if create:
            return False  # an empty file the user chose as the new case
        raise KnownError("is an empty file, not a lawdiff case", path)
    _check_is_sqlite(path)
    return True


def _check_is_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise KnownError(f"cannot read the case file ({exc.strerror})", path) from exc
    if head != SQLITE_MAGIC:
        raise KnownError("not a lawdiff case file (it is not an SQLite database)", path)


def _prepare(db: CaseDatabase, create: bool) -> None:
    # The raw sqlite3 connection (autocommit) runs PRAGMAs outside any transaction.
    raw = db.writer.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        version = identify_case(conn, db.path, create=create)
        if version:
            _check_integrity(conn, db.path)
        if version < SCHEMA_VERSION:
            if db.read_only:
                raise KnownError(
                    "needs upgrading but is read-only; copy it somewhere writable", db.path
                )
            _migrate(conn, db, version)
        elif not db.read_only:
            _mark_as_case(conn)
            conn.execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()


def _mark_as_case(conn: sqlite3.Connection) -> None:
    """Set the application id on a case made before it existed (a write: only when missing)."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")


def identify_case(conn: sqlite3.Connection, path: Path, *, create: bool = False) -> int:
    """Make sure the database on ``conn`` is a lawdiff case; returns its schema version.

    Only reads. An empty database (no tables, version 0) is accepted only when ``create``.

    Raises:
        KnownError: another program's database, an empty one, lawdiff's version without its
            tables, or a case from a newer lawdiff.
    """
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    tables = {str(r[0]) for r in rows}
    ours = app_id == APPLICATION_ID or (app_id == 0 and version and tables >= CASE_TABLES)
    if ours and version > SCHEMA_VERSION:
        raise KnownError(
            f"this case was saved by a newer lawdiff (schema {version}, this one reads "
            f"{SCHEMA_VERSION}); please update lawdiff",
            path,
        )
    if ours:
        return version
    if app_id == 0 and version == 0 and not tables:
        if create:
            return 0
        raise KnownError("is an empty SQLite database, not a lawdiff case", path)
    if app_id == 0 and version and not tables:
        raise KnownError(
            "is not a lawdiff case: it has a lawdiff schema number but none of its tables", path
        )
    raise KnownError(
        "is not a lawdiff case (an SQLite database of another program); it was left unchanged",
        path,
    )


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise damaged(path, str(result))


def case_problem(path: Path) -> str | None:
    """Why ``path`` cannot be opened as a case (missing, damaged, not a case), or None.

    Reads only: the file is opened read-only.
    """
    try:
        _check_path(path, create=False)
        conn = sqlite3.connect(f"{_file_uri(path)}?mode=ro", uri=True)
        conn.text_factory = _decode_text
        try:
            identify_case(conn, path)
            _check_integrity(conn, path)
        finally:
            conn.close()
    except KnownError as exc:
        return exc.detail
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return str(exc)
    return None


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
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def backup_case_file(path: Path, version: int) -> Path:
    """Copy a case file aside before changing its schema; returns the copy's path."""
    backup = path.with_name(f"{path.name}.bak-v{version}")
    src = sqlite3.connect(f"{_file_uri(path)}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(backup)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return backup


def restore_backup(path: Path, backup: Path) -> Path:
    """Replace a case that fails its checks by ``backup``; returns where the old file went.

    The old file is moved aside together with its ``-wal`` and ``-shm`` (as
    ``<case>.damaged``, ``<case>.damaged-wal``...), so a recovery tool still sees every
    committed change; an earlier ``.damaged`` copy is never overwritten.

    Raises:
        KnownError: the case passes its checks (restoring would lose the work done since
            the backup), or an earlier damaged copy is in the way.
    """
    problem = case_problem(path)
    if problem is None:
        raise KnownError(
            f"the case passes its checks, so it is not restored: that would drop everything "
            f"done since {backup.name}; to go back to the backup anyway, copy it yourself",
            path,
        )
    kept = path.with_name(path.name + ".damaged")
    parts = [(Path(f"{path}{x}"), Path(f"{kept}{x}")) for x in ("", "-wal", "-shm")]
    if any(dst.exists() for _src, dst in parts):
        raise KnownError(
            f"an earlier damaged copy {kept.name} is in the way; move it elsewhere first", path
        )
    for src, dst in parts:
        if src.exists():
            src.replace(dst)
    fresh = path.with_name(f".{path.name}.restoring")
    shutil.copy2(backup, fresh)
    fresh.replace(path)
    return kept


# SQLite's primary result codes (sqlite3.h); an error's sqlite_errorcode & 0xFF is one of them.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


# Codes that say something about the file or the machine (the user's problem); any other
# error while reading or writing an open case is a bug and keeps its traceback.
ENVIRONMENT_CODES = frozenset(
    {SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT}
    | {SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB}
)


def _sqlite_code(exc: BaseException) -> tuple[int | None, str]:
    """The primary result code and the error name of an sqlite3 error (wrapped or not)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    name = str(getattr(orig, "sqlite_errorname", "") or type(orig).__name__)
    return (code & 0xFF if isinstance(code, int) else None), name


def _is_busy(exc: BaseException) -> bool:
    return _sqlite_code(exc)[0] in (SQLITE_BUSY, SQLITE_LOCKED)


def _as_known(exc: BaseException, path: Path, *, writing: bool) -> KnownError:
    """A one-line error for an SQLite error, chosen by its result code, not its wording.

    An I/O error while writing is a full disk, a file-size limit or a failing disk: the
    transaction was rolled back, so the case is intact and is not called damaged.
    """
    if isinstance(exc, UnicodeDecodeError):  # SQLite's own error text came out garbled
        return damaged(path, "unreadable pages")
    code, name = _sqlite_code(exc)
    message = str(getattr(exc, "orig", exc))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return CaseBusyError("the case is busy in another lawdiff window; try again", path)
    if code == SQLITE_READONLY:
        return KnownError("the case file is read-only", path)
    if code == SQLITE_FULL or (code == SQLITE_IOERR and writing):
        return KnownError(
            f"could not be written ({name}: the disk is full, a file-size limit was reached "
            "or the disk is failing); nothing was changed, free some space and try again",
            path,
        )
    if code in (SQLITE_PERM, SQLITE_CANTOPEN):
        return KnownError(f"cannot open the case file ({name}: {message})", path)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR):
        return damaged(path, message)
    return KnownError(f"the case file is damaged or not a case file ({name}: {message})", path)


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
        KnownError: read-only case, disk full (by SQLite's result code).
    """
    if db.read_only:
        raise KnownError("the case is open read-only; nothing can be changed", db.path)
    for attempt in range(1, attempts + 1):
        try:
            with Session(db.writer, expire_on_commit=False) as session, session.begin():
                session.connection()  # take the write lock now, not at the first statement
                return work(session)
        except DatabaseError as exc:
            if _sqlite_code(exc)[0] not in ENVIRONMENT_CODES:
                raise  # e.g. a constraint our own code broke: a bug, not the user's problem
            if not _is_busy(exc):
                raise _as_known(exc, db.path, writing=True) from exc
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
    try:
        with Session(db.engine, expire_on_commit=False) as session:
            return work(session)
    except DatabaseError as exc:
        if _sqlite_code(exc)[0] not in ENVIRONMENT_CODES:
            raise
        raise _as_known(exc, db.path, writing=False) from exc
