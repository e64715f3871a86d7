"""Layouts of pairs29 and pairs30 read through plain text (segfix27), each rule both ways."""

from __future__ import annotations

from lawdiff.core.model import Role
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
