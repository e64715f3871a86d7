"""Scores of a segmentation against an expectation mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.evaluation.segments import evaluate_segments, format_segment_scores, score_corpus
from lawdiff.segment import segment_filing

TEXT = """ARGUMENT
I. The First Point.
Some words.
A. A Sub Point.
More words.
II. The Second Point.
Last words.
COUNT I
1. One.
2. Two.
3. Three."""


def filing(text: str = TEXT) -> Filing:
    return Filing(
        "x.txt", "0" * 64, "text", (Page(1, text, lines_of(text)),), FilingMeta(role=Role.OTHER)
    )


def test_scores_headings_with_their_ancestors() -> None:
    expected = {
        "headings": [
            {"label": "ARGUMENT", "parent": ""},
            {"label": "I", "parent": "ARGUMENT"},
            {"label": "I.A", "parent": "I"},
            {"label": "II", "parent": "BACKGROUND"},  # wrong parent: not matched
        ]
    }
    score = evaluate_segments(expected, segment_filing(filing())).headings
    assert score is not None
    assert (score.expected, score.matched) == (4, 3)
    assert score.found == 5  # ARGUMENT, I, I.A, II and the count
    assert score.recall == 0.75


def test_scores_paragraphs_and_counts() -> None:
    body = "\n".join(f"{n}. Allegation {n}." for n in range(1, 12))
    text = body.replace("6. Allegation 6.", "COUNT I\n6. Allegation 6.")
    expected = {
        "paragraphs": [[1, 12]],
        "counts": [{"label": "COUNT I", "paragraphs": [6, 11]}],
    }
    scores = evaluate_segments(expected, segment_filing(filing(text)))
    assert scores.paragraphs is not None and scores.counts is not None
    assert (scores.paragraphs.matched, scores.paragraphs.expected) == (11, 12)
    assert scores.paragraphs.precision == 1.0
    assert scores.counts.recall == 1.0
    table = format_segment_scores([scores])
    assert "paragraphs" in table and "0.917" in table


def test_score_corpus_with_a_loader(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("unused", encoding="utf-8")
    expected = {"file": "doc.txt", "headings": [{"label": "ARGUMENT", "parent": ""}]}
    (tmp_path / "segments_doc.json").write_text(json.dumps(expected), encoding="utf-8")
    [score] = score_corpus(tmp_path, tmp_path, loader=lambda path: filing())
    assert score.name == "doc" and score.headings is not None and score.headings.recall == 1.0


def test_bad_expectation_file_is_a_known_error(tmp_path: Path) -> None:
    (tmp_path / "segments_bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KnownError, match=r"segments_bad\.json"):
        score_corpus(tmp_path, tmp_path, loader=lambda path: filing())
