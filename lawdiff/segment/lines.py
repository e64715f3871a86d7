"""The document as a list of visual lines with global offsets and typography hints."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from lawdiff.core.model import Line
from lawdiff.core.text import DocumentText, lines_of
from lawdiff.segment import patterns


@dataclass(frozen=True)
class TextLine:
    """One line of the document: ``text`` is ``doc.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    page_index: int
    hint: Line

    @property
    def stripped(self) -> str:
        """The line without surrounding whitespace."""
        return self.text.strip()

    @property
    def blank(self) -> bool:
        """True when the line holds no visible character."""
        return not self.text.strip()

    @property
    def content_start(self) -> int:
        """Global offset of the first visible character (``end`` for a blank line)."""
        return (
            self.start + (len(self.text) - len(self.text.lstrip())) if not self.blank else self.end
        )

    @property
    def content_end(self) -> int:
        """Global offset just past the last visible character."""
        return self.start + len(self.text.rstrip())


def text_lines(doc: DocumentText) -> list[TextLine]:
    """Every line of ``doc`` in order, using the pages' :class:`Line` records when they exist."""
    out: list[TextLine] = []
    for page_index, page in enumerate(doc.pages):
        base = doc.page_starts[page_index]
        records = page.lines if _lines_cover(page.lines, len(page.text)) else lines_of(page.text)
        for record in records:
            start, end = base + record.start, base + record.end
            out.append(TextLine(len(out), start, end, doc.text[start:end], page_index, record))
    return out


def _lines_cover(lines: tuple[Line, ...], length: int) -> bool:
    """True when the given line records are usable: ordered, inside the page, no newline inside."""
    if not lines:
        return False
    prev_end = -1
    for line in lines:
        if not (prev_end < line.start <= line.end <= length):
            return False
        prev_end = line.end
    return True


def typical_width(lines: list[TextLine]) -> float:
    """The length of a full body line: the 80th percentile of non-blank line lengths."""
    lengths = sorted(len(line.stripped) for line in lines if not line.blank)
    if len(lengths) < 5:
        return 80.0
    return float(statistics.quantiles(lengths, n=10)[7])


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with terminal punctuation (maybe inside quotes)."""
    return bool(patterns.TERMINAL.search(text))


def is_upper_text(text: str) -> bool:
    """True when the letters of ``text`` are (almost) all capitals and there are a few."""
    letters = patterns.LETTERS.findall(text)
    if len(letters) < 4:
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper >= 0.9 * len(letters)


def is_title_case(text: str) -> bool:
    """True when most words of four letters or more start with a capital."""
    words = [w for w in patterns.WORD.findall(text) if len(w) >= 4]
    if not words or not text[:1].isupper():
        return False
    capital = sum(1 for w in words if w[0].isupper())
    return capital >= 0.7 * len(words)


def has_hints(lines: list[TextLine]) -> bool:
    """True when ingest gave typography (bold, underline, centering or indents)."""
    return any(
        line.hint.bold or line.hint.underlined or line.hint.centered or line.hint.indent
        for line in lines
    )
