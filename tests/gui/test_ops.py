"""Background work: import with progress, a broken file's error dialog, cancelling, crashes."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from lawdiff.core.progress import Cancelled, Progress
from lawdiff.gui import crash
from lawdiff.gui.dialogs import ErrorDialog
from lawdiff.gui.main_window import MainWindow
from lawdiff.gui.ops import run_op

FILING = """UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON

INVENTED PLAINTIFF, Plaintiff, v. INVENTED DEFENDANT, Defendant.

REPLY IN SUPPORT OF MOTION

I. INTRODUCTION

The opposition does not answer the motion's first argument.

II. ARGUMENT

A. The notice clause controls

The clause says thirty days, and the defendant gave one.
"""


def test_import_runs_in_the_background_with_progress(
    window: MainWindow, tmp_path: Path, qtbot: object
) -> None:
    filing = tmp_path / "reply.txt"
    filing.write_text(FILING, encoding="utf-8")
    op = window.import_files([filing])
    assert op is not None and op.running
    messages: list[str] = []
    op._signals.progress.connect(lambda _d, _t, message: messages.append(message))
    with qtbot.waitSignal(op.done, timeout=20000):  # type: ignore[attr-defined]
        pass
    assert window.case is not None
    assert len(window.case.documents) == 4
    assert window.case_panel is not None and window.case_panel.documents.rowCount() == 4
    assert window.comparison is not None and window.comparison.left_doc.count() == 4
    assert "Imported" in messages


def test_a_broken_file_shows_an_error_naming_it(
    window: MainWindow, tmp_path: Path, qtbot: object, errors: list[str]
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
    op = window.import_files([broken])
    assert op is not None
    with qtbot.waitSignal(op.failed, timeout=20000):  # type: ignore[attr-defined]
        pass
    assert len(errors) == 1 and "broken.pdf" in errors[0]
    assert window.case is not None and len(window.case.documents) == 3


def slow_work(progress: Progress) -> int:
    for n in range(10**7):
        progress(n, 10**7, "working")
    return 0


def test_cancel_stops_the_work_without_an_error_dialog(qtbot: object, errors: list[str]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    op = run_op(parent, "Working", slow_work)
    with qtbot.waitSignal(op.failed, timeout=20000) as blocker:  # type: ignore[attr-defined]
        op.dialog.canceled.emit()  # what the Cancel button does
    assert isinstance(blocker.args[0], Cancelled)
    assert errors == []


def test_a_bug_in_background_work_goes_to_the_excepthook(
    qtbot: object, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: seen.append(exc))
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]

    def buggy(progress: Progress) -> None:
        raise ZeroDivisionError("boom")

    op = run_op(parent, "Working", buggy)
    with qtbot.waitSignal(op.failed, timeout=20000):  # type: ignore[attr-defined]
        pass
    assert [type(e) for e in seen] == [ZeroDivisionError]


class _Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_excepthook_logs_and_shows_an_unexpected_exception_from_a_slot(
    errors: list[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    crash.install_excepthook()
    emitter = _Emitter()

    def slot() -> None:
        raise RuntimeError("a slot broke")

    emitter.fire.connect(slot)
    with caplog.at_level(logging.ERROR, logger="lawdiff"):
        emitter.fire.emit()
    assert len(errors) == 1 and "RuntimeError: a slot broke" in errors[0]
    assert "Traceback" in caplog.text and "a slot broke" in caplog.text


def test_excepthook_shows_a_known_error_as_its_message(errors: list[str]) -> None:
    from lawdiff.core.errors import KnownError

    crash.handle_exception(KnownError, KnownError("is locked", Path("x.lawdiff")), None)
    assert errors == ["x.lawdiff: is locked"]


def test_setup_logging_writes_to_the_log_file(tmp_path: Path) -> None:
    path = crash.setup_logging(tmp_path / "logs" / "lawdiff.log")
    logging.getLogger("lawdiff.gui").error("written")
    assert "written" in path.read_text(encoding="utf-8")
    for handler in list(logging.getLogger("lawdiff").handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            logging.getLogger("lawdiff").removeHandler(handler)
            handler.close()


def test_a_folder_imports_in_docket_order_and_names_what_was_refused(
    window: MainWindow, tmp_path: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorDialog,
        "show_error",
        classmethod(lambda cls, parent, msg, detail="": shown.append((msg, detail))),
    )
    folder = tmp_path / "docket"
    folder.mkdir()
    (folder / "dkt12_reply.txt").write_text(FILING, encoding="utf-8")
    (folder / "dkt3_notice.txt").write_text(FILING.replace("REPLY", "NOTICE"), encoding="utf-8")
    (folder / "dkt7_broken.pdf").write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
    op = window.import_files([folder])
    assert op is not None
    with qtbot.waitSignal(op.done, timeout=60000):  # type: ignore[attr-defined]
        pass
    assert window.case is not None
    names = [d.source_name for d in window.case.documents]
    assert names[3:] == ["dkt3_notice.txt", "dkt12_reply.txt"]  # docket order, not by name
    assert len(shown) == 1 and "1 of 3 files" in shown[0][0]
    assert "dkt7_broken.pdf" in shown[0][1]


def test_analyze_again_keeps_the_case_and_says_what_it_did(
    window: MainWindow, qtbot: object
) -> None:
    window.action_map["analyze"].trigger()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: window.statusBar().currentMessage().startswith("Analysed the filings again"),
        timeout=60000,
    )
    assert window.case is not None and len(window.case.documents) == 3


def _pdf_docket(folder: Path, count: int, pages: int) -> Path:
    from tests.unit.test_cli_docket import stamped_pdf

    folder.mkdir()
    for number in range(1, count + 1):
        stamped_pdf(folder / f"filing_{count - number:02d}.pdf", str(number * 10), pages)
    return folder


def test_a_folder_import_shows_one_bar_with_each_file(
    window: MainWindow, tmp_path: Path, qtbot: object
) -> None:
    folder = _pdf_docket(tmp_path / "docket", 4, 9)  # long enough to be read by pages
    op = window.import_files([folder])
    assert op is not None
    seen: list[tuple[int, int, str]] = []
    op._signals.progress.connect(lambda d, t, m: seen.append((d, t, m)))
    with qtbot.waitSignal(op.done, timeout=120000):  # type: ignore[attr-defined]
        pass
    assert {t for _, t, _ in seen} == {1000} and seen[-1][0] == 1000
    done = [d for d, _, _ in seen]
    assert done == sorted(done)
    assert any("files read" in m and ".pdf" in m for _, _, m in seen), seen
    assert window.case is not None
    names = [d.source_name for d in window.case.documents][3:]
    assert names == [f"filing_{n:02d}.pdf" for n in (3, 2, 1, 0)]  # by their ECF stamps
    assert "docket order: 4 by docket number" in window.statusBar().currentMessage()


def test_a_folder_import_can_be_cancelled(
    window: MainWindow, tmp_path: Path, qtbot: object, errors: list[str]
) -> None:
    import multiprocessing

    folder = _pdf_docket(tmp_path / "docket", 6, 12)
    op = window.import_files([folder])
    assert op is not None
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: "files read" in op.dialog.labelText(), timeout=60000
    )
    with qtbot.waitSignal(op.failed, timeout=60000) as blocker:  # type: ignore[attr-defined]
        op.dialog.canceled.emit()  # what the Cancel button does
    assert isinstance(blocker.args[0], Cancelled) and errors == []
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=20000)  # type: ignore[attr-defined]
    assert window.case is not None
    stored = window.case.workspace.documents()
    assert [d.id for d in window.case.documents] == [d.id for d in stored]
    assert len(stored) < 3 + 6
