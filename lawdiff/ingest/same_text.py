"""Whether two filings hold the same text: the Word and PDF copies of one brief.

Their bytes differ, and so do their line breaks, margin numbers, running footers and ECF
stamps; their words in order do not. Two texts are compared by the sets of their
five-word runs (shingles) of lower-case words.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

from lawdiff.core.model import Page

H = TypeVar("H", bound=Hashable)
WORD = re.compile(r"[^\W\d_]+")
SHINGLE = 5
# Share of the smaller text's five-word runs found in the other: a copy in another format.
SAME_TEXT = 0.85
# Texts shorter than this many words are not compared (a cover sheet, an empty scan).
MIN_WORDS = 60


def shingles(pages: Iterable[Page]) -> frozenset[tuple[str, ...]]:
    """The five-word runs of the pages' words, lower-cased, numbers left out."""
    words = [w.lower() for page in pages for w in WORD.findall(page.text)]
    if len(words) < MIN_WORDS:
        return frozenset()
    return frozenset(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def text_overlap(a: frozenset[H], b: frozenset[H]) -> float:
    """Share of the smaller set's runs (or their hashes) found in the other (0.0 when
    either is empty)."""
    if not a or not b:
        return 0.0
    small, large = sorted((a, b), key=len)
    return len(small & large) / len(small)


def same_text(a: Sequence[Page], b: Sequence[Page]) -> bool:
    """Whether two filings are copies of one text (in different formats, most often)."""
    return text_overlap(shingles(a), shingles(b)) >= SAME_TEXT
