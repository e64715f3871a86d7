"""Marks of a text copy taken off its rows (lawdiff.ingest.text_marks), and what looks like
them but is text kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.ingest.text_marks import (
    joined_hyphens,
    markdown_level,
    ocr_zeros,
    plain_spacing,
    roman_ones,
    underlined,
    underscored,
    without_markdown,
)
from lawdiff.ingest.textfile import read_text, text_words


@pytest.mark.parametrize(
    ("row", "clean", "level"),
    [
        ("## I. ARGUMENT", "I. ARGUMENT", 2),
        ("# **INTRODUCTION**", "INTRODUCTION", 1),
        ("**A. The Claim Fails**", "A. The Claim Fails", 0),
        ("  ### Relief Requested", "  Relief Requested", 3),
        ("The facts are plain.[^3] So is the law.", "The facts are plain. So is the law.", 0),
        # text that looks like the marks stays
        ("#5 on the docket", "#5 on the docket", 0),
        ("He said **no** twice.", "He said **no** twice.", 0),
        ("See [^a] and [3].", "See [^a] and [3].", 0),
    ],
)
def test_markdown_marks_are_taken_off(row: str, clean: str, level: int) -> None:
    assert (without_markdown(row), markdown_level(row)) == (clean, level)


def test_an_underline_of_the_heading_length_is_found_with_its_level() -> None:
    rows = ["ARGUMENT", "========", "", "A. The Claim Fails", "------------------", "Text."]
    assert underlined(rows) == {1: 1, 4: 2}


def test_a_rule_that_underlines_nothing_stays() -> None:
    rows = [
        "A long paragraph of text that ends on this line and then a rule follows it.",
        "----------",
        "",
        "-----",
        "x",
        "==========",
    ]
    assert underlined(rows) == {}


RULE = "_" * 80


def test_rules_of_underscores_across_the_page_underline_headings_standing_alone() -> None:
    rows = ["", "The Board did not count heads.", RULE, "", "Text.", "", "1. A point.", RULE, ""]
    assert underscored(rows) == {2: 2, 7: 2}
    assert underlined(rows) == {2: 2, 7: 2}


def test_rules_of_underscores_that_underline_no_heading_stay() -> None:
    signature = ["", "Respectfully submitted,", "", RULE, "Jane Roe", "", "/s/ Jane Roe", RULE, ""]
    paragraph = ["", "The last row of a paragraph", "wrapped over two rows.", RULE, ""]
    caption = ["", "Smith,", "Petitioner", RULE, ""]
    one = ["", "The one heading underscored.", RULE, ""]
    for rows in (signature, paragraph, caption, one, signature + paragraph + caption):
        assert underscored(rows) == {}, rows


def test_read_text_blanks_the_underline_and_marks_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(
        b"ARGUMENT\r\n========\r\n\r\nI.\tTHE CLAIM FAILS\r\n---------------\r\nText.\r\n"
    )
    page = read_text(path).pages[0]
    rows = page.text.split("\n")
    assert rows[:5] == ["ARGUMENT", "", "", "I. THE CLAIM FAILS", ""]
    assert [line.heading_level for line in page.lines][:5] == [1, 0, 0, 2, 0]
    assert [line.number for line in page.lines][:5] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("row", "clean"),
    [
        ("I.\tARGUMENT", "I. ARGUMENT"),
        ("(a)\tText", "(a) Text"),
        ("42 U.S.C.\u00a0§\u00a01983", "42 U.S.C. § 1983"),
        ("Name\tAmount", "Name\tAmount"),  # a tab in a table row stays
    ],
)
def test_spacing_is_made_plain(row: str, clean: str) -> None:
    assert plain_spacing(row) == clean


@pytest.mark.parametrize(
    ("row", "clean"),
    [
        ("C0NCLUSION", "CONCLUSION"),
        ("0PPOSITION TO MOTION", "OPPOSITION TO MOTION"),
        ("Case No. 3:24-cv-01873-RGK", "Case No. 3:24-cv-01873-RGK"),
        ("Exhibit A0 and 10 ABC", "Exhibit A0 and 10 ABC"),
        ("Form W-20", "Form W-20"),
        ("STATEMENT 0F THE CASE", "STATEMENT OF THE CASE"),
        ("MOTION T0 DISMISS", "MOTION TO DISMISS"),
        ("rows 0F and T0 in a grid", "rows 0F and T0 in a grid"),
    ],
)
def test_a_zero_among_capitals_is_read_as_o(row: str, clean: str) -> None:
    assert ocr_zeros(row) == clean


def test_a_word_hyphenated_across_rows_is_joined() -> None:
    rows = ["the Proper Remedy Would Be Rem-", "and to the Administrator", "DISMIS-", "SAL IS DUE"]
    assert joined_hyphens(rows, {"remand"}) == [
        "the Proper Remedy Would Be Remand",
        "to the Administrator",
        "DISMISSAL",
        "IS DUE",
    ]


def test_a_compound_broken_at_its_hyphen_keeps_it() -> None:
    rows = ["a fact-", "intensive review", "the well-", "pleaded facts", "see id. -", "and more"]
    assert joined_hyphens(rows, {"fact", "intensive", "well-pleaded"}) == [
        "a fact-intensive",
        "review",
        "the well-pleaded",
        "facts",
        "see id. -",
        "and more",
    ]


def test_a_compound_of_long_words_keeps_its_hyphen_and_a_stub_loses_it() -> None:
    rows = ["enforced the contemporaneous-", "objection rule", "AN EMPLOYMENT DISP-", "UTE AND"]
    assert joined_hyphens(rows, {"and", "an"}) == [
        "enforced the contemporaneous-objection",
        "rule",
        "AN EMPLOYMENT DISPUTE",
        "AND",
    ]


def test_a_hyphen_before_a_capital_or_a_number_is_no_break() -> None:
    rows = ["pre-", "2020 claims", "Smith-", "Jones Act"]
    assert joined_hyphens(rows, set()) == rows


def test_an_ocr_one_before_roman_two_is_read_as_roman_one() -> None:
    rows = ["ARGUMENT", "1. THE COURT ERRED", "A. First", "II. THE AWARD FAILS"]
    assert roman_ones(rows)[1] == "I. THE COURT ERRED"
    rows = ["ARGUMENT", "l. The Court Erred", "text", "II. The Award Fails"]
    assert roman_ones(rows)[1] == "I. The Court Erred"


def test_a_numbered_list_before_roman_two_stays() -> None:
    rows = ["1. Whether the court erred.", "2. Whether it abused its discretion.", "II. MORE"]
    assert roman_ones(rows) == rows
    rows = ["I. FIRST", "1. A list item", "II. SECOND"]
    assert roman_ones(rows) == rows


def test_the_halves_of_a_word_broken_on_pleading_paper_are_not_words_of_the_document() -> None:
    text = (
        "27   THE COURT ERRED IN ADMITT-\n28           ING THE TESTIMONY\n29   See well-known law."
    )
    assert text_words(text) == {
        "the",
        "court",
        "erred",
        "in",
        "testimony",
        "see",
        "well-known",
        "law",
    }
