"""Word coverage: how much of a filing's text its segments keep.

Every word of the cleaned pages, outside the caption, the tables (contents, authorities) and
the signature blocks and certificates, should be found again in the text of some segment
(body, heading, quote or footnote). A word counts as many times as it occurs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lawdiff.core.model import Filing, Segmentation
from lawdiff.core.text import DocumentText
from lawdiff.segment.lines import TextLine, text_lines
from lawdiff.segment.regions import caption_end, find_regions

WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class WordCoverage:
    """Words of the pages (outside caption, tables and signatures) and how many segments keep."""

    words: int
    kept: int
    lost: tuple[str, ...]  # the most frequent lost words, for a look

    @property
    def share(self) -> float:
        """Kept words over words (1.0 for a filing with none)."""
        return self.kept / self.words if self.words else 1.0


def word_coverage(filing: Filing, segmentation: Segmentation) -> WordCoverage:
    """Compare the words of a filing's pages with the words of its segments."""
    lines = text_lines(DocumentText(filing.pages))
    regions = find_regions(lines)
    excluded = set(range(_caption_end(lines, regions.body_start))) | set(regions.skipped)
    page_words: Counter[str] = Counter()
    for line in lines:
        if line.index not in excluded:
            page_words.update(w.lower() for w in WORD.findall(line.text))
    kept_words: Counter[str] = Counter()
    for segment in segmentation.segments:
        words = WORD.findall(f"{segment.label} {segment.heading} {segment.text}")
        kept_words.update(w.lower() for w in words)
    kept = sum((page_words & kept_words).values())
    lost = page_words - kept_words
    return WordCoverage(sum(page_words.values()), kept, tuple(w for w, _ in lost.most_common(12)))


def _caption_end(lines: list[TextLine], body_start: int) -> int:
    """Where the caption ends: after its last party mark or hearing line; where none is
    found, the end of the first page with text (or the body start, if that comes first)."""
    end, _ = caption_end(lines)
    if end < len(lines):
        return end
    first_page = next((line.page_index for line in lines if not line.blank), 0)
    after = next((line.index for line in lines if line.page_index > first_page), len(lines))
    return min(after, body_start)
