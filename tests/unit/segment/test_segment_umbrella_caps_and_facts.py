"""Two plain-text rules (fictional briefs): unnumbered headings in capitals after an
umbrella heading (ARGUMENT AND AUTHORITIES …) nest under it until a known top heading
closes it; a numbered sentence of facts under a statement of facts is a paragraph."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Role
from tests.textfilings import headings


def outline(text: str) -> list[tuple[str, int]]:
    return [(s.label, s.level) for s in headings(text, Role.OPPOSITION)]


BODY = (
    "The movant bears the burden of showing that the new venue is clearly more convenient, "
    "and the Court weighs each factor on the record the parties have made."
)


@pytest.mark.parametrize(
    ("umbrella", "closer"),
    [
        ("ARGUMENT AND AUTHORITIES", "CONCLUSION"),
        ("ARGUMENT", "PRAYER"),
        ("LEGAL ARGUMENT", "CONCLUSION"),
        ("DISCUSSION", "CONCLUSION"),
        ("LAW AND ARGUMENT", "PRAYER FOR RELIEF"),
    ],
)
def test_capital_headings_after_an_umbrella_nest_until_a_top_heading(
    umbrella: str, closer: str
) -> None:
    text = (
        "INTRODUCTION\n\n"
        f"{BODY}\n\n"
        f"{umbrella}\n\n"
        "THE LOCAL INTEREST FAVORS THIS DIVISION\n\n"
        f"{BODY}\n\n"
        "THE WITNESSES LIVE NEAR THIS COURT\n\n"
        f"{BODY}\n\n"
        f"{closer}\n\n"
        "The Court should deny the motion.\n"
    )
    assert outline(text) == [
        ("INTRODUCTION", 0),
        (umbrella, 0),
        ("THE LOCAL INTEREST FAVORS THIS DIVISION", 1),
        ("THE WITNESSES LIVE NEAR THIS COURT", 1),
        (closer, 0),
    ]


def test_capital_headings_without_an_umbrella_stay_top_headings() -> None:
    text = (
        "INTRODUCTION\n\n"
        f"{BODY}\n\n"
        "THE LOCAL INTEREST FAVORS THIS DIVISION\n\n"
        f"{BODY}\n\n"
        "THE WITNESSES LIVE NEAR THIS COURT\n\n"
        f"{BODY}\n\n"
        "CONCLUSION\n\n"
        "The Court should deny the motion.\n"
    )
    assert [level for _, level in outline(text)] == [0, 0, 0, 0]


@pytest.mark.parametrize(
    ("facts", "numbered", "is_heading"),
    [
        (
            "STATEMENT OF UNDISPUTED MATERIAL FACTS",
            "1. On March 3, 2022, Alder Works and Brisk Haulage signed Purchase Order No. "
            'PO-22-0419 (the "Order"), a fixed-price order under Navy Contract '
            "N00024-22-C-0101. (Ex. 1.)",
            False,
        ),
        (
            "STATEMENT OF FACTS",
            "1. March 3, 2022 Is the Day Alder Works and Brisk Haulage Signed Purchase Order "
            "No. PO-22-0419 for Forty Trailers.",
            False,
        ),
        (
            "STATEMENT OF UNDISPUTED FACTS",
            "1. On April 9, 2022, Brisk Haulage Delivered Twelve Trailers to the Alder Works "
            "Plant in Dayton, Ohio. (Ex. 2 at 4.)",
            False,
        ),
        ("STATEMENT OF FACTS", "1. The Purchase Order", True),
        (
            "ARGUMENT",
            "1. On Remand the Court Should Weigh the Delivery Schedule Under Section Four of "
            "the Order.",
            True,
        ),
    ],
)
def test_a_numbered_sentence_of_facts_is_no_heading(
    facts: str, numbered: str, is_heading: bool
) -> None:
    text = (
        f"PRELIMINARY STATEMENT\n\n{BODY}\n\n{facts}\n\n{BODY}\n\n{numbered}\n\n{BODY}\n\n"
        "CONCLUSION\n\nDeny the motion.\n"
    )
    labels = [label for label, _ in outline(text)]
    assert ("1" in labels) == is_heading, labels
    assert [label for label in labels if label != "1"] == [
        "PRELIMINARY STATEMENT",
        facts,
        "CONCLUSION",
    ]
