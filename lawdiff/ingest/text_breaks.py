"""Page breaks of text copied out of a PDF, which has no form feeds.

A PDF's pages leave their furniture behind in the copied text: a running header or footer
repeated at every page break ("Appellate Case: 25-6093 Document: … Page: 4", "DOCKET NO.
HHD-CV24-6187345-S", "Page 3 of 5") or a lone page number counting up. Those lines mark
where the pages broke, so the text can be cut back into its pages there: the furniture then
goes by the rule every reader shares (:func:`lawdiff.ingest.textfile.furniture_rows`), a
paragraph cut by a page break is whole again, and each line keeps the page it was printed on.

The evidence is repetition, not a pattern of any court: a short line carrying a figure (a page
number, a docket number, a date) whose text, figures aside, comes back at least three times,
pages apart and at nearly regular intervals, its figures the same each time or counting up by
one (the page number). Numbered body text ("Response to Paragraph 7:") rarely sits a page
apart, so regularly, for long; a lone "1." or a list of numbers never does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from lawdiff.ingest.furniture import (
    MAX_BAND_LINE,
    band_key,
    is_page_number,
    is_stamp,
    page_number_run,
    page_number_value,
)

# A running line recurs at least this many times, each at least this many lines after the
# one before (a page of text holds many lines), and the longest gap is at most this many
# times the shortest (pages are alike in length; copied text keeps some blank lines, not all).
RUNNING_MIN_LINES = 3
RUNNING_MIN_GAP = 15
RUNNING_SPREAD = 3.0

_FIGURES = re.compile(r"\d+")


class TextBreaks(NamedTuple):
    """Text without form feeds cut back into its pages."""

    pages: tuple[tuple[str, ...], ...]  # each page's rows, furniture still in
    marks: tuple[frozenset[int], ...]  # each page's rows that marked a page break
    first_number: int  # the printed number of the first page (1 when none is printed)


def cut_into_pages(rows: Sequence[str]) -> TextBreaks | None:
    """``rows`` (text with no form feed) cut into pages at its page-break marks, or None
    when fewer than two breaks show.

    The marks are the ECF stamps, a run of lone page numbers counting up
    (:func:`page_number_run`) and the running rows (:func:`running_rows`); marks with only
    blank rows between them (a footer, then the next page's header) make one break, and a
    page starts at each break. Pages that hold nothing but marks are left out.
    """
    numbers = running_rows(rows)
    numbers.update({i: page_number_value(rows[i]) for i in page_number_run(rows)})
    marks = set(numbers) | {i for i, row in enumerate(rows) if is_stamp(row)}
    bands = _bands(rows, sorted(marks))
    if len(bands) < 2:
        return None
    starts = [0, *(band[0] for band in bands), len(rows)]
    pages: list[tuple[str, ...]] = []
    kept: list[frozenset[int]] = []
    for begin, end in pairwise(starts):
        own = frozenset(i - begin for i in range(begin, end) if i in marks)
        if all(i in own or not row.strip() for i, row in enumerate(rows[begin:end])):
            continue
        while end > begin and not rows[end - 1].strip():
            end -= 1  # a page ends at its last text: a paragraph it cuts runs on
        pages.append(tuple(rows[begin:end]))
        kept.append(own)
    return TextBreaks(tuple(pages), tuple(kept), _first_number(rows, bands, numbers))


def _bands(rows: Sequence[str], marks: Sequence[int]) -> list[list[int]]:
    """The marks grouped into breaks: marks with only blank rows between them go together."""
    bands: list[list[int]] = []
    for index in marks:
        if bands and not any(row.strip() for row in rows[bands[-1][-1] + 1 : index]):
            bands[-1].append(index)
        else:
            bands.append([index])
    return bands


def _first_number(
    rows: Sequence[str], bands: list[list[int]], numbers: dict[int, int | None]
) -> int:
    """The printed number of the first page, read off the first break that prints one: a
    break that opens with a page number is the foot of the page before it, any other the
    head of the page after it. 1 when no break prints a number."""
    opening_page = any(row.strip() for row in rows[: bands[0][0]])  # text before any break
    for position, band in enumerate(bands):
        printed = next((n for i in band if (n := numbers.get(i)) is not None), None)
        if printed is None:
            continue
        page_after = position + opening_page  # 0-based index of the page the break opens
        first = printed - page_after + is_page_number(rows[band[0]])
        return max(first, 1)
    return 1


def running_rows(rows: Sequence[str]) -> dict[int, int | None]:
    """The rows that repeat as a PDF's running header or footer does, each with the page
    number it prints (None when none of its figures counts up).

    A row counts when it is short, holds a figure, and its letters (:func:`band_key`) come
    back on at least three rows, pages apart at nearly regular intervals, each figure of the
    row the same each time or counting up by one.
    """
    groups: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        text = row.strip()
        if text and len(text) <= MAX_BAND_LINE and _FIGURES.search(text):
            key = band_key(text)
            if any(c.isalpha() for c in key):
                groups.setdefault(key, []).append(index)
    found: dict[int, int | None] = {}
    for indices in groups.values():
        if not _paged(indices):
            continue
        counted = _counted_figures([rows[i] for i in indices])
        if counted is not None:
            found.update(zip(indices, counted, strict=True))
    return found


def _paged(indices: Sequence[int]) -> bool:
    """Whether row indices are spaced as page breaks are: enough, far apart, regular."""
    if len(indices) < RUNNING_MIN_LINES:
        return False
    gaps = [after - before for before, after in pairwise(indices)]
    return min(gaps) >= RUNNING_MIN_GAP and max(gaps) <= RUNNING_SPREAD * min(gaps)


def _counted_figures(texts: Sequence[str]) -> list[int | None] | None:
    """For rows alike but for their figures: the figure of each that counts up by one (all
    None when every figure stays the same), or None when a figure does anything else."""
    figures = [tuple(int(f) for f in _FIGURES.findall(text)) for text in texts]
    if len({len(f) for f in figures}) != 1:
        return None
    counting: tuple[int, ...] | None = None
    for column in zip(*figures, strict=True):
        steps = {after - before for before, after in pairwise(column)}
        if steps == {1}:
            counting = column
        elif steps != {0}:
            return None
    return list(counting) if counting is not None else [None] * len(texts)
