"""The rule-based segmenter: line patterns, an outline tracker and a paragraph sequence.

It walks the body line by line (after the caption and tables, skipping signature blocks
and certificates) and decides for each line whether it starts a count, a numbered
complaint paragraph, a numbered or unnumbered heading, a footnote or a block quote, or
continues what is open. Typography hints from ingest (bold, underline, centering, indent,
footnote) sharpen those decisions but are never required.
"""

from __future__ import annotations

from lawdiff.core.model import FilingMeta, Segmentation, SegmentKind
from lawdiff.core.text import DocumentText
from lawdiff.segment import patterns
from lawdiff.segment.blocks import to_drafts
from lawdiff.segment.lines import TextLine
from lawdiff.segment.notes import attach_footnotes, cut_balloons_from_headings
from lawdiff.segment.parts import find_parts, part_warnings
from lawdiff.segment.toc import compare_toc, titled
from lawdiff.segment.walker.contents import ContentsHeadings
from lawdiff.segment.walker.counts import CountRules
from lawdiff.segment.walker.notes import NoteRules
from lawdiff.segment.walker.paragraphs import ParagraphRules
from lawdiff.segment.walker.turns import TurnRules


class RuleBasedSegmenter:
    """Segments complaints (¶ paragraphs and counts), briefs (argument outlines) and
    transcripts (speakers' turns)."""

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


class _Walker(CountRules, ParagraphRules, ContentsHeadings, NoteRules, TurnRules):
    """One pass over the body lines, building :class:`Block` s: the main loop, which asks
    the rules of each concern (the mixins in :mod:`lawdiff.segment.walker`) in turn."""

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
            if self.blank_breaks and self._blank_ends_open():
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
        if self._transcript_line(line):
            self.prev_heading = False
            self.prev = line
            return line.index + 1
        sub_point = None if self.complaint else self._sentence_sub_point(line)
        if sub_point is not None:
            self.prev_heading = True
            return sub_point
        if self.complaint:
            numbered = self._paragraph(line)
        else:  # "1. Weight of the evidence. This factor …" under "B. …": no allegation
            numbered = not self._arabic_run_in_point(line) and self._allegation(line)
        if numbered:
            self.prev_heading = False
            self.prev = line
            return line.index + 1
        if self.prev_heading and self._underline(line):
            return line.index + 1  # "I. INTRODUCTION" over "---------------": the heading's rule
        nxt = self._try_structure(line)
        if nxt is not None:
            self.prev_heading = True
            self.prev = self.lines[nxt - 1]
            return nxt
        if self.transcript is not None:
            self._turn_paragraph(line)
        else:
            self._body_line(line)
        self.decree = self.decree or (self.order and bool(patterns.DECREE.search(line.text)))
        self.prev_heading = False
        self.prev = line
        return line.index + 1

    def _underline(self, line: TextLine) -> bool:
        """True for a row of dashes, underscores or equals signs right under the heading
        before it: plain text's underline, no text of its own."""
        above = self.prev
        return (
            above is not None
            and above.index == line.index - 1
            and bool(patterns.UNDERLINE_ROW.match(line.text))
        )

    def _try_structure(self, line: TextLine) -> int | None:
        """Start a count or heading at ``line``; return the index of the line after it."""
        count = self._count(line)
        if count is not None:
            return count
        for attempt in (self._numbered_heading, self._unnumbered_heading, self._listed_heading):
            nxt = attempt(line)
            if nxt is not None:
                return nxt
        return None

    def _compare_toc(self) -> None:
        # certificates and verifications are left out of the body on purpose (see
        # lawdiff.segment.regions): listed in the contents, they are not missing
        listed = [e for e in self.toc if not patterns.CERTIFICATE_START.match(e.title)]
        if not listed:
            return
        numbered_only = all(entry.enum for entry in listed if not entry.parent)
        titles = [entry.title for entry in listed]
        found = []
        for block in self.blocks:
            if block.kind != SegmentKind.HEADING or block.minor:
                continue
            custom = block.parent is None and _unlisted_by_custom(block.label, numbered_only)
            if custom and not titled(block.heading, titles):
                continue
            parent = self.blocks[block.parent].label if block.parent is not None else ""
            found.append((block.label, parent, block.heading))
        self.warnings.extend(compare_toc(listed, found))


def _unlisted_by_custom(label: str, numbered_only: bool) -> bool:
    """True for an unnumbered top heading (by its ``label``) a table of contents leaves
    out by custom: the memorandum's title, the notice of motion before it, and, in a table
    listing only the numbered points (from "I."), the known sections around them
    (INTRODUCTION, ARGUMENT)."""
    if patterns.MEMORANDUM_HEADING.match(label) or patterns.NOTICE_OPENING.match(label):
        return True
    return numbered_only and bool(patterns.KNOWN_HEADING.match(label))
