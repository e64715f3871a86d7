"""Paragraphs numbered 1, 2, 3 … in one run through a brief's body, under its headings: a
memorial's or a set of submissions' numbered paragraphs ("1. This Memorial is submitted …"
under "CHAPTER I — INTRODUCTION", "12. Even if there were a breach …" under "(3) No loss has
been shown"). Their numbers are no outline: "1." under the first chapter opens no level, and
a heading over such a paragraph stands above body text."""

from __future__ import annotations

from collections.abc import Iterable

from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine, is_upper_text

# A run of numbered paragraphs through the body is at least this long (an outline's "1." to
# "3." under each point never reaches it).
MIN_RUN = 10
# A numbered paragraph's first line holds at least this many words (a title is shorter).
PARAGRAPH_MIN_WORDS = 8
# A shorter one leading in to a list holds at least this many ("2. The appeal raises issues:").
LEAD_IN_MIN_WORDS = 4


def numbered_paragraph_run(lines: Iterable[TextLine]) -> frozenset[int]:
    """Indexes of the lines opening paragraphs numbered one after the other from 1 in
    ``lines`` (the body), when there are at least :data:`MIN_RUN` of them. Each opens a
    paragraph of prose on its line (see :func:`_opens_paragraph`): a numbered title ("1.
    INTRODUCTION", '2. “cold plate” (claims 1, 9, 14)') is a heading, not one of them."""
    found: list[int] = []
    for line in lines:
        match = patterns.PARAGRAPH_START.match(line.text)
        if match is None or int(match.group("num")) != len(found) + 1:
            continue
        rest = match.group("rest") or ""
        if not _opens_paragraph(rest) and not (len(found) >= MIN_RUN and _short_sentence(rest)):
            continue
        found.append(line.index)
    return frozenset(found) if len(found) >= MIN_RUN else frozenset()


def _opens_paragraph(text: str) -> bool:
    """True when ``text`` (a numbered line after its number) opens a paragraph of prose: at
    least :data:`PARAGRAPH_MIN_WORDS` words, or a shorter sentence leading in to a list ("2.
    The appeal raises three issues:", "15. The appellant seeks the following orders:"), not
    in capitals."""
    if is_upper_text(text):
        return False
    return len(patterns.WORD.findall(text)) >= PARAGRAPH_MIN_WORDS or _leads_in(text)


def _leads_in(text: str) -> bool:
    """True for a short sentence in lower case after its first word that ends in a colon: a
    lead-in to a list, never a title ("Background:" or "Relief Sought:" are titles)."""
    words = text.rstrip().removesuffix(":").split()
    if not text.rstrip().endswith(":") or len(words) < LEAD_IN_MIN_WORDS:
        return False
    return all(word[:1].islower() or not word[:1].isalpha() for word in words[1:])


def _short_sentence(text: str) -> bool:
    """True for a short sentence of prose: at least :data:`LEAD_IN_MIN_WORDS` words, ending
    with a period, every word after the first in lower case or no word ("The fourth ground
    has two parts.")."""
    words = text.rstrip().removesuffix(".").split()
    if not text.rstrip().endswith(".") or len(words) < LEAD_IN_MIN_WORDS:
        return False
    return all(word[:1].islower() or not word[:1].isalpha() for word in words[1:])
