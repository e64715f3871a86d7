"""The rule-based segmenter: line patterns, an outline tracker and a paragraph sequence.

It walks the body line by line (after the caption and tables, skipping signature blocks
and certificates) and decides for each line whether it starts a count, a numbered
complaint paragraph, a numbered or unnumbered heading, a footnote or a block quote, or
continues what is open. Typography hints from ingest (bold, underline, centering, indent,
footnote) sharpen those decisions but are never required.
"""

from __future__ import annotations

import re

from lawdiff.core.model import FilingMeta, Role, Segmentation, SegmentKind
from lawdiff.core.text import DocumentText
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block, to_drafts
from lawdiff.segment.lines import (
    TextLine,
    ends_sentence,
    has_hints,
    is_title_case,
    is_upper_text,
    text_lines,
    typical_width,
)
from lawdiff.segment.notes import attach_footnotes, cut_balloons_from_headings
from lawdiff.segment.numbered import BRIEF_ROLES, reads_numbered_paragraphs
from lawdiff.segment.outline import OutlineTracker
from lawdiff.segment.parts import find_parts, part_warnings
from lawdiff.segment.quoted import (
    PLAIN_QUOTE_INDENT,
    introduces_quotation,
    is_claim_term_title,
    is_patent_claim,
    plain_indent,
)
from lawdiff.segment.regions import find_regions
from lawdiff.segment.sentences import (
    MAX_TITLE_WORDS,
    is_minor_title,
    is_strict_title,
    numbered_run_in,
    reads_as_fact,
    reads_as_prose,
    run_in_title,
)
from lawdiff.segment.toc import TocEntry, compare_toc, letters_key, parse_toc

# A balloon's wrapped lines start within this many points of its first line.
BALLOON_COLUMN = 12.0
# A line opening with one of these goes on with the text before it (a redaction gap).
RUN_ON_MARKS = frozenset(".,;:)]")
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


class RuleBasedSegmenter:
    """Segments complaints (¶ paragraphs and counts) and briefs (argument outlines)."""

    def segment(self, text: DocumentText, meta: FilingMeta) -> Segmentation:
        """Split ``text`` into segments; see :mod:`lawdiff.segment` for the conventions."""
        if not text.pages or not text.text.strip():
            return Segmentation(segments=())
        walker = _Walker(text, meta)
        walker.run()
        drafts = to_drafts(text, walker.blocks)
        parts = find_parts(drafts, meta, [walker.blocks[i].start for i in walker.part_blocks])
        warnings = (*walker.warnings, *part_warnings(parts))
        return Segmentation(drafts, warnings, parts)


class _Walker:
    """One pass over the body lines, building :class:`Block` s."""

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
        # Blank lines end paragraphs when they are rare (not double spacing), or in plain
        # text whose lines are whole paragraphs (e-filed text: no line wrapping).
        self.blank_breaks = blank < 0.5 * max(len(self.body) - blank, 1) or (
            self.plain and self.width > UNWRAPPED_WIDTH
        )
        self.toc: tuple[TocEntry, ...] = parse_toc(self.regions.toc_lines)
        self.toc_keys = [letters_key(e.title) for e in self.toc]
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.tracker = OutlineTracker()
        self.top: int | None = None  # unnumbered top heading
        self.claims_top = False  # the top heading gathers counts (CLAIMS FOR RELIEF)
        self.count: int | None = None  # the count being read
        self.outline: list[int] = []  # numbered heading blocks by depth
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

    # ------------------------------------------------------------------ main loop

    def run(self) -> None:
        """Walk the body and fill ``blocks`` and ``warnings``."""
        i = 0
        skipped = self.regions.skipped
        while i < len(self.lines):
            line = self.lines[i]
            if i < self.regions.start or i in skipped:
                self._close()
                i += 1
                continue
            i = self._step(line)
        attach_footnotes(self.blocks, self.doc.text)
        cut_balloons_from_headings(self.blocks, self.doc.text)
        self._compare_toc()

    def _step(self, line: TextLine) -> int:
        """Handle the line and return the index of the next line to look at."""
        if line.blank:
            if self.blank_breaks and not self.complaint:
                self._close()
            return line.index + 1
        if line.hint.footnote:
            self._footnote_line(line)
            return line.index + 1
        self.footnote = None
        if line.index in self.part_titles:
            return self._part(line)
        balloon = patterns.BALLOON.search(line.text)
        if balloon is not None and balloon.start() == 0:
            self._hole(line.start, line.end)
            self._revision(line, line.start + balloon.start("note"), whole=True)
            return line.index + 1
        if self._balloon_continues(line):
            self.blocks[self.revision or 0].extend_to(line.content_end)
            self._hole(line.start, line.end)
            return line.index + 1
        self.revision = None
        nxt = self._body_step(line)
        if balloon is not None:  # the body text, then a tab and a balloon
            self._hole(line.start + balloon.start(), line.end)
            self._revision(line, line.start + balloon.start("note"), whole=False)
        return nxt

    def _body_step(self, line: TextLine) -> int:
        """A line that is not blank, a footnote nor a balloon: a paragraph, heading or text."""
        if self.complaint and self._paragraph(line):
            self.prev_heading = False
            self.prev = line
            return line.index + 1
        nxt = self._try_structure(line)
        if nxt is not None:
            self.prev_heading = True
            self.prev = self.lines[nxt - 1]
            return nxt
        self._body_line(line)
        self.decree = self.decree or (self.order and bool(patterns.DECREE.search(line.text)))
        self.prev_heading = False
        self.prev = line
        return line.index + 1

    def _try_structure(self, line: TextLine) -> int | None:
        """Start a count or heading at ``line``; return the index of the line after it."""
        count = self._count(line)
        if count is not None:
            return count
        for attempt in (self._numbered_heading, self._unnumbered_heading):
            nxt = attempt(line)
            if nxt is not None:
                return nxt
        return None

    # ------------------------------------------------------------------ boundaries

    def _boundary(self, line: TextLine) -> bool:
        """True when ``line`` may start something new: the previous line ended one."""
        if self.prev is None or self.prev_heading or self.open is None:
            return True
        if line.hint.bold or line.hint.centered or line.hint.underlined:
            return True
        return ends_sentence(self.prev.text)

    def _next_nonblank(self, index: int) -> TextLine | None:
        """The next line with text, track-changes balloons passed over."""
        for line in self.lines[index + 1 :]:
            if line.index in self.regions.skipped:
                return None
            if not line.blank and not patterns.BALLOON.match(line.text):
                return line
        return None

    # ------------------------------------------------------------------ counts

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
        block.heading = _join(self.doc.text[block.start : block.end])
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

    def _starts_something(self, line: TextLine) -> bool:
        text = line.text
        if patterns.COUNT_NUMBERED.match(text) or patterns.COUNT_ORDINAL.match(text):
            return True
        para = patterns.PARAGRAPH_START.match(text)
        if self.complaint and para and self._paragraph_fits(int(para.group("num"))):
            return True
        return bool(patterns.KNOWN_HEADING.match(text))

    # ------------------------------------------------------------------ paragraphs

    def _paragraph_fits(self, number: int) -> bool:
        return self.last_number < number <= self.last_number + 1 + MAX_GAP or (
            number == self.last_number and number > 0
        )

    def _paragraph(self, line: TextLine) -> bool:
        match = patterns.PARAGRAPH_START.match(line.text)
        if match is None:
            return False
        number = int(match.group("num"))
        if number != self.last_number + 1 and not (
            self._boundary(line) and self._paragraph_fits(number)
        ):
            return False
        if number == self.last_number:
            self.warnings.append(f"¶ {number} is followed by ¶ {number}")
        elif number != self.last_number + 1 and self.last_number:
            self.warnings.append(f"¶ {self.last_number} is followed by ¶ {number}")
        self.last_number = number
        self._close()
        start = line.start + (match.start("rest") if match.group("rest") else match.start("num"))
        block = self._add(
            SegmentKind.PARAGRAPH, f"¶ {number}", start, line.content_end, self.section
        )
        block.number = number
        self.open = len(self.blocks) - 1
        return True

    def _body_line(self, line: TextLine) -> None:
        quote = line.hint.indent >= QUOTE_INDENT and not line.hint.centered
        if self.open is not None and self._runs_on(line):
            block = self.blocks[self.open]
            if not quote:  # a flush line goes on: the indented lines were within a paragraph
                block.kind = SegmentKind.PARAGRAPH
            block.extend_to(line.content_end)
            return
        if self.open is not None:
            block = self.blocks[self.open]
            if self._first_line_indent(block, line, quote):
                # One indented line and then flush lines: a paragraph's first-line indent,
                # not a block quote (a quote is indented on every line).
                block.kind = SegmentKind.PARAGRAPH
            same_kind = (block.kind == SegmentKind.QUOTE) == quote
            if (same_kind or self.complaint) and not self._paragraph_break(line):
                block.extend_to(line.content_end)
                return
        kind = SegmentKind.QUOTE if quote else SegmentKind.PARAGRAPH
        self._close()
        self._add(kind, "", line.content_start, line.content_end, self.section)
        self.open = len(self.blocks) - 1

    def _runs_on(self, line: TextLine) -> bool:
        """True when ``line`` goes on with the open block whatever its indent: text after a
        redaction gap (". Plaintiffs …", ", which …"), a sentence going on in lower case
        after a quotation, the next line of a deposition excerpt."""
        first = line.stripped[:1]
        if first in RUN_ON_MARKS or first.islower():
            return not (self.complaint and patterns.PARAGRAPH_START.match(line.text))
        prev = self.prev
        if prev is None or self.prev_heading or not patterns.DEPOSITION_LINE.match(line.text):
            return False
        # The next question or answer: after a "Q."/"A." line, or within an excerpt whose
        # question ran over several lines.
        return bool(patterns.DEPOSITION_LINE.match(prev.text) or self._in_excerpt())

    def _in_excerpt(self) -> bool:
        """The open block is a deposition excerpt (it starts with "Q." or "A.")."""
        if self.open is None:
            return False
        start = self.blocks[self.open].start
        return bool(patterns.DEPOSITION_LINE.match(self.doc.text[start : start + 12]))

    def _first_line_indent(self, block: Block, line: TextLine, quote: bool) -> bool:
        """True when ``block`` is a one-line "quote" that ``line`` continues flush left."""
        prev = self.prev
        return (
            block.kind == SegmentKind.QUOTE
            and not quote
            and prev is not None
            and block.start >= prev.start
            # A full line ending in "Mot." or "Id." still runs on; a short one ended a quote.
            and (not ends_sentence(prev.text) or len(prev.stripped) >= SHORT_LINE * self.width)
        )

    def _paragraph_break(self, line: TextLine) -> bool:
        """True when ``line`` starts a new unnumbered body paragraph."""
        if patterns.ATTESTATION.match(line.text):
            return True  # a declaration's closing oath is no part of its last paragraph
        if self.complaint and self.blocks[self.open or 0].label:
            return False
        prev = self.prev
        if prev is None or not ends_sentence(prev.text):
            return False
        if line.hint.indent > prev.hint.indent + PARAGRAPH_INDENT:
            return True
        first = line.stripped[:1]
        return len(prev.stripped) < SHORT_LINE * self.width and (first.isupper() or first in '“"(')

    # ------------------------------------------------------------------ headings

    def _numbered_heading(self, line: TextLine) -> int | None:
        point = patterns.POINT_START.match(line.text)
        if point is not None:
            return self._point_heading(line, point)
        match = patterns.ENUMERATOR_START.match(line.text)
        if match is None:
            return self._lone_enumerator(line)
        if not self._boundary(line) or self._deposition(line):
            return None
        if line.index < self.regions.body_start or self.decree:
            return None  # a notice's numbered requests and an order's decree are no outline
        enum = match.group("enum")
        if self.complaint and not enum.rstrip(".").isupper():
            return None
        if self._list_item(match.group("title")) or self._quoted_line(line, match.group("title")):
            return None
        if self._numbered_fact(match.group("title")):
            return None
        lenient = line.hint.bold  # a bold heading may open a level whose first item is gone
        if self.tracker.fits(enum, lenient) is None:
            return None
        title_start = line.start + match.start("title")
        run_in = numbered_run_in(self.doc.text[title_start : line.content_end])
        if run_in is not None:
            return self._run_in_heading(line, enum, title_start, run_in)
        title_text = match.group("title")
        if self.plain and reads_as_prose(title_text) and not is_claim_term_title(title_text):
            return None  # "A. That is correct, he said." in plain text: a sentence, no heading
        last = self._heading_end(line, self.doc.text[title_start : line.end])
        title = _join(self.doc.text[title_start : self.lines[last].content_end])
        if len(title) > 60 * MAX_HEADING_LINES:
            return None
        self._outline_heading(enum, title_start, self.lines[last].content_end, lenient)
        self.decree = self.order and title.upper().rstrip(" .:") == "ORDER"
        return last + 1

    def _list_item(self, title: str) -> bool:
        """True for a numbered sentence under STATEMENT OF THE ISSUES or SUMMARY OF ARGUMENT
        ("1. Whether the court erred …", "2. The implied covenant claim fails because …"):
        an item of a list, not a heading of the outline."""
        if self.section is None or is_title_case(title) or is_upper_text(title):
            return False
        block = self.blocks[self.section]
        heading = block.heading.upper() if block.kind == SegmentKind.HEADING else ""
        return bool(patterns.ISSUES_HEADING.search(heading))

    def _numbered_fact(self, title: str) -> bool:
        """True for a numbered sentence of facts under STATEMENT OF UNDISPUTED FACTS
        ("1. On February 1, 2023, the parties signed …"): a numbered paragraph, no heading."""
        if self.section is None or self.outline or not reads_as_fact(title):
            return False
        block = self.blocks[self.section]
        heading = block.heading.upper() if block.kind == SegmentKind.HEADING else ""
        return bool(patterns.FACTS_HEADING.search(heading))

    def _quoted_line(self, line: TextLine, title: str) -> bool:
        """True for a numbered line that quotes: a patent claim, or a line set in a block
        quote (indented, inside a quote or after a line that introduces one)."""
        if is_patent_claim(title):
            return True
        if line.hint.bold or line.hint.centered:
            return False
        indent = plain_indent(line.text) if self.plain else 0
        if line.hint.indent < QUOTE_INDENT and indent < PLAIN_QUOTE_INDENT:
            return False
        if self.open is not None and self.blocks[self.open].kind == SegmentKind.QUOTE:
            return True
        prev = self.prev
        return prev is not None and not self.prev_heading and introduces_quotation(prev.text)

    def _outline_heading(self, enum: str, start: int, end: int, lenient: bool = False) -> Block:
        """Take ``enum`` into the outline and add its heading block (``start:end``, the title)."""
        depth = self.tracker.accept(enum, lenient) or 1
        self._close()
        del self.outline[depth - 1 :]
        parent = self.outline[-1] if self.outline else self.top
        block = self._add(SegmentKind.HEADING, ".".join(self.tracker.path), start, end, parent)
        block.heading = _join(self.doc.text[start:end])
        self.outline.append(len(self.blocks) - 1)
        self.section = len(self.blocks) - 1
        return block

    def _point_heading(self, line: TextLine, match: re.Match[str]) -> int | None:
        """ "POINT II: THE CLAIM FAILS" (or "POINT II" above its title): a numbered level
        under the unnumbered ARGUMENT, never a top heading of its own."""
        if not self._boundary(line) or self.complaint or line.index < self.regions.body_start:
            return None
        enum = " ".join(match.group("enum").split())
        if self.tracker.fits(enum) is None:
            return None
        first = line
        title_start = line.start + match.start("title")
        if not match.group("title").strip():
            below = self._next_nonblank(line.index)
            if below is None or self._starts_something(below):
                return None
            first, title_start = below, below.content_start
        last = self._heading_end(first, self.doc.text[title_start : first.end])
        self._outline_heading(enum, title_start, self.lines[last].content_end)
        self.decree = False
        return last + 1

    def _deposition(self, line: TextLine) -> bool:
        """True for a "Q." or "A." line next to another (a deposition excerpt, no outline)."""
        if not patterns.DEPOSITION_LINE.match(line.text):
            return False
        nxt = self._next_nonblank(line.index)
        return any(
            other is not None and patterns.DEPOSITION_LINE.match(other.text)
            for other in (self.prev, nxt)
        )

    def _lone_enumerator(self, line: TextLine) -> int | None:
        """A Roman numeral (or letter) alone on its line, the heading's title below it."""
        match = patterns.LONE_ENUMERATOR.match(line.text)
        if match is None or not self._boundary(line) or self.decree or self.complaint:
            return None
        if line.index < self.regions.body_start:
            return None
        title_line = self._next_nonblank(line.index)
        enum = match.group("enum").rstrip(".") + "."
        if title_line is None or self.tracker.fits(enum) is None:
            return None
        text = title_line.stripped
        if not (is_upper_text(text) or is_title_case(text)) or self._starts_something(title_line):
            return None
        last = self._heading_end(title_line, title_line.text)
        title = _join(self.doc.text[title_line.content_start : self.lines[last].content_end])
        block = self._outline_heading(enum, line.content_start, self.lines[last].content_end)
        block.heading = title
        return last + 1

    def _run_in_heading(
        self, line: TextLine, enum: str, title_start: int, run_in: tuple[int, int]
    ) -> int:
        """A heading whose text runs on in the same line: the heading, then a paragraph."""
        head_end, body_start = (title_start + offset for offset in run_in)
        self._outline_heading(enum, title_start, head_end)
        self.decree = False
        self._add(SegmentKind.PARAGRAPH, "", body_start, line.content_end, self.section)
        self.open = len(self.blocks) - 1
        self.prev = line
        return line.index + 1

    def _unnumbered_heading(self, line: TextLine) -> int | None:
        text = line.stripped
        # "argument." closing a paragraph is no ARGUMENT heading: a known heading starts
        # with a capital and follows a finished sentence (or a heading, or nothing)
        known = bool(patterns.KNOWN_HEADING.match(text)) and text[:1].isupper()
        if known and self.prev is not None and not self.prev_heading:
            known = ends_sentence(self.prev.text) or self._boundary(line)
        if not (known or self._boundary(line)):
            return None
        if patterns.ENUMERATOR_START.match(text) or patterns.PARAGRAPH_START.match(text):
            return None
        if patterns.SALUTATION.match(text) or patterns.DECREE.match(text):
            return None
        if len(text) <= self.width * 1.1:
            caps = is_upper_text(text) and len(patterns.WORD.findall(text)) >= 2
            if caps and not known and line.hint.small_caps and self.top is not None:
                # small capitals under a top heading in full capitals: one level down
                last = self._heading_end(line, line.text)
                self._subheading(line.content_start, self.lines[last].content_end)
                return last + 1
            if caps and not known and self._under_umbrella():
                last = self._heading_end(line, line.text)
                self._subheading(line.content_start, self.lines[last].content_end)
                return last + 1
            if (known or caps) and not text.startswith("("):
                return self._major_heading(line)
            if self.complaint and is_title_case(text):
                return self._minor_heading(line)
        if self.complaint or (self.top is None and not self.outline):
            return None
        return self._sentence_heading(line)

    def _under_umbrella(self) -> bool:
        """True after an unnumbered umbrella top heading (ARGUMENT AND AUTHORITIES) and
        before any numbered heading under it: a heading in capitals there is its child."""
        if self.top is None or self.outline or self.complaint:
            return False
        return bool(patterns.UMBRELLA_HEADING.match(self.blocks[self.top].label))

    def _sentence_heading(self, line: TextLine) -> int | None:
        """An unnumbered heading inside a brief's section: alone on its line(s) ("Laches Bars
        Kestrel's Claims."), or run in, the paragraph going on after it ("Quillmark Is Likely
        to Succeed on the Merits. Quillmark is likely …").

        Plain text goes by words alone: a title-case sentence standing apart (blank lines
        around it) or opening its paragraph. PDFs and Word files go by type: a bold, small
        capital or underlined line in title case, or a bold or underlined run ending in a
        period that opens a paragraph (italic alone is left out: case names open lines).
        """
        if line.index < self.regions.body_start or self._deposition(line):
            return None
        if not self._starts_paragraph(line):
            return None
        run_in = self._run_in_title(line)
        if run_in is not None:
            head_end, body_start = (line.content_start + at for at in run_in)
            self._subheading(line.content_start, head_end)
            self._add(SegmentKind.PARAGRAPH, "", body_start, line.content_end, self.section)
            self.open = len(self.blocks) - 1
            return line.index + 1
        text = line.stripped
        styled = line.hint.bold or line.hint.underlined or line.hint.small_caps
        if not (self.plain or styled) or not self._alone(line) or text.endswith((",", ";", ":")):
            return None
        last = self._heading_end(line, line.text)
        title = _join(self.doc.text[line.content_start : self.lines[last].content_end])
        # a bold line centred on the page is a heading in sentence case too
        centred = styled and line.hint.centered and len(title.split()) >= 2
        if not (is_strict_title(title) or centred) or len(title) > 60 * MAX_HEADING_LINES:
            return None
        if patterns.CITATION_HINT.search(title):
            return None
        self._subheading(line.content_start, self.lines[last].content_end)
        return last + 1

    def _run_in_title(self, line: TextLine) -> tuple[int, int] | None:
        """Where a run-in title ends and its paragraph starts, from the line's content start:
        by words in plain text, by the styled run that opens the line otherwise."""
        text = line.stripped
        if self.plain:
            return run_in_title(text)
        lead = line.hint.styled_lead - (line.content_start - line.start)
        if lead <= 0 or not self._paragraph_opens(line):
            return None
        head = text[:lead].rstrip()
        if text[lead : lead + 1] in ".:":  # the period after the styled words, set in roman
            lead += 1
            head = text[:lead]
        rest = text[lead:]
        body = lead + len(rest) - len(rest.lstrip())
        words = len(head.split())
        if not head.endswith((".", ":")) or not 1 <= words <= MAX_TITLE_WORDS:
            return None
        if patterns.CITATION_HINT.search(head) or patterns.SENTENCE_ABBREVIATION.search(head):
            return None
        return (lead, body) if body < len(text) else None

    def _paragraph_opens(self, line: TextLine) -> bool:
        """True when ``line`` opens a new paragraph by its layout: nothing open before it, or
        a finished sentence on a short line or with the new line indented."""
        prev = self.prev
        if prev is None or self.prev_heading or self.open is None:
            return True
        if not ends_sentence(prev.text):
            return False
        indented = line.hint.indent > prev.hint.indent + PARAGRAPH_INDENT
        return indented or len(prev.stripped) < SHORT_LINE * self.width

    def _starts_paragraph(self, line: TextLine) -> bool:
        """True when ``line`` opens a paragraph: after a blank line or a heading in plain text,
        after a finished sentence (or a heading) otherwise."""
        before = self.lines[line.index - 1] if line.index else None
        if self.plain and self.blank_breaks:
            return before is None or before.blank or self.prev_heading
        return (
            self.prev is None
            or self.prev_heading
            or self.open is None
            or ends_sentence(self.prev.text)
        )

    def _alone(self, line: TextLine) -> bool:
        """True when nothing runs on from ``line`` into the next line of plain text: a blank
        line follows, or the line is short. With typography, :meth:`_heading_end` decides
        which lines a styled heading wraps over."""
        if not self.plain:
            return True
        nxt = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        if self.blank_breaks:
            return nxt is None or nxt.blank
        return len(line.stripped) < SHORT_LINE * self.width

    def _subheading(self, start: int, end: int) -> Block:
        """An unnumbered heading below the current top or numbered heading; the headings
        of one run are siblings."""
        self._close()
        parent = self.outline[-1] if self.outline else self.top
        title = _join(self.doc.text[start:end])
        block = self._add(SegmentKind.HEADING, title.upper().rstrip(" .:"), start, end, parent)
        block.heading = title
        self.section = len(self.blocks) - 1
        self.decree = False
        return block

    def _major_heading(self, line: TextLine) -> int:
        last = self._heading_end(line, line.text)
        title = _join(self.doc.text[line.content_start : self.lines[last].content_end])
        self._close()
        label = title.upper().rstrip(" .:")
        block = self._add(
            SegmentKind.HEADING, label, line.content_start, self.lines[last].content_end, None
        )
        block.heading = title
        self.decree = self.order and label == "ORDER"
        self.top = len(self.blocks) - 1
        self.count = None
        self.claims_top = bool(patterns.CLAIMS_HEADING.search(label))
        self.tracker.reset()
        self.outline = []
        self.section = self.top
        return last + 1

    def _minor_heading(self, line: TextLine) -> int | None:
        """A title-case complaint subheading: only when a numbered paragraph follows it."""
        last = self._minor_heading_last(line)
        if last is None:
            return None
        title = _join(self.doc.text[line.content_start : self.lines[last].content_end])
        self._close()
        parent = (
            self.outline[-1] if self.outline else self.count if self.count is not None else self.top
        )
        block = self._add(
            SegmentKind.HEADING,
            title.upper().rstrip(" .:"),
            line.content_start,
            self.lines[last].content_end,
            parent,
        )
        block.heading = title
        block.minor = True
        self.section = len(self.blocks) - 1
        return last + 1

    def _minor_heading_last(self, line: TextLine, depth: int = 0) -> int | None:
        """The last line of a complaint subheading starting at ``line``, when a numbered
        paragraph (or, in plain text, another such heading on its own line) follows it."""
        last = line.index
        for _ in range(MAX_HEADING_LINES):
            nxt = self._next_nonblank(last)
            if nxt is None:
                return None
            if self._starts_something(nxt):
                break
            if not is_title_case(nxt.stripped) and not nxt.stripped[:1].islower():
                return None
            if self._blank_between(line, nxt):  # one line: a heading above a heading?
                below = (
                    self._minor_heading_last(nxt, depth + 1) if depth < MAX_HEADING_LINES else None
                )
                return last if below is not None else None
            last = nxt.index
        else:
            return None
        title = _join(self.doc.text[line.content_start : self.lines[last].content_end])
        lines = last - line.index + 1
        return last if is_minor_title(title, lines, self.width) else None

    def _heading_end(self, line: TextLine, first_text: str) -> int:
        """Index of the last line of a heading that starts at ``line`` (wrapped lines)."""
        last = line.index
        joined = patterns.BALLOON.sub("", first_text).strip()
        for _ in range(MAX_HEADING_LINES - 1):
            ended = ends_sentence(joined) and not patterns.HEADING_ABBREVIATION.search(joined)
            if ended and not joined.endswith(";"):
                break
            nxt = self._next_nonblank(last)
            if nxt is None or not self._continues_heading(line, joined, nxt):
                break
            if ended and not (line.hint.bold and nxt.hint.bold):
                break  # a bold heading listing items ("Dkt. 4;") goes on in bold
            joined = f"{joined} {nxt.stripped}"
            last = nxt.index
        return last

    def _continues_heading(self, first: TextLine, joined: str, nxt: TextLine) -> bool:
        text = nxt.stripped
        if self._starts_something(nxt) or patterns.ENUMERATOR_START.match(nxt.text):
            return False
        if patterns.POINT_START.match(nxt.text) or self._blank_between(first, nxt):
            return False
        if patterns.BALLOON.match(nxt.text):
            return False
        if patterns.KNOWN_HEADING.match(patterns.ENUMERATOR_START.sub(r"\g<title>", joined)):
            return False  # "V. Conclusion" is whole; "Accordingly, …" starts the text
        if self._toc_key(joined) in self.toc_keys:
            return False  # the table of contents lists the heading as complete already
        if self._toc_prefix(f"{joined} {text}"):
            return True
        if (first.hint.bold and nxt.hint.bold) or (first.hint.underlined and nxt.hint.underlined):
            return True
        if first.hint.bold and not first.hint.underlined and nxt.hint.styled_lead == 0:
            return False  # a bold heading does not go on in roman type
        if is_upper_text(joined):
            return is_upper_text(text)
        if text[:1].islower():
            return True
        return is_title_case(joined) and is_title_case(text)

    def _blank_between(self, line: TextLine, later: TextLine) -> bool:
        """True when a blank line parts two lines of plain text whose blank lines end blocks
        (one paragraph a line): each line is whole, no heading wraps across the gap."""
        if not (self.plain and self.blank_breaks):
            return False
        return any(other.blank for other in self.lines[line.index + 1 : later.index])

    def _toc_key(self, text: str) -> str:
        return letters_key(patterns.ENUMERATOR_START.sub(r"\g<title>", text))

    def _toc_prefix(self, text: str) -> bool:
        key = self._toc_key(text)
        return bool(key) and any(k.startswith(key) for k in self.toc_keys)

    # ------------------------------------------------------------------ footnotes

    def _part(self, line: TextLine) -> int:
        """Another document bundled in the PDF (after its own caption): a top-level heading
        with its title, so its text is kept apart from the argument before it."""
        match = patterns.PART_TITLE.search(line.text)
        start = line.start + match.start("title") if match else line.content_start
        title = _join(self.doc.text[start : line.content_end])
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

    def _hole(self, start: int, end: int) -> None:
        """Leave ``start:end`` out of the open block's text (a balloon or a footnote)."""
        if self.open is not None:
            self.blocks[self.open].holes.append((start, end))

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

    def _add(
        self, kind: SegmentKind, label: str, start: int, end: int, parent: int | None
    ) -> Block:
        level = self.blocks[parent].level + 1 if parent is not None else 0
        page = self.doc.page_index(start)
        block = Block(kind, label, start, max(end, start), parent, level, page_index=page)
        self.blocks.append(block)
        return block

    def _close(self) -> None:
        self.open = None

    def _compare_toc(self) -> None:
        if not self.toc:
            return
        found = []
        for block in self.blocks:
            if block.kind != SegmentKind.HEADING or block.minor:
                continue
            parent = self.blocks[block.parent].label if block.parent is not None else ""
            found.append((block.label, parent, block.heading))
        self.warnings.extend(compare_toc(self.toc, found))


def _join(text: str) -> str:
    return " ".join(text.split())
