"""Dispositions from verdicts on the motion's points (issue 15, forty-seventh pass).

A tribunal deciding a State's objections to jurisdiction, or an appellate body deciding the
grounds of an appeal, may say no "granted" or "denied" at all: "(a) The Respondent's first
objection is dismissed. … (c) The third objection is upheld." When no decree disposes of any
motion, those verdicts are the motion's parts. Small decisions written for this test; the
motion is the objections of Kestrel Automation (the respondent in the arbitration).
"""

from __future__ import annotations

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import MotionRef
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import order_sections

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"
OBJECTIONS = MotionRef("the objections", "kestrel objections", "Kestrel", 0, "objections")


def _kinds(*sections: tuple[str, str]) -> list[K]:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1), order_sections(*sections), SentenceLocator([]), BOOK, OBJECTIONS, canonical
    )
    return [d.kind for d in found]


def test_objections_dismissed_and_one_upheld_are_decided_in_part() -> None:
    kinds = _kinds(
        ("A. First objection: nationality", "The first objection is not well founded."),
        (
            "III. DECISION",
            "For the reasons set out above, the Tribunal decides as follows: (a) The "
            "Respondent's first objection is dismissed. (b) The second objection is upheld. "
            "(c) The third objection is joined to the merits. (d) Costs are reserved.",
        ),
    )
    assert kinds == [K.GRANTED_IN_PART]


def test_grounds_that_all_fail_deny_the_appeal() -> None:
    kinds = _kinds(
        ("Ground 1", "The first ground of appeal must be rejected as unfounded."),
        ("Ground 2", "The second ground of appeal is therefore also rejected."),
    )
    assert kinds == [K.DENIED]


def test_a_decree_keeps_its_word_over_the_points() -> None:
    """The points are read only when no decree disposes of a motion: "The appeal is dismissed"
    after a ground upheld leaves the appeal dismissed."""
    kinds = _kinds(
        ("Ground 1", "The first ground of appeal is upheld, but it changes nothing."),
        ("ORDER", "The objections are DENIED."),
    )
    assert kinds == [K.DENIED]


def test_the_history_of_the_points_below_decides_nothing() -> None:
    kinds = _kinds(("Procedural history", "The trial court overruled the first objection."))
    assert kinds == []
