"""Run work in a forked child with a time and memory bound; fingerprint a case's tables."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT = 1536 * 1024 * 1024  # address space the child may add (RLIMIT_AS headroom)


@dataclass(frozen=True)
class Outcome:
    """How a forked child ended."""

    code: int | None  # exit status, None when killed by a signal
    signal: int | None
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float


def _address_space() -> int:
    """This process's virtual memory size in bytes (VmSize)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(work: Callable[[], int], out: int, err: int, timeout: int, memory: int) -> None:
    code = 1
    try:
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115 - replaces pytest's capture
        sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
        # Headroom on top of what the child inherits: a full test run has Qt and every
        # stage loaded already, and an absolute cap left SQLite no room to map its WAL.
        limit = _address_space() + memory
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(timeout)
        code = work()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def run_forked(
    work: Callable[[], int], *, timeout: int = 30, memory: int = MEMORY_LIMIT
) -> Outcome:
    """Run ``work`` in a forked child: SIGALRM after ``timeout`` s, RLIMIT_AS of ``memory``.

    The child's exit status is ``work``'s return value; an uncaught exception prints its
    traceback to the child's stderr and exits 1.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            _child(work, out.fileno(), err.fileno(), timeout, memory)
        _pid, status, usage = os.wait4(pid, 0)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return Outcome(
            os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            usage.ru_maxrss / 1024,
        )


def case_checksum(path: Path) -> str:
    """SHA-256 over every row of every table of a case file, in a stable order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        ).fetchall()
        for (table,) in tables:
            digest.update(table.encode())
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a case file ("ok" when sound)."""
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
