"""The walker's state over a filing's body lines, the boundaries every rule asks about, and
the blocks it builds.

The rules themselves are mixins over :class:`WalkerBase`, one module per concern
(paragraphs, counts, numbered and unnumbered headings, notes); ``lawdiff.segment.rules``
joins them into the walker that reads a filing line by line.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from lawdiff.core.model import FilingMeta, Role, SegmentKind
from lawdiff.core.text import DocumentText
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block
from lawdiff.segment.decimal_outline import (
    bare_sections,
    numbers_own_sections,
    numbers_paragraphs,
    zero_sections,
)
from lawdiff.segment.lines import TextLine, ends_sentence, has_hints, text_lines, typical_width
from lawdiff.segment.numbered import BRIEF_ROLES, numbered_allegations, reads_numbered_paragraphs
from lawdiff.segment.outline import OutlineTracker, reordered_levels
from lawdiff.segment.quoted import plain_indent
from lawdiff.segment.regions import caption_end, find_regions
from lawdiff.segment.toc import TocEntry, letters_key, parse_toc
from lawdiff.segment.transcript import Transcript, find_transcript

# A balloon's wrapped lines start within this many points of its first line.
BALLOON_COLUMN = 12.0
# A line opening with one of these goes on with the text before it (a redaction gap).
RUN_ON_MARKS = frozenset(".,;:)]")
# Answers: their word-enumerated points keep the numbers of the points they answer.
ANSWER_ROLES = frozenset({Role.OPPOSITION, Role.REPLY})
# Numbered paragraphs may skip at most this many numbers (reported as a warning).
MAX_GAP = 3
# Headings wrap over at most this many lines.
MAX_HEADING_LINES = 4
# A line shorter than this share of a full line, ending a sentence, ends a paragraph.
SHORT_LINE = 0.8
# A first line indented by more than this many points against the line above opens a paragraph.
PARAGRAPH_INDENT = 10
# Lines indented by at least this many points (on every line) are a block quote.
QUOTE_INDENT = 30.0
# Plain text whose typical line is longer than this holds one paragraph per line.
UNWRAPPED_WIDTH = 150


class WalkerBase:
    """One pass over the body lines, building :class:`Block` s: the state and the
    boundaries and block primitives every rule uses."""

    def __init__(self, doc: DocumentText, meta: FilingMeta) -> None:
        self.doc = doc
        self.lines = text_lines(doc)
        self.regions = find_regions(self.lines, brief=meta.role in BRIEF_ROLES)
        self.body = [
            line
            for line in self.lines[self.regions.start :]
            if line.index not in self.regions.skipped
        ]
        self.complaint = reads_numbered_paragraphs(self.body, meta)
        self.width = typical_width(self.body)
        blank = sum(1 for line in self.body if line.blank)
        self.plain = not has_hints(self.body)  # plain text: no typography to go by
        self.indents = {
            line.index: float(plain_indent(line.text)) if self.plain else line.hint.indent
            for line in self.lines
        }
        self.transcript = None if self.complaint else self._find_transcript()
        if self.transcript is not None and self.regions.start > self.transcript.first:
            # no caption: the transcript starts at its first turn, not at an answer "A."
            # taken for the first heading
            self.regions = replace(self.regions, start=self.transcript.first)
        self.cover: int | None = None  # a transcript's cover page
        self.parenthetical = False  # the open block is the reporter's parenthetical
        self.turn_ended = False  # the next transcript line opens a block of its own
        # Blank lines end paragraphs when they are rare (not double spacing), or in plain
        # text whose lines are whole paragraphs (e-filed text: no line wrapping).
        self.blank_breaks = blank < 0.5 * max(len(self.body) - blank, 1) or (
            self.plain and self.width > UNWRAPPED_WIDTH
        )
        # a petition's or a verified answer's numbered allegations in a filing read by its
        # outline: numbered paragraphs, not headings (an order's numbered items are its own)
        self.allegations = (
            numbered_allegations(self.body, self.width, self.blank_breaks)
            if not (self.complaint or meta.role == Role.ORDER)
            else frozenset()
        )
        # the highest heading level ingest recorded in the body (1 = "#", "Heading 1")
        self.top_mark = min(
            (
                line.hint.heading_level
                for line in self.body
                if line.hint.heading_level > 0 and line.index >= self.regions.body_start
            ),
            default=0,
        )
        self._line_starts = [line.start for line in self.lines]
        self.toc: tuple[TocEntry, ...] = parse_toc(self.regions.toc_lines)
        self.toc_keys = [letters_key(e.title) for e in self.toc]
        self.toc_used: set[int] = set()  # entries that vouched for a heading
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.tracker = OutlineTracker(
            reordered_levels(_word_enumerators(self.body)), answer=meta.role in ANSWER_ROLES
        )
        # "1. BACKGROUND" / "1.1 …": a decimal outline whose "1." is the top level
        self.decimal_top = numbers_own_sections([line.stripped for line in self.body])
        # "1 Introduction" / "4 Argument" / "4.1 …": a LaTeX copy's sections by bare integers
        numbered = [(line.index, line.stripped) for line in self.body]
        self.bare_sections = bare_sections(numbered)
        # "4.0 ARGUMENT" / "4.1 My Lords, …": the "N.M" lines number a section's paragraphs
        self.zero_sections = zero_sections(numbered, self.bare_sections)
        self.decimal_top = self.decimal_top or bool(self.bare_sections)
        # "4.3.1 Closest prior art" / "4.3.1.1 D1 discloses …": decimals number paragraphs too
        self.decimal_paragraphs = numbers_paragraphs([line.stripped for line in self.body])
        self.top: int | None = None  # unnumbered top heading
        self.claims_top = False  # the top heading gathers counts (CLAIMS FOR RELIEF)
        self.count: int | None = None  # the count being read
        self.outline: list[int] = []  # numbered heading blocks by depth
        self.point: int | None = None  # a capital point under the umbrella (ARGUMENT)
        self.section: int | None = None  # where body paragraphs go
        self.open: int | None = None  # the paragraph or quote being extended
        self.footnote: int | None = None
        self.last_number = 0
        self.prev: TextLine | None = None  # last non-blank body line
        self.prev_heading = False  # the previous line closed a heading
        self.revision: int | None = None  # the track-changes balloon being read
        self.revisions = 0
        self.balloon_indent: float | None = None
        self.part_titles = {title: first for first, title, _ in self.regions.parts}
        self.part_blocks: list[int] = []  # headings of later bundled documents
        self.order = meta.role == Role.ORDER
        self.decree = False  # an order's "IT IS ORDERED" was read: numbered items are orders

    def _find_transcript(self) -> Transcript | None:
        """The transcript this filing is, read from the end of its caption (from its start
        when it has none), or None."""
        after_caption = caption_end(self.lines)[0]
        first = min(self.regions.start, after_caption if after_caption < len(self.lines) else 0)
        scan = [ln for ln in self.lines[first:] if ln.index not in self.regions.skipped]
        return find_transcript(self.lines, scan, self.indents)

    def _capital_point(self) -> int | None:
        """The last capital point set under the current top heading (ARGUMENT), if any: the
        parent of the numbered sub-points that follow it."""
        if self.point is None or self.blocks[self.point].parent != self.top:
            return None
        return self.point

    def _boundary(self, line: TextLine) -> bool:
        """True when ``line`` may start something new: the previous line ended one."""
        if self.prev is None or self.prev_heading or self.open is None:
            return True
        if line.hint.bold or line.hint.centered or line.hint.underlined:
            return True
        return ends_sentence(self.prev.text) or bool(patterns.REASONS_LINE.match(line.text))

    def _next_nonblank(self, index: int) -> TextLine | None:
        """The next line with text, track-changes balloons passed over."""
        for line in self.lines[index + 1 :]:
            if line.index in self.regions.skipped:
                return None
            if not line.blank and not patterns.BALLOON.match(line.text):
                return line
        return None

    def _starts_something(self, line: TextLine) -> bool:
        text = line.text
        if patterns.COUNT_NUMBERED.match(text) or patterns.COUNT_ORDINAL.match(text):
            return True
        para = patterns.PARAGRAPH_START.match(text)
        if self.complaint and para and self._paragraph_fits(int(para.group("num"))):
            return True
        return bool(patterns.KNOWN_HEADING.match(text))

    def _paragraph_fits(self, number: int) -> bool:
        return self.last_number < number <= self.last_number + 1 + MAX_GAP or (
            number == self.last_number and number > 0
        )

    def _deposition(self, line: TextLine) -> bool:
        """True for a "Q." or "A." line next to another (a deposition excerpt, no outline)."""
        if not patterns.DEPOSITION_LINE.match(line.text):
            return False
        nxt = self._next_nonblank(line.index)
        return any(
            other is not None and patterns.DEPOSITION_LINE.match(other.text)
            for other in (self.prev, nxt)
        )

    def _blank_between(self, line: TextLine, later: TextLine) -> bool:
        """True when a blank line parts two lines of plain text whose blank lines end blocks
        (one paragraph a line): each line is whole, no heading wraps across the gap."""
        if not (self.plain and self.blank_breaks):
            return False
        return any(other.blank for other in self.lines[line.index + 1 : later.index])

    def _add(
        self, kind: SegmentKind, label: str, start: int, end: int, parent: int | None
    ) -> Block:
        level = self.blocks[parent].level + 1 if parent is not None else 0
        page = self.doc.page_index(start)
        block = Block(kind, label, start, max(end, start), parent, level, page_index=page)
        self.blocks.append(block)
        return block

    def _marked_parent(self, level: int) -> int | None:
        """The nearest open heading whose recorded level is above ``level``, or None."""
        at = self.section
        while at is not None:
            block = self.blocks[at]
            if block.kind == SegmentKind.HEADING and 0 < self._mark_of(block) < level:
                return at
            at = block.parent
        return None

    def _mark_of(self, block: Block) -> int:
        """The heading level ingest recorded on the line ``block`` starts on (0: none)."""
        at = bisect_right(self._line_starts, block.start) - 1
        return self.lines[at].hint.heading_level if at >= 0 else 0

    def _close(self) -> None:
        self.open = None

    def _hole(self, start: int, end: int) -> None:
        """Leave ``start:end`` out of the open block's text (a balloon or a footnote)."""
        if self.open is not None:
            self.blocks[self.open].holes.append((start, end))


def one_line(text: str) -> str:
    """``text`` on one line, runs of whitespace as single spaces."""
    return " ".join(text.split())


def _word_enumerators(lines: list[TextLine]) -> list[str]:
    """The word enumerators opening ``lines`` ("Issue 5", "Issues 2 and 3"), in order."""
    found = (patterns.POINT_START.match(line.text) for line in lines)
    return [" ".join(match.group("enum").split()) for match in found if match is not None]
