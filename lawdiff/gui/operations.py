"""The open case's background work, started from the main window: importing filings,
suggesting links, analysing the filings again, exporting a report.

Each runs through :func:`~lawdiff.gui.ops.run_op` (progress, cancel, errors) and reloads the
case with the ``Changes`` it returns; the window then says what was done.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from lawdiff.core.model import Changes, FileOutcome, docket_order_said
from lawdiff.core.progress import Progress
from lawdiff.gui.dialogs import ErrorDialog, ImportDialog, ImportFolderDialog
from lawdiff.gui.ops import Op, run_op
from lawdiff.gui.window_state import WindowState


class CaseOperations(WindowState):
    """The main window's import, suggest, analyse and export commands (a mixin)."""

    def ask_import(self) -> None:
        paths = ImportDialog.ask(self)
        if paths:
            self.import_files(paths)

    def ask_import_folder(self) -> None:
        folder = ImportFolderDialog.ask(self)
        if folder is not None:
            self.import_files([folder])

    def import_files(self, paths: Sequence[Path]) -> Op | None:
        """Import filings in the background; the case refreshes when they are in.

        One file is imported or refused as a whole; several files or a folder are imported
        in docket order, each on its own, and a summary names any file that was refused.
        """
        if self.case is None:
            return None
        workspace = self.case.workspace
        if len(paths) == 1 and not Path(paths[0]).is_dir():
            op = self._run("Importing filings", lambda p: workspace.import_files(paths, progress=p))
            op.done.connect(self._imported)
        else:
            op = self._run(
                "Importing filings", lambda p: workspace.import_docket(paths, progress=p)
            )
            op.done.connect(self._docket_imported)
        op.failed.connect(lambda _exc: self._after_failed_import())
        return op

    def _docket_imported(self, result: object) -> None:
        outcomes, changes = cast("tuple[list[FileOutcome], Changes]", result)
        if self.case is not None:
            self.case.reload(changes)
        refused = [o for o in outcomes if o.status == "refused"]
        if refused:
            lines = "\n".join(f"{o.path.name}: {o.detail}" for o in refused)
            ErrorDialog.show_error(
                self, f"{len(refused)} of {len(outcomes)} files could not be imported.", lines
            )
        if not changes.documents_added:
            self._import_failed()
        self._imported(changes, f" in {docket_order_said(outcomes)}")

    def _imported(self, changes: object, order: str = "") -> None:
        added = len(changes.documents_added) if isinstance(changes, Changes) else 0
        if added:
            self.created = None
        if added and self.action_map["suggest_after_import"].isChecked():
            self.say(f"Imported {added} filings{order}; suggesting links…")
            self.suggest_links()
        else:
            self.say(f"Imported {added} filings{order}.")

    def _after_failed_import(self) -> None:
        """Files a docket stored before a cancel or an error show up; a new case left
        empty is removed."""
        if self.case is not None:
            known = {d.id for d in self.case.documents}
            fresh = self.case.workspace.documents()
            added = tuple(d.id for d in fresh if d.id not in known)
            if added:
                self.case.reload(Changes(documents_added=added))
        self._import_failed()

    def _import_failed(self) -> None:
        """A case this window just created, whose first import failed, is removed again."""
        path = self.created
        if path is None or self.case is None or self.case.documents:
            return
        self.close_case()
        for file in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            file.unlink(missing_ok=True)
        self.say(f"Nothing was imported; the new case {path.name} was removed.")

    def suggest_links(self) -> Op | None:
        if self.case is None:
            return None
        workspace = self.case.workspace
        op = self._run("Suggesting links", lambda p: workspace.suggest_links(progress=p))
        op.done.connect(self._suggested)
        return op

    def analyze_again(self) -> Op | None:
        """Classify every filing and find its citations again (the user's own tags stay)."""
        if self.case is None:
            return None
        workspace = self.case.workspace
        op = self._run("Analysing filings", lambda _p: workspace.classify())
        op.done.connect(lambda changes: self._analyzed(changes))
        return op

    def _analyzed(self, changes: object) -> None:
        if isinstance(changes, Changes):
            self.say(
                f"Analysed the filings again: {len(changes.segments_changed)} segments changed."
            )

    def _suggested(self, changes: object) -> None:
        if isinstance(changes, Changes):
            self.say(
                f"Suggested links: {len(changes.links_added)} new, "
                f"{len(changes.links_changed)} refreshed, {len(changes.links_removed)} withdrawn."
            )

    def _run(self, title: str, work: Callable[[Progress], Any]) -> Op:
        def finished(changes: object) -> None:
            if self.case is not None and isinstance(changes, Changes):
                self.case.reload(changes)

        self.op = run_op(self, title, work, finished)
        return self.op

    def ask_export(self) -> None:
        if self.case is None:
            return
        from lawdiff.gui.export_dialog import ExportDialog

        request = ExportDialog.ask(self, self.case)
        if request is not None:
            workspace = self.case.workspace
            op = self._run("Exporting", lambda p: request.run(workspace, p))
            op.done.connect(lambda out: self.say(f"Exported the report to {out}"))


def export_available() -> bool:
    """Whether the export stage is installed (checked without importing it: that is slow)."""
    return importlib.util.find_spec("lawdiff.export") is not None
