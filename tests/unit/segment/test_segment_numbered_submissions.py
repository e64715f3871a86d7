"""Submissions whose paragraphs are numbered throughout, headed by unnumbered lines between
them (segfix30): the heading over paragraph 1, long labelled headings ("Issue one: …?"), their
series at the top with the unlabelled headings between two members below the member before,
and the closing words a Scottish note is signed under, which are no heading (see
:mod:`lawdiff.segment.numbered_submissions`)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Role
from lawdiff.segment.numbered_submissions import heading_series, is_labelled_heading, series_key
from lawdiff.segment.point_fields import is_labelled_field
from tests.textfilings import BODY, numbered_paragraphs, outline

CAPTION = (
    "IN THE HIGH COURT OF EXAMPLE\n\nBETWEEN ACME GLASS LIMITED\nPlaintiff\n\n"
    "AND BETA BUILDERS LIMITED\nDefendant\n\n"
    "SUBMISSIONS OF COUNSEL FOR THE DEFENDANT\n\nMAY IT PLEASE THE COURT:\n\n"
)


def _numbered(*blocks: str, foot: str = "") -> str:
    return numbered_paragraphs(CAPTION, *blocks, foot=foot)


ISSUES = (
    "Summary of submissions",
    "P",
    "P",
    "The facts",
    "P",
    "Issue one: does the plaintiff have the means to pay an award of costs if it fails?",
    "P",
    "Issue two: should the court exercise its discretion in favour of an order?",
    "P",
    "The claim is weak on its merits",
    "P",
    "The order would not stifle a claim that others stand behind",
    "P",
    "Issue three: what amount of security is appropriate?",
    "P",
    "Orders sought",
    "P",
)


@pytest.mark.parametrize("role", [Role.MOTION, Role.OPPOSITION])
def test_labelled_headings_among_numbered_paragraphs_are_top_headings(role: Role) -> None:
    got = [(heading, level) for _, heading, level in outline(_numbered(*ISSUES), role)]
    assert ("Summary of submissions", 0) in got  # over paragraph 1: the body opens there
    assert ("The facts", 0) in got
    assert (
        "Issue one: does the plaintiff have the means to pay an award of costs if it fails?",
        0,
    ) in got
    assert ("Issue three: what amount of security is appropriate?", 0) in got
    assert ("Orders sought", 0) in got  # after the series' last member: beside it


def test_unlabelled_headings_between_two_members_sit_under_the_one_before() -> None:
    got = [(heading, level) for _, heading, level in outline(_numbered(*ISSUES))]
    assert ("The claim is weak on its merits", 1) in got
    assert ("The order would not stifle a claim that others stand behind", 1) in got


def test_long_labelled_submissions_with_no_known_heading_around_are_headings() -> None:
    blocks = (
        "Introduction",
        "P",
        "P",
        "The defenders' first submission: the obligation to make reparation has prescribed",
        "P",
        "The defenders' second submission: notice was not given in the form the contract asks",
        "P",
        "Disposal",
        "P",
    )
    got = [heading for _, heading, _ in outline(_numbered(*blocks, foot="IN RESPECT WHEREOF"))]
    first = "The defenders' first submission: the obligation to make reparation has prescribed"
    assert first in got
    assert "Disposal" in got
    assert "IN RESPECT WHEREOF" not in got  # the words counsel signs under


def test_a_labelled_sentence_among_numbered_paragraphs_stays_text() -> None:
    blocks = list(ISSUES)
    blocks.insert(5, "Note: the figures in the schedule are given in thousands of dollars.")
    got = [heading for _, heading, _ in outline(_numbered(*blocks))]
    assert "Note: the figures in the schedule are given in thousands of dollars." not in got
    assert "The facts" in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Issue one: is there reason to believe the plaintiff cannot pay?", True),
        ("The pursuer's third submission: the fraud case is relevantly averred", True),
        ("Ground 2: no duty to the Claimant", True),
        ("Note: the figures are in thousands.", False),  # a sentence
        ("The statute provides: that no action lies", True),  # its place decides
        ("The court held in Smith v. Jones (2019): no duty", False),  # a citation
        ("Relief sought", False),  # no label
    ],
)
def test_labelled_heading_form(text: str, expected: bool) -> None:
    assert is_labelled_heading(text) is expected


def test_series_key_drops_the_number_from_the_label() -> None:
    assert series_key("Issue one: the threshold") == "issue"
    assert series_key("The defenders' fourth submission: loss is excluded") == (
        "the defenders' submission"
    )
    assert series_key("Background: the contract") is None  # no number in the label


def test_heading_series_nests_what_comes_between_two_members() -> None:
    headings = [
        (1, "Background"),
        (5, "Issue one: the threshold"),
        (9, "Issue two: the discretion"),
        (12, "The merits"),
        (15, "Issue three: the amount"),
        (20, "Conclusion"),
    ]
    members, nested = heading_series(headings)
    assert members == {5, 9, 15}
    assert nested == {12}
    assert heading_series(headings[:2] + headings[3:4]) == (frozenset(), frozenset())


def test_one_unlabelled_line_among_numbered_paragraphs_is_a_heading_without_a_sibling() -> None:
    blocks = (
        "A. INTRODUCTION",
        "P",
        "P",
        "B. THE DEBT IS NOT DISPUTED",
        "P",
        "The alleged variation of the rate",
        "P",
        "C. CONCLUSION",
        "P",
    )
    got = [(heading, level) for _, heading, level in outline(_numbered(*blocks), Role.OPPOSITION)]
    assert ("The alleged variation of the rate", 1) in got


# A paragraph of a petition saved one to a line (e-filed text).
PARAGRAPH = (
    "The plaintiff says the defendant breached the standard of care by failing to act on the "
    "findings, and the court of appeals agreed with the plaintiff on every point raised."
)


def test_statement_of_the_case_fields_labelled_in_sentence_case_are_no_headings() -> None:
    text = (
        "IN THE SUPREME COURT OF TEXAS\n\nNO. 26-0142\n\nJOHN HARLAN, M.D., Petitioner\n\n"
        "v.\n\nMARIA GONZALES, Respondent\n\nPETITION FOR REVIEW\n\n"
    ) + "\n\n".join(
        [
            "IDENTITY OF PARTIES AND COUNSEL",
            PARAGRAPH,
            "STATEMENT OF THE CASE",
            "Nature of the case: A claim arising from the death of a patient after surgery.",
            "Trial court: The Honorable Lisa M. Grant, 414th District Court, McLennan County.",
            "Court of appeals: Third Court of Appeals, Austin.",
            "STATEMENT OF JURISDICTION",
            PARAGRAPH,
            "ARGUMENT",
            PARAGRAPH,
            "PRAYER",
            PARAGRAPH,
        ]
    )
    got = [heading for _, heading, _ in outline(text + "\n")]
    assert not any(heading.startswith(("Trial court", "Court of appeals")) for heading in got)
    assert "STATEMENT OF JURISDICTION" in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trial court: The Honorable Lisa Grant, 414th District Court, Travis County.", True),
        ("Nature of the case: A claim for wrongful death.", True),
        ("Issue one: the threshold", False),  # a heading: no sentence
        ("Issue Two: The Report Is Adequate.", False),  # labelled in title case
        ("Ground 1: limitation", False),
    ],
)
def test_labelled_field_form(text: str, expected: bool) -> None:
    assert is_labelled_field(text) is expected


def _form_application() -> str:
    """A notice of application whose parts number their paragraphs afresh from 1."""
    parts: list[str] = []
    for title, count in (
        ("Part 1: ORDERS SOUGHT", 3),
        ("Part 2: FACTUAL BASIS", 4),
        ("Part 3: LEGAL BASIS", 1),
    ):
        parts.append(title)
        parts += [f"{n}. {BODY}" for n in range(1, count + 1)]
    parts += ["Examination by a psychiatrist", f"2. {BODY}", f"3. {BODY}"]
    parts += ["Production of the employer's records", f"4. {BODY}"]
    parts += ["Part 4: MATERIAL TO BE RELIED ON", f"1. {BODY}"]
    head = (
        "No. S-250001\nVancouver Registry\n\nIN THE SUPREME COURT OF BRITISH COLUMBIA\n\n"
        "BETWEEN:\n\nANNA SMITH\n\nPLAINTIFF\n\nAND:\n\nBETA LEASING LTD.\n\nDEFENDANT\n\n"
        "NOTICE OF APPLICATION\n\nName of applicant: The defendant, Beta Leasing Ltd.\n\n"
        "TAKE NOTICE that an application will be made by the applicant to the presiding judge.\n\n"
    )
    return head + "\n\n".join(parts) + "\n"


def test_parts_numbering_their_paragraphs_afresh_are_top_headings() -> None:
    got = [(heading, level) for _, heading, level in outline(_form_application())]
    assert ("Part 2: FACTUAL BASIS", 0) in got
    assert ("Part 4: MATERIAL TO BE RELIED ON", 0) in got
    assert ("Examination by a psychiatrist", 1) in got  # under Part 3
    assert "NOTICE OF APPLICATION" not in [heading for heading, _ in got]  # the form's title


def test_word_enumerated_grounds_among_numbered_paragraphs_are_top_headings() -> None:
    blocks = (
        "Introduction",
        "P",
        "The test on this application",
        "P",
        "P",
        "Ground 1: limitation",
        "P",
        "Primary limitation",
        "P",
        "Ground 2: no duty to the Claimant",
        "P",
        "Ground 3: the disclaimer",
        "P",
        "Conclusion",
        "P",
    )
    got = [(heading, level) for _, heading, level in outline(_numbered(*blocks))]
    assert ("The test on this application", 0) in got
    assert ("limitation", 0) in got  # "Ground 1", beside the test, not its point
    assert ("Primary limitation", 1) in got  # under Ground 1
    assert ("the disclaimer", 0) in got
