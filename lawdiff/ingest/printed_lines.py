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
or 3. Its furniture rule must not take the bare numbers of the grid's blank first or last
rows for a page number or a running header (:func:`grid_edge_rows`): the blank row they
stand for is what sets a heading at the page's foot apart from the text on the next page.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

# " 7  text", "14", "25        * * *": a number of one or two digits, then spaces or nothing.
_NUMBERED_ROW = re.compile(r"^ {0,2}(?P<num>\d{1,2})(?P<gap> +|$)")
# "28": a printed line number on a row otherwise blank.
_BARE_NUMBER = re.compile(r"^ {0,2}(?P<num>\d{1,2}) *$")
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


def grid_edge_rows(rows: Sequence[str], drop: Collection[int]) -> set[int]:
    """The rows of ``drop`` (a page's furniture) that are bare printed line numbers going on
    with the page's count: above its first numbered row ("1" over "2  text") and below its
    last ("28" under "27  text"), blank rows of the grid rather than page numbers."""
    kept = [index for index in range(len(rows)) if index not in drop]
    numbered = printed_line_numbers([rows[index] for index in kept])
    if not numbered:
        return set()
    grid = {kept[at]: number for at, (number, _) in numbered.items()}
    first, last = min(grid), max(grid)
    upward = _count_on(rows, drop, range(first - 1, -1, -1), grid[first], -1)
    return upward | _count_on(rows, drop, range(last + 1, len(rows)), grid[last], 1)


def _count_on(
    rows: Sequence[str], drop: Collection[int], indices: Iterable[int], number: int, step: int
) -> set[int]:
    """The dropped bare numbers among ``indices`` (walked from the grid outwards, blank rows
    passed over) that count on from ``number`` by ``step``, up to the first row that does not."""
    found: set[int] = set()
    for index in indices:
        if not rows[index].strip():
            continue
        bare = _BARE_NUMBER.match(rows[index])
        if index not in drop or bare is None or int(bare.group("num")) != number + step:
            break
        found.add(index)
        number += step
    return found
