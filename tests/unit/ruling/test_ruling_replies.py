"""The fortieth pass: the court's short reply to a party's position it has just reported ("I
do not accept it.", "We are not persuaded.", "That request is reasonable.") carries no cue, but
its place says whose position it answers and its polarity which side won. An argument with no
cue-read sentence of its own used to fall back to the motion's disposition.

A small order written for these rules; Harbourline moves to strike, Kestrel opposes.
"""

from __future__ import annotations

from dataclasses import replace

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.rulings import ArgumentRuling, DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.replies import reply_readings
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
PARTIES = party_names(
    "Defendant Harbourline Marine Services Inc.",
    "Plaintiff Kestrel Bay Ltd.",
    "Kestrel v. Harbourline",
)
REJECTED = "I do not accept it."
NOT_PERSUADED = "We are not persuaded."
REASONABLE = "That request is reasonable."
ORDER = [
    segment_info(10, "Duty of Care", document=1),
    segment_info(
        11,
        text="Harbourline's first submission is that two commercial parties dealing at arm's "
        f"length owe each other no duty of care. {REJECTED} The engineer gave the storm rating "
        "in writing, knowing the pens would be built on it.",
        parent=10,
        document=1,
    ),
    segment_info(20, "Entire Agreement Clause", document=1),
    segment_info(
        21,
        text="Kestrel contends that clause 14.2 does not reach a statement made before signing.",
        parent=20,
        document=1,
    ),
    segment_info(
        22,
        text=f"{NOT_PERSUADED} The clause speaks of every prior statement.",
        parent=20,
        document=1,
    ),
    segment_info(30, "Last Amendment", document=1),
    segment_info(
        31,
        text="Harbourline asks that any further pleading be Kestrel's last amendment. "
        f"{REASONABLE}",
        parent=30,
        document=1,
    ),
    segment_info(40, "Costs", document=1),
    segment_info(
        41,
        text="The costs of the application follow the event. That is enough.",
        parent=40,
        document=1,
    ),
]
DUTY = segment_info(1, "No Duty of Care Arises Between Commercial Parties", document=2)
CLAUSE = segment_info(2, "Clause 14.2 Bars the Claim", document=2)
LAST = segment_info(3, "Any Amendment Should Be the Last", document=2)
COSTS = segment_info(4, "Costs Should Follow the Event", document=2)
ARGUMENTS = [DUTY, CLAUSE, LAST, COSTS]
LINKS = {
    DUTY.id: [SegmentId(10)],
    CLAUSE.id: [SegmentId(20)],
    LAST.id: [SegmentId(30)],
    COSTS.id: [SegmentId(40)],
}


def _order() -> OrderText:
    return OrderText(DocumentId(1), ORDER, SentenceLocator([]))


def _rulings(disposition: DispositionKind | None) -> dict[SegmentId, ArgumentRuling]:
    book = replace(BOOK, fallback_side="movant")
    return {
        r.argument: r
        for r in rule_arguments(_order(), ARGUMENTS, LINKS, PARTIES, book, disposition)
    }


def test_a_reply_takes_its_side_from_the_position_it_answers() -> None:
    found = reply_readings(_order().all_sentences(), PARTIES, BOOK)
    replies = {key[2]: r.reading.side for key, r in found.items()}
    assert replies == {
        REJECTED: Side.RESPONDENT,  # against Harbourline, the movant, whose submission it was
        NOT_PERSUADED: Side.MOVANT,  # against Kestrel, in the paragraph before
        REASONABLE: Side.MOVANT,  # Harbourline's request accepted
    }  # "That is enough." answers no reported position


def test_a_rejection_decides_the_argument_against_the_fallback() -> None:
    ruling = _rulings(DispositionKind.GRANTED_IN_PART)[DUTY.id]  # the fallback: movant
    assert ruling.side is Side.RESPONDENT
    assert [e.text for e in ruling.evidence] == [REJECTED]


def test_a_rejection_of_the_respondent_and_an_acceptance_decide_for_the_movant() -> None:
    rulings = _rulings(None)
    assert rulings[CLAUSE.id].side is Side.MOVANT
    assert [e.text for e in rulings[CLAUSE.id].evidence] == [NOT_PERSUADED]
    assert [e.text for e in rulings[LAST.id].evidence] == [REASONABLE]


def test_a_short_sentence_answering_no_reported_position_decides_nothing() -> None:
    ruling = _rulings(DispositionKind.GRANTED_IN_PART)[COSTS.id]
    assert ruling.evidence == ()  # the fallback, not "That is enough."


def test_a_reply_that_names_a_party_is_no_reply() -> None:
    order = replace(
        _order(),
        segments=[
            *ORDER[:1],
            segment_info(
                11,
                text="Harbourline's first submission is that no duty arises. "
                "I do not accept Kestrel's reading either.",
                parent=10,
                document=1,
            ),
        ],
    )
    assert reply_readings(order.all_sentences(), PARTIES, BOOK) == {}
