"""Positioned words -> cleaned page text: no pleading numbers, no headers, no footers.

Pure functions over plain tuples so that text-layer words (pdfplumber) and OCR word boxes
(Tesseract) go through the same cleaning. Coordinates are PDF points, ``top`` grows downward.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise, repeat
from operator import attrgetter
from statistics import median
from typing import Any, Generic, NamedTuple, TypeVar, overload

from lawdiff.core.model import Line, Page
from lawdiff.ingest.furniture import is_furniture, is_stamp, repeating_keys
from lawdiff.ingest.patterns import (
    BOLD_FONT,
    FOOTNOTE_MARK,
    LINE_NUMBER,
    SMALL_CAPS_FONT,
)

T = TypeVar("T")
HEADER_BAND = 0.10  # top share of the page where running headers live
FOOTER_BAND = 0.12  # bottom share where footers live
COLUMN_GAP = 24.0  # points between words that mark a second column (caption, tables)
MARGIN_SHARE = 0.25  # pleading numbers sit in the left quarter of the page
TOUCHING = 0.5  # points: closer pieces of text are one word
STRUCK = "struck"  # a word drawn with a line through it (see lawdiff.ingest.redline)
INSERTED = "inserted"  # a word underlined on a page that strikes text


class Word(NamedTuple):
    """One positioned word (from the text layer or from OCR)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str = ""
    size: float = 0.0
    mark: str = ""  # STRUCK or INSERTED in comparison markup, "" otherwise


class RawPage(NamedTuple):
    """What extraction found on one page, before cleaning (picklable for worker processes)."""

    number: int
    width: float
    height: float
    words: tuple[Word, ...]
    rules: tuple[tuple[float, float, float], ...] = ()  # horizontal rules: x0, x1, y
    has_images: bool = False
    note: str = ""  # why the page was skipped, when it was
    ocr: bool = False  # ``words`` came from OCR
    scan: tuple[Word, ...] | None = None  # OCR words read early, in case the page is a scan
    unmapped: int = 0  # characters whose font gives no Unicode (pdfminer's "(cid:N)")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its words by column: a page crosses from a worker process in a
        quarter of the time that a tuple per word takes."""
        fields = list(self)
        fields[3] = _by_column(self.words)
        if self.scan is not None:
            fields[8] = _by_column(self.scan)
        return (_raw_page, tuple(fields))


class _Columns(NamedTuple):
    """Words as one tuple per field (see :meth:`RawPage.__reduce__`)."""

    columns: tuple[tuple[Any, ...], ...]


def _by_column(words: Sequence[Word]) -> Any:
    return _Columns(tuple(zip(*words, strict=True))) if type(words) is tuple else words


def _by_word(words: Any) -> Any:
    if type(words) is _Columns:
        return tuple(map(tuple.__new__, repeat(Word), zip(*words.columns, strict=True)))
    return words


def _raw_page(*fields: Any) -> RawPage:
    """A :class:`RawPage` from its pickled fields."""
    number, width, height, words, rules, has_images, note, ocr, scan, unmapped = fields
    return RawPage(
        number, width, height, _by_word(words), rules, has_images, note, ocr, _by_word(scan),
        unmapped,
    )  # fmt: skip


class _Once(Generic[T]):
    """A property computed on first use and kept in the instance (``cached_property``
    without the lock Python 3.11 takes on each first use: lines are many)."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute, self.name = compute, compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, instance: None, owner: Any = None) -> _Once[T]: ...

    @overload
    def __get__(self, instance: object, owner: Any = None) -> T: ...

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True)
class TextLine:
    """Words sharing a baseline, left to right."""

    words: tuple[Word, ...]

    @_Once
    def top(self) -> float:
        return min(map(_TOP, self.words))

    @_Once
    def bottom(self) -> float:
        return max(map(_BOTTOM, self.words))

    @_Once
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @_Once
    def x1(self) -> float:
        return max(map(_RIGHT, self.words))

    @_Once
    def letters(self) -> tuple[Word, ...]:
        """The words with a letter in them."""
        return tuple(filter(_has_letter, self.words))

    @_Once
    def stamp(self) -> bool:
        """The line is (part of) the ECF stamp (see :func:`is_stamp`)."""
        return is_stamp(self.text)

    @_Once
    def text(self) -> str:
        """The words with their spacing; a line with comparison markup as amended, its
        revisions after a tab as a balloon (see :func:`revised_text`)."""
        if any(w.mark for w in self.words):
            return revised_text(self.words)
        parts = [self.words[0].text]
        for before, word in zip(self.words, self.words[1:], strict=False):
            parts.append(_separator(before, word))
            parts.append(word.text)
        return "".join(parts)

    @property
    def inserted(self) -> bool:
        """Some of the line is inserted text (its underline is markup, not emphasis)."""
        return any(w.mark == INSERTED for w in self.words)


def _separator(before: Word, word: Word) -> str:
    """What goes between two words of a line: nothing between touching pieces on one
    baseline (one word split where its font changes), a tab across a column gap."""
    gap = word.x0 - before.x1
    if -TOUCHING <= gap <= TOUCHING and abs(word.bottom - before.bottom) < 1.5:
        return ""
    return "\t" if gap > COLUMN_GAP else " "


def _joined(words: Sequence[Word], keep: Sequence[bool]) -> str:
    """The kept words with the line's spacing; a space where left-out words held one."""
    parts: list[str] = []
    owed = ""  # the separator owed to the next kept word
    for index, (word, kept) in enumerate(zip(words, keep, strict=True)):
        sep = _separator(words[index - 1], word) if index else ""
        owed = sep if not owed or sep == "\t" else owed if not sep else " "
        if kept:
            parts += [owed if parts else "", word.text]
            owed = ""
    return "".join(parts)


def _runs(words: Sequence[Word], mark: str) -> list[str]:
    """The texts of the maximal runs of words carrying ``mark``, in line order."""
    runs: list[str] = []
    start: int | None = None
    for index in range(len(words) + 1):
        marked = index < len(words) and words[index].mark == mark
        if marked and start is None:
            start = index
        elif not marked and start is not None:
            runs.append(_joined(words[start:index], [True] * (index - start)))
            start = None
    return runs


def revised_text(words: Sequence[Word]) -> str:
    """A line's text as amended, then a tab and its revisions as a balloon
    ("SECOND CAUSE OF ACTION\tDeleted: THIRD; Inserted: SECOND"); a line all struck is
    the balloon alone."""
    amended = _joined(words, [w.mark != STRUCK for w in words])
    notes = [f"Deleted: {text}" for text in _runs(words, STRUCK)]
    notes += [f"Inserted: {text}" for text in _runs(words, INSERTED)]
    balloon = "; ".join(notes)
    return f"{amended}\t{balloon}" if amended.strip() else balloon


_LEFT: Callable[[Word], float] = attrgetter("x0")
_RIGHT: Callable[[Word], float] = attrgetter("x1")
_TOP: Callable[[Word], float] = attrgetter("top")
_BOTTOM: Callable[[Word], float] = attrgetter("bottom")
_TOP_LEFT: Callable[[Word], tuple[float, float]] = attrgetter("top", "x0")
_LINE_TOP: Callable[[TextLine], float] = attrgetter("top")


def _has_letter(word: Word) -> bool:
    return any(map(str.isalpha, word.text))


class NumberColumn(NamedTuple):
    """The pleading line-number column of a page."""

    right: float  # right edge of the printed numbers
    numbers: tuple[tuple[int, float], ...]  # (line number, vertical middle)


# ---------------------------------------------------------------------------- numbers


def _number_value(text: str, doubled: bool) -> int | None:
    if not LINE_NUMBER.match(text):
        return None
    if doubled:
        half = len(text) // 2
        if len(text) % 2 or text[:half] != text[half:]:
            return None
        text = text[:half]
    value = int(text)
    return value if 1 <= value <= 28 else None


def looks_doubled(words: Sequence[Word], width: float) -> bool:
    """True when margin numbers come out overprinted ("11 22 33 … 1100")."""
    hits = 0
    for w in words:
        t = w.text
        if w.x1 < width * MARGIN_SHARE and LINE_NUMBER.match(t) and len(t) % 2 == 0:
            half = len(t) // 2
            hits += t[:half] == t[half:] and int(t) > 28
    return hits >= 3


def find_number_column(words: Sequence[Word], width: float) -> NumberColumn | None:
    """The right-aligned column of lone numbers 1–28 in the left margin, if the page has one.

    The column is the most common right edge of such numbers (not the widest number, which
    would cut body words that start with a digit).
    """
    doubled = looks_doubled(words, width)
    candidates = [
        (w, v)
        for w in words
        if w.x1 < width * MARGIN_SHARE and (v := _number_value(w.text, doubled)) is not None
    ]
    if len(candidates) < 5:
        return None
    edges = Counter(round(w.x1) for w, _ in candidates)
    edge = edges.most_common(1)[0][0]
    near = [(w, v) for w, v in candidates if abs(w.x1 - edge) <= 2.0]
    if len(near) < 5 or len({v for _, v in near}) < 5:
        return None
    right = max(w.x1 for w, _ in near)
    numbers = tuple(sorted((v, (w.top + w.bottom) / 2) for w, v in near))
    return NumberColumn(right, numbers)


def drop_margin(words: Sequence[Word], column: NumberColumn | None) -> list[Word]:
    """The words right of the line-number column (all words when there is none).

    Only beside the column: the ECF stamp above it starts further left and must stay whole
    to be recognised.
    """
    if column is None:
        return list(words)
    top = min(y for _, y in column.numbers) - 14
    bottom = max(y for _, y in column.numbers) + 14
    return [
        w for w in words if w.x0 > column.right + 0.5 or not top <= (w.top + w.bottom) / 2 <= bottom
    ]


def nearest_number(column: NumberColumn, middle: float) -> int:
    """The pleading line number printed closest to ``middle`` (vertically).

    Distances are compared to a thousandth of a point and a tie goes to the upper number:
    a line exactly between two numbers is otherwise decided by rounding noise, which
    differs between PDF readers.
    """
    numbers = column.numbers
    distances = [abs(y - middle) for _, y in numbers]
    closest = min(distances)
    # Only numbers this close can tie once rounded; the key decides among them.
    near = [item for item, d in zip(numbers, distances, strict=True) if d <= closest + 0.002]
    return min(near or numbers, key=lambda item: (round(abs(item[1] - middle), 3), item[0]))[0]


# ---------------------------------------------------------------------------- lines


def group_lines(words: Sequence[Word]) -> list[TextLine]:
    """Words grouped into visual lines: a word joins a line when its middle lies inside it."""
    lines: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for word in sorted(words, key=_TOP_LEFT):
        word_top, word_bottom = word.top, word.bottom
        middle = (word_top + word_bottom) / 2
        count = len(lines)
        for index in range(count - 1, max(count - 4, -1), -1):
            top, bottom = bands[index]
            if top <= middle <= bottom or word_top <= (top + bottom) / 2 <= word_bottom:
                lines[index].append(word)
                if word_bottom - word_top > bottom - top:  # a superscript opened the line
                    bands[index] = (word_top, word_bottom)
                break
        else:
            lines.append([word])
            bands.append((word_top, word_bottom))
    result = [TextLine(tuple(sorted(ws, key=_LEFT))) for ws in lines]
    return sorted(result, key=_LINE_TOP)


def in_band(line: TextLine, height: float) -> bool:
    """Whether a line sits in the header or footer band of its page."""
    return line.middle < height * HEADER_BAND or line.middle > height * (1 - FOOTER_BAND)


def edge_indices(lines: Sequence[TextLine], height: float) -> set[int]:
    """Lines that may be running headers or footers: those in the top/bottom bands, plus
    the first and last line (a footer set higher than usual is still the last line)."""
    found = {i for i, line in enumerate(lines) if in_band(line, height)}
    body = [i for i, line in enumerate(lines) if not line.stamp]
    if body:
        found |= {body[0], body[-1]}
    return found


def edge_texts(lines: Sequence[TextLine], height: float) -> list[str]:
    """The texts of a page's header/footer candidate lines (see :func:`edge_indices`)."""
    return [lines[index].text for index in sorted(edge_indices(lines, height))]


def drop_furniture(lines: Sequence[TextLine], height: float, repeated: set[str]) -> list[TextLine]:
    """The lines of a page without stamp, repeating header/footer and bare page number
    (the rule of :mod:`lawdiff.ingest.furniture`; the foot is the lower half of the page)."""
    edges = edge_indices(lines, height)
    kept: list[TextLine] = []
    for index, line in enumerate(lines):
        if line.stamp:
            continue
        foot = line.middle > height / 2
        if index in edges and is_furniture(line.text, repeated, foot=foot):
            continue
        kept.append(line)
    return kept


# ---------------------------------------------------------------------------- hints


# A footnote separator: a rule at least this long (points), below this share of the page.
NOTE_RULE_MIN = 36.0
NOTE_RULE_FROM = 0.45
NOTE_RULE_MARGIN = 12.0  # a separator starts at the text's left margin (points)
NOTE_PITCH = 0.75  # footnote lines sit at most this share of the body's line distance apart


def _is_bold(line: TextLine) -> bool:
    letters = line.letters
    return bool(letters) and all(BOLD_FONT.search(w.font) for w in letters)


def _styled(word: Word, rules: Sequence[tuple[float, float, float]], bottom: float) -> bool:
    """The word is set in bold type (bold italic too), or a rule runs under it. Italic
    alone is left out: case names opening a line are set in it."""
    if BOLD_FONT.search(word.font):
        return True
    middle = (word.x0 + word.x1) / 2
    return any(x0 <= middle <= x1 and bottom - 3 <= y <= bottom + 4 for x0, x1, y in rules)


def _styled_lead(line: TextLine, rules: Sequence[tuple[float, float, float]]) -> int:
    """Characters of the leading run of styled words when plain words with letters follow
    ("B. Standard of Review." in bold, then the paragraph in roman): 0 otherwise."""
    if not _styled(line.words[0], rules, line.bottom):
        return 0  # most lines: no styled run at all
    styled = [_styled(w, rules, line.bottom) for w in line.words]
    lead = next((i for i, flag in enumerate(styled) if not flag), len(styled))
    rest = line.words[lead:]
    if lead == 0 or not any(ch.isalpha() for w in rest for ch in w.text):
        return 0
    if any(styled[lead:]) and sum(styled[lead:]) > len(rest) // 2:
        return 0  # a styled line with a plain word in it, not a styled lead
    return len(TextLine(line.words[:lead]).text)


def _is_small_caps(line: TextLine) -> bool:
    """Small capitals: every lettered word in a small-caps font, or capitals only with the
    first letters of words set larger than the rest ("S" 12 pt, "TANDARD" 9.6 pt)."""
    letters = line.letters
    if not letters:
        return False
    if all(SMALL_CAPS_FONT.search(w.font.split("+")[-1]) for w in letters):
        return True
    text = "".join(w.text for w in letters)
    if not text.isupper() or len(text) < 4:
        return False
    sizes = sorted({round(w.size, 1) for w in letters if w.size > 0})
    if len(sizes) != 2:
        return False
    small, large = sizes
    return 0.6 * large <= small <= 0.9 * large


def _is_underlined(line: TextLine, rules: Sequence[tuple[float, float, float]]) -> bool:
    width = line.x1 - line.x0
    for x0, x1, y in rules:
        if line.bottom - 3 <= y <= line.bottom + 4:
            overlap = min(x1, line.x1) - max(x0, line.x0)
            if width > 0 and overlap >= 0.5 * width:
                return True
    return False


def _body_size(lines: Sequence[TextLine]) -> float:
    sizes = [w.size for line in lines for w in line.words if w.size > 0]
    return median(sizes) if sizes else 0.0


def _separator_start(lines: Sequence[TextLine], raw: RawPage) -> int:
    """Index of the first line below a footnote separator: a short rule low on the page that
    underlines no text, with a footnote marker ("1", "*") opening the line below it, or,
    for a rule at the left margin, lines set as notes below it (a note continued from the
    page before has no marker)."""
    for x0, x1, y in sorted(raw.rules, key=lambda rule: rule[2]):
        if y < raw.height * NOTE_RULE_FROM or not NOTE_RULE_MIN <= x1 - x0 <= raw.width * 0.6:
            continue
        if any(abs(line.bottom - y) <= 4 for line in lines):
            continue  # an underline
        below = [i for i, line in enumerate(lines) if line.top >= y - 4]
        if not below:
            continue
        at_margin = abs(x0 - _text_margin(lines)) <= NOTE_RULE_MARGIN
        if _opens_note(lines[below[0]]) or (at_margin and _note_type(lines, below[0])):
            return below[0]
    return len(lines)


def _text_margin(lines: Sequence[TextLine]) -> float:
    """The left edge most lines start at (the body's margin)."""
    return float(Counter(round(line.x0) for line in lines).most_common(1)[0][0])


def _note_type(lines: Sequence[TextLine], first: int) -> bool:
    """Whether the lines from ``first`` to the page's end are set as footnotes (smaller
    type, or lines closer together than the body's): a note continued from the page
    before, whose first line here has no marker."""
    above, below = lines[:first], lines[first:]
    if len(above) < 2:
        return False
    body = _body_size(above)
    sizes = [w.size for line in below for w in line.words if w.size > 0]
    if sizes and body > 0 and max(sizes) <= body - 1.5:
        return True
    if len(below) < 2:
        return False
    return _pitch(below) <= NOTE_PITCH * _pitch(above)


def _pitch(lines: Sequence[TextLine]) -> float:
    """The usual distance between the tops of consecutive lines."""
    gaps = [b.top - a.top for a, b in pairwise(lines) if b.top > a.top]
    return median(gaps) if gaps else 0.0


def _opens_note(line: TextLine) -> bool:
    """A footnote's first line: a bare marker word, or a marker in smaller (superscript) type."""
    first = line.words[0]
    if FOOTNOTE_MARK.fullmatch(first.text):
        return True
    rest = [w.size for w in line.words[1:] if w.size > 0]
    return bool(FOOTNOTE_MARK.match(first.text) and rest and first.size < min(rest) - 1)


def _footnote_start(lines: Sequence[TextLine], height: float, raw: RawPage | None = None) -> int:
    """Index of the first footnote line: below a separator rule, or the trailing run of
    small type low on the page."""
    ruled = _separator_start(lines, raw) if raw is not None else len(lines)
    return min(ruled, _small_type_start(lines, height))


def _small_type_start(lines: Sequence[TextLine], height: float) -> int:
    """Index of the first line of the trailing run of small type low on the page."""
    body = _body_size(lines)
    start = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        sizes = [w.size for w in line.words if w.size > 0]
        small = bool(sizes) and body > 0 and max(sizes) <= body - 1.5
        if not small or line.middle < height * 0.4:
            break
        start = index
    # A footnote block opens with its marker ("1", "*"); small type without one is not.
    if start < len(lines) and not FOOTNOTE_MARK.match(lines[start].words[0].text):
        return len(lines)
    return start


# ---------------------------------------------------------------------------- page


def build_page(raw: RawPage, lines: Sequence[TextLine], column: NumberColumn | None) -> Page:
    """The :class:`Page` record for cleaned lines, with offsets and typography hints."""
    image_only = raw.ocr or (not lines and raw.has_images)
    if not lines:
        return Page(raw.number, "", (), image_only=image_only, ocr=raw.ocr)
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    centre = (left + right) / 2
    notes_from = _footnote_start(lines, raw.height, raw)
    records: list[Line] = []
    texts: list[str] = []
    pos = 0
    for index, line in enumerate(lines):
        text = line.text
        number = nearest_number(column, line.middle) if column else index + 1
        line_centre = (line.x0 + line.x1) / 2
        indent = round(line.x0 - left, 1)
        records.append(
            Line(
                start=pos,
                end=pos + len(text),
                number=number,
                bold=_is_bold(line),
                underlined=not line.inserted and _is_underlined(line, raw.rules),
                # Rounded: an indent of exactly one tab stop must not depend on noise.
                centered=round(abs(line_centre - centre), 2) < 12 and indent > 36,
                indent=indent,
                footnote=index >= notes_from,
                styled_lead=_styled_lead(line, raw.rules),
                small_caps=_is_small_caps(line),
            )
        )
        texts.append(text)
        pos += len(text) + 1
    return Page(raw.number, "\n".join(texts), tuple(records), image_only=image_only, ocr=raw.ocr)


def document_column(columns: Sequence[NumberColumn | None]) -> NumberColumn | None:
    """The column most pages share, used for a page whose own column was not found."""
    found = [c for c in columns if c is not None]
    if len(found) < max(1, len(columns) // 2):
        return None
    edge = Counter(round(c.right) for c in found).most_common(1)[0][0]
    return next(c for c in found if round(c.right) == edge)


def clean_pages(raws: Sequence[RawPage]) -> list[Page]:
    """Clean every page of a document (header/footer repetition needs all pages at once)."""
    own = [find_number_column(r.words, r.width) for r in raws]
    fallback = document_column(own)
    columns = [c if c is not None else fallback for c in own]
    grouped = [group_lines(drop_margin(r.words, c)) for r, c in zip(raws, columns, strict=True)]
    repeated = repeating_keys([edge_texts(g, r.height) for r, g in zip(raws, grouped, strict=True)])
    return [
        build_page(raw, drop_furniture(lines, raw.height, repeated), column)
        for raw, column, lines in zip(raws, columns, grouped, strict=True)
    ]
