"""Line numbers printed down the left of a text page (a hearing transcript's 1–25, pleading
paper's 1–28), which a PDF page loses with its line-number column (:mod:`lawdiff.ingest.layout`).

A text page carries them as the first token of its rows (" 7       THE COURT: …",
"14  going on …", "22" on a row otherwise blank). They are taken off when the evidence is
strong: nearly every row with text opens with a number, the numbers count up by one down
the page (back to 1 where a page break was lost), and there are enough of them that a
numbered list cannot pass for them. Pleading paper as ``pdftotext -layout`` prints it sets
its headings off the grid, on rows of their own without a number: a page whose numbers run
the whole grid (1 to at least 20) needs only most of its rows numbered. The number goes
into the row's :class:`Line` record, so page:line stays the one printed, and the margin
between the number and the text goes with it, so the text keeps only its own indent. A
page's first numbered rows, bare, may have gone as its header: its numbers may start at 2
or 3.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# " 7  text", "14", "25        * * *": a number of one or two digits, then spaces or nothing.
_NUMBERED_ROW = re.compile(r"^ {0,2}(?P<num>\d{1,2})(?P<gap> +|$)")
# A page holds at least this many numbered rows, and this share of its rows with text.
MIN_NUMBERED_ROWS = 10
MIN_SHARE = 0.9
# A page whose numbers count the whole grid (a transcript's 25, pleading paper's 28 lines)
# needs only this share: the rest are headings set off the grid.
FULL_GRID = 20
# A page's numbers may start this high: its first rows (a bare "1") may have gone as furniture.
FIRST_NUMBER_SLACK = 3
GRID_SHARE = 0.6


def printed_line_numbers(rows: Sequence[str]) -> dict[int, tuple[int, int]]:
    """For a page's rows, ``{row index: (printed number, characters to cut)}`` when the rows
    carry printed line numbers; ``{}`` when they do not."""
    found: dict[int, tuple[int, int]] = {}
    expected = 1
    for index, row in enumerate(rows):
        match = _NUMBERED_ROW.match(row)
        if match is None:
            continue
        number = int(match.group("num"))
        if not found and number <= FIRST_NUMBER_SLACK:
            expected = number  # the page's first numbered rows, blank, went as furniture
        restart = number == 1 and expected > MIN_NUMBERED_ROWS  # a lost break after a page
        if number != expected and not restart:
            continue
        found[index] = (number, match.end("num"))
        expected = number + 1
    filled = sum(1 for row in rows if row.strip())
    share = GRID_SHARE if len(found) >= FULL_GRID else MIN_SHARE
    if len(found) < MIN_NUMBERED_ROWS or len(found) < share * filled:
        return {}
    margin = min(
        (_gap(rows[index][cut:]) for index, (_, cut) in found.items() if rows[index][cut:].strip()),
        default=0,
    )
    return {index: (number, cut + margin) for index, (number, cut) in found.items()}


def _gap(rest: str) -> int:
    return len(rest) - len(rest.lstrip(" "))
