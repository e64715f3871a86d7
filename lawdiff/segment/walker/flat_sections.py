"""Sections set flat: unnumbered headings of one typography are siblings, not children of the
first, a letter brief's numbered points are sections of the letter, and a labelled series of
lone headings among numbered paragraphs ("Issue one: …", "Ground 1: …") sits at the top.

A brief whose known sections are printed in title case ("Background", "Legal Standard"), each
with a paragraph of its own, and whose points are title-case lines too ("Good Cause Exists to
Amend After the Scheduling Deadline", "There Was No Undue Delay") sets them all alike: nothing
in the type puts the points under "Legal Standard", so they are its siblings. A section in
capitals over title-case subheadings (STATEMENT OF FACTS, then "The Contract"), an umbrella
("Argument") and a heading with no text of its own before the first heading below it
("Background", then "The Property and the Loan") still gather what follows. Short labels of one
to four words set in a run under a point written as a sentence ("The Proposed Claims Are Not
Futile", then "Fraudulent Inducement", "Consumer Fraud Act") are that point's sub-points.

A letter brief (a D.N.J. letter in lieu of a formal brief, L. Civ. R. 7.1(d)(4): "Dear Judge
…:", short headings) numbers its points as sections of the letter: no section but an umbrella
gathers them ("Relevant Procedural History", then "1. Harborline has not shown good cause").
"""

from __future__ import annotations

from functools import cached_property

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block
from lawdiff.segment.lines import TextLine, is_upper_text
from lawdiff.segment.lone_headings import lone_heading_lines
from lawdiff.segment.numbered_submissions import heading_series
from lawdiff.segment.point_fields import repeated_lone_fields
from lawdiff.segment.sentences import is_body_line, is_short_title, is_strict_title
from lawdiff.segment.walker.base import one_line
from lawdiff.segment.walker.heading_extent import HeadingExtent

# A label (a sub-point named, not argued) holds at most this many words.
LABEL_MAX_WORDS = 4


class FlatSections(HeadingExtent):
    """Whether a title-case heading is a sibling of the top heading, and whether a letter's
    numbered point is a section of its own."""

    @cached_property
    def _lone_headings(self) -> frozenset[int]:
        """Lines of plain text that are lone unnumbered headings by the document's habit
        (see :mod:`lawdiff.segment.lone_headings`)."""
        if not (self.plain and self.blank_breaks):
            return frozenset()
        return lone_heading_lines(self.lines, self.regions.body_start)

    @cached_property
    def _repeated_fields(self) -> frozenset[int]:
        """Lines of the body holding a point's field label alone, repeated under the points
        ("Standard of Review" under each; see :mod:`lawdiff.segment.point_fields`)."""
        start = max(self.regions.body_start, 0)
        found = repeated_lone_fields([line.text for line in self.lines[start:]])
        return frozenset(index + start for index in found)

    @cached_property
    def _lone_series(self) -> tuple[frozenset[int], frozenset[int]]:
        """The lone headings of a labelled series ("Issue one: …"), and those between two of
        its members (see :func:`lawdiff.segment.numbered_submissions.heading_series`)."""
        found = sorted(self._lone_headings)
        return heading_series([(index, self.lines[index].stripped) for index in found])

    def _series_point(self, start: int) -> bool:
        """True when the heading whose title starts at offset ``start`` is a member of a
        labelled series of lone headings ("Ground 1: limitation" … "Ground 5: …" among the
        numbered paragraphs of a skeleton argument): a top section beside the unlabelled
        heading before it ("The test on this application"), not its point."""
        members, _ = self._lone_series
        return any(self.lines[index].start <= start < self.lines[index].end for index in members)

    @cached_property
    def letter(self) -> bool:
        """True for a letter brief: a salutation to the judge ("Dear Judge Fairbrook:")
        before the body."""
        end = min(self.regions.body_start + 1, len(self.lines))
        return any(patterns.LETTER_SALUTATION.match(line.text) for line in self.lines[:end])

    def _major_heading(self, line: TextLine, last: int | None = None) -> int:
        """A top heading from ``line`` to ``last`` (as far as it wraps when None)."""
        if last is None:
            last = self._heading_end(line, line.text)
        title = one_line(self.doc.text[line.content_start : self.lines[last].content_end])
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

    def _letter_point(self) -> bool:
        """True when a letter's first-level numbered point is a section of its own: no point
        open above it and no umbrella over it."""
        if not self.letter or self.outline or self.top is None or self.complaint:
            return False
        return not _gathers(self.blocks[self.top].heading)

    def _sibling_of_top(self, line: TextLine, title: str) -> bool:
        """True when the title-case heading ``title`` on ``line`` is a sibling of the current
        top heading, not its child: the top is printed in mixed case as the line is, gathers
        nothing by its name, and has a paragraph of its own before ``line``; a label in a run
        of labels under a sentence point stays that point's child."""
        top = self._flat_top()
        if top is None or not self._same_type(line, top):
            return False
        return not self._label_under_point(line, title, top)

    def _flat_top(self) -> Block | None:
        """The current top heading when it gathers nothing by its type or place: mixed case,
        no umbrella nor memorandum, no numbered point open, its own paragraph first."""
        if self.top is None or self.outline or self.complaint:
            return None
        block = self.blocks[self.top]
        if is_upper_text(block.heading) or _gathers(block.heading):
            return None
        first = self.top + 1
        if first >= len(self.blocks) or self.blocks[first].kind == SegmentKind.HEADING:
            return None  # no text of its own before the heading below: it gathers them
        return block

    def _same_type(self, line: TextLine, block: Block) -> bool:
        """True when ``line`` is set as the heading ``block`` starts: in plain text always
        (both are in mixed case), else with the same weight, underline and centring."""
        if self.plain:
            return True
        first = next((other for other in self.lines if other.end >= block.start), line)
        a, b = line.hint, first.hint
        return (a.bold, a.underlined, a.centered) == (b.bold, b.underlined, b.centered)

    def _label_under_point(self, line: TextLine, title: str, top: Block) -> bool:
        """True for a label ("Consumer Fraud Act") under a point written as a sentence, with
        a label next to it: the one before it under the same point, or the next heading."""
        if not _is_label(title) or _is_label(top.heading):
            return False
        if patterns.KNOWN_HEADING.match(top.heading):
            return False
        if self._label_before():
            return True
        nxt = self._next_title_line(line)
        return nxt is not None and _is_label(nxt.stripped)

    def _label_before(self) -> bool:
        """True when the heading whose text is being read is a label under the top heading."""
        if self.section is None:
            return False
        section = self.blocks[self.section]
        if section.kind != SegmentKind.HEADING or section.parent != self.top:
            return False
        return _is_label(section.heading)

    def _next_title_line(self, line: TextLine) -> TextLine | None:
        """The next line after ``line``'s paragraphs, when it is a title-case line alone
        above a paragraph (not a known heading); None when it is anything else."""
        for later in self.lines[line.index + 1 :]:
            if later.index in self.regions.skipped:
                return None
            if later.blank or is_body_line(later.stripped):
                continue
            text = later.stripped
            titled = is_strict_title(text) or is_short_title(text)
            before = self.lines[later.index - 1]
            after = self._next_nonblank(later.index)
            if not titled or not before.blank or self._starts_something(later):
                return None
            return later if after is not None and is_body_line(after.stripped) else None
        return None


def _gathers(heading: str) -> bool:
    """True for a top heading that gathers what follows by its name: the umbrella
    (Argument) or a memorandum."""
    return bool(
        patterns.UMBRELLA_HEADING.match(heading) or patterns.MEMORANDUM_HEADING.match(heading)
    )


def _is_label(title: str) -> bool:
    """True for a label: one to :data:`LABEL_MAX_WORDS` words, no sentence's period."""
    return 1 <= len(title.split()) <= LABEL_MAX_WORDS and not title.rstrip().endswith(".")
