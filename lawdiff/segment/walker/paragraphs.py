"""Numbered complaint paragraphs and unnumbered body paragraphs and block quotes: where one
starts, and which lines go on with the open one."""

from __future__ import annotations

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block
from lawdiff.segment.lines import TextLine, ends_sentence
from lawdiff.segment.walker.base import (
    PARAGRAPH_INDENT,
    QUOTE_INDENT,
    RUN_ON_MARKS,
    SHORT_LINE,
    WalkerBase,
)


class ParagraphRules(WalkerBase):
    """Numbered complaint paragraphs, and the body lines that open or continue a paragraph
    or a block quote."""

    def _allegation(self, line: TextLine) -> bool:
        """A numbered allegation of a petition or a verified answer (see
        :func:`lawdiff.segment.numbered.numbered_allegations`): a paragraph "¶ n"."""
        match = patterns.PARAGRAPH_START.match(line.text)
        if match is None or line.index not in self.allegations or self._in_list_section():
            return False
        number = int(match.group("num"))
        if number != self.last_number + 1:
            self.last_number = number - 1  # a run of its own: no gap to warn of
        return self._paragraph(line)

    def _in_list_section(self) -> bool:
        """Under STATEMENT OF THE ISSUES, SUMMARY OF ARGUMENT or a statement of facts,
        whose numbered sentences are items of a list (their numbers kept in their text)."""
        if self.section is None or self.blocks[self.section].kind != SegmentKind.HEADING:
            return False
        heading = self.blocks[self.section].heading.upper()
        return bool(
            patterns.ISSUES_HEADING.search(heading) or patterns.FACTS_HEADING.search(heading)
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

    def _blank_ends_open(self) -> bool:
        """True when a blank line (where blank lines end blocks) ends the open block: any
        block of a brief; in text read by its numbered paragraphs, an unnumbered one (a line
        left from the caption above a factum's "PART I – OVERVIEW"), not a numbered
        paragraph, whose items may stand apart."""
        if not self.complaint:
            return True
        return self.open is not None and not self.blocks[self.open].label

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
