"""Layouts of the pairs14 tuning batch's court styles, in fictional briefs written for the test:
an arbitration pre-hearing brief whose roman sections are in sentence case, one of them over a
numbered list of issues, and sub-points whose only comma is a written-out date's — each with
the text that must stay body."""

from __future__ import annotations

from tests.textfilings import BODY, outline

ISSUES = (
    "1. Whether the employer owes the commission under the plan, and whether its forfeiture "
    "clause is enforceable.\n\n"
    "2. Whether the employer owes statutory penalties after the written demand.\n\n"
    "3. The claimant's damages, fees and costs.\n\n"
)


def sections(*parts: str) -> str:
    """A plain-text brief of the given parts, each followed by a paragraph of body text."""
    return "\n\n".join(f"{part}\n\n{BODY}" for part in parts) + "\n"


def test_the_section_after_a_numbered_list_of_issues_is_a_heading() -> None:
    text = (
        "I. Introduction\n\n"
        + BODY
        + "\n\nII. Issues to be decided\n\n"
        + ISSUES
        + sections(
            "III. Summary of anticipated evidence",
            "IV. Argument",
            "A. The commission was earned when the contract was booked",
            "V. Conclusion",
        )
    )
    assert [(label, heading) for label, heading, _ in outline(text)] == [
        ("I", "Introduction"),
        ("II", "Issues to be decided"),
        ("III", "Summary of anticipated evidence"),
        ("IV", "Argument"),
        ("IV.A", "The commission was earned when the contract was booked"),
        ("V", "Conclusion"),
    ]


def test_the_issues_of_a_list_stay_items() -> None:
    text = "I. Introduction\n\n" + BODY + "\n\nII. Issues to be decided\n\n" + ISSUES
    assert [heading for _, heading, _ in outline(text)] == [
        "Introduction",
        "Issues to be decided",
    ]


def test_an_item_numbered_after_a_numbered_issues_heading_stays_an_item() -> None:
    # "1. Issues presented" over "1." and "2.": the "2." item numbers after the heading's
    # own number, but an item of its style came before it
    text = (
        "1. Issues presented\n\n"
        "1. Whether the covenant not to compete is enforceable under the statute\n\n"
        "2. Whether the employer waived the covenant by its conduct\n\n" + BODY + "\n"
    )
    assert [heading for _, heading, _ in outline(text)] == ["Issues presented"]


def test_a_sub_point_whose_comma_is_a_dates_is_a_heading() -> None:
    text = sections(
        "I. ARGUMENT",
        "A. The order form was executed on December 18, 2024",
        "B. The forfeiture clause is unenforceable under the statute",
    )
    assert [label for label, _, _ in outline(text)] == ["I", "I.A", "I.B"]


def test_a_numbered_sentence_with_a_date_and_a_clause_comma_stays_body() -> None:
    sentence = (
        "A. The order form was executed on December 18, 2024, and Finance entered it the "
        "same day in the billing system."
    )
    text = sections("I. ARGUMENT") + "\n" + sentence + "\n\n" + BODY + "\n"
    assert [label for label, _, _ in outline(text)] == ["I"]
