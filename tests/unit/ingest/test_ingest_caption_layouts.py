"""Caption layouts met off the template, one table row each (fictional captions)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from lawdiff.core.model import FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta
from lawdiff.ingest.caption import apply_stamp
from lawdiff.ingest.furniture import is_stamp

COURT = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n"
BODY = "\nBody text in mixed case begins here and runs on for a while.\n"


class Layout(NamedTuple):
    name: str
    pages: tuple[str, ...]
    role: Role
    title: str
    party: str
    parties: tuple[str, ...]
    evidence: str  # a piece of the role's evidence


LAYOUTS = (
    Layout(
        "cover page before the caption",
        (
            "REDACTED VERSION OF DOCUMENT\nSOUGHT TO BE SEALED\n",
            "Attorneys for Plaintiff\n"
            + COURT
            + "ACME CORP.,\tCase No. 3:21-cv-01234-XYZ\nPlaintiff,\n"
            + "v.\tMOTION FOR CLASS CERTIFICATION\nWIDGET LLC,\nDefendant.\n"
            + BODY,
        ),
        Role.MOTION,
        "MOTION FOR CLASS CERTIFICATION",
        "Plaintiff",
        ("ACME CORP.", "WIDGET LLC"),
        'title says "MOTION"',
    ),
    Layout(
        "')'-ruled caption, title beside 'vs.'",
        (
            "Attorneys for Plaintiff\n"
            + COURT
            + "ACME CORP.,\t) Case No. 3:21-cv-01234-XYZ\n\t)\nPlaintiff,\t)\n"
            + "\t) PLAINTIFF’S MEMORANDUM OF POINTS\nvs.\t)\n"
            + "\t) AND AUTHORITIES IN OPPOSITION TO\n\t) MOTION TO EXCLUDE\n"
            + "WIDGET LLC,\t)\nDefendant.\t)\n"
            + BODY,
        ),
        Role.OPPOSITION,
        "PLAINTIFF’S MEMORANDUM OF POINTS AND AUTHORITIES IN OPPOSITION TO MOTION TO EXCLUDE",
        "Plaintiff",
        ("ACME CORP.", "WIDGET LLC"),
        'title says "OPPOSITION"',
    ),
    Layout(
        "relator, banner above the title",
        (
            "Attorneys for Relator\nJohn Roe\n"
            + COURT
            + "UNITED STATES OF AMERICA,\tCASE NO. 2:19-cv-05397-ABC\nPlaintiff\tREDACTED\n"
            + "v.\tRELATOR’S OPPOSITION TO\nJOHN ROE,\tREQUEST FOR EXTRADITION\nRelator\n"
            + BODY,
        ),
        Role.OPPOSITION,
        "RELATOR’S OPPOSITION TO REQUEST FOR EXTRADITION",
        "Relator",
        ("UNITED STATES OF AMERICA", "JOHN ROE"),
        'title says "OPPOSITION"',
    ),
    Layout(
        "declaration in support of an opposition",
        (
            "Attorneys for Plaintiff\n"
            + COURT
            + "ACME CORP.,\tCase No. 3:21-cv-01234-XYZ\nPlaintiff,\n"
            + "v.\tDECLARATION OF JANE ROE IN SUPPORT\nWIDGET LLC,\tOF PLAINTIFF’S OPPOSITION\n"
            + "Defendant.\n"
            + BODY,
        ),
        Role.OTHER,
        "DECLARATION OF JANE ROE IN SUPPORT OF PLAINTIFF’S OPPOSITION",
        "Plaintiff",
        ("ACME CORP.", "WIDGET LLC"),
        'title says "DECLARATION OF"',
    ),
    Layout(
        "civil minutes deciding a motion",
        (
            "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n"
            + "CIVIL MINUTES – GENERAL\nCase No. 2:20-cv-01234-ABC\n"
            + "Proceedings: (IN CHAMBERS) MOTION TO DISMISS [12]\n"
            + BODY,
        ),
        Role.ORDER,
        "CIVIL MINUTES – GENERAL",
        "Court",
        (),
        'title says "CIVIL MINUTES"',
    ),
    Layout(
        "order known only by the judge's signature block",
        (
            COURT + "ACME CORP.,\tCase No. 3:21-cv-01234-XYZ\nPlaintiff,\nv.\nWIDGET LLC,\n"
            "Defendant.\n" + BODY,
            "The hearing is continued to May 1.\nDated: April 2, 2021\n"
            + "Jane Q. Judge\nUnited States District Judge\n",
        ),
        Role.ORDER,
        "",
        "Court",
        ("ACME CORP.", "WIDGET LLC"),
        'last page says "United States District Judge"',
    ),
    Layout(
        "application, not 'motion', in the title",
        (
            "Attorneys for Defendants\n"
            + COURT
            + "ACME CORP.,\tNO. 2-18-cv-09321-ABC\nPlaintiff,\tNOTICE AND APPLICATION\n"
            + "v.\tFOR DEFAULT JUDGMENT\nWIDGET LLC,\nDefendants.\n"
            + BODY,
        ),
        Role.MOTION,
        "NOTICE AND APPLICATION FOR DEFAULT JUDGMENT",
        "Defendants",
        ("ACME CORP.", "WIDGET LLC"),
        'title says "APPLICATION"',
    ),
)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_caption_layout(layout: Layout) -> None:
    pages = [Page(i + 1, text, lines_of(text)) for i, text in enumerate(layout.pages)]
    meta = infer_meta(pages, "x.pdf")
    assert meta.role == layout.role, meta.evidence
    assert meta.title == layout.title
    assert meta.party.startswith(layout.party), meta.party
    assert meta.parties[: len(layout.parties)] == layout.parties
    assert any(layout.evidence in item for item in meta.evidence), meta.evidence


@pytest.mark.parametrize(
    ("stamp", "docket", "ecf", "filed"),
    [
        (
            "Case 2:20-cv-01234-ABC Document 12 Filed 01/02/21 Page 1 of 9",
            "2:20-cv-01234-ABC",
            "12",
            "2021-01-02",
        ),
        (
            "Case: 20-50682 Doc# 33 Filed: 04/28/20 Entered: 04/28/20 15:44:08 Page 1 of 30",
            "20-50682",
            "33",
            "2020-04-28",
        ),
        (
            "Case: 19-16122, 04/15/2020, ID: 11663421, DktEntry: 25, Page 1 of 30",
            "19-16122",
            "25",
            "2020-04-15",
        ),
    ],
    ids=["district", "bankruptcy", "appellate"],
)
def test_stamps_of_district_bankruptcy_and_appellate_courts(
    stamp: str, docket: str, ecf: str, filed: str
) -> None:
    meta = apply_stamp(FilingMeta(), stamp)
    assert (meta.docket, meta.ecf_number, meta.filed) == (docket, ecf, filed)
    assert meta.evidence


@pytest.mark.parametrize(
    ("court_lines", "court"),
    [
        ("UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF CALIFORNIA", "Bankr. N.D. Cal."),
        ("UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT", "9th Cir."),
    ],
)
def test_bankruptcy_and_appeals_courts(court_lines: str, court: str) -> None:
    text = court_lines + "\n\nIn re ACME WIDGETS LLC,\tCase No. 20-50682\nDebtor.\n"
    meta = infer_meta([Page(1, text, lines_of(text))], "x.pdf")
    assert meta.court == court


@pytest.mark.parametrize(
    "stamp",
    [
        "Case: 20-50682 Doc# 33 Filed: 04/28/20 Entered: 04/28/20 15:44:08 Page 1 of 30",
        "Case: 19-16122, 04/15/2020, ID: 11663421, DktEntry: 25, Page 1 of 30",
    ],
)
def test_bankruptcy_and_appellate_stamps_are_stamps(stamp: str) -> None:
    assert is_stamp(stamp)


def test_a_court_word_broken_by_extraction_is_still_read() -> None:
    text = "UNITED STATES DISTRI CT COURT\nNORTHERN DISTRICT OF CALIF ORNIA\n"
    assert infer_meta([Page(1, text, lines_of(text))], "x.pdf").court == "N.D. Cal."
