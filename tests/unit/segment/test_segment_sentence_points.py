"""Sentence points under the argument's umbrella in plain text: unnumbered, in sentence case,
each one sentence ending in a period, alone between blank lines above its paragraph, with a
sibling of the same shape; and the bankruptcy response's one-word umbrella RESPONSE
(fictional briefs)."""

from __future__ import annotations

from lawdiff.core.model import Role
from tests.textfilings import headings


def outline(text: str) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in headings(text, Role.OPPOSITION)]


def brief(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


BODY = (
    "A motion to quash must be made before the date set for compliance, and the movant here "
    "waited three weeks past that date without asking the Court for more time."
)
UNTIMELY = "The motion is untimely because it was filed after the time for compliance."
PRIVILEGE = "The privilege does not shield the workpapers, and the firm cannot assert it alone."
BURDEN = "The firm has not shown an undue burden."
INTRO = "The motion should be denied for three reasons."


def test_sentence_points_under_the_argument_are_headings() -> None:
    text = brief(
        "INTRODUCTION",
        BODY,
        "ARGUMENT",
        UNTIMELY,
        BODY,
        PRIVILEGE,
        BODY,
        BODY,
        BURDEN,
        BODY,
        "CONCLUSION",
        "The Court should deny the motion.",
    )
    assert outline(text) == [
        ("INTRODUCTION", 0),
        ("ARGUMENT", 0),
        (UNTIMELY, 1),
        (PRIVILEGE, 1),
        (BURDEN, 1),
        ("CONCLUSION", 0),
    ]


def test_one_sentence_paragraph_with_no_sibling_of_its_shape_is_body_text() -> None:
    text = brief("ARGUMENT", INTRO, BODY, BODY, "CONCLUSION", "The motion should be denied.")
    assert outline(text) == [("ARGUMENT", 0), ("CONCLUSION", 0)]


def test_one_sentence_paragraphs_outside_the_argument_are_body_text() -> None:
    text = brief("BACKGROUND", UNTIMELY, BODY, PRIVILEGE, BODY, "ARGUMENT", BODY)
    assert outline(text) == [("BACKGROUND", 0), ("ARGUMENT", 0)]


def test_one_sentence_lines_without_a_paragraph_below_are_body_text() -> None:
    listed = brief("ARGUMENT", BODY, UNTIMELY, PRIVILEGE, BURDEN)
    assert outline(listed) == [("ARGUMENT", 0)]


def test_a_one_word_response_in_capitals_is_the_umbrella_of_the_points() -> None:
    text = brief(
        "BACKGROUND",
        BODY,
        "RESPONSE",
        "A proof of claim filed under the rules is prima facie evidence of its validity.",
        "(1) THE CAP CALCULATION FOLLOWS THE STATUTE",
        BODY,
        "(2) NO DUTY TO MITIGATE BURDENS A COMMERCIAL LANDLORD",
        BODY,
    )
    assert outline(text) == [
        ("BACKGROUND", 0),
        ("RESPONSE", 0),
        ("THE CAP CALCULATION FOLLOWS THE STATUTE", 1),
        ("NO DUTY TO MITIGATE BURDENS A COMMERCIAL LANDLORD", 1),
    ]


def test_a_discovery_response_label_is_no_heading() -> None:
    text = brief(
        "ARGUMENT",
        "Interrogatory No. 4 asked for every communication with the broker.",
        "RESPONSE: Defendant objects to the interrogatory as overbroad.",
        BODY,
    )
    assert outline(text) == [("ARGUMENT", 0)]


def test_basis_for_objection_is_a_top_heading_not_a_part_of_the_relief_requested() -> None:
    text = brief(
        "Relief Requested",
        "The Debtors ask the Court to reduce the claim to the amount the statute allows.",
        "Basis for Objection",
        BODY,
        "A. The Rejection Damages Exceed the Statutory Cap",
        BODY,
    )
    assert outline(text) == [
        ("Relief Requested", 0),
        ("Basis for Objection", 0),
        ("The Rejection Damages Exceed the Statutory Cap", 1),
    ]


ROMAN_ONE = "I. The commission exemption applies to the installers."
ROMAN_TWO = "II. The installers forfeited any challenge to the order striking the declaration."
SUB_A = "A. The company is a retail establishment, and the sales records are undisputed."
SUB_B = "B. Payment by the square foot is a commission on the sale of the installation."
LONE_A = "A. The declaration was an untimely new opinion, not a supplement."


def test_a_lone_sentence_sub_point_is_vouched_for_by_its_cousins() -> None:
    text = brief(
        "ARGUMENT", ROMAN_ONE, BODY, SUB_A, BODY, SUB_B, BODY, ROMAN_TWO, BODY, LONE_A, BODY
    )
    assert [level for _, level in outline(text)] == [0, 1, 2, 2, 1, 2]
    assert outline(text)[-1] == (LONE_A[3:], 2)


def test_a_lone_sentence_sub_point_without_sentence_cousins_is_body_text() -> None:
    text = brief("ARGUMENT", ROMAN_ONE, BODY, BODY, ROMAN_TWO, BODY, LONE_A, BODY)
    assert [heading for heading, _ in outline(text)] == ["ARGUMENT", ROMAN_ONE[3:], ROMAN_TWO[4:]]


SUB_A_BARE = "A. The conversion count rests on possession facts the Court did not have"
SUB_B_BARE = "B. The statute governs carriers, and the defendant held itself out as a broker"


def test_an_unpunctuated_sub_point_with_a_comma_is_vouched_for_by_its_sibling() -> None:
    text = brief(
        "ARGUMENT", "I. THE CLAIMS WERE WARRANTED", BODY, SUB_A_BARE, BODY, SUB_B_BARE, BODY
    )
    assert outline(text)[-2:] == [(SUB_A_BARE[3:], 2), (SUB_B_BARE[3:], 2)]


def test_an_unpunctuated_sub_point_with_a_comma_and_no_sibling_is_body_text() -> None:
    text = brief(
        "ARGUMENT", "I. THE CLAIMS WERE WARRANTED", BODY, SUB_B_BARE.replace("B.", "A."), BODY
    )
    assert outline(text) == [("ARGUMENT", 0), ("THE CLAIMS WERE WARRANTED", 1)]


def test_a_conferral_section_in_capitals_before_the_introduction_is_a_top_heading() -> None:
    conferral = "CONFERRAL UNDER C.R.C.P. 121 § 1-15(8)"
    text = brief(
        "Defendant moves to dismiss the complaint under the anti-SLAPP statute.",
        conferral,
        "Counsel conferred with counsel for Plaintiff by email, and Plaintiff opposes the motion.",
        "INTRODUCTION",
        BODY,
    )
    assert outline(text) == [(conferral, 0), ("INTRODUCTION", 0)]
    lower = text.replace(conferral, "Conferral under the rule was had.")
    assert outline(lower) == [("INTRODUCTION", 0)]
