"""The twelfth pass: party names from the filings when the caption gives none or both briefs
the same role ("Memorandum in Opposition to Plaintiff's Motion" read as filed by Plaintiff), and
an intervenor's name from its motion's title. Fictional parties."""

from __future__ import annotations

import pytest

from lawdiff.core.rulings import Side
from lawdiff.ruling.parties import caption_in, party_names, title_movant

TWO_COLUMN = (
    "                UNITED STATES DISTRICT COURT\n\n"
    "MARGUERITE OLLIVANT                              CIVIL ACTION\n\n"
    "VERSUS                                           NO. 26-0001\n\n"
    'BAYOU LUMBER SUPPLY, INC.                        SECTION "B" (2)\n\n'
    "                       ORDER AND REASONS\n"
)


def test_a_caption_on_lines_of_its_own_is_read_from_the_left_column() -> None:
    assert caption_in(["no caption here", TWO_COLUMN]) == (
        "MARGUERITE OLLIVANT v. BAYOU LUMBER SUPPLY, INC."
    )
    assert caption_in(["ORDER\n\nThe motion is granted.\n"]) == ""


def test_both_briefs_as_plaintiff_make_the_opposition_the_other_side() -> None:
    caption = caption_in([TWO_COLUMN])
    parties = party_names("Plaintiff", "Plaintiff", caption)
    assert parties.names["bayou"] is Side.RESPONDENT
    assert parties.names["defendant"] is Side.RESPONDENT
    assert parties.names["ollivant"] is Side.MOVANT
    # the rule leaves two different parties alone
    both = party_names("Plaintiff Marguerite Ollivant", "Defendant Bayou Lumber", caption)
    assert both.names["bayou"] is Side.RESPONDENT


@pytest.mark.parametrize(
    ("title", "movant"),
    [
        (
            "MEMORANDUM IN SUPPORT OF CEDAR FLATS IRRIGATION DISTRICT'S MOTION TO INTERVENE",
            "CEDAR FLATS IRRIGATION DISTRICT",
        ),
        ("Larkspur Mining Co.'s Motion to Intervene", "Larkspur Mining Co."),
        ("MEMORANDUM IN SUPPORT OF PLAINTIFF'S MOTION TO REMAND", ""),
        ("DEFENDANTS' MOTION TO DISMISS", ""),
        ("MOTION TO DISMISS", ""),
    ],
)
def test_the_movant_a_motion_title_names(title: str, movant: str) -> None:
    assert title_movant(title) == movant


def test_an_intervenor_named_by_its_title_is_the_movant() -> None:
    name = title_movant("CEDAR FLATS IRRIGATION DISTRICT'S MOTION TO INTERVENE")
    parties = party_names(name, "Plaintiff Sagebrush Alliance", "Sagebrush Alliance v. Bureau")
    assert parties.names["cedar"] is Side.MOVANT
    assert parties.names["sagebrush alliance"] is Side.RESPONDENT


def test_a_name_printed_with_a_run_of_spaces_is_found_and_its_side_known() -> None:
    parties = party_names("Hensley Landscape Design", "Fairfax Homes")
    text = "Counsel for Hensley  Landscape\nDesign argued; Fairfax Homes did not."
    sides = [side for _, _, side in parties.mentions(text)]
    assert sides == [Side.MOVANT, Side.RESPONDENT]
