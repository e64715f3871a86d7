"""Appellate and tribunal decree forms the fresh orders of the fourteenth session used (issue
15, thirty-eighth pass).

Each case is a decree written for this test: a Commonwealth judge's "I would allow the appeal"
in a court of several, a petition that "partially succeeds", the Tax Court's decision "under
Rule 155", a detention order, and what decides nothing: an appeal's opening narration of the
orders under review, a judge's hypothesis, another party's objection overruled at a hearing.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import MotionRef, find_motions
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import order_sections

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"
APPEAL = MotionRef("the appeal", "appeal", "Plaintiff", 0, "appeal")
PETITION = MotionRef("the petition", "petition", "Plaintiff", 0, "petition")


def _kinds(motion: MotionRef, *sections: tuple[str, str]) -> list[K]:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1), order_sections(*sections), SentenceLocator([]), BOOK, motion, canonical
    )
    return [d.kind for d in found]


DECREES = [
    # a judge of a court of several gives the disposition he or she would make
    (APPEAL, "For these reasons I would allow the appeal and set aside the order.", K.GRANTED),
    (APPEAL, "I would therefore dismiss the appeal.", K.DENIED),
    (APPEAL, "I would allow the appeal in part.", K.GRANTED_IN_PART),
    # a petition or an appeal that succeeds in part, in other words
    (PETITION, "In the result, the petition partially succeeds.", K.GRANTED_IN_PART),
    (APPEAL, "The appeal succeeds partly, and the order below is varied.", K.GRANTED_IN_PART),
    # the Tax Court: a decision computed under Rule 155 (each side won some issues)
    (PETITION, "Decision will be entered under Rule 155.", K.GRANTED_IN_PART),
]


@pytest.mark.parametrize(("motion", "text", "expected"), DECREES)
def test_an_appellate_or_tribunal_decree_disposes_of_the_filing(
    motion: MotionRef, text: str, expected: K
) -> None:
    assert _kinds(motion, ("", text)) == [expected]


NO_DECREE = [
    # the orders under review, narrated at the opening of an appeal
    (
        APPEAL,
        "Plaintiff appeals from an order granting summary judgment to defendant and from an "
        "order denying her motion for leave to amend.",
    ),
    (APPEAL, "Defendant appeals from the judgment, which denied its motion for a new trial."),
    # a judge's hypothesis, not a disposition: "I would not …" and the conditional "if"
    (APPEAL, "If the statute were ambiguous, I would allow the appeal."),
]


@pytest.mark.parametrize(("motion", "text"), NO_DECREE)
def test_words_that_narrate_or_suppose_dispose_of_nothing(motion: MotionRef, text: str) -> None:
    assert _kinds(motion, ("", text)) == []


DETENTION = "Government's Motion for Pretrial Detention"


def test_a_detention_order_grants_the_motion_for_detention() -> None:
    canonical = motion_canonicalizer(CAPTION)
    motion = canonical(find_motions(DETENTION)[0])
    text = (
        "The defendant has presented evidence sufficient to rebut the presumption, but after "
        "considering the presumption and the other factors discussed below, detention is "
        "warranted."
    )
    assert _kinds(motion, ("", text)) == [K.GRANTED]


def test_the_other_partys_objection_overruled_does_not_decide_the_motion() -> None:
    canonical = motion_canonicalizer(CAPTION)
    motion = canonical(find_motions(DETENTION)[0])
    text = "Defendant's objection that the Government may not proceed by proffer is overruled."
    assert _kinds(motion, ("", text)) == []
    # the movant's own objection overruled is its loss
    own = "The Government's objection to the proffered letter is overruled."
    assert _kinds(motion, ("", own)) == [K.DENIED]


ORDERS_BELOW = [
    # thirty-ninth pass: an order under review named by what it decided is a part of the
    # appeal, not a motion of the reviewing court's own
    ("The order denying the plaintiff's motion for leave to amend is affirmed.", K.DENIED),
    (
        "We vacate the \"Order Granting Defendants' Motion for Attorneys' Fees and Costs,\" "
        "entered August 14, 2025.",
        K.GRANTED,
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS_BELOW)
def test_an_order_under_review_is_a_part_of_the_appeal(text: str, expected: K) -> None:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1), order_sections(("", text)), SentenceLocator([]), BOOK, APPEAL, canonical
    )
    assert [(d.key, d.kind) for d in found] == [("appeal", expected)]


def test_an_orders_own_title_still_names_its_motion() -> None:
    canonical = motion_canonicalizer(CAPTION)
    text = "ORDER GRANTING DEFENDANT'S MOTION TO DISMISS"
    found = find_dispositions(
        DocumentId(1), order_sections(("", text)), SentenceLocator([]), BOOK, APPEAL, canonical
    )
    assert [d.key for d in found] != ["appeal"]


SPLIT_DECREES = [
    # thirty-ninth pass: the North Carolina Court of Appeals' decree line, each half its own
    # clause, and a reversal in part alone
    ("NO ERROR IN PART; VACATED AND REMANDED IN PART.", K.GRANTED_IN_PART),
    ("The judgment is REVERSED IN PART.", K.GRANTED_IN_PART),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_DECREES)
def test_an_appellate_decree_split_in_halves_is_granted_in_part(text: str, expected: K) -> None:
    assert _kinds(APPEAL, ("", text)) == [expected]


def test_the_split_decree_line_after_the_conclusion_has_the_last_word() -> None:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1),
        order_sections(
            ("IV. Conclusion", "We vacate the restitution order and remand."),
            ("NO ERROR IN PART; VACATED AND REMANDED IN PART.", "Judges A and B concur."),
        ),
        SentenceLocator([]),
        BOOK,
        APPEAL,
        canonical,
    )
    assert [(d.key, d.kind) for d in found] == [("appeal", K.GRANTED_IN_PART)]


def test_a_motion_below_narrated_under_a_complete_heading_is_not_the_sections() -> None:
    canonical = motion_canonicalizer(CAPTION)
    text = (
        "Defendant argues that the trial court erred by denying his motion to dismiss the "
        "charge. These arguments are overruled."
    )
    found = find_dispositions(
        DocumentId(1),
        order_sections(("A. Value of the Property", text)),
        SentenceLocator([]),
        BOOK,
        APPEAL,
        canonical,
    )
    assert [(d.key, d.kind) for d in found] == [("appeal", K.DENIED)]
