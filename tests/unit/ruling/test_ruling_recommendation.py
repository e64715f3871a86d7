"""An order adopting or rejecting a magistrate judge's Report and Recommendation: the R&R
stands for the side it favoured (``recommendation_sides`` and ``read_sentence(recommended=)``)."""

from __future__ import annotations

from lawdiff.core.ids import SegmentId
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.evidence import read_sentence, recommendation_sides, sentence_key
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import Sentence

BOOK = load_rulebook()
PARTIES = party_names("Defendant Stratus LLC", "Plaintiff Chirrup, Inc.", "Chirrup v. Stratus")
AGREES = "The Court agrees with the R&R's conclusion and adopts it."


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text, SegmentId(1), 1, n) for n, text in enumerate(texts, 1)]


def _adopted_after(recommendation: str) -> Side | None:
    sentences = _sentences(recommendation, "Chirrup objects.", AGREES)
    sides = recommendation_sides(sentences)
    reading = read_sentence(
        sentences[-1], BOOK, PARTIES, recommended=sides.get(sentence_key(sentences[-1]))
    )
    return reading.side if reading else None


def test_agreeing_with_an_r_and_r_that_recommended_dismissal_is_for_the_movant() -> None:
    assert _adopted_after("Judge Lin recommended dismissal of the claim.") is Side.MOVANT


def test_agreeing_with_an_r_and_r_that_let_the_claim_survive_is_for_the_respondent() -> None:
    recommendation = "Judge Lin recommended that the claim survive."
    assert _adopted_after(recommendation) is Side.RESPONDENT


def test_the_latest_recommendation_counts_and_a_split_one_favours_no_side() -> None:
    sentences = _sentences(
        "Judge Lin recommended that the claim be dismissed.",
        "Judge Lin recommended that Chirrup be granted leave to amend.",
        "Judge Lin issued an R&R recommending that the motion be granted in part.",
        AGREES,
    )
    sides = recommendation_sides(sentences)
    assert [sides.get(sentence_key(s)) for s in sentences] == [
        Side.MOVANT,
        Side.RESPONDENT,
        None,
        None,
    ]


def test_without_a_recommendation_reported_the_r_and_r_stands_for_no_side() -> None:
    assert recommendation_sides(_sentences("Chirrup objects to the R&R.", AGREES)) == {}
