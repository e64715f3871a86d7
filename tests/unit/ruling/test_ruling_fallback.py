"""The twelfth pass: an argument the order addresses without a cue of its own takes its ruling
from the order (the argument of the other brief answered in the same section) before the
constant ``fallback_side``.

A small order written for this rule; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

from dataclasses import replace

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import OrderText, rule_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import segment_info

BOOK = replace(load_rulebook(), fallback_side="respondent")
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")

ORDER = [
    segment_info(10, "A. Timeliness", document=1),
    segment_info(
        11, text="Whether the claim is untimely turns on discovery tolling.", parent=10, document=1
    ),
    segment_info(12, "B. Conclusion", document=1),
    segment_info(
        13,
        text="Stratus has not shown that discovery tolling applies.",
        parent=12,
        document=1,
    ),
]
MOTION_ARGUMENT = segment_info(1, "The Claim Is Untimely", document=2)
ANSWER = segment_info(2, "Discovery Tolling Applies", document=3)


def _sides(sections: dict[SegmentId, list[SegmentId]]) -> dict[SegmentId, Side]:
    order = OrderText(DocumentId(1), ORDER, SentenceLocator([]))
    rulings = rule_arguments(order, [MOTION_ARGUMENT, ANSWER], sections, PARTIES, BOOK, None)
    return {r.argument: r.side for r in rulings}


def test_a_cueless_argument_takes_the_ruling_on_its_answer_in_the_same_section() -> None:
    both = {MOTION_ARGUMENT.id: [SegmentId(10)], ANSWER.id: [SegmentId(10)]}
    sides = _sides(both)
    assert sides[ANSWER.id] is Side.MOVANT  # "Stratus has not shown …"
    assert sides[MOTION_ARGUMENT.id] is Side.MOVANT  # no cue of its own: its answer's ruling


def test_without_a_shared_section_the_constant_fallback_stays() -> None:
    sides = _sides({MOTION_ARGUMENT.id: [SegmentId(10)]})
    assert sides[ANSWER.id] is Side.MOVANT
    assert sides[MOTION_ARGUMENT.id] is Side.RESPONDENT  # fallback_side
