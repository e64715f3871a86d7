"""Start the desktop app: ``lawdiff-gui [CASE]``, ``lawdiff gui CASE`` and ``lawdiff demo``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QApplication

from lawdiff.core.errors import KnownError
from lawdiff.gui.crash import install_excepthook, setup_logging
from lawdiff.gui.demo import demo_interchange
from lawdiff.gui.main_window import MainWindow
from lawdiff.gui.preview import SAMPLE_DIR


def application() -> QApplication:
    """The running QApplication, created with lawdiff's names when there is none."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("lawdiff")
    app.setOrganizationName("lawdiff")
    app.setApplicationDisplayName("lawdiff")
    return app


def open_window(case_path: Path | None, demo: bool = False) -> MainWindow:
    """A shown main window with the case (or the demo case) open."""
    window = MainWindow()
    if demo:
        open_demo(window)
    elif case_path is not None:
        window.open_case(case_path)  # opening never creates: File ▸ New does
    window.show()
    return window


def sample_files() -> list[Path]:
    """The bundled sample filings (data/sample/*.pdf), when present (a source checkout)."""
    return sorted(SAMPLE_DIR.glob("*.pdf"))


def open_demo(window: MainWindow, folder: Path | None = None) -> None:
    """Open a fresh demo case: the sample filings imported and linked, else the invented one."""
    folder = folder or Path(platformdirs.user_data_dir("lawdiff", appauthor=False)) / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sample.lawdiff"
    for stale in folder.glob("sample.lawdiff*"):
        stale.unlink()
    if not window.open_case(path, create=True) or window.case is None:
        return
    files = sample_files()
    if not files:
        window.case.apply(lambda: window.case.workspace.import_interchange(demo_interchange()))  # type: ignore[union-attr]
        return
    op = window.import_files(files)  # links are suggested after it unless the user turned that off
    if op is not None and not window.action_map["suggest_after_import"].isChecked():
        op.done.connect(lambda _changes: window.suggest_links())


def check_case_path(case_path: Path | None) -> None:
    """Refuse a case path that does not exist: only File ▸ New Case creates a case.

    Raises:
        KnownError: no file at ``case_path``.
    """
    if case_path is not None and not case_path.exists():
        raise KnownError(
            f"{case_path}: no such case file. Check the name, or start lawdiff without a case "
            "and use File > New Case to create one."
        )


def run(case_path: Path | None, demo: bool = False) -> int:
    """Run the app until its window closes; return the exit status.

    Raises:
        KnownError: ``case_path`` does not exist.
    """
    check_case_path(case_path)
    app = application()
    setup_logging()
    install_excepthook()
    window = open_window(case_path, demo)
    status = app.exec()
    del window
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``lawdiff-gui``."""
    parser = argparse.ArgumentParser(prog="lawdiff-gui", description="lawdiff desktop app")
    parser.add_argument("case", nargs="?", type=Path, help="an existing case file to open")
    parser.add_argument("--demo", action="store_true", help="open the sample case")
    args = parser.parse_args(argv)
    try:
        return run(args.case, demo=args.demo)
    except KnownError as exc:
        print(f"lawdiff-gui: error: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
