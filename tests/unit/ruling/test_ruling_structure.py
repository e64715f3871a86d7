"""Structural rules of the ninth pass (issue 15): partial dispositions of one part, the most
specific argument a "does not decide" sentence names, and dispositions per part.

Small orders written for these rules; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import OrderText, rule_arguments
from lawdiff.ruling.dispositions import combine_kinds, disposition_kinds
from lawdiff.ruling.evidence import read_sentence
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import Sentence, SentenceLocator

BOOK = load_rulebook()
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")


def _segment(number: int, heading: str, text: str, document: int, parent: int = 0) -> SegmentInfo:
    kind = SegmentKind.HEADING if heading else SegmentKind.PARAGRAPH
    return SegmentInfo(
        SegmentId(number),
        DocumentId(document),
        SegmentId(parent) if parent else None,
        kind,
        str(number),
        heading,
        text or heading,
        number,
        1,
        1,
        1,
        1,
        1,
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Special Exception No. 5 is SUSTAINED IN PART.", DispositionKind.GRANTED_IN_PART),
        ("The motion is GRANTED IN PART.", DispositionKind.GRANTED_IN_PART),
        ("Special Exception No. 6 is OVERRULED AS MOOT.", DispositionKind.MOOT),
        ("Special Exception No. 3 is SUSTAINED.", DispositionKind.GRANTED),
        ("The demurrer is OVERRULED.", DispositionKind.DENIED),
    ],
)
def test_one_half_of_a_partial_disposition_and_overruled_as_moot(
    text: str, kind: DispositionKind
) -> None:
    assert combine_kinds(disposition_kinds(text, BOOK)) is kind


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Special Exception No. 5 is SUSTAINED IN PART.", Side.MIXED),
        ("Special Exception No. 5 is SUSTAINED.", Side.MOVANT),
    ],
)
def test_sustained_in_part_is_no_sustained(text: str, side: Side) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert reading is not None and reading.side is side


def test_a_point_left_undecided_sets_aside_the_sub_argument_it_names_not_its_heading() -> None:
    facts = "The splitter was sold in May. The log was oak. The lever sat on the left side."
    order = [
        _segment(9, "I. Background", facts, 1),
        _segment(10, "A. Dr. Brandt", "", 1),
        _segment(
            11,
            "",
            "The design opinion rests on a tested model and is admissible. The Court does"
            " not decide whether Dr. Brandt is qualified to offer warnings opinions.",
            1,
            10,
        ),
    ]
    arguments = [
        _segment(1, "Dr. Brandt's Opinions Should Be Excluded", "", 2),
        _segment(2, "Her Design Opinion Is Speculation", "", 2, 1),
        _segment(3, "She Is Not Qualified to Offer Warnings Opinions", "", 2, 1),
    ]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    rulings = rule_arguments(text, arguments, {}, PARTIES, BOOK, DispositionKind.GRANTED_IN_PART)
    sides = {r.argument: r.side for r in rulings}
    assert sides[SegmentId(3)] is Side.NOT_REACHED
    assert sides[SegmentId(1)] is not Side.NOT_REACHED
