"""The one entry point: any supported file -> :class:`~lawdiff.core.model.Filing`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lawdiff.core.files import FileFacts, file_facts
from lawdiff.core.model import Filing, Page
from lawdiff.core.progress import Progress, no_progress
from lawdiff.ingest.caption import apply_stamp, infer_meta
from lawdiff.ingest.running_lines import mark_running_lines
from lawdiff.ingest.sniff import sniff

if TYPE_CHECKING:
    from lawdiff.ingest.pdf_filing import PdfResult


class _Read(NamedTuple):
    pages: tuple[Page, ...]
    warnings: tuple[str, ...]
    stamp: str
    encoding: str


def _no_text_warning(pages: tuple[Page, ...]) -> tuple[str, ...]:
    if any(page.text.strip() for page in pages):
        return ()
    return ("no text was found in this file",)


def load_filing(
    path: Path,
    *,
    progress: Progress = no_progress,
    ocr: bool = True,
    facts: FileFacts | None = None,
    engine: str | None = None,
) -> Filing:
    """Import a PDF, DOCX, text or Markdown file as cleaned pages with metadata.

    The kind is sniffed from the content, not the name. PDF pages lose their pleading line
    numbers, ECF stamp, running headers and footers; running lines left inside a page are
    marked furniture (:mod:`lawdiff.ingest.running_lines`); image-only pages are read by OCR
    when Tesseract is installed and ``ocr`` is true.

    Args:
        path: the file to import.
        progress: called once per page ("Reading page 3 of 87"); may raise ``Cancelled``.
        ocr: recognise the text of image-only PDF pages when Tesseract is available.
        facts: the file's head and hash when the caller has read them (so the file is hashed
            once per import); read here otherwise.
        engine: how PDF text is read: ``"pdfium"`` (fast, the default) or ``"pdfplumber"``
            (the original path; also ``LAWDIFF_PDF_ENGINE=pdfplumber``).

    Returns:
        The filing, with inferred metadata and warnings for anything the user should check.

    Raises:
        KnownError: the file is missing, unreadable, not a filing, damaged or encrypted.
    """
    path = Path(path)
    facts = facts or file_facts(path)
    kind = sniff(path, facts.head)
    return _filing(path, facts.sha256, kind, _read(path, kind, progress, ocr, engine))


def filing_from_pdf(path: Path, sha256: str, result: PdfResult) -> Filing:
    """The filing a PDF's cleaned pages make (pages read by a docket's workers)."""
    return _filing(path, sha256, "pdf", _Read(result.pages, result.warnings, result.stamp, ""))


def _filing(path: Path, sha256: str, kind: str, read: _Read) -> Filing:
    """Pages (running lines left inside them marked furniture) with the metadata their
    caption and ECF stamp give, and any warnings."""
    meta = apply_stamp(infer_meta(read.pages, path.name), read.stamp)
    return Filing(
        source_name=path.name,
        sha256=sha256,
        kind=kind,
        pages=mark_running_lines(read.pages),
        meta=meta,
        warnings=(*read.warnings, *_no_text_warning(read.pages)),
        encoding=read.encoding,
    )


def _read(path: Path, kind: str, progress: Progress, ocr: bool, engine: str | None) -> _Read:
    """Pages, warnings, ECF stamp and text encoding of a file of a sniffed ``kind``."""
    if kind == "pdf":
        from lawdiff.ingest.pdf_filing import read_pdf

        result = read_pdf(path, progress, ocr, engine)
        return _Read(result.pages, result.warnings, result.stamp, "")
    if kind == "docx":
        from lawdiff.ingest.docx_reader import read_docx

        pages = read_docx(path)
        encoding = stamp = ""
    else:
        from lawdiff.ingest.textfile import read_text

        pages, encoding, stamp = read_text(path)
    progress(len(pages), len(pages), f"Read {path.name}")
    return _Read(pages, (), stamp, encoding)
