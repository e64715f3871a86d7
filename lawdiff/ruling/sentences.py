"""An order's sections as sentences, each with the page:line where it starts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import Page, SegmentInfo
from lawdiff.core.text import DocumentText

# A sentence ends at . ! ? (or a closing quote or bracket after one) before a space and a capital,
# a digit, an opening quote or a "(", unless the word before the stop is an abbreviation.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9(])")
_ABBREVIATIONS_TEXT = """
no nos dr drs mr mrs ms inc corp co ltd llc v vs cir ct f supp fed r civ p evid app cal
n d s e w dist u s nat res def al e.g i.e cf id dkt ecf mot opp compl decl ex exs tr hr'g
sec seq art ch jan feb mar apr jun jul aug sep sept oct nov dec st ave j jj pp pg para
ann stat rev gen l ed cl pat pl pls defs def's serv int'l ass'n dep't gov't cmty doc docs rec
"""
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_WORD_BEFORE = re.compile(r"([\w.'’]+)[.!?][\"'”’)\]]*$")
_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an order section.

    Attributes:
        text: the sentence.
        segment: the segment it comes from.
        page, line: where it starts.
    """

    text: str
    segment: SegmentId
    page: int
    line: int


def split_sentences(text: str) -> list[str]:
    """``text`` cut into sentences, not after abbreviations ("No. 1", "Inc.", "F.3d")."""
    pieces: list[str] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        before = _WORD_BEFORE.search(text, start, boundary.start())
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word:
            continue
        pieces.append(text[start : boundary.start()].strip())
        start = boundary.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


class SentenceLocator:
    """Finds where a segment's sentences start in the order's pages."""

    def __init__(self, pages: Sequence[Page]) -> None:
        self._doc = DocumentText(pages) if pages else None
        self._index = {page.number: i for i, page in enumerate(pages)}

    def sentences(self, segment: SegmentInfo) -> list[Sentence]:
        """The sentences of ``segment``'s heading and text, each with its page:line."""
        body = segment.text if segment.text.strip() else segment.heading
        raw, offsets, base = self._raw_span(segment)
        found: list[Sentence] = []
        cursor = 0
        for text in split_sentences(body):
            page, line, cursor = self._place(text, raw, offsets, base, cursor, segment)
            found.append(Sentence(text, segment.id, page, line))
        return found

    def _raw_span(self, segment: SegmentInfo) -> tuple[str, list[int], int]:
        """The segment's page text as lowercase letters and digits, with their offsets."""
        if self._doc is None or segment.start_page not in self._index:
            return "", [], 0
        start = self._doc.page_starts[self._index[segment.start_page]] + segment.start_offset
        end_index = self._index.get(segment.end_page, self._index[segment.start_page])
        end = self._doc.page_starts[end_index] + max(segment.end_offset, 0)
        end = max(end, start + len(segment.text)) if end <= start else end
        text = self._doc.text[start:end].lower()
        kept = [(i, c) for i, c in enumerate(text) if c.isascii() and c.isalnum()]
        return "".join(c for _, c in kept), [i for i, _ in kept], start

    def _place(
        self,
        sentence: str,
        raw: str,
        offsets: list[int],
        base: int,
        cursor: int,
        segment: SegmentInfo,
    ) -> tuple[int, int, int]:
        probe = _ALNUM.sub("", sentence.lower())[:30]
        at = raw.find(probe, cursor) if probe and self._doc is not None else -1
        if at < 0:
            return segment.start_page, segment.start_line, cursor
        assert self._doc is not None
        where = self._doc.locate(base + offsets[at])
        return where.page, where.line, at + len(probe)
