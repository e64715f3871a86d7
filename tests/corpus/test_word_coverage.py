"""No text lost: the words of each filing's pages, outside caption, tables and signature
blocks, are found again in its segments (headings, paragraphs, quotes and notes).

Both tables of the corpus README: the tuned-on filings and ``more/`` (off the template).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.core.model import Filing
from lawdiff.evaluation.words import word_coverage
from lawdiff.segment import segment_filing

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

MIN_SHARE = 0.97
CORPUS = Path(
    os.environ.get("LAWDIFF_CORPUS", Path(__file__).resolve().parents[2].parent / "shared/corpus")
)
FILES = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*.pdf")) or ["(no corpus)"]


@pytest.mark.parametrize("rel", FILES)
def test_segments_keep_the_words_of_the_pages(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing], rel: str
) -> None:
    filing = load_corpus_filing(corpus_dir / rel)
    coverage = word_coverage(filing, segment_filing(filing))
    assert coverage.share >= MIN_SHARE, (coverage.kept, coverage.words, coverage.lost)
