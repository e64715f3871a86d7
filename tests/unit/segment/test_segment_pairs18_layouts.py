"""Layouts of the pairs18 tuning batch's court styles, in fictional briefs written for the test:
the questions a court granted review of, numbered in capitals under their own title (a CAAF
brief's ISSUES GRANTED), a lettered point opening with a rank ("A. 1SG Okafor questioned …"),
and a signature block printed with no signature line over the signer's bar number — each with
the text that must stay as it was."""

from __future__ import annotations

from lawdiff.segment.sentences import is_sentence_heading
from tests.textfilings import brief, outline

SIGNATURE = (
    "CONCLUSION\n\n"
    "Appellant respectfully requests that this Court set aside the findings.\n\n"
    "CAPT DELIA R. FONTAINE\n"
    "Appellate Defense Counsel\n"
    "Defense Appellate Division\n"
    "USCAAF Bar No. 30001\n\n"
    "CERTIFICATE OF COMPLIANCE WITH RULE 24(d)\n\n"
    "This brief complies with the type-volume limitation of Rule 24(c).\n"
)


def test_questions_granted_in_capitals_are_items_of_their_section() -> None:
    text = brief(
        "ISSUES GRANTED\n\n"
        "I. WHETHER THE MILITARY JUDGE ERRED IN DENYING THE MOTION TO SUPPRESS.\n\n"
        "II. WHETHER THE STATEMENTS WERE OBTAINED IN VIOLATION OF ARTICLE 31(b), UCMJ.",
        "STATEMENT OF THE CASE",
        "ARGUMENT",
        "I. THE MILITARY JUDGE ERRED IN DENYING THE MOTION TO SUPPRESS.",
        "II. THE STATEMENTS WERE OBTAINED IN VIOLATION OF ARTICLE 31(b), UCMJ.",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ISSUES GRANTED", 0),
        ("STATEMENT OF THE CASE", 0),
        ("ARGUMENT", 0),
        ("I", 1),
        ("II", 1),
    ]


def test_capital_points_that_argue_under_an_issues_title_stay_headings() -> None:
    # points stated, not questions put: under a title of issues they are still the outline
    text = brief(
        "ISSUES RAISED",
        "I. THE MILITARY JUDGE ERRED IN DENYING THE MOTION TO SUPPRESS",
        "II. THE STATEMENTS WERE OBTAINED IN VIOLATION OF ARTICLE 31",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ISSUES RAISED", 0),
        ("I", 1),
        ("II", 1),
    ]


def test_a_lettered_point_opening_with_a_rank_is_a_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE STATEMENTS WERE OBTAINED IN VIOLATION OF ARTICLE 31(b), UCMJ.",
        "A. 1SG Okafor questioned Appellant in an official capacity.",
        "B. Appellant was a suspect when he was questioned.",
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I", "I.A", "I.B"]


def test_a_sentence_opens_with_a_rank_as_with_a_capital_but_not_with_a_number() -> None:
    assert is_sentence_heading("1SG Okafor questioned Appellant in an official capacity.")
    assert not is_sentence_heading("1st Okafor questioned Appellant in an official capacity.")
    assert not is_sentence_heading("12 days passed before the notice was served.")


def test_a_signature_block_over_a_bar_number_holds_no_heading() -> None:
    text = brief("ARGUMENT", "I. THE MILITARY JUDGE ERRED.") + "\n" + SIGNATURE
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I", "CONCLUSION"]


def test_a_heading_right_over_a_bar_number_block_stays_a_heading() -> None:
    # a heading the body goes on with ends the lines a bar number's block may take
    text = brief("ARGUMENT", "I. THE MILITARY JUDGE ERRED.") + (
        "\nCONCLUSION\nCAPT DELIA R. FONTAINE\nUSCAAF Bar No. 30001\n"
    )
    assert "CONCLUSION" in [label for label, _, _ in outline(text)]
