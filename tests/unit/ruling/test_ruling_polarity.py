"""The forty-sixth pass: the learned polarity reader (:mod:`lawdiff.ruling.polarity`).

Features name the parties by their side, mark a negation's scope and the sentence's place; a
model fitted on a handful of sentences reads the side of a new one; only a ruling that followed
a fallback is replaced, and the replacement lists the features that carried it.
"""

from __future__ import annotations

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.rulings import ArgumentRuling, Side
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.polarity import (
    PolarityModel,
    experiment,
    fit_polarity,
    learned_rulings,
    sentence_features,
)
from lawdiff.ruling.sentences import Sentence, SentenceLocator
from lawdiff.ruling.units import OrderText

PARTIES = party_names("Defendant Buckeye Mutual", "Plaintiffs Kessler", "Kessler v. Buckeye Mutual")


def test_party_names_and_role_words_become_their_side() -> None:
    features = sentence_features("Buckeye has shown the appellee erred.", PARTIES)
    assert features[:2] == ["MOVING", "has"]
    assert "ANSWERING" in features


def test_a_negation_marks_the_words_of_its_clause_only() -> None:
    features = sentence_features("Nothing in the record suggests error, and we affirm.", PARTIES)
    assert "not_suggests" in features
    assert "affirm" in features
    assert "not_affirm" not in features


def test_the_place_in_the_section_is_a_feature() -> None:
    assert sentence_features("That is the end of the matter.", PARTIES, "last")[-1] == "@last"


def _ruling(argument: int, basis: str, side: Side = Side.MOVANT) -> ArgumentRuling:
    return ArgumentRuling(DocumentId(1), SegmentId(argument), (), side, 0.35, (), basis=basis)


def _model() -> PolarityModel:
    wins = ["Kessler has the better of this point.", "The Kesslers therefore prevail on it."]
    losses = ["Buckeye has the better of this point.", "Buckeye therefore prevails on it."]
    examples = [(sentence_features(t, PARTIES), False) for t in wins] + [
        (sentence_features(t, PARTIES), True) for t in losses
    ]
    return fit_polarity(examples * 5, margin=0.5, min_count=1)


def test_only_a_fallback_ruling_is_replaced_and_it_says_why() -> None:
    order = OrderText(DocumentId(1), [], SentenceLocator([]))
    said = Sentence("Kessler plainly has the better of it.", SegmentId(9), 2, 4)
    rulings = [_ruling(1, "fallback-default"), _ruling(2, "cue-strong")]
    candidates = {SegmentId(1): [said], SegmentId(2): [said]}
    with experiment(_model()) as run:
        found = learned_rulings(order, rulings, candidates, PARTIES)
    assert [r.side for r in found] == [Side.RESPONDENT, Side.MOVANT]
    assert found[0].basis == "learned"
    assert found[0].evidence[0].cue.startswith("learned: ")
    assert "ANSWERING" in found[0].evidence[0].cue
    assert found[1] is rulings[1]
    assert len(run.seen) == 1


def test_without_a_model_the_cue_rules_stand() -> None:
    order = OrderText(DocumentId(1), [], SentenceLocator([]))
    rulings = [_ruling(1, "fallback-default")]
    said = Sentence("Kessler plainly has the better of it.", SegmentId(9), 2, 4)
    with experiment(None):
        assert learned_rulings(order, rulings, {SegmentId(1): [said]}, PARTIES) == rulings
