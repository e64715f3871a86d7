"""Layouts of pairs32 read through plain text (segfix28), each rule both ways."""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.segment.decimal_outline import bare_sections
from lawdiff.segment.outline import OutlineTracker, reordered_levels
from lawdiff.segment.point_fields import is_colon_field
from tests.textfilings import BODY, brief, outline


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


def letter(*parts: str) -> str:
    """A letter brief to a magistrate judge: its address, salutation and first paragraph,
    then ``parts`` each with a paragraph below."""
    head = "VIA ECF\n\nThe Honorable Jane Roe\nUnited States Magistrate Judge\n\n"
    head += "Re: Doe v. Acme Corp., No. 5:25-cv-01234\n\nDear Judge Roe:\n\n" + BODY + "\n\n"
    return head + brief(*parts)


def test_a_letters_first_title_case_section_keeps_its_heading() -> None:
    text = letter(
        "Attestation of Meet and Confer", "Background", "Issue 1: Other Complaints (RFP 9)"
    )
    got = [(heading, level) for _, heading, level in outline(text)]
    assert got[:2] == [("Attestation of Meet and Confer", 0), ("Background", 0)]
    assert ("Other Complaints (RFP 9)", 0) in got


def test_a_filers_attestation_stays_out_of_the_body() -> None:
    text = brief("ARGUMENT", "I. THE CLAIM FAILS", "CONCLUSION") + "\nATTESTATION\n\n" + BODY
    got = [heading for _, heading, _ in outline(text)]
    assert "ATTESTATION" not in got


def test_a_paragraph_after_a_letters_salutation_stays_text() -> None:
    text = letter("Background", "Issue 1: Other Complaints (RFP 9)")
    got = [heading for _, heading, _ in outline(text)]
    assert got[0] == "Background"


def test_an_answer_takes_the_issues_in_its_own_order() -> None:
    text = letter(
        "Statement of the Case",
        "Issue 1: Other Complaints (RFP Nos. 9-11)",
        "Issue 5: The Relevant Period Should Begin in 2021",
        "Issues 2 and 3: The Audit Communications",
        "Issue 4: The Auditor's Identity",
    )
    got = [(label, level) for label, _, level in outline(text, Role.OPPOSITION)]
    assert got == [
        ("STATEMENT OF THE CASE", 0),
        ("Issue 1", 0),
        ("Issue 5", 0),
        ("Issues 2 and 3", 0),
        ("Issue 4", 0),
    ]


def test_an_issue_numbered_again_is_no_new_issue() -> None:
    tracker = OutlineTracker(frozenset({"issue"}))
    assert tracker.accept("Issue 1") == 1
    assert tracker.accept("Issue 5") == 1  # out of order: an answer's own order
    assert tracker.accept("Issues 2 and 3") == 1
    assert tracker.accept("Issue 3") is None  # printed again
    assert tracker.accept("Issues 5 and 6") is None  # 5 taken already
    assert tracker.accept("Issue 4") == 1


def test_a_level_is_out_of_order_only_when_its_numbers_are_all_there() -> None:
    assert reordered_levels(["Issue 1", "Issue 5", "Issues 2 and 3", "Issue 4"]) == {"issue"}
    assert reordered_levels(["Issue 1", "Issue 2", "Issue 3"]) == set()  # in order
    assert reordered_levels(["GROUND ONE", "GROUND THREE", "GROUND TWO", "GROUND FIVE"]) == set()
    assert reordered_levels(["POINT II", "POINT I", "POINT I"]) == set()  # one printed twice
    assert reordered_levels(["I.", "III.", "II."]) == set()  # no word enumerators


def test_sub_issues_lettered_after_their_number_are_sub_headings() -> None:
    text = letter(
        "Background",
        "Issue 1: Other Complaints (RFP Nos. 9-11)",
        "1(a) The complaints show what the franchisor knew",
        "1(B) PRODUCING THE TICKETS FROM ONE DATABASE IS PROPORTIONAL",
        "Issue 2: The Audit Communications",
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [
        ("BACKGROUND", 0),
        ("Issue 1", 0),
        ("Issue 1.1(a)", 1),
        ("Issue 1.1(B)", 1),
        ("Issue 2", 0),
    ]


def test_a_section_number_with_its_letter_in_a_sentence_stays_text() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE CLAIM FAILS",
        "12(b) Motions test the pleading alone, and this one fails on its face.",
        "CONCLUSION",
    )
    got = [label for label, _, _ in outline(text)]
    assert got == ["ARGUMENT", "I", "CONCLUSION"]


def test_a_wrapped_section_number_with_its_letter_opens_no_level() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE CLAIM FAILS",
        "II. Plaintiff Does Not Contest Dismissal of Her Section\n15(a) Claim for Lack of Standing",
        "CONCLUSION",
    )
    got = outline(text)
    assert [label for label, _, _ in got] == ["ARGUMENT", "I", "II", "CONCLUSION"]
    assert got[2][1].endswith("Her Section 15(a) Claim for Lack of Standing")


def test_roman_points_after_the_facts_run_to_the_conclusion_beside_them() -> None:
    text = brief(
        "PRELIMINARY STATEMENT",
        "COUNTERSTATEMENT OF FACTS",
        "I. THE BUYER PROPERLY TERMINATED THE AGREEMENT",
        "II. THE CONTRACT BARS LOST PROFITS",
        "CONCLUSION",
    )
    got = [(label, level) for label, _, level in outline(text, Role.OPPOSITION)]
    assert got == [
        ("PRELIMINARY STATEMENT", 0),
        ("COUNTERSTATEMENT OF FACTS", 0),
        ("I", 0),
        ("II", 0),
        ("CONCLUSION", 0),
    ]


def test_roman_sub_sections_of_the_facts_before_the_argument_stay_under_them() -> None:
    text = brief(
        "STATEMENT OF FACTS",
        "I. THE PARTIES",
        "II. THE CONTRACT",
        "ARGUMENT",
        "I. THE CLAIM FAILS",
        "CONCLUSION",
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got[:3] == [("STATEMENT OF FACTS", 0), ("I", 1), ("II", 1)]


LATEX = [
    "1 Introduction",
    "2 Background",
    "3 Argument",
    "3.1 The Claim Fails Under the Statute",
    "3.2 The Contract Claim Rests on a Void Covenant",
    "4 Conclusion",
]


def test_sections_numbered_by_bare_integers_over_decimals_are_top_headings() -> None:
    got = [(label, heading, level) for label, heading, level in outline(brief(*LATEX))]
    assert got == [
        ("1", "Introduction", 0),
        ("2", "Background", 0),
        ("3", "Argument", 0),
        ("3.1", "The Claim Fails Under the Statute", 1),
        ("3.2", "The Contract Claim Rests on a Void Covenant", 1),
        ("4", "Conclusion", 0),
    ]


def test_bare_integers_with_no_decimal_under_them_stay_text() -> None:
    got = [label for label, _, _ in outline(brief("1 Introduction", "2 Background", "ARGUMENT"))]
    assert got == ["ARGUMENT"]


def test_bare_integers_out_of_order_stay_text() -> None:
    parts = ["1 Introduction", "3 Argument", "3.1 The Claim Fails Under the Statute"]
    got = [heading for _, heading, _ in outline(brief(*parts))]
    assert "Introduction" not in got and "Argument" not in got


def test_a_table_of_contents_entry_is_no_bare_section() -> None:
    assert bare_sections([(0, "3 Argument 7"), (1, "3.1 The Claim Fails 7")]) == set()
    assert bare_sections([(0, "1 Introduction"), (1, "1.1 The Claim Fails")]) == {0}
    # an address line above the first section counts for nothing
    lines = [(0, "4 Embarcadero Center"), (1, "1 INTRODUCTION"), (2, "1.1 THE CLAIM FAILS")]
    assert bare_sections(lines) == {1}
