"""Decrees fresh orders held that the disposition reader did not read (issue 15, twenty-sixth
pass).

Each case is a short order written for this test, both ways: the decree in the court's form (a
decretal paragraph after a few long paragraphs of reasons, "is granted as to … and denied as to
…" sharing one verb, a board dismissing the appeal, a motion "assented-to" between the party and
its name) and the same words where they decide nothing, or decide another way.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import find_motions
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import order_sections, segment_info

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"
MTD = "Defendant's Motion to Dismiss"
REASONS = "The complaint alleges a handbook promise the disclaimer defeats. " * 30


def _dispositions(segments: list[SegmentInfo], motion: str = MTD) -> dict[str, K]:
    canonical = motion_canonicalizer(CAPTION)
    default = canonical(find_motions(motion)[0])
    found = find_dispositions(
        DocumentId(1), segments, SentenceLocator([]), BOOK, default, canonical
    )
    return {d.key: d.kind for d in found}


def _paragraphs(*texts: str) -> list[SegmentInfo]:
    return [segment_info(n, "", t, kind=SegmentKind.PARAGRAPH) for n, t in enumerate(texts, 1)]


def _short_decretal_order(last_reason: str) -> list[SegmentInfo]:
    """A few long paragraphs of reasons, then many short decretal lines."""
    return _paragraphs(
        REASONS,
        REASONS,
        REASONS,
        last_reason,
        "This is a final and appealable Order",
        "For the foregoing reasons, IT IS HEREBY ORDERED AND ADJUDGED as follows:",
        "1. The Defendant's Motion to Dismiss is GRANTED.",
        "2. The Plaintiff's Complaint is DISMISSED WITH PREJUDICE in its entirety.",
        "3. There being no just reason for delay, this Order is final and appealable.",
        "SO ORDERED this 22nd day of May, 2026.",
        "JUDGE, CIRCUIT COURT",
        "DISTRIBUTION:",
        "Counsel for Defendant",
        "Counsel for Plaintiff",
    )


def test_a_decretal_paragraph_after_long_reasons_has_the_last_word() -> None:
    # the reasons deny something in words the default motion would take ("It is denied.")
    order = _short_decretal_order("The request made at the end of the response is. It is denied.")
    assert _dispositions(order) == {"kestrel dismiss": K.GRANTED}


def test_a_decretal_opening_early_in_the_text_is_no_decretal_part() -> None:
    # "IT IS HEREBY ORDERED" opening an order: the body after it still decides
    order = _paragraphs(
        "IT IS HEREBY ORDERED that the parties appear as set out below.",
        REASONS,
        "The Defendant's Motion to Dismiss is DENIED.",
        "The Clerk shall send copies.",
    )
    assert _dispositions(order) == {"kestrel dismiss": K.DENIED}


SHARED_VERB = [
    (
        "For the foregoing reasons, the defendants' motion to strike is granted as to count three "
        "and the prayer for punitive damages, and denied as to counts four and five.",
        K.GRANTED_IN_PART,
    ),
    (
        "The motion to strike is denied as to count one, but granted as to count two.",
        K.GRANTED_IN_PART,
    ),
    # "denied" after "and" with a subject between: no second half of the motion
    (
        "The motion to strike is granted as to the count the answer admitted, and the count it "
        "denied stands.",
        K.GRANTED,
    ),
    ("The motion to strike is granted as to count three.", K.GRANTED),
    ("The motion to strike is denied.", K.DENIED),
]


@pytest.mark.parametrize(("text", "kind"), SHARED_VERB)
def test_one_verb_granted_as_to_some_parts_and_denied_as_to_others(text: str, kind: K) -> None:
    order = order_sections(("ORDER", text))
    assert _dispositions(order, "Defendant's Motion to Strike") == {"kestrel strike": kind}


APPEAL = [
    ("The appeal is DISMISSED for lack of jurisdiction.", {"kestrel dismiss": K.GRANTED}),
    # read only for a motion to dismiss: "the appeal is dismissed" names no other motion's fate
    ("The appeal is not dismissed; the Board reaches the merits.", {}),
]


@pytest.mark.parametrize(("text", "expected"), APPEAL)
def test_a_board_dismissing_the_appeal_grants_the_motion_to_dismiss(
    text: str, expected: dict[str, K]
) -> None:
    assert _dispositions(order_sections(("DECISION", text))) == expected


MODIFIED = [
    (
        "The plaintiffs' assented-to motion to extend the deadline (Index #19) is GRANTED.",
        "plaintiffs",
    ),
    ("Defendant's unopposed motion to seal is granted.", "Defendant"),
    ("Plaintiff's renewed motion to compel is denied.", "Plaintiff"),
]


@pytest.mark.parametrize(("text", "movant"), MODIFIED)
def test_a_motion_described_between_its_party_and_its_name_keeps_its_movant(
    text: str, movant: str
) -> None:
    (ref,) = find_motions(text)
    assert ref.movant == movant
    assert not ref.generic


def test_a_word_before_motion_that_is_no_description_keeps_no_movant() -> None:
    # "counsel filed a motion": the possessive is no party moving, and nothing lies between
    refs = find_motions("Plaintiff's counsel filed a motion to extend the deadline.")
    assert [r.movant for r in refs] == [""]
