"""What is no body text of the paragraph beside it: footnotes, track-changes balloons, and
the title of another document bundled in the file."""

from __future__ import annotations

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine
from lawdiff.segment.walker.base import BALLOON_COLUMN, WalkerBase, one_line


class NoteRules(WalkerBase):
    """Footnotes, track-changes balloons and the title of a bundled document."""

    def _part(self, line: TextLine) -> int:
        """Another document bundled in the PDF (after its own caption): a top-level heading
        with its title, so its text is kept apart from the argument before it."""
        match = patterns.PART_TITLE.search(line.text)
        start = line.start + match.start("title") if match else line.content_start
        title = one_line(self.doc.text[start : line.content_end])
        self._close()
        block = self._add(
            SegmentKind.HEADING, title.upper().rstrip(" .:"), start, line.content_end, None
        )
        block.heading = title
        self.top = len(self.blocks) - 1
        self.part_blocks.append(self.top)
        self.section = self.top
        self.tracker.reset()
        self.outline = []
        self.count = None
        self.order = self.order or "ORDER" in title.upper()
        self.decree = False
        page = self.lines[self.part_titles[line.index]].page_index + 1
        self.warnings.append(f"page {page} starts another document in this file: {title}")
        self.prev_heading = True
        self.prev = line
        return line.index + 1

    def _revision(self, line: TextLine, start: int, whole: bool) -> None:
        """A track-changes balloon: a note on the paragraph beside it, never body text."""
        parent = self.open if self.open is not None else self.section
        self.revisions += 1
        self._add(SegmentKind.FOOTNOTE, f"rev.{self.revisions}", start, line.content_end, parent)
        self.revision = len(self.blocks) - 1
        self.balloon_indent = line.hint.indent if whole else None

    def _balloon_continues(self, line: TextLine) -> bool:
        """A balloon's wrapped line: in the balloon column, right after a balloon."""
        if self.revision is None or not self.balloon_indent or not line.hint.indent:
            return False
        return abs(line.hint.indent - self.balloon_indent) <= BALLOON_COLUMN

    def _footnote_line(self, line: TextLine) -> None:
        match = patterns.FOOTNOTE_START.match(line.text)
        if self.open is not None:
            self.blocks[self.open].holes.append((line.start, line.end))
        if match is None and self.footnote is not None:
            self.blocks[self.footnote].extend_to(line.content_end)
            return
        number = int(match.group("num")) if match else 0
        start = (
            line.start + match.start("rest")
            if match and match.group("rest")
            else line.content_start
        )
        block = self._add(
            SegmentKind.FOOTNOTE,
            f"n.{number}" if number else "",
            start,
            line.content_end,
            self.section,
        )
        block.number = number
        self.footnote = len(self.blocks) - 1
