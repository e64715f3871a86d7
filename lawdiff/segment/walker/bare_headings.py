"""Bare sub-headings of plain text: a short sentence-case line with no closing punctuation,
alone between blank lines above a paragraph, under a numbered point or a subheading in
capitals ("THE EVIDENCE SUPPORTS THE VERDICT", then "Negligence: the causation standard was
easily met"). One such line could be a stray short line of body text, so the filing must hold
another of the same shape: a brief that sets its sub-points this way sets them all so.

Under the argument's umbrella heading ("ARGUMENT") a brief may set its points as single
sentences ending in a period, each alone on its line above its paragraph ("Halyard's motion
is untimely because it was filed after the time for compliance."). A one-sentence paragraph
of body text has that shape too, so again a sibling of the same shape must vouch for it.

Under the umbrella a brief may also set its points bare, in sentence case with no closing
punctuation, each alone on its line above its paragraph ("Argument", then "The Arbitrator's
disclosures defeat any claim of evident partiality"). Body text ends its sentences, so a line
that stops on a letter (or on a statute's section, "under O.C.G.A. § 13-6-11") above a
paragraph is a point when another line of that shape under the same umbrella vouches for it.

A brief that sets its sections as unnumbered title-case lines (a D.N.J. letter brief, a
Tennessee response under LAW AND ARGUMENT) may set a short one in one or two words ("Punitive
Damages", "Fraudulent Inducement"): too short for a title by its words alone, it is a heading
when it stands between paragraphs like its siblings, other title-case lines above paragraphs
of body text."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block
from lawdiff.segment.indented import tab_rows_are_paragraphs
from lawdiff.segment.lines import TextLine, ends_sentence, is_upper_text
from lawdiff.segment.sentences import (
    MAX_SENTENCE_HEADING_WORDS,
    MIN_TITLE_WORDS,
    first_sentence_end,
    is_bare_heading,
    is_body_line,
    is_question_heading,
    is_sentence_heading,
    is_short_title,
    is_strict_title,
)
from lawdiff.segment.walker.flat_sections import FlatSections

# A sentence point under the umbrella holds at most this many words.
PERIOD_MAX_WORDS = 24
# A short title-case heading needs at least this many title-case siblings of its shape.
SHORT_TITLE_SIBLINGS = 2


class BareHeadings(FlatSections):
    """Sentence-case sub-headings without closing punctuation, vouched for by a sibling."""

    @cached_property
    def _tab_rows(self) -> bool:
        """True for plain text whose every paragraph is one row opening with a tab (Word's
        "save as text": see :func:`lawdiff.segment.indented.tab_rows_are_paragraphs`): a
        row stands alone as a blank row on each side would make it."""
        return self.plain and tab_rows_are_paragraphs(self.body)

    def _bare_heading(self, line: TextLine) -> int | None:
        """The bare sub-heading on ``line`` one level below its point, or None."""
        if not (self.plain and self.blank_breaks) or self.complaint:
            return None
        parent = self._bare_parent()
        shape = self._bare_shape
        if parent is None or not shape(line):
            parent, shape = self._period_parent(), self._period_shape
            if parent is None or not shape(line):
                umbrella = self._umbrella_point(line)
                if umbrella is None:
                    umbrella = self._after_labelled_points(line)
                return umbrella if umbrella is not None else self._flat_bare_section(line)
        top = shape == self._period_shape and self.blocks[parent].parent is None
        if top and self._period_points_under(parent) < 2:
            return None  # "PART ONE: STATEMENT OF THE CASE" over one sentence paragraph
        if sum(1 for other in self.lines if shape(other)) < 2:
            return None
        return self._add_bare(line, parent)

    def _after_labelled_points(self, line: TextLine) -> int | None:
        """A sentence point standing alone under the umbrella after its labelled points, their
        sibling ("Response to Assignment of Error No. 5: Briarwood concedes …." then
        "Appellant's Statement of Facts relies on materials outside the record."): the
        points before it, two at least, are labelled sentences of the umbrella's own."""
        if self.section is None or not self._period_shape(line):
            return None
        at = self.section
        parent = self.blocks[at].parent
        while parent is not None and parent != self.top:
            at, parent = parent, self.blocks[parent].parent  # a labelled point's "(b) …"
        umbrella = parent
        if umbrella is None or not self._umbrella(self.blocks[umbrella]):
            return None
        labelled = [
            block
            for block in self.blocks
            if block.parent == umbrella
            and block.kind == SegmentKind.HEADING
            and is_sentence_heading(block.heading)
            and self._label_opens_line(block)
        ]
        if len(labelled) < 2 or self.blocks[at] is not labelled[-1]:
            return None
        return self._add_bare(line, umbrella)

    def _label_opens_line(self, block: Block) -> bool:
        """True for a labelled point whose label opens its title's line, a colon between
        ("Response to Assignment of Error No. 3: The Landlord-Tenant Act imposes …")."""
        at = bisect_right(self._line_starts, block.start) - 1
        head = self.doc.text[self.lines[at].content_start : block.start].rstrip()
        return head.endswith(":") and head[:-1].strip().upper() == block.label.upper()

    def _period_points_under(self, parent: int) -> int:
        """Lines of a sentence point's shape in the section of the top heading ``parent``: up
        to the next line in capitals alone (a top heading) or closing heading, past a
        standard of review set before the first of them."""
        end = self.blocks[parent].end
        first = next((at.index for at in self.lines if at.content_end >= end), len(self.lines))
        points = 0
        for other in self.lines[first + 1 :]:
            text = other.stripped
            if patterns.STANDARD_HEADING.match(text) and not points:
                continue  # "Standard of review" set under ARGUMENT before its points
            if patterns.CLOSING_HEADING.match(text) or patterns.KNOWN_HEADING.match(text):
                break
            if is_upper_text(text) and len(patterns.WORD.findall(text)) >= 2:
                break
            points += self._period_shape(other)
        return points

    def _wrapped_bare_heading(self, line: TextLine, last: int) -> int | None:
        """A sub-heading in sentence case with no closing punctuation, wrapped from ``line``
        to ``last`` in plain text ("Post-arrest sobriety is commendable, but it is what the
        conditions of" / "release required"), one level below the subheading or point it
        follows. Body text ends its sentences, and a stray short line does not wrap, so the
        layout vouches for it with no sibling: lines that wrap (every line but the last
        long), a blank line (or the page break) before and after, a paragraph below."""
        if not (self.plain and self.blank_breaks) or self.complaint or self.section is None:
            return None
        block = self.blocks[self.section]
        if block.kind != SegmentKind.HEADING or block.parent is None:
            return self._flat_bare_section(line)
        title = " ".join(self.lines[at].stripped for at in range(line.index, last + 1))
        if not is_bare_heading(title) or ":" in title:
            return None
        below = self._next_nonblank(last)
        if below is None or not self._wrapped(line, last) or not self._body_from(below):
            return None
        self._close()
        end = self.lines[last].content_end
        added = self._add(SegmentKind.HEADING, title.upper(), line.content_start, end, self.section)
        added.heading = title
        added.minor = True
        self.section = len(self.blocks) - 1
        self.decree = False
        return last + 1

    def _short_title(self, line: TextLine) -> bool:
        """True for a title-case heading of one or two words ("Punitive Damages") between
        paragraphs, vouched for by title-case siblings of its shape."""
        if not (self.plain and self.blank_breaks) or self.complaint:
            return False
        if self.prev is None or self.prev_heading or not ends_sentence(self.prev.text):
            return False  # between paragraphs: body text ends above it
        if not self._shape(line, is_short_title(line.stripped)):
            return False
        siblings = sum(
            1 for other in self.lines if other is not line and self._shape(other, _titled(other))
        )
        return siblings >= SHORT_TITLE_SIBLINGS

    def _bold_run_in(self, line: TextLine) -> bool:
        """True when a bold run (Markdown ``**`` in plain text) opens ``line`` with text
        after it: a run-in title set as a PDF's bold lead is."""
        lead = line.hint.styled_lead - (line.content_start - line.start)
        return 0 < lead < len(line.stripped)

    def _bold_row(self, line: TextLine, last: int) -> bool:
        """True for a row of plain text wholly in Markdown bold (``**The Ordinance**``,
        ``**The ordinance cannot survive strict scrutiny.**``) standing as a heading: in the
        body, one row alone between blank rows, no clause left open, a heading's length,
        body text below. A copy that marks bold keeps the marks where the brief set them,
        so a sentence in bold alone on its row is a heading, not a one-sentence paragraph."""
        if not self.plain or self.complaint or last != line.index:
            return False
        lead = line.hint.styled_lead - (line.content_start - line.start)
        text = line.stripped
        if lead < len(text) or line.index < self.regions.body_start:
            return False
        if text.endswith((",", ";", ":")) or len(patterns.WORD.findall(text)) > PERIOD_MAX_WORDS:
            return False
        return self._shape(line, not patterns.CITATION_HINT.search(text))

    def _bold_block(self, block: Block) -> bool:
        """True when ``block`` starts on a row wholly in Markdown bold."""
        first = next(at for at in self.lines if at.end >= block.start)
        return first.hint.styled_lead - (first.content_start - first.start) >= len(first.stripped)

    def _small_caps_word(self, line: TextLine) -> bool:
        """True for one word in small capitals alone on its row of plain text (a PDF
        export's letter-spaced "S TANDARD", joined on import): a heading, as two words in
        capitals are."""
        text = line.stripped
        return (
            self.plain
            and line.hint.small_caps
            and is_upper_text(text)
            and len(patterns.WORD.findall(text)) == 1
        )

    def _top_in_full_capitals(self) -> bool:
        """True when the current top heading is set in full capitals, not in small
        capitals as a heading below it may be."""
        if self.top is None:
            return False
        block = self.blocks[self.top]
        first = next(at for at in self.lines if at.end >= block.start)
        return not first.hint.small_caps

    def _umbrella_point(self, line: TextLine) -> int | None:
        """A bare point right under the umbrella (or after a bare sibling there), vouched
        for by another line of its shape between the umbrella and its closing heading
        (CONCLUSION)."""
        parent = self._umbrella_parent()
        if parent is None or not self._umbrella_shape(line):
            return None
        end = self.blocks[parent].end
        first = next((at.index for at in self.lines if at.content_end >= end), line.index)
        siblings = 0
        for other in self.lines[first + 1 :]:
            if patterns.CLOSING_HEADING.match(other.text):
                break
            siblings += self._umbrella_shape(other)
        return self._add_bare(line, parent) if siblings >= 2 else None

    def _flat_bare_section(self, line: TextLine) -> int | None:
        """A section heading of a brief that sets its sections in sentence case with no
        closing punctuation, all at the top ("Preliminary statement", then "The Tribunal's
        authority is not in dispute", "Conclusion": an e-mailed opposition hard-wrapped at 72
        columns): a short block of one line, or of two when the first wraps, between blank
        lines, a paragraph of body text below, beside a top heading in sentence case and
        vouched for by another block of its shape."""
        last = self._flat_blocks.get(line.index)
        if last is None or len(self._flat_blocks) < 2 or not self._sentence_case_top():
            return None
        return self._major_heading(line, last)

    def _sentence_case_top(self) -> bool:
        """True when the heading being read under is a top heading set flat in sentence
        case, not in title case ("Preliminary statement")."""
        top = self._flat_top()
        if top is None or self.section != self.top:
            return False
        heading = top.heading
        return len(heading.split()) >= 2 and not is_strict_title(heading)

    @cached_property
    def _flat_blocks(self) -> dict[int, int]:
        """The first and last line of each block of plain text that has a bare point's shape,
        paragraphs of hard-wrapped lines read whole: one line, or two when the first wraps,
        between blank lines, a paragraph below whose sentences end."""
        blocks: dict[int, int] = {}
        if not (self.plain and self.blank_breaks) or self.complaint:
            return blocks
        start = self.regions.body_start
        for line in self.lines[start:]:
            if line.blank or not (line.index == 0 or self.lines[line.index - 1].blank):
                continue
            last = self._flat_block_last(line)
            if last is not None:
                blocks[line.index] = last
        return blocks

    def _flat_block_last(self, line: TextLine) -> int | None:
        """The last line of a bare point's block opening on ``line``, or None."""
        last = line.index
        while last + 1 < len(self.lines) and not self.lines[last + 1].blank:
            last += 1
        if last - line.index > 1 or (last > line.index and not self._wrapped(line, last)):
            return None
        if any(at in self.regions.skipped for at in range(line.index, last + 1)):
            return None
        title = " ".join(self.lines[at].stripped for at in range(line.index, last + 1))
        named = patterns.NUMBERED_NAME_END.sub("", title)  # "… Procedural Order No. 1"
        if not _argument_words(named) or ":" in title or self._starts_something(line):
            return None
        if patterns.ENUMERATOR_START.match(title) or patterns.POINT_START.match(title):
            return None
        below = self._next_nonblank(last)
        return last if below is not None and self._body_from(below) else None

    def _body_from(self, first: TextLine) -> bool:
        """True when the paragraph that opens on ``first`` (up to the next blank line) reads
        as body text."""
        return is_body_line(self._paragraph_text(first))

    def _add_bare(self, line: TextLine, parent: int) -> int:
        """Add ``line`` (with the lines it is hard-wrapped over) as a minor heading under
        ``parent``; the walk goes on below it."""
        self._close()
        title, last = self._title_text(line), self.lines[self._title_rows(line)]
        block = self._add(
            SegmentKind.HEADING, title.upper(), line.content_start, last.content_end, parent
        )
        block.heading = title
        block.minor = True
        self.section = len(self.blocks) - 1
        self.decree = False
        return last.index + 1

    def _bare_parent(self) -> int | None:
        """The heading a bare sub-heading goes under: the current numbered point, subheading
        in capitals, or unnumbered point in title case right under the umbrella ("Argument",
        then "The District Court Erred in Ruling …", then "The offer letter shortened …"); a
        top heading is none; after a bare sibling, its parent."""
        if self.section is None:
            return None
        block = self.blocks[self.section]
        if block.kind != SegmentKind.HEADING:
            return None
        if _is_bare(block):
            return block.parent
        numbered = self.section in self.outline
        return self.section if numbered or self._point_block(block) else None

    def _point_block(self, block: Block) -> bool:
        """True for an unnumbered point under a heading: in capitals, or in title case
        right under the umbrella."""
        if block.parent is None:
            return False
        if _capitals(block):
            return True
        return is_strict_title(block.heading) and self._umbrella(self.blocks[block.parent])

    def _period_parent(self) -> int | None:
        """The umbrella heading a sentence point goes under ("ARGUMENT"); after a sentence
        sibling, its parent."""
        if self.section is None:
            return None
        block = self.blocks[self.section]
        if block.kind != SegmentKind.HEADING:
            return None
        if _is_period(block):
            return block.parent
        if self._standard_under_umbrella_block(block):
            return block.parent  # "Standard of review" set between ARGUMENT and its points
        return self.section if self._umbrella(block) else None

    def _standard_under_umbrella_block(self, block: Block) -> bool:
        """True for the standard of review set under the umbrella before its first point:
        the points after it are its siblings."""
        parent = block.parent
        if parent is None or self.outline or not patterns.STANDARD_HEADING.match(block.heading):
            return False
        return self._umbrella(self.blocks[parent])

    def _umbrella_parent(self) -> int | None:
        """The umbrella top heading ("Argument") a bare point goes under, before any numbered
        point; after a bare point under it, its parent."""
        if self.section is None or self.outline:
            return None
        at = self.section
        if self.blocks[at].kind != SegmentKind.HEADING:
            return None
        top = self.top
        if top is not None and self.blocks[at].minor and self.blocks[at].parent == top:
            at = top
        return at if self._umbrella(self.blocks[at]) else None

    def _umbrella(self, block: Block) -> bool:
        """True for an umbrella top heading: ARGUMENT and its kind by name, or a top heading
        in capitals under any title ("LEGAL ANALYSIS") whose section opens straight on a
        point: its first line with text stands alone as a sentence or bare point. A
        statement of the issues (or summary of the argument) is none: its sentences alone
        on their lines are the issues it states."""
        if block.parent is not None:
            return False
        if patterns.UMBRELLA_HEADING.match(block.heading):
            return True
        if not _capitals(block) or patterns.ISSUES_HEADING.match(block.heading):
            return False  # a statement of the issues lists questions ("Whether …."), no points
        last = next((at.index for at in self.lines if at.content_end >= block.end), None)
        below = None if last is None else self._next_nonblank(last)
        if below is None or len(patterns.WORD.findall(below.text)) < MIN_TITLE_WORDS:
            return False  # a bare "I." over a proposition of law is no point
        return self._period_shape(below) or self._umbrella_shape(below)

    def _umbrella_shape(self, line: TextLine) -> bool:
        """True for a line of a bare point's shape: up to a sentence point's words with no
        closing punctuation, a blank line on each side, a paragraph of body text below."""
        return self._shape(line, _argument_words(self._title_text(line)))

    def _bare_shape(self, line: TextLine) -> bool:
        """True for a line of the shape: a bare heading's words, a blank line on each side,
        after body text or a heading, a paragraph of body text below."""
        return self._shape(line, is_bare_heading(self._title_text(line)))

    def _period_shape(self, line: TextLine) -> bool:
        """True for a line of a sentence point's shape: one short sentence ending in a
        period, a blank line on each side, a paragraph of body text below."""
        text = self._title_text(line)
        words = len(patterns.WORD.findall(text))
        short = words <= PERIOD_MAX_WORDS or (
            words <= MAX_SENTENCE_HEADING_WORDS and self._long_point_vouched(line)
        )
        if short and is_question_heading(text):
            return self._shape(line, True, page_top=True) and self._question_sibling(line)
        return self._shape(line, short and is_sentence_heading(text), page_top=True)

    def _question_sibling(self, line: TextLine) -> bool:
        """True when another line of the document stands as a point put as a question does
        (see :meth:`_period_shape`): points put as questions come in a series ("Is the claim
        time-barred?", "Did the contract disclaim the warranties?"); one alone is rhetoric."""
        return any(
            other.index != line.index
            and not other.blank
            and other.stripped.endswith(("?", ".", "!"))
            and is_question_heading(self._title_text(other))
            and self._shape(other, True, page_top=True)
            for other in self.lines
        )

    def _long_point_vouched(self, line: TextLine) -> bool:
        """True when a sentence point longer than :data:`PERIOD_MAX_WORDS` words may stand
        on ``line`` ("Brightwater does not contest, for purposes of this appeal, that …"):
        a sentence point the walk has taken vouches for the shape, its section holds a
        paragraph already (a one-sentence paragraph right under a point is its text), and
        the paragraph below holds more than one sentence."""
        section = self.blocks[self.section] if self.section is not None else None
        if section is None or section.kind != SegmentKind.HEADING or not _is_period(section):
            return False
        last = self.blocks[-1]
        if last.kind != SegmentKind.PARAGRAPH or last.parent != self.section:
            return False
        below = self._next_nonblank(line.index)
        return below is not None and first_sentence_end(self._paragraph_text(below)) is not None

    def _shape(self, line: TextLine, words: bool, *, page_top: bool = False) -> bool:
        """True when ``line`` (whose words fit a heading when ``words``) stands as a heading:
        in the body, no enumerator, alone between blank lines, body text below. With
        ``page_top`` (a sentence point, closed by its period as no running header is) the
        page break above a page's first line stands for the blank line."""
        if line.blank or line.index < self.regions.body_start or line.index in self.regions.skipped:
            return False
        text = line.stripped
        if not words or patterns.ENUMERATOR_START.match(text):
            return False
        if self._starts_something(line) or patterns.POINT_START.match(text):
            return False
        last = self._title_rows(line)  # a centred title's rows stand as one line
        before = self.lines[line.index - 1] if line.index else None
        after = self.lines[last + 1] if last + 1 < len(self.lines) else None
        above = before is not None and (
            before.blank or (page_top and before.page_index != line.page_index) or self._tab_rows
        )
        if not above or after is None or not (after.blank or self._tab_rows):
            return False
        below = self._next_nonblank(last)
        return below is not None and self._body_from(below)


def _argument_words(text: str) -> bool:
    """True when ``text`` could be a bare argument point: a capital first, three to
    :data:`PERIOD_MAX_WORDS` words, not in capitals, ending in a letter or a statute's
    section, no citation, record cite, section or paragraph sign before that."""
    words = patterns.WORD.findall(text)
    if not (MIN_TITLE_WORDS <= len(words) <= PERIOD_MAX_WORDS) or not text[:1].isupper():
        return False
    section = patterns.SECTION_END.search(text)
    core = text[: section.start()] if section else text
    if is_upper_text(text) or not core[-1:].isalpha():
        return False
    if patterns.CITATION_HINT.search(text) or patterns.PROSE_MARK.search(text):
        return False
    return "¶" not in core and "§" not in core


def _titled(line: TextLine) -> bool:
    """True when ``line``'s words are a title-case heading's, short or long."""
    return is_strict_title(line.stripped) or is_short_title(line.stripped)


def _is_bare(block: Block) -> bool:
    return block.minor and is_bare_heading(block.heading)


def _is_period(block: Block) -> bool:
    heading = block.heading
    return block.minor and (is_sentence_heading(heading) or is_question_heading(heading))


def _capitals(block: Block) -> bool:
    return is_upper_text(block.heading) and len(patterns.WORD.findall(block.heading)) >= 2
