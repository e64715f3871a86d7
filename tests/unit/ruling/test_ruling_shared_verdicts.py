"""The thirty-sixth pass: a verdict sentence of an order section linked to several arguments of
a brief, that no argument wins clearly, is the verdict of the argument that names it most (as
much as any rival), when that argument has no reading of its own; it used to be no one's, and
the argument fell back to the motion's disposition.

A small order written for these rules; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

from dataclasses import replace

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.rulings import ArgumentRuling, DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.evidence import sentence_key
from lawdiff.ruling.matching import match_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.scope import foreign_sentences
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = replace(load_rulebook(), fallback_side="respondent")
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")

VERDICT = "Chirrup has not shown that the guaranty was revoked or is unsigned."
# one section for three points; the second paragraph rules on the guaranty, which two share
ORDER = [
    segment_info(10, "DISCUSSION", document=1),
    segment_info(
        11,
        text="Chirrup says the guaranty was revoked by its letter of March 2024. "
        "It also says the guaranty was never signed by an officer.",
        parent=10,
        document=1,
    ),
    segment_info(12, text=VERDICT, parent=10, document=1),
    segment_info(
        13,
        text="The arbitration clause reaches the warranty dispute. Chirrup is right about that.",
        parent=10,
        document=1,
    ),
]
REVOKED = segment_info(1, "The Guaranty Was Revoked", document=2)
UNSIGNED = segment_info(2, "The Guaranty Is Unsigned", document=2)
ARBITRATION = segment_info(3, "The Arbitration Clause Reaches the Warranty Dispute", document=2)
ARGUMENTS = [REVOKED, UNSIGNED, ARBITRATION]
LINKS = {a.id: [SegmentId(10)] for a in ARGUMENTS}


def _scoped() -> tuple[dict[SegmentId, set[str]], dict[SegmentId, set[str]]]:
    text = OrderText(DocumentId(1), ORDER, SentenceLocator([]))
    sentences = text.all_sentences()
    topics = match_arguments(sentences, ARGUMENTS, ignore=PARTIES.party_words)
    inside = {a: {s.id for s in ORDER} for a in LINKS}
    tied: dict[SegmentId, set[tuple[int, int, str]]] = {}
    found = foreign_sentences(
        ORDER, sentences, ARGUMENTS, inside, topics, ignore=list(PARTIES.party_words), tied=tied
    )
    texts = {sentence_key(s): s.text for s in sentences}
    return (
        {a: {texts[k] for k in keys} for a, keys in found.items()},
        {a: {texts[k] for k in keys} for a, keys in tied.items()},
    )


def _rulings(disposition: DispositionKind | None = None) -> dict[SegmentId, ArgumentRuling]:
    text = OrderText(DocumentId(1), ORDER, SentenceLocator([]))
    return {
        r.argument: r for r in rule_arguments(text, ARGUMENTS, LINKS, PARTIES, BOOK, disposition)
    }


def test_a_sentence_no_argument_wins_clearly_is_tied_for_the_one_that_leads_it() -> None:
    foreign, tied = _scoped()
    # "unsigned" is this sentence's alone, "revoked" the paragraph before shares: no clear win
    assert VERDICT in foreign[REVOKED.id] and VERDICT in foreign[UNSIGNED.id]
    assert tied == {UNSIGNED.id: {VERDICT}}  # not the one that names it less, nor the third


def test_the_shared_verdict_decides_the_argument_that_leads_it_and_has_none_of_its_own() -> None:
    rulings = _rulings(DispositionKind.GRANTED)  # the prior would say movant
    ruling = rulings[UNSIGNED.id]
    assert ruling.side is Side.RESPONDENT  # VERDICT: not the motion's grant
    assert [e.text for e in ruling.evidence] == [VERDICT]
    # the argument that names it less keeps no evidence from it
    assert VERDICT not in [e.text for e in rulings[REVOKED.id].evidence]


def test_an_argument_with_a_verdict_of_its_own_keeps_it() -> None:
    rulings = _rulings(DispositionKind.GRANTED)
    assert rulings[ARBITRATION.id].side is Side.MOVANT  # "Chirrup is right about that."
    assert VERDICT not in [e.text for e in rulings[ARBITRATION.id].evidence]
