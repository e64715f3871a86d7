"""Decree forms of Commonwealth and appellate courts, and of orders that appoint or approve
rather than grant (issue 15, thirty-fifth pass).

Each case is a short order written for this test, both ways: the decree in the court's form (a
judge's first person "I dismiss the application", an appeal that "succeeds in part", a rule
nisi "made absolute" or "discharged", an appeal "allowed on Ground 2" and "otherwise
dismissed", a movant "appointed lead plaintiff", the ruling under review narrated) and the same
words where they decide nothing, or decide another way.
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
CAPTION = "Orrin Shipping Pte Ltd v. Tamsin Offshore Sdn Bhd"
APPLICATION = "Defendant's Application for a Stay of Proceedings"
REASONS = "The clause gives either party an option to refer the dispute to arbitration. " * 6


def _kinds(*decree: str, motion: str = APPLICATION) -> list[K]:
    """The dispositions found for ``motion`` in an order of reasons closed by ``decree``."""
    return decree_kinds(CAPTION, motion, ["JUDGMENT", REASONS, REASONS, *decree])


@pytest.mark.parametrize(
    ("decree", "expected"),
    [
        # a judge's first person: the filer of the application or the appeal loses
        (["For these reasons, I dismiss the application."], [K.DENIED]),
        (["We therefore dismiss the appeal with costs."], [K.DENIED]),
        (["I would not dismiss the application on that ground alone."], []),
        (["The defendant asks me to dismiss the claim."], []),
        # or wins
        (["For these reasons, I allow the application."], [K.GRANTED]),
        (["We accordingly allow the appeal."], [K.GRANTED]),
        (["Counsel asked that I allow the witness to testify by video link."], []),
        # an appeal succeeding in part (Nigeria: "In the final result, the appeal succeeds in part")
        (["In the final result, the appeal succeeds in part."], [K.GRANTED_IN_PART]),
        # an Indian High Court's rule nisi made absolute or discharged
        (["Rule is made absolute in terms of prayer clause (a)."], [K.GRANTED]),
        (["Rule is discharged. No order as to costs."], [K.DENIED]),
        (["The rule is settled that a party must plead fraud with particulars."], []),
        # an appeal allowed on one ground and otherwise dismissed (the EAT's "Disposal")
        (
            ["The appeal is allowed on Ground 2. The appeal is otherwise dismissed."],
            [K.GRANTED_IN_PART],
        ),
        (["The earlier appeal was otherwise dismissed by the Tribunal in 2024."], []),
        # the EU courts' operative part: a decision annulled, the action otherwise dismissed
        (
            [
                "On those grounds, THE GENERAL COURT hereby:",
                "2. Dismisses the action as to the remainder;",
            ],
            [K.GRANTED_IN_PART],
        ),
        (["The remainder of the hearing is adjourned as to the remainder of the witnesses."], []),
    ],
)
def test_commonwealth_and_appellate_decrees(decree: list[str], expected: list[K]) -> None:
    assert _kinds(*decree) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # a motion "of" its movant "for" a kind: the kind is read after the movant
        (
            "Motion of the Brindle Investor Group for Appointment as Lead Plaintiff",
            "brindle appoint",
        ),
        ("Plaintiff's Motion for Appointment of Counsel", "plaintiff appoint"),
        ("Plaintiff's Motion to Appoint Counsel", "plaintiff appoint"),
        ("Plaintiffs' Motion for Final Approval of Class Settlement", "plaintiffs approve"),
    ],
)
def test_motions_that_ask_to_appoint_or_approve(name: str, key: str) -> None:
    assert [ref.key for ref in find_motions(name)] == [key]


@pytest.mark.parametrize(
    ("decree", "motion", "expected"),
    [
        (
            ["Ashgrove is appointed lead plaintiff."],
            "Ashgrove's Motion for Appointment",
            [K.GRANTED],
        ),
        (
            ["Ms. Vale is APPOINTED as receiver."],
            "Plaintiff's Motion to Appoint a Receiver",
            [K.GRANTED],
        ),
        (
            ["Counsel was appointed under the Act in 2024."],
            "Plaintiff's Motion to Appoint Counsel",
            [],
        ),
        (["The Settlement is approved."], "Plaintiffs' Motion for Final Approval", [K.GRANTED]),
    ],
)
def test_an_appointment_or_approval_grants_the_motion_asking_for_it(
    decree: list[str], motion: str, expected: list[K]
) -> None:
    assert _kinds(*decree, motion=motion) == expected


def test_competing_lead_plaintiff_motions_are_each_decided() -> None:
    caption = "Lorne v. Quillfeather Therapeutics, Inc."
    first = "Motion of the Ashgrove Teachers' Pension Fund for Appointment as Lead Plaintiff"
    second = "Motion of the Brindle Investor Group for Appointment as Lead Plaintiff"
    texts = [
        "MEMORANDUM OPINION AND ORDER",
        REASONS,
        f"1. The {first} [18] is GRANTED IN PART and DENIED IN PART. Ashgrove is appointed lead "
        "plaintiff; its request to appoint a second firm as co-lead counsel is denied.",
        f"2. The {second} [21] is DENIED.",
    ]
    canonical = motion_canonicalizer(caption)
    default = canonical(find_motions(f"Plaintiff Lorne's Memorandum in Support of the {first}")[0])
    segments = [segment_info(n, "", t, kind=SegmentKind.PARAGRAPH) for n, t in enumerate(texts)]
    found = find_dispositions(
        DocumentId(1), segments, SentenceLocator([]), BOOK, default, canonical
    )
    kinds = {d.key: d.kind for d in found}
    assert kinds[canonical(find_motions(first)[0]).key] is K.GRANTED_IN_PART
    assert kinds[canonical(find_motions(second)[0]).key] is K.DENIED


def _found(texts: list[str], motion: str) -> dict[str, K]:
    canonical = motion_canonicalizer(CAPTION)
    default = canonical(find_motions(motion)[0])
    segments = [segment_info(n, "", t, kind=SegmentKind.PARAGRAPH) for n, t in enumerate(texts)]
    found = find_dispositions(
        DocumentId(1), segments, SentenceLocator([]), BOOK, default, canonical
    )
    return {d.key: d.kind for d in found}


WRIT = "Relator's Application for Supervisory Writs"
UNDER_REVIEW = (
    "Relator seeks review of the trial court's judgment overruling its exceptions and denying "
    "its motion to stay discovery."
)


def test_the_ruling_under_review_decides_no_motion() -> None:
    # the court below denied the motion to stay: no disposition of this court (Louisiana)
    found = _found(
        ["WRIT RULING", UNDER_REVIEW, REASONS, "Accordingly, the writ is granted in part."], WRIT
    )
    assert list(found.values()) == [K.GRANTED_IN_PART]


def test_a_decree_after_the_ruling_under_review_still_decides() -> None:
    found = _found(["WRIT RULING", REASONS, f"{UNDER_REVIEW[:-1]}, but the writ is denied."], WRIT)
    assert list(found.values()) == [K.DENIED]
