"""The thirteenth pass: in an order section linked to several arguments of a brief, each
sentence is the evidence of the argument whose topic words it (or its paragraph, or the
sub-heading above it) shares most, and of none when no argument wins clearly.

A small order written for these rules; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

from dataclasses import replace

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import Side
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

# one "ANALYSIS" section for both points, a paragraph each; the verdict sentences name no topic
ORDER = [
    segment_info(10, "ANALYSIS", document=1),
    segment_info(
        11,
        text="Chirrup says the limitations period was tolled while the defect was concealed. "
        "Stratus has not shown otherwise.",
        parent=10,
        document=1,
    ),
    segment_info(
        12,
        text="Chirrup also calls the arbitration clause unconscionable. "
        "Chirrup has not shown that.",
        parent=10,
        document=1,
    ),
]
TOLLING = segment_info(1, "The Limitations Period Was Tolled", document=2)
ARBITRATION = segment_info(2, "The Arbitration Clause Is Unconscionable", document=2)
ANSWER = segment_info(3, "Chirrup Knew of the Defect", document=3)
BOTH = {TOLLING.id: [SegmentId(10)], ARBITRATION.id: [SegmentId(10)]}


def _foreign(
    arguments: list[SegmentInfo], links: dict[SegmentId, list[SegmentId]]
) -> dict[SegmentId, set[str]]:
    text = OrderText(DocumentId(1), ORDER, SentenceLocator([]))
    sentences = text.all_sentences()
    topics = match_arguments(sentences, arguments, ignore=PARTIES.party_words)
    inside = {
        a: {s.id for s in ORDER if s.id in found or s.parent in found} for a, found in links.items()
    }
    found = foreign_sentences(
        ORDER, sentences, arguments, inside, topics, ignore=list(PARTIES.party_words)
    )
    texts = {sentence_key(s): s.text for s in sentences}
    return {a: {texts[k] for k in keys} for a, keys in found.items()}


def test_each_sentence_of_a_shared_section_goes_to_the_argument_its_paragraph_is_about() -> None:
    foreign = _foreign([TOLLING, ARBITRATION], BOTH)
    assert "Chirrup has not shown that." in foreign[TOLLING.id]
    assert "Stratus has not shown otherwise." not in foreign[TOLLING.id]
    assert "Stratus has not shown otherwise." in foreign[ARBITRATION.id]
    assert "Chirrup has not shown that." not in foreign[ARBITRATION.id]
    assert "ANALYSIS" in foreign[TOLLING.id]  # the shared heading names neither: no one's


def test_a_section_answering_a_single_argument_keeps_its_whole_pool() -> None:
    assert _foreign([TOLLING, ARBITRATION], {TOLLING.id: [SegmentId(10)]}) == {}


def test_the_other_briefs_argument_is_no_rival() -> None:
    links = {TOLLING.id: [SegmentId(10)], ANSWER.id: [SegmentId(10)]}
    assert _foreign([TOLLING, ARBITRATION, ANSWER], links) == {}


def test_a_verdict_on_one_argument_of_a_shared_section_is_not_the_others_evidence() -> None:
    silent = [ORDER[0], replace(ORDER[1], text=ORDER[1].text.split(". ")[0] + "."), ORDER[2]]
    text = OrderText(DocumentId(1), silent, SentenceLocator([]))
    rulings = {
        r.argument: r
        for r in rule_arguments(text, [TOLLING, ARBITRATION], BOTH, PARTIES, BOOK, None)
    }
    assert rulings[ARBITRATION.id].side is Side.RESPONDENT  # "Chirrup has not shown that."
    # the tolling paragraph rules on nothing: the other paragraph's verdict is not its evidence
    assert rulings[TOLLING.id].evidence == ()


# sub-arguments of one heading, and a visitor answered in a section of its own
MERITS = segment_info(4, "The Claims Are Time-Barred", document=2)
DISCOVERY = segment_info(5, "Discovery Rule Does Not Apply", parent=4, document=2)
CONCEALMENT = segment_info(6, "No Fraudulent Concealment", parent=4, document=2)
SECTIONED = [
    segment_info(20, "A. Timeliness", document=1),
    segment_info(21, text="The claims are timely on this record.", parent=20, document=1),
    segment_info(22, "B. Arbitration", document=1),
    segment_info(23, text="The arbitration clause is unconscionable.", parent=22, document=1),
]


def _foreign_in(
    segments: list[SegmentInfo],
    arguments: list[SegmentInfo],
    links: dict[SegmentId, list[SegmentId]],
) -> dict[SegmentId, set[str]]:
    text = OrderText(DocumentId(1), segments, SentenceLocator([]))
    sentences = text.all_sentences()
    topics = match_arguments(sentences, arguments, ignore=PARTIES.party_words)
    inside = {
        a: {s.id for s in segments if s.id in found or s.parent in found}
        for a, found in links.items()
    }
    found = foreign_sentences(
        segments, sentences, arguments, inside, topics, ignore=list(PARTIES.party_words)
    )
    texts = {sentence_key(s): s.text for s in sentences}
    return {a: {texts[k] for k in keys} for a, keys in found.items()}


def test_a_sentence_no_sub_argument_wins_stays_with_the_sub_arguments_of_the_heading() -> None:
    arguments = [MERITS, DISCOVERY, CONCEALMENT]
    links = {a.id: [SegmentId(20)] for a in arguments}
    # "The claims are timely" is the heading's point, and so both sub-arguments'
    assert _foreign_in(SECTIONED, arguments, links) == {}
    apart = {DISCOVERY.id: [SegmentId(20)], CONCEALMENT.id: [SegmentId(20)]}
    foreign = _foreign_in(SECTIONED, arguments, apart)  # the heading not answered there
    assert "The claims are timely on this record." in foreign[DISCOVERY.id]


def test_an_argument_answered_in_a_section_of_its_own_is_no_rival_where_it_visits() -> None:
    arguments = [DISCOVERY, ARBITRATION]
    visiting = {DISCOVERY.id: [SegmentId(20)], ARBITRATION.id: [SegmentId(20), SegmentId(22)]}
    foreign = _foreign_in(SECTIONED, arguments, visiting)
    assert DISCOVERY.id not in foreign  # the timeliness section stays whole for its own
    # the visitor does not take the timeliness section's sentences
    assert "The claims are timely on this record." in foreign[ARBITRATION.id]
    # without a section of its own, Arbitration is a rival: the timeliness section is shared
    shared = {DISCOVERY.id: [SegmentId(20)], ARBITRATION.id: [SegmentId(20)]}
    assert DISCOVERY.id in _foreign_in(SECTIONED, arguments, shared)
