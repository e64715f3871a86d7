"""Caption layouts met off the template, one table row each (fictional captions)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from lawdiff.core.model import Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta

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
