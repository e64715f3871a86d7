"""How long work reports progress and is cancelled, without knowing who listens."""

from __future__ import annotations

from typing import Protocol

from lawdiff.core.errors import KnownError


class Progress(Protocol):
    """Called as work advances; may raise :class:`Cancelled` to stop it."""

    def __call__(self, done: int, total: int, message: str) -> None: ...


class Cancelled(KnownError):
    """The user cancelled the work; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("cancelled; the case was left as it was")


def no_progress(done: int, total: int, message: str) -> None:
    """A :class:`Progress` that ignores everything."""
