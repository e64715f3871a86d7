"""OCR's roman "I." read as "l." or "1.", read back where the outline shows it: across the
pages of a text file, before a number or a capital, past a sub-outline's own "1." and "2."."""

from __future__ import annotations

from pathlib import Path

from lawdiff.ingest.text_marks import roman_ones
from lawdiff.ingest.textfile import read_text


def _rows(path: Path) -> list[str]:
    pages = read_text(path).pages
    return [page.text[line.start : line.end] for page in pages for line in page.lines]


def test_a_misread_one_pages_before_roman_two_is_read_as_roman_one(tmp_path: Path) -> None:
    body = "The court should grant the motion for the reasons below.\n"
    text = "ARGUMENT\n\nl. THE COURT ERRED\n\n" + body + "\f" + body + "\nII. THE AWARD FAILS\n"
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    rows = _rows(path)
    assert "I. THE COURT ERRED" in rows
    assert "II. THE AWARD FAILS" in rows


def test_a_numbered_list_pages_before_roman_two_stays(tmp_path: Path) -> None:
    text = "1. Whether the court erred.\n2. Whether it abused its discretion.\n\fII. MORE\n"
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    assert _rows(path)[:2] == [
        "1. Whether the court erred.",
        "2. Whether it abused its discretion.",
    ]


def test_a_misread_one_before_a_number_is_read_as_roman_one() -> None:
    rows = ["ARGUMENT", "l. 1SG OKAFOR WAS NOT REQUIRED TO WARN", "text", "II. THE PHOTOGRAPHS"]
    assert roman_ones(rows)[1] == "I. 1SG OKAFOR WAS NOT REQUIRED TO WARN"


def test_a_sub_outline_numbered_one_two_under_a_letter_leaves_the_top_one_read() -> None:
    rows = [
        "1. Did the court err?",
        "2. Is the bonus a wage?",
        "ARGUMENT",
        "1. THE COURT ERRED IN GRANTING SUMMARY JUDGMENT.",
        "A. The covenant applies.",
        "1. Kasilof treated her differently.",
        "2. The reason was pretextual.",
        "II. THE BONUS IS A WAGE.",
    ]
    fixed = roman_ones(rows)
    assert fixed[3] == "I. THE COURT ERRED IN GRANTING SUMMARY JUDGMENT."
    assert [fixed[i] for i in (0, 1, 5, 6)] == [rows[i] for i in (0, 1, 5, 6)]


def test_an_arabic_outline_with_letters_below_its_two_stays() -> None:
    # "2." follows "1." at its own level (the letter comes after the "2."): arabic points
    rows = ["1. THE CLAIM FAILS", "2. THE DEFENCE HOLDS", "A. First", "II. MORE"]
    assert roman_ones(rows) == rows
