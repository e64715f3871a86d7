"""Numbered headings of an outline ("I.", "A.", "POINT II"), and the numbered lines that
are none (list items, numbered facts, quoted claims, deposition lines)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block
from lawdiff.segment.decimal_outline import BARE_SECTION
from lawdiff.segment.labelled import claim_run_in, names_labelled_point
from lawdiff.segment.lines import TextLine, ends_sentence, is_title_case, is_upper_text
from lawdiff.segment.listed_items import is_clause_item, is_listed_item
from lawdiff.segment.numbered import sub_issue_line
from lawdiff.segment.outline import follows, readings
from lawdiff.segment.paragraph_run import numbered_paragraph_run
from lawdiff.segment.point_fields import is_point_statement
from lawdiff.segment.quoted import (
    PLAIN_QUOTE_INDENT,
    introduces_quotation,
    is_claim_term_title,
    is_patent_claim,
    plain_indent,
)
from lawdiff.segment.relied_on import RELIED_ON_LIST, is_point_relied_on
from lawdiff.segment.sentences import (
    BARE_BODY_WORDS,
    MAX_TITLE_WORDS,
    SENTENCE_RUN_IN_WORDS,
    is_bare_heading,
    is_sentence_heading,
    numbered_run_in,
    reads_as_fact,
    reads_as_prose,
    reads_as_run_on_sentence,
    sentence_run_in,
)
from lawdiff.segment.walker.base import (
    MAX_HEADING_LINES,
    QUOTE_INDENT,
    UNWRAPPED_WIDTH,
    one_line,
)
from lawdiff.segment.walker.flat_sections import FlatSections
from lawdiff.segment.walker.front_sections import is_front_section

# A letter numbering a sub-point ("A.", "B.").
_LETTER = re.compile(r"^[A-Z]\.$")
# A sub-point run in as a sentence: a letter, or an arabic number under a lettered point.
_RUN_IN_ENUM = re.compile(r"^(?:[A-Z]|\d{1,2})\.$")
_ROMAN = re.compile(r"^[IVX]+\.?$")
_LETTER = re.compile(r"^[A-Z]\.$")
# A written case's section naming the issues it argues, by that name alone.
_THE_ISSUES = re.compile(r"^\s*(?:THE\s+)?ISSUES\s*$")
# A decimal point "N.M" (no deeper).
_DECIMAL_POINT = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")
_DECIMAL_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")  # "4.3.1"
# A heading that follows a paragraph ending in a citation holds at most this many words.
AFTER_CITATION_WORDS = 14


def _sub_point(point: str, subs: list[str], enum: str) -> bool:
    """True when ``enum`` numbers a sub-point under ``point``: it opens a level (its first
    item: "A.", "1."; not ``point`` printed again) or numbers the item after one of
    ``subs``, the sub-points met so far."""
    opens = enum != point and any(reading.lowest == 1 for reading in readings(enum))
    return opens or any(follows(sub, enum) for sub in subs)


class NumberedHeadings(FlatSections):
    """Numbered headings and the outline levels they open; numbered lines that are
    list items, facts, quotations or deposition lines are none."""

    def _numbered_heading(self, line: TextLine) -> int | None:
        if line.index in self.bare_sections:
            return self._bare_section(line)
        if self._chapter_line(line):
            return self._major_heading(line, line.index)
        point = patterns.POINT_START.match(line.text)
        if point is not None:
            return self._point_heading(line, point)
        match = patterns.ENUMERATOR_START.match(line.text)
        if match is None:
            return self._lone_enumerator(line)
        if line.index in self._paragraph_run:
            return None  # "1. This Memorial is submitted …": the first of the numbered paragraphs
        if self.zero_sections and _DECIMAL_POINT.match(match.group("enum")):
            return None  # "4.1 My Lords, …" under "4.0 ARGUMENT": a numbered paragraph
        if match.group("enum") == "v." and self._holds_case_citation(line):
            return None  # "v. Mandalay Bay Corp., 99 F.3d 1" wraps a case name: no item "v."
        boundary = self._boundary(line) or self._after_citation(line, match)
        if not boundary or self._deposition(line):
            return None
        if line.index < self.regions.body_start or self.decree:
            return None  # a notice's numbered requests and an order's decree are no outline
        enum = match.group("enum")
        if self.decimal_paragraphs and self._decimal_paragraph(enum, match.group("title")):
            return None  # "9.1 Oral proceedings are requested …": a numbered paragraph
        sub_issue = self.complaint and self._sub_issue(line, match)
        if self.complaint and not enum.rstrip(".").isupper() and not sub_issue:
            return None
        if not sub_issue and self._list_item(match.group("title"), line, enum):
            return None  # an issue listed; standing alone over its paragraphs, its heading
        if is_listed_item(self._line_above(line), line.text, self._line_below(line)):
            return None  # "(b) ORDER the Sellers to pay …;" under "… requests that the Tribunal:"
        if self._quoted_line(line, match.group("title")):
            return None
        if self._numbered_fact(line, match.group("title")):
            return None
        # a bold or heading-styled line may open a level whose first item is gone
        lenient = line.hint.bold or line.hint.heading_level > 0
        if self.tracker.fits(enum, lenient) is None:
            return None
        title_start = line.start + match.start("title")
        run_in = numbered_run_in(self.doc.text[title_start : line.content_end])
        if run_in is None:
            run_in = self._sentence_run_in_point(line, enum, match.group("title"))
        if run_in is not None:
            return self._run_in_heading(line, enum, title_start, run_in)
        title_text = match.group("title")
        if (
            self.plain
            and not line.hint.heading_level  # "### E. Alternatively, the motion …"
            and reads_as_prose(title_text)
            and not is_claim_term_title(title_text)
            and not names_labelled_point(title_text)
            and not self._sentence_sibling(line, enum, title_text)
            and not self._unpunctuated_point(line, enum, title_text)
            and not self._argued_point_relied_on(line, title_text)
            and not self._set_wrapped(line, enum, title_text)
        ):
            return None  # "A. That is correct, he said." in plain text: a sentence, no heading
        last = self._heading_end(line, self.doc.text[title_start : line.end])
        title = one_line(self.doc.text[title_start : self.lines[last].content_end])
        if len(title) > 60 * MAX_HEADING_LINES and not self._argued_point_relied_on(line, title):
            return None
        self._outline_heading(enum, title_start, self.lines[last].content_end, lenient)
        self.decree = self.order and title.upper().rstrip(" .:") == "ORDER"
        return last + 1

    def _decimal_paragraph(self, enum: str, title: str) -> bool:
        """True for a decimal line that opens a numbered paragraph where decimals number the
        paragraphs too: a sentence, finished ("9.1 Oral proceedings are requested …."), or
        prose. Its number still counts in the outline: "2.2.2 No improvement has been shown"
        follows the paragraph "2.2.1 The Opposition Division's conclusion is correct. …"."""
        if not _DECIMAL_NUMBER.match(enum) or not (ends_sentence(title) or reads_as_prose(title)):
            return False
        self.tracker.accept(enum)
        return True

    def _chapter_line(self, line: TextLine) -> bool:
        """True for a memorial's chapter line standing apart in the body ("CHAPTER II — THE
        FACTS", "Chapter Ii — the Facts"): a top heading, whatever its case."""
        if self.complaint or line.index < self.regions.body_start:
            return False
        return bool(patterns.CHAPTER_LINE.match(line.text)) and self._boundary(line)

    def _bare_section(self, line: TextLine) -> int | None:
        """ "4 Argument": a section a LaTeX copy numbers by a bare integer (see
        :mod:`lawdiff.segment.decimal_outline`), read as "4. Argument" is."""
        match = BARE_SECTION.match(line.text)
        if match is None or self.tracker.fits(f"{match['top']}.") is None:
            return None
        start = line.start + match.start("title")
        self._outline_heading(f"{match['top']}.", start, line.content_end)
        self.decree = False
        return line.index + 1

    def _sub_issue(self, line: TextLine, match: re.Match[str]) -> bool:
        """True for a lower-case enumerator's heading under a heading of a text read by its
        numbered paragraphs (:func:`lawdiff.segment.numbered.sub_issue_line`): under a
        numbered one ("B. …", an Ontario factum) or an unnumbered one alone on its line (South
        African heads of argument: "(a) The padlock on the pump-house gate")."""
        if not (self.plain and self.blank_breaks):
            return False
        return sub_issue_line(self.lines, line, match.group("title"))

    def _sentence_sub_point(self, line: TextLine) -> int | None:
        """A numbered sub-point run in as a short sentence, under an unnumbered point of the
        argument ("THE LOCAL CONTROVERSY EXCEPTION REQUIRES REMAND", then "1. More than
        two-thirds of the class are Missouri citizens. The class is …"). Such a line reads
        like a numbered paragraph, so the layout must vouch for it: plain text, an arabic
        number, the line a paragraph of its own, and a sibling of the same shape next to it
        (the point before it or the one after). The sub-points are minor headings under
        their point, out of the outline: their numbers restart under the next point. Tried
        before the numbered allegations, whose runs such points would make."""
        parent = self._sentence_sub_parent()
        if parent is None or line.index < self.regions.body_start or self.decree:
            return None
        match = patterns.ENUMERATOR_START.match(line.text)
        if match is None or not self._sentence_sub_shape(line, long=True):
            return None
        enum = match.group("enum")
        earlier = [other for other in self.lines[: line.index] if not other.blank]
        neighbours = (earlier[-1] if earlier else None, self._next_nonblank(line.index))
        short = self._sentence_sub_shape(line)
        if not any(
            other is not None
            and self._sentence_sub_shape(other, long=True)
            and (short or self._sentence_sub_shape(other))
            for other in neighbours
        ):
            return None  # a sibling vouches; a long sentence needs a short one beside it
        title_start = line.start + match.start("title")
        run_in = sentence_run_in(self.doc.text[title_start : line.content_end], long=not short)
        if run_in is None:
            return None
        head_end, body_start = (title_start + offset for offset in run_in)
        self._close()
        block = self._add(SegmentKind.HEADING, enum.rstrip("."), title_start, head_end, parent)
        block.heading = one_line(self.doc.text[title_start:head_end])
        block.minor = True
        self.section = len(self.blocks) - 1
        self.decree = False
        self._add(SegmentKind.PARAGRAPH, "", body_start, line.content_end, self.section)
        self.open = len(self.blocks) - 1
        self.prev = line
        return line.index + 1

    def _sentence_run_in_point(
        self, line: TextLine, enum: str, title: str
    ) -> tuple[int, int] | None:
        """Where a lettered sub-point run in as a short sentence in sentence case ends and
        its paragraph starts, under a numbered point of plain text ("I. THE GUARANTY REMAINED
        IN FORCE.", then "A. The consent clause covers this amendment. The guaranty's words
        are …"); None for a lettered paragraph. Such a line reads like a paragraph, so a
        sibling must vouch for it: the point before it at its level run in alike, or, for
        the first of its level, the next letter run in alike (one such line alone may be a
        lettered list's paragraph). A longer sentence, with commas ("A. The words … have a
        settled, ordinary meaning. An exclusion is …"), needs a short sibling beside it, as
        an arabic sub-point does (see :func:`lawdiff.segment.sentences.sentence_run_in`)."""
        if not (self.plain and self.blank_breaks) or not _RUN_IN_ENUM.match(enum):
            return None
        if line.index and not self.lines[line.index - 1].blank:
            return None
        depth = self.tracker.fits(enum)
        short = sentence_run_in(title.strip())
        run_in = short or sentence_run_in(title.strip(), long=True)
        least = 2 if _LETTER.match(enum) else 3  # an arabic one under a lettered point
        if depth is None or depth < least or run_in is None:
            return None
        if depth <= len(self.tracker.path):
            before = self.blocks[self.outline[depth - 1]] if len(self.outline) >= depth else None
            vouched = before is not None and before.kind == SegmentKind.HEADING
            vouched = vouched and before is not None and is_sentence_heading(before.heading)
            # a longer sentence with commas needs a short sibling before it
            vouched = vouched and (short is not None or _short_sentence(before))
        else:
            vouched = self._next_run_in_alike(line, enum)
        if not vouched:
            return None
        lead = len(title) - len(title.lstrip())
        return run_in[0] + lead, run_in[1] + lead

    def _arabic_run_in_point(self, line: TextLine) -> bool:
        """True for an arabic sub-point run in as a short sentence under a lettered point
        ("B. The Section 3142(g) Factors Favor Release.", then "1. Nature and circumstances
        of the offense. Mr. Varga is …"): a heading, though a run of them reads as numbered
        paragraphs (see :meth:`_sentence_run_in_point`)."""
        match = patterns.ENUMERATOR_START.match(line.text)
        if match is None or not match.group("enum").rstrip(".").isdigit():
            return False
        enum, title = match.group("enum"), match.group("title")
        return self._sentence_run_in_point(line, enum, title) is not None

    def _next_run_in_alike(self, line: TextLine, enum: str) -> bool:
        """True when the next enumerated line after ``line`` (body text between, no heading)
        numbers the point after ``enum`` and runs in a short sentence alike."""
        for later in self.lines[line.index + 1 :]:
            if later.index in self.regions.skipped or self._starts_something(later):
                return False
            match = patterns.ENUMERATOR_START.match(later.text)
            if match is not None:
                return follows(enum, match.group("enum")) and (
                    sentence_run_in(match.group("title").strip()) is not None
                )
        return False

    def _sentence_sub_parent(self) -> int | None:
        """The unnumbered point under the umbrella a sentence sub-point goes under; after a
        sentence sub-point, its parent."""
        if not (self.plain and self.blank_breaks) or self.section is None:
            return None
        if self.top is None or not patterns.UMBRELLA_HEADING.match(self.blocks[self.top].label):
            return None
        if self.outline and not self._roman_point_open():
            return None
        at = self.section
        block = self.blocks[at]
        if block.kind == SegmentKind.HEADING and block.minor and block.label.isdigit():
            at = block.parent if block.parent is not None else at
            block = self.blocks[at]
        if block.kind != SegmentKind.HEADING or block.parent != self.top:
            return None
        return at

    def _roman_point_open(self) -> bool:
        """True when the outline holds one roman point alone, right under the umbrella ("I.
        The trial court's modification … is supported …."): its arabic sub-points run in as
        sentences are minor headings under it, as under an unnumbered point."""
        if len(self.outline) != 1 or len(self.tracker.path) != 1:
            return False
        block = self.blocks[self.outline[0]]
        return block.parent == self.top and bool(_ROMAN.match(self.tracker.path[0]))

    def _sentence_sub_shape(self, line: TextLine, *, long: bool = False) -> bool:
        """True for a line of a sentence sub-point's shape: an arabic number, a short
        sentence run in (with ``long``, a longer one: see :func:`sentence_run_in`), its
        paragraph on the same line, a blank line on each side."""
        match = patterns.ENUMERATOR_START.match(line.text)
        if match is None or not match.group("enum").rstrip(".").isdigit():
            return False
        before = self.lines[line.index - 1] if line.index else None
        after = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        if not (before is not None and before.blank and (after is None or after.blank)):
            return False
        title = line.text[match.start("title") :].strip()
        return sentence_run_in(title, long=long) is not None

    def _after_citation(self, line: TextLine, match: re.Match[str]) -> bool:
        """True for a well-formed outline heading right after a paragraph that ends in a
        citation's parenthetical or a record cite ("… 1130 (8th Cir. 2021)" then "II. THE
        BALANCE OF HARMS …"): the paragraph was complete. The heading's number must fit the
        outline, its title be short, in capitals or title case, with no closing period."""
        prev = self.prev
        if prev is None or not patterns.CITATION_END.search(prev.text):
            return False
        title = match.group("title").strip()
        if len(title.split()) > AFTER_CITATION_WORDS or patterns.TERMINAL.search(title):
            return False
        if not (is_upper_text(title) or is_title_case(title)):
            return False
        return self.tracker.fits(match.group("enum")) is not None

    def _sentence_sibling(self, line: TextLine, enum: str, title: str) -> bool:
        """True for a sub-point of an outline whose sub-points are sentences ("1. Mr.
        Ardelean has made the showing …." then "2. The superseding indictment, returned
        after …, raises a presumption …."): one sentence, alone on its line with body text
        below it, and in a sequence of such points. The sequence vouches for it where its
        comma would make it prose: the heading of the same level before it is a sentence
        with body text of its own, or, for the first point of a level, the next point is a
        sentence alone on its line too, or it is a lone sub-point under a sentence point
        whose earlier cousins (sub-points of the same depth) are sentences with body text.
        A sub-point with no closing punctuation ("B. The Carmack Amendment governs carriers,
        and Orbison held itself out as a broker") is vouched for by a sibling before it of
        that shape. A numbered paragraph opens no level of its own."""
        title, last = self._wrapped_title(line, title)
        unpunctuated = is_bare_heading(title)
        if not (is_sentence_heading(title) or unpunctuated):
            return False
        if not self._alone_above_text(self.lines[last]):
            return False
        depth = self.tracker.fits(enum)
        if depth is None:
            return False
        if depth > min(len(self.tracker.path), len(self.outline)):
            if unpunctuated:
                return False
            return (
                self._next_point_alike(line, enum)
                or self._cousin_alike(depth)
                or self._lone_under_capitals(line, depth)
            )
        sibling = self.outline[depth - 1]
        if sibling == len(self.blocks) - 1 or self.blocks[sibling].kind != SegmentKind.HEADING:
            return False  # no body text under the sibling: items of a list
        before = self.blocks[sibling].heading
        return is_bare_heading(before) if unpunctuated else is_sentence_heading(before)

    def _argued_point_relied_on(self, line: TextLine, title: str) -> bool:
        """True for a Missouri point relied on repeated as its argument's heading ("I. The
        trial court erred in … because …, in that …."; :mod:`lawdiff.segment.relied_on`):
        alone on its line with body text below, not in the POINTS RELIED ON list itself."""
        if self.top is not None and RELIED_ON_LIST.match(self.blocks[self.top].heading):
            return False
        return is_point_relied_on(title) and self._alone_above_text(line)

    def _unpunctuated_point(self, line: TextLine, enum: str, title: str) -> bool:
        """True for a point in sentence case with a comma, on its line or wrapped over two or
        three lines of plain text ("A. The covenant is enforceable, and at minimum its
        reasonableness cannot be decided on the pleadings"; "B. Under Cothron, a separate
        claim accrued with each scan, so the scans" / "within five years of the complaint are
        timely"): blank lines around it, a paragraph of body text below, no closing
        punctuation (a paragraph of body text ends in a period), and a sibling point before
        or after it (one such line alone may be a stray line of text)."""
        if not self.blank_breaks or (line.index and not self.lines[line.index - 1].blank):
            return False
        depth = self.tracker.fits(enum)
        continues = depth is not None and depth <= len(self.tracker.path)
        if not (continues or self._next_sibling(line, enum)):
            return False
        joined, last = self._wrapped_title(line, title)
        if not self._alone_above_text(self.lines[last]):
            return False
        below = self._next_nonblank(last)
        if below is None or is_upper_text(below.stripped):
            return False
        if len(patterns.WORD.findall(self._paragraph_text(below))) < BARE_BODY_WORDS:
            return False  # a paragraph of body text below, its rows read whole
        if patterns.PROSE_MARK.search(joined) or patterns.CITATION_END.search(joined):
            return False
        return joined[-1:].isalpha() and len(patterns.WORD.findall(joined)) <= MAX_TITLE_WORDS

    def _set_wrapped(self, line: TextLine, enum: str, title: str) -> bool:
        """True for a point in sentence case wrapped by hand over two or three lines of plain
        text whose paragraphs are each one line ("A. Density alone, without proof of a
        particularized" / "harm to the plaintiffs, does not confer standing."): no paragraph
        of such a text breaks inside a sentence, a heading set in a narrow column does. It
        stands alone above body text, its number fits the outline, its title is a heading's
        length and closes on its last line."""
        if not (self.plain and self.blank_breaks and self.width > UNWRAPPED_WIDTH):
            return False
        if self.tracker.fits(enum) is None:
            return False
        joined, last = self._wrapped_title(line, title)
        if last == line.index or not self._alone_above_text(self.lines[last]):
            return False
        if any(len(self.lines[i].text) > UNWRAPPED_WIDTH for i in range(line.index, last + 1)):
            return False
        return len(patterns.WORD.findall(joined)) <= MAX_TITLE_WORDS

    def _next_sibling(self, line: TextLine, enum: str) -> bool:
        """True when an enumerated line after ``line``, before the next known heading
        (CONCLUSION), numbers the point after ``enum`` ("B." after "A.", sub-points between)."""
        for later in self.lines[line.index + 1 :]:
            if later.blank:
                continue
            if later.index in self.regions.skipped or patterns.KNOWN_HEADING.match(later.text):
                return False
            match = patterns.ENUMERATOR_START.match(later.text)
            if match is not None and follows(enum, match.group("enum")):
                return True
        return False

    def _cousin_alike(self, depth: int) -> bool:
        """True when the point a lone sub-point of ``depth`` goes under is a sentence, and an
        earlier point of that depth is a sentence heading with body text of its own ("A.
        Terrazzo Coast is a retail establishment, …." under "I. The commission exemption
        applies …." vouches for a lone "A. The declaration was untimely …." under II)."""
        if depth < 2 or len(self.outline) < depth - 1:
            return False
        parent = self.blocks[self.outline[depth - 2]]
        if parent.kind != SegmentKind.HEADING or not is_sentence_heading(parent.heading):
            return False
        return any(
            block.kind == SegmentKind.HEADING
            and not block.minor
            and block.label.count(".") == depth - 1
            and is_sentence_heading(block.heading)
            and index + 1 < len(self.blocks)
            and self.blocks[index + 1].parent == index
            for index, block in enumerate(self.blocks)
        )

    def _lone_under_capitals(self, line: TextLine, depth: int) -> bool:
        """True for the one sub-point of a point in capitals, a sentence alone above its body
        text, the next enumerated line after it numbering the point after its parent ("I. THE
        TRIAL COURT CORRECTLY DISMISSED …." with its own text, "A. Dr. Ashby's time was
        devoted …." over two paragraphs or more, then "II. THE CLAIM …"): a list has two
        items at least, so a lone lettered sentence over a part of its own between its point's
        text and the next point heads that part (over one paragraph, it is a paragraph's)."""
        if depth < 2 or len(self.outline) < depth - 1 or len(self.tracker.path) != depth - 1:
            return False
        parent_at = self.outline[depth - 2]
        parent = self.blocks[parent_at]
        if parent.kind != SegmentKind.HEADING or not is_upper_text(parent.heading):
            return False
        if parent_at == len(self.blocks) - 1:
            return False  # no body text of the point's own before it
        later, paragraphs = self._next_enumerated(line)
        return paragraphs >= 2 and follows(self.tracker.path[depth - 2], later)

    def _next_enumerated(self, line: TextLine) -> tuple[str, int]:
        """The enumerator of the next enumerated line after ``line`` and the paragraphs of
        body text before it, no heading between; ("", 0) when there is none, or when a
        paragraph between is numbered (among numbered paragraphs a lettered one is theirs)."""
        paragraphs = 0
        for later in self.lines[line.index + 1 :]:
            if later.index in self.regions.skipped or later.index in self._paragraph_run:
                break
            if later.blank or later.index in self._repeated_fields:
                continue
            if self._starts_something(later) or patterns.POINT_START.match(later.text):
                break
            match = patterns.ENUMERATOR_START.match(later.text)
            if match is not None:
                return match.group("enum"), paragraphs
            paragraphs += self.lines[later.index - 1].blank
        return "", 0

    def _alone_above_text(self, line: TextLine) -> bool:
        """True when ``line`` stands alone in plain text with body text below it (a paragraph
        of the body's numbered run is body text)."""
        below = self._next_nonblank(line.index)
        if below is not None and below.index in self._repeated_fields:
            below = self._next_nonblank(below.index)  # the point's field label, then its text
        if below is None or not self._blank_between(line, below):
            return False
        if below.index in self._paragraph_run:
            return True
        return not (patterns.ENUMERATOR_START.match(below.text) or self._starts_something(below))

    @cached_property
    def _paragraph_run(self) -> frozenset[int]:
        """The lines opening the paragraphs a brief numbers in one run through its body (see
        :mod:`lawdiff.segment.paragraph_run`)."""
        if self.complaint:
            return frozenset()
        return numbered_paragraph_run(self.lines[max(self.regions.body_start, 0) :])

    def _next_point_alike(self, line: TextLine, enum: str) -> bool:
        """True when the next enumerated line after ``line`` (body text between, numbered
        paragraphs of a run through the body too, no heading: a Philippine petition's "A. …."
        under "I. …", "8. Leonila Ramos brokered …", "B. ….") numbers the point after
        ``enum`` and is a sentence alone above text too. Sentence
        sub-points alone above text may come between ("I. Ms. Doe did not comply, because …."
        then "A. …." and "B. …." then "II. …."): a level opened under ``enum`` and run on."""
        subs: list[str] = []
        for later in self.lines[line.index + 1 :]:
            if later.index in self.regions.skipped:
                return False
            if later.blank or later.index in self._repeated_fields:
                continue
            if later.index in self._paragraph_run:
                continue  # a brief's numbered paragraphs are body text between its points
            if self._starts_something(later) or patterns.POINT_START.match(later.text):
                return False
            match = patterns.ENUMERATOR_START.match(later.text)
            if match is None:
                continue
            title, last = self._wrapped_title(later, match.group("title"))
            alike = is_sentence_heading(title) and self._alone_above_text(self.lines[last])
            later_enum = match.group("enum")
            if follows(enum, later_enum) or not alike or not _sub_point(enum, subs, later_enum):
                return alike and follows(enum, later_enum)
            subs.append(later_enum)
        return False

    def _wrapped_title(self, line: TextLine, title: str) -> tuple[str, int]:
        """A numbered line's ``title`` joined with the lines it wraps over in plain text ("A.
        The period applies to every claim under the Act, as the" / "supreme court held."),
        and the index of its last line."""
        if not (self.plain and self.blank_breaks):
            return title, line.index
        last = self._heading_end(line, title)
        if last == line.index or not self._wrapped(line, last):
            return title, line.index
        rest = (self.lines[index].stripped for index in range(line.index + 1, last + 1))
        return " ".join((title.strip(), *rest)), last

    def _list_item(self, title: str, line: TextLine | None = None, enum: str = "") -> bool:
        """True for a numbered sentence under STATEMENT OF THE ISSUES or SUMMARY OF ARGUMENT
        ("1. Whether the court erred …", "2. The implied covenant claim fails because …"):
        an item of a list, not a heading of the outline. The next section after the list
        is none, though in sentence case ("II. Issues to be decided", "1. Whether …" to
        "4. …", then "III. Summary of anticipated evidence"). A question is an item in
        capitals too ("I. WHETHER THE MILITARY JUDGE ABUSED HIS DISCRETION …" under ISSUES
        GRANTED)."""
        if self.section is None:
            return False
        if (is_title_case(title) or is_upper_text(title)) and not _question(title):
            return False
        block = self.blocks[self.section]
        heading = block.heading.upper() if block.kind == SegmentKind.HEADING else ""
        if not patterns.ISSUES_HEADING.search(heading):
            return False
        return line is None or not self._section_after_list(line, enum, title)

    def _line_above(self, line: TextLine) -> str | None:
        """The text of the line right above ``line``; None when it is blank or none."""
        above = self.lines[line.index - 1] if line.index > 0 else None
        return None if above is None or above.blank else above.text

    def _line_below(self, line: TextLine) -> str | None:
        """The text of the line right below ``line``; None when it is blank or none."""
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        return None if below is None or below.blank else below.text

    def _section_after_list(self, line: TextLine, enum: str, title: str) -> bool:
        """True for the numbered heading after a list section's items: numbered after the
        list section's own number ("III." after "II. Issues to be decided"), a bare title
        (no closing punctuation), and no item of the list numbered in its style before it
        (under "1. Issues", "2. Whether …" is an item)."""
        block = self.blocks[self.section] if self.section is not None else None
        if block is None or not is_bare_heading(title):
            return False
        if not follows(block.label.rsplit(".", 1)[-1], enum):
            return False
        styles = {reading.style for reading in readings(enum)}
        for earlier in self.lines[: line.index]:
            item = patterns.ENUMERATOR_START.match(earlier.text)
            if earlier.start < block.end or item is None:
                continue
            if styles & {reading.style for reading in readings(item.group("enum"))}:
                return False
        return True

    def _numbered_fact(self, line: TextLine, title: str) -> bool:
        """True for a numbered sentence of facts under STATEMENT OF UNDISPUTED FACTS
        ("1. On February 1, 2023, the parties signed …"), or a short one in a run of them
        (a response's "1. Admits." before "4. Admits that the notice …"): a numbered
        paragraph, no heading."""
        fact = reads_as_fact(title) or line.index in self.allegations
        if self.section is None or self.outline or not fact:
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
        point = self._capital_point()
        if point is not None and self._word_point_beside(enum, point):
            point = None
        parent = self.outline[-1] if self.outline else self.top if point is None else point
        if parent == self.top and self._point_beside_front(enum):
            parent = None
        if parent == self.top and depth == 1 and self._argued_beside_facts(enum, start):
            parent = None  # "COUNTERSTATEMENT OF FACTS", "I. …" … "V. …", "CONCLUSION"
        if parent == self.top and self._letter_point():
            parent = None  # a letter's point is a section of the letter
        if parent == self.top and depth == 1 and self.decimal_top and enum.rstrip(".").isdigit():
            parent = None  # "1. BACKGROUND" of a decimal outline: a top section of its own
        if parent == self.top and depth == 1 and self._memorandum_after_notice(enum):
            parent = None
        if parent == self.top and depth == 1 and self._issue_beside_list():
            parent = None  # "(a) Whether …" argued after ISSUES FOR DETERMINATION lists it
        if parent == self.top and depth == 1 and self._beside_issues(enum, start, end):
            parent = None  # "A. THE ASSURANCE WAS CLEAR …" after THE ISSUES listed them
        if parent == self.top and depth == 1 and self._series_point(start):
            # "Ground 1: …" beside "The test on this application", under a bare SUBMISSIONS
            parent = parent if self._bare_top() else None
        if depth == 2 and self._series_point(start) and not self._gathering_part():
            parent = None  # "Issue 1: …" beside "C. ISSUES TO BE DETERMINED"
        if parent == self.top and depth == 1:
            parent = self._marked_point_parent(start, parent)
        block = self._add(SegmentKind.HEADING, ".".join(self.tracker.path), start, end, parent)
        block.heading = one_line(self.doc.text[start:end])
        self.outline.append(len(self.blocks) - 1)
        self.section = len(self.blocks) - 1
        return block

    def _bare_top(self) -> bool:
        """True when the top heading has no text of its own before the first heading under
        it (an Irish appellant's SUBMISSIONS right over "Ground 1: …"): it gathers them."""
        return self.top is not None and self._heading_first(self.top)

    def _heading_first(self, block: int) -> bool:
        """True when the heading ``block`` has no text of its own: a heading comes right after
        it, or nothing does."""
        first = block + 1
        return first >= len(self.blocks) or self.blocks[first].kind == SegmentKind.HEADING

    def _issue_beside_list(self) -> bool:
        """True for an issue heading among numbered paragraphs right under the section that
        lists the issues (Kenyan submissions' ISSUES FOR DETERMINATION, its list of "(a)
        Whether …" in paragraph 6, then "(a) Whether …" over paragraphs 7 to 9): the list
        ends that section, and each issue argued is a section beside it."""
        if not self.complaint or self.top is None:
            return False
        return bool(patterns.ISSUES_HEADING.search(self.blocks[self.top].heading.upper()))

    def _beside_issues(self, enum: str, start: int, end: int) -> bool:
        """True for a lettered section in capitals after a written case's THE ISSUES (Privy
        Council, UK Supreme Court), which lists the issues in a paragraph of its own: each
        section argued ("A. THE ASSURANCE WAS CLEAR …", "B. …") stands beside it, no part of
        it. A question or a "WHETHER …" item stays the issues' own."""
        if self.top is None or not _LETTER.match(enum) or self._heading_first(self.top):
            return False
        if not _THE_ISSUES.match(self.blocks[self.top].heading):
            return False
        title = one_line(self.doc.text[start:end])
        return is_upper_text(title) and not _question(title) and not title.startswith("WHETHER")

    def _gathering_part(self) -> bool:
        """True when the numbered part open at the outline's top gathers the points below:
        by its name ("C. ARGUMENT", or the heading over it: see
        :data:`~lawdiff.segment.patterns.UMBRELLA_HEADING`), or with no text of its own
        before the first of them ("C. GROUNDS OF APPEAL", then "Ground 1: …"). A labelled
        series of lone headings after a part with paragraphs of its own ("C. ISSUES TO BE
        DETERMINED" listing them, "C. THE COURT'S LIMITED ROLE …": Singapore written
        submissions) stands beside it."""
        if not self.outline:
            return True
        part = self.outline[0]
        above = [self.blocks[part].heading]
        above += [self.blocks[self.top].heading] if self.top is not None else []
        if any(patterns.UMBRELLA_HEADING.match(heading) for heading in above):
            return True
        return self._heading_first(part)

    def _word_point_beside(self, enum: str, point: int) -> bool:
        """True when the word-enumerated point ``enum`` ("Response to Assignment of Error No.
        3") follows an unnumbered point in mixed case under the umbrella ("The Application Is
        Untimely"): a point of the argument beside it, not its sub-heading."""
        return " " in enum.strip() and not is_upper_text(self.blocks[point].heading)

    def _memorandum_after_notice(self, enum: str) -> bool:
        """True for a capital roman point ("I. INTRODUCTION") right under a notice of
        motion's own title (NOTICE OF MOTION AND MOTION): the memorandum that follows the
        notice with no title line of its own opens there, a top section beside the notice."""
        if self.top is None or not _ROMAN.match(enum.strip()):
            return False
        return bool(patterns.NOTICE_SECTION_TITLE.match(self.blocks[self.top].heading))

    def _marked_point_parent(self, start: int, parent: int | None) -> int | None:
        """The parent of a first-level numbered point opening at ``start``: the nearest open
        heading a copy marks above the point's own mark ("### 1. …" under "## Argument"
        under "# Memorandum in support"), else ``parent``."""
        mark = self.lines[bisect_right(self._line_starts, start) - 1].hint.heading_level
        marked = self._marked_parent(mark) if mark > self.top_mark > 0 else None
        return parent if marked is None else marked

    def _point_beside_front(self, enum: str) -> bool:
        """True when the word-enumerated point ``enum`` ("FIRST ASSIGNMENT OF ERROR", "POINT
        I") opens the argument right after a front section in capitals (STATEMENT OF THE
        CASE, no ARGUMENT umbrella between): a top heading beside that section, not its
        sub-heading."""
        if " " not in enum.strip() or self.top is None or self.outline:
            return False
        return is_front_section(self.blocks[self.top].heading)

    def _argued_beside_facts(self, enum: str, start: int) -> bool:
        """True when the roman point ``enum`` (at ``start``) is a top heading beside the
        statement of facts above it, in a brief with no ARGUMENT umbrella: its points run
        on to the closing heading (CONCLUSION) with no section between. A facts section's own
        roman sub-sections ("I. The Parties", "II. The Contract") end at the next section
        (ARGUMENT, LEGAL STANDARD) and stay under it."""
        if self.top is None or not enum.rstrip(".").isupper() or not readings(enum):
            return False
        if readings(enum)[0].style != "roman":
            return False
        facts = self.blocks[self.top].heading
        if not (is_upper_text(facts) and patterns.FACTS_HEADING.match(facts)):
            return False
        at = bisect_right(self._line_starts, start)
        for later in self.lines[at:]:
            text = later.stripped
            if not is_upper_text(text) or patterns.ENUMERATOR_START.match(text):
                continue
            if patterns.KNOWN_HEADING.match(text):
                return bool(patterns.CLOSING_HEADING.match(text))
        return False

    def _point_heading(self, line: TextLine, match: re.Match[str]) -> int | None:
        """ "POINT II: THE CLAIM FAILS" (or "POINT II" above its title): a numbered level
        under the unnumbered ARGUMENT, never a top heading of its own."""
        if not self._boundary(line) or self.complaint or line.index < self.regions.body_start:
            return None
        enum = " ".join(match.group("enum").split())
        first = line
        title_start = line.start + match.start("title")
        if not match.group("title").strip():
            below = self._next_nonblank(line.index)
            if below is None or not self._point_title_below(below):
                return None
            if self._statement_below(line, below):
                self._outline_heading(enum, line.content_start, line.content_end)
                self.decree = False
                return line.index + 1  # the statement is the point's first paragraph
            first, title_start = below, below.content_start
        # the title on the line, or the one below a word enumerator alone on its line (an
        # empty title is no item of the list before it: "POINT FOUR" / "Evidence Relied
        # Upon" after ISSUES PRESENTED and its numbered questions)
        title = self.doc.text[title_start : first.content_end]
        if self.tracker.fits(enum) is None:
            return None
        if self._list_item(title) and not self._series_point(line.start):
            return None  # "Issue I. Did the court err …?" under QUESTIONS PRESENTED: a question
        if reads_as_run_on_sentence(title):
            return None  # "Ground 1: claims 1-8 are obvious over … . Ground 2: …": a paragraph
        if is_clause_item(title, self.prev.text if self.prev is not None else None):
            return None  # "Issue 1: whether … liability;" after "The issues are:": an item
        run_in = claim_run_in(title) if first is line else None
        if run_in is not None:
            return self._run_in_heading(line, enum, title_start, run_in)
        last = self._heading_end(first, self.doc.text[title_start : first.end])
        self._outline_heading(enum, title_start, self.lines[last].content_end)
        self.decree = False
        return last + 1

    def _statement_below(self, line: TextLine, below: TextLine) -> bool:
        """True when ``below``, under the word enumerator alone on ``line``, is the point's
        statement rather than its title: set apart by a blank line, prose in sentence case
        (see :func:`lawdiff.segment.point_fields.is_point_statement`); a title right
        under its enumerator ("POINT I" / "The circuit court clearly erred …") stays one."""
        if not self.plain or below.index == line.index + 1:
            return False
        return is_point_statement(below.stripped)

    def _point_title_below(self, below: TextLine) -> bool:
        """True for the line under a word enumerator alone on its line ("POINT ONE") that is
        its title: anything that does not start something else, and a known section title
        too ("POINT ONE" / "STANDARD OF REVIEW", "POINT FOUR" / "ARGUMENT": a roman point's
        title written under its number in words)."""
        if not self._starts_something(below):
            return True
        text = below.stripped
        count = patterns.COUNT_NUMBERED.match(text) or patterns.COUNT_ORDINAL.match(text)
        return patterns.KNOWN_HEADING.match(text) is not None and not count

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
        title = one_line(self.doc.text[title_line.content_start : self.lines[last].content_end])
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


def _short_sentence(block: Block | None) -> bool:
    """True for a heading block whose title is a short run-in sentence: no comma, at most
    :data:`~lawdiff.segment.sentences.SENTENCE_RUN_IN_WORDS` words."""
    if block is None:
        return False
    title = block.heading
    return "," not in title and len(title.split()) <= SENTENCE_RUN_IN_WORDS


def _question(title: str) -> bool:
    """True for a title put as a question ("WHETHER THE COURT ERRED …", "Did the court
    err …?"): an issue stated, not a point argued."""
    return bool(patterns.QUESTION_START.match(title)) or title.rstrip().endswith("?")
