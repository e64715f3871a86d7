"""Roles of the filings of courts that name them otherwise than a U.S. brief: a party's written
argument named for its side, a judgment titled by the one word. Fictional captions."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta

HIGH_COURT = ["IN THE HIGH COURT OF THE REPUBLIC OF SINGAPORE", "", "HC/OA 101/2026"]
PARTIES = ["Between", "", "ALDER FINCH PTE. LTD.", "... Applicant", "", "And", "", "BRAMBLE LTD."]
PARTIES_END = ["... Respondent"]


def filing(*title: str) -> list[Page]:
    text = "\n".join(
        [
            *HIGH_COURT,
            "",
            *PARTIES,
            *PARTIES_END,
            "",
            *title,
            "",
            "A. INTRODUCTION",
            "",
            "1. The Applicant applies to set aside the determination.",
        ]
    )
    return [Page(1, text, lines_of(text))]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (["APPLICANT'S WRITTEN SUBMISSIONS"], Role.MOTION),
        (["RESPONDENT'S WRITTEN SUBMISSIONS"], Role.OPPOSITION),
        (["APPELLANT'S SKELETON ARGUMENT", "for the full hearing of the appeal"], Role.MOTION),
        (["RESPONDENTS' SKELETON ARGUMENT"], Role.OPPOSITION),
        (["PETITIONER'S SKELETON SUBMISSIONS"], Role.MOTION),
        (["APPLICANT'S HEADS OF ARGUMENT"], Role.MOTION),
        (["RESPONDENT'S HEADS OF ARGUMENT"], Role.OPPOSITION),
        (["WRITTEN SUBMISSIONS ON BEHALF OF THE PETITIONER"], Role.MOTION),
        (
            ["HEADS OF ARGUMENT ON BEHALF OF THE FIRST AND SECOND RESPONDENTS"],
            Role.OPPOSITION,
        ),
        # the side's word names the role; a role the title names first still wins
        (["RESPONDENT'S SKELETON ARGUMENT IN SUPPORT OF THE APPLICATION"], Role.OPPOSITION),
        (["APPLICANT'S REPLY SUBMISSIONS"], Role.REPLY),
    ],
)
def test_a_written_argument_named_for_its_side_has_that_side_s_role(
    title: list[str], role: Role
) -> None:
    meta = infer_meta(filing(*title), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)
    assert meta.title.startswith(title[0])


@pytest.mark.parametrize(
    "title",
    [
        ["JOINT WRITTEN SUBMISSIONS OF THE PARTIES"],
        ["CLAIMANT'S WRITTEN SUBMISSIONS"],  # a claimant moves or answers
        ["SUBMISSIONS ON COSTS"],
    ],
)
def test_submissions_that_name_no_moving_or_answering_side_give_no_role(
    title: list[str],
) -> None:
    assert infer_meta(filing(*title), "filing.txt").role is Role.OTHER


@pytest.mark.parametrize(
    "title",
    [["JUDGMENT"], ["GROUNDS OF DECISION"], ["JUDGMENT", "(DELIVERED BY A. B. POE, JCA)"]],
)
def test_a_judgment_titled_by_the_one_word_is_an_order(title: list[str]) -> None:
    meta = infer_meta(filing(*title), "filing.txt")
    assert meta.role is Role.ORDER, (meta.title, meta.evidence)


def test_a_heading_below_the_judgment_is_not_its_title() -> None:
    meta = infer_meta(filing("JUDGMENT", "", "THE OBJECTION TO GROUND 3"), "filing.txt")
    assert (meta.title, meta.role) == ("JUDGMENT", Role.ORDER)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (["DEFENDANT'S MOTION FOR SUMMARY", "JUDGMENT"], Role.MOTION),
        (["PLAINTIFF'S OPPOSITION TO MOTION FOR DEFAULT", "JUDGMENT"], Role.OPPOSITION),
        (["MOTION FOR JUDGMENT ON THE PLEADINGS"], Role.MOTION),
    ],
)
def test_a_title_ending_in_judgment_keeps_its_own_role(title: list[str], role: Role) -> None:
    assert infer_meta(filing(*title), "filing.txt").role is role
