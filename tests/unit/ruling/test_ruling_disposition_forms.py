"""Decree forms the perturbation table showed unread (issue 15, twenty-fifth pass).

Each case is a short order written for this test, both ways: a decree in a form a court uses
("Accordingly, Kestrel's motion fails.", a form order's boxes in a column, a memorandum whose
title names the motion behind "BRIEF IN SUPPORT OF"), and a sentence with the same words that
decides nothing ("the motion fails to show …", "succeeds only if …").
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import DocumentInfo, Role
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import analyze_order, load_rulebook, motion_canonicalizer
from lawdiff.ruling.decrees import decree_text
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import find_motions
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import order_sections

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"
MTD = "Defendant's Motion to Dismiss"


def _dispositions(*sections: tuple[str, str]) -> dict[str, K]:
    canonical = motion_canonicalizer(CAPTION)
    default = canonical(find_motions(MTD)[0])
    found = find_dispositions(
        DocumentId(1), order_sections(*sections), SentenceLocator([]), BOOK, default, canonical
    )
    return {d.key: d.kind for d in found}


DECREES = [
    # the motion itself failing or succeeding
    ("Accordingly, Kestrel's motion fails.", K.DENIED),
    ("For these reasons, the motion fails in its entirety.", K.DENIED),
    ("The motion therefore must fail.", K.DENIED),
    ("Accordingly, the motion succeeds, and the complaint is dismissed.", K.GRANTED),
    ("Accordingly, Kestrel's motion succeeds in part and fails in part.", K.GRANTED_IN_PART),
    # withdrawn in the movant's words
    ("Kestrel has withdrawn the motion.", K.WITHDRAWN),
    ("At the hearing, Defendant had withdrawn its motion.", K.WITHDRAWN),
]


@pytest.mark.parametrize(("text", "kind"), DECREES)
def test_a_decree_form_disposes_of_the_motion(text: str, kind: K) -> None:
    assert _dispositions(("ORDER", text)) == {"kestrel dismiss": kind}


NOT_DECREES = [
    "Kestrel's motion fails to show that the contract is unambiguous.",
    "The motion fails to address the second count.",
    "The motion succeeds only if the clause is unambiguous.",
    "The motion succeeds where the complaint pleads no damages.",
    "The Court agrees that the argument fails.",
    "Because the petition fails on the merits of the transfer analysis, we do not decide delay.",
    "Saguaro has withdrawn its claim for punitive damages.",
]


@pytest.mark.parametrize("text", NOT_DECREES)
def test_the_same_words_that_decide_nothing(text: str) -> None:
    assert _dispositions(("ORDER", text)) == {}


def test_a_form_orders_unticked_box_ends_at_a_columns_gap_or_a_line_end() -> None:
    for gap in ("     2. Renner shall", "\n2. Renner shall"):
        text = f"The motion is: [X] GRANTED [ ] DENIED [ ] GRANTED IN PART{gap} comply."
        decree = decree_text(text, BOOK)
        assert "GRANTED IN PART" not in decree
        assert "[X] GRANTED" in decree
    # a ticked option stays whatever follows it
    assert "DENIED" in decree_text("[ ] GRANTED [X] DENIED     2. The hearing", BOOK)


def test_a_ticked_box_in_a_numbered_decree_list_is_the_disposition() -> None:
    text = (
        "1. The motion is: [X] GRANTED [ ] DENIED [ ] GRANTED IN PART     "
        "2. Kestrel shall answer within fourteen days."
    )
    assert _dispositions(("ORDER", text)) == {"kestrel dismiss": K.GRANTED}
    denied = text.replace("[X] GRANTED [ ]", "[ ] GRANTED [X]")
    assert _dispositions(("ORDER", denied)) == {"kestrel dismiss": K.DENIED}


def _document(id_: int, role: Role, title: str, party: str = "") -> DocumentInfo:
    return DocumentInfo(
        DocumentId(id_), title, role, "", party, "", "", "", "text", 1, (), caption=CAPTION
    )


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("BRIEF IN SUPPORT OF DEFENDANT'S MOTION TO DISQUALIFY PLAINTIFF'S COUNSEL", "disqualify"),
        ("MEMORANDUM OF LAW IN SUPPORT OF DEFENDANT'S MOTION TO DISMISS", "dismiss"),
        ("DEFENDANT'S MOTION TO DISMISS", "dismiss"),
    ],
)
def test_the_motion_a_supporting_brief_names_is_the_order_s_motion(title: str, key: str) -> None:
    """ "The motion is DENIED." and the title's "MOTION TO DISQUALIFY" are one motion when the
    motion's brief is titled "BRIEF IN SUPPORT OF … MOTION TO DISQUALIFY …"."""
    order = _document(3, Role.ORDER, f"ORDER ON {title.split(' OF ', 1)[-1]}")
    motion = _document(1, Role.MOTION, title, "Defendant")
    sections = order_sections(("ORDER", "The motion is DENIED."))
    found = analyze_order(order, sections, [], motion, ()).dispositions
    assert [(d.key, d.kind) for d in found] == [(f"kestrel {key}", K.DENIED)]


def test_a_brief_titled_without_a_motion_keeps_the_generic_motion() -> None:
    order = _document(3, Role.ORDER, "ORDER")
    motion = _document(1, Role.MOTION, "DEFENDANT'S OPENING BRIEF", "Defendant")
    sections = order_sections(("ORDER", "The motion is DENIED."))
    found = analyze_order(order, sections, [], motion, ()).dispositions
    assert [(d.key, d.kind) for d in found] == [("kestrel motion", K.DENIED)]


def test_an_unticked_box_ends_before_the_next_sentence() -> None:
    text = "The motion is: [X] GRANTED [ ] DENIED [ ] GRANTED IN PART A separate order follows."
    decree = decree_text(text, BOOK)
    assert "IN PART" not in decree
    assert "A separate order follows." in decree
    # an option in capitals of several words is still one option
    assert "DENIED IN PART" not in decree_text("[ ] GRANTED IN PART AND DENIED IN PART", BOOK)


def test_a_motion_named_as_what_a_part_concerns_is_not_the_motion_decided() -> None:
    part = (
        "2. The motion is GRANTED in part under 28 U.S.C. § 1927, as to the renewed motion "
        "to compel (Dkt. 55), and DENIED as to the deposition of Dr. Hale."
    )
    assert _dispositions(("ORDER", part)) == {"kestrel dismiss": K.GRANTED_IN_PART}
    # the motion to compel decided in its own name is that motion's
    own = "The motion is GRANTED, and the motion to compel is DENIED as moot."
    assert _dispositions(("ORDER", own)) == {
        "kestrel dismiss": K.GRANTED,
        "kestrel compel": K.MOOT,
    }


BACKGROUND = (
    "BACKGROUND",
    "Pending are Defendant's Motion to Transfer Venue (Dkt. No. 31) and Defendant's Motion "
    "to Stay Pending Resolution of Venue (Dkt. No. 32).",
)


@pytest.mark.parametrize(
    "decree",
    [
        "ECF No. 32 is DENIED AS MOOT.",
        "Dkt. 32 is DENIED as moot.",
        "The Court finds Defendant's Motion to Stay (ECF No. 32) moot.",
    ],
)
def test_a_motion_named_by_its_docket_number_alone(decree: str) -> None:
    order = ("ORDER", f"Defendant's Motion to Transfer Venue (Dkt. No. 31) is GRANTED. {decree}")
    assert _dispositions(BACKGROUND, order) == {
        "kestrel transfer": K.GRANTED,
        "kestrel stay": K.MOOT,
    }


def test_a_docket_number_the_order_never_gives_a_motion_names_none() -> None:
    # no motion is cited as No. 40: the clause is the motion in context's, set aside on the
    # merits by the grant
    order = ("ORDER", "Defendant's Motion to Transfer Venue is GRANTED. ECF No. 40 is MOOT.")
    assert _dispositions(BACKGROUND, order) == {"kestrel transfer": K.GRANTED}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kestrel withdrew Defendant's Motion to Dismiss at the hearing.", K.WITHDRAWN),
        ("The Court deems the motion moot.", K.MOOT),
        ("Kestrel withdrew its opposition to the motion.", None),
        ("The Court finds that the motion is not moot.", None),
        ("The Court finds the motion timely and the argument moot.", None),
    ],
)
def test_moot_and_withdrawn_with_the_motion_named_between(text: str, kind: K | None) -> None:
    assert _dispositions(("ORDER", text)) == ({"kestrel dismiss": kind} if kind else {})
