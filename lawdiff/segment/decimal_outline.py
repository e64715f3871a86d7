"""A decimal outline that numbers a brief's own sections ("1. BACKGROUND", "3.1 …",
"3.1.1 …"): its depth is read from its numbers alone.

Such a brief may open with an unnumbered heading or title line before its first number (a
short INTRODUCTION, a MEMORANDUM OF POINTS AND AUTHORITIES line after the notice of motion);
"1." is still the outline's top level, not a point under that heading, as a roman "I." under
ARGUMENT is. The outline is read so when its "N." lines number a known section of a brief
(BACKGROUND, ARGUMENT, CONCLUSION) and a decimal sub-point "N.M" sits under one of them.

A brief typeset in LaTeX and converted to text numbers its sections by a bare integer, no
period ("1 Introduction", "4 Argument", then "4.1 …", "4.1.1 …"): such lines are the
outline's top level when they count 1, 2, 3 … in order, one of them names a known section and
a decimal sub-point "N.M" sits under one of them (a line opening with a stray number is none).
A Nigerian or Ghanaian brief of argument numbers its sections "1.0 INTRODUCTION", "4.0
ARGUMENT" and the paragraphs under them "4.1", "4.2": its "N.0" lines are read so too, and
"1.0" over a known section or a title in capitals opens the body
(:func:`opens_zero_sections`).

A European Patent Office appeal or reply numbers every paragraph in the same decimals as its
headings ("4.3 Inventive step (Article 56 EPC)", then "4.3.1 Closest prior art", then "4.3.1.1
D1 discloses …"): where many decimal lines open paragraphs of prose, a decimal line that is a
finished sentence ("9.1 Oral proceedings are requested …") is one of them too
(:func:`numbers_paragraphs`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawdiff.segment import patterns
from lawdiff.segment.sentences import first_sentence_end

_SUB_POINT = re.compile(r"^\s*(?P<top>\d{1,2})\.\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_TOP_POINT = re.compile(r"^\s*(?P<top>\d{1,2})\.\s+(?P<title>\S.*?)\s*$")
# "4 Argument": a bare integer, a title in title case or capitals, no period closing it, no
# page number after it (the table of contents' "4 Argument 3").
BARE_SECTION = re.compile(
    r"^\s*(?P<top>\d{1,2})(?:\.0)?\s+(?P<title>[A-Z][^.]{0,78}[^.\s])(?<!\s\d)(?<!\s\d\d)(?<!\s\d{3})\s*$"
)


# a decimal line: "4.3.1 …", its number and the text after it
_DECIMAL_LINE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?P<text>\S.*?)\s*$")
# Decimal lines numbering paragraphs: at least this many open one (a brief's decimal outline
# may hold a long sentence heading or two) …
MIN_DECIMAL_PARAGRAPHS = 5
# … and a paragraph's first line holds at least this many words and a second sentence.
DECIMAL_PARAGRAPH_WORDS = 12


def numbers_paragraphs(texts: Sequence[str]) -> bool:
    """True when the decimal lines among the body lines ``texts`` number paragraphs of prose,
    as its headings are (an EPO paper's "2.1 The patent concerns a recyclable film. Claim 1
    …"): at least :data:`MIN_DECIMAL_PARAGRAPHS` of them open a paragraph of two sentences
    or more, and they outnumber the decimal titles."""
    paragraphs = titles = 0
    for text in texts:
        match = _DECIMAL_LINE.match(text)
        if match is None:
            continue
        if _opens_paragraph(match["text"]):
            paragraphs += 1
        else:
            titles += 1
    return paragraphs >= MIN_DECIMAL_PARAGRAPHS and paragraphs > titles


def _opens_paragraph(text: str) -> bool:
    """True for a decimal line's text that opens a paragraph: long, more than one sentence."""
    return (
        len(patterns.WORD.findall(text)) >= DECIMAL_PARAGRAPH_WORDS
        and first_sentence_end(text) is not None
    )


_FIRST_ZERO_SECTION = re.compile(r"^\s*1\.0\s+(?P<title>\S.*?)\s*$")
_ZERO_SECTION = re.compile(r"^\s*\d{1,2}\.0\s")


def zero_sections(lines: Sequence[tuple[int, str]], sections: frozenset[int]) -> bool:
    """True when the brief's sections (``sections``, indices of ``lines``) are numbered
    "N.0": its "N.M" lines are then the numbered paragraphs of section N, not its points."""
    return any(_ZERO_SECTION.match(text) for index, text in lines if index in sections)


def opens_zero_sections(text: str) -> bool:
    """True for a brief's first section numbered "1.0" ("1.0 INTRODUCTION"): a known section
    or a title in capitals, where the body starts as at "1. INTRODUCTION"."""
    match = _FIRST_ZERO_SECTION.match(text)
    if match is None or BARE_SECTION.match(text) is None:
        return False
    title = match["title"]
    return title.upper() == title or bool(patterns.KNOWN_HEADING.match(title))


def numbers_own_sections(texts: Sequence[str]) -> bool:
    """True when the body lines ``texts`` hold a decimal outline whose "N." lines number the
    brief's own sections: one of them a known section heading, a "N.M" line under one."""
    tops: set[str] = set()
    known = False
    for text in texts:
        match = _TOP_POINT.match(text)
        if match is not None and len(match["title"]) <= 80:
            tops.add(match["top"])
            known = known or bool(patterns.KNOWN_HEADING.match(match["title"]))
    subs = {match["top"] for text in texts if (match := _SUB_POINT.match(text)) is not None}
    return known and bool(tops & subs)


def bare_sections(lines: Sequence[tuple[int, str]]) -> frozenset[int]:
    """The indices of the lines (``(index, text)`` of the body) that number the brief's
    sections by a bare integer ("1 Introduction" … "5 Conclusion"): from the first "1 …" on,
    counting 1, 2, 3 … in order, one a known section, a decimal "N.M" line under one of
    them; else none."""
    found = [(index, m) for index, text in lines if (m := BARE_SECTION.match(text)) is not None]
    first = next((at for at, (_, match) in enumerate(found) if match["top"] == "1"), len(found))
    found = found[first:]  # an address line above the first section ("4 Embarcadero Center")
    numbers = [int(match["top"]) for _, match in found]
    if not numbers or numbers != list(range(1, len(numbers) + 1)):
        return frozenset()
    if not any(patterns.KNOWN_HEADING.match(match["title"]) for _, match in found):
        return frozenset()
    subs = {match["top"] for _, text in lines if (match := _SUB_POINT.match(text)) is not None}
    if not subs & {match["top"] for _, match in found}:
        return frozenset()
    return frozenset(index for index, _ in found)
