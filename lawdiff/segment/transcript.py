"""Transcripts of hearings and depositions: whether a filing is one, where its body starts,
and which lines open a speaker's turn.

A transcript has no outline: it is read as a sequence of turns ("THE COURT: …", "MR.
BERISHA: …", "Q. …", "A. …") and the reporter's parentheticals ("(Recess.)"), its cover page
(caption, appearances, reporter) apart before the first of them. A filing is taken for a
transcript when it has a few turns (speakers, or questions with their answers: an outline's
"A." headings are none) and either its first page names a transcript ("TRANSCRIPT", a
reporter, "DEPOSITION OF") and what comes before the first turn can be a cover (a few pages,
no heading of a brief), or the turns run from its start to its end (an excerpt without a
cover). A brief that quotes a few lines of a hearing or a deposition is none: its quotation
is local, and comes after its headings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine

# A transcript has at least this many turns (speakers, questions and answers).
MIN_TURNS = 3
# Without a cover naming it: a turn at least every this many lines, the first and the last
# within this share of the body from its ends.
TURN_SPACING = 20
TURN_EDGE_SHARE = 0.2
# A transcript's cover (title, appearances, index) fills at most this many pages.
MAX_COVER_PAGES = 4
# A question's answer starts within this many lines of it.
ANSWER_WITHIN = 6
# A reporter's parenthetical runs over at most this many lines.
PARENTHETICAL_LINES = 3


@dataclass(frozen=True)
class Transcript:
    """Where a transcript's body starts (its first turn or parenthetical) and how far its
    lines that go on with a turn are indented (a new paragraph of a turn is indented more)."""

    first: int  # index of the first line of the body
    flush: float  # the smallest indent of a body line


def starts_turn(text: str) -> bool:
    """A line that opens a speaker's turn, a question or an answer."""
    return bool(patterns.SPEAKER_TURN.match(text) or patterns.DEPOSITION_LINE.match(text))


def opens_parenthetical(text: str) -> bool:
    """A line that opens the reporter's parenthetical ("(Recess.)")."""
    return bool(patterns.PARENTHETICAL_START.match(text))


def find_transcript(
    lines: Sequence[TextLine], body: Sequence[TextLine], indent: dict[int, float]
) -> Transcript | None:
    """The transcript read in ``body`` (the lines after the caption), None when the filing
    is no transcript; ``lines`` are all of the filing's lines, ``indent`` each body line's
    indent (characters in plain text, points in a PDF)."""
    filled = [line for line in body if not line.blank]
    turns = sorted(
        {i for i, line in enumerate(filled) if patterns.SPEAKER_TURN.match(line.text)}
        | _questions_answered(filled)
    )
    if len(turns) < MIN_TURNS:
        return None
    named = _named(lines) and _cover_only(filled[: turns[0]])
    edge = TURN_EDGE_SHARE * len(filled)
    spread = turns[0] <= edge and turns[-1] >= len(filled) - 1 - edge
    if not named and not (spread and len(turns) * TURN_SPACING >= len(filled)):
        return None
    first = _body_start(filled, turns[0])
    flush = min(indent[line.index] for line in filled[first:])
    return Transcript(filled[first].index, flush)


def _named(lines: Sequence[TextLine]) -> bool:
    """The first page names a transcript ("TRANSCRIPT OF PROCEEDINGS", "Court Reporter:")."""
    first_page = (line.text for line in lines if line.page_index == 0)
    return any(patterns.TRANSCRIPT_MARK.search(text) for text in first_page)


def _cover_only(before: Sequence[TextLine]) -> bool:
    """The lines before the first turn can be a cover (title, appearances, an index): on
    the first few pages, with no heading of a brief ("INTRODUCTION", "I. …")."""
    if before and before[-1].page_index >= MAX_COVER_PAGES:
        return False
    return not any(
        patterns.KNOWN_HEADING.match(line.text) or patterns.ENUMERATOR_START.match(line.text)
        for line in before
    )


def _questions_answered(filled: Sequence[TextLine]) -> set[int]:
    """Indexes of the questions ("Q. …") answered within a few lines ("A. …"), and of their
    answers: an outline's "A." headings are no answers, a "Q." among them no question."""
    found: set[int] = set()
    for i, line in enumerate(filled):
        if not patterns.QUESTION_LINE.match(line.text):
            continue
        for j in range(i + 1, min(i + 1 + ANSWER_WITHIN, len(filled))):
            if patterns.ANSWER_LINE.match(filled[j].text):
                found |= {i, j}
                break
    return found


def _body_start(filled: Sequence[TextLine], turn: int) -> int:
    """Where the body starts: at the first turn, or at the reporter's parenthetical right
    above it on its page ("(Proceedings begin at 9:02 a.m.)")."""
    first = turn
    for back in range(1, PARENTHETICAL_LINES + 1):
        above = turn - back
        if above < 0 or filled[above].page_index != filled[turn].page_index:
            break
        closed = patterns.PARENTHETICAL_END.search(filled[turn - 1].text)
        if opens_parenthetical(filled[above].text) and closed:
            first = above
    return first
