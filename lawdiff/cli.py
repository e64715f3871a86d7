"""The ``lawdiff`` command line: the same workspace the GUI uses, one command per job.

Errors the user can fix print one line on stderr and exit 2 (``--debug`` adds the traceback);
a bug exits 1 with the traceback logged.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from lawdiff import __version__
from lawdiff.core.errors import KnownError
from lawdiff.core.model import DocumentInfo, Role, docket_order_said
from lawdiff.core.progress import Progress, no_progress
from lawdiff.workspace import Workspace

if TYPE_CHECKING:
    from lawdiff.report.pdf import PdfRenderer

EXPORT_FORMATS = ("json", "html", "pdf", "docx", "csv", "aif")
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


# C0 and C1 controls (ESC, BEL, CSI...) but newline and tab, and the bidirectional overrides
# that reorder what a terminal shows: a file or party name must not drive the terminal.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN`` / ``\\uNNNN`` instead of obeyed."""
    return _CONTROLS.sub(lambda m: ascii(m.group())[1:-1], text)


def say(text: str, stream: TextIO | None = None) -> None:
    """Print a line for the user, neutralising escape sequences from names in it."""
    print(printable(text), file=stream or sys.stdout)


def terminal_progress(stream: TextIO | None = None) -> Progress:
    """A one-line progress display on a terminal; silent when output is not a terminal."""
    out = stream or sys.stderr
    if not out.isatty():
        return no_progress

    def show(done: int, total: int, message: str) -> None:
        bar = f"[{done}/{total}] " if total else ""
        out.write(f"\r\x1b[2K{bar}{printable(message[:70])}")
        if total and done >= total:
            out.write("\n")
        out.flush()

    return show


def _open(path: str, create: bool = False) -> Workspace:
    ws = Workspace.open(path, create=create)
    ws.on_busy = lambda message: say(message, sys.stderr)
    for notice in ws.notices:
        say(f"note: {notice}", sys.stderr)
    return ws


def find_document(ws: Workspace, key: str) -> DocumentInfo:
    """A document by id, role ("opposition"), or (part of) its file name or title."""
    docs = ws.documents()
    matches = [d for d in docs if key == str(d.id)] or [d for d in docs if d.role.value == key]
    if not matches:
        low = key.lower()
        matches = [d for d in docs if low in d.source_name.lower() or low in d.title.lower()]
    if len(matches) != 1:
        names = ", ".join(f"{d.id}={d.source_name}" for d in docs) or "none"
        what = "matches several documents" if matches else "matches no document"
        raise KnownError(f"'{key}' {what} (documents: {names})")
    return matches[0]


# ---------------------------------------------------------------------------- commands


def cmd_import(args: argparse.Namespace) -> int:
    role = Role(args.role) if args.role else None
    if len(args.files) > 1 or Path(args.files[0]).is_dir():
        return _import_docket(args, role)
    created = not Path(args.case).exists()
    with _open(args.case, create=True) as ws:
        try:
            changes = ws.import_files(
                args.files, role=role, party=args.party or "", progress=terminal_progress()
            )
        except BaseException:
            _remove_if_left_empty(ws, args.case, created)
            raise
        for doc_id in changes.documents_added:
            doc = ws.document(doc_id)
            say(
                f"imported {doc.source_name}: {doc.role.value}, {doc.page_count} pages, "
                f"{doc.segment_count} segments"
            )
        for line in changes.skipped + changes.warnings:
            say(f"note: {line}", sys.stderr)
    return 0


def _remove_if_left_empty(ws: Workspace, case: str, created: bool) -> None:
    """A case this command created and left without a filing is removed again."""
    if created and not ws.documents():
        ws.close()
        for name in (case, f"{case}-wal", f"{case}-shm"):
            Path(name).unlink(missing_ok=True)


def _import_docket(args: argparse.Namespace, role: Role | None) -> int:
    """Many files or folders: docket order, one bar, one line per file; exit 1 if any refused."""
    created = not Path(args.case).exists()
    with _open(args.case, create=True) as ws:
        try:
            outcomes, _changes = ws.import_docket(
                args.files,
                role=role,
                party=args.party or "",
                progress=terminal_progress(),
                workers=args.workers,
            )
        finally:
            _remove_if_left_empty(ws, args.case, created)
        for outcome in outcomes:
            detail = f": {outcome.detail}" if outcome.detail else ""
            for doc_id in outcome.documents:
                doc = ws.document(doc_id)
                detail = f": {doc.role.value}, {doc.page_count} pages, {doc.segment_count} segments"
            say(f"{outcome.status} {outcome.path.name}{detail}")
            for line in outcome.warnings:
                say(f"note: {line}", sys.stderr)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("imported", "duplicate", "refused")}
    say(", ".join(f"{n} {s}" for s, n in counts.items()) + f" of {len(outcomes)} files")
    say(docket_order_said(outcomes))
    return 1 if counts["refused"] else 0


def cmd_link(args: argparse.Namespace) -> int:
    with _open(args.case) as ws:
        source = find_document(ws, args.source).id if args.source else None
        target = find_document(ws, args.target).id if args.target else None
        changes = ws.suggest_links(source, target, progress=terminal_progress())
        new_ids = set(changes.links_added)
        added = [x for x in ws.links() if x.id in new_ids]
        weak = sum(x.weak for x in added)
        say(
            f"{len(added) - weak} new suggestions and {weak} weak candidates (below the "
            f"threshold, for review), {len(changes.links_changed)} refreshed, "
            f"{len(changes.links_removed)} withdrawn"
        )
        _print_rulings(ws)
    return 0


def _print_rulings(ws: Workspace) -> None:
    """Read the case's orders (issue 15) and say what the court decided, in one line each."""
    from lawdiff.core.rulings import DISPOSITION_LABELS

    if not any(d.role is Role.ORDER for d in ws.documents()):
        return
    ws.compute_rulings()
    found = ws.rulings()
    for d in found.dispositions:
        say(f"order: {d.motion}: {DISPOSITION_LABELS[d.kind]} ({d.evidence.where})")
    say(f"order: rulings on {len(found.arguments)} arguments")


def cmd_analyze(args: argparse.Namespace) -> int:
    with _open(args.case) as ws:
        docs = [find_document(ws, key).id for key in args.documents] or None
        prefix = ""
        if args.resegment:
            changes = ws.resegment(docs)
            prefix = f"segmented {len(changes.documents_changed)} documents again: "
        else:
            changes = ws.classify(docs)
        say(f"{prefix}classified and cite-scanned {len(changes.segments_changed)} segments")
    return 0


CASE_FIELDS = ("caption", "court", "docket")
DOCUMENT_FIELDS = ("title", "role", "motion_kind", "party", "filed")


def cmd_edit(args: argparse.Namespace) -> int:
    given = {k: v for k, v in vars(args).items() if k in CASE_FIELDS + DOCUMENT_FIELDS and v}
    case_fields = {k: v for k, v in given.items() if k in CASE_FIELDS}
    doc_fields = {k: v for k, v in given.items() if k in DOCUMENT_FIELDS}
    if not given or (args.document and case_fields) or (doc_fields and not args.document):
        raise KnownError(
            "say what to change: --caption, --court or --docket for the case, or a DOC and "
            "--title, --role, --motion-kind, --party or --filed for one of its documents"
        )
    with _open(args.case) as ws:
        if not args.document:
            ws.set_case_info(**case_fields)
            say(f"changed the case's {', '.join(case_fields)}")
            return 0
        doc = find_document(ws, args.document)
        role = Role(doc_fields.pop("role")) if "role" in doc_fields else None
        ws.update_document(doc.id, role=role, **doc_fields)
        changed = ", ".join(f.replace("_", " ") for f in given)
        say(f"changed {changed} of {doc.source_name}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with _open(args.case) as ws:
        doc = find_document(ws, args.document)
        ws.delete_document(doc.id)
        say(f"removed {doc.source_name} with its segments and links")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from lawdiff.show import render_case_table

    with _open(args.case) as ws:
        say(render_case_table(ws))
    return 0


def pdf_renderer(fmt: str) -> PdfRenderer | None:
    """Qt's PDF renderer when ``fmt`` is "pdf" (Qt is loaded for nothing else), else None.

    With no display and no ``QT_QPA_PLATFORM`` chosen, Qt would abort the process on
    creating its application: a command line has no window, so it draws offscreen.
    """
    if fmt.lower().lstrip(".") != "pdf":
        return None
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from lawdiff.gui.report_pdf import write_pdf
    except ImportError as exc:  # a server install without Qt can still export everything else
        raise KnownError(
            f"PDF export needs PySide6 ({exc}); install it, or export html, docx or csv"
        ) from exc
    return write_pdf


def cmd_export(args: argparse.Namespace) -> int:
    from lawdiff.export import export_case

    renderer = pdf_renderer(args.format)
    with _open(args.case) as ws:
        out = export_case(
            ws, args.format, Path(args.output), progress=terminal_progress(), pdf=renderer
        )
    say(f"wrote {out}")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from lawdiff.export import check_output_path, export_case

    output = Path(args.output)
    fmt = args.format or (output.suffix.lstrip(".").lower() or "html")
    check_output_path(output, inputs=[Path(f) for f in args.files])
    with (
        tempfile.TemporaryDirectory(prefix="lawdiff-") as tmp,
        _open(str(Path(tmp) / "compare.lawdiff"), create=True) as ws,
    ):
        ws.import_files(args.files, progress=terminal_progress())
        ws.suggest_links(progress=terminal_progress())
        _print_rulings(ws)
        out = export_case(ws, fmt, output, progress=terminal_progress(), pdf=pdf_renderer(fmt))
    say(f"wrote {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    used = Workspace.restore_backup(args.case)
    say(
        f"restored {args.case} from {used.name}; the damaged file was kept as "
        f"{Path(args.case).name}.damaged (with its -wal and -shm, if any)"
    )
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from lawdiff.gui.app import run

    return run(Path(args.case) if args.case else None)


def cmd_demo(args: argparse.Namespace) -> int:
    from lawdiff.gui.app import run

    return run(None, demo=True)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from lawdiff.evaluation.run import run_evaluation

    corpus = Path(args.corpus) if args.corpus else None
    if getattr(args, "perturb", False):
        if args.what == "rulings":
            from lawdiff.rulings_eval import run_ruling_perturb_eval

            say(run_ruling_perturb_eval(corpus))
            return 0
        if args.what != "segments":
            raise KnownError(
                "--perturb measures segments or rulings: lawdiff evaluate segments --perturb"
            )
        from lawdiff.evaluation.layouts import run_layout_eval
        from lawdiff.evaluation.run import REPO

        say(run_layout_eval(REPO / "data" / "briefpairs"))
        return 0
    held_out_only = bool(getattr(args, "held_out", False))
    if held_out_only and args.what != "links":
        raise KnownError("--held-out scores links only: lawdiff evaluate links --held-out")
    if args.what != "rulings":
        fit = bool(getattr(args, "fit", False))
        say(run_evaluation(args.what, corpus, fit=fit, held_out_only=held_out_only))
    if args.what in ("rulings", "all"):
        from lawdiff.rulings_eval import run_ruling_eval

        say(run_ruling_eval(corpus))
    return 0


# ---------------------------------------------------------------------------- parser


_EDIT_OPTIONS: list[tuple[str, dict[str, object]]] = [
    ("--caption", {"metavar": "TEXT"}),
    ("--court", {"metavar": "TEXT"}),
    ("--docket", {"metavar": "TEXT"}),
    ("--title", {"metavar": "TEXT"}),
    ("--role", {"choices": [r.value for r in Role]}),
    ("--motion-kind", {"dest": "motion_kind", "metavar": "KIND"}),
    ("--party", {"metavar": "NAME"}),
    ("--filed", {"metavar": "DATE"}),
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lawdiff",
        description="Compare adversarial legal filings argument by argument.",
    )
    parser.add_argument("--version", action="version", version=f"lawdiff {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add(
        sub,
        "import",
        cmd_import,
        "import filings into a case (creates it if absent)",
        [("case", {}), ("files", {"nargs": "+", "metavar": "FILE_OR_FOLDER"})],
        [
            ("--role", {"choices": [r.value for r in Role], "help": "override the inferred role"}),
            ("--party", {"help": "override the inferred filing party"}),
            (
                "--workers",
                {
                    "type": int,
                    "help": "processes reading a folder's files at once (default: one per "
                    "core, at most 4; 1 reads them one after another)",
                },
            ),
        ],
    )
    _add(
        sub,
        "link",
        cmd_link,
        "suggest which sections answer which arguments",
        [("case", {})],
        [
            ("--from", {"dest": "source", "metavar": "DOC", "help": "moving-side document"}),
            ("--to", {"dest": "target", "metavar": "DOC", "help": "answering document"}),
        ],
    )
    _add(
        sub,
        "analyze",
        cmd_analyze,
        "classify claims and find citations again (your own claim tags are kept)",
        [("case", {}), ("documents", {"nargs": "*", "metavar": "DOC"})],
        [
            (
                "--resegment",
                {
                    "action": "store_true",
                    "help": "segment the documents again (drops their links and your tags)",
                },
            )
        ],
    )
    _add(
        sub,
        "edit",
        cmd_edit,
        "correct the case's caption, court or docket, or what was inferred about a document",
        [("case", {}), ("document", {"nargs": "?", "metavar": "DOC"})],
        _EDIT_OPTIONS,
    )
    _add(
        sub,
        "remove",
        cmd_remove,
        "remove a document from the case, with its segments and links",
        [("case", {}), ("document", {"metavar": "DOC"})],
        [],
    )
    _add(sub, "show", cmd_show, "documents, segments, claims and link coverage", [("case", {})], [])
    _add(
        sub,
        "export",
        cmd_export,
        "write a comparison report or the JSON export",
        [("case", {})],
        [
            ("--format", {"choices": EXPORT_FORMATS, "required": True}),
            ("-o", {"dest": "output", "metavar": "PATH", "required": True}),
        ],
    )
    _add(
        sub,
        "compare",
        cmd_compare,
        "one shot: import, link and report without keeping a case",
        [("files", {"nargs": "+", "metavar": "FILE"})],
        [
            ("-o", {"dest": "output", "metavar": "REPORT", "required": True}),
            ("--format", {"choices": EXPORT_FORMATS, "help": "default: from the file extension"}),
        ],
    )
    _add(
        sub,
        "restore",
        cmd_restore,
        "replace a damaged case by its newest backup copy",
        [("case", {})],
        [],
    )
    _add(sub, "gui", cmd_gui, "open the desktop app", [("case", {"nargs": "?"})], [])
    _add(sub, "demo", cmd_demo, "open the desktop app on the bundled sample case", [], [])
    _add(
        sub,
        "evaluate",
        cmd_evaluate,
        "measure segmentation, claims, links or court rulings on labelled sets",
        [("what", {"choices": ["segments", "claims", "links", "rulings", "all"]})],
        [
            ("--corpus", {"help": "folder of real filings (default ../shared/corpus)"}),
            ("--fit", {"action": "store_true", "help": "refit the link model on every pair"}),
            (
                "--held-out",
                {
                    "action": "store_true",
                    "help": "with links: score only the held-out sets (one fit on every tuning "
                    "case; their figures as in a full run, much faster)",
                },
            ),
            (
                "--perturb",
                {
                    "action": "store_true",
                    "help": "with segments: the outlines of the tuning brief pairs under "
                    "layout perturbations (page furniture, OCR noise, Markdown, ...); with "
                    "rulings: the dispositions of the tuning orders under decree forms",
                },
            ),
        ],
    )
    return parser


def _add(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    func: Callable[[argparse.Namespace], int],
    help_text: str,
    positionals: Sequence[tuple[str, dict[str, object]]],
    options: Sequence[tuple[str, dict[str, object]]],
) -> None:
    cmd = sub.add_parser(name, help=help_text, description=help_text)
    for arg, kw in positionals:
        cmd.add_argument(arg, **kw)  # type: ignore[arg-type]
    for flag, kw in options:
        cmd.add_argument(flag, **kw)  # type: ignore[arg-type]
    cmd.set_defaults(func=func)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KnownError as exc:
        if args.debug:
            traceback.print_exc()
        one_line = " ".join(str(exc).splitlines())  # a file name may hold a line break
        say(f"lawdiff: error: {one_line}", sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("lawdiff: interrupted; the case was left as it was", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`lawdiff show CASE | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
