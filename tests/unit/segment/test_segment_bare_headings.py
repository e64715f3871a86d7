"""Bare sub-headings of plain text: sentence case, no closing punctuation, alone between blank
lines above a paragraph, under a point, with a sibling of the same shape (fictional briefs)."""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.segment.sentences import is_bare_heading
from tests.textfilings import headings


def outline(text: str) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in headings(text, Role.OPPOSITION)]


BODY = (
    "The jury heard that water came over the stern all afternoon, that the deck was never "
    "sanded, and that the captain knew of the condition before the plaintiff fell."
)
NEGLIGENCE = "Negligence: the causation standard was easily met"
VESSEL = "Unseaworthiness: the slick deck was a condition of the vessel"
WAIVER = "Defendant waived any objection to the rebuttal closing"


def brief(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_bare_sub_headings_under_capital_subheadings_of_the_argument() -> None:
    text = brief(
        "INTRODUCTION",
        BODY,
        "LAW AND ARGUMENT",
        "THE EVIDENCE SUPPORTS THE LIABILITY FINDINGS",
        BODY,
        NEGLIGENCE,
        BODY,
        VESSEL,
        BODY,
        "NO NEW TRIAL IS WARRANTED",
        BODY,
        WAIVER,
        BODY,
        "CONCLUSION",
        "The motion should be denied.",
    )
    assert outline(text) == [
        ("INTRODUCTION", 0),
        ("LAW AND ARGUMENT", 0),
        ("THE EVIDENCE SUPPORTS THE LIABILITY FINDINGS", 1),
        (NEGLIGENCE, 2),
        (VESSEL, 2),
        ("NO NEW TRIAL IS WARRANTED", 1),
        (WAIVER, 2),  # alone under its point: the filing's other bare headings vouch for it
        ("CONCLUSION", 0),
    ]


def test_bare_sub_headings_under_a_numbered_point() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE EVIDENCE SUPPORTS THE VERDICT",
        BODY,
        NEGLIGENCE,
        BODY,
        VESSEL,
        BODY,
        "II. NO NEW TRIAL IS WARRANTED",
        BODY,
    )
    assert outline(text) == [
        ("ARGUMENT", 0),
        ("THE EVIDENCE SUPPORTS THE VERDICT", 1),
        (NEGLIGENCE, 2),
        (VESSEL, 2),
        ("NO NEW TRIAL IS WARRANTED", 1),
    ]


def test_one_short_line_with_no_sibling_of_its_shape_is_body_text() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE EVIDENCE SUPPORTS THE VERDICT",
        BODY,
        NEGLIGENCE,
        BODY,
    )
    assert outline(text) == [("ARGUMENT", 0), ("THE EVIDENCE SUPPORTS THE VERDICT", 1)]


def test_short_lines_under_a_top_heading_or_without_body_below_are_body_text() -> None:
    under_top = brief("FACTS ESTABLISHED AT TRIAL", BODY, NEGLIGENCE, BODY, VESSEL, BODY)
    assert outline(under_top) == [("FACTS ESTABLISHED AT TRIAL", 0)]
    listed = brief(
        "ARGUMENT",
        "I. THE EVIDENCE SUPPORTS THE VERDICT",
        BODY,
        NEGLIGENCE,
        VESSEL,
        "Both were shown",
    )
    assert outline(listed) == [("ARGUMENT", 0), ("THE EVIDENCE SUPPORTS THE VERDICT", 1)]


LIABILITY = "The Evidence Supports the Liability Findings"
NEW_TRIAL = "No New Trial Is Warranted on Any Ground"


def test_bare_sub_headings_under_title_case_points_of_the_argument() -> None:
    # points printed in title case right under the umbrella, as a brief printing them in
    # capitals does: the bare lines under them are their sub-headings
    text = brief(
        "INTRODUCTION",
        BODY,
        "ARGUMENT",
        LIABILITY,
        BODY,
        NEGLIGENCE,
        BODY,
        VESSEL,
        BODY,
        NEW_TRIAL,
        BODY,
        "CONCLUSION",
        "The motion should be denied.",
    )
    assert outline(text) == [
        ("INTRODUCTION", 0),
        ("ARGUMENT", 0),
        (LIABILITY, 1),
        (NEGLIGENCE, 2),
        (VESSEL, 2),
        (NEW_TRIAL, 1),
        ("CONCLUSION", 0),
    ]


def test_bare_lines_under_a_title_case_section_outside_the_argument_are_body_text() -> None:
    # a title-case heading under a top heading that is no umbrella (a statement of facts)
    # gathers no bare sub-headings: its short lines may be a list's items
    text = brief(
        "STATEMENT OF FACTS",
        BODY,
        "The Events of the Afternoon Voyage",
        BODY,
        NEGLIGENCE,
        BODY,
        VESSEL,
        BODY,
        "ARGUMENT",
        LIABILITY,
        BODY,
    )
    assert (NEGLIGENCE, 2) not in outline(text)
    assert (VESSEL, 2) not in outline(text)


def test_a_wrapped_line_of_a_paragraph_is_no_bare_heading() -> None:
    text = (
        "ARGUMENT\n\nI. THE EVIDENCE SUPPORTS THE VERDICT\n\n"
        f"{BODY}\nNegligence was shown by the testimony of the deckhand\n"
        f"and the captain alike, {BODY}\n\n"
        f"{BODY}\nUnseaworthiness was shown by the photographs of the deck\n"
        f"and the logbook alike, {BODY}\n"
    )
    assert outline(text) == [("ARGUMENT", 0), ("THE EVIDENCE SUPPORTS THE VERDICT", 1)]


def test_the_shape_of_a_bare_heading() -> None:
    assert is_bare_heading(NEGLIGENCE)
    assert not is_bare_heading("THE EVIDENCE SUPPORTS THE VERDICT")  # capitals: another rule
    assert not is_bare_heading("The deck was wet.")  # closing punctuation
    assert not is_bare_heading("See Usner v. Luckenbach Overseas Corp")  # a citation
    assert not is_bare_heading("Respectfully submitted")  # too short
    assert not is_bare_heading("under the rule the court applies to every seaman")  # lower case
