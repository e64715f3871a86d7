"""The seventeenth pass: the disposition of a part that an argument's own heading names
("The motion is GRANTED as to the bad-faith counterclaim") decides that argument, over
sentences matched to it by their words; a part named only by a heading above it decides a
sub-argument only where the sub-argument has no strong cue of its own (a point lost while its
count is won); and a heading decided by its part keeps that ruling whatever its sub-arguments'
evidence.

A small order written for these rules; Buckeye moves, the Kesslers oppose.
"""

from __future__ import annotations

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import ArgumentRuling, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.rulebook import BASES
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
PARTIES = party_names("Defendant Buckeye Mutual", "Plaintiffs Kessler", "Kessler v. Buckeye Mutual")
DECREE = "The motion is GRANTED as to the bad-faith counterclaim and DENIED as to the fraud claim."


def _rulings(
    arguments: list[SegmentInfo],
    sections: dict[SegmentId, list[SegmentId]],
    order: list[SegmentInfo],
) -> dict[SegmentId, ArgumentRuling]:
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    found = rule_arguments(text, arguments, sections, PARTIES, BOOK, None)
    return {r.argument: r for r in found}


def test_a_part_its_own_heading_names_decides_over_a_cue_matched_by_words() -> None:
    order = [
        segment_info(10, "A. The Bad-Faith Counterclaim"),
        segment_info(
            11,
            text="The Kesslers are correct that the bad-faith counterclaim was timely filed.",
            parent=10,
        ),
        segment_info(12, "B. Conclusion"),
        segment_info(13, text=DECREE, parent=12),
    ]
    argument = segment_info(1, "The Bad-Faith Counterclaim Fails", document=2)
    ruling = _rulings([argument], {argument.id: [SegmentId(10)]}, order)[argument.id]
    assert ruling.side is Side.MOVANT  # GRANTED as to it, whatever the timeliness sentence says
    assert ruling.basis == "part"
    assert ruling.evidence[0].text == DECREE


FRAUD = segment_info(1, "The Fraud Claim Must Be Dismissed", document=2)
PARTICULARITY = segment_info(2, "The Complaint Lacks Particularity", parent=1, document=2)
RELIANCE = segment_info(3, "The Kesslers Did Not Rely on the Adjuster", parent=1, document=2)
FRAUD_ORDER = [
    segment_info(10, "A. The Fraud Claim"),
    segment_info(
        11,
        text="The Court agrees with Buckeye Mutual that the complaint lacks particularity.",
        parent=10,
    ),
    segment_info(
        12, text="Buckeye Mutual has not shown that they relied on the adjuster.", parent=10
    ),
    segment_info(13, "B. Conclusion"),
    segment_info(14, text=DECREE, parent=13),
]
ARGUMENTS = [FRAUD, PARTICULARITY, RELIANCE]
LINKED = {a.id: [SegmentId(10)] for a in ARGUMENTS}  # one order section for all three


def test_a_part_named_by_the_heading_above_leaves_a_sub_arguments_strong_cue_standing() -> None:
    rulings = _rulings(ARGUMENTS, LINKED, FRAUD_ORDER)
    assert rulings[FRAUD.id].side is Side.RESPONDENT  # DENIED as to the fraud claim
    assert rulings[FRAUD.id].basis == "part"
    # a point lost while the count is won: "agrees with Buckeye Mutual" (strong)
    assert rulings[PARTICULARITY.id].side is Side.MOVANT
    assert rulings[PARTICULARITY.id].basis == "cue-strong"


def test_a_heading_decided_by_its_part_is_not_remade_from_its_sub_arguments() -> None:
    rulings = _rulings(ARGUMENTS, LINKED, FRAUD_ORDER)
    assert rulings[PARTICULARITY.id].side is Side.MOVANT
    assert rulings[RELIANCE.id].side is Side.RESPONDENT  # "Buckeye Mutual has not shown …"
    # its sub-arguments split both ways, but the court disposed of the fraud claim itself
    assert rulings[FRAUD.id].side is Side.RESPONDENT
    assert rulings[FRAUD.id].evidence[0].text == DECREE
    assert all(r.basis in BASES for r in rulings.values())
    # the shown confidence is the bundled [confidence] figure of each basis
    assert rulings[FRAUD.id].confidence == dict(BOOK.confidence)["part"]
