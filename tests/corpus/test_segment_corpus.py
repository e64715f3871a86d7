"""Segmentation of real filings against tests/expected/segments_*.json."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.core.model import Filing
from lawdiff.evaluation.segments import SegmentScores, score_corpus

EXPECTED = Path(__file__).resolve().parents[1] / "expected"

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


@pytest.fixture(scope="module")
def scores(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]
) -> dict[str, SegmentScores]:
    return {s.name: s for s in score_corpus(corpus_dir, EXPECTED, load_corpus_filing)}


@pytest.mark.parametrize("name", ["monterey_sac", "harvey_amended_complaint"])
def test_complaint_paragraphs_and_counts(scores: dict[str, SegmentScores], name: str) -> None:
    score = scores[name]
    assert score.paragraphs is not None and score.counts is not None
    assert score.paragraphs.recall >= 0.95
    assert score.paragraphs.precision >= 0.95
    assert score.counts.recall >= 0.95


@pytest.mark.parametrize("name", ["marshall_mil_motion", "marshall_mil_opposition"])
def test_brief_outline(scores: dict[str, SegmentScores], name: str) -> None:
    score = scores[name]
    assert score.headings is not None
    assert score.headings.recall >= 0.95
    assert score.headings.precision >= 0.9


MORE = sorted(p.stem.removeprefix("segments_") for p in EXPECTED.glob("segments_more_*.json"))


@pytest.mark.parametrize("name", MORE)
def test_off_template_filings(scores: dict[str, SegmentScores], name: str) -> None:
    """The eleven filings of corpus/more: outlines and paragraphs as written in their
    expectations (cand 330639 misses A.4, printed on a page without a text layer)."""
    score = scores[name]
    for unit in (score.headings, score.paragraphs, score.counts):
        if unit is not None:
            assert unit.recall >= 0.95, (name, unit)
            assert unit.precision >= 0.95, (name, unit)
