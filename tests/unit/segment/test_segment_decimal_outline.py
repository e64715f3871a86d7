"""A decimal outline that numbers a brief's own sections keeps its depth from its numbers
(lawdiff.segment.decimal_outline): "1." is a top heading even after an unnumbered one."""

from __future__ import annotations

from lawdiff.segment.decimal_outline import numbers_own_sections
from tests.textfilings import brief, outline


def test_decimal_sections_after_an_unnumbered_introduction_are_top_headings() -> None:
    text = brief(
        "INTRODUCTION",
        "1. BACKGROUND",
        "2. ARGUMENT",
        "2.1 The Notice Letter Does Not Satisfy the Regulation",
        "2.1.1 The letter names no permit condition",
        "2.2 The Suit Is Barred",
        "3. CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("INTRODUCTION", 0),
        ("1", 0),
        ("2", 0),
        ("2.1", 1),
        ("2.1.1", 2),
        ("2.2", 1),
        ("3", 0),
    ]


def test_numbered_points_under_an_umbrella_stay_under_it() -> None:
    # "1." numbers the argument's points, not the brief's sections: under ARGUMENT
    text = brief(
        "INTRODUCTION",
        "ARGUMENT",
        "1. The Notice Letter Does Not Satisfy the Regulation",
        "1.1 The letter names no permit condition",
        "2. The Suit Is Barred",
        "CONCLUSION",
    )
    found = [(label, level) for label, _, level in outline(text)]
    assert ("1", 1) in found and ("1.1", 2) in found and ("2", 1) in found


def test_an_outline_is_read_as_numbering_its_own_sections_only_with_a_known_section() -> None:
    assert numbers_own_sections(
        ["INTRODUCTION", "1. BACKGROUND", "1.1 The Facility", "2. ARGUMENT"]
    )
    assert not numbers_own_sections(["ARGUMENT", "1. The Claim Fails", "1.1 The letter", "2. Bar"])
    assert not numbers_own_sections(["INTRODUCTION", "1. BACKGROUND", "2. ARGUMENT"])
