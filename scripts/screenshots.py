"""Regenerate the README screenshots, and every size / palette / scaling to look at (offscreen).

Usage::

    .venv/bin/python scripts/screenshots.py [--out docs/images] [--all build/screenshots]

Opens the sample case (data/sample PDFs imported and linked) or, where the import stages are
missing, the invented demo case; selects an argument with a link so its rebuttal, links and
reasons show; grabs the main window with ``QWidget.grab()``.

``--out`` gets the README's three pictures (light at 1400 x 860 and at 1024 x 700, dark at
1400 x 860). ``--all`` also writes the whole matrix: 1024 x 700 to 2560 x 1440, light and
dark palettes, 100 % and 200 % scaling (``QT_SCALE_FACTOR``, which must be set before Qt
starts, so each scaling runs in its own process).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from lawdiff.core.model import LinkStatus, Role
from lawdiff.gui.app import application, sample_files
from lawdiff.gui.demo import demo_interchange
from lawdiff.gui.main_window import MainWindow
from lawdiff.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
README_SHOTS = (  # name, width, height, palette, docks shown, search and hover shown
    ("main-window", 1400, 860, "light", True, False),
    ("main-window-1024", 1024, 700, "light", False, False),
    ("main-window-dark", 1400, 860, "dark", True, False),
    ("main-window-search", 1400, 860, "light", True, True),
)
RULING_SHOTS = (  # the court's ruling badges, the order's section shown beside the argument
    ("rulings-badges", 1400, 860, "light"),
    ("rulings-badges-1024", 1024, 700, "light"),
    ("rulings-badges-dark", 1400, 860, "dark"),
)
SEARCH = "Sherman"
MATRIX = {  # scaling -> logical window sizes
    1: ((1024, 700), (1400, 860), (1600, 1000), (2560, 1440)),
    2: ((1024, 700), (1280, 720)),
}


def build_case(folder: Path) -> Path:
    """A case file in ``folder``: the sample filings when they import, else the demo case."""
    path = folder / "sample.lawdiff"
    with Workspace.open(path, create=True) as ws:
        files = sample_files()
        if files:
            ws.import_files(files)
            ws.suggest_links()
            ws.compute_rulings()  # the order's rulings, as scripts/sample computes them
        else:
            ws.import_interchange(demo_interchange())
    return path


def dark_palette() -> QPalette:
    """A dark palette like a desktop's dark theme (the app itself follows the system's)."""
    colors = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#333333",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#505050",
        QPalette.ColorRole.Light: "#6a6a6a",
        QPalette.ColorRole.Midlight: "#555555",
        QPalette.ColorRole.Dark: "#151515",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def grab(
    case: Path, target: Path, size: tuple[int, int], docks: bool | None, states: bool = False
) -> Path:
    """One screenshot; ``docks`` None keeps the window's own default for that size.

    ``states`` also runs a search (hits framed in the panes) and hovers a band line.
    """
    app = application()
    with shown_window(case, size) as window:
        if docks is not None:
            window.docks["Details"].setVisible(docks)
        settle(app)
        assert window.comparison is not None and window.case is not None
        pane = window.comparison.left
        shown = {s.id for s in pane.segments.rows()}
        linked = [x for x in window.case.links if x.source in shown]
        linked.sort(key=lambda x: (x.status is not LinkStatus.ACCEPTED, -x.score))
        if linked:
            window.comparison.select_segment(linked[0].source)
            if window.action_map["accept"].isEnabled():  # one accepted link: ✓ and a solid line
                window.action_map["accept"].trigger()
        settle(app)
        if states:
            show_states(app, window)
        window.grab().save(str(target))
    return target


def grab_rulings(case: Path, target: Path, size: tuple[int, int]) -> Path:
    """The motion with its ruling badges on the left and, as a badge click shows it, the
    order's section on the Sherman Act argument on the right."""
    app = application()
    with shown_window(case, size) as window:
        settle(app)
        view, state = window.comparison, window.case
        assert view is not None and state is not None
        motion = next(d for d in state.documents if d.role is Role.MOTION)
        sherman = next(s for s in state.segments(motion.id) if "Sherman" in s.heading)
        view.select_segment(sherman.id)
        ruling = state.workspace.rulings().of_argument(sherman.id)
        if ruling is not None:
            pane = view.left if view.left.index_of(sherman.id).isValid() else view.right
            view.show_ruling_section(ruling, pane)
            pane.scrollTo(pane.index_of(sherman.id), pane.ScrollHint.PositionAtTop)
        settle(app)
        window.grab().save(str(target))
    return target


@contextmanager
def shown_window(case: Path, size: tuple[int, int]) -> Iterator[MainWindow]:
    """The main window at ``size`` on ``case``, with settings of its own (not the user's),
    closed afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(*size)
        window.open_case(case)
        window.show()
        try:
            yield window
        finally:
            window.close_case()
            window.close()


def show_states(app: QApplication, window: MainWindow) -> None:
    """Search hits on screen, the Search tab raised, and the mouse over a band line."""
    assert window.search is not None and window.comparison is not None
    window.docks["Search"].raise_()
    window.search.search(SEARCH)
    deadline = time.monotonic() + 30
    while window.search.op is not None and time.monotonic() < deadline:
        app.processEvents()
    settle(app)
    band = window.comparison.band
    band.repaint()
    if band._paths:
        link, _path = band._paths[len(band._paths) // 2]
        band._hover(link)
    settle(app)


def use_palette(name: str) -> None:
    app = application()
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if name == "dark" else app.style().standardPalette())


def matrix(case: Path, out: Path, scale: int) -> None:
    """Every size of ``MATRIX[scale]`` in both palettes (this process runs at ``scale``)."""
    for palette in ("light", "dark"):
        use_palette(palette)
        for width, height in MATRIX[scale]:
            name = f"main-{width}x{height}-{palette}@{scale}x.png"
            print(grab(case, out / name, (width, height), None))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "images")
    parser.add_argument("--all", type=Path, help="also write the size/palette/scale matrix here")
    parser.add_argument("--case", type=Path, help=argparse.SUPPRESS)  # used by --all's children
    parser.add_argument("--scale", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        case = args.case or build_case(Path(tmp))
        if args.scale:  # a child process started with QT_SCALE_FACTOR set
            matrix(case, args.all, args.scale)
            return 0
        args.out.mkdir(parents=True, exist_ok=True)
        for name, width, height, palette, docks, states in README_SHOTS:
            use_palette(palette)
            print(grab(case, args.out / f"{name}.png", (width, height), docks, states))
        for name, width, height, palette in RULING_SHOTS:
            use_palette(palette)
            print(grab_rulings(case, args.out / f"{name}.png", (width, height)))
        if args.all is not None:
            args.all.mkdir(parents=True, exist_ok=True)
            for scale in MATRIX:
                env = dict(os.environ, QT_SCALE_FACTOR=str(scale))
                command = [sys.executable, __file__, "--all", str(args.all), "--case", str(case)]
                subprocess.run([*command, "--scale", str(scale)], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
