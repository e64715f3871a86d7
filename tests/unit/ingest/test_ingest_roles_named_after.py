"""Roles of filings that name their side after the document word or print no role word at all:
a Michigan "BRIEF ON APPEAL OF PLAINTIFF-APPELLANT", a Canadian "MEMORANDUM OF FACT AND LAW OF
THE RESPONDENT", a Tax Court "MEMORANDUM FINDINGS OF FACT AND OPINION", a WTO "REPORT OF THE
PANEL", a Missouri opinion known by its "OPINION FILED:" caption field. Fictional captions."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Role
from lawdiff.ingest import infer_meta
from tests.textfilings import captioned, text_pages

MICHIGAN = "STATE OF MICHIGAN\nIN THE COURT OF APPEALS"
MI_PARTIES = "JANE ROE,\nPlaintiff-Appellant,\n\nv.\n\nJOHN DOE, M.D.,\nDefendant-Appellee."
FCA = "Court File No. A-1-26\nFEDERAL COURT OF APPEAL"
FCA_PARTIES = "BETWEEN:\nALDER FINCH LTD.\nAppellant\nand\nBRAMBLE INC.\nRespondent"
TAX_COURT = "T.C. Memo. 2026-1\nUNITED STATES TAX COURT"
TC_PARTIES = "JANE ROE, Petitioner v.\nCOMMISSIONER OF INTERNAL REVENUE, Respondent"
WTO_REPORT = "WT/DS1/R\n27 November 2026"
WTO_DISPUTE = "ALDERIA - MEASURES CONCERNING THE IMPORTATION OF FINCHES"

NAMED_AFTER = [
    # the side after the words: Michigan names the appeal between brief and party
    (MICHIGAN, MI_PARTIES, "BRIEF ON APPEAL OF PLAINTIFF-APPELLANT", Role.MOTION),
    (MICHIGAN, MI_PARTIES, "BRIEF ON APPEAL OF DEFENDANT-APPELLEE", Role.OPPOSITION),
    (MICHIGAN, MI_PARTIES, "BRIEF ON APPEAL OF AMICUS CURIAE STATE BAR", Role.OTHER),
    (MICHIGAN, MI_PARTIES, "BRIEF ON APPEAL", Role.OTHER),
    # a Canadian memorandum of fact and law, as a factum, is named for its side
    (FCA, FCA_PARTIES, "MEMORANDUM OF FACT AND LAW OF THE APPELLANT", Role.MOTION),
    (
        FCA,
        FCA_PARTIES,
        "MEMORANDUM OF FACT AND LAW OF THE RESPONDENT, ATTORNEY GENERAL OF CANADA",
        Role.OPPOSITION,
    ),
    (FCA, FCA_PARTIES, "MEMORANDUM OF FACT AND LAW OF THE INTERVENER", Role.OTHER),
    (FCA, FCA_PARTIES, "MEMORANDUM OF LAW", Role.OTHER),
    # the court's decision under a title of its own
    (TAX_COURT, TC_PARTIES, "MEMORANDUM FINDINGS OF FACT AND OPINION", Role.ORDER),
    (TAX_COURT, TC_PARTIES, "FINDINGS OF FACT AND OPINION", Role.ORDER),
    (TAX_COURT, TC_PARTIES, "PETITIONER'S PROPOSED FINDINGS OF FACT", Role.OTHER),
    (TAX_COURT, TC_PARTIES, "FINDINGS OF FACT AND CONCLUSIONS OF LAW", Role.OTHER),
    (WTO_REPORT, WTO_DISPUTE, "REPORT OF THE PANEL", Role.ORDER),
    (WTO_REPORT, WTO_DISPUTE, "REPORT OF THE APPELLATE BODY", Role.ORDER),
    (WTO_REPORT, WTO_DISPUTE, "COMMENTS OF ALDERIA ON THE INTERIM REPORT OF THE PANEL", Role.OTHER),
]


@pytest.mark.parametrize(
    ("court", "parties", "title", "role"),
    NAMED_AFTER,
    ids=[" ".join(title.split()[:8]) for _, _, title, _ in NAMED_AFTER],
)
def test_a_title_naming_its_side_after_the_words_or_the_court_s_decision(
    court: str, parties: str, title: str, role: Role
) -> None:
    meta = infer_meta(captioned(court, parties, title), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


MISSOURI = (
    "                In the\n     Missouri Court of Appeals\n          Western District\n"
    "ALDER FINCH, LLC,        )\n                         )\n      Respondent,        )    WD1\n"
    "v.                       )    {field}\n                         )    November 24, 2026\n"
    "BRAMBLE, INC.,           )\n      Appellant.          )\n"
    "   Appeal from the Circuit Court of Jackson County\n\n"
    "     Bramble appeals the judgment. We affirm.\n"
)


@pytest.mark.parametrize(
    ("field", "role"),
    [
        ("OPINION FILED:", Role.ORDER),
        ("FILED:", Role.OTHER),
        ("Opinion filed:", Role.OTHER),  # in mixed case, a sentence's words as well as a field
    ],
)
def test_an_opinion_with_only_its_filed_field_in_the_caption_is_an_order(
    field: str, role: Role
) -> None:
    meta = infer_meta(text_pages(MISSOURI.format(field=field)), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


def test_a_motion_with_the_opinion_s_filed_field_keeps_its_title_s_role() -> None:
    text = MISSOURI.format(field="OPINION FILED:").replace(
        "   Appeal from", "MOTION FOR REHEARING\n\n   Appeal from"
    )
    assert infer_meta(text_pages(text), "filing.txt").role is Role.MOTION


WTO_COVER = "BEFORE THE WORLD TRADE ORGANIZATION\n\nPANEL PROCEEDINGS\n\n{dispute}\n\n(DS1)"


@pytest.mark.parametrize(
    ("dispute", "title", "role"),
    [
        (WTO_DISPUTE, "FIRST WRITTEN SUBMISSION OF THE KINGDOM OF BRAMBLIA", Role.MOTION),
        (WTO_DISPUTE, "FIRST WRITTEN SUBMISSION OF THE REPUBLIC OF ALDERIA", Role.OPPOSITION),
        (WTO_DISPUTE, "SECOND WRITTEN SUBMISSION OF ALDERIA", Role.OPPOSITION),
        (
            "UNITED STATES — MEASURES AFFECTING FINCHES",
            "FIRST WRITTEN SUBMISSION OF THE UNITED STATES OF AMERICA",
            Role.OPPOSITION,
        ),
        (
            "UNITED STATES — MEASURES AFFECTING FINCHES",
            "FIRST WRITTEN SUBMISSION OF THE UNITED KINGDOM",
            Role.MOTION,
        ),
        # a third party is on neither side
        (WTO_DISPUTE, "THIRD PARTY SUBMISSION OF JAPAN", Role.OTHER),
        (WTO_DISPUTE, "WRITTEN SUBMISSION OF JAPAN AS A THIRD PARTY", Role.OTHER),
    ],
)
def test_a_wto_member_s_submission_takes_its_side_from_the_dispute_s_title(
    dispute: str, title: str, role: Role
) -> None:
    cover = WTO_COVER.format(dispute=dispute)
    meta = infer_meta(captioned(cover, "", f"{title}\n\nGeneva, 14 April 2026"), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


def test_a_submission_outside_a_wto_dispute_gets_no_side_from_a_dashed_line() -> None:
    cover = "IN THE MATTER OF AN ARBITRATION\n\nALDER FINCH LTD. - AND - BRAMBLE INC."
    meta = infer_meta(captioned(cover, "", "WRITTEN SUBMISSION OF ALDER FINCH LTD."), "x.txt")
    assert meta.role is Role.OTHER, (meta.title, meta.evidence)


TEXAS_CCA = "PD-0001-26\nIN THE\nCOURT OF CRIMINAL APPEALS\nOF TEXAS"
TX_PARTIES = "JOHN ROE,\nAppellant/Petitioner,\nv.\nTHE STATE OF TEXAS,\nAppellee/Respondent."


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # a reply to a petition answers it (Tex. R. App. P. 68.9)
        ("STATE'S REPLY TO PETITION FOR DISCRETIONARY REVIEW", Role.OPPOSITION),
        ("REPLY TO THE PETITION FOR REHEARING", Role.OPPOSITION),
        # the petitioner's reply to the answer, or in support of its petition, replies
        ("PETITIONER'S REPLY TO STATE'S RESPONSE TO PETITION", Role.REPLY),
        ("REPLY TO ANSWER TO PETITION FOR REVIEW", Role.REPLY),
        ("REPLY IN SUPPORT OF PETITION FOR DISCRETIONARY REVIEW", Role.REPLY),
        ("REPLY TO PETITIONER'S BRIEF", Role.REPLY),
        ("APPELLANT'S PETITION FOR DISCRETIONARY REVIEW", Role.MOTION),
    ],
)
def test_a_reply_to_a_petition_answers_it(title: str, role: Role) -> None:
    meta = infer_meta(captioned(TEXAS_CCA, TX_PARTIES, title), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)


@pytest.mark.parametrize(
    ("below", "role"),
    [
        ("                OPINION", Role.ORDER),
        ("     The appellant was convicted.", Role.OTHER),
    ],
)
def test_a_cover_line_naming_a_party_s_petition_is_no_title(below: str, role: Role) -> None:
    text = (
        "IN THE COURT OF CRIMINAL APPEALS\nOF TEXAS\nNO. PD-0001-26\nJOHN ROE, Appellant\nv.\n"
        "THE STATE OF TEXAS\n     ON APPELLANT'S PETITION FOR DISCRETIONARY REVIEW\n"
        "     FROM THE SIXTH COURT OF APPEALS\n     POE, J., delivered the opinion of the Court.\n"
        f"{below}\n     A trooper stopped Appellant.\n"
    )
    meta = infer_meta(text_pages(text), "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)
