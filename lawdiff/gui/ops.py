"""Background work: run a workspace call off the GUI thread with a cancellable progress dialog.

Anki's "op" idea: ``run_op(parent, "Importing…", work, on_done)`` where ``work`` receives a
:class:`~lawdiff.core.progress.Progress`. The callback raises
:class:`~lawdiff.core.progress.Cancelled` once the user pressed Cancel. A
:class:`~lawdiff.core.errors.KnownError` ends in an error dialog with its message; anything else
goes to ``sys.excepthook`` (our own, which logs it and shows it).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lawdiff.core.errors import KnownError
from lawdiff.core.progress import Cancelled, Progress
from lawdiff.gui.dialogs import ErrorDialog

REPORT_EVERY = 0.05  # seconds between progress updates sent to the GUI thread


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancelled = threading.Event()
        self._last = 0.0

    def report(self, done: int, total: int, message: str) -> None:
        if self.cancelled.is_set():
            raise Cancelled
        now = time.monotonic()
        # Tight loops may report thousands of times a second; the dialog needs a few.
        if now - self._last >= REPORT_EVERY or done >= total:
            self._last = now
            self.signals.progress.emit(done, total, message)

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except BaseException as exc:  # handed to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Op(QObject):
    """One running background call.

    Signals:
        done(object): the call's result, on the GUI thread.
        failed(object): the exception it raised (already shown to the user).
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self._signals = _Signals()
        self._job = _Job(work, self._signals)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.dialog.canceled.connect(self.cancel)
        self.running = False

    def start(self) -> Op:
        self.running = True
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._job.cancelled.set()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total))
        self.dialog.setLabelText(message)

    def _on_finished(self, result: object) -> None:
        self._close()
        self.done.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        parent = self.parent()
        widget = parent if isinstance(parent, QWidget) else None
        if isinstance(exc, Cancelled):
            pass
        elif isinstance(exc, KnownError):
            ErrorDialog.show_error(widget, exc.message)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        self.failed.emit(exc)

    def _close(self) -> None:
        self.running = False
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()


def run_op(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
) -> Op:
    """Start ``work(progress)`` in the thread pool; call ``on_done(result)`` on the GUI thread."""
    op = Op(parent, title, work)
    if on_done is not None:
        op.done.connect(on_done)
    op.done.connect(op.deleteLater)
    op.failed.connect(op.deleteLater)
    return op.start()
