"""SQLite errors are told apart by their result code, not by the words of the message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lawdiff.core.errors import CaseBusyError, CaseDamagedError
from lawdiff.store.engine import _as_known


def error(code: int, name: str, text: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("code", "name", "text", "writing", "expected"),
    [
        # Misleading words: the code decides.
        (13, "SQLITE_FULL", "database is locked", True, "could not be written"),
        (5, "SQLITE_BUSY", "disk full", True, "busy"),
        (778, "SQLITE_IOERR_WRITE", "disk I/O error", True, "could not be written"),
        (778, "SQLITE_IOERR_WRITE", "disk I/O error", False, "damaged"),
        (11, "SQLITE_CORRUPT", "readonly", False, "damaged"),
        (8, "SQLITE_READONLY", "malformed", True, "read-only"),
    ],
)
def test_error_is_classified_by_code(
    code: int, name: str, text: str, writing: bool, expected: str
) -> None:
    known = _as_known(error(code, name, text), Path("c.lawdiff"), writing=writing)
    assert expected in str(known)
    assert isinstance(known, CaseBusyError) == (expected == "busy")
    assert isinstance(known, CaseDamagedError) == (expected == "damaged")
