"""Per-motion dispositions in orders that decide several motions (issue 15, third pass).

Small orders written for these rules: a docket cite is no sentence end, a preliminary
injunction is one motion among others (not a numbered one), a recommendation is a closing
section, and another party's request is not the motion's disposition.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import DispositionKind
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import MotionRef, find_motions, motion_kind
from lawdiff.ruling.sentences import SentenceLocator, split_sentences
from tests.textfilings import segment_info

BOOK = load_rulebook()
CAPTION = "Saguaro Robotics, Inc. v. Kestrel Automation, LLC"


def _order(*sections: tuple[str, str]) -> list[SegmentInfo]:
    segments: list[SegmentInfo] = []
    for heading, text in sections:
        number = len(segments) + 1
        segments.append(_segment(number, SegmentKind.HEADING, heading, heading, None))
        segments.append(_segment(number + 1, SegmentKind.PARAGRAPH, "", text, number))
    return segments


def _segment(
    number: int, kind: SegmentKind, heading: str, text: str, parent: int | None
) -> SegmentInfo:
    return segment_info(number, heading, text, parent=parent, kind=kind)


def _dispositions(default: MotionRef, *sections: tuple[str, str]) -> dict[str, DispositionKind]:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1), _order(*sections), SentenceLocator([]), BOOK, canonical(default), canonical
    )
    return {d.key: d.kind for d in found}


def test_a_docket_cite_does_not_end_the_sentence() -> None:
    text = "The Motion to Seal (Doc. 27) is GRANTED. The rest is DENIED."
    assert split_sentences(text) == [
        "The Motion to Seal (Doc. 27) is GRANTED.",
        "The rest is DENIED.",
    ]


@pytest.mark.parametrize(
    ("sentence", "specific"),
    [
        ("Plaintiff's Motion for Preliminary Injunction", False),
        ("Defendant's Motion for Summary Judgment", False),
        ("Finjan's Motion in Limine No. 3", True),
        ("Cisco's motion to exclude Dr. Layne-Farrar", True),
    ],
)
def test_a_motion_is_specific_only_by_number_or_expert(sentence: str, specific: bool) -> None:
    assert find_motions(sentence)[0].specific is specific


def test_each_motion_of_a_closing_section_keeps_its_own_disposition() -> None:
    default = MotionRef("Plaintiff's Motion for Preliminary Injunction", "", "Plaintiff", 0)
    default = find_motions(default.text)[0]
    found = _dispositions(
        default,
        ("DISCUSSION", "Saguaro has not shown a likelihood of success."),
        (
            "CONCLUSION",
            "IT IS ORDERED that Plaintiff's Motion for Preliminary Injunction (Doc. 19) is "
            "DENIED. IT IS FURTHER ORDERED that Defendants' Motion for Leave to File Under Seal "
            "(Doc. 27) is GRANTED.",
        ),
    )
    assert found == {
        "saguaro preliminary injunction": DispositionKind.DENIED,
        "kestrel seal": DispositionKind.GRANTED,
    }


def test_a_recommendation_closes_and_another_partys_request_is_not_the_motion() -> None:
    default = find_motions("Defendant's Motion to Dismiss")[0]
    found = _dispositions(
        default,
        ("ANALYSIS", "The request for discovery should be denied. The claim fails."),
        (
            "RECOMMENDATION",
            "Defendant Kestrel Automation's Motion to Dismiss [ECF No. 12] be GRANTED. "
            "Plaintiff's request for jurisdictional discovery be DENIED.",
        ),
    )
    assert found == {"kestrel dismiss": DispositionKind.GRANTED}


def test_a_demurrer_is_a_motion_of_its_own() -> None:
    default = find_motions("Defendant's Demurrer to the First Amended Complaint")[0]
    found = _dispositions(
        default,
        (
            "Demurrer; Motion to Strike",
            "The Demurrer of Defendant Kestrel is SUSTAINED IN PART and OVERRULED IN PART. The "
            "Motion to Strike is GRANTED.",
        ),
    )
    assert found["kestrel demurrer"] is DispositionKind.GRANTED_IN_PART
    assert found["kestrel strike"] is DispositionKind.GRANTED


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("PLAINTIFFS' MOTION TO REMAND AND BRIEF IN SUPPORT", "remand"),
        ("DEFENDANTS' VERIFIED MOTION TO VACATE CLERK'S DEFAULT", "vacate"),
        ("Motion to Compel", "compel"),
        ("MEMORANDUM OF LAW", "motion"),
    ],
)
def test_a_brief_title_with_its_partys_possessive_names_the_motions_kind(
    title: str, kind: str
) -> None:
    # the brief's own kind keys the disposition its arguments follow ("wanda remand")
    assert motion_kind(title) == kind


def test_cross_motions_in_one_sentence_are_two_motions_and_a_docket_number_is_none() -> None:
    sentence = (
        "The Court will GRANT IN PART and DENY IN PART Plaintiffs' Motion for Summary Judgment,"
        " ECF No. 12, and GRANT IN PART and DENY IN PART Defendants' Cross-Motion for Summary"
        " Judgment, ECF No. 15."
    )
    found = find_motions(sentence)
    assert [(m.movant, m.detail) for m in found] == [
        ("Plaintiffs", "summary judgment"),
        ("Defendants", "summary judgment"),
    ]
