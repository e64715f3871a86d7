"""The bundled sample case, segmented from its PDFs and DOCX, against its gold file."""

from __future__ import annotations

from pathlib import Path

from lawdiff.evaluation.segments import sample_expectations, score_sample

EXPECTED = Path(__file__).resolve().parents[2] / "expected"


def test_sample_expectations_cover_every_document() -> None:
    names = [name for name, _ in sample_expectations(EXPECTED / "sample.json")]
    assert "sample/01_complaint.pdf" in names and "sample/03_opposition.pdf" in names


def test_every_sample_paragraph_count_and_heading_is_found() -> None:
    scores = score_sample(EXPECTED)
    assert len(scores) >= 5
    for score in scores:
        for unit in (score.paragraphs, score.counts, score.headings):
            if unit is not None:
                assert unit.recall == 1.0, (score.name, unit)
                assert unit.precision >= 0.9, (score.name, unit)
