"""Layouts of the pairs18 tuning batch's court styles, in fictional briefs written for the test:
the questions a court granted review of, numbered in capitals under their own title (a CAAF
brief's ISSUES GRANTED), a lettered point opening with a rank ("A. 1SG Okafor questioned …"),
and a signature block printed with no signature line over the signer's bar number — each with
the text that must stay as it was."""

from __future__ import annotations

from lawdiff.segment.sentences import is_sentence_heading
from tests.textfilings import BODY, brief, outline

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


def wrapped72(*parts: str) -> str:
    """An e-mailed plain-text brief hard-wrapped at 72 columns: each part, then a paragraph."""
    return "\n\n".join(f"{part}\n\n{BODY}" for part in parts) + "\n"


def test_sections_in_sentence_case_beside_a_sentence_case_top_are_top_headings() -> None:
    text = wrapped72(
        "Preliminary statement",
        "The Tribunal's authority is not in dispute",
        "The privilege log complies with Procedural Order No. 1",
        "Requests 4 and 7 are overbroad, duplicative and disproportionate to the\n"
        "needs of the case",
        "Conclusion",
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("Preliminary statement", 0),
        ("The Tribunal's authority is not in dispute", 0),
        ("The privilege log complies with Procedural Order No. 1", 0),
        (
            "Requests 4 and 7 are overbroad, duplicative and disproportionate to the needs "
            "of the case",
            0,
        ),
        ("Conclusion", 0),
    ]


def test_one_short_line_beside_a_sentence_case_top_is_body_text() -> None:
    # one such line alone could be a stray short line: no sibling vouches for it
    text = wrapped72(
        "Preliminary statement", "The Tribunal's authority is not in dispute", "Conclusion"
    )
    assert [heading for _, heading, _ in outline(text)] == ["Preliminary statement", "Conclusion"]


def test_short_lines_beside_a_top_heading_in_capitals_are_left_to_other_rules() -> None:
    text = wrapped72(
        "PRELIMINARY STATEMENT",
        "The Tribunal's authority is not in dispute",
        "The privilege log complies with the order",
        "CONCLUSION",
    )
    assert next(heading for _, heading, _ in outline(text)) == "PRELIMINARY STATEMENT"
    assert "The Tribunal's authority is not in dispute" not in [
        heading for _, heading, level in outline(text) if level == 0
    ]


def test_a_sentence_of_names_with_a_verb_in_lower_case_opens_no_run_in_heading() -> None:
    text = brief("PARTIES") + (
        "\nAUTHORITIES PRINCIPALLY RELIED UPON\n\n"
        "AS 23.05.140(b) is set out in the Brief of Appellant. The appellee also relies on "
        "the release the parties signed in 2023, which the superior court quoted in full.\n\n"
        "STATEMENT OF JURISDICTION\n\n" + BODY + "\n"
    )
    assert [label for label, _, _ in outline(text)] == [
        "PARTIES",
        "AUTHORITIES PRINCIPALLY RELIED UPON",
        "STATEMENT OF JURISDICTION",
    ]


def test_a_run_in_title_in_title_case_still_opens_its_paragraph() -> None:
    text = brief("ARGUMENT") + (
        "\nThe Release Is Set Out in the Record. The appellee also relies on the release the "
        "parties signed in 2023, which the superior court quoted in full.\n\n"
        "The Bonus Was Not Earned by the Employee. The bonus was conditioned on employment "
        "through the last processing day, and the employee left before it.\n"
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "ARGUMENT",
        "The Release Is Set Out in the Record.",
        "The Bonus Was Not Earned by the Employee.",
    ]


LONG_OPENING = (
    "The Association acknowledges that its Declaration requires a vote of the unit owners "
    "before it sues the declarant, and that the Complaint, as it stands, does not allege one. "
    "The owners voted to authorize this action, and leave to amend should be granted."
)


def argued(*paragraphs: str) -> str:
    """A plain-text brief: ARGUMENT, each paragraph on its own line, then CONCLUSION."""
    return (
        "INTRODUCTION\n\n"
        + BODY
        + "\n\nARGUMENT\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nCONCLUSION\n\n"
        + BODY
        + "\n"
    )


def opened(point: str) -> str:
    """A paragraph of one line opening with ``point``."""
    return f"{point} {BODY.replace(chr(10), ' ')}"


def test_points_run_in_as_short_sentences_under_the_argument_are_its_subheadings() -> None:
    text = argued(
        opened("The Association has standing to sue for defects in the common elements."),
        LONG_OPENING,
        opened("The economic loss doctrine does not bar a claim for latent defects."),
        opened("The claims are timely."),
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("INTRODUCTION", 0),
        ("ARGUMENT", 0),
        ("The Association has standing to sue for defects in the common elements.", 1),
        ("The economic loss doctrine does not bar a claim for latent defects.", 1),
        ("The claims are timely.", 1),
        ("CONCLUSION", 0),
    ]


def test_short_opening_sentences_of_a_few_paragraphs_are_body_text() -> None:
    # two short openings among long ones, or an argument opening on a long sentence: prose
    text = argued(
        LONG_OPENING,
        opened("The claims are timely."),
        opened("The economic loss doctrine does not bar a claim for latent defects."),
        opened("The Association has standing to sue for defects in the common elements."),
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "INTRODUCTION",
        "ARGUMENT",
        "CONCLUSION",
    ]
    few = argued(
        opened("The claims are timely."),
        LONG_OPENING,
        LONG_OPENING,
        opened("The economic loss doctrine does not bar a claim for latent defects."),
    )
    assert [heading for _, heading, _ in outline(few)] == ["INTRODUCTION", "ARGUMENT", "CONCLUSION"]


def test_a_courts_discussion_or_a_transition_opens_no_run_in_point() -> None:
    points = (
        opened("The parties agree on much."),
        opened("The scope of the releases was essential here."),
        opened("Two remaining matters need only brief treatment."),
    )
    discussion = argued(*points).replace("ARGUMENT", "DISCUSSION")
    assert [heading for _, heading, _ in outline(discussion)] == [
        "INTRODUCTION",
        "DISCUSSION",
        "CONCLUSION",
    ]
    transitions = argued(
        opened("The parties agree on much."),
        opened("Finally, the movant asks for its fees."),
        opened("In short, the releases were never agreed."),
        opened("The scope of the releases was essential here."),
    )
    assert [heading for _, heading, _ in outline(transitions)] == [
        "INTRODUCTION",
        "ARGUMENT",
        "CONCLUSION",
    ]
