"""Unnumbered headings: top headings in capitals (ARGUMENT), a complaint's title-case
subheadings, and a brief's sentence headings, alone on their line or run in."""

from __future__ import annotations

import re
from functools import cached_property

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block
from lawdiff.segment.indented import indent_marks_paragraphs, is_indent_heading
from lawdiff.segment.labelled import known_run_in
from lawdiff.segment.lines import TextLine, ends_sentence, is_title_case, is_upper_text
from lawdiff.segment.lone_headings import is_signer_line
from lawdiff.segment.point_fields import is_colon_field, is_labelled_field, is_run_in_field
from lawdiff.segment.recased import is_title_case_point
from lawdiff.segment.run_in_points import (
    front_label_end,
    front_labels,
    sentence_point_end,
    sentence_points,
    sentence_sub_points,
)
from lawdiff.segment.sentences import (
    MAX_TITLE_WORDS,
    is_case_named_title,
    is_minor_title,
    is_strict_title,
    label_run_in,
    run_in_title,
)
from lawdiff.segment.walker.bare_headings import BareHeadings
from lawdiff.segment.walker.base import MAX_HEADING_LINES, PARAGRAPH_INDENT, SHORT_LINE, one_line
from lawdiff.segment.walker.front_sections import under_front_section

# A roman numeral of two letters or more closed by a parenthesis ("II) ARGUMENT"): read by the
# outline when it fits there, else (its "I)" lost) by its words, as before such numerals
# were enumerators.
_HALF_ROMAN = re.compile(r"^\s*[IVXLC]{2,7}\)\s")
# A top point's label numbered in parentheses: "(1)", "(2)".
_PAREN_NUMBER = re.compile(r"^\((?P<number>\d{1,2})\)$")
# Headings after which a memorandum's sections are no longer a preface to its points.
_SUMMARY = re.compile(r"^\s*SUMMARY\s+OF\s+(?:THE\s+)?ARGUMENTS?\s*[.:]?\s*$", re.IGNORECASE)
_ENDS_PREFACE = (patterns.CLOSING_HEADING, patterns.UMBRELLA_HEADING, patterns.MEMORANDUM_HEADING)


class UnnumberedHeadings(BareHeadings):
    """Unnumbered headings: top headings, subheadings under them, a complaint's
    title-case subheadings and a brief's sentence headings."""

    def _unnumbered_heading(self, line: TextLine) -> int | None:
        """An unnumbered heading at ``line``: by the heading level ingest recorded (a Word
        "Heading N" style, a Markdown "##" or an underline row) when the line carries one,
        by words and type otherwise. A known heading (ARGUMENT, STANDARD OF REVIEW) or one
        in capitals ("FIRST OBJECTION: …", a point under the umbrella) keeps the rules that
        place it, its level read only when they find none, unless the copy marks a known
        one in mixed case below a heading it marks higher ("## Introduction" under "#
        Memorandum in support")."""
        if (
            self.plain
            and line.index >= self.regions.body_start
            and is_signer_line(self.lines, line)
        ):
            return None  # "OLIVIA THRELKELD" over her chambers: who signs, no heading
        ruled = patterns.KNOWN_HEADING.match(line.stripped) or is_upper_text(line.stripped)
        if not ruled or self._marked_below(line):
            marked = self._marked_heading(line)
            if marked is not None:
                return marked
        found = self._unmarked_heading(line)
        return self._marked_heading(line) if found is None and ruled else found

    def _marked_heading(self, line: TextLine) -> int | None:
        """An unnumbered heading whose level ingest recorded, in the body of a brief: a top
        heading at the document's highest level, else under the nearest open heading of a
        higher level (a "###" under the "##" before it, a Heading 2 under a Heading 1), else
        under the current heading as any subheading. Numbered lines keep their own rules."""
        level = line.hint.heading_level
        if level <= 0 or self.complaint or line.index < self.regions.body_start:
            return None
        text = line.stripped
        if patterns.ENUMERATOR_START.match(text) or patterns.PARAGRAPH_START.match(text):
            return None
        if patterns.SALUTATION.match(text) or len(text) > 60 * MAX_HEADING_LINES:
            return None
        if level <= self.top_mark and self._umbrella_unmarked(text):
            # ARGUMENT in capitals over points underlined by a row of "_": its points
            self.outline = []
            self.tracker.reset()
            self._subheading(line.content_start, line.content_end)
            self.point = self.section
            return line.index + 1
        if level <= self.top_mark:
            return self._major_heading(line, line.index)
        parent = self._marked_parent(level)
        if parent is None:
            self._subheading(line.content_start, line.content_end)
            return line.index + 1
        self._close()
        title = one_line(text)
        block = self._add(
            SegmentKind.HEADING,
            title.upper().rstrip(" .:"),
            line.content_start,
            line.content_end,
            parent,
        )
        block.heading = title
        self.section = len(self.blocks) - 1
        self.decree = False
        return line.index + 1

    def _marked_below(self, line: TextLine) -> bool:
        """True when ``line``, a known heading in mixed case ("## Introduction"), carries a
        heading level below the document's highest and an open heading carries a higher
        one: its place is read from the marks. One in capitals (a point under ARGUMENT
        sharing its letters' mark) keeps its rules."""
        level = line.hint.heading_level
        if level <= self.top_mark or self.top_mark <= 0 or is_upper_text(line.stripped):
            return False
        return self._marked_parent(level) is not None

    def _umbrella_unmarked(self, text: str) -> bool:
        """True when the current top heading is an umbrella (ARGUMENT) printed without the
        mark ingest recorded on ``text``'s line, and ``text`` is no known section heading
        (CONCLUSION): the marked line is one of the umbrella's points, not its sibling."""
        if self.top is None or patterns.KNOWN_HEADING.match(text):
            return False
        top = self.blocks[self.top]
        return self._mark_of(top) == 0 and bool(patterns.UMBRELLA_HEADING.match(top.label))

    def _unmarked_heading(self, line: TextLine) -> int | None:
        text = line.stripped
        # "argument." closing a paragraph is no ARGUMENT heading: a known heading starts
        # with a capital and follows a finished sentence (or a heading, or nothing)
        known = bool(patterns.KNOWN_HEADING.match(text)) and text[:1].isupper()
        if known and self.prev is not None and not self.prev_heading:
            # or stands apart, blank lines ending blocks ("… Pittsburgh, PA 15219" / "" /
            # "NOTICE TO PLEAD")
            known = (
                ends_sentence(self.prev.text)
                or self._boundary(line)
                or self._blank_between(self.prev, line)
            )
        if not (known or self._boundary(line)) or line.index in self._repeated_fields:
            return None  # a point's repeated "Standard of Review": its text (.point_fields)
        numbered = patterns.ENUMERATOR_START.match(text) and not _HALF_ROMAN.match(text)
        if numbered or patterns.PARAGRAPH_START.match(text):
            return None  # "II) ARGUMENT" the outline refused (its "I)" lost): a capital line
        if patterns.SALUTATION.match(text) or patterns.DECREE.match(text):
            return None
        if patterns.LEADER_DOTS.search(text):
            return None  # a table's row in the body ("INTRODUCTION ........ i"), no heading
        if not known and line.index in self._lone_headings:
            placed = self._series_heading(line)
            if placed is not None:
                return placed
        if patterns.REASONS_LINE.match(text) and self.section is not None:
            self._subheading(line.content_start, line.content_end)
            return line.index + 1  # a written case's REASONS, under its CONCLUSION
        if len(text) <= self.width * 1.1:
            caps = is_upper_text(text) and len(patterns.WORD.findall(text)) >= 2
            caps = caps or self._division_word(line) or self._title_case_point(line)
            caps = caps or self._small_caps_word(line)
            # "Notice of Motion and Motion" in title case (a LaTeX or Word copy), as in capitals
            caps = caps or bool(patterns.NOTICE_SECTION_TITLE.match(text) and is_title_case(text))
            # one word in capitals ("URGENCY", "COSTS") standing alone among numbered
            # paragraphs: a section as its capital siblings are (under an open point,
            # "Ground 3: …" then PREJUDICE, it is the point's part)
            caps = caps or (
                line.index in self._lone_headings and is_upper_text(text) and not self.outline
            )
            # "EXPLANATION" of a Philippine filing's service, after its signature
            caps = caps or bool(
                patterns.SECTION_AFTER_SIGNATURE.match(text) and is_upper_text(text)
            )
            caps = caps or bool(patterns.APPENDIX_AFTER_SIGNATURE.match(text))  # "ANNEXURE"
            if caps and not known and line.hint.small_caps and self._top_in_full_capitals():
                # small capitals under a top heading in full capitals: one level down
                last = self._heading_end(line, line.text)
                self._subheading(line.content_start, self.lines[last].content_end)
                return last + 1
            if caps and not known and self._capitals_under_title_case_point(line):
                # "The Vantor Commission Was Never Earned", then "CLAIMANT WAS NOT DIRECTED …"
                last = self._heading_end(line, line.text)
                self._close()
                end = self.lines[last].content_end
                title = one_line(self.doc.text[line.content_start : end])
                block = self._add(
                    SegmentKind.HEADING,
                    title.upper().rstrip(" .:"),
                    line.content_start,
                    end,
                    self.point,
                )
                block.heading = title
                self.section = len(self.blocks) - 1
                self.decree = False
                return last + 1
            if caps and not known and self._capitals_under_paren_point(line):
                # "(1) Grounds of Rejection …", then "WITHDRAWN REJECTIONS": the point's part
                self._subheading(line.content_start, line.content_end)
                return line.index + 1
            if caps and not known and (self._under_umbrella() or self._alternative_point(text)):
                last = self._heading_end(line, line.text)
                self.outline = []
                self.tracker.reset()
                self._subheading(line.content_start, self.lines[last].content_end)
                self.point = self.section
                return last + 1
            if caps and self._request_under_point(text):
                # "REQUEST FOR PRODUCTION NO. 4" argued under "II. DEFENDANT MUST PRODUCE …"
                self._subheading(line.content_start, line.content_end)
                return line.index + 1
            if known and self._standard_under_umbrella(line):
                # "STANDARD OF REVIEW" between ARGUMENT and its first point
                last = self._heading_end(line, line.text)
                self._subheading(line.content_start, self.lines[last].content_end)
                return last + 1
            if known and self._under_capital_umbrella(text):
                # "Standard of Review" under LAW AND ARGUMENT, before its first point
                last = self._heading_end(line, line.text)
                self._subheading(line.content_start, self.lines[last].content_end)
                return last + 1
            if known and self._gathered_by_memorandum(line):
                last = self._heading_end(line, line.text)
                self._subheading(line.content_start, self.lines[last].content_end)
                return last + 1
            if known and not self.outline and not self.complaint and self._front_subsection(text):
                # "Nature of the Case" under STATEMENT OF THE CASE (see .front_sections)
                last = self._heading_end(line, line.text)
                self._subheading(line.content_start, self.lines[last].content_end)
                return last + 1
            if (known or caps) and not text.startswith("("):
                if not known and self._unlisted_top(line):
                    return None  # "THE WITNESS: No." quoted from a deposition
                return self._major_heading(line)
            if self.complaint and (is_title_case(text) or line.index in self._lone_headings):
                return self._minor_heading(line)
            if self._letter_opening(line):
                return self._major_heading(line)
        if self.complaint or (self.top is None and not self.outline):
            return None
        return self._sentence_heading(line)

    def _letter_opening(self, line: TextLine) -> bool:
        """True for the title-case line a letter brief's body opens with, below its
        salutation ("Attestation of Meet and Confer", "Brightwell's Statement of the Case":
        see :func:`lawdiff.segment.regions.find_regions`): its first section's heading."""
        if not self.letter or self.top is not None or self.outline:
            return False
        return line.index == self.regions.body_start and is_title_case(line.stripped)

    def _front_subsection(self, text: str) -> bool:
        """True for a known heading in mixed case under a front-matter section in capitals."""
        return under_front_section(self.blocks, self.top, self.section, text)

    def _under_umbrella(self) -> bool:
        """True after an unnumbered umbrella top heading (ARGUMENT AND AUTHORITIES) and
        before any numbered heading under it, or after the numbered sub-points of a capital
        point under it ("FIRST OBJECTION: …", "A.", "B."): a heading in capitals there is its
        child, a sibling of that point."""
        if self.top is None or self.complaint:
            return False
        if self.outline and self.blocks[self.outline[0]].parent != self._capital_point():
            return False
        return bool(patterns.UMBRELLA_HEADING.match(self.blocks[self.top].label))

    def _title_case_point(self, line: TextLine) -> bool:
        """True for an argument point printed in title case where most print it in capitals
        ("Argument", then "The Road Commission Received the Notice", alone between blank
        lines over a paragraph of text, before any numbered point): in plain text, a point
        under the umbrella as one in capitals is. See :mod:`lawdiff.segment.recased`."""
        if not self.plain or not self._under_umbrella():
            return False
        if self.outline and not (self.point is not None and self._title_case_points()):
            return False  # after a title-case point's numbered sub-points, its sibling
        if not self._stands_apart(line):
            return False
        below = self._next_nonblank(line.index)
        if below is None or not self._body_from(below):
            return False
        return is_title_case_point(line.stripped)

    def _capitals_under_title_case_point(self, line: TextLine) -> bool:
        """True for a line in capitals under a point the argument prints in title case (see
        :meth:`_title_case_point`), standing alone over body text: the point's own
        subheading, one level down, as a title-case line is under a point in capitals. The
        level goes by the order the styles come in, not by which style it is."""
        if self.point is None or not self._under_umbrella() or self.outline:
            return False
        if self.blocks[self.point].parent != self.top or not self._title_case_points():
            return False
        if not is_upper_text(line.stripped) or not self._stands_apart(line):
            return False
        below = self._next_nonblank(line.index)
        return below is not None and self._body_from(below)

    def _capitals_under_paren_point(self, line: TextLine) -> bool:
        """True for a line in capitals standing alone over body text under a top point
        numbered "(1)", "(2)" … in title case (an Examiner's Answer's "(1) Grounds of
        Rejection to be Reviewed on Appeal", then WITHDRAWN REJECTIONS and NEW GROUNDS OF
        REJECTION): the point's sub-headings, when the outline goes on at "(2)" after them.
        A section after the signature block (REQUIREMENT UNDER 37 CFR 41.39(b)) is none, nor
        capitals after a lettered "(b)" (sections of their own)."""
        point = _PAREN_NUMBER.match(self.blocks[self.outline[0]].label) if self.outline else None
        if len(self.outline) != 1 or point is None:
            return False
        following = re.compile(rf"^\s*\({int(point['number']) + 1}\)\s+\S")
        if not any(following.match(later.text) for later in self.lines[line.index + 1 :]):
            return False
        if self.prev is not None and not self.regions.skipped.isdisjoint(
            range(self.prev.index + 1, line.index)
        ):
            return False
        if is_upper_text(self.blocks[self.outline[0]].heading) or not self._stands_apart(line):
            return False
        below = self._next_nonblank(line.index)
        return below is not None and self._body_from(below)

    def _title_case_points(self) -> bool:
        """True when the umbrella's first point is printed in title case (the points'
        style is the one that comes first)."""
        first = next(
            (
                block
                for block in self.blocks[(self.top or 0) + 1 :]
                if block.kind == SegmentKind.HEADING and block.parent == self.top
            ),
            None,
        )
        return first is not None and not is_upper_text(first.heading)

    def _stands_apart(self, line: TextLine) -> bool:
        """True when blank lines are right above and below ``line``."""
        before = self.lines[line.index - 1] if line.index else None
        after = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        return before is not None and before.blank and after is not None and after.blank

    def _division_word(self, line: TextLine) -> bool:
        """True for one word in capitals alone between blank lines over the first point of
        a division ("DEMURRER", then "Ground One: …", in a Virginia demurrer and plea in
        bar): the division's heading, though a heading in capitals is otherwise two words or
        more (a lone capital word is often a name or a banner)."""
        if not (self.plain and patterns.DIVISION_WORD.match(line.text)):
            return False
        before = self.lines[line.index - 1] if line.index else None
        after = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        if not (before is not None and before.blank and after is not None and after.blank):
            return False
        below = self._next_nonblank(line.index)
        if below is None:
            return False
        enum = patterns.ENUMERATOR_START.match(below.text)
        first = enum is not None and enum.group("enum") in {"I.", "A.", "1."}
        return first or bool(patterns.POINT_START.match(below.text))

    def _alternative_point(self, text: str) -> bool:
        """True for an appellee's alternative ground in capitals after the numbered points
        of the umbrella (ARGUMENT, "ISSUE I" … "ISSUE IV", then "ALTERNATIVE GROUND FOR
        AFFIRMANCE ON ISSUE I"): one more point, their sibling, not a top heading. Points
        labelled by a word ("REPLY TO GROUND FOR REVIEW NUMBER ONE") are points under any
        top heading (a PDR reply's REPLY TO REASONS FOR REVIEW, then "ADDITIONAL MATTER: …")."""
        if self.top is None or self.complaint or not self.outline:
            return False
        labelled = patterns.POINT_START.match(self.blocks[self.outline[0]].label)
        if not (labelled or patterns.UMBRELLA_HEADING.match(self.blocks[self.top].label)):
            return False
        return bool(patterns.ALTERNATIVE_POINT.match(text))

    def _request_under_point(self, text: str) -> bool:
        """True for a discovery request in capitals alone on its line under a numbered point
        of the argument, or right under the umbrella (ARGUMENT): a motion to compel argues
        request by request under its point, so the request is a heading below the point, and
        the outline goes on after it ("III." after "II." and its requests)."""
        if self.complaint or not patterns.DISCOVERY_REQUEST_HEADING.match(text):
            return False
        if self.outline:
            return True
        top = self.blocks[self.top].label if self.top is not None else ""
        return bool(patterns.UMBRELLA_HEADING.match(top))

    def _under_capital_umbrella(self, text: str) -> bool:
        """True for a known heading in mixed case ("Standard of Review") under an umbrella
        printed in capitals (LAW AND ARGUMENT) before its first point, or in capitals under
        an umbrella in title case ("Argument", then "STANDARD OF REVIEW"): printed unlike
        its umbrella, the umbrella's section, one level down; a closing heading stays a top
        heading."""
        if not self._under_umbrella() or patterns.CLOSING_HEADING.match(text):
            return False
        return is_upper_text(self.blocks[self.top or 0].heading) != is_upper_text(text)

    def _standard_under_umbrella(self, line: TextLine) -> bool:
        """True for the standard of review set right under the umbrella (ARGUMENT), before
        the first numbered point that follows it: a section of the argument, one level
        down, whatever its case."""
        if not patterns.STANDARD_HEADING.match(line.stripped) or not self._under_umbrella():
            return False
        return self._points_follow(line)

    def _gathered_by_memorandum(self, line: TextLine) -> bool:
        """True for a known heading right under MEMORANDUM OF POINTS AND AUTHORITIES, before
        its numbered points ("STANDARD OF REVIEW", then "I. WRIT REVIEW IS WARRANTED …"): a
        section of the memorandum, a sibling of its points. A closing heading (CONCLUSION)
        and the umbrella (ARGUMENT) stay top headings; and when an umbrella or a closing
        heading comes before the first point ("INTRODUCTION" … "ARGUMENT", then "I."), the
        memorandum gathers none of them."""
        if self.top is None or self.outline or self.complaint:
            return False
        if not patterns.MEMORANDUM_HEADING.match(self.blocks[self.top].label):
            return False
        text = line.stripped
        if patterns.CLOSING_HEADING.match(text) or patterns.UMBRELLA_HEADING.match(text):
            return False
        return self._points_follow(line)

    def _points_follow(self, line: TextLine) -> bool:
        """True when the first numbered point ("I.", "POINT I") comes after ``line`` before
        any umbrella, closing or memorandum heading."""
        for later in self.lines[line.index + 1 :]:
            text = later.text
            if patterns.POINT_START.match(text) or _first_point(text):
                return True
            if any(pattern.match(text) for pattern in _ENDS_PREFACE):
                return False
        return False

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
        if self._in_roster():
            return None  # "Appellants: …" under IDENTITY OF PARTIES AND COUNSEL
        if self._issue_field(line) or self._glossary_row():
            return None  # "Standard of Review: Correctness." under STATEMENT OF THE ISSUES
        if self._indent_heading(line) or line.index in self._lone_headings:
            return self._title_heading(line, line.index, line.stripped)
        starts = self._starts_paragraph(line)
        if not (starts or self._page_break(line)):
            return None
        # after a page break a paragraph may go on: only a heading alone on its lines is read
        if starts and line.index in self._sentence_sub_points:
            sub = self._run_in_sub_point(line)
            if sub is not None:
                return sub
        run_in = self._run_in_title(line) if starts else None
        if run_in is not None:
            head_end, body_start = (line.content_start + at for at in run_in)
            self._subheading(line.content_start, head_end)
            self._add(SegmentKind.PARAGRAPH, "", body_start, line.content_end, self.section)
            self.open = len(self.blocks) - 1
            return line.index + 1
        styled = line.hint.bold or line.hint.underlined or line.hint.small_caps
        if not (self.plain or styled):
            return None
        last = self._heading_end(line, line.text)
        if not self._alone(line, last) or self.lines[last].stripped.endswith((",", ";", ":")):
            return None
        if last > line.index and not self._wrapped(line, last):
            return None
        title = one_line(self.doc.text[line.content_start : self.lines[last].content_end])
        # a bold line centred on the page is a heading in sentence case too
        centred = styled and line.hint.centered and len(title.split()) >= 2
        if len(title) > 60 * MAX_HEADING_LINES:
            return None
        named = is_case_named_title(title) and self._after_title_sibling()
        if not (is_strict_title(title) or centred or named):
            if last > self._centred_titles.get(line.index, line.index):
                wrapped = self._wrapped_bare_heading(line, last)
                if wrapped is not None:
                    return wrapped  # else a bare point hard-wrapped (OCR) over these rows
            bare = self._bare_heading(line)
            if bare is None and self._short_title(line):
                return self._title_heading(line, last, title)
            if bare is None and self._bold_row(line, last):
                return self._bold_heading(line)
            return bare
        if patterns.CITATION_HINT.search(title) and not named:
            return None
        return self._title_heading(line, last, title)

    def _after_title_sibling(self) -> bool:
        """True when the open section is a heading in title case below the top heading: a
        title naming a case ("Kindred Nursing Centers v. Clark Forbids Any …") is read as a
        heading when such a sibling vouches for it; alone, a case name is a citation."""
        if self.section is None or self.section == self.top:
            return False
        block = self.blocks[self.section]
        return block.kind == SegmentKind.HEADING and is_strict_title(block.heading)

    def _bold_heading(self, line: TextLine) -> int:
        """A heading in bold alone on its row (see :meth:`_bold_row`): after a bold sibling,
        beside it; under a point (numbered, in capitals, or in title case under the
        umbrella) one level below it, as a bare sub-heading; else below the current heading."""
        section = self.blocks[self.section] if self.section is not None else None
        if (
            section is not None
            and section.minor
            and section.parent is not None
            and self._bold_block(section)
        ):
            return self._add_bare(line, section.parent)
        parent = self._bare_parent()
        if parent is not None:
            return self._add_bare(line, parent)
        self._subheading(line.content_start, line.content_end)
        return line.index + 1

    def _title_heading(self, line: TextLine, last: int, title: str) -> int:
        """A title-case heading from ``line`` to ``last``: below the current heading, or
        beside the top heading when it is set as that one is (see :mod:`.flat_sections`)."""
        if self._sibling_of_top(line, title):
            return self._major_heading(line, last)
        self._subheading(line.content_start, self.lines[last].content_end)
        return last + 1

    def _series_heading(self, line: TextLine) -> int | None:
        """A lone heading of submissions numbered throughout, placed by its form among its
        siblings: one between two members of a labelled series below the member before it,
        any other at the top ("Background", "Issue two: …", "Relief sought"). None when the
        document has no such series or an enumerated outline is open."""
        members, nested = self._lone_series
        if not members or self.outline:
            return None
        if line.index in nested and self.top is not None:
            self._subheading(line.content_start, line.content_end)
            return line.index + 1
        if line.index not in members and self._under_capital_section(line):
            self._subheading(line.content_start, line.content_end)
            return line.index + 1  # "Possession" under THE MERITS
        return self._major_heading(line, line.index)

    def _under_capital_section(self, line: TextLine) -> bool:
        """True for a lone heading in mixed case ("Possession", "The padlock on the gate")
        under a top heading in capitals (THE MERITS, after South African heads' "FIRST POINT
        IN LIMINE: …" series): the capitals mark the section, the mixed case its parts."""
        if self.top is None or is_upper_text(line.stripped):
            return False
        return is_upper_text(self.blocks[self.top].heading)

    @cached_property
    def _indent_marked(self) -> bool:
        """True for plain text whose paragraphs are marked by a first-line indent rather
        than blank lines (see :mod:`lawdiff.segment.indented`)."""
        return self.plain and indent_marks_paragraphs(self.body, self.indents)

    def _indent_heading(self, line: TextLine) -> bool:
        """True for a flush-left title above an indented paragraph, in text whose
        paragraphs are marked by indents (see :mod:`lawdiff.segment.indented`)."""
        if not self._indent_marked:
            return False
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        return is_indent_heading(
            line, below, self.prev, self.indents, after_heading=self.prev_heading
        )

    def _in_roster(self) -> bool:
        """True under a front section listing the parties and their counsel."""
        if self.section is None or self.blocks[self.section].kind != SegmentKind.HEADING:
            return False
        return bool(patterns.ROSTER_HEADING.match(self.blocks[self.section].heading.upper()))

    def _issue_field(self, line: TextLine) -> bool:
        """True for a field of a point or issue ("Standard of Review: Correctness.",
        "Issue Preservation: Preserved.", "Preservation: Preserved by … (R. 129-31).") and a
        field label run in with its text ("Standard of Review. The court reviews …"): body
        text anywhere, no heading (see :mod:`lawdiff.segment.point_fields`). A standard of
        review run in right under the umbrella, before its first point ("ARGUMENTS AND
        AUTHORITIES", then "Standard of review. In a disciplinary proceeding …", then
        "Exception No. 1: …"), is the argument's section, as one alone on its line is there."""
        if is_colon_field(line.text) or is_labelled_field(line.text):
            return True
        if not is_run_in_field(line.text) or line.hint.styled_lead:
            return False  # a bold label: its type decides
        return not self._standard_run_in_under_umbrella(line)

    def _standard_run_in_under_umbrella(self, line: TextLine) -> bool:
        """True for a standard of review run in at the head of the umbrella's first
        paragraph, before its first numbered point (see :meth:`_standard_under_umbrella`)."""
        found = known_run_in(line.stripped)
        if found is None or self.section != self.top or not self._under_umbrella():
            return False
        title = line.stripped[: found[0]]
        return bool(patterns.STANDARD_HEADING.match(title)) and self._points_follow(line)

    def _glossary_row(self) -> bool:
        """True under a D.C. Circuit brief's GLOSSARY, whose rows ("EIS<tab>Final
        Environmental Impact Statement") are its text, no headings."""
        if self.section is None or self.blocks[self.section].kind != SegmentKind.HEADING:
            return False
        return bool(patterns.GLOSSARY_HEADING.match(self.blocks[self.section].heading))

    def _run_in_title(self, line: TextLine) -> tuple[int, int] | None:
        """Where a run-in title ends and its paragraph starts, from the line's content start:
        by words in plain text, by the styled run that opens the line otherwise (in plain
        text too when ingest read one: a Markdown ``**bold**`` run with text after it)."""
        text = line.stripped
        if self.plain and not self._bold_run_in(line):
            found = run_in_title(text) or known_run_in(text)
            if found is None and line.index in self._sentence_points:
                found = sentence_point_end(text)  # "The claims are timely. The …"
            if found is None and line.index in self._front_labels:
                found = front_label_end(text)  # "Issues tried. Whether the tenancy …"
            return found or self._label_run_in(line)
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

    def _label_run_in(self, line: TextLine) -> tuple[int, int] | None:
        """Where a topic label run in at a paragraph's head ends and its text starts
        ("Materiality. The materiality threshold …", then "Intent. The bankruptcy court …"):
        in the argument (under ARGUMENT or its kind), vouched for by the paragraph next to it
        (before or after, a blank line between) run in alike with another label: a run of
        topics, no repeated answer ("Denied. …", "Denied. …"). A statement of facts that
        sums up a contract's terms ("Acceptance. Under Section 6.4, …") is left as text."""
        found = label_run_in(line.stripped)
        if found is None or self.complaint or self.section is None or self.top is None:
            return None
        if not patterns.UMBRELLA_HEADING.match(self.blocks[self.top].label):
            return None
        for other in (self._paragraph_before(line), self._next_nonblank(line.index)):
            alike = label_run_in(other.stripped) if other is not None else None
            if alike is not None and alike[0].lower() != found[0].lower():
                return found[1], found[2]
        return None

    def _paragraph_before(self, line: TextLine) -> TextLine | None:
        """The first line of the paragraph before ``line``'s (one-line paragraphs apart by a
        blank line), or None."""
        earlier = [other for other in self.lines[: line.index] if not other.blank]
        return earlier[-1] if earlier else None

    @cached_property
    def _sentence_points(self) -> frozenset[int]:
        """The lines of plain text whose paragraph opens with a point run in as a short
        sentence under the umbrella (see :mod:`lawdiff.segment.run_in_points`)."""
        if not (self.plain and self.blank_breaks) or self.complaint or self.order:
            return frozenset()
        return sentence_points(self.lines, self.regions.body_start)

    @cached_property
    def _front_labels(self) -> frozenset[int]:
        """The lines of plain text whose paragraph opens with a label run in under a front
        section (see :mod:`lawdiff.segment.run_in_points`)."""
        if not (self.plain and self.blank_breaks) or self.complaint or self.order:
            return frozenset()
        return front_labels(self.lines, self.regions.body_start)

    @cached_property
    def _sentence_sub_points(self) -> frozenset[int]:
        """The lines of plain text whose paragraph opens with a sub-point run in as a short
        sentence under a point in capitals (see :mod:`lawdiff.segment.run_in_points`)."""
        if not (self.plain and self.blank_breaks) or self.complaint or self.order:
            return frozenset()
        return sentence_sub_points(self.lines, self.regions.body_start)

    def _run_in_sub_point(self, line: TextLine) -> int | None:
        """The sub-point run in at the head of ``line``'s paragraph, a minor heading under
        the point in capitals open, its paragraph's text after it; None with no point open."""
        parent = self._capital_point()
        found = sentence_point_end(line.stripped)
        if parent is None or found is None:
            return None
        self._close()
        head_end, body_start = (line.content_start + at for at in found)
        title = one_line(self.doc.text[line.content_start : head_end])
        block = self._add(
            SegmentKind.HEADING, title.upper().rstrip(" ."), line.content_start, head_end, parent
        )
        block.heading = title
        block.minor = True
        self.section = len(self.blocks) - 1
        self.decree = False
        self._add(SegmentKind.PARAGRAPH, "", body_start, line.content_end, self.section)
        self.open = len(self.blocks) - 1
        return line.index + 1

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
        """True when ``line`` opens a paragraph: after a blank line or a heading in plain text
        (any row of text saved with a paragraph a row), after a finished sentence (or a
        heading) otherwise."""
        before = self.lines[line.index - 1] if line.index else None
        if self.plain and self.blank_breaks:  # a paragraph a row: each row opens one
            return before is None or before.blank or self.prev_heading or self._tab_rows
        return (
            self.prev is None
            or self.prev_heading
            or self.open is None
            or ends_sentence(self.prev.text)
        )

    def _page_break(self, line: TextLine) -> bool:
        """True when ``line`` of plain text opens a page and the text before it, on the page
        before, ends a sentence: text whose running header and page number were taken out
        (pdftotext output) keeps no blank line there, yet the page break may part them as
        one. A paragraph may also go on over the break, so only a heading alone on its lines
        (a blank line after it) is read there, never a run-in one."""
        before = self.lines[line.index - 1] if line.index else None
        if not (self.plain and self.blank_breaks) or before is None:
            return False
        return before.page_index != line.page_index and ends_sentence(before.text)

    def _alone(self, line: TextLine, last: int) -> bool:
        """True when nothing runs on from a heading's lines (``line`` to ``last``, a title
        wrapped over two or three lines) into the next line of plain text: a blank line
        follows the last, or the one line is short. With typography, :meth:`_heading_end`
        decides which lines a styled heading wraps over."""
        if not self.plain:
            return True
        nxt = self.lines[last + 1] if last + 1 < len(self.lines) else None
        if self.blank_breaks:
            return nxt is None or nxt.blank or self._tab_rows
        return len(line.stripped) < SHORT_LINE * self.width

    def _subheading(self, start: int, end: int) -> Block:
        """An unnumbered heading below the current top or numbered heading; the headings
        of one run are siblings."""
        self._close()
        parent = self.outline[-1] if self.outline else self.top
        title = one_line(self.doc.text[start:end])
        block = self._add(SegmentKind.HEADING, title.upper().rstrip(" .:"), start, end, parent)
        block.heading = title
        self.section = len(self.blocks) - 1
        self.decree = False
        return block

    def _minor_heading(self, line: TextLine) -> int | None:
        """A title-case complaint subheading: only when a numbered paragraph follows it, in
        the body (above the first heading, a counsel's address is none: "One Oxford Centre,
        Suite 2600" over a NOTICE TO PLEAD)."""
        if line.index < self.regions.body_start:
            return None
        last = self._minor_heading_last(line)
        if last is None:
            return None
        title = one_line(self.doc.text[line.content_start : self.lines[last].content_end])
        self._close()
        parent = (
            self.outline[-1] if self.outline else self.count if self.count is not None else self.top
        )
        if parent is not None and parent == self.top and self._summary_top():
            parent = None  # "The facts" after a summary of the argument: a section beside it
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

    def _summary_top(self) -> bool:
        """True when the top heading is a summary of the argument ("Summary of argument" in
        New Zealand submissions): its numbered paragraphs summarise the sections after it,
        which it does not gather."""
        return self.top is not None and bool(_SUMMARY.match(self.blocks[self.top].heading))

    def _minor_heading_last(self, line: TextLine, depth: int = 0) -> int | None:
        """The last line of a complaint subheading starting at ``line``, when a numbered
        paragraph (or, in plain text, another such heading on its own line) follows it. A
        centred title's rows (:mod:`lawdiff.segment.centred`) are its lines whatever their case."""
        last = self._title_rows(line)
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
        title = one_line(self.doc.text[line.content_start : self.lines[last].content_end])
        lines = last - line.index + 1
        return last if is_minor_title(title, lines, self.width) else None


def _first_point(text: str) -> bool:
    """True for the first point of an argument: "I.", or "1." over a title in capitals or
    title case (a roman number written as arabic, "1. THE CLAIM IS TIME-BARRED")."""
    enum = patterns.ENUMERATOR_START.match(text)
    if enum is None or enum.group("enum") not in ("I.", "1."):
        return False
    title = enum.group("title")
    return enum.group("enum") == "I." or is_upper_text(title) or is_strict_title(title)
