"""How a parent heading takes its ruling from its sub-arguments (``parents_from_children``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import ArgumentRuling, Evidence, Side
from lawdiff.ruling.fallbacks import parents_from_children

FALLBACK = 0.35
ORDER = DocumentId(9)


def _heading(number: int, parent: int | None) -> SegmentInfo:
    return SegmentInfo(
        SegmentId(number),
        DocumentId(1),
        SegmentId(parent) if parent else None,
        SegmentKind.HEADING,
        str(number),
        f"Heading {number}",
        f"Heading {number}",
        number,
        2 if parent else 1,
        1,
        1,
        1,
        1,
    )


def _ruling(number: int, side: Side, confidence: float, cue: bool) -> ArgumentRuling:
    text = f"The Court agrees on point {number}."
    evidence = (Evidence(text, 1, number, "agrees", side),) if cue else ()
    return ArgumentRuling(ORDER, SegmentId(number), (), side, confidence, evidence)


ARGUMENTS = [_heading(1, None), _heading(2, 1), _heading(3, 1)]


@pytest.mark.parametrize(
    ("third", "expected"),
    [
        (_ruling(3, Side.RESPONDENT, 0.96, cue=True), Side.MIXED),  # the children split
        (_ruling(3, Side.NOT_REACHED, 0.7, cue=False), Side.NOT_REACHED),  # one-sided
    ],
)
def test_a_cueless_not_reached_parent_is_mixed_only_when_its_children_split(
    third: ArgumentRuling, expected: Side
) -> None:
    rulings = [
        _ruling(1, Side.NOT_REACHED, 0.7, cue=False),  # "moot" from its disposition, no cue
        _ruling(2, Side.MOVANT, 0.9, cue=True),
        third,
    ]
    assert parents_from_children(ARGUMENTS, rulings, FALLBACK)[0].side is expected


def test_a_parent_with_a_cue_of_its_own_keeps_it_though_its_children_split() -> None:
    rulings = [
        _ruling(1, Side.MOVANT, 0.9, cue=True),
        _ruling(2, Side.MOVANT, 0.9, cue=True),
        _ruling(3, Side.RESPONDENT, 0.9, cue=True),
    ]
    assert parents_from_children(ARGUMENTS, rulings, FALLBACK)[0].side is Side.MOVANT
    guessed = [replace(rulings[0], evidence=(), confidence=FALLBACK), *rulings[1:]]
    assert parents_from_children(ARGUMENTS, guessed, FALLBACK)[0].side is Side.MIXED


def _borrowing(confidence: float) -> list[ArgumentRuling]:
    """A parent whose only evidence is its first sub-argument's sentence."""
    child = _ruling(2, Side.MOVANT, 0.9, cue=True)
    return [
        replace(child, argument=SegmentId(1)),
        child,
        _ruling(3, Side.RESPONDENT, confidence, cue=True),
    ]


def test_a_parent_whose_only_evidence_is_a_sub_arguments_takes_their_firm_split() -> None:
    ruled = parents_from_children(ARGUMENTS, _borrowing(0.9), FALLBACK, firm=0.7)
    assert ruled[0].side is Side.MIXED


def test_a_weak_sub_argument_cue_does_not_split_a_parent_with_borrowed_evidence() -> None:
    ruled = parents_from_children(ARGUMENTS, _borrowing(0.6), FALLBACK, firm=0.7)
    assert ruled[0].side is Side.MOVANT
