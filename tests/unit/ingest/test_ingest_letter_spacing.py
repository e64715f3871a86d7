"""Letter-spaced small capitals of a PDF-to-text export joined back into words
(lawdiff.ingest.letter_spacing), and capitals that only look like them kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.model import SegmentDraft, SegmentKind, Span
from lawdiff.evaluation.briefheadings import asked_headings, compare, words
from lawdiff.ingest import load_filing
from lawdiff.ingest.letter_spacing import is_letter_spaced, joined, letter_spaced
from lawdiff.ingest.textfile import read_text
from lawdiff.segment import segment_filing
from tests.textfilings import brief


@pytest.mark.parametrize(
    ("row", "clean"),
    [
        ("I NTRODUCTION", "INTRODUCTION"),
        ("L EGAL  S TANDARD", "LEGAL STANDARD"),
        (
            "II. T HE  C OURT  E RRED  IN  A DMITTING  E VIDENCE",
            "II. THE COURT ERRED IN ADMITTING EVIDENCE",
        ),
        (
            "I. P RAIRIE'S  C LAIM  I S  A  S UFFICIENCY  C HALLENGE",
            "I. PRAIRIE'S CLAIM IS A SUFFICIENCY CHALLENGE",
        ),
        ("C ERTIFICATE  OF  S ERVICE", "CERTIFICATE OF SERVICE"),
        ("12      C ONCLUSION", "12      CONCLUSION"),  # after a pleading line number
        # no split word, or words that are not letter-spaced capitals: kept
        ("I. ARGUMENT", "I. ARGUMENT"),
        ("I.  THE  CLAIM  FAILS", "I.  THE  CLAIM  FAILS"),
        (
            "The Court erred. A jury could not so find.",
            "The Court erred. A jury could not so find.",
        ),
        ("A Claim Fails", "A Claim Fails"),
    ],
)
def test_a_letter_spaced_row_is_joined(row: str, clean: str) -> None:
    assert joined(row) == clean


LETTER_SPACED = [
    "A RGUMENT",
    "I. T HE  V ERDICT  I S  A GAINST  THE  W EIGHT  OF  THE  E VIDENCE",
    "Text of the point.",
    "II. T HE  A WARD  E XCEEDS  THE  C AP",
    "Text.",
    "A CLAIM",
]


def test_a_document_letter_spacing_two_rows_is_joined_throughout() -> None:
    assert is_letter_spaced(LETTER_SPACED)
    rows = letter_spaced(LETTER_SPACED)
    assert rows[:4] == [
        "ARGUMENT",
        "I. THE VERDICT IS AGAINST THE WEIGHT OF THE EVIDENCE",
        "Text of the point.",
        "II. THE AWARD EXCEEDS THE CAP",
    ]


def test_one_row_that_looks_letter_spaced_is_no_pattern() -> None:
    rows = ["A CLAIM", "I. A RULE  B ARS  IT", "Text.", "A. T HE  FACTS"]
    assert not is_letter_spaced(rows)
    assert letter_spaced(rows) == rows


def test_a_letter_spaced_text_file_is_joined_and_keeps_its_rows(tmp_path: Path) -> None:
    text = (
        "A RGUMENT\n\nI. T HE  V ERDICT  I S  A GAINST  THE  W EIGHT  OF  THE  E VIDENCE\n\n"
        "The evidence of causation was thin.\n\nII. T HE  A WARD  E XCEEDS  THE  C AP\n\n"
        "The award exceeds the cap.\n\nC ERTIFICATE  OF  S ERVICE\n\nI served it.\n"
    )
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    page = read_text(path).pages[0]
    rows = page.text.split("\n")
    assert rows[0] == "ARGUMENT" and rows[6] == "II. THE AWARD EXCEEDS THE CAP"
    assert [line.number for line in page.lines] == list(range(1, 14))  # page:line stays


def outline_of_file(tmp_path: Path, text: str) -> list[tuple[str, str, int]]:
    """The (label, heading, level) of each heading of ``text`` imported as a text file."""
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    segments = segment_filing(load_filing(path, ocr=False)).segments
    return [(s.label, s.heading, s.level) for s in segments if s.kind == SegmentKind.HEADING]


def test_a_letter_spaced_brief_reads_its_outline_and_leaves_its_certificate_out(
    tmp_path: Path,
) -> None:
    text = brief(
        "I NTRODUCTION",
        "S TANDARD",
        "A RGUMENT",
        "I. T HE  V ERDICT  I S  A GAINST  THE  W EIGHT  OF  THE  E VIDENCE",
        "II. T HE  A WARD  E XCEEDS  THE  C AP",
        "C ERTIFICATE  OF  S ERVICE",
    )
    found = outline_of_file(tmp_path, text)
    assert [(heading, level) for _, heading, level in found] == [
        ("INTRODUCTION", 0),
        ("STANDARD", 0),  # one word in small capitals alone on its row
        ("ARGUMENT", 0),
        ("THE VERDICT IS AGAINST THE WEIGHT OF THE EVIDENCE", 1),
        ("THE AWARD EXCEEDS THE CAP", 1),
    ]  # the certificate is left out of the body


def test_one_word_in_capitals_is_no_heading_where_nothing_is_letter_spaced(
    tmp_path: Path,
) -> None:
    # (a word no section is named by: a lone "STANDARD" is a known section since segfix27)
    text = brief("INTRODUCTION", "DAMAGES", "ARGUMENT", "I. THE VERDICT IS AGAINST THE WEIGHT")
    headings = [heading for _, heading, _ in outline_of_file(tmp_path, text)]
    assert "DAMAGES" not in headings


def test_the_gold_of_a_letter_spaced_text_is_read_as_the_import_reads_it() -> None:
    gold = [{"heading": "I NTRODUCTION", "level": 1}, {"heading": "C ERTIFICATE  OF  S ERVICE"}]
    assert [g["heading"] for g in asked_headings(gold)] == ["I NTRODUCTION"]
    assert words("I. T HE  V ERDICT") == words("I. THE VERDICT") == "the verdict"


def test_a_letter_spaced_heading_matches_its_gold_whatever_its_spacing() -> None:
    # wrapped inside a split word ("… THE  S" / "TATUTORY  C AP"), the import reads
    # "THE S TATUTORY CAP": the same letters as the gold's
    gold = [{"heading": "V. T HE  A WARD  E XCEEDS  THE  S TATUTORY  C AP", "level": 1}]
    span = Span(0, 0, 1, 1, 1, 1, 0, 0)
    found = "THE AWARD EXCEEDS THE S TATUTORY CAP"
    head = SegmentDraft(0, None, SegmentKind.HEADING, "V", found, "", span, 0)
    other = SegmentDraft(0, None, SegmentKind.HEADING, "V", "THE AWARD EXCEEDS A CAP", "", span, 0)
    assert compare(gold, [head]).found == 1
    assert compare(gold, [other]).found == 0
