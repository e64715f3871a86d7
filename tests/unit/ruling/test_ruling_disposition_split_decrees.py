"""Split decrees of tribunals, boards and apex courts (issue 15, forty-third pass).

Each case is a decree written for this test in a form the fresh orders of the fifteenth
session used: an appeal "partially upheld", an appellate decree "AFFIRMED-IN-PART" with
hyphens, "in part" between the verb and its object, the remaining exceptions denied after a
part set aside, the rest of a claim dismissed, a judgment affirmed "except" for findings
rescinded. The negatives keep what decides in full.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import MotionRef
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import order_sections

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"
APPEAL = MotionRef("the appeal", "appeal", "Plaintiff", 0, "appeal")


def _kinds(*sections: tuple[str, str]) -> list[K]:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1), order_sections(*sections), SentenceLocator([]), BOOK, APPEAL, canonical
    )
    return [d.kind for d in found]


SPLIT = [
    "1. The appeal filed by the athlete on 8 June against the decision rendered by the "
    "Disciplinary Tribunal of the Federation on 2 June is partially upheld.",
    "The appeal is upheld in part.",
    "We AFFIRM-IN-PART.",
    "AFFIRMED-IN-PART",
    "For the reasons below, we set aside the award in part and deny the remaining exceptions.",
    "The Tribunal upholds the appeal in part.",
    "We set aside the portion of the award directing a policy rewrite, modify the remedy, and "
    "deny the Agency's remaining exceptions.",
    "6. Dismisses the remainder of the applicant's claim for just satisfaction.",
    "IT IS FURTHER ORDERED that the Findings and Award issued on July 14 is AFFIRMED, EXCEPT "
    "that Finding of Fact No. 2 is RESCINDED.",
]


@pytest.mark.parametrize("text", SPLIT)
def test_a_split_decree_is_granted_in_part(text: str) -> None:
    assert _kinds(("ORDER", text)) == [K.GRANTED_IN_PART]


WHOLE = [
    ("1. Appeal allowed.", K.GRANTED),
    ("The decision under appeal is set aside and the case is remitted.", K.GRANTED),
    ("We set aside the award.", K.GRANTED),
    ("The judgment is AFFIRMED.", K.DENIED),
    ("We deny the exceptions.", K.DENIED),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE)
def test_a_decree_in_full_stays_whole(text: str, expected: K) -> None:
    assert _kinds(("ORDER", text)) == [expected]


PETITION = MotionRef(
    "defendants' Petition for Reconsideration",
    "reconsideration",
    "Defendants",
    0,
    "reconsideration",
)
GRANTED_PETITION = (
    "IT IS ORDERED that defendants' Petition for Reconsideration of the Findings and Award is "
    "GRANTED. "
)


def _petition_kinds(decree: str) -> list[K]:
    canonical = motion_canonicalizer(CAPTION)
    sections = order_sections(("ORDER", decree))
    found = find_dispositions(
        DocumentId(1), sections, SentenceLocator([]), BOOK, PETITION, canonical
    )
    return [d.kind for d in found]


def test_a_split_decree_naming_no_motion_keeps_its_say_beside_the_named_grant() -> None:
    decree = GRANTED_PETITION + (
        "IT IS FURTHER ORDERED as the Decision After Reconsideration that the Findings and "
        "Award is AFFIRMED, EXCEPT that Finding of Fact No. 2 is RESCINDED."
    )
    assert _petition_kinds(decree) == [K.GRANTED_IN_PART]


def test_a_decree_naming_no_motion_that_does_not_split_leaves_the_named_grant() -> None:
    decree = GRANTED_PETITION + "IT IS FURTHER ORDERED that all other relief is DENIED."
    assert _petition_kinds(decree) == [K.GRANTED]
