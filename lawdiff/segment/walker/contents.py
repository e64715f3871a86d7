"""The table of contents as a check on the outline: it confirms a listed heading the other
rules missed, and vetoes a top heading in capitals it does not list.

A brief longer than a few pages lists its headings in a table of contents. A listed heading
whose body line no rule reads as one (a heading wrapped over four long lines, set indented
like a block quote, or printed without its letter) is a heading when its text is the
entry's: the same enumerator and the same title by the table's loose comparison
(:func:`lawdiff.segment.toc.same_title_likeness`). Its level is the table's: a numbered entry
goes into the outline by its enumerator, an unnumbered one at the top or under the heading
the table sets it under. The table only ever confirms or vetoes: a filing without one
segments as if these rules did not exist.
"""

from __future__ import annotations

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine
from lawdiff.segment.outline import label_token
from lawdiff.segment.toc import TocEntry, letters_key, same_title_likeness
from lawdiff.segment.walker.base import MAX_HEADING_LINES, PARAGRAPH_INDENT, one_line
from lawdiff.segment.walker.numbered_headings import NumberedHeadings
from lawdiff.segment.walker.unnumbered_headings import UnnumberedHeadings


class ContentsHeadings(NumberedHeadings, UnnumberedHeadings):
    """Headings the table of contents vouches for."""

    def _listed_heading(self, line: TextLine) -> int | None:
        """The heading the table of contents lists at ``line`` (its text the entry's, the
        line opening a paragraph), added at the table's level; the index of the line after
        it, or None."""
        if not self.toc or line.index < self.regions.body_start or not self._opens(line):
            return None
        found = self._listed_entry(line)
        if found is None:
            return None
        position, title_start, last = found
        entry = self.toc[position]
        end = self.lines[last].content_end
        if entry.enum:
            enum = _enumerator(line)
            if self.tracker.fits(enum, lenient=True) is None:
                return None
            self._outline_heading(enum, title_start, end, lenient=True)
            self.decree = False
        elif not entry.parent:
            self._major_heading(line, last)
        else:
            parent = self._listed_parent(entry)
            if parent is None:
                return None
            self._close()
            block = self._add(SegmentKind.HEADING, entry.label, title_start, end, parent)
            block.heading = one_line(self.doc.text[title_start:end])
            self.section = len(self.blocks) - 1
            self.decree = False
        self.toc_used.add(position)
        return last + 1

    def _opens(self, line: TextLine) -> bool:
        """True when ``line`` may open a heading: a boundary, or indented past the line
        above (a heading after a paragraph ending in a footnote's number)."""
        if self._boundary(line):
            return True
        prev = self.prev
        return prev is not None and line.hint.indent > prev.hint.indent + PARAGRAPH_INDENT

    def _listed_entry(self, line: TextLine) -> tuple[int, int, int] | None:
        """(entry position, title start, last line) of the unused entry of the table whose
        enumerator ``line`` carries and whose title it (wrapped over up to four lines)
        reads most alike, at least :data:`lawdiff.segment.toc.SAME_TITLE` alike."""
        enum = _enumerator(line)
        match = patterns.ENUMERATOR_START.match(line.text) if enum else None
        title_start = line.start + match.start("title") if match else line.content_start
        candidates = [
            position
            for position, entry in enumerate(self.toc)
            if position not in self.toc_used and _same_enumerator(entry, enum)
        ]
        best: tuple[float, int, int] | None = None
        current: TextLine | None = line
        for _ in range(MAX_HEADING_LINES):
            if current is None:
                break
            key = letters_key(self.doc.text[title_start : current.content_end])
            for position in candidates:
                likeness = same_title_likeness(key, self.toc_keys[position])
                if likeness and (best is None or likeness > best[0]):
                    best = (likeness, position, current.index)
            current = self._wrap_line(current)
        return None if best is None else (best[1], title_start, best[2])

    def _wrap_line(self, line: TextLine) -> TextLine | None:
        """The next line, when a listed heading may wrap onto it."""
        nxt = self._next_nonblank(line.index)
        if nxt is None or self._starts_something(nxt) or patterns.ENUMERATOR_START.match(nxt.text):
            return None
        return nxt

    def _listed_parent(self, entry: TocEntry) -> int | None:
        """The latest heading block labelled as the entry's parent, or None."""
        for index in range(len(self.blocks) - 1, -1, -1):
            block = self.blocks[index]
            if block.kind == SegmentKind.HEADING and block.label == entry.parent:
                return index
        return None


def _enumerator(line: TextLine) -> str:
    match = patterns.ENUMERATOR_START.match(line.text)
    return match.group("enum") if match else ""


def _same_enumerator(entry: TocEntry, enum: str) -> bool:
    if not entry.enum or not enum:
        return not entry.enum and not enum
    return label_token(entry.enum) == label_token(enum)
