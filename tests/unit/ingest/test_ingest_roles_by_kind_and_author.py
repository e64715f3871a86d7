"""Roles of filings named by their kind or known by their author (roles17): a Hawai'i "SUMMARY
DISPOSITION ORDER", a zoning board's "NOTICE OF DECISION AND RESOLUTION", the State's answer to
a criminal appeal titled "STATE'S BRIEF", a board of contract appeals' "APPELLANT'S POST-HEARING
BRIEF", and appellate opinions with no title, known by the author line above them ("OKONJO,
Judge.", "Judge HALVORSEN delivered the opinion of the Court."). Fictional captions."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Role
from lawdiff.ingest import infer_meta
from tests.textfilings import captioned, text_pages

HAWAII = "NO. CAAP-26-0000001\n\nIN THE INTERMEDIATE COURT OF APPEALS\nOF THE STATE OF HAWAI'I"
HI_PARTIES = "JANE ROE, Plaintiff-Appellant,\nv.\nJOHN DOE, Defendant-Appellee."
BOARD = "TOWN OF ALDERVALE\nZONING BOARD OF APPEALS"
BOARD_PARTIES = "Appeal No.: ZBA 2026-1\nApplicants: Jane Roe"
NC = "No. COA26-1\n\nNORTH CAROLINA COURT OF APPEALS"
NC_PARTIES = "STATE OF NORTH CAROLINA\n\nv.\n\nJOHN DOE"
ASBCA = "ARMED SERVICES BOARD OF CONTRACT APPEALS"
ASBCA_PARTIES = "Appeal of --\nAlder Finch Builders, LLC\nASBCA No. 1"

BY_KIND = [
    # an appellate court's disposition named by its kind
    (HAWAII, HI_PARTIES, "SUMMARY DISPOSITION ORDER", Role.ORDER),
    (HAWAII, HI_PARTIES, "SUMMARY ORDER", Role.ORDER),
    (HAWAII, HI_PARTIES, "MOTION FOR SUMMARY DISPOSITION", Role.MOTION),
    # a land-use board's decision by resolution
    (BOARD, BOARD_PARTIES, "NOTICE OF DECISION AND RESOLUTION", Role.ORDER),
    (BOARD, BOARD_PARTIES, "DECISION AND RESOLUTION", Role.ORDER),
    (BOARD, BOARD_PARTIES, "NOTICE OF PUBLIC HEARING", Role.OTHER),
    # the State's brief alone answers the defendant's appeal
    (NC, NC_PARTIES, "STATE'S BRIEF", Role.OPPOSITION),
    (NC, NC_PARTIES, "STATE'S BRIEF IN SUPPORT OF MOTION TO DISMISS APPEAL", Role.MOTION),
    (NC, NC_PARTIES, "STATE'S REPLY BRIEF", Role.REPLY),
    (NC, NC_PARTIES, "DEFENDANT-APPELLANT'S BRIEF", Role.MOTION),
    # a side's post-hearing brief
    (ASBCA, ASBCA_PARTIES, "APPELLANT'S POST-HEARING BRIEF", Role.MOTION),
    (ASBCA, ASBCA_PARTIES, "RESPONDENT'S POST-HEARING BRIEF", Role.OPPOSITION),
    (ASBCA, ASBCA_PARTIES, "POST-HEARING BRIEF", Role.OTHER),
]


@pytest.mark.parametrize(
    ("court", "parties", "title", "role"),
    BY_KIND,
    ids=[" ".join(title.split()[:8]) for _, _, title, _ in BY_KIND],
)
def test_a_title_naming_its_kind_or_its_side(
    court: str, parties: str, title: str, role: Role
) -> None:
    meta = infer_meta(captioned(court, parties, title), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


UNTITLED = (
    "IN THE COURT OF APPEALS OF GEORGIA\n\n A26A0001. ROE v. DOE.\n\n{author}\n\n"
    "     Jane Roe sued John Doe for unpaid assessments, and Doe appeals from the grant of "
    "summary judgment. For the reasons that follow, we affirm in part and reverse in part.\n"
)
AUTHORS = [
    ("     OKONJO, Judge.", Role.ORDER),
    ("     MERCER, Presiding Judge.", Role.ORDER),
    ("Judge HALVORSEN delivered the opinion of the Court.", Role.ORDER),
    # a brief's cover names the judge below, with a first name and in capitals
    ("     HONORABLE JANE SMITH, JUDGE", Role.OTHER),
    ("     Hon. Jane Smith, Judge.", Role.OTHER),
    ("     OKONJO, Judge, dissenting in the trial court's view.", Role.OTHER),
]


@pytest.mark.parametrize(("author", "role"), AUTHORS, ids=[a.strip() for a, _ in AUTHORS])
def test_an_untitled_opinion_is_known_by_its_author_line(author: str, role: Role) -> None:
    meta = infer_meta(text_pages(UNTITLED.format(author=author)), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)
