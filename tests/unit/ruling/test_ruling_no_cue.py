"""The twentieth pass: arguments that were decided by no cue (a fallback side) although the
order has a sentence about them in a generic form no cue recognised. Fictional parties and
sentences."""

from __future__ import annotations

import pytest

from lawdiff.core.ids import SegmentId
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.evidence import read_sentence
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.parts import part_dispositions
from lawdiff.ruling.sentences import Sentence

BOOK = load_rulebook()
# movant first, respondent second
PARTIES = party_names("Orchard Lane Creamery, LLC", "Bramble Yard Holdings, Ltd.")


def _side(text: str, speaker: Side | None = None) -> Side | None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES, speaker=speaker)
    return reading.side if reading else None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a point granted with no "that" after "correct" / "right"
        ("Bramble Yard is correct, and the amount is referred to a referee.", Side.RESPONDENT),
        ("On this point Orchard Lane is correct: the court decides the exemption.", Side.MOVANT),
        ("Bramble Yard is right on the notice question.", Side.RESPONDENT),
        ("Orchard Lane is therefore right as to the second factor.", Side.MOVANT),
        # granted only in part, or a hypothetical ending the sentence: no side from it
        ("Bramble Yard is right about the law in part.", None),
        ("The Court cannot decide the point by assuming Orchard Lane's version is right.", None),
        ("The court shall determine whether the notice is correct.", None),
    ],
)
def test_a_point_granted_without_that(text: str, side: Side | None) -> None:
    assert _side(text) is side


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # the court rejecting the reading of the party it last reported
        ("The Court does not share that reading.", Side.RESPONDENT, Side.MOVANT),
        ("The Court does not share that reading.", Side.MOVANT, Side.RESPONDENT),
        ("We cannot accept that premise.", Side.RESPONDENT, Side.MOVANT),
        ("The Court does not read the disclaimer so broadly.", Side.MOVANT, Side.RESPONDENT),
        # the same words agreeing, or no reading rejected: no side
        ("The Court shares that view.", Side.RESPONDENT, None),
        ("The Court can accept that reading for present purposes.", Side.RESPONDENT, None),
        ("The Court does not read the record to show a waiver.", Side.RESPONDENT, None),
    ],
)
def test_the_court_rejecting_a_reading(text: str, speaker: Side, side: Side | None) -> None:
    assert _side(text, speaker) is side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # failure and success in other words
        ("Bramble Yard's defense of the ruling is unconvincing.", Side.MOVANT),
        ("On this record Orchard Lane is unlikely to prevail on its claim.", Side.RESPONDENT),
        ("Orchard Lane is likely to prevail on its claim.", Side.MOVANT),
        ("Bramble Yard's objection on this score is sound.", Side.RESPONDENT),
        ("The reasoning of the report is sound.", None),
        # the finding the cue states refused a few words further back
        (
            "The court cannot say that Bramble Yard's reading is unlikely to prevail.",
            Side.RESPONDENT,
        ),
        ("The Court does not find that Orchard Lane has shown irreparable harm.", Side.RESPONDENT),
        ("The Court finds that Orchard Lane has shown irreparable harm.", Side.MOVANT),
        # a refusal in an earlier clause does not reach the cue
        (
            "Bramble Yard cannot say that the notice was late, and Orchard Lane has shown cause.",
            Side.MOVANT,
        ),
    ],
)
def test_failure_and_success_in_other_words(text: str, side: Side | None) -> None:
    assert _side(text) is side


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # "No." before a number is no sentence end; "Nos. 2 and 4" names two numbered parts
        ("Special Exception No. 3 is SUSTAINED.", [(3, Side.MOVANT)]),
        (
            "Special Exceptions Nos. 2 and 4 are OVERRULED.",
            [(2, Side.RESPONDENT), (4, Side.RESPONDENT)],
        ),
        ("Special Exception No. 6 is OVERRULED AS MOOT.", [(6, Side.NOT_REACHED)]),
        # a docket number in the subject names no part
        ("The motion (ECF No. 12) is GRANTED.", []),
    ],
)
def test_numbered_parts_disposed_of_as_the_subject(
    text: str, parts: list[tuple[int, Side]]
) -> None:
    found = part_dispositions([Sentence(text, SegmentId(1), 1, 1)])
    assert [(n, p.side) for p in found for n in sorted(p.numbers)] == parts
    assert all("except" in p.words for p in found)
