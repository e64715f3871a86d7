"""Small capitals a PDF-to-text export spaced apart, joined back into words.

A heading set in small capitals comes out of some PDF exports as each word's large first
capital, a space, then its small capitals, with two spaces between words: "I. T HE  V ERDICT
I S  A GAINST  THE  W EIGHT", "C ERTIFICATE  OF  S ERVICE" (short words set wholly in small
capitals, "THE", "OF", stay whole). The pattern is read only where it is unambiguous: a row
is letter-spaced when, after an optional enumerator, it is nothing but such words two spaces
apart and at least one of them is split, and a document is read so only when two of its rows
hold two split words each (one "A CLAIM" alone is a sentence's words, not a pattern). The
rows keep their place, so page:line keeps pointing into the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A word of capitals, perhaps with an apostrophe, hyphen or closing mark ("EMPLOYEES'", "CAP,").
_WORD = r"[A-Z](?:[A-Z'’\-]*[A-Z'’])?[,:;.]?"
# A word split after its first capital: "T HE", "E MPLOYEES'".
_SPLIT = r"[A-Z] [A-Z][A-Z'’\-]*[,:;.]?"
_GROUP = rf"(?:{_SPLIT}|{_WORD})"
_ENUMERATOR = r"(?:[IVXLC]+|[A-Z]|\d{1,3})\.\s"
# A pleading paper's line number printed in the margin may come first ("12    C ONCLUSION").
_ROW = re.compile(
    rf"^(?P<head>\s*(?:\d{{1,2}}\s+)?(?:{_ENUMERATOR})?)(?P<words>{_GROUP}(?: {{2,}}{_GROUP})*)\s*$"
)
_SPLIT_WORD = re.compile(rf"^{_SPLIT}$")
# A document is letter-spaced when this many rows hold two split words at least.
LETTER_SPACED_ROWS = 2


def _split_words(row: str) -> int:
    """How many split words ``row`` holds when it is a letter-spaced row, else 0."""
    match = _ROW.match(row)
    if match is None:
        return 0
    return sum(1 for word in re.split(r" {2,}", match["words"]) if _SPLIT_WORD.match(word))


def joined(row: str) -> str:
    """``row`` with its letter-spaced words joined ("T HE  V ERDICT" -> "THE VERDICT"), or
    ``row`` itself when it is not a letter-spaced row."""
    match = _ROW.match(row)
    if match is None or not _split_words(row):
        return row
    words = re.split(r" {2,}", match["words"])
    return match["head"] + " ".join(word.replace(" ", "") for word in words)


def is_letter_spaced(rows: Sequence[str]) -> bool:
    """True when a document (its ``rows``) prints its small capitals letter-spaced: two
    rows with two split words each."""
    return sum(_split_words(row) >= 2 for row in rows) >= LETTER_SPACED_ROWS


def letter_spaced(rows: Sequence[str], spaced: bool | None = None) -> list[str]:
    """``rows`` with each letter-spaced row joined when the document prints its small
    capitals so (``spaced``; by default judged on ``rows``), else ``rows`` unchanged."""
    if not (is_letter_spaced(rows) if spaced is None else spaced):
        return list(rows)
    return [joined(row) for row in rows]
