"""Headings whose case and numbering are not the usual ones (fictional briefs written for the
test): a roman outline written in arabic numbers ("1. Introduction", then "A.", then "(1)"),
a New York "POINT ONE" with its title on the next line, and capitals under a title-case
"Argument"."""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.segment.outline import readings
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
