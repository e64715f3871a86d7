"""Positioned characters -> words, exactly as pdfplumber's ``extract_words`` groups them.

The fast text path (:mod:`lawdiff.ingest.pdfium_pages`) reads characters with pypdfium2
and must hand the layout analysis the same words the pdfplumber path does, so this module
re-implements pdfplumber 0.11's ``WordExtractor`` with the settings we use (x and y
tolerance 3, words split where the font name or size changes, ligatures expanded) and its
``dedupe_chars`` over plain tuples. Pure functions, no PDF library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress, count, groupby, pairwise
from operator import gt, itemgetter, ne
from typing import NamedTuple

from lawdiff.ingest.layout import Word

X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
DEDUPE_TOLERANCE = 1.0
_new = tuple.__new__
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


_RUN = itemgetter(7, 5, 6, 9)  # upright, font, size, mark: what starts a new run
_LEFT, _RIGHT, _TOP, _BOTTOM = itemgetter(1), itemgetter(2), itemgetter(3), itemgetter(4)


def _lines(chars: list[Char]) -> Iterator[list[Char]]:
    """Chars of one font run grouped by ``top`` (tolerance 3), each line sorted by ``x0``."""
    tops = list(map(_TOP, chars))
    if len(set(tops)) == 1:  # one line (most runs)
        yield sorted(chars, key=_LEFT)
        return
    cluster = _clusters(tops, Y_TOLERANCE)
    keys = [cluster[top] for top in tops]
    if any(map(gt, keys, keys[1:])):  # lines interleave: sort by line, stream order kept
        order = sorted(range(len(chars)), key=keys.__getitem__)
        chars, keys = [chars[i] for i in order], [keys[i] for i in order]
    starts = [0, *compress(count(1), map(ne, keys, keys[1:])), len(keys)]
    for start, end in pairwise(starts):
        yield sorted(chars[start:end], key=_LEFT)


def _line_words(line: Sequence[Char]) -> Iterator[Word]:
    """A line's words: its characters cut at blanks and at gaps (pdfplumber's rule), each
    piece merged into a :class:`Word`."""
    word: list[Char] = []
    last_x0 = last_x1 = last_top = 0.0
    for char in line:
        if char[0].isspace():
            if word:
                yield _merge(word)
            word = []
            continue
        x0, x1, top = char[1], char[2], char[3]
        if word and (
            x0 < last_x0 or x0 > last_x1 + X_TOLERANCE or abs(top - last_top) > Y_TOLERANCE
        ):
            yield _merge(word)
            word = [char]
        else:
            word.append(char)
        last_x0, last_x1, last_top = x0, x1, top
    if word:
        yield _merge(word)


def _merge(chars: Sequence[Char]) -> Word:
    first = chars[0]
    text, x0, x1, top, bottom, font, size = first[:7]
    if len(chars) == 1:
        return _new(Word, (LIGATURES.get(text, text), x0, x1, top, bottom, font, size, first.mark))
    texts = [c[0] for c in chars]
    joined = "".join(texts)
    if not joined.isascii():
        joined = "".join([LIGATURES.get(t, t) for t in texts])
    return _new(
        Word,
        (
            joined,
            min(map(_LEFT, chars)),
            max(map(_RIGHT, chars)),
            min(map(_TOP, chars)),
            max(map(_BOTTOM, chars)),
            font,
            size,
            first.mark,
        ),
    )


def words_from_chars(chars: Sequence[Char]) -> list[Word]:
    """Upright words of a page, in pdfplumber's order.

    Characters are taken in content-stream order; every run of one font name and size is
    grouped into lines and words on its own, as ``extract_words(extra_attrs=["fontname",
    "size"])`` does; a change of revision mark (struck, inserted) also starts a run. Words
    of rotated text are left out (the layout ignores them).
    """
    words: list[Word] = []
    for (upright, *_), run in groupby(chars, key=_RUN):
        if not upright:
            continue
        for line in _lines(list(run)):
            words.extend(_line_words(line))
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
