"""A complaint's counts ("COUNT I", "FIRST CAUSE OF ACTION") and their titles."""

from __future__ import annotations

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine, ends_sentence, is_title_case, is_upper_text
from lawdiff.segment.walker.base import MAX_HEADING_LINES, WalkerBase, one_line


class CountRules(WalkerBase):
    """A complaint's counts: the count heading, its title lines, and where they end."""

    def _count(self, line: TextLine) -> int | None:
        match = patterns.COUNT_NUMBERED.match(line.text) or patterns.COUNT_ORDINAL.match(line.text)
        if match is None:
            return None
        upper = is_upper_text(match.group("label"))
        if not (upper or self._boundary(line)):
            return None
        if match.re is patterns.COUNT_NUMBERED and not (self.complaint or upper):
            return None
        label = " ".join(match.group("label").upper().split())
        title_start = line.start + match.start("title")
        # A redline's balloon after the label ("\tDeleted: THIRD") is no title.
        has_title = bool(patterns.BALLOON_TAIL.sub("", " " + match.group("title")).strip())
        last = self._count_title_end(line, has_title)
        start = title_start if has_title else self._next_content(line, last)
        self._close()
        parent = self.top if self.claims_top else None
        block = self._add(SegmentKind.COUNT, label, start, self.lines[last].content_end, parent)
        block.heading = one_line(self.doc.text[block.start : block.end])
        self.tracker.reset()
        self.outline = []
        self.section = self.count = len(self.blocks) - 1
        return last + 1

    def _count_title_end(self, line: TextLine, has_title: bool) -> int:
        """Last line of a count heading: its title and "(Against …)" lines that follow."""
        last = line.index
        for _ in range(MAX_HEADING_LINES - 1):
            nxt = self._next_nonblank(last)
            if nxt is None or self._starts_something(nxt):
                break
            text = nxt.stripped
            title_so_far = self.doc.text[line.start : self.lines[last].end]
            wraps = not ends_sentence(title_so_far) and (is_title_case(text) or text[:1].islower())
            wanted = (
                text.startswith("(")
                or is_upper_text(text)
                or wraps
                or (not has_title and len(text) < self.width)
            )
            if not wanted or len(text) > self.width * 1.1:
                break
            has_title = True
            last = nxt.index
        return last

    def _next_content(self, line: TextLine, last: int) -> int:
        """Where a count's title starts when it is on the lines after the label."""
        for following in self.lines[line.index + 1 : last + 1]:
            if not following.blank:
                return following.content_start
        return line.content_start
