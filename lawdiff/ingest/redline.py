"""Comparison markup in a PDF's text layer: struck text out, inserted text in, both noted.

A redline (a "compare" of two drafts, or Word's print of tracked changes) draws deleted text
with a line through it and inserted text underlined. We read the document as amended: a
struck character is left out of the body text, an underlined one (on a page that strikes
text, where underlining means insertion rather than emphasis) is kept, and each line that
carries a revision gets a balloon after a tab ("...\\tDeleted: THIRD; Inserted: SECOND"),
which the segmenter keeps as a note on the paragraph beside it, as it does for Word's own
track-changes balloons.

This module marks the characters (pure functions over
:class:`~lawdiff.ingest.pdf_words.Char` tuples, so both PDF engines share them); words
carry the mark, and :attr:`lawdiff.ingest.layout.TextLine.text` writes a marked line.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from lawdiff.ingest.layout import INSERTED, STRUCK
from lawdiff.ingest.pdf_words import Char

# Where a rule crosses a character, as a share of its box height measured up from the
# box's bottom (which sits on the font's descent): a strike crosses the middle of the
# lower-case letters, an underline runs at or just below the baseline.
STRIKE_BAND = (0.3, 0.75)
UNDER_BAND = (-0.35, 0.28)
COLORED_SHARE = 0.5
MAX_SIZE = 30.0  # points: taller type is not body text a rule could strike


def _candidates(
    chars: Sequence[Char], bottoms: list[float], order: list[int], y: float
) -> Iterator[int]:
    """Indices of characters whose box bottom lies near enough to ``y`` to be crossed."""
    low = bisect_left(bottoms, y - 0.4 * MAX_SIZE)
    high = bisect_right(bottoms, y + MAX_SIZE)
    for position in range(low, high):
        yield order[position]


def _crossing(char: Char, x0: float, x1: float, y: float) -> float | None:
    """Where a rule at ``y`` from ``x0`` to ``x1`` crosses ``char`` (share of its height up
    from its bottom), or None when it misses the character."""
    height = char.bottom - char.top
    middle = (char.x0 + char.x1) / 2
    if height <= 0 or char.text.isspace() or not x0 <= middle <= x1:
        return None
    return (char.bottom - y) / height


def _colored_insertions(chars: Sequence[Char], struck: set[int]) -> set[int]:
    """Characters in colour that are not struck, on a page that strikes text, when colour
    sets them apart (fewer than half the page's other characters are coloured)."""
    colored = {i for i, c in enumerate(chars) if c.colored and i not in struck}
    others = len(chars) - len(struck)
    return colored if len(colored) < COLORED_SHARE * others else set()


def mark_chars(chars: Sequence[Char], rules: Sequence[tuple[float, float, float]]) -> list[Char]:
    """``chars`` with struck ones marked, and underlined or coloured ones marked inserted
    when the page strikes anything; unchanged when no rule strikes a character."""
    if not rules or not chars:
        return list(chars)
    order = sorted(range(len(chars)), key=lambda i: chars[i].bottom)
    bottoms = [chars[i].bottom for i in order]
    struck: set[int] = set()
    under: set[int] = set()
    for x0, x1, y in rules:
        for index in _candidates(chars, bottoms, order, y):
            share = _crossing(chars[index], x0, x1, y)
            if share is None:
                continue
            if STRIKE_BAND[0] <= share <= STRIKE_BAND[1]:
                struck.add(index)
            elif UNDER_BAND[0] <= share <= UNDER_BAND[1]:
                under.add(index)
    if not struck:
        return list(chars)
    under |= _colored_insertions(chars, struck)
    marks = dict.fromkeys(under, INSERTED) | dict.fromkeys(struck, STRUCK)
    return [c._replace(mark=marks[i]) if i in marks else c for i, c in enumerate(chars)]
