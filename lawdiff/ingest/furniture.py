"""Page furniture: the ECF stamp, running headers and footers, and printed page numbers.

One rule for every reader. A PDF page (:mod:`lawdiff.ingest.layout`) knows where a line sits
by its position; a text page (:mod:`lawdiff.ingest.textfile`) by its order. Either way the
candidates are the lines at a page's top and bottom edges, and the rule is the same:

- an ECF stamp ("Case … Document … Filed … Page 3 of 12") is always furniture;
- a line whose letters (digits and roman numerals left out) recur at the edges of at least
  60% of the pages, and of two pages at least (three for text), is a running header or
  footer, unless it names a court ("IN THE UNITED STATES DISTRICT COURT"): that line opens
  the caption of each document a file bundles;
- a line that is only a page number ("7", "- 7 -", "iv", "Page 3 of 12") at the foot of
  a page is a footer, and a line that ends by counting the pages ("CIVIL MINUTES — GENERAL
  Page 1 of 2") is a header or footer wherever it is at the edge.

Text with no page breaks at all (pasted from a PDF) carries its page numbers as lone lines
between paragraphs: :func:`page_number_run` finds them when they count up through the file.
Furniture that survives inside a page (a pleading-paper footer, "Page 3 of 12" mid-page) is
marked where it is by :mod:`lawdiff.ingest.running_lines`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from lawdiff.ingest.patterns import (
    APPELLATE_STAMP,
    COURT_LINE,
    ECF_HEADER,
    ECF_PARTIAL,
    ECF_TAIL,
    PAGE_COUNT_END,
    PAGE_NUMBER,
    ROMAN_TOKEN,
)

REPEAT_SHARE = 0.6  # a page-edge line repeating on this share of pages is furniture
MAX_BAND_LINE = 200  # longer lines are body text, never furniture
# A run of lone page numbers in text without page breaks: at least this many, counting up
# by one, each at least this many lines after the one before (a page holds many lines;
# a list of numbers or pleading line numbers sits closer together).
RUN_MIN_NUMBERS = 3
RUN_MIN_LINES = 8
# Pages are alike in length: the longest page of a run (its last one left out, which may be
# short) is at most this many times its shortest. Numbered sections or paragraphs are not.
RUN_SPREAD = 2.0

_DIGIT = re.compile(r"\d")
_CONFUSABLE = str.maketrans({"J": "I", "L": "I", "/": "I", "|": "I", "!": "I", "1": "I"})
_ARABIC = re.compile(r"\d+")


def band_key(text: str) -> str:
    """A header/footer line reduced to its letters: digits and roman numerals (page numbers)
    dropped, letters OCR confuses ("JN LIM/NE" for "IN LIMINE") folded together. A line
    with no letters keeps its punctuation ("- 7 -" → "--"): a paragraph's lone "12." is
    not the same furniture as a bare page number "12"."""
    tokens = [t for t in _DIGIT.sub("", text).split() if not ROMAN_TOKEN.match(t)]
    joined = "".join(tokens)
    letters = "".join(c for c in joined.upper().translate(_CONFUSABLE) if "A" <= c <= "Z")
    return letters or joined


def is_stamp(text: str) -> bool:
    """The ECF stamp or its "Page ID #:123" tail: always removed, even on a one-page file."""
    text = text.strip()
    stamps = (ECF_HEADER.search(text), APPELLATE_STAMP.search(text))
    return any(stamps) or bool(ECF_PARTIAL.match(text) or ECF_TAIL.match(text))


def is_page_number(text: str) -> bool:
    """A line that is only a printed page number: "7", "- 7 -", "iv", "Page 3 of 12"."""
    return bool(PAGE_NUMBER.match(text.strip()))


def repeating_keys(pages: Sequence[Iterable[str]], least: int = 2) -> set[str]:
    """Keys (:func:`band_key`) of the edge lines found on at least 60% of the pages (and on
    ``least`` pages at least); ``pages`` holds each page's candidate edge lines."""
    seen: dict[str, set[int]] = {}
    for number, texts in enumerate(pages):
        for text in texts:
            if len(text) <= MAX_BAND_LINE:
                seen.setdefault(band_key(text), set()).add(number)
    needed = max(float(least), REPEAT_SHARE * len(pages))
    return {key for key, found in seen.items() if len(found) >= needed}


def is_furniture(text: str, repeated: set[str], *, foot: bool) -> bool:
    """Whether a line at a page's edge is furniture: a stamp, a running header or footer
    (its key in ``repeated``), or, at the foot of the page (``foot``), a bare page number."""
    if is_stamp(text) or PAGE_COUNT_END.search(text) or (foot and is_page_number(text)):
        return True
    return band_key(text) in repeated and not COURT_LINE.match(text.strip())


def page_number_value(text: str) -> int | None:
    """The number of a lone page-number line in arabic figures ("- 7 -" → 7), else None."""
    if not is_page_number(text):
        return None
    found = _ARABIC.search(text)
    return int(found.group()) if found else None


def page_number_run(texts: Sequence[str]) -> set[int]:
    """Indices of lone page-number lines in text without page breaks, when the evidence is
    strong: the longest run of such lines counting up by one (7, 8, 9 …) through the text,
    each well below the one before, as far apart as pages (alike in length), holding at
    least three numbers. A lone "1", a list of numbers or numbered sections are left alone."""
    best: dict[int, list[int]] = {}  # last value of a run -> the run's line indices
    for index, text in enumerate(texts):
        value = page_number_value(text)
        if value is None:
            continue
        before = best.get(value - 1, [])
        follows = bool(before) and index - before[-1] >= RUN_MIN_LINES
        run = [*before, index] if follows else [index]
        if len(run) >= len(best.get(value, [])):
            best[value] = run
    longest = max(best.values(), key=len, default=[])
    if len(longest) < RUN_MIN_NUMBERS:
        return set()
    pages = [after - before for before, after in pairwise(longest)][:-1] or [RUN_MIN_LINES]
    return set(longest) if max(pages) <= RUN_SPREAD * min(pages) else set()
