"""lawdiff.evaluation.claimfiles: cases, the keyword baseline, the leave-one-case-out fit, the
per-file table (fictional segments; the real filings are scored in tests/corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.classify import load_taxonomy
from lawdiff.core.model import SegmentDraft, SegmentKind, Span
from lawdiff.evaluation.claimfiles import (
    LabelledFile,
    case_of,
    fit_threshold,
    format_file_table,
    keyword_taxonomy,
    run_claim_eval,
    score_file,
    summed,
)
from lawdiff.evaluation.claims import ClaimScore

SPAN = Span(0, 1, 1, 1, 1, 1, 0, 1)
EXPECTED = Path(__file__).resolve().parents[2] / "expected"


@pytest.mark.parametrize(
    ("spec", "case"),
    [
        ({"file": "harvey-v-cnn/dkt37-1_amended_complaint.pdf"}, "harvey-v-cnn"),
        ({"file": "more/gov.uscourts.cand.313162.93.0.pdf"}, "gov.uscourts.cand.313162"),
        ({"file": "more/test4.pdf"}, "test4"),
        ({"file": "more/gov.uscourts.cand.306678.551.1.pdf", "case": "finjan"}, "finjan"),
    ],
)
def test_case_of(spec: dict[str, str], case: str) -> None:
    assert case_of(spec) == case


def _file(name: str, case: str, heading: str, text: str, labels: list[str]) -> LabelledFile:
    segments = (
        SegmentDraft(0, None, SegmentKind.HEADING, "I", heading, "", SPAN),
        SegmentDraft(1, 0, SegmentKind.PARAGRAPH, "", "", text, SPAN),
        SegmentDraft(2, 0, SegmentKind.PARAGRAPH, "", "", text, SPAN),
    )
    return LabelledFile(name, {"file": name, "sections": {"I": labels}}, "corpus", case, segments)


ARGUED = _file(
    "argued", "a", "Summary Judgment", "No genuine dispute of material fact remains.", ["procedure"]
)
# one weak cue ("contract") in each paragraph: keywords alone tag it, the classifier does not
MENTIONED = _file("mentioned", "b", "Background", "The contract was signed in May.", [])


def test_keyword_baseline_tags_every_matching_cue() -> None:
    taxonomy = load_taxonomy()
    assert score_file(MENTIONED, taxonomy).total == ClaimScore(0, 0, 0)
    assert score_file(MENTIONED, keyword_taxonomy(taxonomy)).total == ClaimScore(0, 1, 0)
    assert score_file(ARGUED, taxonomy).total == ClaimScore(1, 0, 0)


def test_fit_threshold_holds_each_case_out() -> None:
    taxonomy = load_taxonomy()
    fit = fit_threshold([ARGUED, MENTIONED], taxonomy, grid=(0.0, 0.5))
    # holding out "a", only "b" trains: 0.0 tags its weak cue (F1 0) and ties with 0.5 (F1 0),
    # so the lower wins; holding out "b", "a" trains and both thresholds hit: 0.0 wins again
    assert fit.chosen == {"a": 0.0, "b": 0.0}
    assert fit.held_out == ClaimScore(1, 1, 0)


def test_summed_and_table() -> None:
    assert summed([ClaimScore(1, 2, 3), ClaimScore(4, 5, 6)]) == ClaimScore(5, 7, 9)
    table = format_file_table(
        [ARGUED, MENTIONED],
        {"argued": ClaimScore(1, 0, 0), "mentioned": ClaimScore(0, 0, 0)},
        {"argued": ClaimScore(1, 0, 0), "mentioned": ClaimScore(0, 1, 0)},
    )
    lines = table.splitlines()
    assert lines[3].split() == [
        "corpus",
        "argued",
        "1",
        "1.00",
        "1.00",
        "1",
        "0",
        "0",
        "1.00",
        "1.00",
    ]
    assert lines[-1].split()[-7:] == ["1.00", "1.00", "1", "0", "0", "0.50", "1.00"]


def test_report_without_the_corpus_scores_the_sample_and_lists_what_it_skipped(
    tmp_path: Path, sample_dir: Path
) -> None:
    if not sample_dir.is_dir():
        pytest.skip("sample case not present")
    report = run_claim_eval(tmp_path, EXPECTED)
    rows = [line.split() for line in report.splitlines()]
    assert any(row[:2] == ["sample", "sample/01_complaint.pdf"] for row in rows)
    assert not any(row[:1] == ["real"] for row in rows)  # no real filing, no total for them
    assert "Threshold fitted" not in report  # nothing to hold out
    assert f"skipped harvey_amended_complaint: {tmp_path}" in report
