"""Reading a user's file safely: existence, type and hash, with messages that name it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from lawdiff.core.errors import KnownError


def readable_file(path: Path) -> Path:
    """``path`` if it is a regular, readable file.

    Raises:
        KnownError: missing, a folder, or unreadable.
    """
    if not path.exists():
        raise KnownError("no such file", path)
    if path.is_dir():
        raise KnownError("is a folder, not a file", path)
    try:
        with path.open("rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise KnownError(f"cannot be read ({exc.strerror or exc})", path) from exc
    return path


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes (hex).

    Raises:
        KnownError: the file cannot be read.
    """
    digest = hashlib.sha256()
    try:
        with readable_file(path).open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise KnownError(f"cannot be read ({exc.strerror or exc})", path) from exc
    return digest.hexdigest()
