"""Paragraphs are whole on every PDF of the corpus (both README tables): page breaks,
footnotes between, block quotes, redaction gaps and deposition excerpts do not cut one.

Two signs of a cut, read from the segments alone:

* a body paragraph that stops mid-sentence (no closing punctuation) and the next body
  paragraph, in document order, opening in lower case;
* deposition lines ("Q. …", "A. …") each a segment of its own instead of one excerpt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path

import pytest

from lawdiff.core.model import Filing, SegmentDraft, SegmentKind
from lawdiff.segment import segment_filing

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

CORPUS = Path(
    os.environ.get("LAWDIFF_CORPUS", Path(__file__).resolve().parents[2].parent / "shared/corpus")
)
FILES = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*.pdf")) or ["(no corpus)"]

CLOSED = re.compile(
    r"""[.?!:;)\]"”’'—–-]\s*(?:\d{1,3})?\s*$"""
)  # a sentence's end, a note call after it
LOWER_START = re.compile(r"^[a-z]")
QA = re.compile(r"^\s*[QA][.:]\s")
BODY = (SegmentKind.PARAGRAPH, SegmentKind.QUOTE)


def body_sequence(segments: Sequence[SegmentDraft]) -> list[SegmentDraft]:
    """Paragraphs and quotes in document order (headings, counts and notes between them
    are passed over: a heading ends a paragraph, a note does not)."""
    return [s for s in segments if s.kind in BODY]


def cut_paragraphs(segments: Sequence[SegmentDraft]) -> list[tuple[int, str]]:
    """(page, end of the first piece) where a paragraph seems cut in two."""
    found = []
    ordered = sorted(segments, key=lambda s: s.span.start)
    for before, after in pairwise(ordered):
        if before.kind != SegmentKind.PARAGRAPH or after.kind != SegmentKind.PARAGRAPH:
            continue
        between = [
            s
            for s in ordered
            if before.span.start < s.span.start < after.span.start and s.kind in HEADS
        ]
        if between:
            continue
        if not CLOSED.search(before.text) and LOWER_START.match(after.text):
            found.append((after.span.start_page, before.text[-30:]))
    return found


HEADS = (SegmentKind.HEADING, SegmentKind.COUNT)


def split_depositions(segments: Sequence[SegmentDraft]) -> list[tuple[int, str]]:
    """(page, text) of deposition lines that are a segment of their own after another."""
    body = body_sequence(segments)
    return [
        (after.span.start_page, after.text[:30])
        for before, after in pairwise(body)
        if QA.match(before.text) and QA.match(after.text)
    ]


@pytest.mark.parametrize("rel", FILES)
def test_no_paragraph_is_cut_in_two(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing], rel: str
) -> None:
    segments = segment_filing(load_corpus_filing(corpus_dir / rel)).segments
    assert not cut_paragraphs(segments)


@pytest.mark.parametrize("rel", FILES)
def test_deposition_lines_stay_one_excerpt(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing], rel: str
) -> None:
    segments = segment_filing(load_corpus_filing(corpus_dir / rel)).segments
    assert not split_depositions(segments)
