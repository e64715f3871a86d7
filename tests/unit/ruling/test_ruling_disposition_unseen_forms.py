"""Decree forms real orders use that the disposition reader did not read (issue 15,
twenty-eighth pass).

Each case is a short order written for this test, both ways: the decree in the court's form (a
Commonwealth application "become academic", a California motion "off calendar as moot", a
"Ruling: MOOT" line, a dispositive motion's claims going on to trial, a conclusion of law that
the movant is, or is not, entitled to what it asked for) and the same words where they decide
nothing, or decide another way.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import SegmentKind
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import find_motions
from lawdiff.ruling.sentences import SentenceLocator
from tests.decreekinds import decree_kinds
from tests.textfilings import segment_info

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"
MSJ = "Defendant's Motion for Summary Judgment"
REASONS = "The record shows no written promise and a signed disclaimer. " * 6


def _kinds(*decree: str, motion: str = MSJ) -> list[K]:
    """The dispositions found for ``motion`` in an order of reasons closed by ``decree``."""
    return decree_kinds(CAPTION, motion, ["ORDER", REASONS, REASONS, *decree, "SO ORDERED."])


@pytest.mark.parametrize(
    ("decree", "expected"),
    [
        # a Commonwealth application that has become academic is moot, not dismissed on merits
        (["The application has become academic and is dismissed."], [K.MOOT]),
        (["The application is dismissed."], [K.DENIED]),
        (["The motion has since become moot."], [K.MOOT]),
        # California: a motion taken off calendar as moot; a hearing taken off calendar is not
        (["TENTATIVE RULING: The motion is OFF CALENDAR AS MOOT."], [K.MOOT]),
        (["The hearing set for May 2 is taken off calendar."], []),
        # a ruling line's one word in capitals
        ([f"Motion: {MSJ}\nRuling: MOOT."], [K.MOOT]),
        ([f"Motion: {MSJ}\nRuling: WITHDRAWN."], [K.WITHDRAWN]),
        ([f"Motion: {MSJ}\nRuling: MOOT COURT RULES APPLY."], []),
    ],
)
def test_moot_and_withdrawn_in_unseen_words(decree: list[str], expected: list[K]) -> None:
    assert _kinds(*decree) == expected


@pytest.mark.parametrize(
    ("decree", "motion", "expected"),
    [
        # a dispositive motion is denied by a decree that the claims go on
        (["The claims shall proceed to trial."], MSJ, [K.DENIED]),
        (["Counts I and III survive."], "Defendant's Motion to Dismiss", [K.DENIED]),
        # … and granted in part when judgment enters on one count and the rest go on
        (
            ["Judgment shall enter for Kestrel on Count II; Counts I and III shall proceed."],
            MSJ,
            [K.GRANTED_IN_PART],
        ),
        # not for a motion that would not end the case, nor claims that do not go on
        (["The claims shall proceed to trial."], "Plaintiff's Motion to Compel Discovery", []),
        (["Count I does not survive."], "Defendant's Motion to Dismiss", []),
        (["The claims shall not proceed."], MSJ, []),
    ],
)
def test_the_case_going_on_denies_a_dispositive_motion(
    decree: list[str], motion: str, expected: list[K]
) -> None:
    assert _kinds(*decree, motion=motion) == expected


LAW = "CONCLUSIONS OF LAW"
JURISDICTION = "1. The Court has jurisdiction over the parties and the subject matter."


@pytest.mark.parametrize(
    ("conclusion", "expected"),
    [
        ("2. Defendant is entitled to summary judgment.", [K.GRANTED]),
        ("2. Kestrel is entitled to summary judgment on all claims.", [K.GRANTED]),
        ("2. Defendant is not entitled to summary judgment.", [K.DENIED]),
        ("2. Defendant is entitled to summary judgment as to Count II only.", [K.GRANTED_IN_PART]),
        # another party, another relief, a hypothesis: no decree on the motion
        ("2. Plaintiff is entitled to summary judgment.", []),
        ("2. Defendant is entitled to a jury trial on the remaining claims.", []),
        ("2. The question is whether Defendant is entitled to summary judgment.", []),
    ],
)
def test_a_conclusion_of_law_that_the_movant_is_entitled_to_its_relief(
    conclusion: str, expected: list[K]
) -> None:
    assert _kinds(LAW, JURISDICTION, conclusion) == expected


@pytest.mark.parametrize(
    ("decree", "expected"),
    [
        # a part set aside beside a decision on the merits: the merits
        (
            [
                "Defendant's Motion to Dismiss is DENIED as to Counts I and II and is DISMISSED "
                "AS MOOT as to Defendant Voss."
            ],
            [K.DENIED],
        ),
        # "denied as moot" as to a part, with no other merits word: moot
        (["Defendant's Motion to Dismiss is DENIED AS MOOT as to Count II."], [K.MOOT]),
        (["Defendant's Motion to Dismiss is DENIED AS MOOT."], [K.MOOT]),
    ],
)
def test_a_part_set_aside_beside_the_merits(decree: list[str], expected: list[K]) -> None:
    assert _kinds(*decree, motion="Defendant's Motion to Dismiss") == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # a countermotion is a motion of its movant, of the kind its title names
        ("Defendant's Countermotion for Attorney's Fees", "defendant attorney"),
        ("Defendant's Counter-Motion to Compel", "defendant compel"),
        # a party of two roles keeps the first
        ("Plaintiff/Counter-Defendant's Demurrer to Count I", "plaintiff demurrer"),
    ],
)
def test_motions_named_in_unseen_ways(name: str, key: str) -> None:
    assert [ref.key for ref in find_motions(name)] == [key]


def test_a_countermotion_decided_beside_a_request_is_its_own() -> None:
    decree = (
        "IT IS FURTHER ORDERED that Plaintiff's request for attorney's fees is DENIED, and "
        "Defendant's Countermotion for Attorney's Fees is DENIED."
    )
    canonical = motion_canonicalizer(CAPTION)
    default = canonical(find_motions("Plaintiff's Motion to Expunge Lien")[0])
    texts = ["ORDER", REASONS, "Plaintiff's Motion to Expunge Lien is GRANTED.", decree]
    segments = [segment_info(n, "", t, kind=SegmentKind.PARAGRAPH) for n, t in enumerate(texts)]
    found = find_dispositions(
        DocumentId(1), segments, SentenceLocator([]), BOOK, default, canonical
    )
    countermotion = canonical(find_motions("Defendant's Countermotion for Attorney's Fees")[0])
    kinds = {d.key: d.kind for d in found}
    assert kinds[countermotion.key] is K.DENIED
    assert kinds[default.key] is K.GRANTED
