"""Running lines the page edges did not hold: marked as furniture where they are, not cut.

:mod:`lawdiff.ingest.furniture` takes a page's header and footer off its top and bottom
edges. Some furniture survives that: text copied from a PDF keeps a page's stamp, its
"Page N of M" or its pleading-paper footer in the middle of what is now one page, and a
running line can sit below the edge lines a page is searched in. Over the whole document:

- a line that comes back on half the pages (three at least), digits treated alike ("- 12 -"
  and "- 13 -"), spacing and case ignored, and at least twelve characters long;
- a page's CM/ECF stamp or "Page N of M" footer alone on its line, wherever it is;
- the case's number alone on its line ("DOCKET NO. HHD-CV24-6187345-S") three times or more;
- a pleading-paper footer, the document's title with the page number after a dash
  ("DEFENDANT'S MOTION TO VACATE JUDGMENT - 2") that comes back with other numbers, and the
  lines under it that are the same under every copy (the firm's name and address) up to a
  blank line.

Such a line keeps its place in the page's text (offsets and page:line of everything else stay
as they are); its :class:`~lawdiff.core.model.Line` record says ``furniture`` and the
segmenter leaves it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lawdiff.core.model import Page
from lawdiff.ingest.patterns import CASE_NUMBER_LINE, DIGITS, PAGE_FOOTER, PAGE_MARK

# A line (digits alike) on this share of pages, and at least this many, is a running line.
RUNNING_SHARE = 0.5
RUNNING_MIN_PAGES = 3
RUNNING_MIN_CHARS = 12
# At most this many lines under a pleading-paper footer belong to it (firm, address).
FOOTER_TAIL = 3


def mark_running_lines(pages: Sequence[Page]) -> tuple[Page, ...]:
    """``pages`` with the line records of their running lines marked ``furniture``
    (:func:`running_lines`); text and offsets unchanged, marks already there kept."""
    located = [(n, at) for n, page in enumerate(pages) for at in range(len(page.lines) or 1)]
    texts = [_line_text(pages[number], at) for number, at in located]
    marked: dict[int, set[int]] = {}
    for index in running_lines([number for number, _ in located], texts, len(pages)):
        number, at = located[index]
        marked.setdefault(number, set()).add(at)
    return tuple(_marked(page, marked.get(number, set())) for number, page in enumerate(pages))


def _line_text(page: Page, at: int) -> str:
    """The text of the line at ``at`` in ``page.lines``; a page without line records (an
    empty page) reads as one line of its text, as the segmenter reads it."""
    if not page.lines:
        return page.text
    line = page.lines[at]
    return page.text[line.start : line.end]


def _marked(page: Page, positions: set[int]) -> Page:
    """``page`` with its lines at ``positions`` (in ``page.lines``) marked furniture."""
    if not positions:
        return page
    lines = tuple(
        replace(line, furniture=True) if at in positions else line
        for at, line in enumerate(page.lines)
    )
    return replace(page, lines=lines)


def running_lines(page_of: Sequence[int], texts: Sequence[str], page_count: int) -> set[int]:
    """Indices of the running lines among a document's lines, given each line's text and the
    0-based page it is on (``page_of``), and how many pages the document has."""
    pages: dict[str, set[int]] = {}
    for page, text in zip(page_of, texts, strict=True):
        key = running_key(text)
        if len(key) >= RUNNING_MIN_CHARS:
            pages.setdefault(key, set()).add(page)
    needed = max(RUNNING_MIN_PAGES, int(page_count * RUNNING_SHARE))
    repeated = {key for key, seen in pages.items() if len(seen) >= needed}
    numbers = [running_key(text) for text in texts if CASE_NUMBER_LINE.match(text)]
    repeated |= {key for key in numbers if numbers.count(key) >= RUNNING_MIN_PAGES}
    return page_footers(texts) | {
        index
        for index, text in enumerate(texts)
        if running_key(text) in repeated or PAGE_MARK.match(text)
    }


def page_footers(texts: Sequence[str]) -> set[int]:
    """Indices of the pleading-paper footers among a document's lines: a title line with a
    page number after " - " that comes back with other numbers, and the lines under it that
    are the same under every copy (the firm's name and address), up to a blank line."""
    copies: dict[str, list[int]] = {}
    numbers: dict[str, set[str]] = {}
    for index, text in enumerate(texts):
        found = PAGE_FOOTER.match(text)
        if found and len(found["title"]) >= RUNNING_MIN_CHARS:
            title = " ".join(found["title"].lower().split())
            copies.setdefault(title, []).append(index)
            numbers.setdefault(title, set()).add(found["page"])
    skipped: set[int] = set()
    for title, footers in copies.items():
        if len(footers) < 2 or len(numbers[title]) < len(footers):
            continue
        skipped.update(footers)
        for offset in range(1, FOOTER_TAIL + 1):
            under = [index + offset for index in footers if index + offset < len(texts)]
            seen = {texts[index].strip().lower() for index in under}
            if len(under) < len(footers) or len(seen) != 1 or "" in seen:
                break
            skipped.update(under)
    return skipped


def running_key(text: str) -> str:
    """A line as running lines are compared: no spacing, lower case, each run of digits "#"."""
    return DIGITS.sub("#", "".join(text.split()).lower())
