"""File ▸ Export…: pick a format, what the report covers and where to write it, with a preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lawdiff.core.progress import Progress
from lawdiff.export import FORMATS, export_case
from lawdiff.gui.case import CaseState
from lawdiff.gui.claims import claim_name
from lawdiff.gui.report_pdf import write_pdf
from lawdiff.report import ReportOptions, build_report
from lawdiff.report.html import render_html
from lawdiff.workspace import Workspace


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked to export; :meth:`run` does it (in a worker thread)."""

    fmt: str
    path: Path
    options: ReportOptions

    def run(self, workspace: Workspace, progress: Progress) -> Path:
        return export_case(workspace, self.fmt, self.path, self.options, progress, pdf=write_pdf)


class ExportDialog(QDialog):
    """Format, options, file name, and an HTML preview of the report."""

    def __init__(self, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.case = case
        self.format = QComboBox()
        for key, fmt in FORMATS.items():
            self.format.addItem(fmt.description, key)
        self.format.setCurrentIndex(self.format.findData("html"))
        self.suggested = QCheckBox("Count suggested links, not only accepted ones")
        self.suggested.setChecked(True)
        self.full_text = QCheckBox("Whole sections instead of excerpts")
        self.claim = QComboBox()
        self.claim.addItem("Every claim", "")
        for claim in sorted(case.known_claims(), key=claim_name):
            self.claim.addItem(claim_name(claim), claim)
        self.title = QLineEdit("Comparison report")
        default = default_report_path(case.workspace.path)
        self.path = QLineEdit(str(default))
        self.preview = QTextBrowser()
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Title", self.title)
        form.addRow("Claims", self.claim)
        form.addRow("", self.suggested)
        form.addRow("", self.full_text)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        where.addWidget(browse)
        form.addRow("File", where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        show = buttons.addButton("Preview", QDialogButtonBox.ButtonRole.ActionRole)
        show.clicked.connect(self.show_preview)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.resize(760, 640)

    def options(self) -> ReportOptions:
        claim = self.claim.currentData() or ""
        return ReportOptions(
            include_suggested=self.suggested.isChecked(),
            claims=frozenset({claim}) if claim else None,
            full_text=self.full_text.isChecked(),
            title=self.title.text() or "Comparison report",
        )

    def request(self) -> ExportRequest:
        return ExportRequest(self.format.currentData(), Path(self.path.text()), self.options())

    def show_preview(self) -> None:
        """Render the report as HTML into the preview pane."""
        options = self.options()
        pairs = tuple(self.case.answering_pairs())
        report = build_report(self.case.workspace.snapshot(), _with_pairs(options, pairs))
        self.preview.setHtml(render_html(report))

    def _format_changed(self) -> None:
        fmt = FORMATS[self.format.currentData()]
        self.path.setText(str(Path(self.path.text()).with_suffix(fmt.extension)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text())
        if name:
            self.path.setText(name)

    @classmethod
    def ask(cls, parent: QWidget | None, case: CaseState) -> ExportRequest | None:
        dialog = cls(case, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _with_pairs(options: ReportOptions, pairs: tuple[tuple[int, int], ...]) -> ReportOptions:
    from dataclasses import replace

    return replace(options, pairs=pairs)  # type: ignore[arg-type]


def default_report_path(case_path: Path) -> Path:
    """Beside the case, unless the case lives in a hidden folder (the demo's): then Documents."""
    name = case_path.with_suffix(".html").name
    if any(part.startswith(".") for part in case_path.resolve().parent.parts):
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home()) / name
    return case_path.with_name(name)
