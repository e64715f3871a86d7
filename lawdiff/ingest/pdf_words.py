"""Positioned characters -> words, exactly as pdfplumber's ``extract_words`` groups them.

The fast text path (:mod:`lawdiff.ingest.pdfium_pages`) reads characters with pypdfium2
and must hand the layout analysis the same words the pdfplumber path does, so this module
re-implements pdfplumber 0.11's ``WordExtractor`` with the settings we use (x and y
tolerance 3, words split where the font name or size changes, ligatures expanded) and its
``dedupe_chars`` over plain tuples. Pure functions, no PDF library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from typing import NamedTuple

from lawdiff.ingest.layout import Word

X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
DEDUPE_TOLERANCE = 1.0
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


class Char(NamedTuple):
    """One character of a page's text layer, in pdfplumber's coordinates.

    ``top`` grows downward from the top of the page; the box is the font's (size-high box
    sitting on the font's descent), not the glyph's ink, as pdfminer computes it. ``size``
    is the font size in points after the text matrix; ``font`` the PDF font name as
    written (a subset tag included). ``unmapped`` marks a glyph with no Unicode mapping
    (pdfminer prints such a glyph as ``(cid:N)``); ``mark`` is a revision mark of
    comparison markup (:mod:`lawdiff.ingest.redline`), which also reads ``colored``.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str
    size: float
    upright: bool = True
    unmapped: bool = False
    mark: str = ""
    colored: bool = False  # filled in a colour, not black or grey


def _clusters(values: Iterable[float], tolerance: float) -> dict[float, int]:
    """Cluster index of each distinct value: sorted values chained while ``<= tolerance``."""
    index: dict[float, int] = {}
    number = -1
    last: float | None = None
    for value in sorted(set(values)):
        if last is None or value > last + tolerance:
            number += 1
        index[value] = number
        last = value
    return index


def _lines(chars: list[Char]) -> Iterator[list[Char]]:
    """Chars of one font run grouped by ``top`` (tolerance 3), each line sorted by ``x0``."""
    cluster = _clusters((c.top for c in chars), Y_TOLERANCE)
    ordered = sorted(chars, key=lambda c: cluster[c.top])  # stable: stream order kept
    for _, line in groupby(ordered, key=lambda c: cluster[c.top]):
        yield sorted(line, key=lambda c: c.x0)


def _split(line: Sequence[Char]) -> Iterator[list[Char]]:
    """A line's characters cut into words at blanks and at gaps (pdfplumber's rule)."""
    word: list[Char] = []
    for char in line:
        if char.text.isspace():
            if word:
                yield word
            word = []
        elif word and (
            char.x0 < word[-1].x0
            or char.x0 > word[-1].x1 + X_TOLERANCE
            or abs(char.top - word[-1].top) > Y_TOLERANCE
        ):
            yield word
            word = [char]
        else:
            word.append(char)
    if word:
        yield word


def _merge(chars: Sequence[Char]) -> Word:
    first = chars[0]
    if len(chars) == 1:
        return Word(
            LIGATURES.get(first.text, first.text),
            first.x0, first.x1, first.top, first.bottom, first.font, first.size, first.mark,
        )  # fmt: skip
    return Word(
        "".join([LIGATURES.get(c.text, c.text) for c in chars]),
        min([c.x0 for c in chars]),
        max([c.x1 for c in chars]),
        min([c.top for c in chars]),
        max([c.bottom for c in chars]),
        first.font,
        first.size,
        first.mark,
    )


def words_from_chars(chars: Sequence[Char]) -> list[Word]:
    """Upright words of a page, in pdfplumber's order.

    Characters are taken in content-stream order; every run of one font name and size is
    grouped into lines and words on its own, as ``extract_words(extra_attrs=["fontname",
    "size"])`` does; a change of revision mark (struck, inserted) also starts a run. Words
    of rotated text are left out (the layout ignores them).
    """
    words: list[Word] = []
    for (upright, *_), run in groupby(chars, key=lambda c: (c.upright, c.font, c.size, c.mark)):
        if not upright:
            continue
        for line in _lines(list(run)):
            words.extend(_merge(word) for word in _split(line))
    return words


def _cluster_groups(chars: list[Char], key: Callable[[Char], float]) -> list[list[Char]]:
    """pdfplumber's ``cluster_objects``: groups of chars whose ``key`` chain within 1 point."""
    cluster = _clusters((key(c) for c in chars), DEDUPE_TOLERANCE)
    ordered = sorted(chars, key=lambda c: cluster[key(c)])
    return [list(group) for _, group in groupby(ordered, key=lambda c: cluster[key(c)])]


def dedupe_chars(chars: Sequence[Char]) -> list[Char]:
    """Drop overprinted duplicates: same text, font and size within 1 point (pdfplumber's
    ``dedupe_chars``), keeping the first of each and the original order."""
    position = {id(c): n for n, c in enumerate(chars)}
    kept: list[Char] = []
    keyed = sorted(chars, key=_dedupe_key)
    for _, same in groupby(keyed, key=_dedupe_key):
        for row in _cluster_groups(list(same), lambda c: c.top):
            for column in _cluster_groups(row, lambda c: c.x0):
                kept.append(min(column, key=lambda c: (c.top, c.x0)))
    return sorted(kept, key=lambda c: position[id(c)])


def _dedupe_key(char: Char) -> tuple[bool, str, str, float]:
    return (char.upright, char.text, char.font, char.size)
