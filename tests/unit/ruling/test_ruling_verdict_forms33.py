"""The thirty-third pass: verdict forms the orders32/33 misses showed unread: an application
adjourned or a Redfern request reserved (deferred), a court declining to address a point or
deciding "without it being necessary to examine" it (not reached), a party's position
sustained, and "…, and they are right." at a sentence's end. Fictional parties."""

from __future__ import annotations

import pytest

from lawdiff.core.ids import SegmentId
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.dispositions import disposition_kinds
from lawdiff.ruling.evidence import read_sentence
from lawdiff.ruling.parties import PartyNames, party_names
from lawdiff.ruling.sentences import Sentence

BOOK = load_rulebook()
PARTIES = party_names("Claimant Odette Varnhagen", "Defendant Brightmoor Holdings")


def _side(text: str, parties: PartyNames = PARTIES) -> Side | None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, parties)
    return reading.side if reading else None


@pytest.mark.parametrize(
    "text",
    [
        "The application for security for costs is adjourned generally, with liberty to reapply.",
        "Tribunal's decision: Reserved.",
    ],
)
def test_a_request_adjourned_or_reserved_is_deferred(text: str) -> None:
    assert DispositionKind.DEFERRED in disposition_kinds(text, BOOK)


def test_a_hearing_adjourned_disposes_of_nothing() -> None:
    assert disposition_kinds("The hearing is adjourned to 3 March.", BOOK) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "We decline to address the exhaustion defense for the first time on appeal.",
        "On this record we decline to consider the relator's complaint about discovery.",
        "The contested decision is annulled, without it being necessary to examine the second "
        "and third pleas.",
    ],
)
def test_a_point_the_court_declines_to_take_up_is_not_reached(text: str) -> None:
    assert _side(text) is Side.NOT_REACHED


def test_a_partys_position_sustained_is_that_partys_win() -> None:
    text = "The defendant's position on this factor is sustained: the delay has not been excused."
    assert _side(text) is Side.RESPONDENT
    assert _side("Claimant's argument on notice is sustained.") is Side.MOVANT


def test_they_are_right_at_a_sentences_end() -> None:
    parties = party_names("Appellant Ruben Ostrander", "Appellees Calla Medeiros")
    text = "Medeiros answers that the point is not preserved, and she is right."
    assert _side(text, parties) is Side.RESPONDENT
    assert _side("To that extent Medeiros is correct.", parties) is Side.RESPONDENT
    # a party's version, not the party: no ruling
    text = "The Court cannot resolve the dispute by assuming Medeiros's version is right."
    assert _side(text, parties) is None
