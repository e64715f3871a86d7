"""Rulings in court forms where nobody is called "movant" (issue 15, thirty-second pass).

Short orders and sentences written for these rules: a Commonwealth court refuses an
application, or dismisses what is left of it "otherwise", finds a case "made out" or not,
or does not consider it necessary to decide a point; a form order checks a box; a reviewing
court discerns no error, or holds a point forfeited. Each is read both ways: in the
court's form and in the same words where they decide nothing, or decide another way.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText, ruling_sentences
from tests.decreekinds import decree_kinds
from tests.rulingbases import sentence_side
from tests.textfilings import segment_info

BOOK = load_rulebook()
CAPTION = "Tindall Coffee Pty Ltd v Bluegum Brew Systems Pty Ltd"
APPLICATION = "Respondents' Interlocutory Application for Summary Dismissal"
REASONS = "The pleading identifies each representation and when it was made. " * 6
# Chirrup moves (plaintiff), Stratus opposes (defendant)
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")


def _kinds(*decree: str) -> list[K]:
    """The dispositions found for the application in an order of reasons closed by ``decree``."""
    return decree_kinds(CAPTION, APPLICATION, ["JUDGMENT", REASONS, REASONS, *decree])


@pytest.mark.parametrize(
    ("decree", "expected"),
    [
        # an Irish or English judgment refuses the application
        (["9. For the reasons set out above, the application is refused."], [K.DENIED]),
        (["The application for summary dismissal is refused."], [K.DENIED]),
        # history, not a decree: an earlier application that was refused
        (["In 2024 an application for an adjournment was refused by the registrar."], []),
        # Australia's subjunctive orders: what is left of the application "otherwise dismissed"
        (
            [
                "THE COURT ORDERS THAT:",
                "1. Paragraphs 41 to 47 of the amended statement of claim be struck out.",
                "3. The respondents' interlocutory application filed 14 August 2026 be "
                "otherwise dismissed.",
            ],
            [K.GRANTED_IN_PART],
        ),
    ],
)
def test_commonwealth_decrees(decree: list[str], expected: list[K]) -> None:
    assert _kinds(*decree) == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a form order's boxes: the checked one rules
        ("[ ]  GRANTED      [X]  DENIED", Side.RESPONDENT),
        ("[X]  GRANTED      [ ]  DENIED", Side.MOVANT),
        ("[ ] GRANTED [ ] DENIED [X] GRANTED IN PART AND DENIED IN PART,", Side.MIXED),
        # a reviewing court finding no error
        ("We discern no error.", Side.RESPONDENT),
        ("We review that ruling for an abuse of discretion and discern none.", Side.RESPONDENT),
        # a point forfeited: the party named before loses it; none named, the movant
        ("The point is forfeited.", Side.RESPONDENT),
        ("Stratus forfeited any objection to the certificate by not raising it.", Side.MOVANT),
        # an application refused
        ("The application for summary dismissal is refused.", Side.RESPONDENT),
        # a Commonwealth court's verdict on a case: made out, or not
        ("This part of the application is not made out.", Side.RESPONDENT),
        ("Stratus's case is made out.", Side.RESPONDENT),
        ("Stratus's case is not made out.", Side.MOVANT),
        # a point left undecided in a Commonwealth judgment's words
        (
            "I do not consider it necessary to decide whether the representations were as to "
            "future matters.",
            Side.NOT_REACHED,
        ),
        ("It is not necessary for me to determine the limitation point.", Side.NOT_REACHED),
    ],
)
def test_verdicts_that_name_no_movant(text: str, side: Side) -> None:
    assert sentence_side(text) is side


def test_a_line_of_boxes_with_one_checked_rules_but_a_bare_heading_does_not() -> None:
    segments = [
        segment_info(1, "3. Waiver of objections"),
        segment_info(2, "[ ]  GRANTED      [X]  DENIED", parent=1),
        segment_info(3, "[ ]  GRANTED      [ ]  DENIED", parent=1),
    ]
    order = OrderText(DocumentId(1), segments, SentenceLocator([]))
    kept = ruling_sentences(order, order.all_sentences())
    assert [s.text.split() for s in kept] == [["[", "]", "GRANTED", "[X]", "DENIED"]]
