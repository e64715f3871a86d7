"""A stress set of decree passages in court families the tuning orders have few of (issue 15,
forty-second pass).

Each case is a short order ending written for this test from how such courts word their
decrees, not taken from any order of the corpus: appellate courts of Commonwealth countries,
international courts and tribunals, U.S. federal agencies' boards and commissions, arbitral
awards, patent offices, and state supreme courts' per curiam forms. Some give the decree before
the reasons, some decide several filings, some split the decree, some pair an appeal's result
with a motion the court below decided. Each names the filings a gold file would list and their
dispositions; the dispositions found are paired with them as ``lawdiff evaluate rulings`` pairs
them. A case the reader does not yet get right is a strict xfail with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import MotionRef, find_motions, motion_kind
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.rulings_eval import pair_dispositions
from tests.textfilings import order_sections

BOOK = load_rulebook()
CAPTION = "Harlow Marine Ltd v. Corvin Freight Ltd"


@dataclass(frozen=True)
class Ending:
    """An order's ending: the filing it decides when a sentence names none (the brief's title
    and its filer), its (heading, text) sections, and the gold filings with their
    dispositions."""

    brief: str
    party: str
    sections: tuple[tuple[str, str], ...]
    gold: tuple[tuple[str, K], ...]


def _default(brief: str, party: str) -> MotionRef:
    """The motion the brief's title names, as the analyser takes it from the title."""
    kind = motion_kind(brief)
    if kind == "motion":
        kind = next((r.detail for r in find_motions(brief) if r.movant and not r.generic), kind)
    return MotionRef(brief, kind, party, 0, kind)


def _read(ending: Ending) -> list[K | None]:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1),
        order_sections(*ending.sections),
        SentenceLocator([]),
        BOOK,
        canonical(_default(ending.brief, ending.party)),
        canonical,
    )
    paired = pair_dispositions([{"name": n} for n, _ in ending.gold], found, canonical)
    return [d.kind if d is not None else None for d in paired]


def _one(brief: str, party: str, gold: str, kind: K, *sections: tuple[str, str]) -> Ending:
    return Ending(brief, party, sections, ((gold, kind),))


APPEAL = "Appellant's Case"
APPEAL_GOLD = "Appellant's appeal from the judgment below"
REASONS = (
    "The judge below found that the charterparty incorporated the arbitration clause of the "
    "head charter. The question on this appeal is one of construction. "
) * 3
AGENCY = (
    "The administrative judge held a hearing and issued an initial decision. We have "
    "considered the record and the parties' submissions on review. "
) * 3
AWARD = (
    "The Tribunal has considered the written submissions, the witness statements and the "
    "evidence heard at the hearing. "
) * 3

COMMONWEALTH = {
    "uksc-would-allow-and-restore": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "Conclusion",
            "For these reasons I would allow the appeal and restore the order of "
            "the judge. Lord Reed, Lady Simler and Lord Hamblen agree.",
        ),
    ),
    "ewca-would-dismiss-judges-agree": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        ("", "I would dismiss this appeal."),
        ("", "LADY JUSTICE ANDREWS: I agree."),
        ("", "LORD JUSTICE BAKER: I also agree."),
    ),
    "ewca-would-allow-one-ground": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "Disposal",
            "I would allow the appeal on the first ground and dismiss it on the "
            "second and third grounds. The order for costs below should be varied accordingly.",
        ),
    ),
    "hca-orders-appeal-allowed-below-dismissed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "Orders",
            "1. Appeal allowed with costs. 2. Set aside the orders of the Full Court of "
            "the Federal Court of Australia made on 3 May 2025 and, in their place, order that "
            "the appeal to that Court be dismissed with costs.",
        ),
    ),
    "hca-appeal-dismissed-verbless": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        ("Orders", "Appeal dismissed with costs."),
    ),
    "nzca-allowed-in-part-lettered": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED_IN_PART,
        (
            "Judgment of the Court",
            "A The appeal is allowed in part. B The order striking out "
            "the second cause of action is quashed. C The order striking out the first cause of "
            "action stands. D There is no order as to costs.",
        ),
        ("Reasons", REASONS),
    ),
    "scc-dismissed-with-dissent": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "The appeal is dismissed with costs throughout, Karakatsanis and Martin JJ. "
            "dissenting.",
        ),
    ),
    "scc-judgment-first-restored": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        (
            "",
            "JUDGMENT: The appeal is allowed, the judgment of the Court of Appeal for Ontario "
            "is set aside and the trial judgment is restored, with costs throughout.",
        ),
        ("Reasons for Judgment", REASONS),
    ),
    "onca-would-allow-set-aside-sj": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "Disposition",
            "For these reasons, I would allow the appeal, set aside the summary "
            "judgment and order that the action proceed to trial. Costs of the appeal to the "
            "appellant fixed at $15,000.",
        ),
        ("", "I agree. I agree."),
    ),
    "bcca-allowed-to-extent-otherwise-dismissed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "Disposition",
            "The appeal is allowed to the extent of setting aside the award of "
            "special costs; in all other respects it is dismissed.",
        ),
    ),
    "sgca-allow-in-part": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "Conclusion",
            "For the reasons above, we allow the appeal in part. The finding of "
            "liability stands, but damages are to be assessed afresh by the Registrar.",
        ),
    ),
    "hkcfa-would-unanimously-dismiss": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "We would therefore unanimously dismiss the appeal. We also make an order nisi "
            "that the appellant pay the respondent's costs of the appeal.",
        ),
    ),
    "insc-succeeds-and-allowed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "In the result, the appeal succeeds and is allowed. The impugned judgment of the "
            "High Court is set aside and that of the trial court restored. No order as to costs.",
        ),
    ),
    "insc-dismissed-pending-disposed-of": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "The civil appeal is accordingly dismissed. Pending application(s), if any, "
            "shall stand disposed of.",
        ),
    ),
    "keca-lacks-merit-hereby-dismissed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "In the upshot, the appeal lacks merit and is hereby dismissed with costs to the "
            "respondent.",
        ),
    ),
    "zasca-upheld-order-below-replaced": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "The following order is made: 1 The appeal is upheld with costs. 2 The order of "
            "the high court is set aside and replaced with the following: 'The application is "
            "dismissed with costs.'",
        ),
    ),
    "zasca-dismissed-two-counsel": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        ("", "The appeal is dismissed with costs, including the costs of two counsel."),
    ),
    "ieca-would-dismiss-colleagues-agree": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "For these reasons I would dismiss the appeal. As this judgment is delivered "
            "electronically, Costello J. and Binchy J. have authorised me to say that they agree "
            "with it.",
        ),
    ),
    "jcpc-humbly-advise-allowed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "The Board will therefore humbly advise His Majesty that the appeal should be "
            "allowed and the order of the Court of Appeal set aside.",
        ),
    ),
    "jcpc-humbly-advise-dismissed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "For these reasons the Board will humbly advise His Majesty that the appeal ought "
            "to be dismissed.",
        ),
    ),
    "ngsc-no-merit-affirmed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "On the whole, I find no merit in this appeal and it is accordingly dismissed. "
            "The judgment of the Court of Appeal is hereby affirmed.",
        ),
    ),
    "scot-refuse-reclaiming-motion": _one(
        "Note of Argument for the Reclaimer",
        "Reclaimer",
        "The reclaimer's reclaiming motion against the interlocutor of the Lord Ordinary",
        K.DENIED,
        ("", REASONS),
        (
            "Decision",
            "We shall refuse the reclaiming motion and adhere to the interlocutor of "
            "the Lord Ordinary.",
        ),
    ),
    "ukhl-style-decree-first-narrated-below": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", "Appeal dismissed."),
        (
            "Reasons for Judgment",
            "1. The judge allowed the respondent's application for "
            "summary judgment and refused the appellant's application to amend its particulars. "
            "2. Neither ruling discloses an error of principle.",
        ),
    ),
    "fca-au-extension-granted-appeal-dismissed": Ending(
        APPEAL,
        "Appellant",
        (
            ("", REASONS),
            (
                "Orders",
                "1. The application for an extension of time is granted. 2. The appeal "
                "is dismissed. 3. The appellant pay the respondent's costs of the appeal.",
            ),
        ),
        (
            (APPEAL_GOLD, K.DENIED),
            ("Appellant's Application for an Extension of Time", K.GRANTED),
        ),
    ),
    "fca-ca-new-evidence-dismissed-appeal-allowed": Ending(
        APPEAL,
        "Appellant",
        (
            ("", REASONS),
            (
                "Judgment",
                "The motion to adduce new evidence is dismissed. The appeal is "
                "allowed with costs, the decision of the Federal Court is set aside and the matter "
                "is remitted for redetermination.",
            ),
        ),
        (
            (APPEAL_GOLD, K.GRANTED),
            ("Appellant's Motion to Adduce New Evidence", K.DENIED),
        ),
    ),
}

INTERNATIONAL = {
    "icj-merits-split-operative": _one(
        "Memorial of the Applicant",
        "Applicant",
        "The Applicant's submissions on the merits",
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "",
            "For these reasons, THE COURT, (1) Unanimously, Finds that it has jurisdiction to "
            "entertain the Application; (2) By fourteen votes to two, Finds that the Respondent "
            "has breached its obligations under Article 3 of the Treaty; (3) By twelve votes to "
            "four, Rejects all other submissions made by the Applicant.",
        ),
    ),
    "icj-preliminary-objections-one-upheld": _one(
        "Preliminary Objections of the Respondent",
        "Respondent",
        "The Respondent's preliminary objections",
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "",
            "For these reasons, THE COURT, (1) By fifteen votes to one, Rejects the first "
            "preliminary objection raised by the Respondent; (2) Unanimously, Upholds the second "
            "preliminary objection raised by the Respondent.",
        ),
    ),
    "icj-provisional-measures-rejected": _one(
        "Request for the Indication of Provisional Measures",
        "Applicant",
        "The Applicant's request for the indication of provisional measures",
        K.DENIED,
        ("", REASONS),
        (
            "",
            "For these reasons, THE COURT, By thirteen votes to three, Rejects the Request "
            "for the indication of provisional measures submitted by the Applicant.",
        ),
    ),
    "ecthr-violation-remainder-dismissed": _one(
        "Application",
        "Applicant",
        "The applicant's application",
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "",
            "FOR THESE REASONS, THE COURT, UNANIMOUSLY, 1. Declares the application "
            "admissible; 2. Holds that there has been a violation of Article 6 § 1 of the "
            "Convention; 3. Dismisses the remainder of the applicant's claim for just "
            "satisfaction.",
        ),
    ),
    "ecthr-inadmissible": _one(
        "Application",
        "Applicant",
        "The applicant's application",
        K.DENIED,
        ("", REASONS),
        ("", "For these reasons, the Court, by a majority, Declares the application inadmissible."),
    ),
    "ecthr-no-violation": _one(
        "Application",
        "Applicant",
        "The applicant's application",
        K.DENIED,
        ("", REASONS),
        (
            "",
            "FOR THESE REASONS, THE COURT 1. Declares the application admissible; 2. Holds, "
            "by five votes to two, that there has been no violation of Article 8 of the "
            "Convention.",
        ),
    ),
    "cjeu-dismisses-appeal-costs": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "On those grounds, the Court (Fifth Chamber) hereby: 1. Dismisses the appeal; "
            "2. Orders the appellant to bear its own costs and to pay those incurred by the "
            "European Commission.",
        ),
    ),
    "gceu-annuls-decision": _one(
        "Application for Annulment",
        "Applicant",
        "The applicant's action for annulment",
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "On those grounds, THE GENERAL COURT (Third Chamber) hereby: 1. Annuls Commission "
            "Decision C(2024) 1234 final of 2 March 2024; 2. Orders the Commission to pay the "
            "costs.",
        ),
    ),
    "icsid-award-other-claims-dismissed": _one(
        "Claimant's Memorial",
        "Claimant",
        "The Claimant's claims",
        K.GRANTED_IN_PART,
        ("", AWARD),
        (
            "Award",
            "For the foregoing reasons, the Tribunal decides as follows: (a) the "
            "Tribunal has jurisdiction over the Claimant's claims; (b) the Respondent breached "
            "Article 4 of the BIT by failing to accord fair and equitable treatment; (c) the "
            "Respondent shall pay the Claimant USD 42.3 million; (d) all other claims are "
            "dismissed.",
        ),
    ),
    "icsid-annulment-rejected-stay-lifted": _one(
        "Application for Annulment",
        "Applicant",
        "The Applicant's application for annulment",
        K.DENIED,
        ("", AWARD),
        (
            "Decision",
            "The ad hoc Committee decides: (1) the Application for Annulment is "
            "rejected in its entirety; (2) the stay of enforcement of the Award is lifted.",
        ),
    ),
    "itlos-prompt-release-ordered": _one(
        "Application for Prompt Release",
        "Applicant",
        "The Applicant's application for the prompt release of the vessel",
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "For these reasons, THE TRIBUNAL, (1) Unanimously, Finds that the Application is "
            "admissible; (2) By 18 votes to 3, Decides that the Respondent shall promptly release "
            "the vessel upon the posting of a bond.",
        ),
    ),
    "wto-ab-upholds-and-reverses": _one(
        "Appellant Submission",
        "Appellant",
        "The appellant's appeal of the Panel Report",
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "Findings and Conclusions",
            "For the reasons set out in this Report, the Appellate "
            "Body: (a) upholds the Panel's finding that the measure is a quantitative restriction; "
            "(b) reverses the Panel's finding that the measure is justified under Article XX(b).",
        ),
    ),
    "cas-partially-upheld": _one(
        "Appeal Brief",
        "Appellant",
        "The appellant's appeal against the decision",
        K.GRANTED_IN_PART,
        ("", AWARD),
        (
            "",
            "The Court of Arbitration for Sport rules that: 1. The appeal filed on 4 March "
            "2025 against the decision of the Disciplinary Committee is partially upheld. 2. The "
            "decision is set aside insofar as it imposes a period of ineligibility exceeding "
            "twelve months.",
        ),
    ),
    "cas-dismissed-decision-confirmed": _one(
        "Appeal Brief",
        "Appellant",
        "The appellant's appeal against the decision",
        K.DENIED,
        ("", AWARD),
        (
            "",
            "The Court of Arbitration for Sport rules that: 1. The appeal filed against the "
            "decision of the Players' Status Chamber is dismissed. 2. The decision is confirmed.",
        ),
    ),
}

AGENCIES = {
    "nlrb-adopt-as-modified": _one(
        "Respondent's Exceptions to the Administrative Law Judge's Decision",
        "Respondent",
        "Respondent's Exceptions to the Administrative Law Judge's Decision",
        K.GRANTED_IN_PART,
        ("", AGENCY),
        (
            "",
            "The Respondent's exceptions have merit only as to the remedy for the unilateral "
            "change, as noted above. ORDER The National Labor Relations Board adopts the "
            "recommended Order of the administrative law judge as modified below.",
        ),
    ),
    "nlrb-affirm-rulings-adopt-order": _one(
        "Respondent's Exceptions to the Administrative Law Judge's Decision",
        "Respondent",
        "Respondent's Exceptions to the Administrative Law Judge's Decision",
        K.DENIED,
        (
            "",
            "Having considered the decision and the record in light of the exceptions and "
            "briefs, the Board has decided to affirm the judge's rulings, findings, and "
            "conclusions and to adopt the recommended Order.",
        ),
        ("", AGENCY),
    ),
    "mspb-pfr-denied-final": _one(
        "Petition for Review",
        "Appellant",
        "The appellant's petition for review",
        K.DENIED,
        ("", AGENCY),
        (
            "",
            "The petition for review is DENIED. The initial decision is the Board's final "
            "decision.",
        ),
    ),
    "mspb-agency-pfr-granted-removal-sustained": _one(
        "Agency's Petition for Review",
        "Agency",
        "The agency's petition for review",
        K.GRANTED,
        ("", AGENCY),
        (
            "",
            "We GRANT the agency's petition for review, REVERSE the initial decision, and "
            "SUSTAIN the removal action.",
        ),
    ),
    "mspb-deny-pfr-affirm-as-modified": _one(
        "Petition for Review",
        "Appellant",
        "The appellant's petition for review",
        K.DENIED,
        (
            "",
            "We DENY the petition for review and AFFIRM the initial decision AS MODIFIED by "
            "this Final Order to clarify the basis for the administrative judge's finding.",
        ),
        ("", AGENCY),
    ),
    "bia-dismissed-voluntary-departure": _one(
        "Respondent's Brief on Appeal",
        "Respondent",
        "The respondent's appeal",
        K.DENIED,
        ("", AGENCY),
        ("", "ORDER: The appeal is dismissed."),
        (
            "",
            "FURTHER ORDER: Pursuant to the Immigration Judge's order, the respondent is "
            "permitted to voluntarily depart the United States within 60 days.",
        ),
    ),
    "bia-sustained-vacated-remanded": _one(
        "Respondent's Brief on Appeal",
        "Respondent",
        "The respondent's appeal",
        K.GRANTED,
        ("", AGENCY),
        (
            "",
            "ORDER: The respondent's appeal is sustained, the Immigration Judge's decision is "
            "vacated, and the record is remanded for further proceedings consistent with the "
            "foregoing opinion.",
        ),
    ),
    "bia-reopen-and-reconsider-denied": Ending(
        "Motion to Reopen",
        "Respondent",
        (
            ("", AGENCY),
            ("", "The respondent's motion to reconsider is also denied as untimely."),
            ("", "ORDER: The motion to reopen is denied."),
        ),
        (
            ("Respondent's Motion to Reopen", K.DENIED),
            ("Respondent's Motion to Reconsider", K.DENIED),
        ),
    ),
    "ferc-rehearing-denied-clarification-part": Ending(
        "Request for Rehearing",
        "Petitioner",
        (
            ("", AGENCY),
            (
                "The Commission orders:",
                "(A) The requests for rehearing are hereby denied, as "
                "discussed in the body of this order. (B) The request for clarification is hereby "
                "granted in part and denied in part, as discussed in the body of this order.",
            ),
        ),
        (
            ("Petitioner's Request for Rehearing", K.DENIED),
            ("Petitioner's Request for Clarification", K.GRANTED_IN_PART),
        ),
    ),
    "ferc-modifies-discussion-sustains-result": _one(
        "Request for Rehearing",
        "Petitioner",
        "Petitioner's Request for Rehearing",
        K.DENIED,
        ("", AGENCY),
        (
            "",
            "In response to the rehearing request, the order is hereby modified and the "
            "result sustained, as discussed below.",
        ),
    ),
    "fcc-dismissed-to-extent-otherwise-denied": _one(
        "Petition for Reconsideration",
        "Petitioner",
        "Petition for Reconsideration",
        K.DENIED,
        ("", AGENCY),
        (
            "",
            "IT IS FURTHER ORDERED that the Petition for Reconsideration IS DISMISSED to the "
            "extent indicated above and otherwise IS DENIED.",
        ),
    ),
    "oshrc-item-affirmed-item-vacated": _one(
        "Respondent's Notice of Contest",
        "Respondent",
        "Respondent's contest of the citation",
        K.GRANTED_IN_PART,
        ("", AGENCY),
        (
            "Order",
            "Item 1 of Citation 1 is affirmed and a penalty of $9,639 is assessed. Item "
            "2 of Citation 1 is vacated.",
        ),
    ),
    "asbca-sustained-in-part-denied-in-part": _one(
        "Appellant's Complaint",
        "Appellant",
        "The contractor's appeal",
        K.GRANTED_IN_PART,
        ("", AGENCY),
        (
            "Conclusion",
            "The appeal is sustained in part and denied in part. The matter is "
            "returned to the parties to resolve quantum.",
        ),
    ),
    "cbca-granted-in-part-entitled": _one(
        "Appellant's Complaint",
        "Appellant",
        "The contractor's appeal",
        K.GRANTED_IN_PART,
        ("", AGENCY),
        (
            "Decision",
            "The appeal is GRANTED IN PART. The contractor is entitled to $118,000 "
            "plus interest under the Contract Disputes Act.",
        ),
    ),
    "ttab-opposition-sustained-one-class": _one(
        "Notice of Opposition",
        "Opposer",
        "Opposer's notice of opposition",
        K.GRANTED_IN_PART,
        ("", AGENCY),
        ("", "Decision: The opposition is sustained as to Class 25 and dismissed as to Class 35."),
    ),
    "ttab-refusal-affirmed": _one(
        "Applicant's Appeal Brief",
        "Applicant",
        "Applicant's ex parte appeal",
        K.DENIED,
        ("", AGENCY),
        ("", "Decision: The refusal to register Applicant's mark under Section 2(d) is affirmed."),
    ),
    "eeoc-final-order-affirmed": _one(
        "Complainant's Appeal Brief",
        "Complainant",
        "Complainant's appeal",
        K.DENIED,
        ("", AGENCY),
        ("", "Accordingly, the Agency's final order finding no discrimination is AFFIRMED."),
    ),
    "eeoc-reverse-and-remand": _one(
        "Complainant's Appeal Brief",
        "Complainant",
        "Complainant's appeal",
        K.GRANTED,
        ("", AGENCY),
        (
            "",
            "Accordingly, we REVERSE the Agency's final decision and REMAND the matter for a "
            "supplemental investigation in accordance with the Order below.",
        ),
    ),
    "brb-affirm-in-part-vacate-remand": _one(
        "Employer's Petition for Review",
        "Employer",
        "Employer's appeal",
        K.GRANTED_IN_PART,
        ("", AGENCY),
        (
            "",
            "Accordingly, we affirm the administrative law judge's award of benefits in part, "
            "vacate his finding on the onset date, and remand the case for further "
            "consideration consistent with this opinion.",
        ),
    ),
    "fmshrc-reverse-ss-otherwise-affirmed": _one(
        "Secretary's Petition for Discretionary Review",
        "Secretary",
        "The Secretary's petition for discretionary review",
        K.GRANTED_IN_PART,
        ("", AGENCY),
        (
            "",
            "We reverse the Judge's determination that the violation was not significant and "
            "substantial and remand for reassessment of the penalty. In all other respects, the "
            "Judge's decision is affirmed.",
        ),
    ),
    "ntsb-administrator-appeal-granted-order-affirmed": _one(
        "Administrator's Appeal Brief",
        "Administrator",
        "The Administrator's appeal",
        K.GRANTED,
        ("", AGENCY),
        (
            "",
            "ACCORDINGLY, IT IS ORDERED THAT: 1. The Administrator's appeal is granted; 2. "
            "The law judge's decision is reversed; and 3. The order of suspension is affirmed.",
        ),
    ),
    "sec-sustain-finra-sanctions": _one(
        "Application for Review",
        "Applicant",
        "The applicant's application for review",
        K.DENIED,
        ("", AGENCY),
        (
            "",
            "Accordingly, we sustain FINRA's findings of violation and the sanctions it "
            "imposed. An appropriate order will issue.",
        ),
    ),
}

AWARDS = {
    "aaa-full-amount-counterclaim-dismissed": _one(
        "Claimant's Statement of Claim",
        "Claimant",
        "Claimant's claims",
        K.GRANTED,
        ("", AWARD),
        (
            "Award",
            "1. Respondent shall pay Claimant the sum of $412,500, being the full amount "
            "claimed. 2. Respondent's counterclaim is dismissed. 3. The administrative fees shall "
            "be borne as incurred.",
        ),
    ),
    "labor-grievance-sustained-in-part": _one(
        "Union's Post-Hearing Brief",
        "Union",
        "The Union's grievance",
        K.GRANTED_IN_PART,
        ("", AWARD),
        (
            "Award",
            "The grievance is sustained in part. The discharge is reduced to a thirty-day "
            "suspension without pay, and the grievant shall be reinstated without back pay.",
        ),
    ),
    "labor-grievance-denied": _one(
        "Union's Post-Hearing Brief",
        "Union",
        "The Union's grievance",
        K.DENIED,
        ("", AWARD),
        ("Award", "The grievance is denied."),
    ),
    "labor-grievance-sustained-make-whole": _one(
        "Union's Post-Hearing Brief",
        "Union",
        "The Union's grievance",
        K.GRANTED,
        ("", AWARD),
        (
            "Award",
            "The grievance is sustained. The Employer shall make the grievant whole for "
            "all wages and benefits lost.",
        ),
    ),
    "icc-declares-orders-other-claims-rejected": _one(
        "Claimant's Statement of Claim",
        "Claimant",
        "Claimant's claims",
        K.GRANTED_IN_PART,
        ("", AWARD),
        (
            "Dispositive Section",
            "The Arbitral Tribunal hereby declares, orders and awards as "
            "follows: (a) the Respondent breached the Supply Agreement; (b) the Respondent shall "
            "pay the Claimant EUR 3,150,000; (c) all other claims and requests for relief are "
            "rejected.",
        ),
    ),
    "lcia-jurisdiction-objection-dismissed": _one(
        "Respondent's Objection to Jurisdiction",
        "Respondent",
        "Respondent's objection to the Tribunal's jurisdiction",
        K.DENIED,
        ("", AWARD),
        (
            "",
            "The Tribunal dismisses the Respondent's objection to jurisdiction. Costs are "
            "reserved to the Final Award.",
        ),
    ),
    "finra-claims-denied-entirety": _one(
        "Statement of Claim",
        "Claimant",
        "Claimant's claims",
        K.DENIED,
        ("", AWARD),
        (
            "Award",
            "Claimant's claims are denied in their entirety. Any and all claims for "
            "relief not specifically addressed herein, including any requests for punitive "
            "damages and attorneys' fees, are denied.",
        ),
    ),
    "finra-recommends-expungement": _one(
        "Request for Expungement",
        "Respondent",
        "Respondent's request for expungement",
        K.GRANTED,
        ("", AWARD),
        (
            "Award",
            "The Panel recommends the expungement of all references to Occurrence "
            "Number 1234567 from registration records maintained by the Central Registration "
            "Depository for Respondent.",
        ),
    ),
    "arb-security-for-costs-refused": _one(
        "Claimant's Application for Security for Costs",
        "Claimant",
        "Claimant's application for security for costs",
        K.DENIED,
        ("", AWARD),
        (
            "",
            "The application for security for costs is refused. Costs of the application "
            "shall be costs in the arbitration.",
        ),
    ),
}

PATENT_OFFICES = {
    "epo-set-aside-revoked": _one(
        "Statement of Grounds of Appeal",
        "Appellant",
        "The opponent's appeal",
        K.GRANTED,
        ("", REASONS),
        (
            "Order",
            "For these reasons it is decided that: 1. The decision under appeal is set "
            "aside. 2. The patent is revoked.",
        ),
    ),
    "epo-appeal-dismissed": _one(
        "Statement of Grounds of Appeal",
        "Appellant",
        "The proprietor's appeal",
        K.DENIED,
        ("", REASONS),
        ("Order", "For these reasons it is decided that: The appeal is dismissed."),
    ),
    "ukipo-opposition-succeeds-one-class": _one(
        "Notice of Opposition",
        "Opponent",
        "The opponent's opposition",
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "Conclusion",
            "The opposition succeeds in respect of the goods in Class 9 and fails "
            "in respect of the services in Class 42. The application will proceed to "
            "registration for the services in Class 42.",
        ),
    ),
    "ptab-ex-parte-affirm-in-part": _one(
        "Appeal Brief",
        "Appellant",
        "Appellant's appeal from the final rejection",
        K.GRANTED_IN_PART,
        (
            "",
            "DECISION SUMMARY: We AFFIRM-IN-PART. We reverse the Examiner's rejection of "
            "claims 1-9 and affirm the rejection of claims 10-14.",
        ),
        ("Analysis", REASONS),
    ),
    "ptab-ex-parte-affirmed": _one(
        "Appeal Brief",
        "Appellant",
        "Appellant's appeal from the final rejection",
        K.DENIED,
        ("", REASONS),
        ("Decision", "The Examiner's decision rejecting claims 1-20 is affirmed. AFFIRMED"),
    ),
    "ptab-ex-parte-reversed": _one(
        "Appeal Brief",
        "Appellant",
        "Appellant's appeal from the final rejection",
        K.GRANTED,
        ("", REASONS),
        ("Decision", "We reverse the Examiner's decision to reject claims 1-15. REVERSED"),
    ),
    "ptab-fwd-some-claims-shown": _one(
        "Petition for Inter Partes Review",
        "Petitioner",
        "Petition for Inter Partes Review",
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "Order",
            "ORDERED that claims 1-5 and 8 of the '123 patent have been shown to be "
            "unpatentable; FURTHER ORDERED that claims 6 and 7 of the '123 patent have not been "
            "shown to be unpatentable.",
        ),
    ),
    "ptab-institution-denied-no-review": _one(
        "Petition for Inter Partes Review",
        "Petitioner",
        "Petition for Inter Partes Review",
        K.DENIED,
        ("", REASONS),
        ("Order", "ORDERED that the Petition is denied and no inter partes review is instituted."),
    ),
    "ptab-mta-granted-one-claim": _one(
        "Patent Owner's Contingent Motion to Amend",
        "Patent Owner",
        "Patent Owner's Contingent Motion to Amend",
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "Order",
            "ORDERED that Patent Owner's contingent Motion to Amend is denied as to "
            "proposed substitute claims 21-25 and granted as to proposed substitute claim 26.",
        ),
    ),
    "ttab-petition-to-cancel-granted": _one(
        "Petition to Cancel",
        "Petitioner",
        "Petition to Cancel",
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "Decision: The petition to cancel is granted, and Registration No. 5123456 will "
            "be cancelled in due course.",
        ),
    ),
    "cipo-opposition-refuse-application": _one(
        "Statement of Opposition",
        "Opponent",
        "The opponent's statement of opposition",
        K.GRANTED,
        ("", REASONS),
        (
            "Disposition",
            "Pursuant to the authority delegated to me under section 63(3) of the "
            "Act, I refuse the application pursuant to section 38(12) of the Act.",
        ),
    ),
}

PETITION = "Petition for Review"
PETITION_GOLD = "Petitioner's petition for review"
STATE_HIGH = {
    "tex-grant-reverse-render": _one(
        PETITION,
        "Petitioner",
        PETITION_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "Accordingly, without hearing oral argument, we grant the petition for review, "
            "reverse the court of appeals' judgment, and render judgment that the plaintiffs take "
            "nothing. TEX. R. APP. P. 59.1.",
        ),
    ),
    "mich-in-lieu-reverse-reinstate": _one(
        "Application for Leave to Appeal",
        "Defendant",
        "Defendant's application for leave to appeal",
        K.GRANTED,
        (
            "",
            "On order of the Court, the application for leave to appeal the March 3, 2025 "
            "judgment of the Court of Appeals is considered and, pursuant to MCR 7.305(H)(1), in "
            "lieu of granting leave to appeal, we REVERSE the judgment of the Court of Appeals "
            "and REINSTATE the trial court's order granting summary disposition to the "
            "defendant.",
        ),
        ("", REASONS),
    ),
    "mich-not-persuaded-denied": _one(
        "Application for Leave to Appeal",
        "Defendant",
        "Defendant's application for leave to appeal",
        K.DENIED,
        (
            "",
            "On order of the Court, the application for leave to appeal the March 3, 2025 "
            "judgment of the Court of Appeals is considered, and it is DENIED, because we are not "
            "persuaded that the question presented should be reviewed by this Court.",
        ),
    ),
    "la-writ-granted-exception-reinstated": _one(
        "Application for Writ of Certiorari",
        "Defendant",
        "Defendant's application for writ of certiorari",
        K.GRANTED,
        (
            "",
            "WRIT GRANTED. The judgment of the court of appeal is reversed, and the judgment "
            "of the district court granting the exception of prescription is reinstated.",
        ),
        ("", REASONS),
    ),
    "la-writ-denied": _one(
        "Application for Writ of Certiorari",
        "Defendant",
        "Defendant's application for writ of certiorari",
        K.DENIED,
        ("", "Writ denied."),
    ),
    "nyca-order-affirmed-with-costs": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        (
            "",
            "Order affirmed, with costs. Plaintiff failed to raise a triable issue of fact as "
            "to whether defendant had notice of the condition. Chief Judge Wilson and Judges "
            "Rivera and Garcia concur.",
        ),
    ),
    "nyca-modified-as-so-modified-affirmed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED_IN_PART,
        (
            "",
            "Order modified, without costs, by remitting to Supreme Court for further "
            "proceedings in accordance with this memorandum and, as so modified, affirmed.",
        ),
        ("", REASONS),
    ),
    "cal-reversed-remanded": _one(
        PETITION,
        "Petitioner",
        PETITION_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "Disposition",
            "The judgment of the Court of Appeal is reversed, and the matter is "
            "remanded for further proceedings consistent with our opinion.",
        ),
    ),
    "fla-quash-and-remand": _one(
        PETITION,
        "Petitioner",
        PETITION_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "Conclusion",
            "We quash the decision of the Fourth District and remand for "
            "reinstatement of the trial court's judgment.",
        ),
    ),
    "ohio-affirm-denial-of-writ": _one(
        "Merit Brief of Appellant",
        "Appellant",
        "Relator's appeal",
        K.DENIED,
        ("", REASONS),
        ("", "We affirm the judgment of the court of appeals denying the writ of mandamus."),
    ),
    "ohio-writ-granted": _one(
        "Complaint for Writ of Mandamus",
        "Relator",
        "Relator's complaint for a writ of mandamus",
        K.GRANTED,
        ("", REASONS),
        ("", "Writ granted."),
    ),
    "ga-affirmed-in-part-reversed-in-part": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED_IN_PART,
        ("", REASONS),
        (
            "",
            "Judgment affirmed in part and reversed in part, and case remanded with "
            "direction. All the Justices concur.",
        ),
    ),
    "ill-appellate-reversed-circuit-affirmed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        ("", REASONS),
        ("", "Appellate court judgment reversed; circuit court judgment affirmed."),
    ),
    "pa-allocatur-denied": _one(
        "Petition for Allowance of Appeal",
        "Petitioner",
        "Petition for Allowance of Appeal",
        K.DENIED,
        (
            "",
            "AND NOW, this 12th day of June, 2025, the Petition for Allowance of Appeal is DENIED.",
        ),
    ),
    "pa-allocatur-granted-vacated-remanded": _one(
        "Petition for Allowance of Appeal",
        "Petitioner",
        "Petition for Allowance of Appeal",
        K.GRANTED,
        (
            "",
            "AND NOW, this 12th day of June, 2025, the Petition for Allowance of Appeal is "
            "GRANTED, the order of the Superior Court is VACATED, and the matter is REMANDED for "
            "reconsideration in light of Commonwealth v. Harlan.",
        ),
    ),
    "wash-reverse-reinstate-dismissal": _one(
        PETITION,
        "Petitioner",
        PETITION_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "We reverse the Court of Appeals and reinstate the trial court's order dismissing "
            "the complaint.",
        ),
    ),
    "neb-affirmed-in-part-reversed-in-part": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED_IN_PART,
        ("", REASONS),
        ("", "AFFIRMED IN PART, AND IN PART REVERSED AND REMANDED WITH DIRECTIONS."),
    ),
    "wva-memorandum-we-affirm": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        ("", "For the foregoing reasons, we affirm."),
    ),
    "appeal-below-order-denying-compel-affirmed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.DENIED,
        ("", REASONS),
        (
            "",
            "The trial court's denial of the appellant's motion to compel arbitration is affirmed.",
        ),
    ),
    "appeal-judgment-granting-sj-reversed": _one(
        APPEAL,
        "Appellant",
        APPEAL_GOLD,
        K.GRANTED,
        ("", REASONS),
        (
            "",
            "The judgment granting the respondent's motion for summary judgment is reversed "
            "and the case is remanded for trial.",
        ),
    ),
}

STRESS = {**COMMONWEALTH, **INTERNATIONAL, **AGENCIES, **AWARDS, **PATENT_OFFICES, **STATE_HIGH}

# the cases the reader does not read right yet, with why (52 of 101 right at the branch point,
# main 17e48fb; 90 after the forty-second pass, 91 with 'allowed in part')
_UNREAD: dict[str, str] = {
    "fca-au-extension-granted-appeal-dismissed": (
        "motion identity: a lower-case 'application for an extension of time' keys no "
        "kind, so it is the appeal's"
    ),
    "fca-ca-new-evidence-dismissed-appeal-allowed": (
        "a closing heading read on into its text makes the first motion named the "
        "section's; a motion 'dismissed' unread"
    ),
    "icsid-award-other-claims-dismissed": (
        "the sum ordered is read, not 'all other claims are dismissed' (a claimant's loss in an"
        " award, a movant's win on a motion to dismiss)"
    ),
    "itlos-prompt-release-ordered": "'Decides that the Respondent shall promptly release' unread",
    "ferc-rehearing-denied-clarification-part": (
        "motion identity: a lower-case 'request for clarification' keys no kind, so it is"
        " the rehearing request's"
    ),
    "ntsb-administrator-appeal-granted-order-affirmed": (
        "the restored order 'affirmed' read as the appeal's loss"
    ),
    "finra-recommends-expungement": "a panel recommending the relief asked unread",
    "ptab-fwd-some-claims-shown": "claims 'shown' and 'not shown' to be unpatentable unread",
    "cipo-opposition-refuse-application": (
        "'I refuse the application' (the opponent's win) read as the filer's loss"
    ),
    "ill-appellate-reversed-circuit-affirmed": (
        "verbless 'judgment reversed; ... judgment affirmed' of two courts below unread"
    ),
}


def _cases() -> list[object]:
    return [
        pytest.param(
            ending,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=_UNREAD[name])] if name in _UNREAD else [],
        )
        for name, ending in STRESS.items()
    ]


@pytest.mark.parametrize("ending", _cases())
def test_a_decree_of_an_unseen_court_family_disposes_of_its_filings(ending: Ending) -> None:
    assert _read(ending) == [kind for _, kind in ending.gold]


def test_the_stress_set_is_large_enough() -> None:
    assert len(STRESS) >= 60
