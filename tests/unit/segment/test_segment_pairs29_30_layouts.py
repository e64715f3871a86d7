"""Layouts of pairs29 and pairs30 read through plain text (segfix27), each rule both ways."""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.segment.sentences import is_strict_title
from tests.textfilings import brief, outline


def test_the_standard_alone_in_capitals_is_a_section() -> None:
    text = brief("STATEMENT OF FACTS", "STANDARD", "ARGUMENT", "I. THE CLAIM FAILS", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "STANDARD" in got


def test_the_standard_centred_in_capitals_is_a_section() -> None:
    text = brief(
        "STATEMENT OF FACTS", " " * 36 + "STANDARD", "ARGUMENT", "I. THE CLAIM FAILS", "CONCLUSION"
    )
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "STANDARD" in got


def test_the_word_standard_in_a_sentences_case_stays_text() -> None:
    text = brief("STATEMENT OF FACTS", "Standard", "ARGUMENT", "I. THE CLAIM FAILS", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "Standard" not in got


def test_a_title_case_sub_heading_ending_in_a_year_is_a_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE CLAIM FAILS.",
        "The Use Was Permissive",
        "The Use Was Not Exclusive",
        "The Use Was Interrupted in 2019",
        "CONCLUSION",
    )
    got = [(heading, level) for _, heading, level in outline(text)]
    assert ("The Use Was Interrupted in 2019", 2) in got


def test_title_case_lines_holding_a_year_under_a_section_are_headings() -> None:
    text = brief(
        "INTRODUCTION",
        "STATEMENT OF DISPUTED FACTS",
        "The Road Before 1987",
        "The 1997 Conversation",
        "ARGUMENT",
        "I. THE CLAIM FAILS.",
        "CONCLUSION",
    )
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "The Road Before 1987" in got
    assert "The 1997 Conversation" in got


def test_a_year_makes_no_title_of_a_sentence_or_a_date() -> None:
    assert is_strict_title("The Use Was Interrupted in 2019")
    assert is_strict_title("The 1997 Conversation")
    assert not is_strict_title("The gate was locked in 2019")
    assert not is_strict_title("In 1987 and 2019")  # no capitalised word but the first
    assert not is_strict_title("The Road in No. 2019-0012")
