"""Verdicts that name a brief's point by its label and number (issue 15, forty-first pass).

Appellate courts, tribunals and agencies decide each argument by the label the brief gave it:
"Point I is denied.", "We overrule appellant's second issue.", "Ground 2 succeeds.", "The first
and third assignments of error are overruled." The verdict shares no word with the heading it
answers, so it is credited to the heading with that label or in that place. Small briefs and
orders written for these rules; the appellant Harrow Mills (motion) against Quarry Bank
(opposition).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.points import find_points
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
PARTIES = party_names(
    "Appellant Harrow Mills", "Appellee Quarry Bank", "Harrow Mills v. Quarry Bank"
)
MOTION, OPPOSITION = 2, 3
SIDES = {DocumentId(MOTION): Side.MOVANT, DocumentId(OPPOSITION): Side.RESPONDENT}


def _heading(number: int, label: str, heading: str, document: int, parent: int = 0) -> SegmentInfo:
    info = segment_info(number, heading, document=document, parent=parent or None)
    return replace(info, label=label, level=label.count(".") + 1)


# the appellant's brief: a list of its points above the argument, then the argument I-III
APPELLANT = [
    _heading(1, "POINTS RELIED ON", "POINTS RELIED ON", MOTION),
    _heading(2, "I", "The Trial Court Misread the Warehouse Lease", MOTION),
    _heading(3, "I.A", "The Renewal Clause Was Never Exercised", MOTION, parent=2),
    _heading(4, "II", "The Invoice Was Hearsay", MOTION),
    _heading(5, "III", "The Fee Award Lacks Findings", MOTION),
]
APPELLEE = [
    _heading(11, "I", "The Lease Was Renewed by Conduct", OPPOSITION),
    _heading(12, "II", "The Invoice Was a Business Record", OPPOSITION),
]


def _sides(arguments: list[SegmentInfo], *paragraphs: str) -> dict[str, Side]:
    order = [segment_info(100 + n, text=p) for n, p in enumerate(paragraphs)]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    found = rule_arguments(text, arguments, {}, PARTIES, BOOK, None, SIDES)
    labels = {
        a.id: f"{'motion' if a.document == MOTION else 'opposition'} {a.label}" for a in arguments
    }
    return {labels[r.argument]: r.side for r in found}


def test_points_named_by_number_decide_the_headings_in_those_places() -> None:
    sides = _sides(
        [*APPELLANT, *APPELLEE],
        "Point I is denied. Point II is granted, and the judgment is modified.",
        "Because the fee award falls with the judgment, we need not address the third point.",
    )
    assert sides["motion I"] is Side.RESPONDENT
    assert sides["motion II"] is Side.MOVANT
    assert sides["motion III"] is Side.NOT_REACHED


def test_ordinals_and_a_split_verdict_name_several_points() -> None:
    sides = _sides(
        APPELLANT,
        "The first and third assignments of error are overruled.",
        "Appellant's second assignment of error is sustained in part and overruled in part.",
    )
    assert (sides["motion I"], sides["motion II"], sides["motion III"]) == (
        Side.RESPONDENT,
        Side.MIXED,
        Side.RESPONDENT,
    )


def test_a_respondents_point_is_the_respondents_briefs() -> None:
    sides = _sides([*APPELLANT, *APPELLEE], "Quarry Bank's second issue is overruled.")
    assert sides["opposition II"] is Side.MOVANT


GROUNDS = [
    _heading(21, "I", "Ground 1: The Tribunal Misread the Warehouse Lease", MOTION),
    _heading(22, "II", "Ground 2: The Tribunal Admitted a Hearsay Invoice", MOTION),
    _heading(23, "III", "Ground 3: The Fee Award Lacks Findings", MOTION),
    _heading(31, "I", "The Invoice Was a Business Record (Ground 2)", OPPOSITION),
]


def test_a_heading_naming_the_ground_is_credited_in_either_brief() -> None:
    sides = _sides(GROUNDS, "Ground 2 succeeds; the other grounds fail.")
    assert sides["motion II"] is Side.MOVANT
    assert sides["opposition I"] is Side.MOVANT  # the appellee's answer to Ground 2
    assert sides["motion I"] is Side.RESPONDENT  # "the other grounds"
    assert sides["motion III"] is Side.RESPONDENT


@pytest.mark.parametrize(
    "paragraph",
    [
        # a heading run in before the point's discussion, naming no verdict
        "Point I Harrow Mills first contends that the court erred in granting the motion.",
        # the point's content reported, not decided
        "Harrow Mills's first point is that the court should have found the lease renewed in part.",
        # the point named in passing by a verdict on something else
        "In light of our disposition of point I, the fee award must be vacated.",
    ],
)
def test_a_point_named_without_a_verdict_on_it_decides_nothing(paragraph: str) -> None:
    assert _sides(APPELLANT, paragraph)["motion I"] is not Side.RESPONDENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Points of error (2) and (3) are without merit.", [("point", (2, 3))]),
        ("Grounds 1 to 3 fail.", [("ground", (1, 2, 3))]),
        ("Assignment of Error No. 3 is sustained.", [("assignment", (3,))]),
        ("The first and third grounds of appeal are dismissed.", [("ground", (1, 3))]),
        ("Issues one, two and six are resolved for the appellee.", [("issue", (1, 2, 6))]),
        ("Special Exceptions Nos. 2 and 4 are OVERRULED.", [("exception", (2, 4))]),
        ("We sustain Appellant's first ground for review.", [("ground", (1,))]),
        ("Proposition II lacks merit.", [("proposition", (2,))]),
        ("The claim was dismissed on other grounds.", []),
    ],
)
def test_points_are_read_with_their_label_and_numbers(
    text: str, expected: list[tuple[str, tuple[int, ...]]]
) -> None:
    assert [(r.label, r.numbers) for r in find_points(text)] == expected


def test_without_a_brief_sides_a_point_decides_no_heading() -> None:
    order = [segment_info(100, text="Point I is denied.")]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    found = rule_arguments(text, APPELLANT, {}, PARTIES, BOOK, None)
    assert all(r.basis != "part" for r in found)


PLEAS = [
    _heading(41, "I", "First plea: a manifest error in the evaluation", MOTION),
    _heading(42, "I.A", "The committee disregarded the risk register", MOTION, parent=41),
    _heading(43, "I.B", "The committee applied an undisclosed weighting", MOTION, parent=41),
    _heading(44, "II", "Second plea: no statement of reasons", MOTION),
]


def test_a_part_of_a_point_is_its_sub_argument_in_that_place() -> None:
    sides = _sides(
        PLEAS,
        "The first part of the first plea must therefore be rejected.",
        "The second part of the first plea is well founded.",
        "The first plea must therefore be upheld, without it being necessary to examine the "
        "second plea.",
    )
    assert sides["motion I.A"] is Side.RESPONDENT
    assert sides["motion I.B"] is Side.MOVANT
    assert sides["motion I"] is Side.MOVANT
    assert sides["motion II"] is Side.NOT_REACHED


def test_the_appellees_answer_to_a_point_takes_its_verdict() -> None:
    order = [segment_info(100, text="Point II is granted. Point I is denied.")]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    answers = [(APPELLANT[1].id, APPELLEE[0].id), (APPELLANT[3].id, APPELLEE[1].id)]
    found = rule_arguments(text, [*APPELLANT, *APPELLEE], {}, PARTIES, BOOK, None, SIDES, answers)
    sides = {r.argument: r.side for r in found}
    assert sides[APPELLEE[0].id] is Side.RESPONDENT  # "The Lease Was Renewed by Conduct"
    assert sides[APPELLEE[1].id] is Side.MOVANT  # "The Invoice Was a Business Record"


def test_this_ground_is_the_ground_named_last_before_it() -> None:
    # forty-fourth pass: an apex court's run-in heading names the ground, the verdict does not
    sides = _sides(
        APPELLANT,
        "Ground 1: the first complaint. We have read the record with care. This ground succeeds.",
        "Ground 2: the second complaint. The record answers it. This ground fails.",
    )
    assert sides["motion I"] is Side.MOVANT
    assert sides["motion II"] is Side.RESPONDENT


@pytest.mark.parametrize(
    "paragraph",
    [
        # two grounds named last: "this ground" names neither
        "Grounds 1 and 2: the lease and the invoice. This ground fails.",
        # no ground named before it
        "The lease was renewed by conduct. This ground fails.",
        # another label named last
        "Point I concerns the lease. This ground fails.",
    ],
)
def test_this_ground_without_one_ground_named_last_decides_nothing(paragraph: str) -> None:
    assert _sides(APPELLANT, paragraph)["motion I"] is not Side.RESPONDENT


def test_a_ground_rejected_as_in_part_inadmissible_and_in_part_unfounded_is_lost() -> None:
    """Forty-seventh pass: the Court of Justice rejects a ground "as in part inadmissible and in
    part unfounded": "in part" qualifies the reasons after "as", not the verdict."""
    sides = _sides(
        APPELLANT,
        "The first ground of appeal must therefore be rejected as in part inadmissible and in "
        "part unfounded.",
        "The second ground of appeal is upheld in part.",
    )
    assert sides["motion I"] is Side.RESPONDENT
    assert sides["motion II"] is Side.MIXED


def test_a_verdict_after_an_adverb_and_the_eu_courts_no_need_to_rule() -> None:
    sides = _sides(
        APPELLANT,
        "The second ground of appeal is therefore well founded.",
        "Having regard to that conclusion, there is no need to rule on the third ground of appeal.",
    )
    assert sides["motion II"] is Side.MOVANT
    assert sides["motion III"] is Side.NOT_REACHED


def test_a_ground_the_appellant_gave_up_is_not_reached() -> None:
    sides = _sides(
        [*APPELLANT, *APPELLEE],
        "Counsel for Harrow Mills did not pursue the second ground at the hearing.",
        "The third ground was abandoned in the written case.",
    )
    assert sides["motion II"] is Side.NOT_REACHED
    assert sides["motion III"] is Side.NOT_REACHED


def test_a_tribunals_lettered_decree_lines_decide_the_objections() -> None:
    sides = _sides(
        APPELLANT,
        "For the reasons set out above, the Tribunal decides as follows:",
        "(a) The first objection is not well founded.",
        "(b) The second objection is dismissed.",
        "(c) The third objection is joined to the merits.",
    )
    assert sides["motion I"] is Side.RESPONDENT
    assert sides["motion II"] is Side.RESPONDENT
    assert sides["motion III"] is Side.NOT_REACHED
