"""Appellate decree families, and a motion denied beside a request of it found moot (issue 15,
twenty-second pass).

Each case is a decree written for this test, both ways: "AFFIRMED AS MODIFIED", New York's
"unanimously modified … and otherwise affirmed", a decision set aside per issue beside one
affirmed, and the words that look alike but decide nothing ("a motion to set aside", a party
asking that a judgment be set aside, a judgment affirmed without modification).
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import MotionRef, find_motions
from lawdiff.ruling.parts import part_dispositions
from lawdiff.ruling.sentences import Sentence, SentenceLocator
from tests.textfilings import order_sections

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"
APPEAL = MotionRef("the appeal", "appeal", "Plaintiff", 0, "appeal")
STAY = "Defendant's Motion to Stay Pending Inter Partes Review"
MTD = "Defendant's Motion to Dismiss"
DEFAULT = "Plaintiff's Motion for Default Judgment"
NY_MODIFIED = (
    "Order, Supreme Court, New York County (Ana Ruiz, J.), entered May 14, 2026, which denied "
    "defendant's motion to dismiss the complaint pursuant to CPLR 3211(a)(1) and (7), "
    "unanimously modified, on the law, to grant the motion as to the cause of action for "
    "fraud, and otherwise affirmed, without costs."
)
NY_AFFIRMED = (
    "Order, Supreme Court, New York County (Ana Ruiz, J.), entered May 14, 2026, which denied "
    "defendant's motion to dismiss the complaint, unanimously affirmed, without costs."
)


def _kinds(motion: str | MotionRef, *sections: tuple[str, str]) -> list[K]:
    canonical = motion_canonicalizer(CAPTION)
    default = canonical(find_motions(motion)[0] if isinstance(motion, str) else motion)
    found = find_dispositions(
        DocumentId(1), order_sections(*sections), SentenceLocator([]), BOOK, default, canonical
    )
    return [d.kind for d in found]


DECREES = [
    # the judgment below modified, the rest affirmed: the appellant won a part
    (APPEAL, "AFFIRMED AS MODIFIED.", K.GRANTED_IN_PART),
    (APPEAL, "The judgment of the district court is affirmed as modified.", K.GRANTED_IN_PART),
    (APPEAL, NY_MODIFIED, K.GRANTED_IN_PART),
    (
        APPEAL,
        "Judgment, Supreme Court, Bronx County, entered June 2, 2026, modified, on the law, to "
        "vacate the award of punitive damages, and, as so modified, affirmed, without costs.",
        K.GRANTED_IN_PART,
    ),
    # affirmed without modification: the appellant lost
    (APPEAL, NY_AFFIRMED, K.DENIED),
    (APPEAL, "AFFIRMED.", K.DENIED),
    # a decision set aside (and remanded), alone or per issue beside one affirmed
    (APPEAL, "The Board's decision is SET ASIDE and the matter is REMANDED.", K.GRANTED),
    (APPEAL, "The agency's decision is hereby set aside.", K.GRANTED),
    (
        APPEAL,
        "The Board's decision is AFFIRMED as to the rating for PTSD. The decision is SET ASIDE "
        "as to service connection for sleep apnea, and that matter is REMANDED for "
        "readjudication.",
        K.GRANTED_IN_PART,
    ),
]


@pytest.mark.parametrize(("motion", "text", "expected"), DECREES)
def test_an_appellate_decree_disposes_of_the_appeal(
    motion: str | MotionRef, text: str, expected: K
) -> None:
    assert _kinds(motion, ("", text)) == [expected]


NO_DECREE = [
    # a party asking that a judgment be set aside; a point set aside for later
    (APPEAL, "Appellant asks that the judgment be set aside."),
    (APPEAL, "The Court sets aside that question for another day."),
    # a decision modified on reconsideration is no appellate decree without "affirmed"
    (APPEAL, "The Board modified its earlier decision on reconsideration."),
]


@pytest.mark.parametrize(("motion", "text"), NO_DECREE)
def test_words_that_look_alike_dispose_of_nothing(motion: str | MotionRef, text: str) -> None:
    assert _kinds(motion, ("", text)) == []


def test_a_motion_to_set_aside_denied_is_denied_not_granted_in_part() -> None:
    motion = "Defendant's Motion to Set Aside Default"
    order = ("ORDER", "The Court DENIES Defendant's Motion to Set Aside Default. It is DENIED.")
    assert _kinds(motion, ("ORDER DENYING DEFENDANT'S MOTION TO SET ASIDE DEFAULT", ""), order) == [
        K.DENIED
    ]


def test_a_motion_denied_beside_its_alternative_request_found_moot_is_denied() -> None:
    conclusion = (
        "1. Defendant's motion to stay pending inter partes review is DENIED without prejudice "
        "to renewal. 2. Defendant's alternative request to stay the case until the institution "
        "decisions is DENIED as moot."
    )
    assert _kinds(STAY, ("CONCLUSION", conclusion)) == [K.DENIED]


def test_a_motion_denied_as_moot_in_one_clause_stays_moot() -> None:
    assert _kinds(STAY, ("CONCLUSION", "Defendant's motion to stay is DENIED as moot.")) == [K.MOOT]
    both = (
        "Defendant's motion to dismiss is DENIED as moot; it is moot in light of the amended "
        "complaint."
    )
    assert _kinds(MTD, ("CONCLUSION", both)) == [K.MOOT]


def test_a_motion_granted_beside_a_request_of_it_found_moot_is_granted() -> None:
    conclusion = (
        "Defendant's motion to dismiss is GRANTED. Defendant's request for a hearing on the "
        "motion is DENIED as moot."
    )
    assert _kinds(MTD, ("CONCLUSION", conclusion)) == [K.GRANTED]


def test_a_motion_for_default_judgment_is_keyed_in_lower_case_too() -> None:
    lower = find_motions("Plaintiff's motion for default judgment (Doc. No. 21) is GRANTED")
    assert [r.detail for r in lower] == ["default"]
    assert [r.detail for r in find_motions(DEFAULT)] == ["default"]
    assert [r.detail for r in find_motions("Plaintiff's motion for summary judgment")] == [
        "summary judgment"
    ]
    order = (
        "CONCLUSION AND ORDER",
        "1. Plaintiff's motion for default judgment (Doc. No. 21) is GRANTED IN PART and DENIED "
        "IN PART; 2. Defendants' request for leave to answer is DENIED.",
    )
    canonical = motion_canonicalizer(CAPTION)
    default = canonical(find_motions(DEFAULT)[0])
    found = find_dispositions(
        DocumentId(1), order_sections(order), SentenceLocator([]), BOOK, default, canonical
    )
    assert {d.key: d.kind for d in found}[default.key] is K.GRANTED_IN_PART


def _part_sides(text: str) -> list[Side]:
    return [p.side for p in part_dispositions([Sentence(text, SegmentId(1), 1, 1)], book=BOOK)]


def test_an_appeal_decided_per_issue_gives_each_part_its_side() -> None:
    assert _part_sides(
        "The judgment is AFFIRMED as to the fee award and REVERSED as to the mitigation defense."
    ) == [Side.RESPONDENT, Side.MOVANT]
    assert _part_sides("The decision is SET ASIDE as to the sleep apnea claim.") == [Side.MOVANT]
    # a noun of the same beginning decides no part
    assert _part_sides("The reversal as to the fee award is not before us.") == []


def _found(motion: MotionRef, *sections: tuple[str, str]) -> dict[str, K]:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1),
        order_sections(*sections),
        SentenceLocator([]),
        BOOK,
        canonical(motion),
        canonical,
    )
    return {d.key: d.kind for d in found}


def test_a_title_without_its_movant_is_the_motion_of_the_one_party_moving_for_its_kind() -> None:
    # the title's "(the Commissioner's) Motion for Summary Judgment" keeps no movant
    untitled = find_motions("Motion for Summary Judgment")[0]
    assert not untitled.movant
    body = ("DISCUSSION", "Respondent's motion is therefore denied as to the offer.")
    order = (
        "ORDER",
        "ORDERED that respondent's Motion for Summary Judgment is granted in part and denied "
        "in part.",
    )
    assert list(_found(untitled, body, order).values()) == [K.GRANTED_IN_PART]
    # two parties moving for that kind: each keeps its own motion
    cross = (
        "ORDER",
        "Plaintiff's Motion for Summary Judgment is GRANTED. Defendant's Motion for Summary "
        "Judgment is DENIED.",
    )
    assert sorted(k.value for k in _found(untitled, cross).values()) == ["denied", "granted"]


def test_a_motion_to_a_verb_in_lower_case_names_its_kind() -> None:
    named = find_motions("the respondent's motion to reopen and rescind the order is DENIED.")
    assert [r.detail for r in named] == ["reopen"]
    assert [r.detail for r in find_motions("the motion to quash is granted")] == ["quash"]
    # no verb after "to": no kind
    assert [r.detail for r in find_motions("the motion to the extent it seeks fees")] == ["motion"]
    assert [r.detail for r in find_motions("Plaintiff's motion to be heard is DENIED")] == [
        "motion"
    ]


def test_a_motion_denied_and_its_stay_request_found_moot_keep_their_own_keys() -> None:
    untitled = find_motions("Motion to Reopen and Request for a Stay of Removal")[0]
    order = (
        "ORDER",
        "IT IS HEREBY ORDERED that the respondent's motion to reopen and rescind the order of "
        "removal is DENIED. IT IS FURTHER ORDERED that the respondent's request for a stay of "
        "removal is DENIED as moot.",
    )
    assert sorted(k.value for k in _found(untitled, order).values()) == ["denied", "moot"]
