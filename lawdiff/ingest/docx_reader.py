"""DOCX import through python-docx: paragraphs with structure hints, footnotes apart.

The only reading home of python-docx. A DOCX has no fixed pages; explicit page breaks
start a new :class:`Page`, otherwise the whole document is page 1.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Line, Page

MAX_UNPACKED = 200 * 1024 * 1024  # a 500-page brief unpacks to a few MB
MAX_RATIO = 100  # Word XML compresses ~10:1; far beyond that is a zip bomb
RATIO_FROM = 10 * 1024 * 1024  # tiny packages may compress well; only large ones count
REQUIRED = ("[Content_Types].xml", "word/document.xml")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Para:
    """One paragraph's text and hints, before offsets are assigned."""

    text: str
    heading_level: int = 0
    numbering: str = ""
    bold: bool = False
    underlined: bool = False
    centered: bool = False
    footnote: bool = False
    page_break_after: bool = False
    styled_lead: int = 0


def check_package(path: Path) -> None:
    """Refuse zip bombs and packages without a Word document, before unpacking anything.

    Raises:
        KnownError: too large unpacked, compressed beyond belief, or missing parts.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise KnownError(f"is a damaged Word document ({error})", path) from None
    unpacked = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if unpacked > MAX_UNPACKED or (unpacked > RATIO_FROM and unpacked / packed > MAX_RATIO):
        raise KnownError(
            f"unpacks to {unpacked // (1024 * 1024)} MB from {packed // 1024} KB;"
            " refusing a likely zip bomb",
            path,
        )
    names = {i.filename for i in infos}
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise KnownError(f"is not a complete Word document (missing {', '.join(missing)})", path)


# ---------------------------------------------------------------------------- numbering


def _format_number(value: int, fmt: str) -> str:
    if fmt in {"upperLetter", "lowerLetter"}:
        text = chr(ord("A") + (value - 1) % 26)
        return text if fmt == "upperLetter" else text.lower()
    if fmt in {"upperRoman", "lowerRoman"}:
        text = _roman(value)
        return text if fmt == "upperRoman" else text.lower()
    if fmt == "bullet":
        return ""
    return str(value)


MAX_ROMAN = 3999  # above it Roman numerals need overlines; Word itself falls back to digits
MAX_LIST_START = 10**9  # a list that claims to start higher is numbered from 1


def _roman(value: int) -> str:
    """``value`` in Roman numerals (digits above :data:`MAX_ROMAN`, so the loop is bounded)."""
    if not 0 < value <= MAX_ROMAN:
        return str(value)
    table = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = ""
    for number, letters in table:
        while value >= number:
            out += letters
            value -= number
    return out


def _xml_int(raw: str | None, default: int, highest: int = MAX_LIST_START) -> int:
    """A small non-negative integer attribute; ``default`` when missing, malformed or huge."""
    if raw is None or not raw.isdigit() or len(raw) > len(str(highest)):
        return default
    value = int(raw)
    return value if value <= highest else default


class Numbering:
    """Counters for Word list numbering, rendered with each level's ``lvlText``."""

    def __init__(self, blob: bytes | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        if blob:
            self._load(ElementTree.fromstring(blob))

    def _load(self, root: ElementTree.Element) -> None:
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iter(f"{W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.iter(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                levels[_xml_int(lvl.get(f"{W}ilvl"), 0, 8)] = (
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    _xml_int(start.get(f"{W}val") if start is not None else None, 1),
                )
            abstract[node.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{W}numId", "")] = abstract.get(ref.get(f"{W}val", ""), {})

    def label(self, num_id: str, level: int) -> str:
        """The next label of list ``num_id`` at ``level`` ("1.", "A.", "(i)")."""
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        text = levels[level][1]
        for index in range(level + 1):
            fmt, _, start = levels.get(index, ("decimal", "", 1))
            value = counters[index] + start - 1 if counters[index] else start
            text = text.replace(f"%{index + 1}", _format_number(value, fmt))
        return text.strip()


# ---------------------------------------------------------------------------- paragraphs


def _heading_level(style_name: str) -> int:
    name = style_name.lower()
    if name == "title":
        return 1
    if name.startswith("heading "):
        tail = name.removeprefix("heading ").strip()
        return int(tail) if tail.isdigit() else 1
    return 0


def _runs_all(paragraph: Any, attribute: str) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(bool(getattr(r, attribute)) for r in runs)


def _num_pr(paragraph: Any) -> Any:
    """The numbering properties of a paragraph, or of its style chain ("List Number")."""
    if paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return paragraph._p.pPr.numPr
    style = paragraph.style
    for _ in range(5):  # base styles rarely nest deeper; a cycle must not loop forever
        if style is None:
            return None
        p_pr = style.element.pPr
        if p_pr is not None and p_pr.numPr is not None:
            return p_pr.numPr
        style = style.base_style
    return None


def _flat_text(text: str, in_cell: bool) -> str:
    """One line per paragraph; a line break in a table cell (a caption's column) becomes a
    tab, so that the caption's parties and title stay apart."""
    return text.replace("\n", "\t" if in_cell else " ").strip()


# Tracked changes: runs inside these are deleted or inserted text.
DELETED_IN = (f"{W}del", f"{W}moveFrom")
INSERTED_IN = (f"{W}ins", f"{W}moveTo")
_RUN_TEXT = {f"{W}t": None, f"{W}delText": None, f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}


def _run_text(run: Any) -> str:
    return "".join(
        (child.text or "") if _RUN_TEXT[child.tag] is None else str(_RUN_TEXT[child.tag])
        for child in run
        if child.tag in _RUN_TEXT
    )


def _revision_of(run: Any, paragraph: Any) -> str:
    """ "deleted", "inserted" or "" for a run, by the change element it sits in."""
    for ancestor in run.iterancestors():
        if ancestor is paragraph:
            return ""
        if ancestor.tag in DELETED_IN:
            return "deleted"
        if ancestor.tag in INSERTED_IN:
            return "inserted"
    return ""


def _tracked_text(element: Any) -> str | None:
    """A paragraph with tracked changes as amended, its revisions after a tab as a balloon
    ("... in Texas.\tDeleted: Ohio; Inserted: Texas", the form Word prints beside the
    text, which the segmenter keeps as a note); None for a paragraph without any."""
    runs = [(r, _revision_of(r, element)) for r in element.iter(f"{W}r")]
    if not any(kind for _, kind in runs):
        return None
    amended = "".join(_run_text(r) for r, kind in runs if kind != "deleted")
    notes: list[str] = []
    for kind, label in (("deleted", "Deleted"), ("inserted", "Inserted")):
        texts = [
            "".join(_run_text(r) for r, _ in group)
            for key, group in groupby(runs, key=lambda x: x[1])
            if key == kind
        ]
        notes += [f"{label}: {' '.join(t.split())}" for t in texts if t.strip()]
    if not notes:
        return amended
    return f"{amended.rstrip()}\t{'; '.join(notes)}" if amended.strip() else "; ".join(notes)


def _paragraph(paragraph: Any, numbering: Numbering) -> Para:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    element = paragraph._p
    num_pr = _num_pr(paragraph)
    label = ""
    if num_pr is not None and num_pr.numId is not None:
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        label = numbering.label(str(num_pr.numId.val), int(level))
    style = paragraph.style.name if paragraph.style is not None else ""
    breaks = element.xpath('.//w:br[@w:type="page"]')
    tracked = _tracked_text(element)
    text = paragraph.text if tracked is None else tracked
    return Para(
        text=_flat_text(text, in_cell=element.getparent().tag == f"{W}tc"),
        heading_level=_heading_level(style or ""),
        numbering=label,
        bold=_runs_all(paragraph, "bold"),
        underlined=_runs_all(paragraph, "underline"),
        centered=paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER,
        page_break_after=bool(breaks),
        styled_lead=_styled_lead(paragraph),
    )


def _styled_lead(paragraph: Any) -> int:
    """Characters of the bold or underlined runs opening the paragraph when roman text with
    letters follows (a run-in heading), counted from its first visible character; else 0."""
    lead = ""
    runs = list(paragraph.runs)
    for index, run in enumerate(runs):
        if run.bold or run.underline:
            lead += run.text
            continue
        rest = "".join(r.text for r in runs[index:])
        if lead.strip() and any(ch.isalpha() for ch in rest):
            return len(lead.lstrip())
        return 0
    return 0


def _body_paragraphs(document: Any) -> Iterator[Any]:
    from docx.text.paragraph import Paragraph

    for element in document.element.body.iter(f"{W}p"):
        yield Paragraph(element, document)


def _footnotes(document: Any) -> list[Para]:
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/footnotes.xml":
            root = ElementTree.fromstring(part.blob)
            notes = []
            for note in root.iter(f"{W}footnote"):
                if int(note.get(f"{W}id", "0")) <= 0:
                    continue  # separators
                text = "".join(t.text or "" for t in note.iter(f"{W}t")).strip()
                if text:
                    notes.append(Para(text, numbering=note.get(f"{W}id", ""), footnote=True))
            return notes
    return []


def _pages(paras: list[Para]) -> tuple[Page, ...]:
    pages: list[Page] = []
    current: list[Para] = []
    for para in paras:
        if para.text:
            current.append(para)
        if para.page_break_after and current:
            pages.append(_page(len(pages) + 1, current))
            current = []
    if current or not pages:
        pages.append(_page(len(pages) + 1, current))
    return tuple(pages)


def _page(number: int, paras: list[Para]) -> Page:
    lines: list[Line] = []
    pos = 0
    for index, para in enumerate(paras):
        lines.append(
            Line(
                pos,
                pos + len(para.text),
                index + 1,
                bold=para.bold,
                underlined=para.underlined,
                centered=para.centered,
                heading_level=para.heading_level,
                numbering=para.numbering,
                footnote=para.footnote,
                styled_lead=para.styled_lead,
            )
        )
        pos += len(para.text) + 1
    return Page(number, "\n".join(p.text for p in paras), tuple(lines))


def read_docx(path: Path) -> tuple[Page, ...]:
    """The pages of a DOCX; footnotes come last, as footnote lines of the last page.

    Raises:
        KnownError: a zip bomb, missing parts, or XML python-docx cannot read.
    """
    check_package(path)
    import docx

    try:
        document = docx.Document(str(path))
        numbering_part = document.part.numbering_part if _has_numbering(document) else None
        numbering = Numbering(numbering_part.blob if numbering_part is not None else None)
        paras = [_paragraph(p, numbering) for p in _body_paragraphs(document)]
        notes = _footnotes(document)
    except KnownError:
        raise
    except Exception as error:  # lxml, KeyError, ValueError: all mean a broken package
        message = f"is not a readable Word document ({type(error).__name__})"
        raise KnownError(message, path) from None
    if notes and paras:
        paras[-1] = Para(**{**paras[-1].__dict__, "page_break_after": False})
    return _pages(paras + notes)


def _has_numbering(document: Any) -> bool:
    try:
        document.part.numbering_part  # noqa: B018 - python-docx raises when it is absent
    except (KeyError, NotImplementedError):
        return False
    return True
