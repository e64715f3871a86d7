"""Dispositions in court styles no tuning order has (issue 15, eighteenth pass).

Each case is a sentence or two of decree written for this test, both ways: a sentence that
disposes of the motion (appellate decrees, default judgment, stays, petitions and writs,
minute orders, endorsements, an opinion's future tense) and one that only reports a party's
request or states the law, which disposes of nothing.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import MotionRef, find_motions
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import order_sections

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"
# an appeal has no "Motion" in its name: the appellant's brief is the motion
APPEAL = MotionRef("the appeal", "appeal", "Plaintiff", 0, "appeal")
MTD = "Defendant's Motion to Dismiss"
STAY = "Defendant's Motion to Stay"
DEFAULT = "Plaintiff's Motion for Default Judgment"
MANDAMUS = "Plaintiff's Petition for a Writ of Mandamus"
IPR = "Plaintiff's Petition for Inter Partes Review"
HABEAS = "Petition for a Writ of Habeas Corpus"
DAUBERT = "Defendant's Motion to Exclude the Testimony of Dr. Hale"


def _dispositions(motion: str | MotionRef, *sections: tuple[str, str]) -> dict[str, K]:
    canonical = motion_canonicalizer(CAPTION)
    default = canonical(find_motions(motion)[0] if isinstance(motion, str) else motion)
    found = find_dispositions(
        DocumentId(1), order_sections(*sections), SentenceLocator([]), BOOK, default, canonical
    )
    return {d.key: d.kind for d in found}


DECREES = [
    # appellate decrees: the appellant's appeal reversed or vacated = granted, affirmed = denied
    (APPEAL, "AFFIRMED.", K.DENIED),
    (APPEAL, "REVERSED and REMANDED.", K.GRANTED),
    (APPEAL, "VACATED and REMANDED.", K.GRANTED),
    (APPEAL, "AFFIRMED IN PART, REVERSED IN PART, and REMANDED.", K.GRANTED_IN_PART),
    (APPEAL, "The judgment is affirmed.", K.DENIED),
    (APPEAL, "For these reasons, we affirm.", K.DENIED),
    (APPEAL, "We reverse and remand for a new trial.", K.GRANTED),
    (APPEAL, "We vacate the judgment and remand for further proceedings.", K.GRANTED),
    (APPEAL, "The appeal is DISMISSED for lack of appellate jurisdiction.", K.DENIED),
    # default judgment
    (DEFAULT, "Plaintiff's motion for default judgment is GRANTED IN PART.", K.GRANTED_IN_PART),
    (DEFAULT, "Judgment shall enter in favor of Plaintiff in the amount of $42,000.", K.GRANTED),
    (DEFAULT, "Judgment shall be entered for Defendant Kestrel on all claims.", K.DENIED),
    # stays
    (STAY, "The motion to stay is DENIED.", K.DENIED),
    (STAY, "Proceedings are STAYED pending the Federal Circuit's decision.", K.GRANTED),
    (STAY, "This action is hereby stayed pending inter partes review.", K.GRANTED),
    (STAY, "The Court declines to stay the case.", K.DENIED),
    # petitions and writs
    (MANDAMUS, "The petition is DISMISSED.", K.DENIED),
    (MANDAMUS, "The writ is DENIED.", K.DENIED),
    (IPR, "Institution is denied.", K.DENIED),
    (MTD, "The motion is GRANTED, and the petition is DISMISSED as untimely.", K.GRANTED),
    # the words short of granted / denied
    (
        MTD,
        "Defendant's Motion to Dismiss (ECF No. 30) is hereby DENIED without prejudice.",
        K.DENIED,
    ),
    ("Defendant's Objections to the Report", "The objections are OVERRULED.", K.DENIED),
    ("Defendant's Demurrer", "The demurrer is SUSTAINED without leave to amend.", K.GRANTED),
    (MTD, "Defendant's motion to dismiss is ALLOWED.", K.GRANTED),
    ("Plaintiff's Motion to Appoint Counsel", "The Court declines to appoint counsel.", K.DENIED),
    # minute orders and endorsements
    (MTD, "Motion [12] GRANTED.", K.GRANTED),
    (MTD, "MINUTE ORDER: Motion [12] DENIED. Signed by Judge Ellen Marsh.", K.DENIED),
    ("Defendant's Letter Motion for an Extension", "Application GRANTED. SO ORDERED.", K.GRANTED),
    # an opinion followed by a separate order
    (MTD, "The Court will grant the motion.", K.GRANTED),
    (MTD, "For the reasons below, the Court will deny the motion. An order follows.", K.DENIED),
    (MTD, "For the foregoing reasons, the motion is granted.", K.GRANTED),
    (MTD, "The complaint is DISMISSED with prejudice.", K.GRANTED),
    (MTD, "The motion is respectfully denied.", K.DENIED),
    (MTD, "The motion is, therefore, granted.", K.GRANTED),
    (MTD, "Defendant argues that the claim is time-barred, but the motion is DENIED.", K.DENIED),
    (MTD, "It is therefore ORDERED that Defendant's Motion to Dismiss is GRANTED.", K.GRANTED),
    (MTD, "The Court is of the opinion that the motion should be GRANTED.", K.GRANTED),
    (MTD, "The motion is DENIED AS PREMATURE.", K.DENIED),
    # endorsements and minute entries of one word
    ("Defendant's Letter Motion for an Extension", "Granted. SO ORDERED.", K.GRANTED),
    ("Defendant's Letter Motion for an Extension", "Denied.", K.DENIED),
    (MTD, "Motion granted.", K.GRANTED),
    # judgment for one side: the movant's = granted, the other's = denied
    (
        "Defendant's Motion for Summary Judgment",
        "The Court grants summary judgment to Defendant.",
        K.GRANTED,
    ),
    (
        "Plaintiff's Motion for Summary Judgment",
        "The Court grants summary judgment in favor of Defendant.",
        K.DENIED,
    ),
    (MTD, "The Clerk shall enter judgment in favor of Defendant.", K.GRANTED),
    (MTD, "JUDGMENT is hereby entered in favor of Defendant.", K.GRANTED),
    # a panel's or a board's first person, petitions in lower case, appeals in capitals
    (MANDAMUS, "For these reasons, the Court denies the petition.", K.DENIED),
    (IPR, "We deny the Petition and do not institute an inter partes review.", K.DENIED),
    (
        MotionRef("the petition", "petition", "Plaintiff", 0, "petition"),
        "PETITION FOR REVIEW DENIED.",
        K.DENIED,
    ),
    (APPEAL, "APPEAL DISMISSED.", K.DENIED),
    # relief from the automatic stay: the stay lifted, modified or terminated = granted
    (
        "Creditor's Motion for Relief from the Automatic Stay",
        "The automatic stay is LIFTED as to the property.",
        K.GRANTED,
    ),
    (
        "Creditor's Motion for Relief from the Automatic Stay",
        "The automatic stay is MODIFIED to permit foreclosure.",
        K.GRANTED,
    ),
    (
        "Creditor's Motion for Relief from the Automatic Stay",
        "The automatic stay is TERMINATED as to the Property.",
        K.GRANTED,
    ),
    # a decree naming what the motion asked for, done, by the kind of motion
    (HABEAS, "A certificate of appealability shall not issue.", K.DENIED),
    (HABEAS, "The Court will not issue a certificate of appealability.", K.DENIED),
    ("Petitioner's Petition to Confirm Arbitration Award", "The award is CONFIRMED.", K.GRANTED),
    (
        "Defendant's Motion to Compel Arbitration",
        "Plaintiff is COMPELLED to arbitrate her claims, and this action is STAYED.",
        K.GRANTED,
    ),
    (DAUBERT, "Dr. Hale's causation opinion is EXCLUDED.", K.GRANTED),
    ("Plaintiff's Motion to Strike", "The declaration is STRICKEN.", K.GRANTED),
    ("Plaintiff's Motion to Seal", "Exhibits 4 and 5 are SEALED.", K.GRANTED),
    ("Movant's Motion to Intervene", "Movant is permitted to intervene as a defendant.", K.GRANTED),
    (
        "Defendant's Motion to Transfer",
        "This action is TRANSFERRED to the District of Colorado.",
        K.GRANTED,
    ),
    (MTD, "The motion is held in abeyance pending the Supreme Court's decision.", K.DEFERRED),
    (IPR, "We institute an inter partes review of claims 1-5.", K.GRANTED),
    (IPR, "We do not institute an inter partes review.", K.DENIED),
    (IPR, "The Board declines to institute review.", K.DENIED),
    # a form order's boxes: only the ticked option decides
    (MTD, "The Court rules on the motion as follows: [X] GRANTED [ ] DENIED", K.GRANTED),
    (MTD, "☐ GRANTED ☒ DENIED ☐ GRANTED IN PART", K.DENIED),
    (MTD, "The motion is: ____ GRANTED __X__ DENIED", K.DENIED),
    ("Debtor's Motion to Approve Settlement", "The Settlement Agreement is APPROVED.", K.GRANTED),
]


@pytest.mark.parametrize(("motion", "text", "expected"), DECREES)
def test_a_decree_disposes_of_the_motion(motion: str | MotionRef, text: str, expected: K) -> None:
    assert set(_dispositions(motion, ("", text)).values()) == {expected}


REPORTS = [
    (APPEAL, "Appellant asks us to reverse the judgment and remand for a new trial."),
    (APPEAL, "Appellee urges that the judgment be affirmed."),
    (APPEAL, "We may affirm on any ground supported by the record."),
    (DEFAULT, "Plaintiff asks that judgment enter in its favor in the amount of $42,000."),
    (STAY, "Defendant asks that proceedings be stayed pending inter partes review."),
    (STAY, "A stay is granted only where the movant shows a clear case of hardship."),
    (IPR, "Patent Owner argues that institution should be denied."),
    (MANDAMUS, "The writ issues only where the right to it is clear and indisputable."),
    (MTD, "Defendant objected at the hearing, and the objection was overruled."),
    (MTD, "The Court declines to reach Defendant's remaining arguments."),
    (MTD, "Plaintiff declines to amend."),
    (MTD, "Defendant contends that the Court should grant the motion."),
    (MTD, "A court will grant a motion to dismiss only if the complaint states no claim."),
    (MTD, "Plaintiff argues that the motion should be denied because it is untimely."),
    (
        "Plaintiff's Motion for Leave to Amend",
        "Leave to amend is granted freely when justice so requires.",
    ),
    ("Defendant's Letter Motion for an Extension", "SO ORDERED."),
    (STAY, "The Court will vacate the hearing set for December 3."),
    (DAUBERT, "Dr. Hale's testimony is not excluded."),
    (MTD, "Plaintiff asks the Court to deny the motion."),
    (MTD, "Whether to grant leave to amend is within the Court's discretion."),
    (MTD, "In Smith, the court denied a motion to dismiss on similar facts."),
    (MTD, "Defendant asks, if the motion is granted, that the dismissal be with prejudice."),
    (MTD, "The Court will grant the request to file a longer brief."),
    ("Plaintiff's Motion to Remand", "Plaintiff's request for fees and costs is therefore denied."),
]


@pytest.mark.parametrize(("motion", "text"), REPORTS)
def test_a_request_reported_or_the_law_disposes_of_nothing(
    motion: str | MotionRef, text: str
) -> None:
    assert _dispositions(motion, ("", text)) == {}


def test_a_habeas_order_decides_the_petition_its_certificate_and_leave_to_appeal() -> None:
    found = _dispositions(
        "Petition for a Writ of Habeas Corpus",
        (
            "",
            "Petitioner raises three grounds. For the reasons that follow, the petition is "
            "denied. The Court grants a certificate of appealability on the first ground and "
            "declines to issue one on the others.",
        ),
        ("IV. Certificate of Appealability", "The certificate is denied on Grounds Two and Three."),
        (
            "V. Order",
            "IT IS ORDERED that the petition for a writ of habeas corpus is DENIED WITH "
            "PREJUDICE. IT IS FURTHER ORDERED that a certificate of appealability is GRANTED as "
            "to Ground One and DENIED as to Grounds Two and Three. IT IS FURTHER ORDERED that "
            "leave to appeal in forma pauperis is GRANTED.",
        ),
    )
    assert found == {
        "habeas": K.DENIED,
        "appealability": K.GRANTED_IN_PART,
        "in forma pauperis": K.GRANTED,
    }


def test_a_disposition_only_in_the_conclusion_is_the_motions() -> None:
    found = _dispositions(
        MTD,
        ("DISCUSSION", "Plaintiff asks the Court to deny the motion. The complaint pleads enough."),
        ("CONCLUSION", "For these reasons, Defendant's motion to dismiss is denied."),
    )
    assert found == {"kestrel dismiss": K.DENIED}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("the petition for a writ of habeas corpus under 28 U.S.C. 2254", "habeas"),
        ("Cascadia's Petition for a Writ of Mandamus", "cascadia mandamus"),
        ("a certificate of appealability", "appealability"),
        ("leave to appeal in forma pauperis", "in forma pauperis"),
    ],
)
def test_what_a_petitioner_files_or_asks_for_is_named_as_a_motion(name: str, key: str) -> None:
    assert [r.key for r in find_motions(name)] == [key]


def test_a_petitioner_is_no_petition() -> None:
    assert find_motions("Petitioner raises four grounds, and leave to amend is denied.") == []


def test_the_motions_named_in_the_title_keep_their_movants() -> None:
    title = (
        "ORDER (1) GRANTING DEFENDANT'S MOTION TO DISMISS; (2) DENYING AS MOOT PLAINTIFF'S "
        "MOTION FOR PRELIMINARY INJUNCTION; AND (3) DENYING PLAINTIFF'S MOTION TO STRIKE"
    )
    found = _dispositions(
        MTD,
        (title, "Before the Court are three motions."),
        (
            "CONCLUSION",
            "The motion to dismiss is GRANTED, the motion for a preliminary injunction is DENIED "
            "AS MOOT, and the motion to strike is DENIED.",
        ),
    )
    assert found == {
        "kestrel dismiss": K.GRANTED,
        "saguaro preliminary injunction": K.MOOT,
        "saguaro strike": K.DENIED,
    }


def test_a_decree_joined_before_the_motion_a_clause_names_is_not_that_motions() -> None:
    found = _dispositions(
        "Plaintiff's Motion for Leave to Amend",
        (
            "",
            "Plaintiff moves for leave to amend, and Defendant moved to dismiss. For the reasons "
            "below, leave will be granted, and Defendant's motion to dismiss will be denied as "
            "moot.",
        ),
    )
    assert found == {"saguaro leave to amend": K.GRANTED, "kestrel dismiss": K.MOOT}


def test_the_decretal_paragraphs_have_the_last_word_without_a_heading_of_their_own() -> None:
    found = _dispositions(
        MTD,
        ("I. Background", "Plaintiff sued for breach of contract, and Defendant moved to dismiss."),
        (
            "II. Discussion",
            "The complaint pleads no enforceable promise. Plaintiff asks in the alternative for "
            "more time to take discovery first. That request is denied.",
        ),
        ("III.", "Accordingly, IT IS ORDERED that Defendant's Motion to Dismiss is GRANTED."),
    )
    assert found == {"kestrel dismiss": K.GRANTED}


def test_a_recommendation_reported_in_an_order_on_objections_is_not_its_decree() -> None:
    found = _dispositions(
        MTD,
        (
            "",
            "Magistrate Judge Ruiz recommended that the motion be granted. Plaintiff objects. "
            "Having reviewed the matter de novo, the Court declines to adopt the recommendation.",
        ),
        ("", "For these reasons, Defendant's Motion to Dismiss is DENIED."),
    )
    assert found == {"kestrel dismiss": K.DENIED}
