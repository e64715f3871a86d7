"""Time the desktop app on a large case: first paint of the main window and scrolling a pane.

Usage::

    .venv/bin/python bench/gui.py [--filings 10] [--segments 10000]

Builds a case of invented filings through ``Workspace.import_interchange`` (no PDF stages),
then, offscreen, measures the time from creating the main window to the first paint of the
comparison panes (target < 2 s) and the time to scroll a whole pane page by page, repainting
each page (the slowest page shows stalls).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from lawdiff.gui.app import application
from lawdiff.gui.demo import synthetic_interchange
from lawdiff.gui.main_window import MainWindow
from lawdiff.gui.views.pane import SegmentList
from lawdiff.workspace import Workspace


class PaintWatch(QObject):
    """Notes when a widget first paints."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def build_case(folder: Path, filings: int, segments: int) -> Path:
    path = folder / "bench.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(synthetic_interchange(filings, segments))
    return path


def first_paint(app: QApplication, path: Path, settings: QSettings) -> tuple[MainWindow, float]:
    start = time.perf_counter()
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.open_case(path)
    assert window.comparison is not None
    watch = PaintWatch()
    window.comparison.left.viewport().installEventFilter(watch)
    window.show()
    while not watch.painted:
        app.processEvents()
    return window, time.perf_counter() - start


def scroll_pane(app: QApplication, pane: SegmentList) -> tuple[float, float, int]:
    """Scroll from top to bottom a page at a time; (total s, slowest page s, pages)."""
    bar = pane.verticalScrollBar()
    bar.setValue(0)
    slowest, pages = 0.0, 0
    start = time.perf_counter()
    while True:
        t = time.perf_counter()
        pane.viewport().repaint()
        app.processEvents()
        slowest = max(slowest, time.perf_counter() - t)
        pages += 1
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
    return time.perf_counter() - start, slowest, pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="lawdiff GUI benchmark")
    parser.add_argument("--filings", type=int, default=10)
    parser.add_argument("--segments", type=int, default=10_000)
    args = parser.parse_args(argv)
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        path = build_case(Path(tmp), args.filings, args.segments)
        built = time.perf_counter() - t
        print(f"case: {args.filings} filings, {args.segments} segments, built in {built:.2f} s")
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window, shown = first_paint(app, path, settings)
        verdict = "ok" if shown < 2.0 else "SLOW (target < 2 s)"
        print(f"first paint of the main window: {shown:.2f} s  [{verdict}]")
        assert window.comparison is not None
        pane = window.comparison.left
        total, slowest, pages = scroll_pane(app, pane)
        rows = pane.model().rowCount()
        print(
            f"scroll {rows} rows ({pages} pages): {total:.2f} s, "
            f"slowest page {slowest * 1000:.1f} ms, mean {total / pages * 1000:.1f} ms"
        )
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
