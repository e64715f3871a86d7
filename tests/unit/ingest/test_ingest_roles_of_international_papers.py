"""Roles of papers international and other forums name otherwise (roles19): the phase of an
ICJ case printed above its "JUDGMENT" is no title; a domain name "COMPLAINT" is the moving
paper a panel decides, its "ADMINISTRATIVE PANEL DECISION" an order; a board judge's author
line marks an untitled decision; a paper titled by its kind alone takes its side from its
party's designation (a Court of Session note of argument, EFTA written observations); a Ghana
"STATEMENT OF CASE OF THE PLAINTIFF/APPELLANT", the STB's "REPLY … IN OPPOSITION", a CAT
"DEFENCE OF …", ITLOS observations on a request and a Pakistani concise statement. Each with
near forms whose role does not change. Fictional captions."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Role
from lawdiff.ingest import infer_meta
from tests.textfilings import captioned, text_pages

ICJ = "INTERNATIONAL COURT OF JUSTICE\n\nYEAR 2026"
ICJ_PARTIES = "CASE CONCERNING THE ALDER RIVER\n\n(REPUBLIC OF RURITANIA v. KINGDOM OF FINCH)"
PENN = "IN THE COURT OF COMMON PLEAS OF ALDER COUNTY, PENNSYLVANIA"
PENN_PARTIES = "JANE ROE,\nPlaintiff,\n\nv.\n\nALDER CO.,\nDefendant."
UDRP = "WIPO ARBITRATION AND MEDIATION CENTER\n\nADMINISTRATIVE PANEL PROCEEDING"
UDRP_PARTIES = "Alder Inc.\n(Complainant)\n\nv.\n\nJohn Doe\n(Respondent)"
FED = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA"
FED_PARTIES = "ALDER INC.,\nPlaintiff,\n\nv.\n\nJOHN DOE,\nDefendant."
GHANA = "IN THE SUPERIOR COURT OF JUDICATURE\nIN THE SUPREME COURT\n\nCIVIL APPEAL NO. J4/1/2026"
GHANA_PARTIES = "ALDER LIMITED   ...   PLAINTIFF/APPELLANT\n\nVRS\n\nFINCH BANK   ...   DEFENDANT"
STB = "BEFORE THE\nSURFACE TRANSPORTATION BOARD\n\nDocket No. NOR 1"
STB_PARTIES = "ALDER LLC\nv.\nFINCH RAILWAY COMPANY"
CAT = "IN THE COMPETITION APPEAL TRIBUNAL"
CAT_PARTIES = "BETWEEN:\n\nALDER MOBILE LIMITED\nAppellant\n- v -\n\nOFFICE OF FINCH\nRespondent"
ITLOS = "INTERNATIONAL TRIBUNAL FOR THE LAW OF THE SEA"
ITLOS_PARTIES = "THE ALDER BANK CASE\n\n(REPUBLIC OF RURITANIA v. KINGDOM OF FINCH)"
PK = "IN THE SUPREME COURT OF PAKISTAN\n(Appellate Jurisdiction)\n\nCivil Petition No. 1 of 2026"
PK_PARTIES = "Jane Roe\n...Petitioner\n\nVersus\n\nJohn Doe and others\n...Respondents"

TITLES = [
    # the phase of an ICJ case above its judgment's word; a Pennsylvania party's objections move
    (ICJ, ICJ_PARTIES, "PRELIMINARY OBJECTIONS\n\nJUDGMENT", Role.ORDER),
    (ICJ, ICJ_PARTIES, "PROVISIONAL MEASURES\n\nORDER", Role.ORDER),
    (PENN, PENN_PARTIES, "PRELIMINARY OBJECTIONS", Role.MOTION),
    (PENN, PENN_PARTIES, "PRELIMINARY OBJECTIONS\n\nOF DEFENDANT ALDER CO.", Role.MOTION),
    # a domain name complaint moves; a court's complaint opens a lawsuit
    (UDRP, UDRP_PARTIES, "COMPLAINT\n(Rules, paragraph 3(b))", Role.MOTION),
    (UDRP, UDRP_PARTIES, "RESPONSE\n(Rules, paragraph 5)", Role.OPPOSITION),
    (UDRP, UDRP_PARTIES, "ADMINISTRATIVE PANEL DECISION", Role.ORDER),
    (FED, FED_PARTIES, "COMPLAINT FOR TRADEMARK INFRINGEMENT", Role.COMPLAINT),
    # a party's case named for its side at each level after a slash, this court's last
    (GHANA, GHANA_PARTIES, "STATEMENT OF CASE OF THE PLAINTIFF/APPELLANT", Role.MOTION),
    (GHANA, GHANA_PARTIES, "STATEMENT OF CASE OF THE DEFENDANT/RESPONDENT", Role.OPPOSITION),
    (GHANA, GHANA_PARTIES, "STATEMENT OF CASE OF THE PLAINTIFF/RESPONDENT/APPELLANT", Role.MOTION),
    (
        GHANA,
        GHANA_PARTIES,
        "STATEMENT OF CASE OF THE DEFENDANT/APPELLANT/RESPONDENT",
        Role.OPPOSITION,
    ),
    (GHANA, GHANA_PARTIES, "STATEMENT OF CASE OF THE AMICUS", Role.OTHER),
    # the STB's reply in opposition answers; a reply in support or to an opposition replies
    (STB, STB_PARTIES, "REPLY OF ALDER LLC IN OPPOSITION TO MOTION TO DISMISS", Role.OPPOSITION),
    (STB, STB_PARTIES, "REPLY IN OPPOSITION TO PETITION FOR EXEMPTION", Role.OPPOSITION),
    (STB, STB_PARTIES, "REPLY IN SUPPORT OF MOTION TO DISMISS", Role.REPLY),
    (STB, STB_PARTIES, "REPLY TO OPPOSITION TO MOTION TO DISMISS", Role.REPLY),
    # a respondent's defence named with its party
    (CAT, CAT_PARTIES, "DEFENCE OF THE OFFICE OF FINCH", Role.OPPOSITION),
    (CAT, CAT_PARTIES, "REPLY TO THE DEFENCE OF THE OFFICE OF FINCH", Role.REPLY),
    # a request for provisional measures moves; observations on it answer
    (ITLOS, ITLOS_PARTIES, "REQUEST FOR THE PRESCRIPTION OF PROVISIONAL MEASURES", Role.MOTION),
    (
        ITLOS,
        ITLOS_PARTIES,
        "WRITTEN OBSERVATIONS OF THE KINGDOM OF FINCH\nON THE REQUEST FOR THE PRESCRIPTION OF "
        "PROVISIONAL MEASURES",
        Role.OPPOSITION,
    ),
    # a respondent's concise statement answers the petition, its "PRELIMINARY OBJECTIONS" below
    (
        PK,
        PK_PARTIES,
        "CONCISE STATEMENT ON BEHALF OF RESPONDENT NO. 1\n\nRespectfully Sheweth:\n\n"
        "PRELIMINARY OBJECTIONS",
        Role.OPPOSITION,
    ),
]


@pytest.mark.parametrize(
    ("court", "parties", "title", "role"),
    TITLES,
    ids=[" ".join(title.split()[:9]) for _, _, title, _ in TITLES],
)
def test_a_paper_named_as_its_forum_names_it(
    court: str, parties: str, title: str, role: Role
) -> None:
    meta = infer_meta(captioned(court, parties, title), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


NOTE = (
    "IN THE COURT OF SESSION\nINNER HOUSE\n\nCA1/26\n\nNOTE OF ARGUMENT\n\nfor\n\n"
    "ALDER LIMITED\n{designation}\n\nin the cause\n\nALDER LIMITED\n{designation}\n\n"
    "INTRODUCTION\n\nThe court should rule.\n"
)
OBSERVATIONS = (
    "EFTA COURT\n\nCase E-1/26\n\nWRITTEN OBSERVATIONS\n\nsubmitted, pursuant to Article 20 of "
    "the Statute of the EFTA Court, by\n\nJane Roe, {designation},\n\nrepresented by J. Doe\n\n"
    "I INTRODUCTION\n\n1. The court should rule.\n"
)
CBCA = (
    "GRANTED IN PART: November 30, 2026\n\nCBCA 1\n\nALDER LLC,\n\nAppellant,\n\nv.\n\n"
    "FINCH ADMINISTRATION,\n\nRespondent.\n\nBefore Board Judges ROE, DOE, and POE.\n\n"
    "{author}\n\n     Alder appeals the deemed denial of its claim.\n"
)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (NOTE.format(designation="Defenders and Reclaimers"), Role.MOTION),
        (NOTE.format(designation="Pursuers and Respondents"), Role.OPPOSITION),
        (NOTE.format(designation="Defenders"), Role.OTHER),
        (OBSERVATIONS.format(designation="Plaintiff in the main proceedings"), Role.MOTION),
        (OBSERVATIONS.format(designation="Defendant in the main proceedings"), Role.OPPOSITION),
        (OBSERVATIONS.format(designation="an interested party"), Role.OTHER),
        (CBCA.format(author="ROE, Board Judge."), Role.ORDER),
        (CBCA.format(author="ROE, Board Member."), Role.OTHER),
    ],
    ids=[
        "note reclaimers",
        "note respondents",
        "note defenders",
        "observations plaintiff",
        "observations defendant",
        "observations other",
        "board judge",
        "board member",
    ],
)
def test_a_paper_takes_its_role_from_its_party_or_its_author(text: str, role: Role) -> None:
    meta = infer_meta(text_pages(text), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)
