"""Layouts of pairs32 read through plain text (segfix28), each rule both ways."""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.segment.point_fields import is_colon_field
from tests.textfilings import brief, outline


def test_short_field_paragraphs_under_a_point_are_no_headings() -> None:
    text = brief(
        "ARGUMENT",
        "I. The notice did not state the place of the defect.",
        "Issue Preservation: Preserved.",
        "Standard of Review: De Novo.",
        "II. The lane is not part of the improved portion of the highway.",
        "III. The injuries were not caused by the defect.",
        "CONCLUSION",
    )
    got = [(label, level) for label, _, level in outline(text, Role.OPPOSITION)]
    assert got == [("ARGUMENT", 0), ("I", 1), ("II", 1), ("III", 1), ("CONCLUSION", 0)]


def test_a_field_label_opens_a_field_only_with_its_colon_and_text() -> None:
    assert is_colon_field("Issue Preservation: Preserved.")
    assert is_colon_field("Standard of Review: De novo.")
    assert is_colon_field("Preservation of the Issue: Raised below (R. 12).")
    assert not is_colon_field("Issue Preservation")
    assert not is_colon_field("Standard of Review")
    assert not is_colon_field("The Standard of Review: A Question of Law")


def test_a_standard_of_review_alone_on_its_line_stays_a_heading() -> None:
    text = brief("ARGUMENT", "Standard of Review", "I. The claim fails.", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "Standard of Review" in got
