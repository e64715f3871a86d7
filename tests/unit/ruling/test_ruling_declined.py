"""The seventeenth pass: "Because X …, the Court need not reach the remaining points" leaves
an argument without a cue of its own *not reached* only when nothing else in the order says
how its point came out: its part's disposition, or the one argument of the other brief that
answers it (its rebuttal partner, or the only one answered in the same section). Several
arguments of a section that happen to agree are no answer to it.

A small order written for this rule; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

from dataclasses import replace

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = replace(load_rulebook(), fallback_side="respondent")
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")
DECLINING = "Because the claim is untimely, the Court need not reach the remaining points."

# an order of paragraphs without headings, as the arguments' links find them
ORDER = [
    segment_info(20, text="Stratus has not shown that discovery tolling applies."),
    segment_info(21, text="Whether the claim is untimely turns on tolling and estoppel."),
    segment_info(22, text="Stratus has not shown that Chirrup is estopped from pleading it."),
    segment_info(23, text=DECLINING),
]
MOTION_ARGUMENT = segment_info(1, "The Claim Is Untimely", document=2)
ANSWER = segment_info(2, "Discovery Tolling Applies", document=3)
OTHER_ANSWER = segment_info(3, "Stratus Is Estopped From Pleading Limitations", document=3)
PAIR = ((MOTION_ARGUMENT.id, ANSWER.id),)
APART = {MOTION_ARGUMENT.id: [SegmentId(21)], ANSWER.id: [SegmentId(20)]}


def _sides(
    arguments: list[SegmentInfo],
    sections: dict[SegmentId, list[SegmentId]],
    answers: tuple[tuple[SegmentId, SegmentId], ...] = (),
    order_segments: list[SegmentInfo] = ORDER,
) -> dict[SegmentId, Side]:
    order = OrderText(DocumentId(1), order_segments, SentenceLocator([]))
    rulings = rule_arguments(order, arguments, sections, PARTIES, BOOK, None, answers=answers)
    return {r.argument: r.side for r in rulings}


def test_a_cueless_argument_of_a_declining_order_takes_its_rebuttal_partners_ruling() -> None:
    sides = _sides([MOTION_ARGUMENT, ANSWER], APART, PAIR)
    assert sides[ANSWER.id] is Side.MOVANT  # "Stratus has not shown …"
    assert sides[MOTION_ARGUMENT.id] is Side.MOVANT  # decided through its answer


def test_without_an_answer_the_declining_order_leaves_it_not_reached() -> None:
    sides = _sides([MOTION_ARGUMENT, ANSWER], APART)
    assert sides[ANSWER.id] is Side.MOVANT
    assert sides[MOTION_ARGUMENT.id] is Side.NOT_REACHED


def test_the_one_argument_answered_in_the_same_paragraph_is_its_answer() -> None:
    shared = {MOTION_ARGUMENT.id: [SegmentId(21)], ANSWER.id: [SegmentId(20), SegmentId(21)]}
    assert _sides([MOTION_ARGUMENT, ANSWER], shared)[MOTION_ARGUMENT.id] is Side.MOVANT


def test_several_agreeing_arguments_of_the_paragraph_are_no_answer() -> None:
    shared = {
        MOTION_ARGUMENT.id: [SegmentId(21)],
        ANSWER.id: [SegmentId(20), SegmentId(21)],
        OTHER_ANSWER.id: [SegmentId(21), SegmentId(22)],
    }
    sides = _sides([MOTION_ARGUMENT, ANSWER, OTHER_ANSWER], shared)
    assert sides[ANSWER.id] is sides[OTHER_ANSWER.id] is Side.MOVANT
    assert sides[MOTION_ARGUMENT.id] is Side.NOT_REACHED  # no one answer: set aside
    without = [s for s in ORDER if s.text != DECLINING]
    sides = _sides([MOTION_ARGUMENT, ANSWER, OTHER_ANSWER], shared, order_segments=without)
    assert sides[MOTION_ARGUMENT.id] is Side.MOVANT  # no declining sentence: they decide


def test_a_declining_sentence_about_another_point_leaves_the_argument_to_the_fallback() -> None:
    # thirty-first pass: "need not reach the amount of the bond" leaves undecided what it
    # names, not an argument whose heading shares none of its words
    about_bond = "Because the claim is untimely, the Court need not reach the amount of the bond."
    order = [*[s for s in ORDER if s.text != DECLINING], segment_info(23, text=about_bond)]
    sides = _sides([MOTION_ARGUMENT, ANSWER], APART, order_segments=order)
    assert sides[MOTION_ARGUMENT.id] is Side.RESPONDENT  # the fallback (BOOK's)
    shared = "Because the claim is untimely, the Court need not reach the remaining points."
    order = [*[s for s in ORDER if s.text != DECLINING], segment_info(23, text=shared)]
    sides = _sides([MOTION_ARGUMENT, ANSWER], APART, order_segments=order)
    assert sides[MOTION_ARGUMENT.id] is Side.NOT_REACHED
