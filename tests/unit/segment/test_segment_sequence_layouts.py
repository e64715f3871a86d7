"""Brief layouts read by their sequence (fictional filings in plain text): sub-points written
as long sentences among sentence siblings, short answers in a response to numbered facts,
the notice's own heading on the caption page, and the sections a memorandum of points and
authorities opens with before its numbered points."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role, Segmentation, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.segment import patterns, segment_filing
from lawdiff.segment.sentences import is_sentence_heading

CAPTION = (
    "UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\n\n"
    "UNITED STATES OF AMERICA,\nPlaintiff,\nv.\nDORIN VASKO,\nDefendant.\n\n"
    "DEFENDANT'S MOTION TO DISMISS THE INDICTMENT\n\n"
)
# Body paragraphs of plain text are whole lines (no wrapping), as e-filed text is.
BODY = (
    "The record shows that the government knew of the delay from the start and did nothing "
    "about it for months, although the statute required it to act within thirty days of the "
    "arrest, and although the defendant asked for a prompt trial at his first appearance."
)


def segmented(text: str, role: Role = Role.MOTION) -> Segmentation:
    page = Page(1, text, lines_of(text))
    return segment_filing(Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=role)))


def headings(result: Segmentation) -> list[tuple[str, str, int]]:
    """(label, parent label, level) of every heading."""
    segments = result.segments
    return [
        (s.label, segments[s.parent].label if s.parent is not None else "", s.level)
        for s in segments
        if s.kind == SegmentKind.HEADING
    ]


def argument(*points: str) -> str:
    """ARGUMENT, "A. …" in title case, then the numbered ``points`` each with BODY under it."""
    text = "ARGUMENT\n\nA. The Prosecution Is Selective and Vindictive\n\n" + BODY + "\n\n"
    for point in points:
        text += point + "\n\n" + BODY + "\n\n"
    return text + "CONCLUSION\n\nThe indictment should be dismissed.\n"


SENTENCE_POINTS = (
    "1. Mr. Vasko has made the showing the law requires for discovery.",
    "2. The superseding indictment, returned after Mr. Vasko refused a plea offer and filed "
    "his motion to suppress, raises a presumption of vindictiveness.",
    "3. The decision not to charge his partner confirms the discriminatory purpose.",
)


def test_a_long_sentence_sub_point_among_sentence_siblings_is_a_heading() -> None:
    found = headings(segmented(CAPTION + argument(*SENTENCE_POINTS)))
    assert found == [
        ("ARGUMENT", "", 0),
        ("A", "ARGUMENT", 1),
        ("A.1", "A", 2),
        ("A.2", "A", 2),
        ("A.3", "A", 2),
        ("CONCLUSION", "", 0),
    ]


def test_the_first_sentence_point_is_vouched_for_by_the_next() -> None:
    """A first "1." in prose opens its level when "2." is a sentence alone above text too."""
    points = (
        "1. The ALJ reasonably discounted the complaints, and any omission was harmless.",
        "2. Substantial evidence supports the evaluation of the medical opinions.",
    )
    found = headings(segmented(CAPTION + argument(*points)))
    assert [label for label, _, _ in found] == ["ARGUMENT", "A", "A.1", "A.2", "CONCLUSION"]


def test_numbered_body_paragraphs_open_no_level() -> None:
    """Numbered paragraphs of several sentences each are body text, text between or not."""
    points = (
        "1. First, the government waited for months. It has never given a reason.",
        "2. Second, the delay, which the government caused, prejudiced the defense. A witness "
        "died.",
    )
    found = headings(segmented(CAPTION + argument(*points)))
    assert [label for label, _, _ in found] == ["ARGUMENT", "A", "CONCLUSION"]


def test_a_lone_prose_point_with_no_next_point_stays_body_text() -> None:
    """A "1." in prose with no "2." after it: nothing vouches for it."""
    point = "1. The government waited, without any reason it has ever given, for months."
    found = headings(segmented(CAPTION + argument(point)))
    assert [label for label, _, _ in found] == ["ARGUMENT", "A", "CONCLUSION"]


def test_numbered_sentences_with_no_text_between_are_a_list() -> None:
    """A sentence sub-point with no body text of its own vouches for no sibling."""
    text = CAPTION + (
        "ARGUMENT\n\nA. The Prosecution Is Selective and Vindictive\n\n" + BODY + "\n\n"
        "1. The weakness applies an unstated evaluation criterion.\n\n"
        "2. The evaluators ignored the staffing matrix, which the proposal set out in full.\n\n"
        + BODY
        + "\n\nCONCLUSION\n\nThe indictment should be dismissed.\n"
    )
    labels = [label for label, _, _ in headings(segmented(text))]
    assert "A.2" not in labels


def test_a_prose_sub_point_after_a_title_case_sibling_stays_body_text() -> None:
    """The siblings must be sentences too: a title-case "1." vouches for no prose "2."."""
    points = (
        "1. The Speedy Trial Clock Expired",
        "2. The court, however, found that the ends of justice outweighed the public interest.",
    )
    labels = [label for label, _, _ in headings(segmented(CAPTION + argument(*points)))]
    assert "A.1" in labels and "A.2" not in labels


TAX_CAPTION = (
    "UNITED STATES TAX COURT\n\n"
    "ALDER CREEK ORCHARDS, LLC,\nPetitioner,\nv.\n"
    "COMMISSIONER OF INTERNAL REVENUE,\nRespondent.\n\n"
    "RESPONDENT'S RESPONSE TO PETITIONER'S MOTION FOR SUMMARY JUDGMENT\n\n"
    "RESPONDENT OBJECTS to the granting of the motion and requests that the Court sustain the "
    "determination. In support of this response, respondent respectfully states:\n\n"
)


def test_short_answers_to_numbered_facts_are_paragraphs_not_headings() -> None:
    text = TAX_CAPTION + (
        "RESPONSE TO PETITIONER'S STATEMENT OF UNDISPUTED FACTS\n\n"
        "1. Admits.\n\n2. Admits.\n\n"
        "3. Admits that the notice was mailed on October 18, 2022, to the former address of "
        "petitioner.\n\n"
        "4. Denies that petitioner did not receive the notice within the meaning of the "
        "statute.\n\n"
        "ARGUMENT\n\nI. REVIEW IS FOR ABUSE OF DISCRETION\n\n"
        "Petitioner had an opportunity to dispute the liability and did not take it.\n\n"
        "CONCLUSION\n\nThe motion should be denied.\n"
    )
    result = segmented(text, Role.OPPOSITION)
    assert [label for label, _, _ in headings(result)] == [
        "RESPONSE TO PETITIONER'S STATEMENT OF UNDISPUTED FACTS",
        "ARGUMENT",
        "I",
        "CONCLUSION",
    ]
    response = next(s.index for s in result.segments if s.label.startswith("RESPONSE"))
    answers = [s for s in result.segments if "Admits" in s.text or "Denies" in s.text]
    assert answers and "1. Admits." in answers[0].text
    assert all(s.kind == SegmentKind.PARAGRAPH and s.parent == response for s in answers)
    assert not any(s.label.startswith("¶") for s in result.segments)


STATE_CAPTION = (
    "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nFOR THE COUNTY OF RIVERSIDE\n\n"
    "MARISOL DUARTE,\nPlaintiff,\nv.\nHOLLIS FREIGHT LINES, INC.,\nDefendants.\n\n"
    "Case No. CVRI2509999\n\n"
    "DEFENDANT'S NOTICE OF MOTION AND MOTION TO COMPEL ARBITRATION\n\n"
    "Hearing Date: March 5, 2026\nTime: 8:30 a.m.\nDept.: 6\n\n"
)
NOTICE = (
    "NOTICE OF MOTION AND MOTION\n\nTO PLAINTIFF AND HER ATTORNEYS OF RECORD:\n\n"
    "PLEASE TAKE NOTICE that on March 5, 2026, defendant will move the Court for an order "
    "compelling arbitration of plaintiff's individual claims.\n\n"
)


def test_the_notices_heading_on_the_caption_page_is_a_heading() -> None:
    text = (
        STATE_CAPTION
        + NOTICE
        + (
            "MEMORANDUM OF POINTS AND AUTHORITIES\n\nI. INTRODUCTION\n\n"
            "Plaintiff signed the arbitration agreement when she was hired.\n\n"
            "II. CONCLUSION\n\nThe motion should be granted.\n"
        )
    )
    result = segmented(text)
    assert headings(result) == [
        ("NOTICE OF MOTION AND MOTION", "", 0),
        ("MEMORANDUM OF POINTS AND AUTHORITIES", "", 0),
        ("I", "MEMORANDUM OF POINTS AND AUTHORITIES", 1),
        ("II", "MEMORANDUM OF POINTS AND AUTHORITIES", 1),
    ]
    notice = next(s for s in result.segments if s.text.startswith("PLEASE TAKE NOTICE"))
    assert notice.parent == 0
    # the document's full title on the caption is no heading
    assert not any("COMPEL" in s.label for s in result.segments)


def test_a_memorandum_gathers_the_sections_before_its_numbered_points() -> None:
    text = CAPTION + (
        "MEMORANDUM OF POINTS AND AUTHORITIES\n\nSTANDARD OF REVIEW\n\n"
        "Whether the privilege applies is reviewed de novo.\n\n"
        "I. THE EMAILS ARE PRIVILEGED\n\nTheir dominant purpose was legal advice.\n\n"
        "II. THE PRIVILEGE WAS NOT WAIVED\n\nA late log waives nothing.\n\n"
        "CONCLUSION\n\nThe petition should be granted.\n"
    )
    memo = "MEMORANDUM OF POINTS AND AUTHORITIES"
    assert headings(segmented(text)) == [
        (memo, "", 0),
        ("STANDARD OF REVIEW", memo, 1),
        ("I", memo, 1),
        ("II", memo, 1),
        ("CONCLUSION", "", 0),
    ]


def test_a_memorandum_with_an_argument_heading_keeps_its_sections_on_top() -> None:
    text = CAPTION + (
        "MEMORANDUM OF POINTS AND AUTHORITIES\n\nINTRODUCTION\n\n"
        "Plaintiff signed the arbitration agreement when she was hired.\n\n"
        "ARGUMENT\n\nI. THE AGREEMENT GOVERNS\n\nThe agreement covers every claim.\n\n"
        "CONCLUSION\n\nThe motion should be granted.\n"
    )
    assert headings(segmented(text)) == [
        ("MEMORANDUM OF POINTS AND AUTHORITIES", "", 0),
        ("INTRODUCTION", "", 0),
        ("ARGUMENT", "", 0),
        ("I", "ARGUMENT", 1),
        ("CONCLUSION", "", 0),
    ]


@pytest.mark.parametrize(
    ("line", "notice", "memorandum", "closing"),
    [
        ("NOTICE OF MOTION AND MOTION", True, False, False),
        ("Notice of Motion:", True, False, False),
        ("DEFENDANT'S NOTICE OF MOTION AND MOTION TO COMPEL ARBITRATION", False, False, False),
        ("MEMORANDUM OF POINTS AND AUTHORITIES", False, True, False),
        ("MEMORANDUM OF LAW", False, True, False),
        ("MEMORANDUM OF LAW IN SUPPORT OF THE MOTION", False, False, False),
        ("CONCLUSION", False, False, True),
        ("PRAYER FOR RELIEF", False, False, True),
        ("CONCLUSION OF THE HEARING", False, False, False),
    ],
)
def test_section_title_patterns(line: str, notice: bool, memorandum: bool, closing: bool) -> None:
    got = (
        bool(patterns.NOTICE_SECTION_TITLE.match(line)),
        bool(patterns.MEMORANDUM_HEADING.match(line)),
        bool(patterns.CLOSING_HEADING.match(line)),
    )
    assert got == (notice, memorandum, closing)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Halvorsen has succeeded on the merits.", True),
        ("Mr. Vasko has made the showing the law requires for discovery.", True),
        ("The indictment, returned after he refused a plea, raises a presumption.", True),
        ("The Speedy Trial Clock Expired.", False),  # title case
        ("THE CLOCK EXPIRED.", False),  # capitals
        ("The clock expired", False),  # no closing period
        ("The clock expired. The court erred.", False),  # two sentences
        ("See Smith v. Jones, 500 U.S. 1 (1991), for the rule.", False),  # a citation
        ("the clock expired.", False),  # lower case
    ],
)
def test_is_sentence_heading(title: str, expected: bool) -> None:
    assert is_sentence_heading(title) is expected
