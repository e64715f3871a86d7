"""Reading a user's file safely: what it is, its first bytes and its hash, in one read.

The one home of the checks every import makes (missing, a folder, a pipe, unreadable), each
with one message that names the file.
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from pathlib import Path

from lawdiff.core.errors import KnownError

HEAD = 4096  # bytes enough to tell a file's kind
_BLOCK = 1 << 20


@dataclass(frozen=True)
class FileFacts:
    """What one pass over a file tells: its first bytes and its SHA-256 (hex)."""

    head: bytes
    sha256: str


def check_file(path: Path) -> None:
    """Raise unless ``path`` names a regular file (without opening it).

    Raises:
        KnownError: missing, a folder, or a pipe or device (opening one would wait forever).
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise KnownError("no such file (was it moved or renamed?)", path) from None
    except OSError as exc:
        raise KnownError(f"cannot be read ({exc.strerror or exc})", path) from None
    if stat.S_ISDIR(mode):
        raise KnownError("is a folder, not a file", path)
    if not stat.S_ISREG(mode):
        raise KnownError("is not a regular file (a pipe or device?)", path)


def readable_file(path: Path) -> Path:
    """``path`` if it is a regular file that can be opened for reading.

    Raises:
        KnownError: missing, a folder, a pipe or device, or unreadable.
    """
    read_head(path, 1)
    return path


def read_head(path: Path, size: int = HEAD) -> bytes:
    """The first ``size`` bytes of a regular file (fewer if it is shorter).

    Raises:
        KnownError: missing, a folder, a pipe or device, or unreadable.
    """
    check_file(path)
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise KnownError(f"cannot be read ({exc.strerror or exc})", path) from None


def file_facts(path: Path) -> FileFacts:
    """Head and hash of a regular file, from a single read of it.

    Raises:
        KnownError: missing, a folder, a pipe or device, or unreadable.
    """
    check_file(path)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD)
            digest.update(head)
            for block in iter(lambda: fh.read(_BLOCK), b""):
                digest.update(block)
    except OSError as exc:
        raise KnownError(f"cannot be read ({exc.strerror or exc})", path) from None
    return FileFacts(head, digest.hexdigest())
