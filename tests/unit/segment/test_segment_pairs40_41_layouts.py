"""Layouts of pairs40/41 the segmenter misread, in fictional motions written for the test:
arabic sub-points run in as short sentences under a lettered point ("1. Weight of the
evidence. This factor …"), which a run of them made read as numbered paragraphs — each with
the text of the same look that must stay body text."""

from __future__ import annotations

from lawdiff.core.model import Role
from tests.textfilings import BODY, outline

LONG = " ".join(BODY.split())


def _motion(*subs: str) -> str:
    return "\n\n".join(
        (
            "I. INTRODUCTION",
            LONG,
            "II. ARGUMENT",
            "A. The Presumption Has Been Rebutted.",
            LONG,
            "B. The Statutory Factors Favor Release.",
            LONG,
            *subs,
            "C. Conditions Can Assure His Appearance.",
            LONG,
            "III. CONCLUSION",
            "The motion should be granted.",
        )
    )


def test_arabic_factors_run_in_under_a_lettered_point_are_headings() -> None:
    text = _motion(
        "1. Nature of the offense. " + LONG,
        "2. Weight of the evidence. " + LONG,
        "3. History and characteristics of the defendant. " + LONG,
    )
    found = outline(text)
    assert ("II.B.1", "Nature of the offense.", 2) in found  # under B, one level down
    headings = [heading for _, heading, _ in found]
    assert "Weight of the evidence." in headings
    assert "History and characteristics of the defendant." in headings
    assert "Conditions Can Assure His Appearance." in headings


def test_numbered_paragraphs_of_long_sentences_under_a_lettered_point_stay_text() -> None:
    text = _motion(
        "1. On March 3, 2024, agents searched the storage unit, which two other people could "
        "open, and found the package in a locked box. " + LONG,
        "2. On March 5, 2024, the defendant, through counsel, told the agents that he had "
        "never rented the unit. " + LONG,
        "3. On March 9, 2024, the government, having reviewed the lease, charged him by "
        "complaint. " + LONG,
    )
    headings = [heading for _, heading, _ in outline(text)]
    assert not any(heading.startswith("On March") for heading in headings)


def test_a_pdr_identity_of_judge_parties_and_counsel_is_a_heading_over_a_roster() -> None:
    text = "\n\n".join(
        (
            "IDENTITY OF JUDGE, PARTIES, AND COUNSEL",
            "Trial Judge: Hon. Ada Reyes, 99th District Court.",
            "Appellant: Sam Doe.",
            "Counsel for the State: Lee Roe, Assistant District Attorney.",
            "STATEMENT OF THE CASE",
            LONG,
            "ARGUMENT",
            LONG,
            "PRAYER FOR RELIEF",
            "Petitioner asks the Court to grant review.",
        )
    )
    headings = [heading for _, heading, _ in outline(text)]
    assert headings[0] == "IDENTITY OF JUDGE, PARTIES, AND COUNSEL"
    assert not any(heading.startswith(("Trial Judge", "Appellant")) for heading in headings)


def _issues(point: str, *subs: str) -> str:
    return "\n\n".join(
        (
            "I. INTRODUCTION",
            LONG,
            "II. ARGUMENT",
            point,
            LONG,
            *subs,
            "B. ISSUE NO. 2: The Second Claim Fails Because the Lease Was Never Signed.",
            LONG,
            "III. CONCLUSION",
            "The motion should be granted.",
        )
    )


def test_sentence_sub_points_under_an_issue_no_point_are_headings() -> None:
    text = _issues(
        "A. ISSUE NO. 1: The First Claim Fails Because the Notice Was Timely.",
        "1. The notice reached the landlord within thirty days, as the lease asks.",
        LONG,
        "2. The landlord has no evidence of a later notice.",
        LONG,
    )
    found = outline(text)
    first = "The notice reached the landlord within thirty days, as the lease asks."
    assert ("II.A.1", first, 2) in found
    assert ("II.A.2", "The landlord has no evidence of a later notice.", 2) in found


def test_numbered_questions_under_a_statement_of_the_issues_stay_a_list() -> None:
    text = "\n\n".join(
        (
            "STATEMENT OF THE ISSUES",
            "1. The notice reached the landlord within thirty days, as the lease asks.",
            "2. The landlord has no evidence of a later notice.",
            "ARGUMENT",
            LONG,
        )
    )
    headings = [heading for _, heading, _ in outline(text)]
    assert not any(heading.startswith("The ") for heading in headings)


def test_an_issue_heading_is_not_cut_at_an_abbreviation_in_its_parenthesis() -> None:
    title = (
        "ISSUE NO. 1: The First Cause of Action for Retaliation (Gov. Code, § 12940, subd. (h)) "
        "Fails Because the Transfer Was Not an Adverse Action."
    )
    text = _issues("A. " + title)
    assert ("II.A", title, 1) in outline(text)


CAPTION = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF IDAHO

UNITED STATES OF AMERICA,
                    Plaintiff,
                                             Case No. 1:26-cr-00001
     vs.
                                             RESPONSE IN OPPOSITION
JANE ROE,                                    TO MOTION TO REVOKE
                    Defendant.               DETENTION
                                             ORDER

The United States responds to the motion as follows.

"""


def test_the_last_word_of_a_caption_title_wrapped_alone_is_no_heading() -> None:
    text = CAPTION + "\n\n".join(("I. INTRODUCTION", LONG, "II. ARGUMENT", LONG))
    assert [heading for _, heading, _ in outline(text, Role.OPPOSITION)] == [
        "INTRODUCTION",
        "ARGUMENT",
    ]


def test_a_pdr_ground_for_review_takes_the_ground_restated_below_it() -> None:
    text = "\n\n".join(
        (
            "STATEMENT OF THE CASE",
            LONG,
            "ARGUMENT",
            "GROUND FOR REVIEW NUMBER ONE\nThe court of appeals erred in holding the stop lawful.",
            LONG,
            "GROUND FOR REVIEW NUMBER TWO\nThe court of appeals erred in refusing the instruction.",
            LONG,
            "PRAYER FOR RELIEF",
            "Petitioner asks the Court to grant review.",
        )
    )
    found = outline(text)
    first = "The court of appeals erred in holding the stop lawful."
    assert ("GROUND FOR REVIEW NUMBER ONE", first, 1) in found
    second = "The court of appeals erred in refusing the instruction."
    assert ("GROUND FOR REVIEW NUMBER TWO", second, 1) in found


def test_the_states_replies_to_grounds_taken_out_of_order_sit_under_its_umbrella() -> None:
    text = "\n\n".join(
        (
            "STATEMENT OF THE CASE",
            LONG,
            "REPLY TO REASONS FOR REVIEW",
            LONG,
            "REPLY TO GROUND FOR REVIEW NUMBER THREE\nThe State agrees that the court erred.",
            LONG,
            "REPLY TO GROUND FOR REVIEW NUMBER ONE\nThe stop was lawful.",
            LONG,
            "REPLY TO GROUND FOR REVIEW NUMBER TWO\nThe instruction was properly refused.",
            LONG,
            "PRAYER",
            "The State asks the Court to refuse review.",
        )
    )
    found = [(heading, level) for _, heading, level in outline(text, Role.OPPOSITION)]
    assert ("The State agrees that the court erred.", 1) in found
    assert ("The stop was lawful.", 1) in found
    assert ("The instruction was properly refused.", 1) in found


def test_relief_requested_and_grounds_for_the_motion_opens_the_body() -> None:
    text = "\n\n".join(
        (
            "Relief Requested and Grounds for the Motion",
            "The United States moves to dismiss the complaint for lack of jurisdiction. " + LONG,
            "Background",
            LONG,
            "Argument",
            LONG,
        )
    )
    headings = [heading for _, heading, _ in outline(text)]
    assert headings[0] == "Relief Requested and Grounds for the Motion"
