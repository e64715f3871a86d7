"""Plain text and Markdown: encoding detection, form feeds as page breaks, page furniture
(ECF stamps, running headers and footers, printed page numbers) left out."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Line, Page
from lawdiff.ingest.furniture import (
    band_key,
    is_furniture,
    is_page_number,
    is_stamp,
    page_number_run,
    repeating_keys,
)
from lawdiff.ingest.letter_spacing import is_letter_spaced, joined, letter_spaced
from lawdiff.ingest.ocr_reads import with_roman_ones
from lawdiff.ingest.patterns import COURT_LINE, STAMP_FACTS
from lawdiff.ingest.printed_lines import grid_edge_rows, printed_line_numbers
from lawdiff.ingest.text_breaks import cut_into_pages
from lawdiff.ingest.text_marks import (
    bold_lead,
    joined_hyphens,
    markdown_level,
    ocr_zeros,
    plain_spacing,
    underlined,
    without_markdown,
)

MAX_TEXT_BYTES = 50 * 1024 * 1024
# A text page's header or footer: at most this many non-blank lines at its top or bottom.
EDGE_LINES = 3
# A running header or footer of a text file recurs on at least this many pages: without a
# position on the page, a line at a page's top is weaker evidence than in a PDF's margin.
TEXT_REPEAT_PAGES = 3

# A running header giving its page: "MEMORANDUM IN SUPPORT - 2", "Opposition Page 2 of 9".
_TITLE_AND_PAGE = re.compile(
    r"^\s*[A-Za-z][^\n]{2,}?(?:\s[-–—]\s*|\s[-–—]?\s*Page\s+)(?P<page>\d{1,3})"
    r"(?:\s+of\s+\d{1,3})?\s*$"
)
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# A word hyphenated across a line break, the next line perhaps opening with a printed number.
_BROKEN_WORD = re.compile(r"[A-Za-z]+-[ \t]*\r?\n[ \t]*(?:\d{1,2}[ \t]+)?[A-Za-z]+")

# Bytes Windows-1252 leaves undefined: text containing them is not cp1252.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of ``data`` and the encoding used (utf-8, utf-8-sig, utf-16, windows-1252).

    Raises:
        KnownError: the bytes are binary (NUL bytes) or in no encoding we recognise.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", path), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", path), "utf-16"
    if b"\x00" in data:
        raise KnownError("is a binary file (it contains NUL bytes), not text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if any(byte in _CP1252_HOLES for byte in data):
        return data.decode("latin-1"), "latin-1"
    return data.decode("cp1252"), "windows-1252"


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise KnownError(f"is not valid {encoding} text ({error.reason})", path) from None


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / len(sample)


def text_page(
    number: int,
    text: str,
    drop: Collection[int] = (),
    vocabulary: Collection[str] | None = None,
    spaced: bool | None = None,
) -> Page:
    """A :class:`Page` of plain text: one line per text line, Markdown headings marked.

    The lines whose 0-based indices are in ``drop`` (page furniture) are left out, and so
    are the blank lines their going leaves at the page's top or bottom; every kept line
    keeps its number on the page, so page:line still points into the file. Line numbers
    printed down the page (a transcript's) are taken off the rows and become the lines'
    numbers (:mod:`lawdiff.ingest.printed_lines`). The marks a text copy adds around the
    words (Markdown, underlines, hyphens across rows: :mod:`lawdiff.ingest.text_marks`) are
    taken off; ``vocabulary`` (the document's lower-case words, by default the page's) tells
    a word hyphenated across rows from a compound, and ``spaced`` whether the document
    prints small capitals letter-spaced (:mod:`lawdiff.ingest.letter_spacing`; by default
    judged on the page).
    """
    all_rows = text.split("\n")
    drop = set(drop) - grid_edge_rows(all_rows, drop)
    kept = [(index, row) for index, row in enumerate(all_rows) if index not in drop]
    if drop:
        kept = _trimmed(kept)
    printed = printed_line_numbers([row for _, row in kept])
    numbers: list[int] = []
    rows: list[str] = []
    for at, (index, printed_row) in enumerate(kept):
        line_number, cut = printed.get(at, (index + 1, 0))
        numbers.append(line_number)
        rows.append(printed_row[cut:])  # without its printed line number
    words = text_words(text) if vocabulary is None else vocabulary
    spaced = is_letter_spaced(rows) if spaced is None else spaced
    # before the marks go: a bold lead's length, a row of letter-spaced small capitals
    leads = [bold_lead(row) for row in rows]
    small = [spaced and joined(row) != row for row in rows]
    levels, rows = _unmarked(rows, words, spaced)
    lines: list[Line] = []
    pos = 0
    for at, (row, line_number, level) in enumerate(zip(rows, numbers, levels, strict=True)):
        line = Line(pos, pos + len(row), line_number, heading_level=level)
        lines.append(replace(line, styled_lead=leads[at], small_caps=small[at]))
        pos += len(row) + 1
    return Page(number, "\n".join(rows), tuple(lines))


def text_words(text: str) -> frozenset[str]:
    """The lower-case words (hyphenated ones whole) of ``text``, but for the halves of the
    words hyphenated across a line break (what is asked about)."""
    unbroken = _BROKEN_WORD.sub(" ", text)
    return frozenset(word.lower() for word in _WORDS.findall(unbroken))


def _unmarked(
    rows: list[str], vocabulary: Collection[str], spaced: bool
) -> tuple[list[int], list[str]]:
    """Each row's heading level (Markdown ``#`` or an underline below it) and the rows with
    the marks of :mod:`lawdiff.ingest.text_marks` taken off (an underline row left blank),
    letter-spaced small capitals joined (:mod:`lawdiff.ingest.letter_spacing`)."""
    levels = [markdown_level(row) for row in rows]
    for index, level in underlined(rows).items():
        levels[index - 1] = levels[index - 1] or level
        rows[index] = ""
    rows = letter_spaced([ocr_zeros(plain_spacing(without_markdown(row))) for row in rows], spaced)
    return levels, joined_hyphens(rows, vocabulary)


def _trimmed(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``rows`` without the blank rows at either end."""
    filled = [i for i, (_, row) in enumerate(rows) if row.strip()]
    return rows[filled[0] : filled[-1] + 1] if filled else []


def _edges(rows: Sequence[str]) -> tuple[list[int], list[int]]:
    """Indices of a page's first and of its last few non-blank rows (the last ones last
    first): where its header and its footer can be."""
    filled = [index for index, row in enumerate(rows) if row.strip()]
    return filled[:EDGE_LINES], filled[::-1][:EDGE_LINES]


def _peel(rows: Sequence[str], edge: list[int], repeated: set[str], foot: bool) -> set[int]:
    """The furniture rows at one edge of a page, from the edge inwards up to the first row
    that is not furniture; one bare number at most (a page has one page number)."""
    found: set[int] = set()
    numbers = 0
    for index in edge:
        if not is_furniture(rows[index], repeated, foot=foot):
            break
        numbers += is_page_number(rows[index])
        if numbers > 1:
            break
        found.add(index)
    return found


def furniture_rows(pages: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each page (its rows of text), the rows that are page furniture.

    With page breaks, the rule of :mod:`lawdiff.ingest.furniture` applied at each page's top
    and bottom rows, plus an ECF stamp anywhere (as on a PDF page); a short file's running
    header is also known by :func:`_running_heads`. Without page breaks (one page), the
    stamps and a run of lone page numbers counting up through the text.
    """
    if len(pages) == 1:
        rows = pages[0]
        return [page_number_run(rows) | {i for i, row in enumerate(rows) if is_stamp(row)}]
    edges = [_edges(rows) for rows in pages]
    repeated = repeating_keys(
        [
            [rows[i] for i in (*top, *bottom)]
            for rows, (top, bottom) in zip(pages, edges, strict=True)
        ],
        least=TEXT_REPEAT_PAGES,
    )
    heads = _running_heads(pages, [top for top, _ in edges])
    found: list[set[int]] = []
    for rows, (top, bottom), head_row in zip(pages, edges, heads, strict=True):
        stamps = {index for index, row in enumerate(rows) if is_stamp(row)}
        head = _peel(rows, top, repeated, foot=False) | head_row
        found.append(stamps | head | _peel(rows, bottom, repeated, foot=True))
    return found


def _running_heads(pages: Sequence[Sequence[str]], tops: Sequence[list[int]]) -> list[set[int]]:
    """Each page's first row when it is a running header too rare for the repeat rule (a
    file of two or three pages): the same line (digits aside) opens every page after the
    first, on two pages at least, or the line ends with the number of the page it opens
    ("MEMORANDUM IN SUPPORT - 2" on the second page)."""
    firsts = [rows[top[0]] if top else "" for rows, top in zip(pages, tops, strict=True)]
    later = {band_key(row) for row in firsts[1:]}
    same = len(pages) > 2 and len(later) == 1 and bool(later - {""})
    found: list[set[int]] = []
    for number, (row, top) in enumerate(zip(firsts, tops, strict=True), 1):
        numbered = _ends_with_page_number(row, number)
        running = same and number > 1 and not COURT_LINE.match(row.strip())
        found.append({top[0]} if top and (numbered or running) else set())
    return found


def _ends_with_page_number(row: str, number: int) -> bool:
    """Whether ``row`` is a title that ends by giving page ``number`` ("… - 2", "… Page 2",
    "… Page 2 of 9"), its words set off from the number by a dash or the word Page."""
    match = _TITLE_AND_PAGE.match(row)
    return match is not None and int(match.group("page")) == number


class TextPages(NamedTuple):
    """The pages of a text file, its encoding and the first ECF stamp its furniture held."""

    pages: tuple[Page, ...]
    encoding: str
    stamp: str  # "Case … Document … Filed …", "" if none


def read_text(path: Path) -> TextPages:
    """Pages (split at form feeds, or where the furniture of a PDF the text was copied from
    shows the pages broke: :mod:`lawdiff.ingest.text_breaks`; furniture left out) and the
    encoding of a text or Markdown file.

    Raises:
        KnownError: unreadable, too large, binary, or undecodable.
    """
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise KnownError("is larger than 50 MB; that is not a filing's text", path)
        data = path.read_bytes()
    except OSError as error:
        raise KnownError(f"cannot be read ({error.strerror or error})", path) from None
    text, encoding = decode(data, path)
    if _control_share(text) > 0.05:
        raise KnownError("looks like a binary file, not text", path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = [part.strip("\n") for part in text.split("\f")]
    parts = [part for part in parts if part.strip()] or [""]
    rows = [part.split("\n") for part in parts]
    first = 1
    cut = cut_into_pages(rows[0]) if len(rows) == 1 else None
    if cut is not None:  # copied from a PDF: pages cut back at their furniture
        rows, first = [list(page) for page in cut.pages], cut.first_number
        parts = ["\n".join(page) for page in rows]
    drops = furniture_rows(rows)
    if cut is not None:
        drops = [drop | marks for drop, marks in zip(drops, cut.marks, strict=True)]
    vocabulary = text_words(text)
    spaced = is_letter_spaced(text.split("\n"))
    pages = tuple(
        text_page(first + i, part, drops[i], vocabulary, spaced) for i, part in enumerate(parts)
    )
    return TextPages(with_roman_ones(pages), encoding, _first_stamp(rows, drops))


def _first_stamp(pages: Sequence[Sequence[str]], drops: Sequence[set[int]]) -> str:
    """The first ECF stamp among the rows left out (for the docket, number and date)."""
    for rows, drop in zip(pages, drops, strict=True):
        for index in sorted(drop):
            if is_stamp(rows[index]) and STAMP_FACTS.search(rows[index]):
                return rows[index].strip()
    return ""
