"""A transcript's body (see :mod:`lawdiff.segment.transcript`): its cover page as one block,
then a paragraph per speaker's turn, question, answer and parenthetical, a long turn split
where a line is indented as a new paragraph."""

from __future__ import annotations

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine, ends_sentence
from lawdiff.segment.transcript import opens_parenthetical, starts_turn
from lawdiff.segment.walker.base import PARAGRAPH_INDENT, WalkerBase

# In plain text, a line indented by at least this many characters more than the lines that
# go on opens a paragraph (a transcript indents each turn and each new paragraph).
PLAIN_PARAGRAPH_INDENT = 3


class TurnRules(WalkerBase):
    """The lines of a transcript: cover, turns, parentheticals and the paragraphs of a turn."""

    def _transcript_line(self, line: TextLine) -> bool:
        """Take ``line`` of a transcript into its cover or its turns; False when the line
        is left to the other rules (no transcript, or an indented line that may be a
        heading such as "CROSS-EXAMINATION")."""
        transcript = self.transcript
        if transcript is None:
            return False
        if line.index < transcript.first:
            self._cover_line(line)
            return True
        if starts_turn(line.text) or opens_parenthetical(line.text) or self.turn_ended:
            self._open_turn(line)
            return True
        if self.open is None:
            return False
        if self.parenthetical or not self._indented(line):
            self.blocks[self.open].extend_to(line.content_end)
            self.turn_ended = self.parenthetical and self._closes_parenthetical(line)
            return True
        return False

    def _turn_paragraph(self, line: TextLine) -> None:
        """An indented line of a transcript that is no heading: a new paragraph of the turn
        after a finished sentence, else the sentence going on."""
        if self.open is not None and not (self.prev and ends_sentence(self.prev.text)):
            self.blocks[self.open].extend_to(line.content_end)
            return
        self._open_turn(line)

    def _open_turn(self, line: TextLine) -> None:
        self._close()
        self._add(SegmentKind.PARAGRAPH, "", line.content_start, line.content_end, self.section)
        self.open = len(self.blocks) - 1
        self.parenthetical = opens_parenthetical(line.text)
        self.turn_ended = self.parenthetical and self._closes_parenthetical(line)

    def _cover_line(self, line: TextLine) -> None:
        """A line before the first turn: the cover pages (after the caption) are one block,
        the title lines the caption rules leave out included; what stands above the first
        turn on its own page ("P R O C E E D I N G S") is another."""
        body_page = self.lines[self.transcript.first].page_index if self.transcript else 0
        if self.cover is None:
            start = next(
                (ln.content_start for ln in self.lines[self.regions.start :] if not ln.blank),
                line.content_start,
            )
            self._open_cover(min(start, line.content_start), line)
        elif line.page_index == body_page != self.blocks[self.cover].page_index:
            self._open_cover(line.content_start, line)
        self.blocks[self.cover or 0].extend_to(line.content_end)

    def _open_cover(self, start: int, line: TextLine) -> None:
        self._close()
        self._add(SegmentKind.PARAGRAPH, "", start, line.content_end, None)
        self.cover = len(self.blocks) - 1

    def _closes_parenthetical(self, line: TextLine) -> bool:
        return bool(patterns.PARENTHETICAL_END.search(line.text))

    def _indented(self, line: TextLine) -> bool:
        transcript = self.transcript
        if transcript is None:
            return False
        step = PLAIN_PARAGRAPH_INDENT if self.plain else PARAGRAPH_INDENT
        return self.indents[line.index] >= transcript.flush + step
