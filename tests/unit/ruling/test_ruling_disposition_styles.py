"""Dispositions stated in the common real-court styles (issue 15, tenth pass).

Each order below is a short one written for this test in the form one court style uses: a
state-court form order, docket text orders deciding motions by docket number, cross-motions for
summary judgment, findings of fact and conclusions of law, an adopted report and recommendation,
the disposition words short of granted / denied, and a discovery motion decided request by
request.
"""

from __future__ import annotations

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import find_motions
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import order_sections, segment_info

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"


def _segment(
    number: int, kind: SegmentKind, heading: str, text: str, parent: int | None
) -> SegmentInfo:
    return segment_info(number, heading, text, parent=parent, kind=kind)


def _dispositions(motion: str, *sections: tuple[str, str]) -> dict[str, K]:
    canonical = motion_canonicalizer(CAPTION)
    default = canonical(find_motions(motion)[0])
    found = find_dispositions(
        DocumentId(1), order_sections(*sections), SentenceLocator([]), BOOK, default, canonical
    )
    return {d.key: d.kind for d in found}


def test_a_state_court_form_order_decides_the_motion_and_the_cross_motion() -> None:
    found = _dispositions(
        "Defendant's Motion to Compel Arbitration",
        (
            "",
            "THIS MATTER having been opened to the Court by Dana Whitlock, Esq., counsel for "
            "Defendant Kestrel Automation, LLC, on notice to counsel for Plaintiff, and the Court "
            "having considered the papers submitted and the arguments of counsel, and for good "
            "cause shown; IT IS on this 3rd day of December, 2026, ORDERED that Defendant's "
            "motion to compel arbitration is DENIED; and it is FURTHER ORDERED that Plaintiff's "
            "cross-motion for leave to amend the complaint is GRANTED; and it is FURTHER ORDERED "
            "that a copy of this Order shall be served on all counsel within seven days.",
        ),
    )
    assert found == {"kestrel motion": K.DENIED, "saguaro leave to amend": K.GRANTED} or found == {
        "kestrel compel": K.DENIED,
        "saguaro leave to amend": K.GRANTED,
    }


def test_a_docket_text_order_decides_each_motion_by_docket_number() -> None:
    found = _dispositions(
        "Defendant's Motion to Dismiss",
        (
            "",
            "ORDER granting in part and denying in part [24] Motion to Dismiss; denying as moot "
            "[31] Motion to Stay Discovery. Signed by Judge Ellen Marsh on 12/3/2026.",
        ),
    )
    assert found == {"kestrel dismiss": K.GRANTED_IN_PART, "kestrel stay": K.MOOT}


def test_a_text_order_grants_a_motion_as_unopposed() -> None:
    found = _dispositions(
        "Plaintiff's Motion to Compel",
        (
            "",
            "TEXT ORDER: Defendant has filed no response within the time allowed. Plaintiff's "
            "Motion to Compel (Doc. 12) is GRANTED as unopposed. Defendant shall serve its "
            "responses within 14 days.",
        ),
    )
    assert found == {"saguaro compel": K.GRANTED}


def test_cross_motions_for_summary_judgment_each_keep_their_own_disposition() -> None:
    found = _dispositions(
        "Plaintiff's Motion for Summary Judgment",
        (
            "DISCUSSION",
            "The contract is unambiguous, and Kestrel's reading cannot be squared with its text.",
        ),
        (
            "CONCLUSION",
            "For these reasons, Plaintiff's Motion for Summary Judgment (ECF No. 40) is GRANTED "
            "and Defendant's Cross-Motion for Summary Judgment (ECF No. 44) is DENIED.",
        ),
    )
    assert found == {
        "saguaro summary judgment": K.GRANTED,
        "kestrel summary judgment": K.DENIED,
    }


def test_the_court_grants_one_cross_motion_and_denies_the_other_verb_first() -> None:
    found = _dispositions(
        "Plaintiff's Motion for Summary Judgment",
        (
            "ORDER",
            "The Court GRANTS Defendant's Cross-Motion for Summary Judgment and DENIES "
            "Plaintiff's Motion for Summary Judgment.",
        ),
    )
    assert found == {
        "saguaro summary judgment": K.DENIED,
        "kestrel summary judgment": K.GRANTED,
    }


def test_an_ohio_motion_sustained_in_part_and_overruled_in_part() -> None:
    found = _dispositions(
        "Defendant's Motion for Summary Judgment",
        (
            "DECISION AND ENTRY",
            "Defendant's Motion for Summary Judgment is SUSTAINED IN PART AND OVERRULED IN PART. "
            "Plaintiff's Cross-Motion for Partial Summary Judgment is OVERRULED.",
        ),
    )
    assert found == {
        "kestrel summary judgment": K.GRANTED_IN_PART,
        "saguaro summary judgment": K.DENIED,
    }


def test_findings_and_conclusions_end_with_an_order_granting_in_part() -> None:
    found = _dispositions(
        "Plaintiff's Motion for Preliminary Injunction",
        (
            "FINDINGS OF FACT",
            "1. Saguaro sold the controller line for nine years. 2. Kestrel's motion papers "
            "were denied leave to exceed the page limit in an earlier case.",
        ),
        (
            "CONCLUSIONS OF LAW",
            "12. Saguaro is likely to succeed on its trade-secret claim. 13. Saguaro has not "
            "shown irreparable harm as to the distribution agreements.",
        ),
        (
            "ORDER",
            "Based on the foregoing findings of fact and conclusions of law, the motion for a "
            "preliminary injunction is GRANTED IN PART. Kestrel shall not use the controller "
            "source code pending trial.",
        ),
    )
    assert found == {"saguaro preliminary injunction": K.GRANTED_IN_PART}


def test_a_report_and_recommendation_adopted_grants_the_motion() -> None:
    found = _dispositions(
        "Defendant's Motion to Dismiss",
        (
            "ORDER ADOPTING REPORT AND RECOMMENDATION",
            "The Magistrate Judge recommended that the motion be granted, and Plaintiff's "
            "objections are OVERRULED. The Court ADOPTS the Report and Recommendation (ECF No. "
            "30) in full. Defendant's Motion to Dismiss (ECF No. 18) is GRANTED.",
        ),
    )
    assert found == {"kestrel dismiss": K.GRANTED}


def _one(text: str, motion: str = "Defendant's Motion to Dismiss") -> K:
    found = _dispositions(motion, ("ORDER", text))
    assert len(found) == 1, found
    return next(iter(found.values()))


def test_the_disposition_words_short_of_granted_or_denied() -> None:
    assert _one("The motion is DENIED WITHOUT PREJUDICE to refiling after discovery.") is K.DENIED
    assert _one("Defendant's Motion to Dismiss is GRANTED IN PART AND DENIED IN PART.") is (
        K.GRANTED_IN_PART
    )
    assert (
        _one("Defendant's Motion to Dismiss is DENIED AS MOOT in light of the amended complaint.")
        is K.MOOT
    )
    assert _one("Defendant's Motion to Dismiss (Dkt. 9) is TERMINATED.") is K.TERMINATED
    assert _one("Defendant's Motion to Dismiss is WITHDRAWN at the movant's request.") is (
        K.WITHDRAWN
    )
    assert _one("The motion is taken under submission without oral argument.") is K.SUBMITTED
    assert _one("Ruling on the motion is DEFERRED until the close of discovery.") is K.DEFERRED


def test_a_discovery_motion_decided_request_by_request_is_granted_in_part() -> None:
    found = _dispositions(
        "Plaintiff's Motion to Compel",
        (
            "DISCUSSION",
            "RFP No. 4: GRANTED. Kestrel shall produce the firmware change logs. "
            "Interrogatory No. 7: DENIED. The interrogatory is not proportional to the needs of "
            "the case. RFP No. 9: GRANTED as limited to 2023 and 2024.",
        ),
    )
    assert found == {"saguaro compel": K.GRANTED_IN_PART}


def test_granted_to_the_extent_and_otherwise_denied_is_granted_in_part() -> None:
    assert (
        _one(
            "ORDERED that the motion is granted to the extent that the first cause of action is "
            "dismissed, and the motion is otherwise denied."
        )
        is K.GRANTED_IN_PART
    )
    assert _one("Defendant's Motion to Dismiss is DENIED IN PART.") is K.GRANTED_IN_PART


def test_a_docket_text_order_by_bare_docket_number_and_as_unopposed() -> None:
    found = _dispositions(
        "Defendant's Motion to Dismiss",
        (
            "",
            "TEXT ORDER granting as unopposed 12 Motion to Dismiss. The Clerk shall close the "
            "case.",
        ),
    )
    assert found == {"kestrel dismiss": K.GRANTED}


def test_a_docket_entry_names_each_motions_movant_by_filed_by() -> None:
    # two motions of one kind, by different movants: two motions, not one granted in part
    found = _dispositions(
        "Defendant's Motion to Dismiss",
        (
            "",
            "ORDER granting [24] Motion to Dismiss filed by Kestrel Automation, LLC; denying "
            "[27] Motion to Dismiss filed by Orrin Vale. Signed by Judge Ellen Marsh.",
        ),
    )
    assert found == {"kestrel dismiss": K.GRANTED, "orrin dismiss": K.DENIED}


def test_the_kind_of_motion_is_in_its_title_not_in_what_follows_the_verb() -> None:
    found = _dispositions(
        "Defendant's Motion to Dismiss",
        (
            "ORDER",
            "Defendant's Motion to Dismiss is hereby DENIED WITHOUT PREJUDICE to renewal at "
            "summary judgment.",
        ),
    )
    assert found == {"kestrel dismiss": K.DENIED}


def test_more_ways_of_saying_in_part_and_withdrawn() -> None:
    assert _one("The Court GRANTS the motion in part. Count II is dismissed.") is (
        K.GRANTED_IN_PART
    )
    assert _one("The Motion to Dismiss (ECF No. 8) is deemed WITHDRAWN.") is K.WITHDRAWN


def test_a_request_for_production_is_a_part_of_the_motion_to_compel_not_a_motion() -> None:
    found = _dispositions(
        "Plaintiff's Motion to Compel",
        (
            "DISCUSSION",
            "Request for Production No. 4: The objection is OVERRULED and the request is "
            "GRANTED. Request for Production No. 5: The objection is SUSTAINED.",
        ),
    )
    assert found == {"saguaro compel": K.GRANTED_IN_PART}


def test_motions_sharing_one_verb_share_its_disposition() -> None:
    after = _dispositions(
        "Defendant's Motion to Dismiss",
        (
            "ORDER",
            "Defendant's Motion to Dismiss (Doc. 12) and Motion to Strike (Doc. 14) are GRANTED.",
        ),
    )
    assert after == {"kestrel dismiss": K.GRANTED, "kestrel strike": K.GRANTED}
    before = _dispositions(
        "Defendant's Motion to Dismiss",
        ("ORDER", "The Court DENIES Defendant's Motion to Dismiss and Motion to Strike."),
    )
    assert before == {"kestrel dismiss": K.DENIED, "kestrel strike": K.DENIED}


def test_a_cross_motion_of_a_named_party_is_that_partys_motion_of_the_same_kind() -> None:
    # New York practice: "the cross motion of defendant X (Mot. Seq. No. 2) is denied"
    found = _dispositions(
        "Plaintiff's Motion for Summary Judgment",
        (
            "",
            "ORDERED that plaintiff's motion (Mot. Seq. No. 1) is granted; and it is further "
            "ORDERED that the cross motion of defendant Kestrel Automation, LLC (Mot. Seq. No. "
            "2) is denied in its entirety.",
        ),
    )
    assert found == {"saguaro summary judgment": K.GRANTED, "kestrel summary judgment": K.DENIED}


def test_a_docket_number_between_the_possessive_and_the_motion() -> None:
    found = _dispositions(
        "Defendant's Motion to Strike",
        (
            "",
            "The portion of [45] seeking to strike the report is DENIED AS MOOT. Plaintiff's "
            "[43] Motion to Compel is WITHDRAWN.",
        ),
    )
    assert found["saguaro compel"] is K.WITHDRAWN


def test_a_cross_motion_named_without_its_kind_is_of_the_kind_it_crosses() -> None:
    expected = {"saguaro summary judgment": K.DENIED, "kestrel summary judgment": K.GRANTED}
    motion = "Plaintiff's Motion for Summary Judgment"
    assert (
        _dispositions(
            motion,
            (
                "ORDER",
                "Plaintiff's Motion for Summary Judgment (ECF No. 40) is DENIED; Defendant's "
                "Cross-Motion (ECF No. 44) is GRANTED.",
            ),
        )
        == expected
    )
    assert (
        _dispositions(
            motion,
            ("ORDER", "The Court DENIES Plaintiff's motion and GRANTS Defendant's cross-motion."),
        )
        == expected
    )


def test_a_docket_text_finding_a_motion_moot() -> None:
    found = _dispositions(
        "Defendant's Motion to Dismiss",
        ("", "ORDER denying [15] Motion to Dismiss; finding as moot [18] Motion to Expedite."),
    )
    assert found == {"kestrel dismiss": K.DENIED, "kestrel expedite": K.MOOT}
    assert _one("The motion to dismiss has been rendered moot by the amended complaint.") is K.MOOT


def test_a_motion_is_of_the_kind_its_title_names_first() -> None:
    found = _dispositions(
        "Defendant's Motion to Dismiss",
        (
            "",
            "ORDER granting [24] Motion to Dismiss; denying as moot [31] Motion to Stay "
            "Discovery Pending Ruling on Motion to Dismiss. Signed by Judge Ellen Marsh.",
        ),
    )
    assert found == {"kestrel dismiss": K.GRANTED, "kestrel stay": K.MOOT}
    # the list's order still breaks a tie at one place, and a later kind word is no kind
    assert [m.detail for m in find_motions("Motion for Leave to Amend to Add a Claim")] == [
        "leave to amend"
    ]
    assert [m.detail for m in find_motions("Motion to Compel Arbitration and to Stay")] == [
        "compel"
    ]


def test_a_lower_case_cross_motion_for_leave_is_its_movants_own() -> None:
    found = _dispositions(
        "Defendant's Motion to Dismiss",
        (
            "",
            "ORDERED that defendant Kestrel's motion to dismiss the Complaint is hereby DENIED; "
            "and it is further ORDERED that plaintiffs' cross-motion for leave to serve the "
            "expert report out of time is GRANTED; and it is further ORDERED that a copy of "
            "this Order shall be served within seven days.",
        ),
    )
    titled = find_motions("Plaintiffs' Cross-Motion for Leave to Serve the Report Out of Time")
    assert [m.detail for m in titled] == ["leave"]
    assert found == {"kestrel dismiss": K.DENIED, "saguaro leave": K.GRANTED}
