"""The twenty-first pass: points an order leaves undecided in words the earlier cues missed.

"… without reaching the parties' arguments about …", "I do not have to decide whether …",
"the Court will not address …" (with the court as the subject) set aside the point they name,
and only that point. A small order written for these rules; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")


def _side(paragraphs: list[str], heading: str) -> Side:
    """The ruling on one motion heading against an order of paragraphs (no links: words only)."""
    order = [segment_info(10 + i, text=t, document=1) for i, t in enumerate(paragraphs)]
    argument = segment_info(1, heading, document=2)
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    (ruling,) = rule_arguments(text, [argument], {}, PARTIES, BOOK, DispositionKind.DENIED)
    return ruling.side


@pytest.mark.parametrize(
    "sentence",
    [
        "The tariff claim fails for want of notice, and the Court dismisses it without reaching "
        "the parties' arguments about the limitations clause.",
        "Having found no notice, I do not have to decide whether the limitations clause bars "
        "the claim.",
        "Because dismissal is required on this ground, the Court will not address Stratus's "
        "further argument that the limitations clause bars the claim.",
    ],
)
def test_a_point_left_undecided_in_other_words_is_not_reached(sentence: str) -> None:
    assert _side([sentence], "The Limitations Clause Bars the Claim") is Side.NOT_REACHED


@pytest.mark.parametrize(
    "sentence",
    [
        # the same words naming another point leave this one to its own cue
        "Chirrup has not shown that the tariff applied, and the Court dismisses the claim "
        "without reaching the limitations clause.",
        "Chirrup has not shown that the tariff applied, so I do not have to decide whether the "
        "limitations clause bars the claim.",
    ],
)
def test_the_ground_of_decision_is_still_decided(sentence: str) -> None:
    assert _side([sentence], "The Tariff Applied to Chirrup") is Side.RESPONDENT


def test_a_party_that_will_not_address_a_point_sets_nothing_aside() -> None:
    paragraph = (
        "Chirrup says it will not address the limitations clause in reply. Chirrup has not "
        "shown that the limitations clause is void."
    )
    assert _side([paragraph], "The Limitations Clause Is Void") is Side.RESPONDENT
