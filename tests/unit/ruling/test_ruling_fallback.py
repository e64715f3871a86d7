"""The twelfth pass: an argument the order addresses without a cue of its own takes its ruling
from the order (the argument of the other brief answered in the same section) before the
constant ``fallback_side``.

A small order written for this rule; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

from dataclasses import replace

from lawdiff.core.ids import DocumentId, LinkId, SegmentId
from lawdiff.core.model import (
    DocumentInfo,
    LinkInfo,
    LinkStatus,
    Origin,
    Reason,
    Relation,
    Role,
    SegmentInfo,
)
from lawdiff.core.rulings import ArgumentRuling, Evidence, Side
from lawdiff.ruling import analyze_order, load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.case import rebuttal_pairs
from lawdiff.ruling.fallbacks import counterpart_sides
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
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


def _sides(
    sections: dict[SegmentId, list[SegmentId]],
    answers: tuple[tuple[SegmentId, SegmentId], ...] = (),
    order_segments: list[SegmentInfo] = ORDER,
) -> dict[SegmentId, Side]:
    order = OrderText(DocumentId(1), order_segments, SentenceLocator([]))
    rulings = rule_arguments(
        order, [MOTION_ARGUMENT, ANSWER], sections, PARTIES, BOOK, None, answers=answers
    )
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


# the thirteenth pass: the rebuttal links ("Opp. answers Mot.") say which arguments answer
# which, whether or not the order answers them in the same section
PAIR = ((MOTION_ARGUMENT.id, ANSWER.id),)


def test_a_cueless_argument_takes_the_ruling_on_the_argument_its_rebuttal_link_pairs() -> None:
    apart = {MOTION_ARGUMENT.id: [SegmentId(10)], ANSWER.id: [SegmentId(12)]}
    assert _sides(apart)[MOTION_ARGUMENT.id] is Side.RESPONDENT  # no pair: fallback_side
    sides = _sides(apart, PAIR)
    assert sides[ANSWER.id] is Side.MOVANT  # "Stratus has not shown …"
    assert sides[MOTION_ARGUMENT.id] is Side.MOVANT  # its answer's ruling


def test_a_mixed_ruling_on_a_paired_answer_leaves_the_same_section_rule_to_speak() -> None:
    other = segment_info(3, "Estoppel Applies", document=3)
    arguments = [MOTION_ARGUMENT, ANSWER, other]

    def ruled(argument: SegmentInfo, side: Side) -> ArgumentRuling:
        evidence = Evidence("The Court finds …", 1, 1, "", side)
        return ArgumentRuling(DocumentId(1), argument.id, (), side, 0.8, (evidence,))

    rulings = [ruled(ANSWER, Side.MIXED), ruled(other, Side.MOVANT)]
    shared = {MOTION_ARGUMENT.id: [SegmentId(10)], other.id: [SegmentId(10)]}
    found = counterpart_sides(arguments, rulings, shared, PAIR)
    # a mixed answer does not say which half its counterpart got: the argument answered in
    # the same section speaks
    assert found[MOTION_ARGUMENT.id] == (Side.MOVANT, True)  # the one argument there
    decided = [ruled(ANSWER, Side.RESPONDENT), ruled(other, Side.MOVANT)]
    assert counterpart_sides(arguments, decided, shared, PAIR)[MOTION_ARGUMENT.id] == (
        Side.RESPONDENT,  # the paired answer before the section's
        True,
    )


def _link(number: int, source: int, target: int, **changes: object) -> LinkInfo:
    link = LinkInfo(
        LinkId(number),
        SegmentId(source),
        SegmentId(target),
        Relation.REBUTS,
        0.9,
        LinkStatus.SUGGESTED,
        Origin.AUTO,
        (),
    )
    return replace(link, **changes)  # type: ignore[arg-type]


def test_rebuttal_pairs_keep_accepted_and_suggested_links_between_the_two_briefs() -> None:
    motion = [segment_info(1, "The Claim Is Untimely", document=2)]
    opposition = [segment_info(2, "Discovery Tolling Applies", document=3)]
    links = [
        _link(1, 1, 2),
        _link(2, 1, 2, status=LinkStatus.ACCEPTED),
        _link(3, 1, 2, status=LinkStatus.REJECTED),
        _link(4, 1, 2, reasons=(Reason("weak", 0.0, "best candidate"),)),
        _link(5, 1, 10),  # to the order: no rebuttal
    ]
    pairs = rebuttal_pairs(links, motion, opposition)
    assert pairs == [(SegmentId(1), SegmentId(2))] * 2


def _document(number: int, role: Role, title: str, party: str) -> DocumentInfo:
    return DocumentInfo(
        DocumentId(number), title, role, "", party, "", "", "", "text", 1, (), caption=""
    )


def test_analyze_order_reads_each_end_of_a_rebuttal_link_as_its_argument_unit() -> None:
    order = _document(1, Role.ORDER, "Order", "")
    motion = _document(2, Role.MOTION, "Motion to Dismiss", "Plaintiff Chirrup, Inc.")
    opposition = _document(3, Role.OPPOSITION, "Opposition", "Defendant Stratus LLC")
    motion_segments = [MOTION_ARGUMENT, segment_info(4, text="It is.", parent=1, document=2)]
    opposition_segments = [ANSWER, segment_info(5, text="It does.", parent=2, document=3)]
    links = [
        _link(1, 1, 10, status=LinkStatus.ACCEPTED),  # Order answers Mot. in "A. Timeliness"
        _link(2, 2, 12, status=LinkStatus.ACCEPTED),  # Order answers Opp. in "B. Conclusion"
    ]

    def sides(answers: list[tuple[SegmentId, SegmentId]]) -> dict[SegmentId, Side]:
        found = analyze_order(
            order,
            ORDER,
            [],
            motion,
            motion_segments,
            opposition,
            opposition_segments,
            links,
            BOOK,
            answers=answers,
        )
        return {r.argument: r.side for r in found.arguments}

    assert sides([])[MOTION_ARGUMENT.id] is Side.RESPONDENT  # fallback_side
    # the rebuttal link runs between the two arguments' paragraphs
    assert sides([(SegmentId(4), SegmentId(5))])[MOTION_ARGUMENT.id] is Side.MOVANT
