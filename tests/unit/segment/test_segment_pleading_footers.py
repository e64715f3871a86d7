"""Pleading-paper page footers copied with the text: the document's title with the page number
after a dash, then the firm's name and address, between two pages of a brief. They are running
furniture, never a heading (fictional briefs written for the test)."""

from __future__ import annotations

import textwrap

from lawdiff.core.model import Page
from lawdiff.core.text import DocumentText, lines_of
from lawdiff.segment.lines import text_lines
from lawdiff.segment.regions import _running_lines as running_lines
from tests.textfilings import headings

BODY = textwrap.fill(
    "The moving party bears the burden of showing that relief is warranted, and the court "
    "weighs the record as a whole before it decides whether the judgment should stand.",
    72,
)
FIRM = "MARLOWE QUILL PLLC\n400 Pine Street, Suite 1200, Seattle, WA 98101 / (206) 555-0190"


def footer(page: int, title: str = "DEFENDANT'S MOTION TO VACATE JUDGMENT") -> str:
    return f"{title} - {page}\n{FIRM}"


def brief(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def skipped_texts(text: str) -> list[str]:
    lines = text_lines(DocumentText((Page(1, text, lines_of(text)),)))
    return [lines[i].stripped for i in sorted(running_lines(lines))]


def test_a_numbered_title_footer_and_the_firm_under_it_are_no_headings() -> None:
    text = brief(
        "I. RELIEF REQUESTED",
        BODY,
        footer(2),
        "II. STATEMENT OF FACTS",
        BODY,
        footer(3),
        "III. ARGUMENT",
        BODY,
        "IV. CONCLUSION",
        BODY,
        footer(4),
    )
    assert [h.heading for h in headings(text)] == [
        "RELIEF REQUESTED",
        "STATEMENT OF FACTS",
        "ARGUMENT",
        "CONCLUSION",
    ]
    assert len(skipped_texts(text)) == 9


def test_the_footer_twice_between_numbered_issues_keeps_the_sections_on_top() -> None:
    text = brief(
        "I. RELIEF REQUESTED",
        BODY,
        footer(2),
        "II. ISSUES PRESENTED",
        "1. Was the summons served on the registered agent?",
        "III. ARGUMENT",
        BODY,
        footer(5),
    )
    got = [(h.label, h.level) for h in headings(text)]
    assert got[0] == ("I", 0) and ("II", 0) in got and ("III", 0) in got


def test_a_dash_numbered_line_printed_once_is_kept() -> None:
    text = brief("I. ARGUMENT", BODY, "THE RULE OF SECTION 4 - 2", BODY, "II. CONCLUSION", BODY)
    assert skipped_texts(text) == []


def test_a_dash_numbered_line_repeated_with_the_same_number_is_kept() -> None:
    line = "COMPARE THE TABLE IN EXHIBIT A - 2"
    text = brief("I. ARGUMENT", BODY, line, BODY, line, BODY, "II. CONCLUSION", BODY)
    assert skipped_texts(text) == []


def test_lines_under_the_footers_that_differ_are_kept() -> None:
    text = brief(
        "I. ARGUMENT",
        BODY,
        "MOTION TO VACATE JUDGMENT - 2\nSee the declaration of the owner.",
        BODY,
        "MOTION TO VACATE JUDGMENT - 3\nThe receipt confirms delivery.",
        BODY,
    )
    assert skipped_texts(text) == ["MOTION TO VACATE JUDGMENT - 2", "MOTION TO VACATE JUDGMENT - 3"]
