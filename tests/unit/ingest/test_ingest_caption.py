"""Caption parsing: court, docket, parties, title, role, motion kind and filing party."""

from __future__ import annotations

import pytest

from lawdiff.core.model import FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta
from lawdiff.ingest.caption import apply_stamp

HEAD = "Jane Doe (SBN 1)\nAttorneys for {side}\n\nUNITED STATES DISTRICT COURT\n{court}\n\n"
PARTIES = "ACME CORP., a Delaware corporation,\tCase No. 3:21-cv-01234-XYZ\nPlaintiff,\n"
PARTIES += "v.\t{title1}\nWIDGET LLC,\t{title2}\nDefendant.\n\n"


def first_page(side: str, court: str, title1: str, title2: str = "") -> list[Page]:
    text = HEAD.format(side=side, court=court) + PARTIES.format(title1=title1, title2=title2)
    text += "Body text in mixed case begins here."
    return [Page(1, text, lines_of(text))]


@pytest.mark.parametrize(
    ("side", "title1", "title2", "role", "kind", "party"),
    [
        (
            "Defendant Widget LLC",
            "DEFENDANT'S NOTICE OF MOTION AND",
            "MOTION TO DISMISS",
            Role.MOTION,
            "dismiss",
            "Defendant Widget LLC",
        ),
        (
            "Plaintiff Acme Corp.",
            "PLAINTIFF'S OPPOSITION TO",
            "MOTION TO DISMISS",
            Role.OPPOSITION,
            "dismiss",
            "Plaintiff Acme Corp.",
        ),
        (
            "Defendant",
            "REPLY IN SUPPORT OF MOTION FOR",
            "SUMMARY JUDGMENT",
            Role.REPLY,
            "summary-judgment",
            "Defendant",
        ),
        ("Plaintiff", "MOTION FOR TEMPORARY", "RESTRAINING ORDER", Role.MOTION, "tro", "Plaintiff"),
        (
            "Plaintiff",
            "MOTION FOR PRELIMINARY",
            "INJUNCTION",
            Role.MOTION,
            "preliminary-injunction",
            "Plaintiff",
        ),
        ("Plaintiffs", "MOTION IN LIMINE NO. 2", "", Role.MOTION, "in-limine", "Plaintiffs"),
        (
            "Plaintiff",
            "MOTION FOR CLASS",
            "CERTIFICATION",
            Role.MOTION,
            "class-certification",
            "Plaintiff",
        ),
        ("Defendant", "MOTION TO TRANSFER VENUE", "", Role.MOTION, "transfer", "Defendant"),
        ("Defendant", "MOTION TO STRIKE", "", Role.MOTION, "strike", "Defendant"),
        ("Defendant", "MOTION TO COMPEL", "", Role.MOTION, "other", "Defendant"),
        (
            "Plaintiff",
            "COMPLAINT FOR DAMAGES",
            "JURY TRIAL DEMANDED",
            Role.COMPLAINT,
            "",
            "Plaintiff",
        ),
        ("Plaintiff", "ORDER GRANTING MOTION", "TO DISMISS", Role.ORDER, "dismiss", "Court"),
    ],
)
def test_role_kind_and_party(
    side: str, title1: str, title2: str, role: Role, kind: str, party: str
) -> None:
    meta = infer_meta(first_page(side, "NORTHERN DISTRICT OF CALIFORNIA", title1, title2), "x.pdf")
    named = {"Plaintiff": "Plaintiff Acme Corp.", "Defendant": "Defendant Widget LLC"}
    assert (meta.role, meta.motion_kind, meta.party) == (role, kind, named.get(party, party))
    assert meta.title.startswith(title1)
    assert meta.evidence


@pytest.mark.parametrize(
    ("court_line", "court"),
    [
        ("NORTHERN DISTRICT OF CALIFORNIA", "N.D. Cal."),
        ("FOR THE WESTERN DISTRICT OF WASHINGTON\nAT SEATTLE", "W.D. Wash."),
        ("FOR THE DISTRICT OF MARYLAND", "D. Md."),
        ("SOUTHERN DISTRICT OF NEW YORK", "S.D.N.Y."),
    ],
)
def test_court(court_line: str, court: str) -> None:
    meta = infer_meta(first_page("Plaintiff", court_line, "COMPLAINT"), "x.pdf")
    assert meta.court == court.replace("S.D.N.Y.", "S.D. N.Y.")


def test_docket_and_parties() -> None:
    meta = infer_meta(first_page("Plaintiff", "CENTRAL DISTRICT OF CALIFORNIA", "COMPLAINT"), "x")
    assert meta.docket == "3:21-cv-01234-XYZ"
    assert meta.parties == ("ACME CORP.", "WIDGET LLC")
    assert meta.caption == "Acme Corp. v. Widget LLC"


@pytest.mark.parametrize(
    ("name", "role", "kind"),
    [
        ("dkt12_defs_MTD.pdf", Role.MOTION, "dismiss"),
        ("pls_opp_to_MSJ.pdf", Role.OPPOSITION, "summary-judgment"),
        ("reply_ISO_MIL.pdf", Role.REPLY, "in-limine"),
        ("notes.pdf", Role.OTHER, ""),
    ],
)
def test_file_name_is_the_last_resort(name: str, role: Role, kind: str) -> None:
    text = "no caption on this page at all"
    meta = infer_meta([Page(1, text, lines_of(text))], name)
    assert (meta.role, meta.motion_kind) == (role, kind)


def test_stamp_gives_docket_ecf_number_and_date() -> None:
    stamp = "Case 2:21-cv-00031-BJR Document 10-2 Filed 01/12/21 Page 5 of 60"
    meta = apply_stamp(FilingMeta(docket="21-cv-31"), stamp)
    assert (meta.docket, meta.ecf_number, meta.filed) == ("2:21-cv-00031-BJR", "10-2", "2021-01-12")
    assert apply_stamp(FilingMeta(), "no stamp here") == FilingMeta()
