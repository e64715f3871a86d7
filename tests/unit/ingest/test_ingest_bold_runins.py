"""Markdown bold opening a row of a text copy ("**The citations.** All eleven …", or the
whole row, "**The Ordinance**"): its marks taken off, its length kept as the line's styled
lead (lawdiff.ingest.text_marks.bold_lead), so the run-in title or the row in bold reads
as a heading, and the same words without the marks stay text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lawdiff.core.model import Role, SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.ingest.text_marks import bold_lead, without_markdown
from lawdiff.segment import segment_filing


@pytest.mark.parametrize(
    ("row", "clean", "lead"),
    [
        (
            "**The citations.** All eleven were dismissed.",
            "The citations. All eleven were dismissed.",
            14,
        ),
        ("  **Timing.** The motion came late.", "  Timing. The motion came late.", 9),
        ("**BACKGROUND**", "BACKGROUND", 10),  # the whole row bold
        ("He said **no** twice.", "He said **no** twice.", 0),
        ("**UNION,** a nonprofit", "UNION, a nonprofit", 6),
    ],
)
def test_a_bold_run_opening_a_row_is_a_styled_lead(row: str, clean: str, lead: int) -> None:
    assert (without_markdown(row), bold_lead(row)) == (clean, lead)


FACTS = (
    "The County amended its sign code in March after a study of sight lines at rural "
    "intersections, and the amendments were published for comment for sixty days."
)


def opposition(tmp_path: Path, mark: str) -> list[tuple[str, int]]:
    text = "\n\n".join(
        [
            "INTRODUCTION",
            FACTS,
            "STATEMENT OF ADDITIONAL FACTS",
            f"{mark}The 2024 amendments.{mark} {FACTS}",
            f"{mark}The citations.{mark} All eleven citations were dismissed. {FACTS}",
            f"{mark}The timing of this motion.{mark} The Union waited a year. {FACTS}",
            "ARGUMENT",
            FACTS,
            "CONCLUSION",
            "The motion should be denied.",
        ]
    )
    path = tmp_path / "opposition.txt"
    path.write_text(text + "\n", encoding="utf-8")
    filing = load_filing(path, ocr=False)
    filing = replace(filing, meta=replace(filing.meta, role=Role.OPPOSITION))
    segments = segment_filing(filing).segments
    return [(s.heading, s.level) for s in segments if s.kind == SegmentKind.HEADING]


def test_bold_run_in_fact_headings_are_sub_headings(tmp_path: Path) -> None:
    assert opposition(tmp_path, "**") == [
        ("INTRODUCTION", 0),
        ("STATEMENT OF ADDITIONAL FACTS", 0),
        ("The 2024 amendments.", 1),
        ("The citations.", 1),
        ("The timing of this motion.", 1),
        ("ARGUMENT", 0),
        ("CONCLUSION", 0),
    ]


def test_the_same_sentences_without_bold_are_text(tmp_path: Path) -> None:
    headings = opposition(tmp_path, "")
    assert ("The citations.", 1) not in headings
    assert ("The timing of this motion.", 1) not in headings


def motion(tmp_path: Path, mark: str) -> list[tuple[str, int]]:
    m = mark
    text = "\n\n".join(
        [
            f"{m}BACKGROUND{m}",
            f"{m}The Ordinance{m}",
            FACTS,
            f"{m}ARGUMENT{m}",
            f"{m}The Union Is Likely to Succeed on the Merits{m}",
            FACTS,
            f"{m}The sign code is content based on its face.{m}",
            FACTS,
            f"{m}The ordinance cannot survive strict scrutiny.{m}",
            FACTS,
            f"{m}The Union Will Suffer Irreparable Harm Without an Injunction{m}",
            FACTS,
            f"{m}CONCLUSION{m}",
            "The motion should be granted.",
        ]
    )
    path = tmp_path / "motion.txt"
    path.write_text(text + "\n", encoding="utf-8")
    segments = segment_filing(load_filing(path, ocr=False)).segments
    return [(s.heading, s.level) for s in segments if s.kind == SegmentKind.HEADING]


def test_rows_wholly_in_bold_are_headings_at_their_places(tmp_path: Path) -> None:
    assert motion(tmp_path, "**") == [
        ("BACKGROUND", 0),
        ("The Ordinance", 1),
        ("ARGUMENT", 0),
        ("The Union Is Likely to Succeed on the Merits", 1),
        ("The sign code is content based on its face.", 2),
        ("The ordinance cannot survive strict scrutiny.", 2),
        ("The Union Will Suffer Irreparable Harm Without an Injunction", 1),
        ("CONCLUSION", 0),
    ]


def test_the_same_rows_without_bold_leave_the_sentences_as_text(tmp_path: Path) -> None:
    headings = [heading for heading, _ in motion(tmp_path, "")]
    assert "The sign code is content based on its face." not in headings
    assert "The ordinance cannot survive strict scrutiny." not in headings
