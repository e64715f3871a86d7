"""Errors split the qutebrowser way: the user's or the environment's problem vs. ours."""

from __future__ import annotations

from pathlib import Path


class KnownError(Exception):
    """A problem the user or the environment caused: bad file, locked case, full disk.

    The message is shown as is (one line), so it names the file and says what to do.
    """

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.detail = message
        text = f"{self.path.name}: {message}" if self.path is not None else message
        super().__init__(text)

    @property
    def message(self) -> str:
        """The one-line message for the user."""
        return str(self)


class CaseBusyError(KnownError):
    """The case database is locked by another process for longer than we waited."""


class BugError(Exception):
    """An internal inconsistency: a bug in lawdiff, logged with its traceback."""


class CaseDamagedError(KnownError):
    """The case file failed its integrity check; ``backups`` are copies that may restore it."""

    def __init__(self, message: str, path: str | Path, backups: tuple[Path, ...] = ()) -> None:
        super().__init__(message, path)
        self.backups = backups
