"""Abbreviations of citations inside a heading do not end it (fictional headings)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import patterns, segment_filing


def segments(text: str) -> list[tuple[str, str, str]]:
    page = Page(1, text, lines_of(text))
    meta = FilingMeta(role=Role.MOTION)
    result = segment_filing(Filing("x.txt", "0" * 64, "text", (page,), meta))
    return [(s.kind.value, s.label, s.heading or s.text) for s in result.segments]


HEADINGS = [
    "Her Claim Under Ohio Rev. Code § 4112.14 Fails for the Same Reasons.",
    "The Claim Under Wash. Rev. Stat. § 49.60 Is Time-Barred.",
    "Relief Under Ky. Rev. Stat. Ann. § 344.040 Is Unavailable.",
    "Dismissal Is Proper Under Fed. R. Civ. Proc. 12(b)(1) as Well.",
    "The Claim Under 42 U.S.C. § 1983 Fails Against the City.",
    "Orrin Mills v. Bexley Does Not Control Here.",
    "The Request in Dkt. No. 41 Is Moot.",
    "The Cal. Civ. Code Claim Fails Too.",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_numbered_heading_is_not_cut_at_an_abbreviation(heading: str) -> None:
    text = (
        "ARGUMENT\n\n"
        "A. The First Claim Fails.\n\n"
        "The first claim fails for the reasons the Court gave in its earlier order.\n\n"
        f"B. {heading}\n\n"
        "The same reasons defeat this claim, which rises and falls with the first one.\n"
    )
    got = segments(text)
    assert ("heading", "B", heading) in got
    assert [kind for kind, _, _ in got].count("heading") == 3


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("… Under Ohio Rev.", False),
        ("… Under Wash.", False),
        ("… Under Wash. Rev. Stat.", False),
        ("… Under Ky. Rev. Stat. Ann.", False),
        ("… Fed. R. Civ. Proc.", False),
        ("… Under 42 U.S.C.", False),
        ("… Testimony of Mr.", False),
        ("… TESTIMONY OF MR.", False),
        ("… CLAIMS AGAINST BRISK CO.", False),
        ("… THE RULING IN CASE NO.", False),
        ("… UNDER 28 U.S.C.", False),
        ("… in Case No.", False),
        ("… in Smith v.", False),
        ("The Claim Is Preempted by the Bankruptcy Code.", True),
        ("The Contract Allowed the Termination.", True),
        ("THE CONTRACT ALLOWED THE TERMINATION.", True),
        ("The answer is no.", True),  # only the written or capital form is an abbreviation
    ],
)
def test_what_ends_a_heading(text: str, cut: bool) -> None:
    assert (patterns.HEADING_ABBREVIATION.search(text) is None) is cut


def test_a_run_in_heading_still_ends_at_its_period() -> None:
    text = (
        "ARGUMENT\n\n"
        "A. The Claim Is Preempted by the Bankruptcy Code. The Code occupies the field, and\n"
        "the state claim adds nothing to it.\n"
    )
    got = segments(text)
    assert got[1] == ("heading", "A", "The Claim Is Preempted by the Bankruptcy Code.")
    assert got[2][2].startswith("The Code occupies the field")


def test_the_memorandum_after_a_motion_is_a_heading_of_its_own() -> None:
    text = (
        "Corrado moves for summary judgment on every claim of the complaint, for the\n"
        "reasons given in the memorandum below.\n\n"
        "MEMORANDUM IN SUPPORT\n\n"
        "INTRODUCTION\n\n"
        "Corrado closed two sales regions in a reduction in force.\n"
    )
    heads = [label for kind, label, _ in segments(text) if kind == "heading"]
    assert heads == ["MEMORANDUM IN SUPPORT", "INTRODUCTION"]


# Headings in capitals or title case holding an abbreviation: each is one heading, alone on
# its line and run on over a second line (fictional names).
ABBREVIATED = [
    "DR. VASQUEZ-LIND'S CAUSATION OPINION USES A TESTED METHOD",
    "THE TESTIMONY OF MR. ABERNATHY ON THE PUMP FAILURE IS ADMISSIBLE",
    "MS. TRAN AND MRS. OYELARAN MAY TESTIFY ABOUT THE LEASE",
    "THE CLAIMS AGAINST BRISK CO., HOLLIS INC. AND TARN CORP. FAIL",
    "THE ORDER IN CASE NO. 4 DOES NOT BIND THIS COURT",
    "VENUE BELONGS IN OREGON UNDER 28 U.S.C. § 1404(a)",
    "PELL V. MARROW CONTROLS THE SECOND CLAIM",
    "THE ST. CLAIR LEASE WAS NEVER ASSIGNED TO HOLT JR. OR HIS SON",
    "THE FIFTH CIR. RULE DOES NOT APPLY TO A TRANSFER MOTION",
    "The Testimony of Mr. Abernathy on the Pump Failure Is Admissible",
]


def brief_with(heading_lines: str) -> str:
    return (
        "ARGUMENT\n"
        "I. THE COURT SHOULD DENY THE MOTION\n"
        "The motion fails for each of the reasons given below, and the Court should deny it.\n"
        f"A. {heading_lines}\n"
        "The witness studied the records and applied the method the field uses to the facts,\n"
        "and the other side points to no step that he skipped or got wrong along the way.\n"
        "B. THE REMAINING ARGUMENTS FAIL\n"
        "They fail for the same reasons.\n"
    )


@pytest.mark.parametrize("heading", ABBREVIATED)
def test_a_heading_with_an_abbreviation_is_whole(heading: str) -> None:
    got = segments(brief_with(heading))
    assert ("heading", "I.A", heading) in got
    assert [label for kind, label, _ in got if kind == "heading"] == ["ARGUMENT", "I", "I.A", "I.B"]


@pytest.mark.parametrize("heading", ABBREVIATED)
def test_a_heading_wrapped_after_an_abbreviation_is_whole(heading: str) -> None:
    cut = heading.index(". ") + 1  # the line breaks right after the abbreviation's period
    got = segments(brief_with(f"{heading[:cut]}\n{heading[cut + 1 :]}"))
    assert ("heading", "I.A", heading) in got
    assert [label for kind, label, _ in got if kind == "heading"] == ["ARGUMENT", "I", "I.A", "I.B"]


@pytest.mark.parametrize(
    ("line", "title", "body"),
    [
        (
            "A. The Testimony of Mr. Abernathy Is Reliable. He inspected the pump himself.",
            "The Testimony of Mr. Abernathy Is Reliable.",
            "He inspected the pump himself.",
        ),
        (
            "A. Venue Is Proper Under 28 U.S.C. § 1391. Brisk resides in this district.",
            "Venue Is Proper Under 28 U.S.C. § 1391.",
            "Brisk resides in this district.",
        ),
        (
            "A. THE CLAIMS AGAINST BRISK CO. AND TARN CORP. FAIL. Neither signed the lease.",
            "THE CLAIMS AGAINST BRISK CO. AND TARN CORP. FAIL.",
            "Neither signed the lease.",
        ),
    ],
)
def test_a_run_in_heading_runs_past_an_abbreviation(line: str, title: str, body: str) -> None:
    got = segments(f"ARGUMENT\n\n{line}\n")
    assert got[1] == ("heading", "A", title)
    assert got[2] == ("paragraph", "", body)
