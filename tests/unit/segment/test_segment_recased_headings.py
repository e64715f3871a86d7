"""Headings whose case and numbering are not the usual ones (fictional briefs written for the
test): a roman outline written in arabic numbers ("1. Introduction", then "A.", then "(1)"),
a New York "POINT ONE" with its title on the next line, and capitals under a title-case
"Argument"."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Role
from lawdiff.segment.outline import readings
from lawdiff.segment.recased import is_title_case_point
from tests.textfilings import BODY, brief, outline

CAPTION = (
    "UNITED STATES DISTRICT COURT\n"
    "DISTRICT OF NEVADA\n\n"
    "WREN HOLLOWAY,\nPlaintiff,\n\nv.\n\nCASTOR MILLS, INC.,\nDefendant.\n\n"
    "Case No. 2:25-cv-00417\n\n"
    "DEFENDANT'S MOTION TO DISMISS\n\n"
    "Defendant Castor Mills, Inc. moves to dismiss the complaint for the reasons below.\n\n"
)


def test_an_arabic_top_outline_in_title_case_opens_the_body_at_its_first_point() -> None:
    text = CAPTION + brief(
        "1. Introduction",
        "2. Argument",
        "A. THE CLAIM IS TIME-BARRED",
        "(1) THE LIMITATIONS PERIOD RAN IN 2021",
        "(2) NO TOLLING APPLIES",
        "B. THE CONTRACT WAS NEVER SIGNED",
        "3. Conclusion",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("1", 0),
        ("2", 0),
        ("2.A", 1),
        ("2.A.(1)", 2),
        ("2.A.(2)", 2),
        ("2.B", 1),
        ("3", 0),
    ]


def test_an_arabic_top_point_in_capitals_opens_the_body() -> None:
    text = CAPTION + brief("1. THE CLAIM IS TIME-BARRED", "2. THE CONTRACT WAS NEVER SIGNED")
    assert outline(text) == [
        ("1", "THE CLAIM IS TIME-BARRED", 0),
        ("2", "THE CONTRACT WAS NEVER SIGNED", 0),
    ]


def test_a_notice_of_motions_numbered_requests_do_not_open_the_body() -> None:
    """The requests of a notice of motion, "1." in sentence case before the memorandum's
    first heading, stay the notice's text."""
    text = CAPTION + (
        "Defendant asks the Court for an order:\n\n"
        "1. Compelling Plaintiff to answer Interrogatory No. 4 within fourteen days;\n\n"
        "2. Awarding Defendant its fees incurred in bringing this motion.\n\n"
    )
    text += brief("INTRODUCTION", "ARGUMENT", "CONCLUSION")
    assert [label for label, _, _ in outline(text)] == ["INTRODUCTION", "ARGUMENT", "CONCLUSION"]


def test_point_words_with_the_title_on_the_next_line_number_the_argument() -> None:
    """ "POINT ONE", a blank line, then its title: the title is the point's heading, a known
    section title ("Standard of Review") too, and the body opens at the first point."""
    text = CAPTION + brief(
        "POINT ONE\n\nStandard of Review",
        "POINT TWO\n\nThe Claim Is Time-Barred",
        "A. THE LIMITATIONS PERIOD RAN IN 2021",
        "POINT THREE\n\nThe Contract Was Never Signed",
    )
    assert outline(text) == [
        ("POINT ONE", "Standard of Review", 0),
        ("POINT TWO", "The Claim Is Time-Barred", 0),
        ("POINT TWO.A", "THE LIMITATIONS PERIOD RAN IN 2021", 1),
        ("POINT THREE", "The Contract Was Never Signed", 0),
    ]


def test_point_words_run_past_ten() -> None:
    assert [r.ordinal for r in readings("POINT ELEVEN")] == [11]
    assert [r.ordinal for r in readings("POINT FIFTEEN")] == [15]


def test_a_point_word_over_a_count_is_no_point_titled_by_it() -> None:
    text = CAPTION + brief("ARGUMENT", "POINT ONE\n\nCOUNT I\n\nBREACH OF CONTRACT")
    assert ("POINT ONE", "COUNT I", 0) not in outline(text)


def test_a_standard_in_capitals_under_a_title_case_argument_is_its_section() -> None:
    """Printed unlike its umbrella, the standard of review before the first point ("1.")
    is a section of the argument; CONCLUSION in capitals after the points stays on top."""
    text = CAPTION + brief(
        "Argument",
        "STANDARD OF REVIEW",
        "1. THE CLAIM IS TIME-BARRED",
        "2. THE CONTRACT WAS NEVER SIGNED",
        "CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text, Role.MOTION)] == [
        ("ARGUMENT", 0),
        ("STANDARD OF REVIEW", 1),
        ("1", 1),
        ("2", 1),
        ("CONCLUSION", 0),
    ]


def test_a_standard_in_the_umbrellas_own_case_keeps_its_rules() -> None:
    """ "Standard of Review" under "Argument" (both title case) with no point after it is
    no section of the argument: a top heading, as before."""
    text = CAPTION + brief("Argument", "Standard of Review") + "\n" + BODY + "\n"
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("STANDARD OF REVIEW", 0),
    ]


def test_title_case_points_under_a_title_case_argument_are_its_points() -> None:
    """Points printed in title case where most print them in capitals, alone between blank
    lines over body text under "Argument": points under the umbrella, as capitals are."""
    text = CAPTION + brief(
        "Introduction",
        "Argument",
        "The Limitations Period Ran Before the Complaint Was Filed",
        "Constructive Knowledge Is a Question of Fact:",
        "Conclusion",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("INTRODUCTION", 0),
        ("ARGUMENT", 0),
        ("THE LIMITATIONS PERIOD RAN BEFORE THE COMPLAINT WAS FILED", 1),
        ("CONSTRUCTIVE KNOWLEDGE IS A QUESTION OF FACT", 1),
        ("CONCLUSION", 0),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Castor Mills, Inc.",
        "Holloway v. Castor Mills Controls Here",
        "Respectfully Submitted This Second Day",
        "Dated: June 2, 2025",
        "The Claim Is Time-Barred ........ 4",
        "The Parties Agreed Upon Delivery,",
        "Jane Doe",
        "Counsel for Castor Mills (702) 555-0188",
        "Accordingly, Defendant's Motion to Dismiss (ECF No. 9) Is GRANTED IN PART:",
    ],
)
def test_ordinary_title_case_lines_do_not_read_as_points(line: str) -> None:
    assert not is_title_case_point(line)


@pytest.mark.parametrize(
    "line",
    [
        "Holloway v. Castor Mills Controls Here",
        "Dated: June 2, 2025",
        "The Claim Is Time-Barred ........ 4",
        "The Parties Agreed Upon Delivery,",
        "Jane Doe",
    ],
)
def test_ordinary_title_case_lines_under_the_argument_stay_body_text(line: str) -> None:
    text = CAPTION + brief("Argument", line, "Conclusion")
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "CONCLUSION"]


def test_capitals_under_a_title_case_point_are_its_subheadings() -> None:
    """The level goes by the order the styles come in: title-case points, then a line in
    capitals under one of them is its subheading (as title case is under capitals)."""
    text = CAPTION + brief(
        "Argument",
        "The Claim Fails on Its Own Terms",
        "THE NOTICE WAS LATE",
        "THE NOTICE WAS INCOMPLETE",
        "The Defense Was Timely Raised Below",
        "Conclusion",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("THE CLAIM FAILS ON ITS OWN TERMS", 1),
        ("THE NOTICE WAS LATE", 2),
        ("THE NOTICE WAS INCOMPLETE", 2),
        ("THE DEFENSE WAS TIMELY RAISED BELOW", 1),
        ("CONCLUSION", 0),
    ]


def test_points_in_capitals_stay_siblings() -> None:
    text = CAPTION + brief("ARGUMENT", "THE CLAIM FAILS", "THE NOTICE WAS LATE", "CONCLUSION")
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("THE CLAIM FAILS", 1),
        ("THE NOTICE WAS LATE", 1),
        ("CONCLUSION", 0),
    ]


def test_a_capital_point_after_a_title_case_subpoint_stays_a_point() -> None:
    """Points in capitals come first here: a title-case line after one (a sibling, as it
    was) gathers no capital point after it."""
    text = CAPTION + brief(
        "ARGUMENT",
        "THE CLAIM FAILS ON ITS OWN TERMS",
        "The Notice Was Late and Incomplete",
        "THE DEFENSE WAS TIMELY RAISED BELOW",
        "CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("THE CLAIM FAILS ON ITS OWN TERMS", 1),
        ("THE NOTICE WAS LATE AND INCOMPLETE", 1),
        ("THE DEFENSE WAS TIMELY RAISED BELOW", 1),
        ("CONCLUSION", 0),
    ]


def test_a_title_case_point_after_the_lettered_subpoints_of_one_is_its_sibling() -> None:
    text = CAPTION + brief(
        "Argument",
        "First Objection: The Settlement Is Not Fair",
        "A. THE CASH RELIEF IS A FRACTION OF THE LOSSES",
        "B. UNCLAIMED FUNDS REVERT TO DEFENDANT",
        "Second Objection: The Notice Did Not Reach the Class",
        "Conclusion",
    )
    assert [level for _, _, level in outline(text)] == [0, 1, 2, 2, 1, 0]


def test_a_title_case_line_under_a_capital_points_letter_keeps_its_level() -> None:
    """Points in capitals first: a title-case line after a lettered sub-point is not
    lifted beside the capital point."""
    text = CAPTION + brief(
        "ARGUMENT",
        "THE SETTLEMENT IS NOT FAIR",
        "A. THE CASH RELIEF IS A FRACTION OF THE LOSSES",
        "The Release Reaches Claims Unrelated to the Breach",
        "CONCLUSION",
    )
    got = outline(text)
    assert ("THE RELEASE REACHES CLAIMS UNRELATED TO THE BREACH", 1) not in [
        (label, level) for label, _, level in got
    ]


@pytest.mark.parametrize(
    "statute",
    ["Required by § 39-2-911(2), MCA", "Under 42 U.S.C. § 1983", "of Section 7.2"],
)
def test_a_title_case_point_may_close_on_a_statutes_section(statute: str) -> None:
    point = f"The Claim Is Barred by the Procedure {statute}"
    assert is_title_case_point(point)
    text = CAPTION + brief("Argument", point, "The Contract Was Never Signed", "Conclusion")
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("Argument", 0),
        (point, 1),
        ("The Contract Was Never Signed", 1),
        ("Conclusion", 0),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The Statute Is Clear. See § 12",
        "The claim is barred under § 39-2-911(2), MCA",
        "Holloway v. Castor Mills, 12 F.4th 1 (9th Cir. 2021), Applies § 12",
    ],
)
def test_a_sentence_or_a_citation_closing_on_a_section_is_no_point(line: str) -> None:
    assert not is_title_case_point(line)
