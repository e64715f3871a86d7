"""A filing's cleaned text as one string, mapped back to page and line.

Pages are joined with a single ``\\n`` so that a paragraph running over a page break reads
as one paragraph to a segmenter; every offset still maps back to the page and pleading
line it came from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from lawdiff.core.model import Line, Page, Span


@dataclass(frozen=True)
class Location:
    """Where one character of the document text came from."""

    page: int  # page number as in Page.number
    line: int  # Line.number (pleading line where printed)
    page_offset: int  # offset into that page's text
    line_index: int  # index into Page.lines


class DocumentText:
    """The concatenated text of a filing with offset → page:line lookup."""

    def __init__(self, pages: Sequence[Page]) -> None:
        self.pages: tuple[Page, ...] = tuple(pages)
        starts: list[int] = []
        pos = 0
        for page in self.pages:
            starts.append(pos)
            pos += len(page.text) + 1
        self.page_starts: tuple[int, ...] = tuple(starts)
        self.text: str = "\n".join(p.text for p in self.pages)
        self._line_starts: tuple[tuple[int, ...], ...] = tuple(
            tuple(line.start for line in p.lines) for p in self.pages
        )

    def __len__(self) -> int:
        return len(self.text)

    def page_index(self, offset: int) -> int:
        """Index into ``pages`` of the page holding ``offset`` (clamped into the text)."""
        if not self.pages:
            raise ValueError("document has no pages")
        offset = min(max(offset, 0), max(len(self.text) - 1, 0))
        return max(bisect_right(self.page_starts, offset) - 1, 0)

    def locate(self, offset: int) -> Location:
        """Page, line and in-page offset of the character at ``offset``."""
        index = self.page_index(offset)
        page = self.pages[index]
        page_offset = min(max(offset - self.page_starts[index], 0), len(page.text))
        line_index = self._line_index(index, page_offset)
        number = page.lines[line_index].number if page.lines else 1
        return Location(page.number, number, page_offset, line_index)

    def _line_index(self, page_index: int, page_offset: int) -> int:
        starts = self._line_starts[page_index]
        if not starts:
            return 0
        return max(bisect_right(starts, page_offset) - 1, 0)

    def span(self, start: int, end: int) -> Span:
        """The :class:`Span` of ``text[start:end]`` (``end`` exclusive, ``start < end``)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad span {start}:{end} for text of length {len(self.text)}")
        first = self.locate(start)
        last = self.locate(end - 1)
        return Span(
            start=start,
            end=end,
            start_page=first.page,
            start_line=first.line,
            end_page=last.page,
            end_line=last.line,
            start_page_offset=first.page_offset,
            end_page_offset=last.page_offset + 1,
        )

    def line_at(self, offset: int) -> Line | None:
        """The :class:`Line` holding ``offset``, or None on a page without lines."""
        index = self.page_index(offset)
        page = self.pages[index]
        if not page.lines:
            return None
        loc = self.locate(offset)
        return page.lines[loc.line_index]


def lines_of(text: str, numbers: Sequence[int] | None = None) -> tuple[Line, ...]:
    """Plain :class:`Line` records for ``text`` split on ``\\n`` (numbered 1.. unless given)."""
    lines: list[Line] = []
    pos = 0
    for i, chunk in enumerate(text.split("\n")):
        number = numbers[i] if numbers is not None and i < len(numbers) else i + 1
        lines.append(Line(start=pos, end=pos + len(chunk), number=number))
        pos += len(chunk) + 1
    return tuple(lines)


def page_line_range(start_page: int, start_line: int, end_page: int, end_line: int) -> str:
    """How a brief pins a span: "5:12", "5:12–20" on one page, "5:12–6:3" across pages."""
    start = f"{start_page}:{start_line}"
    if end_page != start_page:
        return f"{start}–{end_page}:{end_line}"
    if end_line != start_line:
        return f"{start}–{end_line}"
    return start
