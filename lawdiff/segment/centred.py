"""Titles centred in plain text, as ``pdftotext -layout`` prints a page set in type: a long
title wraps over two or three rows, each centred by spaces, so the first row (nearly full)
starts about where the body text does and only the short last row shows the centring
("A. The Rejection Damages Exceed the Cap of Section" over a "502(b)(6)" indented
twenty columns). Body text never centres a row under the row above it: a paragraph's last
row starts at the margin, a block quote's rows share one indent. So a row indented well past
the row above it, its middle under that row's middle, goes on the title above."""

from __future__ import annotations

from collections.abc import Sequence

from lawdiff.segment.lines import TextLine
from lawdiff.segment.quoted import plain_indent

# The row below is indented at least this many columns more than the row above it.
MIN_SHIFT = 4
# The middles of the two rows lie at most this many columns apart (centring rounds a column
# either way on each row).
CENTRE_SLACK = 2.0
# A centred title wraps over at most this many rows.
MAX_TITLE_ROWS = 3


def centred_under(above: str, below: str) -> bool:
    """True when plain-text row ``below`` is centred under row ``above``: set in at least
    :data:`MIN_SHIFT` columns from both of its ends, the middles of the two within
    :data:`CENTRE_SLACK` columns."""
    top, under = above.strip(), below.strip()
    if not top or not under or "\t" in above + below:
        return False
    left, right = plain_indent(above), plain_indent(below)
    if right < left + MIN_SHIFT or right + len(under) > left + len(top) - MIN_SHIFT:
        return False  # set in from both ends, as a paragraph's indented first row is not
    return abs((left + len(top) / 2) - (right + len(under) / 2)) <= CENTRE_SLACK


def centred_titles(lines: Sequence[TextLine], long: float) -> dict[int, int]:
    """``{first row: last row}`` of each centred title of plain-text ``lines``: a block of
    two or three rows between blank rows (or page breaks), every row but the last at least
    ``long`` characters (a row that wrapped), the last centred under the row above it."""
    found: dict[int, int] = {}
    for line in lines:
        if line.blank or not _parted(lines, line.index - 1, line):
            continue
        last = line.index
        while last + 1 < len(lines) and not _parted(lines, last + 1, lines[last]):
            last += 1
            if last - line.index + 1 > MAX_TITLE_ROWS:
                break
        rows = lines[line.index : last + 1]
        if not 2 <= len(rows) <= MAX_TITLE_ROWS or not _parted(lines, last + 1, lines[last]):
            continue
        if all(len(row.stripped) >= long for row in rows[:-1]) and centred_under(
            rows[-2].text, rows[-1].text
        ):
            found[line.index] = last
    return found


def _parted(lines: Sequence[TextLine], index: int, beside: TextLine) -> bool:
    """True when row ``index`` (before or after ``beside``) is blank, off the text's ends,
    or on another page."""
    if index < 0 or index >= len(lines):
        return True
    return lines[index].blank or lines[index].page_index != beside.page_index
