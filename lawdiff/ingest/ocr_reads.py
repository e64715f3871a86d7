"""OCR's misreads read back across a whole text file, after it is cut into pages.

An outline runs on across pages: a roman "I." that OCR read as "l." or "1." may sit pages
before the "II." that shows what it is. The rules of :mod:`lawdiff.ingest.text_marks` that
need the document's outline, not one page's rows, run here over the rows of every page in
reading order; each changes characters in place (one for one), so a line's offsets and its
page:line stay what they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lawdiff.core.model import Page
from lawdiff.ingest.text_marks import roman_ones


def with_roman_ones(pages: Sequence[Page]) -> tuple[Page, ...]:
    """``pages`` with OCR's "l."/"1." read as the roman "I." where the outline across the
    pages says so (:func:`lawdiff.ingest.text_marks.roman_ones`)."""
    spots = [(at, line) for at, page in enumerate(pages) for line in page.lines]
    rows = [pages[at].text[line.start : line.end] for at, line in spots]
    texts = [list(page.text) for page in pages]
    changed: set[int] = set()
    for (at, line), before, after in zip(spots, rows, roman_ones(rows), strict=True):
        if after != before and len(after) == len(before):
            texts[at][line.start : line.end] = after
            changed.add(at)
    return tuple(
        replace(page, text="".join(texts[at])) if at in changed else page
        for at, page in enumerate(pages)
    )
