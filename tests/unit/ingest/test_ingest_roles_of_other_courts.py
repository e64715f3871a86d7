"""Roles of the filings of courts that name them otherwise than a U.S. trial court: a party's
written argument named for its side, a judgment titled by the one word, a case named by its
number, an opinion known by its author's line. Fictional captions."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta
from tests.textfilings import captioned, text_pages

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


INDIA = "IN THE HIGH COURT OF JUDICATURE AT BOMBAY\n\nWRIT PETITION NO. 8814 OF 2026\n\n"
INDIA_PARTIES = (
    "Alder Finch Pvt. Ltd.        ... Petitioner\n    Versus\nThe State     ... Respondents\n"
)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "WRITTEN SUBMISSIONS ON BEHALF OF THE RESPONDENTS IN REPLY TO THE WRIT PETITION",
            Role.OPPOSITION,
        ),
        (
            "WRITTEN SUBMISSIONS ON BEHALF OF THE PETITIONER IN SUPPORT OF THE WRIT PETITION",
            Role.MOTION,
        ),
        ("JUDGMENT (Per A. B. Poe, J.) :\n\n1. Rule. Heard finally.", Role.ORDER),
        ("1. The petitioner challenges the order of 18 March 2026.", Role.OTHER),
    ],
)
def test_a_case_named_by_its_number_gives_the_filing_no_role(body: str, role: Role) -> None:
    meta = infer_meta(text_pages(f"{INDIA}{INDIA_PARTIES}\n{body}\n"), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)
    assert "NO. 8814" not in meta.title


TEXAS = (
    "IN THE SUPREME COURT OF TEXAS\n\nNo. 26-0312\n\n"
    "ALDER FINCH, M.D., PETITIONER,\n\nv.\n\nJANE ROE, RESPONDENT\n\n"
)
TEXAS_COVER = (
    "ON PETITION FOR REVIEW FROM THE COURT OF APPEALS\nFOR THE TWELFTH DISTRICT OF TEXAS\n\n"
)


@pytest.mark.parametrize(
    ("below", "role"),
    [
        ("PER CURIAM\n\nThe trial court denied the motion to dismiss.", Role.ORDER),
        ("BRIEF IN OPPOSITION\n\nThe petition should be denied.", Role.OPPOSITION),
        ("PETITION FOR REVIEW\n\nThe court of appeals erred.", Role.MOTION),
        # an appellate cover's line names the proceeding, not the filing
        ("The court of appeals erred, as the per curiam opinion said.", Role.OTHER),
    ],
)
def test_an_appellate_cover_line_names_no_role(below: str, role: Role) -> None:
    meta = infer_meta(text_pages(f"{TEXAS}{TEXAS_COVER}{below}\n"), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


MONTANA_COVER = (
    "DA 26-0418\n\nIN THE SUPREME COURT OF THE STATE OF MONTANA\n\n2026 MT 287\n\n"
    "ALDER FINCH,\n     Plaintiff and Appellant,\nv.\nBRAMBLE COOPERATIVE,\n"
    "     Defendant and Appellee.\n\nFiled:\n          Clerk\n"
)


@pytest.mark.parametrize(
    ("second_page", "role"),
    [
        ("Justice Jane Poe delivered the Opinion of the Court.\n\n¶1 Finch appeals.", Role.ORDER),
        ("¶1 Finch appeals the order. Justice Poe delivered the Opinion of the Court.", Role.OTHER),
        ("STATEMENT OF THE ISSUES\n\n1. Whether the district court erred.", Role.OTHER),
    ],
)
def test_an_opinion_behind_a_cover_sheet_is_known_by_its_opening(
    second_page: str, role: Role
) -> None:
    meta = infer_meta(text_pages(MONTANA_COVER, second_page), "filing.txt")
    assert meta.role is role, meta.evidence


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("                 Oral Reasons for Judgment", Role.ORDER),
        ("The oral reasons for judgment were short.", Role.OTHER),
    ],
)
def test_reasons_for_judgment_in_mixed_case_on_their_own_line_are_an_order(
    line: str, role: Role
) -> None:
    text = (
        "IN THE SUPREME COURT OF BRITISH COLUMBIA\n\nCitation: Finch v. Bramble, 2026 BCSC 1\n\n"
        "Between:\n      Alder Finch Ltd.\n            Plaintiff\nAnd\n      Bramble Inc.\n\n"
        f"{line}\n"
    )
    assert infer_meta(text_pages(text), "filing.txt").role is role


BANKRUPTCY = "UNITED STATES BANKRUPTCY COURT\nMIDDLE DISTRICT OF FLORIDA"
DEBTOR = "In re:\nALDER FINCH LLC,\nDebtor.\nCase No. 8:25-bk-01462"
FERC = "UNITED STATES OF AMERICA\nBEFORE THE FEDERAL ENERGY REGULATORY COMMISSION"
FERC_CASE = "Alder Finch Transmission, LLC          Docket No. ER26-101-001"
ARBITRATION = "IN THE MATTER OF THE ARBITRATION BETWEEN"
GRIEVANCE = "LOCAL 12,\nUnion,\nand\nBRAMBLE FOODS, INC.,\nEmployer.\n\nFMCS Case No. 26-0001"
ICC = "INTERNATIONAL CHAMBER OF COMMERCE\nINTERNATIONAL COURT OF ARBITRATION"
ICC_PARTIES = "ALDER FINCH B.V.\n(Claimant)\n- and -\nMR JOHN BRAMBLE\n(Respondent)"
PHILIPPINES = "Republic of the Philippines\nSUPREME COURT\nManila"
PH_PARTIES = (
    "JANE ROE,\nPetitioner,\n- versus -                G.R. No. 270001\nJOHN DOE,\nRespondent."
)
KANSAS = "IN THE SUPREME COURT OF THE STATE OF KANSAS"
KS_PARTIES = "In the Matter of\nJANE ROE,\nRespondent."


OTHER_NAMES = [
    # bankruptcy: an objection to a claim moves, the claimant's reply to it answers; an
    # objection to confirmation answers the debtor's plan, the debtor's reply to it replies
    (BANKRUPTCY, DEBTOR, "REPLY TO DEBTORS' OBJECTION TO PROOF OF CLAIM NO. 4", Role.OPPOSITION),
    (BANKRUPTCY, DEBTOR, "REPLY TO RESPONSE TO OBJECTION TO CLAIM NO. 4", Role.REPLY),
    (BANKRUPTCY, DEBTOR, "REPLY IN SUPPORT OF OBJECTION TO CLAIM NO. 4", Role.REPLY),
    (BANKRUPTCY, DEBTOR, "OBJECTION TO CONFIRMATION OF DEBTOR'S CHAPTER 11 PLAN", Role.OPPOSITION),
    (BANKRUPTCY, DEBTOR, "DEBTOR'S OMNIBUS REPLY TO OBJECTIONS TO CONFIRMATION", Role.REPLY),
    (BANKRUPTCY, DEBTOR, "OBJECTION TO MOTION FOR RELIEF FROM STAY", Role.OPPOSITION),
    # FERC: leave to answer and the answer in one filing is the answer
    (
        FERC,
        FERC_CASE,
        "MOTION FOR LEAVE TO ANSWER AND ANSWER OF ALDER FINCH TRANSMISSION, LLC TO THE "
        "REQUEST FOR REHEARING",
        Role.OPPOSITION,
    ),
    (FERC, FERC_CASE, "MOTION FOR LEAVE TO FILE ANSWER", Role.MOTION),
    (FERC, FERC_CASE, "REQUEST FOR REHEARING OF BRAMBLE CONSUMERS", Role.MOTION),
    # a grievance arbitration: the union grieves, the employer answers
    (ARBITRATION, GRIEVANCE, "POST-HEARING BRIEF OF THE UNION", Role.MOTION),
    (ARBITRATION, GRIEVANCE, "UNION'S POST-HEARING BRIEF", Role.MOTION),
    (ARBITRATION, GRIEVANCE, "POST-HEARING BRIEF OF THE EMPLOYER", Role.OPPOSITION),
    (ARBITRATION, GRIEVANCE, "UNION'S REPLY BRIEF", Role.REPLY),
    (ARBITRATION, GRIEVANCE, "POST-HEARING BRIEF", Role.OTHER),
    # an arbitration's memorial and counter-memorial
    (ICC, ICC_PARTIES, "CLAIMANT'S STATEMENT OF CLAIM (MEMORIAL)", Role.MOTION),
    (ICC, ICC_PARTIES, "RESPONDENT'S STATEMENT OF DEFENCE (COUNTER-MEMORIAL)", Role.OPPOSITION),
    (ICC, ICC_PARTIES, "STATEMENT OF CLAIM", Role.OTHER),
    # the Philippines answers a petition with a comment
    (
        PHILIPPINES,
        PH_PARTIES,
        "COMMENT\n(On the Petition for Review on Certiorari)",
        Role.OPPOSITION,
    ),
    (
        PHILIPPINES,
        PH_PARTIES,
        "COMMENT ON THE PETITION FOR REVIEW ON CERTIORARI",
        Role.OPPOSITION,
    ),
    (PHILIPPINES, PH_PARTIES, "PETITION FOR REVIEW ON CERTIORARI", Role.MOTION),
    (PHILIPPINES, PH_PARTIES, "MOTION FOR EXTENSION OF TIME TO FILE COMMENT", Role.MOTION),
    # exceptions move, whoever takes them
    (
        KANSAS,
        KS_PARTIES,
        "BRIEF OF RESPONDENT IN SUPPORT OF EXCEPTIONS TO THE FINAL HEARING REPORT",
        Role.MOTION,
    ),
    (KANSAS, KS_PARTIES, "BRIEF OF RESPONDENT", Role.OPPOSITION),
]


@pytest.mark.parametrize(
    ("court", "parties", "title", "role"),
    OTHER_NAMES,
    ids=[" ".join(title.split()[:8]) for _, _, title, _ in OTHER_NAMES],
)
def test_papers_that_move_or_answer_under_another_name(
    court: str, parties: str, title: str, role: Role
) -> None:
    meta = infer_meta(captioned(court, parties, title), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)
