"""A row of a text copy wholly in Markdown emphasis ("_The Notice Was Defective_", an
underlined or italic sub-heading as a converter writes it): its marks taken off and the row
marked as one in bold, so it reads as a heading; emphasis inside a sentence is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.ingest import load_filing
from lawdiff.ingest.text_marks import bold_lead, without_markdown
from lawdiff.segment import segment_filing


@pytest.mark.parametrize(
    ("row", "clean", "lead"),
    [
        ("_The Notice Was Defective_", "The Notice Was Defective", 24),
        ("*The Notice Was Defective*", "The Notice Was Defective", 24),
        ("  __Lost Profits__", "  Lost Profits", 14),
        ("_See_ Ex. 4 at _5_.", "_See_ Ex. 4 at _5_.", 0),  # two runs in a sentence
        ("* an item of a list *", "* an item of a list *", 0),
        ("____________________", "____________________", 0),  # a rule, not emphasis
    ],
)
def test_a_row_wholly_in_emphasis_is_a_styled_row(row: str, clean: str, lead: int) -> None:
    assert (without_markdown(row), bold_lead(row)) == (clean, lead)


FACTS = (
    "The buyer terminated the contract in May after the third tranche arrived late, and the "
    "seller invoiced the units it had delivered before the termination took effect."
)


def outline(tmp_path: Path, mark: str) -> list[tuple[str, int]]:
    text = "\n\n".join(
        [
            "ARGUMENT",
            "I. THE TERMINATION WAS WRONGFUL",
            FACTS,
            f"{mark}The notice did not identify a curable breach.{mark}",
            FACTS,
            f"{mark}The buyer waived the delivery dates.{mark}",
            FACTS,
            "II. THE SELLER IS OWED LOST PROFITS",
            FACTS,
            "CONCLUSION",
            "The award should be entered.",
        ]
    )
    path = tmp_path / "brief.txt"
    path.write_text(text + "\n", encoding="utf-8")
    segments = segment_filing(load_filing(path, ocr=False)).segments
    return [(s.heading, s.level) for s in segments if s.heading]


def test_underscored_sub_issues_are_headings_under_their_point(tmp_path: Path) -> None:
    assert outline(tmp_path, "_") == [
        ("ARGUMENT", 0),
        ("THE TERMINATION WAS WRONGFUL", 1),
        ("The notice did not identify a curable breach.", 2),
        ("The buyer waived the delivery dates.", 2),
        ("THE SELLER IS OWED LOST PROFITS", 1),
        ("CONCLUSION", 0),
    ]


def test_the_same_rows_without_marks_stay_text(tmp_path: Path) -> None:
    headings = [heading for heading, _ in outline(tmp_path, "")]
    assert "The notice did not identify a curable breach." not in headings
