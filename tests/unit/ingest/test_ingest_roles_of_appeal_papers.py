"""Roles of appeal papers that other forums name otherwise (roles18): an appeal lodged by an
"APPEAL BRIEF" or a "STATEMENT OF GROUNDS OF APPEAL" moves and the first "REPLY" to it answers;
a final court's "CASE FOR THE APPELLANT" and the Supreme Court of Canada's "MEMORANDUM OF
ARGUMENT OF THE APPLICANT" are named for their side; exceptions to an award, an investment
tribunal's memorial, a side's brief in support of its petition and the New Mexico "BRIEF IN
CHIEF" move; the Court of Justice's "RESPONSE" answers; a "DECISION ON …" and an "ARBITRAL
AWARD" decide. Each with near forms whose role does not change. Fictional captions."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Role
from lawdiff.ingest import infer_meta
from tests.textfilings import captioned, text_pages

PTAB = "UNITED STATES PATENT AND TRADEMARK OFFICE\nBEFORE THE PATENT TRIAL AND APPEAL BOARD"
PTAB_PARTIES = "Ex parte Jane Roe\n\nApplication No.: 17/000,001\nArt Unit: 1700"
EPO = "To the European Patent Office\nBoards of Appeal"
EPO_PARTIES = "European Patent No. 3 000 001\nProprietor: Alder Films B.V.\nOpponent: Finch Oy"
ECHR = "EUROPEAN COURT OF HUMAN RIGHTS\nFOURTH SECTION"
ECHR_PARTIES = "Application no. 1/26\nRoe v. Ruritania"
UKSC = "IN THE SUPREME COURT OF THE UNITED KINGDOM"
UKSC_PARTIES = "BETWEEN:\n\nALDER FINCH LIMITED\nAppellant\n\n- and -\n\nJANE ROE\nRespondent"
SCC = "IN THE SUPREME COURT OF CANADA\n(ON APPEAL FROM THE COURT OF APPEAL FOR ONTARIO)"
SCC_PARTIES = "BETWEEN:\n\nJANE ROE\n\nAPPLICANT\n\nAND:\n\nTOWN OF ALDERVALE\n\nRESPONDENT"
CAS = "COURT OF ARBITRATION FOR SPORT"
CAS_PARTIES = "CAS 2026/A/1 Jane Roe v. Ruritania Anti-Doping Agency"
FLRA = "UNITED STATES OF AMERICA\nFEDERAL LABOR RELATIONS AUTHORITY"
FLRA_PARTIES = "ALDERVALE SUPPLY DEPOT\n(Agency)\n\nand\n\nFINCH WORKERS LOCAL 1\n(Union)"
NM = "IN THE COURT OF APPEALS OF THE STATE OF NEW MEXICO"
NM_PARTIES = "STATE OF NEW MEXICO,\nPlaintiff-Appellee,\n\nv.\n\nJOHN DOE,\nDefendant-Appellant."
ICSID = "INTERNATIONAL CENTRE FOR SETTLEMENT OF INVESTMENT DISPUTES"
ICSID_PARTIES = "Alder Holdings B.V.\nClaimant\n\nv.\n\nRepublic of Ruritania\nRespondent"
MINE = "FEDERAL MINE SAFETY AND HEALTH REVIEW COMMISSION"
MINE_PARTIES = "SECRETARY OF LABOR,\nPetitioner,\n\nv.\n\nREDROCK QUARRY, LLC,\nRespondent."
CJEU = "IN THE COURT OF JUSTICE OF THE EUROPEAN UNION\n\nCase C-1/26 P"
CJEU_PARTIES = (
    "ALDER HOLDING SE\nAppellant\n\nv\n\nEUROPEAN COMMISSION\nDefendant at first instance"
)

APPEAL_PAPERS = [
    # an appeal lodged by a brief or a statement of its grounds moves; the first reply answers it
    (PTAB, PTAB_PARTIES, "APPEAL BRIEF UNDER 37 C.F.R. § 41.37", Role.MOTION),
    (PTAB, PTAB_PARTIES, "EXAMINER'S ANSWER", Role.OPPOSITION),
    (PTAB, PTAB_PARTIES, "REPLY BRIEF UNDER 37 C.F.R. § 41.41", Role.REPLY),
    (PTAB, PTAB_PARTIES, "APPELLEE'S APPEAL BRIEF", Role.OPPOSITION),
    (EPO, EPO_PARTIES, "STATEMENT OF GROUNDS OF APPEAL", Role.MOTION),
    (EPO, EPO_PARTIES, "STATEMENT SETTING OUT THE GROUNDS OF APPEAL", Role.MOTION),
    (EPO, EPO_PARTIES, "REPLY TO THE STATEMENT OF GROUNDS OF APPEAL", Role.OPPOSITION),
    (
        EPO,
        EPO_PARTIES,
        "REPLY OF THE RESPONDENT TO THE STATEMENT OF GROUNDS OF APPEAL",
        Role.OPPOSITION,
    ),
    (EPO, EPO_PARTIES, "RESPONSE TO THE GROUNDS OF APPEAL", Role.OPPOSITION),
    (EPO, EPO_PARTIES, "REPLY TO THE RESPONSE TO THE STATEMENT OF GROUNDS OF APPEAL", Role.REPLY),
    (EPO, EPO_PARTIES, "APPELLANT'S REPLY TO THE OPPOSITION TO THE APPEAL", Role.REPLY),
    # before the European Court of Human Rights the Government's observations come first
    (
        ECHR,
        ECHR_PARTIES,
        "OBSERVATIONS OF THE APPLICANT IN REPLY TO THE OBSERVATIONS OF THE GOVERNMENT",
        Role.OPPOSITION,
    ),
    (
        ECHR,
        ECHR_PARTIES,
        "APPLICANT'S OBSERVATIONS IN REPLY TO THE GOVERNMENT'S OBSERVATIONS",
        Role.OPPOSITION,
    ),
    (ECHR, ECHR_PARTIES, "APPLICANT'S REPLY TO THE RESPONDENT'S OBSERVATIONS", Role.REPLY),
    (ECHR, ECHR_PARTIES, "GOVERNMENT'S REPLY TO THE APPLICANT'S OBSERVATIONS", Role.REPLY),
]
NAMED_FOR_SIDE = [
    # a final court's written case, the Supreme Court of Canada's memorandum of argument
    (UKSC, UKSC_PARTIES, "CASE FOR THE APPELLANTS", Role.MOTION),
    (UKSC, UKSC_PARTIES, "CASE FOR THE RESPONDENT", Role.OPPOSITION),
    (UKSC, UKSC_PARTIES, "PRINTED CASE FOR THE APPELLANT", Role.MOTION),
    (UKSC, UKSC_PARTIES, "PRINTED CASE FOR THE RESPONDENT", Role.OPPOSITION),
    (UKSC, UKSC_PARTIES, "CASE FOR THE INTERVENER", Role.OTHER),
    (UKSC, UKSC_PARTIES, "STATEMENT OF FACTS AND ISSUES", Role.OTHER),
    (SCC, SCC_PARTIES, "MEMORANDUM OF ARGUMENT OF THE APPLICANT", Role.MOTION),
    (SCC, SCC_PARTIES, "MEMORANDUM OF ARGUMENT OF THE RESPONDENT", Role.OPPOSITION),
    (SCC, SCC_PARTIES, "MEMORANDUM OF ARGUMENT OF THE INTERVENER", Role.OTHER),
]
BY_KIND = [
    (CAS, CAS_PARTIES, "APPEAL BRIEF", Role.MOTION),
    (CAS, CAS_PARTIES, "ANSWER", Role.OPPOSITION),
    (FLRA, FLRA_PARTIES, "AGENCY'S EXCEPTIONS TO ARBITRATION AWARD", Role.MOTION),
    (FLRA, FLRA_PARTIES, "UNION'S OPPOSITION TO THE AGENCY'S EXCEPTIONS", Role.OPPOSITION),
    (FLRA, FLRA_PARTIES, "AGENCY'S REPLY TO THE UNION'S OPPOSITION TO ITS EXCEPTIONS", Role.REPLY),
    (NM, NM_PARTIES, "BRIEF IN CHIEF", Role.MOTION),
    (NM, NM_PARTIES, "ANSWER BRIEF", Role.OPPOSITION),
    (NM, NM_PARTIES, "REPLY BRIEF", Role.REPLY),
    (ICSID, ICSID_PARTIES, "RESPONDENT'S MEMORIAL ON JURISDICTION", Role.MOTION),
    (ICSID, ICSID_PARTIES, "CLAIMANT'S COUNTER-MEMORIAL ON JURISDICTION", Role.OPPOSITION),
    (ICSID, ICSID_PARTIES, "CLAIMANT'S MEMORIAL ON THE MERITS", Role.MOTION),
    (ICSID, ICSID_PARTIES, "RESPONDENT'S COUNTER-MEMORIAL ON THE MERITS", Role.OPPOSITION),
    # the respondent below petitions for review: its brief in support of its petition moves
    (
        MINE,
        MINE_PARTIES,
        "BRIEF OF RESPONDENT REDROCK QUARRY, LLC IN SUPPORT OF ITS PETITION FOR DISCRETIONARY "
        "REVIEW",
        Role.MOTION,
    ),
    (MINE, MINE_PARTIES, "BRIEF OF RESPONDENT REDROCK QUARRY, LLC", Role.OPPOSITION),
    (MINE, MINE_PARTIES, "BRIEF OF RESPONDENT IN OPPOSITION TO THE PETITION", Role.OPPOSITION),
    (CJEU, CJEU_PARTIES, "RESPONSE OF THE EUROPEAN COMMISSION", Role.OPPOSITION),
    (CJEU, CJEU_PARTIES, "RESPONSE", Role.OPPOSITION),
    (
        CJEU,
        CJEU_PARTIES,
        "RESPONSE OF THE KINGDOM OF RURITANIA IN SUPPORT OF THE APPELLANT",
        Role.OTHER,
    ),
]
DECISIONS = [
    (PTAB, PTAB_PARTIES, "DECISION ON APPEAL", Role.ORDER),
    (PTAB, PTAB_PARTIES, "DECISION ON REQUEST FOR REHEARING", Role.ORDER),
    (ICSID, ICSID_PARTIES, "DECISION ON THE RESPONDENT'S OBJECTIONS\nTO JURISDICTION", Role.ORDER),
    (
        ICSID,
        ICSID_PARTIES,
        "RESPONDENT'S OBJECTIONS TO THE DECISION ON ADMISSIBILITY",
        Role.OPPOSITION,
    ),
    (CAS, CAS_PARTIES, "ARBITRAL AWARD", Role.ORDER),
    (ICSID, ICSID_PARTIES, "FINAL AWARD", Role.ORDER),
    (ICSID, ICSID_PARTIES, "PARTIAL AWARD ON JURISDICTION", Role.ORDER),
    (CAS, CAS_PARTIES, "MOTION TO CONFIRM\nARBITRAL AWARD", Role.MOTION),
    (CAS, CAS_PARTIES, "APPLICATION TO SET ASIDE THE FINAL AWARD", Role.MOTION),
]
TITLES = APPEAL_PAPERS + NAMED_FOR_SIDE + BY_KIND + DECISIONS


@pytest.mark.parametrize(
    ("court", "parties", "title", "role"),
    TITLES,
    ids=[" ".join(title.split()[:9]) for _, _, title, _ in TITLES],
)
def test_an_appeal_paper_named_as_its_forum_names_it(
    court: str, parties: str, title: str, role: Role
) -> None:
    meta = infer_meta(captioned(court, parties, title), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


RUN_IN = (
    "IN THE COURT OF JUSTICE OF THE EUROPEAN UNION\n\nCase C-1/26 P\n\n"
    "ALDER HOLDING SE\n                Appellant\n\n{title}\n\nFORM OF ORDER SOUGHT\n\n"
    "The appellant asks the Court to set aside the judgment under appeal.\n"
)
JUDGMENT = (
    "JUDGMENT OF THE COURT (Fourth Chamber)\n\n30 November 2026\n\nIn Case C-1/26 P,\n\n"
    "{title}\n\nAlder Holding SE, represented by J. Roe, avocat,\n"
)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            RUN_IN.format(title="APPEAL against the judgment of the General Court of 5 March 2025"),
            Role.MOTION,
        ),
        (RUN_IN.format(title="ACTION brought on 2 May 2026"), Role.OTHER),
        (RUN_IN.format(title="Appeal against the judgment of the General Court"), Role.OTHER),
        # a judgment restates the appeal it decides below its own heading
        (JUDGMENT.format(title="APPEAL against the judgment of the General Court"), Role.ORDER),
        (JUDGMENT.format(title="APPLICATION under Article 263 TFEU for annulment"), Role.ORDER),
    ],
    ids=["run-in appeal", "run-in action", "mixed case", "judgment appeal", "judgment application"],
)
def test_a_run_in_title_names_the_role_its_capitals_open(text: str, role: Role) -> None:
    meta = infer_meta(text_pages(text), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


DATASHEET = (
    "BOARDS OF APPEAL OF THE EUROPEAN PATENT OFFICE\n\nDatasheet for the decision\n"
    "of 30 November 2026\n\nCase Number: T 1/26 - 3.2.05\nIPC: B62J 1/16\n\n"
    "Keyword:\nNovelty - main request (no)\n"
)


@pytest.mark.parametrize(
    ("cover", "following", "role"),
    [
        (
            DATASHEET,
            "Case Number: T 1/26\n\nDECISION\nof Technical Board of Appeal 3.2.05\n",
            Role.ORDER,
        ),
        (
            DATASHEET,
            "Case Number: T 1/26\n\nSTATEMENT OF GROUNDS OF APPEAL\n\nREQUESTS\n",
            Role.MOTION,
        ),
        # a cover that names its role keeps it
        (
            DATASHEET + "\nMOTION FOR ACCELERATED PROCESSING\n",
            "Case Number: T 1/26\n\nDECISION\nof Technical Board of Appeal 3.2.05\n",
            Role.MOTION,
        ),
        (DATASHEET, "Case Number: T 1/26\n\nSummary of Facts and Submissions\n", Role.OTHER),
    ],
    ids=["decision", "grounds", "titled cover", "no title after"],
)
def test_a_datasheet_cover_takes_the_title_of_the_page_after_it(
    cover: str, following: str, role: Role
) -> None:
    meta = infer_meta(text_pages(cover, following), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)
