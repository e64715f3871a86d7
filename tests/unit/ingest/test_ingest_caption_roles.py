"""Roles from titles that name two documents, and caption lines that name none ("NOTE ON
MOTION CALENDAR"): fictional captions."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta


def caption(*title_lines: str) -> list[Page]:
    text = "\n".join(
        [
            "UNITED STATES DISTRICT COURT",
            "WESTERN DISTRICT OF WASHINGTON",
            "AT SEATTLE",
            "",
            "ALDER FINCH LLC,",
            "Plaintiff,",
            "v.",
            "BRAMBLE CORP.,",
            "Defendant.",
            "",
            "Case No. 2:25-cv-00123",
            "",
            *title_lines,
            "",
            "I. INTRODUCTION",
            "",
            "Plaintiff seeks discovery it does not need.",
        ]
    )
    return [Page(1, text, lines_of(text))]


@pytest.mark.parametrize(
    ("title_lines", "role"),
    [
        (
            [
                "DEFENDANT'S OPPOSITION TO PLAINTIFF'S MOTION TO COMPEL AND CROSS-MOTION FOR",
                "PROTECTIVE ORDER",
            ],
            Role.OPPOSITION,
        ),
        (
            # a cross-motion that also opposes answers the motion it crosses
            [
                "PLAINTIFF'S CROSS-MOTION FOR SUMMARY JUDGMENT AND OPPOSITION TO DEFENDANT'S",
                "MOTION FOR SUMMARY JUDGMENT",
            ],
            Role.OPPOSITION,
        ),
        (
            [
                "MEMORANDUM IN SUPPORT OF DEFENDANTS' CROSS-MOTION FOR SUMMARY JUDGMENT AND IN",
                "OPPOSITION TO PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT",
            ],
            Role.OPPOSITION,
        ),
        (["DEFENDANTS' CROSS-MOTION FOR SUMMARY JUDGMENT"], Role.MOTION),
        (
            [
                "PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT AND OPPOSITION TO DEFENDANT'S MOTION",
                "TO STRIKE",
            ],
            Role.MOTION,
        ),
        (["DEBTOR'S OBJECTION TO THE BANK'S MOTION FOR RELIEF FROM STAY"], Role.OPPOSITION),
        (["REPLY IN SUPPORT OF MOTION TO DISMISS"], Role.REPLY),
        (["[PROPOSED] ORDER GRANTING MOTION TO COMPEL"], Role.ORDER),
        (["DECLARATION OF JANE DOE IN OPPOSITION TO MOTION TO COMPEL"], Role.OTHER),
        (
            [
                "DEFENDANT'S OPPOSITION TO MOTION TO COMPEL",
                "",
                "NOTE ON MOTION CALENDAR: July 3, 2025",
            ],
            Role.OPPOSITION,
        ),
    ],
)
def test_the_first_document_kind_of_the_title_is_the_role(
    title_lines: list[str], role: Role
) -> None:
    meta = infer_meta(caption(*title_lines), "filing.pdf")
    assert meta.role is role, meta.evidence
    assert "NOTE ON" not in meta.title


def test_a_hearing_line_alone_gives_no_role() -> None:
    meta = infer_meta(caption("NOTE ON MOTION CALENDAR: July 3, 2025"), "filing.pdf")
    assert meta.role is Role.OTHER
    assert meta.title == ""


def test_a_title_in_mixed_case_is_not_taken_from_a_hearing_line() -> None:
    """A title in mixed case is not read (sentences of an order name motions too); the
    hearing line below it must not stand in for it."""
    meta = infer_meta(
        caption(
            "Defendant's Opposition to Plaintiff's Motion", "", "NOTE ON MOTION CALENDAR: July 3"
        ),
        "filing.pdf",
    )
    assert (meta.role, meta.title) == (Role.OTHER, "")


def test_a_sentence_naming_a_motion_is_no_title() -> None:
    meta = infer_meta(
        caption("Defendant moves for summary judgment on every claim, for the reasons below."),
        "filing.pdf",
    )
    assert meta.title == ""


def styled_caption(court: list[str], parties: list[str], title: list[str]) -> list[Page]:
    text = "\n".join([*court, "", *parties, "", *title, "", "INTRODUCTION", "", "Text."])
    return [Page(1, text, lines_of(text))]


APPEALS = ["IN THE UNITED STATES COURT OF APPEALS", "FOR THE NINTH CIRCUIT", "No. 25-1234"]
APPEAL_PARTIES = ["ALDER FINCH LLC,", "Plaintiff-Appellant,", "v.", "BRAMBLE CORP.,"]
WRIT = ["IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA", "SECOND APPELLATE DISTRICT"]
WRIT_PARTIES = ["ALDER FINCH LLC,", "Petitioner,", "v.", "SUPERIOR COURT,", "Respondent;"]
PTAB = ["UNITED STATES PATENT AND TRADEMARK OFFICE", "BEFORE THE PATENT TRIAL AND APPEAL BOARD"]
PTAB_PARTIES = ["NORDVIK AUDIO AS,", "Petitioner,", "v.", "HALCYON WEARABLES, INC.,"]
NLRB = ["UNITED STATES OF AMERICA", "BEFORE THE NATIONAL LABOR RELATIONS BOARD"]
NLRB_PARTIES = ["ALDER FINCH COLD STORAGE, INC.,", "Respondent,", "and", "LOCAL 12,"]
TAX = ["UNITED STATES TAX COURT"]
TAX_PARTIES = ["JANE ROE,", "Petitioner,", "v.", "COMMISSIONER OF INTERNAL REVENUE,"]
BANKRUPTCY = ["UNITED STATES BANKRUPTCY COURT", "MIDDLE DISTRICT OF FLORIDA"]
DEBTOR = ["In re:", "ALDER FINCH LLC,", "Debtor.", "Case No. 8:25-bk-01462"]
TEXAS = ["CAUSE NO. 26-0417", "IN THE DISTRICT COURT OF WILLIAMSON COUNTY, TEXAS"]
TEXAS_PARTIES = ["ALDER FINCH,", "Plaintiff,", "v.", "BRAMBLE HOMES, LLC,", "Defendant."]
DISTRICT = ["UNITED STATES DISTRICT COURT", "EASTERN DISTRICT OF MICHIGAN"]
PARTIES = ["ALDER FINCH LLC,", "Plaintiff,", "v.", "BRAMBLE CORP.,", "Defendant."]


@pytest.mark.parametrize(
    ("court", "parties", "title", "role"),
    [
        # federal appellate briefs: the appellant's moves, the appellee's answers
        (APPEALS, APPEAL_PARTIES, ["BRIEF OF PLAINTIFF-APPELLANT ALDER FINCH LLC"], Role.MOTION),
        (APPEALS, APPEAL_PARTIES, ["BRIEF FOR DEFENDANTS-APPELLEES"], Role.OPPOSITION),
        (APPEALS, APPEAL_PARTIES, ["APPELLANT'S OPENING BRIEF"], Role.MOTION),
        # Illinois: "BRIEF AND ARGUMENT FOR" a side
        (APPEALS, APPEAL_PARTIES, ["BRIEF AND ARGUMENT OF PLAINTIFF-APPELLANT"], Role.MOTION),
        (APPEALS, APPEAL_PARTIES, ["BRIEF AND ARGUMENT FOR DEFENDANT-APPELLEE"], Role.OPPOSITION),
        (APPEALS, APPEAL_PARTIES, ["APPELLEE'S ANSWERING BRIEF"], Role.OPPOSITION),
        # a brief "on behalf of" its side, the party's role after a slash (Pennsylvania WCAB)
        (
            APPEALS,
            APPEAL_PARTIES,
            ["BRIEF ON BEHALF OF EMPLOYER/APPELLANT IN SUPPORT OF ITS APPEAL FROM THE DECISION"],
            Role.MOTION,
        ),
        (
            APPEALS,
            APPEAL_PARTIES,
            ["BRIEF ON BEHALF OF CLAIMANT/APPELLEE"],
            Role.OPPOSITION,
        ),
        (APPEALS, APPEAL_PARTIES, ["BRIEF ON BEHALF OF THE PETITIONER"], Role.MOTION),
        (APPEALS, APPEAL_PARTIES, ["BRIEF ON BEHALF OF RESPONDENT"], Role.OPPOSITION),
        (
            APPEALS,
            APPEAL_PARTIES,
            ["BRIEF ON BEHALF OF AMICUS CURIAE IN SUPPORT OF EMPLOYER/APPELLANT"],
            Role.OTHER,
        ),
        # the Seventh Circuit binds the short appendix to the appellant's brief
        (
            APPEALS,
            APPEAL_PARTIES,
            ["BRIEF AND REQUIRED SHORT APPENDIX OF PLAINTIFF-APPELLANT"],
            Role.MOTION,
        ),
        (
            APPEALS,
            APPEAL_PARTIES,
            ["BRIEF AND SHORT APPENDIX OF DEFENDANT-APPELLEE"],
            Role.OPPOSITION,
        ),
        (APPEALS, APPEAL_PARTIES, ["APPENDIX OF PLAINTIFF-APPELLANT"], Role.OTHER),
        (APPEALS, APPEAL_PARTIES, ["BRIEF OF APPELLEE AND CROSS-APPELLANT"], Role.OPPOSITION),
        (APPEALS, APPEAL_PARTIES, ["BRIEF FOR THE FEDERAL RESPONDENTS"], Role.OPPOSITION),
        (APPEALS, APPEAL_PARTIES, ["REPLY BRIEF OF PLAINTIFF-APPELLANT"], Role.REPLY),
        (APPEALS, APPEAL_PARTIES, ["APPELLANT'S INITIAL BRIEF"], Role.MOTION),
        (APPEALS, APPEAL_PARTIES, ["APPELLEE'S ANSWER BRIEF"], Role.OPPOSITION),
        (
            APPEALS,
            APPEAL_PARTIES,
            ["BRIEF OF AMICUS CURIAE IN SUPPORT OF PLAINTIFF-APPELLANT"],
            Role.OTHER,
        ),
        # a writ proceeding: the petition moves, the return (with its answer) answers
        (
            WRIT,
            WRIT_PARTIES,
            ["VERIFIED PETITION FOR WRIT OF MANDATE; MEMORANDUM OF POINTS AND AUTHORITIES"],
            Role.MOTION,
        ),
        (
            WRIT,
            WRIT_PARTIES,
            [
                "RETURN OF REAL PARTY IN INTEREST TO PETITION FOR WRIT OF MANDATE;",
                "VERIFIED ANSWER",
            ],
            Role.OPPOSITION,
        ),
        # the Patent Trial and Appeal Board: the petition moves, the patent owner responds
        (PTAB, PTAB_PARTIES, ["PETITION FOR INTER PARTES REVIEW OF CLAIMS 1-14"], Role.MOTION),
        (PTAB, PTAB_PARTIES, ["PATENT OWNER'S PRELIMINARY RESPONSE"], Role.OPPOSITION),
        (PTAB, PTAB_PARTIES, ["PATENT OWNER RESPONSE UNDER 37 C.F.R. § 42.120"], Role.OPPOSITION),
        (PTAB, PTAB_PARTIES, ["PETITIONER'S REPLY TO PATENT OWNER'S RESPONSE"], Role.REPLY),
        # the NLRB: exceptions to the judge's decision move, whoever takes them (the employer
        # is the "Respondent"); the answering brief to them answers
        (
            NLRB,
            NLRB_PARTIES,
            ["RESPONDENT'S BRIEF IN SUPPORT OF EXCEPTIONS TO THE DECISION OF THE", "ALJ"],
            Role.MOTION,
        ),
        (
            NLRB,
            NLRB_PARTIES,
            ["BRIEF IN SUPPORT OF THE GENERAL COUNSEL'S CROSS-EXCEPTIONS"],
            Role.MOTION,
        ),
        (
            NLRB,
            NLRB_PARTIES,
            ["COUNSEL FOR THE GENERAL COUNSEL'S ANSWERING BRIEF TO RESPONDENT'S EXCEPTIONS"],
            Role.OPPOSITION,
        ),
        (
            NLRB,
            NLRB_PARTIES,
            ["RESPONDENT'S ANSWERING BRIEF TO THE GENERAL COUNSEL'S CROSS-EXCEPTIONS"],
            Role.OPPOSITION,
        ),
        (NLRB, NLRB_PARTIES, ["RESPONDENT'S ANSWERING BRIEF"], Role.OPPOSITION),
        (NLRB, NLRB_PARTIES, ["RESPONDENT'S REPLY BRIEF IN SUPPORT OF EXCEPTIONS"], Role.REPLY),
        # Tax Court and bankruptcy
        (TAX, TAX_PARTIES, ["PETITION"], Role.MOTION),
        (TAX, TAX_PARTIES, ["ANSWER"], Role.OPPOSITION),
        (BANKRUPTCY, DEBTOR, ["MOTION FOR RELIEF FROM THE AUTOMATIC STAY"], Role.MOTION),
        (
            BANKRUPTCY,
            DEBTOR,
            ["DEBTOR'S OBJECTION TO MOTION FOR RELIEF FROM STAY"],
            Role.OPPOSITION,
        ),
        # Texas pleads in petitions and attacks them by special exceptions
        (TEXAS, TEXAS_PARTIES, ["PLAINTIFF'S ORIGINAL PETITION"], Role.COMPLAINT),
        (WRIT, WRIT_PARTIES, ["AMENDED PETITION FOR WRIT OF MANDATE"], Role.MOTION),
        (
            TEXAS,
            TEXAS_PARTIES,
            ["DEFENDANT'S SPECIAL EXCEPTIONS TO PLAINTIFF'S ORIGINAL PETITION"],
            Role.MOTION,
        ),
        (TEXAS, TEXAS_PARTIES, ["DEFENDANT'S ORIGINAL ANSWER"], Role.OPPOSITION),
        # Louisiana moves by exception, and the plaintiff opposes the exceptions
        (TEXAS, TEXAS_PARTIES, ["MEMORANDUM IN SUPPORT OF PEREMPTORY EXCEPTIONS"], Role.MOTION),
        (TEXAS, TEXAS_PARTIES, ["DECLINATORY EXCEPTION OF LIS PENDENS"], Role.MOTION),
        (
            TEXAS,
            TEXAS_PARTIES,
            ["MEMORANDUM IN OPPOSITION TO PEREMPTORY EXCEPTIONS"],
            Role.OPPOSITION,
        ),
        (DISTRICT, PARTIES, ["ANSWER AND AFFIRMATIVE DEFENSES TO COMPLAINT"], Role.OPPOSITION),
        (DISTRICT, PARTIES, ["BRIEF IN SUPPORT OF ANSWER-RESPONSE"], Role.OPPOSITION),
        # habeas: the petition moves, the answer answers, the traverse replies
        (DISTRICT, WRIT_PARTIES, ["PETITION FOR WRIT OF HABEAS CORPUS"], Role.MOTION),
        (DISTRICT, WRIT_PARTIES, ["ANSWER TO PETITION FOR WRIT OF HABEAS CORPUS"], Role.OPPOSITION),
        (DISTRICT, WRIT_PARTIES, ["PETITIONER'S TRAVERSE TO RESPONDENT'S ANSWER"], Role.REPLY),
        (DISTRICT, PARTIES, ["MAGISTRATE JUDGE'S REPORT AND RECOMMENDATION"], Role.ORDER),
        (DISTRICT, PARTIES, ["FINDINGS AND RECOMMENDATIONS"], Role.ORDER),
        (
            DISTRICT,
            PARTIES,
            ["DEFENDANT'S OBJECTIONS TO THE REPORT AND RECOMMENDATION"],
            Role.OPPOSITION,
        ),
        # claim construction, several motions in one filing
        (DISTRICT, PARTIES, ["PLAINTIFF'S OPENING CLAIM CONSTRUCTION BRIEF"], Role.MOTION),
        (DISTRICT, PARTIES, ["DEFENDANT'S RESPONSIVE CLAIM CONSTRUCTION BRIEF"], Role.OPPOSITION),
        (DISTRICT, PARTIES, ["PLAINTIFF'S MOTIONS IN LIMINE NOS. 1 THROUGH 6"], Role.MOTION),
        # a hearing transcript is the court's oral ruling; a deposition's is evidence
        (DISTRICT, PARTIES, ["MOTION HEARING", "BEFORE THE HONORABLE JANE POE"], Role.ORDER),
        (DISTRICT, PARTIES, ["TRANSCRIPT OF MOTION HEARING"], Role.ORDER),
        (DISTRICT, PARTIES, ["HEARING ON MOTION TO DISMISS"], Role.ORDER),
        (DISTRICT, PARTIES, ["EXCERPT OF MOTION HEARING -- BENCH RULING"], Role.ORDER),
        (DISTRICT, PARTIES, ["REPORTER'S TRANSCRIPT OF PROCEEDINGS"], Role.ORDER),
        (
            DISTRICT,
            PARTIES,
            ["TRANSCRIPT OF THE VIDEOTAPED DEPOSITION OF JANE POE IN SUPPORT OF MOTION"],
            Role.OTHER,
        ),
        (DISTRICT, PARTIES, ["NOTICE OF HEARING ON MOTION TO DISMISS"], Role.MOTION),
        (
            ["SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA"],
            [],
            ["RULING ON DEMURRER"],
            Role.ORDER,
        ),
        # the court's decision named before the order it contains
        (DISTRICT, PARTIES, ["RULING AND ORDER ON PLAINTIFF'S MOTION TO STRIKE"], Role.ORDER),
        (DISTRICT, PARTIES, ["DECISION, ORDER AND ENTRY SUSTAINING IN PART"], Role.ORDER),
        (
            DISTRICT,
            PARTIES,
            ["FINDINGS OF FACT, CONCLUSIONS OF LAW, AND ORDER ON MOTION"],
            Role.ORDER,
        ),
        (DISTRICT, PARTIES, ["DECISION ON MOTION TO DISMISS"], Role.MOTION),
        (DISTRICT, PARTIES, ["MOTION SEQ. NO. 002", "DECISION + ORDER ON MOTION"], Role.ORDER),
        (
            DISTRICT,
            PARTIES,
            ["MOTION FOR REARGUMENT OF THE DECISION AND ORDER OF MAY 4"],
            Role.MOTION,
        ),
        # bankruptcy: the objection to a claim moves, the claimant's response answers
        (DISTRICT, PARTIES, ["DEBTORS' OBJECTION TO PROOF OF CLAIM NO. 412"], Role.MOTION),
        (DISTRICT, PARTIES, ["OBJECTION TO CLAIMS NOS. 12 AND 14"], Role.MOTION),
        (DISTRICT, PARTIES, ["RESPONSE TO DEBTORS' OBJECTION TO PROOF OF CLAIM"], Role.OPPOSITION),
        (DISTRICT, PARTIES, ["OBJECTION TO CONFIRMATION OF PLAN"], Role.OPPOSITION),
        (
            DISTRICT,
            PARTIES,
            ["RESPONSE OF ACME REALTY LLC TO DEBTORS' OBJECTION TO PROOF OF CLAIM NO. 412"],
            Role.OPPOSITION,
        ),
    ],
)
def test_the_moving_and_answering_filings_of_other_courts(
    court: list[str], parties: list[str], title: list[str], role: Role
) -> None:
    meta = infer_meta(styled_caption(court, parties, title), "filing.txt")
    assert meta.role is role, meta.evidence


@pytest.mark.parametrize(
    "lines",
    [
        [  # a minute entry printed in a docket sheet's text column
            "U.S. District Court",
            "Northern District of Georgia (Atlanta)",
            "CIVIL DOCKET FOR CASE #: 1:26-cv-02214",
            "Date Filed    #    Docket Text",
            "10/05/2026    49   MINUTE ENTRY for proceedings held before Judge Poe: the",
            "                   Court heard counsel on the pending motions.",
        ],
        [  # an order in a docket sheet's text column
            "U.S. District Court",
            "Western District of Missouri (Kansas City)",
            "CIVIL DOCKET FOR CASE #: 4:26-cv-00562",
            "Date Filed    #    Docket Text",
            "11/19/2026    37   ORDER granting in part and denying in part [24] Motion to",
            "                   Dismiss. Signed by Judge Poe.",
        ],
        [  # a state court's calendar of tentative rulings
            "SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA",
            "Department 17 - Hon. Jane Poe",
            "TENTATIVE RULINGS - Thursday, February 12, 2026, 9:00 a.m.",
            "The following tentative rulings will become the orders of the Court.",
        ],
    ],
    ids=["docket-minute-entry", "docket-text-order", "tentative-rulings"],
)
def test_an_order_named_on_a_line_that_is_no_title_is_an_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    meta = infer_meta([Page(1, text, lines_of(text))], "filing.txt")
    assert meta.role is Role.ORDER, meta.evidence


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("2025-12-11_hearing_transcript.txt", Role.ORDER),
        ("petition.txt", Role.MOTION),
        ("answering_brief.txt", Role.OPPOSITION),
        ("notes.txt", Role.OTHER),
    ],
)
def test_a_file_name_names_the_role_when_the_caption_does_not(name: str, role: Role) -> None:
    text = "UNITED STATES DISTRICT COURT\n\nSome words without a title.\n"
    assert infer_meta([Page(1, text, lines_of(text))], name).role is role


def test_a_hearing_transcript_says_why_it_is_an_order() -> None:
    pages = styled_caption(DISTRICT, PARTIES, ["TRANSCRIPT OF MOTION HEARING"])
    meta = infer_meta(pages, "filing.txt")
    assert (meta.role, meta.party) == (Role.ORDER, "Court")
    assert meta.evidence[0] == (
        'title says "TRANSCRIPT OF": a hearing transcript, the court\'s oral ruling'
    )


def test_a_time_to_answer_is_no_answer() -> None:
    pages = styled_caption(DISTRICT, PARTIES, ["STIPULATION TO EXTEND TIME TO ANSWER"])
    assert infer_meta(pages, "filing.txt").role is not Role.OPPOSITION


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("MEMORANDUM IN OPPOSITION TO PLAINTIFF'S MOTION TO REMAND", "Defendant"),
        ("RESPONSE IN OPPOSITION TO DEFENDANTS' MOTION TO DISMISS", "Plaintiff"),
        ("REPLY TO DEFENDANT'S OPPOSITION", "Plaintiff"),
        ("DEFENDANT'S OPPOSITION TO PLAINTIFF'S MOTION", "Defendant"),
        ("PLAINTIFF'S MOTION TO REMAND", "Plaintiff"),
    ],
)
def test_the_party_a_title_answers_is_not_its_filer(title: str, party: str) -> None:
    meta = infer_meta(caption(title), "filing.txt")
    assert meta.party.split()[0] == party, meta.evidence


@pytest.mark.parametrize(
    ("title_lines", "role"),
    [
        # Pennsylvania moves by preliminary objections; the plaintiff's brief opposes them
        (["DEFENDANT'S PRELIMINARY OBJECTIONS TO PLAINTIFF'S COMPLAINT"], Role.MOTION),
        (
            [
                "BRIEF IN SUPPORT OF PRELIMINARY OBJECTIONS OF DEFENDANT BRAMBLE CORP. TO",
                "COMPLAINT",
            ],
            Role.MOTION,
        ),
        (["BRIEF IN OPPOSITION TO PRELIMINARY OBJECTIONS"], Role.OPPOSITION),
        # other objections still answer
        (["PLAINTIFF'S OBJECTIONS TO REPORT AND RECOMMENDATION"], Role.OPPOSITION),
        # the Federal Circuit's bare "ON PETITION" line heads an order; a brief's cover does not
        (["ON PETITION", "PER CURIAM.", "ORDER"], Role.ORDER),
        (["ON PETITION FOR REVIEW OF AN ORDER OF THE BOARD", "BRIEF OF PETITIONER"], Role.MOTION),
    ],
)
def test_objections_and_petitions_by_court_style(title_lines: list[str], role: Role) -> None:
    assert infer_meta(caption(*title_lines), "filing.txt").role is role


def test_an_enumerator_in_a_title_is_no_caption_column() -> None:
    """'(1)' in 'OPINION AND ORDER (1) DENYING THE PETITION …' closes an enumerator, not a
    ')'-ruled caption column: the title stays whole and names an order."""
    meta = infer_meta(
        caption("OPINION AND ORDER (1) DENYING THE PETITION FOR A WRIT OF HABEAS CORPUS, (2)"),
        "filing.txt",
    )
    assert meta.role is Role.ORDER
    assert meta.title.startswith("OPINION AND ORDER (1) DENYING")


@pytest.mark.parametrize(
    ("title_lines", "role"),
    [
        # Rule 72(a): objections to a magistrate judge's order move; the order is their object
        (
            ["PLAINTIFF'S OBJECTIONS TO THE MAGISTRATE JUDGE'S ORDER OF MAY 4, 2026 (ECF No. 55)"],
            Role.MOTION,
        ),
        (["DEFENDANT'S OBJECTION TO MAGISTRATE JUDGE'S DISCOVERY ORDER"], Role.MOTION),
        (["OBJECTIONS TO ORDER OF THE UNITED STATES MAGISTRATE JUDGE"], Role.MOTION),
        # the answer to them answers, and the district judge's ruling on them is an order
        (
            ["DEFENDANT'S RESPONSE TO PLAINTIFF'S OBJECTIONS TO THE MAGISTRATE JUDGE'S ORDER"],
            Role.OPPOSITION,
        ),
        (["ORDER ON PLAINTIFF'S OBJECTIONS TO THE MAGISTRATE JUDGE'S ORDER"], Role.ORDER),
        (["ORDER OVERRULING OBJECTIONS"], Role.ORDER),
        # objections to a report and recommendation, or to a motion, still answer
        (
            ["DEFENDANT'S OBJECTIONS TO THE MAGISTRATE JUDGE'S REPORT AND RECOMMENDATION"],
            Role.OPPOSITION,
        ),
        (["OBJECTION TO THE MAGISTRATE JUDGE'S RECOMMENDED DECISION"], Role.OPPOSITION),
        (["PLAINTIFF'S OBJECTION TO DEFENDANT'S MOTION FOR A PROTECTIVE ORDER"], Role.OPPOSITION),
        # Iowa resists a motion; a motion that names a resistance still moves
        (["DEFENDANTS' RESISTANCE TO PLAINTIFF'S MOTION FOR CIVIL CONTEMPT"], Role.OPPOSITION),
        (["BRIEF IN SUPPORT OF RESISTANCE TO MOTION FOR SUMMARY JUDGMENT"], Role.OPPOSITION),
        (["PLAINTIFF'S MOTION TO STRIKE DEFENDANTS' RESISTANCE"], Role.MOTION),
        # a memorandum decision is the court's; a memorandum in support is a party's motion
        (["MEMORANDUM DECISION"], Role.ORDER),
        (["MEMORANDUM DECISION AND ORDER"], Role.ORDER),
        (["MEMORANDUM IN SUPPORT OF MOTION TO DISMISS"], Role.MOTION),
    ],
)
def test_objections_resistances_and_memorandum_decisions(
    title_lines: list[str], role: Role
) -> None:
    meta = infer_meta(caption(*title_lines), "filing.txt")
    assert meta.role is role, meta.evidence


def test_a_resistance_is_filed_by_the_side_it_does_not_name() -> None:
    meta = infer_meta(caption("RESISTANCE TO PLAINTIFF'S MOTION FOR CIVIL CONTEMPT"), "filing.txt")
    assert meta.party.split()[0] == "Defendant", meta.evidence


def _page(*lines: str) -> list[Page]:
    text = "\n".join(lines)
    return [Page(1, text, lines_of(text))]


@pytest.mark.parametrize(
    ("lines", "role"),
    [
        (  # the Court of Appeals for Veterans Claims' single-judge decision
            [
                "UNITED STATES COURT OF APPEALS FOR VETERANS CLAIMS",
                "No. 25-0001",
                "JANE POE, APPELLANT,",
                "V.",
                "JOHN ROE, SECRETARY OF VETERANS AFFAIRS, APPELLEE.",
                "Before SMITH, Judge.",
                "           MEMORANDUM DECISION",
                "SMITH, Judge: The appellant appeals a Board decision.",
            ],
            Role.ORDER,
        ),
        (  # the Pennsylvania Superior Court's unpublished memorandum
            [
                "J-A00001-26",
                "NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37",
                "ALDER FINCH LLC          :   IN THE SUPERIOR COURT OF",
                "                         :        PENNSYLVANIA",
                "     v.                  :",
                "BRAMBLE CORP.            :   No. 1 WDA 2026",
                "MEMORANDUM BY POE, J.:       FILED MAY 4, 2026",
                "Appellant appeals from the judgment. We affirm.",
            ],
            Role.ORDER,
        ),
        (  # its memorandum line alone, without the banner
            [
                "ALDER FINCH LLC          :   IN THE SUPERIOR COURT OF",
                "                         :        PENNSYLVANIA",
                "BRAMBLE CORP.            :   No. 1 WDA 2026",
                "MEMORANDUM BY DRISCOLL-PAYNE, J.:       FILED MAY 4, 2026",
                "Appellant appeals from the judgment. We affirm.",
            ],
            Role.ORDER,
        ),
        (  # an appellant's brief to that court still moves
            [
                "IN THE SUPERIOR COURT OF PENNSYLVANIA",
                "No. 1 WDA 2026",
                "BRIEF FOR APPELLANT",
                "The trial court erred; see the non-precedential decision cited below.",
            ],
            Role.MOTION,
        ),
    ],
    ids=["cavc-memorandum-decision", "pa-non-precedential", "pa-memorandum-by", "pa-brief"],
)
def test_an_appellate_courts_unpublished_decision_is_an_order(lines: list[str], role: Role) -> None:
    meta = infer_meta(_page(*lines), "filing.txt")
    assert meta.role is role, meta.evidence


@pytest.mark.parametrize(
    ("lines", "role"),
    [
        (  # a court of appeals' per curiam opinion names no order in its caption
            [
                "United States Court of Appeals for the Fifth Circuit",
                "No. 26-20318",
                "Jane Poe, Plaintiff-Appellant,",
                "versus",
                "Acme Corp., Defendant-Appellee.",
                "Before Smith, Jones, and Lee, Circuit Judges.",
                "Per Curiam:*",
                "Jane Poe appeals the summary judgment. We affirm.",
            ],
            Role.ORDER,
        ),
        (  # a brief citing a per curiam opinion still moves
            [
                "IN THE UNITED STATES COURT OF APPEALS FOR THE FIFTH CIRCUIT",
                "BRIEF FOR APPELLANT",
                "See Doe v. Roe, 1 F.4th 1 (5th Cir. 2021) (per curiam).",
            ],
            Role.MOTION,
        ),
        (  # the Trade Commission's judge decides a motion by an initial determination
            [
                "UNITED STATES INTERNATIONAL TRADE COMMISSION",
                "In the Matter of CERTAIN WIDGETS          Inv. No. 337-TA-1000",
                "ORDER NO. 23:   INITIAL DETERMINATION GRANTING IN PART COMPLAINANT'S MOTION FOR",
                "                SUMMARY DETERMINATION",
            ],
            Role.ORDER,
        ),
        (  # a party's motion for summary determination is no determination
            [
                "UNITED STATES INTERNATIONAL TRADE COMMISSION",
                "In the Matter of CERTAIN WIDGETS          Inv. No. 337-TA-1000",
                "COMPLAINANT'S MOTION FOR SUMMARY DETERMINATION",
            ],
            Role.MOTION,
        ),
        (  # chambers rule by e-mail: the court rules on the motion the letter names
            [
                "From:     Smith Chambers <Smith_Chambers@ilnd.uscourts.gov>",
                "Subject:  RE: Poe v. Acme, No. 26-cv-1 -- Dkt. 61",
                "",
                "Counsel,",
                "",
                "The Court rules as follows on the pending motion, Defendant's Motion for a",
                "Protective Order (Dkt. 61). The motion is GRANTED.",
            ],
            Role.ORDER,
        ),
        (  # a board decides "By the Board:" under its caption
            [
                "UNITED STATES PATENT AND TRADEMARK OFFICE",
                "Trademark Trial and Appeal Board",
                "Opposition No. 91000001",
                "Acme Cellars, LLC",
                "v.",
                "Brightwater Co.",
                "Before Smith, Jones, and Lee, Administrative Trademark Judges.",
                "By the Board:",
                "This case comes up on Opposer's motion for summary judgment.",
            ],
            Role.ORDER,
        ),
        (  # a party's brief to the board still moves
            [
                "IN THE UNITED STATES PATENT AND TRADEMARK OFFICE",
                "BEFORE THE TRADEMARK TRIAL AND APPEAL BOARD",
                "OPPOSER'S MOTION FOR SUMMARY JUDGMENT",
                "Opposer asks the Board to enter judgment by the Board's own rules.",
            ],
            Role.MOTION,
        ),
        (  # counsel's letter asking the court to rule still moves
            [
                "Dear Judge Smith:",
                "",
                "We write to ask that the Court rule on Defendant's pending Motion for a",
                "Protective Order (Dkt. 61).",
            ],
            Role.MOTION,
        ),
    ],
    ids=[
        "ca5-per-curiam",
        "brief-cites-per-curiam",
        "itc-id",
        "itc-motion",
        "email",
        "ttab-by-the-board",
        "brief-to-the-board",
        "letter",
    ],
)
def test_orders_that_name_no_order(lines: list[str], role: Role) -> None:
    meta = infer_meta(_page(*lines), "filing.txt")
    assert meta.role is role, meta.evidence


TRIBUNAL_CASES = [
    (  # a tribunal's letterhead names its decision; the title is one of its fields
        [
            "U.S. Department of Justice              Decision of the Board of Immigration Appeals",
            "Executive Office for Immigration Review",
            "In re:  Jane ROE",
            "APPEAL AND MOTION",
            "The respondent appeals. The appeal will be dismissed.",
        ],
        Role.ORDER,
    ),
    (  # a petition for review names that decision lower down on its cover: a brief
        [
            "IN THE UNITED STATES COURT OF APPEALS FOR THE FIFTH CIRCUIT",
            "JANE ROE, Petitioner,",
            "On Petition for Review of a Decision of the Board of Immigration Appeals",
            "PETITIONER'S OPENING BRIEF",
        ],
        Role.MOTION,
    ),
    (  # the noncitizen is the "respondent" and moves: a brief in support of an appeal
        [
            "BOARD OF IMMIGRATION APPEALS",
            "In the Matter of: JANE ROE, Respondent.",
            "RESPONDENT'S BRIEF IN SUPPORT OF APPEAL AND MOTION TO REMAND",
        ],
        Role.MOTION,
    ),
    (  # a respondent's brief answering an appeal still answers
        [
            "IN THE SUPREME COURT OF THE STATE OF IDAHO",
            "RESPONDENT'S BRIEF",
            "Appeal from the District Court of the Fourth Judicial District.",
        ],
        Role.OPPOSITION,
    ),
    (  # a board's decision titled "DECISION" over its mixed-case kind
        [
            "UNITED STATES PATENT AND TRADEMARK OFFICE",
            "BEFORE THE PATENT TRIAL AND APPEAL BOARD",
            "ACME CORP., Petitioner, v. WIDGET LLC, Patent Owner.",
            "DECISION",
            "Final Written Decision",
            "I. INTRODUCTION",
            "II. PATENT OWNER'S MOTION TO AMEND",
        ],
        Role.ORDER,
    ),
    (  # a state judge's letter opinion to counsel, signed as the court's judge
        [
            "CIRCUIT COURT OF THE STATE OF OREGON",
            "Re:  Acme v. Widget, Case No. 25CV1",
            "Dear Counsel:",
            "I took the motion under advisement and write to give you my decision.",
            "Sincerely,",
            "Jane Q. Judge",
            "Circuit Court Judge",
        ],
        Role.ORDER,
    ),
]
TRIBUNAL_IDS = [
    "bia-letterhead",
    "petition-for-review",
    "eoir-appeal-brief",
    "respondents-brief",
    "ptab-decision",
    "letter-opinion",
]


PROTEST_CASES = [
    (  # Connecticut's memorandum of decision on a motion
        [
            "DOCKET NO. NNH-CV26-1-S          :     SUPERIOR COURT",
            "JANE POE                         :     AT NEW HAVEN",
            "",
            "    MEMORANDUM OF DECISION RE DEFENDANTS' MOTION TO STRIKE (#121.00)",
            "The plaintiff sued the association.",
        ],
        Role.ORDER,
    ),
    (  # a letter ruling's "RE:" title: a memorandum decision on a motion
        [
            "CHAMBERS OF JUDGE JANE POE",
            "RE:  Acme v. Widget, 46CIV26-1",
            "MEMORANDUM DECISION ON PLAINTIFF'S MOTION FOR PARTIAL SUMMARY JUDGMENT",
            "Dear Counsel:",
        ],
        Role.ORDER,
    ),
    (  # a brief is a memorandum of law, not of decision
        ["MEMORANDUM OF LAW IN SUPPORT OF DEFENDANTS' MOTION TO STRIKE"],
        Role.MOTION,
    ),
    (  # an administrative judge's initial decision
        [
            "MERIT SYSTEMS PROTECTION BOARD",
            "JANE POE, Appellant, v. DEPARTMENT OF THE ARMY, Agency.",
            "INITIAL DECISION",
            "The appeal is DISMISSED for lack of jurisdiction.",
        ],
        Role.ORDER,
    ),
    (  # a bid protester's comments move; the agency's report answers
        [
            "Protest of ACME LOGISTICS, INC.",
            "SUPPLEMENTAL PROTEST AND COMMENTS ON THE AGENCY REPORT",
        ],
        Role.MOTION,
    ),
    (
        [
            "Protest of ACME LOGISTICS, INC.",
            "AGENCY MEMORANDUM OF LAW AND REQUEST FOR DISMISSAL",
        ],
        Role.OPPOSITION,
    ),
    (  # a Court of Federal Claims caption's "BID PROTEST" banner names the case
        [
            "IN THE UNITED STATES COURT OF FEDERAL CLAIMS",
            "BID PROTEST",
            "DEFENDANT'S RESPONSE TO PLAINTIFF'S MOTION FOR JUDGMENT ON THE RECORD",
        ],
        Role.OPPOSITION,
    ),
]
PROTEST_IDS = [
    "ct-mod",
    "sd-memo-decision",
    "memo-of-law",
    "mspb-id",
    "gao-protest",
    "gao-agency-report",
    "cofc-banner",
]


LETTER_CASES = [
    (  # a judge's letter ruling: chambers' letterhead, greeting counsel
        [
            "CIRCUIT COURT OF FAIRFAX COUNTY",
            "JANE Q. POE                                   CHAMBERS OF",
            "                                              JUDGE JANE Q. POE",
            "Re:  Acme v. Widget, Case No. CL-2026-1",
            "Dear Counsel:",
            "This matter came before the Court on the demurrer.",
        ],
        Role.ORDER,
    ),
    (  # a party's letter to the judge's chambers still moves
        [
            "SMITH & JONES LLP",
            "VIA ECF",
            "Chambers of the Honorable Jane Q. Poe",
            "Re:  Acme v. Widget, No. 26-cv-1",
            "Dear Judge Poe:",
            "We write to ask for a conference on Defendant's motion to compel.",
        ],
        Role.MOTION,
    ),
]
LETTER_IDS = ["chambers-letter-ruling", "letter-to-chambers"]
OTHER_FORM_CASES = [
    (  # an English skeleton argument names its side in a lower-case subtitle
        [
            "IN THE HIGH COURT OF JUSTICE",
            "KING'S BENCH DIVISION",
            "SKELETON ARGUMENT ON BEHALF OF THE DEFENDANTS",
            "for the hearing of their application for summary judgment",
            "Introduction",
            "1. The Defendants apply for summary judgment.",
        ],
        Role.MOTION,
    ),
    (
        [
            "IN THE HIGH COURT OF JUSTICE",
            "SKELETON ARGUMENT ON BEHALF OF THE CLAIMANT",
            "in answer to the Defendants' application for summary judgment",
            "Introduction",
        ],
        Role.OPPOSITION,
    ),
    (  # a lower-case line that goes on from no title line is no subtitle
        [
            "IN THE HIGH COURT OF JUSTICE",
            "Witness statement of the Claimant",
            "for the hearing of the application",
        ],
        Role.OTHER,
    ),
    (  # an English judgment: its neutral citation
        [
            "Neutral Citation Number: [2026] EWHC 3187 (KB)",
            "IN THE HIGH COURT OF JUSTICE",
            "Before:",
            "HIS HONOUR JUDGE OSGOOD",
        ],
        Role.ORDER,
    ),
    (  # a federal court of appeals' opinion under its author line
        [
            "United States Court of Appeals",
            "FOR THE DISTRICT OF COLUMBIA CIRCUIT",
            "On Petition for Review of Orders of",
            "the Federal Energy Regulatory Commission",
            "Opinion for the Court filed by Circuit Judge OSEI-MENSAH.",
        ],
        Role.ORDER,
    ),
    (  # a brief's cover on the same petition moves
        [
            "United States Court of Appeals",
            "FOR THE DISTRICT OF COLUMBIA CIRCUIT",
            "On Petition for Review of Orders of",
            "BRIEF FOR PETITIONER",
        ],
        Role.MOTION,
    ),
    (["VERMONT SUPERIOR COURT", "ENTRY REGARDING MOTION", "Title: Motion to Strike"], Role.ORDER),
    (
        ["IN THE DISTRICT COURT OF RENO COUNTY, KANSAS", "JOURNAL ENTRY ON DEFENDANT'S MOTION"],
        Role.ORDER,
    ),
    (["PLAINTIFF'S BRIEF IN SUPPORT OF RESISTANCE TO DEFENDANTS' MOTION"], Role.OPPOSITION),
    (["DEFENDANTS' BRIEF IN SUPPORT OF THEIR MOTION FOR SUMMARY JUDGMENT"], Role.MOTION),
    (["FINDINGS OF FACT AND CONCLUSIONS OF LAW ON PLAINTIFF'S MOTION"], Role.ORDER),
    (["MEMORANDUM IN SUPPORT OF MOTION TO ENTER JUDGMENT ON THE JOURNAL"], Role.MOTION),
    (["PLAINTIFF'S RETURN TO DEFENDANT'S MOTION TO DISMISS"], Role.OPPOSITION),
    (["RETURN OF SERVICE OF THE SUMMONS"], Role.OTHER),
    (  # a portal's text view: caption cells a line each, the title in title case
        [
            "Cause No. 2026-PR0311-1",
            "In the Estate of",
            "Dorothy Vale,",
            "Deceased",
            "In the Probate Court No. 1",
            "Respondent's Response to Applicant's Motion to Remove the Administrator",
            "To the Honorable Judge of Said Court:",
            "Respondent files this response.",
        ],
        Role.OPPOSITION,
    ),
    (  # the same title case line followed straight by the first paragraph
        [
            "Cause No. 2026-PR0311-1",
            "In the Probate Court No. 1",
            "Applicant's Motion to Remove the Administrator",
            "Applicant Mara Vale asks the Court to remove the administrator because he has failed"
            " to file an inventory within ninety days and has sold estate property without leave.",
        ],
        Role.MOTION,
    ),
    (  # a title case heading inside the body names no role of the filing
        [
            "Cause No. 2026-PR0311-1",
            "To the Honorable Judge of Said Court:",
            "The administrator files this inventory as the Court directed in its order of May 2.",
            "Response to the Motion to Remove",
            "The administrator answers the earlier motion in the body of this inventory below.",
        ],
        Role.OTHER,
    ),
    (
        ["ONTARIO", "SUPERIOR COURT OF JUSTICE", "FACTUM OF THE MOVING PARTY, THE DEFENDANT"],
        Role.MOTION,
    ),
    (["ONTARIO", "COURT OF APPEAL", "FACTUM OF THE RESPONDENTS"], Role.OPPOSITION),
    (
        [
            "ONTARIO",
            "SUPERIOR COURT OF JUSTICE",
            "REASONS FOR DECISION",
            "[1] The defendant moves.",
        ],
        Role.ORDER,
    ),
    (["REASONS FOR GRANTING THE PETITION"], Role.MOTION),  # a petition's reasons: no order
    (["JANE ROE,                         O R D E R", "Plaintiff."], Role.ORDER),
    (
        [
            "Court of Appeals No. 26CA0101",
            "JUDGMENT AFFIRMED IN PART, REVERSED IN PART,",
            "AND CASE REMANDED WITH DIRECTIONS",
        ],
        Role.ORDER,
    ),
    (
        [
            "No. 26-1001",
            "Before ALDER, BIRCH, and CEDAR, Circuit Judges.",
            "BIRCH, Circuit Judge. The district court dismissed the claim.",
        ],
        Role.ORDER,
    ),
    (  # a brief that recounts the panel inside a sentence names no panel line
        [
            "No. 26-1001",
            "The appeal was argued before Alder, Birch, and Cedar, Circuit Judges.",
        ],
        Role.OTHER,
    ),
    (
        [
            "THE HIGH COURT",
            "JUDGMENT of Mr. Justice Tomas Brennan delivered on the 3rd day of May, 2026",
            "1. This is the defendant's application to dismiss for delay.",
        ],
        Role.ORDER,
    ),
    (
        [
            "No. 26-101",
            "IN THE",
            "Supreme Court of the United States",
            "ON PETITION FOR A WRIT OF CERTIORARI",
            "TO THE UNITED STATES COURT OF APPEALS",
            "BRIEF IN OPPOSITION",
        ],
        Role.OPPOSITION,
    ),
    (
        [
            "No. 26-101",
            "ON PETITION FOR A WRIT OF CERTIORARI",
            "TO THE UNITED STATES COURT OF APPEALS",
            "PETITION FOR A WRIT OF CERTIORARI",
        ],
        Role.MOTION,
    ),
    (
        ["No. 26-2001", "ON APPEAL FROM THE DISTRICT COURT", "BRIEF OF APPELLANT"],
        Role.MOTION,
    ),
    (["FEDERAL COURT OF AUSTRALIA", "OUTLINE OF SUBMISSIONS OF THE APPLICANT"], Role.MOTION),
    (["FEDERAL COURT OF AUSTRALIA", "OUTLINE OF SUBMISSIONS OF THE RESPONDENTS"], Role.OPPOSITION),
    (["SUPREME COURT OF BRITISH COLUMBIA", "APPLICATION RESPONSE"], Role.OPPOSITION),
    (["ICC Case No. 27001", "STATEMENT OF DEFENCE (COUNTER-MEMORIAL)"], Role.OPPOSITION),
    (["Case T-101/26", "DEFENCE", "submitted by the Council"], Role.OPPOSITION),
    (
        ["FEDERAL ENERGY REGULATORY COMMISSION", "REQUEST FOR REHEARING OF NORTHGRID LLC"],
        Role.MOTION,
    ),
    (["WRIT GRANTED IN PART; DENIED IN PART"], Role.ORDER),
    (["ICC Case No. 27001", "PROCEDURAL ORDER No. 4"], Role.ORDER),
    (["JUDGMENT OF THE GENERAL COURT (Sixth Chamber)", "In Case T-101/26,"], Role.ORDER),
    (
        ["ALMA REED,                          Opinion Delivered May 2, 2026", "APPELLANT"],
        Role.ORDER,
    ),
]
OTHER_FORM_IDS = [
    "skeleton-for-application",
    "skeleton-in-answer",
    "no-subtitle-without-title",
    "neutral-citation-judgment",
    "appellate-opinion-author-line",
    "appellate-brief-cover",
    "vermont-entry-regarding-motion",
    "kansas-journal-entry",
    "iowa-brief-in-support-of-resistance",
    "brief-in-support-of-own-motion",
    "findings-and-conclusions-on-a-motion",
    "journal-word-in-a-brief-title",
    "south-carolina-return-to-motion",
    "return-of-service",
    "title-case-title-above-salutation",
    "title-case-title-above-first-paragraph",
    "title-case-heading-after-the-opening",
    "factum-of-the-moving-party",
    "factum-of-the-respondents",
    "reasons-for-decision",
    "reasons-for-granting-a-petition",
    "letter-spaced-order-in-caption",
    "result-line-as-title",
    "panel-line-above-untitled-opinion",
    "panel-named-in-a-sentence",
    "judgment-of-a-justice-delivered",
    "cert-cover-line-above-brief-in-opposition",
    "cert-cover-line-above-petition",
    "appeal-cover-line-above-appellants-brief",
    "outline-of-submissions-of-the-applicants",
    "outline-of-submissions-of-the-respondent",
    "bc-application-response",
    "statement-of-defence-counter-memorial",
    "one-word-defence",
    "request-for-rehearing",
    "writ-granted-in-part",
    "procedural-order",
    "judgment-of-the-general-court",
    "arkansas-opinion-delivered",
]


@pytest.mark.parametrize(
    ("lines", "role"),
    [*TRIBUNAL_CASES, *PROTEST_CASES, *LETTER_CASES, *OTHER_FORM_CASES],
    ids=[*TRIBUNAL_IDS, *PROTEST_IDS, *LETTER_IDS, *OTHER_FORM_IDS],
)
def test_tribunal_decisions_protests_and_letter_rulings(lines: list[str], role: Role) -> None:
    """Boards' and agencies' decisions, bid protests, judges' letter rulings and other forms."""
    meta = infer_meta(_page(*lines), "filing.txt")
    assert meta.role is role, meta.evidence
