"""Our own ``sys.excepthook``: anything unexpected is logged with its traceback and shown.

PySide6 prints and swallows exceptions raised in slots; routing them here means the user sees
a dialog and the log file keeps the traceback.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtWidgets import QApplication

from lawdiff.core.errors import KnownError
from lawdiff.gui.dialogs import ErrorDialog

log = logging.getLogger("lawdiff.gui")


def log_path() -> Path:
    """lawdiff.log in the platform's log folder."""
    return Path(platformdirs.user_log_dir("lawdiff", appauthor=False)) / "lawdiff.log"


def setup_logging(path: Path | None = None) -> Path:
    """Send lawdiff's warnings and errors to the log file; return its path."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("lawdiff").addHandler(handler)
    return path


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log and show an exception that reached the top of the event loop."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, KnownError):
        log.warning("%s", exc.message)
        ErrorDialog.show_error(parent, exc.message)
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", text)
    message = (
        f"Something went wrong inside lawdiff: {exc_type.__name__}: {exc}\n\n"
        f"The details were written to {log_path()}. Your case was saved up to the last change."
    )
    ErrorDialog.show_error(parent, message, text)


def install_excepthook() -> None:
    sys.excepthook = handle_exception
