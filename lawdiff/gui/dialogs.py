"""Small dialogs, each behind a classmethod that tests can replace (``monkeypatch.setattr``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

CASE_FILTER = "lawdiff cases (*.lawdiff);;All files (*)"
IMPORT_FILTER = "Filings (*.pdf *.docx *.txt *.json);;All files (*)"


class ErrorDialog:
    """Tells the user what went wrong."""

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "lawdiff", message, parent=parent)
        if detail:
            box.setDetailedText(detail)
        box.exec()

    @classmethod
    def show_info(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.information(parent, "lawdiff", message)


class RestoreDialog:
    """Offers to replace a damaged case file by its newest backup copy."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, backup: Path) -> bool:
        answer = QMessageBox.question(
            parent,
            "lawdiff",
            f"{message}\n\nRestore the case from {backup.name}? The damaged file is kept "
            "beside it.",
        )
        return answer == QMessageBox.StandardButton.Yes


class NewCaseDialog:
    """Asks where to create a new case file."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, "New case", "case.lawdiff", CASE_FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".lawdiff")


class OpenCaseDialog:
    """Asks which case file to open."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Open case", "", CASE_FILTER)
        return Path(name) if name else None


class ImportFolderDialog:
    """Asks which folder of filings (a docket) to import."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, "Import a folder of filings")
        return Path(name) if name else None


class ImportDialog:
    """Asks which filings to import."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, "Import filings", "", IMPORT_FILTER)
        return [Path(n) for n in names]
