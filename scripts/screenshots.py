"""Regenerate the README screenshots from the running app (offscreen).

Usage::

    .venv/bin/python scripts/screenshots.py [--out docs/images]

Opens the sample case (data/sample PDFs imported and linked) or, where the import stages are
missing, the invented demo case; selects an argument so its rebuttal and links show; grabs
the main window with ``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lawdiff.core.model import LinkStatus
from lawdiff.gui.app import application, sample_files
from lawdiff.gui.demo import demo_interchange
from lawdiff.gui.main_window import MainWindow
from lawdiff.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]


def build_case(folder: Path) -> Path:
    """A case file in ``folder``: the sample filings when they import, else the demo case."""
    path = folder / "sample.lawdiff"
    with Workspace.open(path, create=True) as ws:
        files = sample_files()
        if files:
            ws.import_files(files)
            ws.suggest_links()
        else:
            ws.import_interchange(demo_interchange())
    return path


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab_main_window(case: Path, out: Path, settings: QSettings) -> Path:
    app = application()
    window = MainWindow(settings)
    window.resize(1500, 900)
    window.open_case(case)
    window.show()
    settle(app)
    assert window.comparison is not None and window.case is not None
    pane = window.comparison.left
    shown = {s.id for s in pane.segments.rows()}
    linked = [x for x in window.case.links if x.source in shown]
    linked.sort(key=lambda x: (x.status is not LinkStatus.ACCEPTED, -x.score))
    if linked:
        window.comparison.select_segment(linked[0].source)
    settle(app)
    target = out / "main-window.png"
    window.grab().save(str(target))
    window.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "images")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        case = build_case(Path(tmp))
        print(grab_main_window(case, args.out, settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
