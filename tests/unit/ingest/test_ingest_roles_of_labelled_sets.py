"""Every filing of the labelled sets gets its role from what it says, whatever it is called.

The brief pairs (``data/briefpairs``, ``../shared/briefpairs`` where present) hold a moving brief
(``motion.txt``) and its answer (``opposition.txt``); the rulings sets (``data/rulings``) add the
order deciding them. Their file names say the role; a user's own files need not. Each text is
read as it is, under a file name that says nothing (``filing.txt``), and must come out with the
role of its place in the pair: the linker pairs filings, and the ruling detector reads an order
against its motion and opposition, by role. Files whose text names no role are listed, not
hidden; strict: a fix makes the test say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.model import Role
from lawdiff.ingest import load_filing
from lawdiff.ingest.caption import infer_meta
from tests.conftest import DATA, REPO

FOLDERS = sorted((DATA / "briefpairs").glob("*/gold.json")) + sorted(
    (DATA / "rulings").glob("*/gold.json")
)
SHARED = REPO.parent / "shared" / "briefpairs"
if SHARED.is_dir():
    FOLDERS += sorted(SHARED.glob("*/gold.json"))
ROLES = {"motion": Role.MOTION, "opposition": Role.OPPOSITION, "order": Role.ORDER}
CASES = [
    (gold.parent / f"{name}.txt", role)
    for gold in FOLDERS
    for name, role in ROLES.items()
    if (gold.parent / f"{name}.txt").is_file()
]
IDS = [f"{path.parent.name}/{path.name}" for path, _ in CASES]
UNNAMED = {
    # news stories about a ruling (Indonesian): the rulings evaluation imports them as orders
    "news-id-putusan-sela/order.txt": "a news report, no order",
    "news-id-tro/order.txt": "a news report, no order",
    # the Commissioner's answer in a Social Security appeal is titled "DEFENDANT'S BRIEF" alone
    "wdwash-ssdi-appeal-ar-cites/opposition.txt": "a party's brief that names no role",
    # pairs32 (held-out): titles the role reader misses, left as printed
    "ndcal-joint-discovery-letter-franchise-positions/motion.txt": "a letter to a magistrate "
    "judge: the 'Re:' line ('Joint Discovery Letter Brief ... — Plaintiff's Positions') is not "
    "read as a title (no title found)",
    "ndcal-joint-discovery-letter-franchise-positions/opposition.txt": "a letter to a magistrate "
    "judge: the 'Re:' line ('Joint Discovery Letter Brief — Defendant's Positions') is not read "
    "as a title (no title found)",
    # pairs35 (held-out): titles the role reader misses, left as printed
    "cos-note-argument-warranty-prescription-submissions/motion.txt": "Court of Session 'NOTE OF "
    "ARGUMENT for ... Defenders': the title names no role (no role found)",
    "cos-note-argument-warranty-prescription-submissions/opposition.txt": "Court of Session 'NOTE "
    "OF ARGUMENT for ... Pursuer': the title names no role (no role found)",
    # pairs36 (held-out): titles the role reader misses, left as printed
    "hkcfi-windingup-skeleton-mixedcase/motion.txt": "Hong Kong skeleton: 'COMPANY'S SKELETON "
    "SUBMISSIONS' names a party, not a side (no role found); the company moves by its summons",
    "hkcfi-windingup-skeleton-mixedcase/opposition.txt": "Hong Kong skeleton: 'PETITIONER'S "
    "SKELETON SUBMISSIONS' is read as the petitioner's moving paper, but here it answers the "
    "company's summons to strike out the petition",
    "kssup-discipline-exceptions-trust-account/opposition.txt": "Kansas discipline: the title "
    "'BRIEF OF THE DISCIPLINARY ADMINISTRATOR' names no role (no title found)",
    # pairs38 (held-out): titles the role reader misses, left as printed
    "dnj-pslra-leadplaintiff-loss-table-presumption/opposition.txt": "a competing movant's "
    "memorandum 'in further support of the motion ... and in opposition to the competing "
    "motion': read as a motion",
    "puc-ratecase-roe-issue-decimal-subissues/opposition.txt": "a utility commission 'STAFF "
    "REPLY BRIEF' answering the utility's initial brief: read as a reply",
    # pairs39 (held-out): titles the role reader misses, left as printed
    "bankr-ch11-confirmation-objection-omnibus-reply-chart/motion.txt": "a creditor's "
    "'OBJECTION TO CONFIRMATION' of a chapter 11 plan is the moving paper of this pair, but an "
    "objection to confirmation answers the debtor's plan (test_ingest_caption_roles): read as "
    "an opposition",
    "bankr-ch11-confirmation-objection-omnibus-reply-chart/opposition.txt": "the debtors' "
    "'OMNIBUS REPLY TO OBJECTIONS TO CONFIRMATION' answers the objection of this pair, but "
    "replies in support of the debtor's own plan: read as a reply",
    # orders43 (held-out): a pairing the rules read the other way
    "echr-chamber-judgment-length-access-art8-inadmissible/motion.txt": "Strasbourg "
    "'APPLICANT'S OBSERVATIONS IN REPLY TO THE GOVERNMENT'S OBSERVATIONS': labelled the moving "
    "paper (the applicant complains), but it answers the Government's observations, as pairs47's "
    "applicant's observations in reply are labelled (roles18): read as an opposition",
    # pairs48 (held-out): titles the role reader misses, left as printed
    "sgca-construction-penalty-parts-issue-whether/motion.txt": "Singapore Court of Appeal "
    "'APPELLANT'S CASE': no title found (no role found)",
    "sgca-construction-penalty-parts-issue-whether/opposition.txt": "Singapore Court of Appeal "
    "'RESPONDENT'S CASE': no title found (no role found)",
    # pairs52 (held-out): titles the role reader misses, left as printed
    "fmc-exceptions-refusal-to-deal-exception-no/opposition.txt": "FMC 'REPLY TO RESPONDENT'S "
    "EXCEPTIONS' (the Commission's word for the answer to exceptions): read as a reply",
    "lksc-fr-mining-licence-art12-decimal-submissions/opposition.txt": "Sri Lankan respondents' "
    "'WRITTEN SUBMISSIONS ON BEHALF OF THE 1ST TO 3RD AND 5TH RESPONDENTS': the section 'B. "
    "PRELIMINARY OBJECTION: ...' is taken as the title: read as a motion",
    "nclat-ibc-section9-mobilox-re-headings/opposition.txt": "NCLAT 'WRITTEN SUBMISSIONS ON "
    "BEHALF OF RESPONDENT NO. 1': the section 'SUBMISSIONS IN REPLY TO THE GROUNDS' is taken "
    "as the title: read as a reply",
    # pairs53 (held-out): titles the role reader misses, left as printed
    "eacj-reference-ngo-deregistration-issues-framed/motion.txt": "EACJ 'REFERENCE' (the "
    "applicant's originating pleading, under Articles 6(d), 7(2) and 30(1) of the Treaty): no "
    "title found (no role found)",
    "prc-3662-complaint-periodicals-answer-mtd/motion.txt": "a Postal Regulatory Commission "
    "'COMPLAINT OF ...' under 39 U.S.C. § 3662 is the moving paper the Postal Service's answer "
    "and motion to dismiss meets, but is read as a complaint",
    # orders48 (held-out): titles the role reader misses, left as printed
    "fmc-order-exceptions-detention-closure-adopted-as-modified/opposition.txt": "Federal "
    "Maritime Commission 'COMPLAINANT'S REPLY TO RESPONDENT'S EXCEPTIONS' (the Commission's "
    "word for an answer to exceptions): read as a reply",
    "lksc-fr-judgment-pharmacy-licence-art12-infringed-14-1-g-fails/order.txt": "Supreme Court "
    "of Sri Lanka judgment with no title line (caption, BEFORE/COUNSEL/DECIDED ON block, then "
    "the author's name): no title found",
    "nclat-ibc-appeal-s9-admission-costs-partly-allowed/opposition.txt": "NCLAT 'WRITTEN "
    "SUBMISSIONS ON BEHALF OF RESPONDENT NO. 1 (OPERATIONAL CREDITOR)': no title found",
    "ugca-judgment-land-purchaser-damages-partially-succeeds/order.txt": "Court of Appeal of "
    "Uganda 'JUDGMENT OF PATRICK MUWANGUZI, JA': no title found",
    # orders49 (held-out): titles the role reader misses, left as printed
    "prc-order-complaint-mtd-rural-periodicals-in-part/motion.txt": "Postal Regulatory Commission "
    "docket caption 'COMPLAINT OF PRAIRIE PRESS ASSOCIATION' above the 'MOTION ... TO DISMISS "
    "COMPLAINT' title is read as the title: read as a complaint",
    "prc-order-complaint-mtd-rural-periodicals-in-part/opposition.txt": "Postal Regulatory "
    "Commission docket caption 'COMPLAINT OF ...' above the 'RESPONSE IN OPPOSITION TO MOTION TO "
    "DISMISS' title is read as the title: read as a complaint",
    "jmca-judgment-bus-collision-damages-allowed-in-part/motion.txt": "Jamaica Court of Appeal "
    "'APPELLANT'S SKELETON ARGUMENTS IN SUPPORT OF THE APPEAL': no title found (no role found)",
    "jmca-judgment-bus-collision-damages-allowed-in-part/order.txt": "Jamaica Court of Appeal "
    "judgment with no 'JUDGMENT' title (neutral citation, court, coram, catchwords, then the "
    "judges' names; 'ORDER' only at the end): no title found (no role found)",
}


@pytest.mark.parametrize(("path", "role"), CASES, ids=IDS)
def test_a_labelled_filing_gets_its_role_from_its_text(
    path: Path, role: Role, request: pytest.FixtureRequest
) -> None:
    key = f"{path.parent.name}/{path.name}"
    if key in UNNAMED:
        request.applymarker(pytest.mark.xfail(reason=UNNAMED[key], strict=True))
    filing = load_filing(path, ocr=False)
    meta = infer_meta(filing.pages, "filing.txt")
    assert meta.role is role, (meta.title, meta.evidence)
