"""Export a case: the one entry point the CLI and the GUI call for every format.

Each export is written to a temporary file in the target folder and renamed into place
(``os.replace``) only when it is complete, so a failure never leaves half a report and an
existing file is replaced only on success.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lawdiff.core.errors import BugError, KnownError
from lawdiff.core.model import CaseSnapshot
from lawdiff.core.progress import Progress, no_progress
from lawdiff.report import Report, ReportOptions, build_report
from lawdiff.report.pdf import PdfRenderer

if TYPE_CHECKING:
    from lawdiff.workspace import Workspace


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its file extension and what a file dialog calls it."""

    extension: str
    description: str


FORMATS: dict[str, ExportFormat] = {
    "json": ExportFormat(".json", "lawdiff JSON (the interchange format)"),
    "html": ExportFormat(".html", "HTML report"),
    "pdf": ExportFormat(".pdf", "PDF report"),
    "docx": ExportFormat(".docx", "Word report"),
    "csv": ExportFormat(".csv", "CSV table of links and unanswered arguments"),
    "aif": ExportFormat(".json", "AIF argument map"),
}

Writer = Callable[[CaseSnapshot, ReportOptions, Path, Progress], None]


def export_case(
    workspace: Workspace,
    fmt: str,
    path: Path,
    options: ReportOptions | None = None,
    progress: Progress = no_progress,
    *,
    pdf: PdfRenderer | None = None,
) -> Path:
    """Write the case (or its comparison report) to ``path`` in format ``fmt``.

    Args:
        workspace: the open case.
        fmt: one of :data:`FORMATS` ("json", "html", "pdf", "docx", "csv", "aif").
        path: the file to write; replaced only when the new one is complete.
        options: what the report covers; pairs default to ``workspace.answering_pairs()``.
        progress: told about each step; may raise ``Cancelled``.
        pdf: draws the PDF report (``lawdiff.gui.report_pdf.write_pdf``); the caller passes
            it so that nothing below the GUI imports Qt. Needed for "pdf" only.

    Returns:
        ``path``.

    Raises:
        KnownError: unknown format, the folder is missing or not writable, or the file could
            not be written completely (the previous file is then kept).
    """
    path = Path(path)
    writer = _writer_for(fmt, path, pdf)
    _check_folder(path)
    check_output_path(path, case=workspace.path)
    progress(0, 3, "Reading the case")
    snapshot = workspace.snapshot()
    options = options or ReportOptions()
    if options.pairs is None:
        options = replace(options, pairs=tuple(workspace.answering_pairs()))
    progress(1, 3, f"Writing {path.name}")
    _write_atomically(path, lambda tmp: writer(snapshot, options, tmp, progress))
    progress(3, 3, f"Exported {path.name}")
    return path


def _writer_for(fmt: str, path: Path, pdf: PdfRenderer | None) -> Writer:
    writers: dict[str, Writer] = {
        "json": _write_json,
        "html": _write_html,
        "pdf": _pdf_writer(pdf),
        "docx": _write_docx,
        "csv": _write_csv,
        "aif": _write_aif,
    }
    key = fmt.lower().lstrip(".")
    if key not in writers:
        names = ", ".join(FORMATS)
        raise KnownError(f"cannot export as {fmt!r}; choose one of {names}", path)
    return writers[key]


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise KnownError(f"the folder {folder} does not exist; choose another place", path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise KnownError(f"the folder {folder} is not writable; choose another place", path)
    if path.is_dir():
        raise KnownError("is a folder; choose a file name", path)


def check_output_path(path: Path, *, case: Path | None = None, inputs: Sequence[Path] = ()) -> None:
    """Refuse an output path that is the case file (or its journal) or one of the inputs.

    Compared by resolved path (``..``, symbolic links) and, for files that exist, by device
    and inode (hard links), so no spelling of a name can overwrite the user's work.

    Raises:
        KnownError: ``path`` names the case, its journal, or an input file.
    """
    if case is not None:
        journal = [Path(f"{case}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
        if any(_same_file(path, other) for other in (case, *journal)):
            raise KnownError(
                "is the case file itself (or its journal); choose another name for the report",
                path,
            )
    if any(_same_file(path, Path(other)) for other in inputs):
        raise KnownError("is one of the input files; choose another name for the report", path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:  # a symlink loop or an unreadable folder: not provably the same
        return False


def _remove_stale_parts(path: Path) -> None:
    """Delete ``.part`` files of ``path`` left by an export that was killed."""
    for part in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        pid = part.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                part.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Run ``write`` on a temporary file next to ``path``, then rename it into place.

    The temporary name carries our process id, so the next export can tell a ``.part`` file
    left by a killed export from one still being written, and remove it.
    """
    _remove_stale_parts(path)
    try:
        handle, name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".part"
        )
    except OSError as exc:
        raise KnownError(f"cannot write here: {exc.strerror}", path) from exc
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        tmp.chmod(path.stat().st_mode & 0o777 if path.exists() else 0o644)
        tmp.replace(path)
    except OSError as exc:
        raise KnownError(f"could not be written: {exc.strerror or exc}", path) from exc
    except KnownError as exc:
        if exc.path != tmp:
            raise
        raise KnownError(exc.detail, path) from exc  # name the file the user chose
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _report(snapshot: CaseSnapshot, options: ReportOptions) -> Report:
    return build_report(snapshot, options)


def _write_json(
    snapshot: CaseSnapshot, options: ReportOptions, tmp: Path, progress: Progress
) -> None:
    from lawdiff.interchange import snapshot_to_json, validate_interchange

    data = snapshot_to_json(snapshot)
    _dump_json(data, tmp)  # first: a number JSON cannot hold is the user's problem, not ours
    try:
        validate_interchange(data)
    except KnownError as exc:  # our own export failing our own schema is a bug
        raise BugError(f"JSON export does not validate: {exc}") from exc


def _json_text(data: Any, tmp: Path) -> str:
    try:
        return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    except ValueError as exc:  # only a number stored by an older lawdiff can be infinite
        raise KnownError(
            "the case holds a score or weight that is not a finite number (imported by an "
            "older lawdiff), which JSON cannot hold; the report formats still work",
            tmp,
        ) from exc


def _dump_json(data: Any, tmp: Path) -> None:
    tmp.write_text(_json_text(data, tmp), encoding="utf-8")


def _write_html(
    snapshot: CaseSnapshot, options: ReportOptions, tmp: Path, progress: Progress
) -> None:
    from lawdiff.report.html import render_html

    tmp.write_text(render_html(_report(snapshot, options)), encoding="utf-8")


def _pdf_writer(pdf: PdfRenderer | None) -> Writer:
    def write(
        snapshot: CaseSnapshot, options: ReportOptions, tmp: Path, progress: Progress
    ) -> None:
        from lawdiff.report.html import render_html

        if pdf is None:
            raise BugError("a PDF export needs a renderer (lawdiff.gui.report_pdf.write_pdf)")
        report = _report(snapshot, options)
        header = " — ".join(x for x in (report.caption, report.title) if x)
        html = render_html(report, print_version=True)
        pdf(html, tmp, header=header, title=header, progress=progress)

    return write


def _write_docx(
    snapshot: CaseSnapshot, options: ReportOptions, tmp: Path, progress: Progress
) -> None:
    from lawdiff.report.docx_writer import write_docx

    write_docx(_report(snapshot, options), tmp)


def _write_csv(
    snapshot: CaseSnapshot, options: ReportOptions, tmp: Path, progress: Progress
) -> None:
    from lawdiff.report.csv_writer import render_csv

    # A byte-order mark so spreadsheet programs read the UTF-8 (¶, §, non-Latin text).
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write(render_csv(_report(snapshot, options)))


def _write_aif(
    snapshot: CaseSnapshot, options: ReportOptions, tmp: Path, progress: Progress
) -> None:
    from lawdiff.report.aif import report_to_aif

    _dump_json(report_to_aif(_report(snapshot, options)), tmp)
