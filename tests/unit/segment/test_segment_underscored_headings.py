"""Headings underlined by a rule of "_" across the page (a text copy of a brief whose headings
were underlined: New Hampshire's layout in pairs22), in fictional briefs written for the test:
unnumbered sentence-case argument headings under ARGUMENT in capitals, numbered and lettered
points, each over a rule of "_" — and the rules that underline no heading (signature lines, a
caption's closing rule, a rule between paragraphs) with the text around them kept as it is."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.model import SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing
from tests.textfilings import BODY

RULE = "_" * 86
CAPTION = (
    "THE STATE OF NEW HAMPSHIRE\nSUPREME COURT\n\nNo. 2026-0001\n\n"
    "Granite Ledge, LLC\n\nv.\n\nTown of Alder\n\n"
    "BRIEF OF THE RESPONDENT-APPELLEE\n\n"
)


def _outline(tmp_path: Path, text: str) -> list[tuple[str, int]]:
    """(heading, level) of each heading found in ``text`` imported from a text file."""
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    segments = segment_filing(load_filing(path, ocr=False)).segments
    return [(s.heading, s.level) for s in segments if s.kind == SegmentKind.HEADING]


# a paragraph on one line, as the copy sets it
LONG = " ".join(BODY.split())


def _under(heading: str) -> str:
    return f"{heading}\n{RULE}\n\n{LONG}\n\n"


def test_unnumbered_sentence_headings_over_rules_are_the_umbrellas_points(
    tmp_path: Path,
) -> None:
    text = (
        CAPTION
        + f"STATEMENT OF FACTS\n\n{BODY}\n\nARGUMENT\n\n"
        + _under("The Board's finding is supported by the record.")
        + _under("1. The lot's features are shared with its neighbors.")
        + _under("2. The frontage rule serves its purposes here.")
        + _under("The Board did not count heads.")
        + "CONCLUSION\n\nThe order should be affirmed.\n"
    )
    assert _outline(tmp_path, text) == [
        ("STATEMENT OF FACTS", 0),
        ("ARGUMENT", 0),
        ("The Board's finding is supported by the record.", 1),
        ("The lot's features are shared with its neighbors.", 2),
        ("The frontage rule serves its purposes here.", 2),
        ("The Board did not count heads.", 1),
        ("CONCLUSION", 0),
    ]


def test_lettered_sentence_case_points_over_rules_are_headings(tmp_path: Path) -> None:
    text = (
        CAPTION
        + "ARGUMENT\n\n"
        + _under("I. THE BOARD MISAPPLIED THE HARDSHIP STANDARD.")
        + _under("A. The lot's narrow access strip, wetlands and ledge are special conditions.")
        + _under("B. A single-family home is a reasonable use.")
        + _under("II. THE BOARD RELIED ON NEIGHBORHOOD OPPOSITION.")
        + "CONCLUSION\n\nThe decision should be vacated.\n"
    )
    headings = [heading for heading, _ in _outline(tmp_path, text)]
    assert "The lot's narrow access strip, wetlands and ledge are special conditions." in headings
    assert "A single-family home is a reasonable use." in headings


def test_signature_lines_and_a_caption_rule_are_no_headings(tmp_path: Path) -> None:
    text = (
        CAPTION
        + f"Kearsarge Holdings,\nPetitioner\n{RULE}\n\n"
        + f"ARGUMENT\n\nI. THE CLAIM FAILS.\n\n{BODY}\n\n"
        + "The Board said so twice.\n\n"
        + f"{BODY}\n{RULE}\n\n{BODY}\n\n"
        + "CONCLUSION\n\nThe order should be affirmed.\n\n"
        + f"Respectfully submitted,\n\n{RULE}\nAnnika L. Prescott\n\n/s/ Jon Doe\n{RULE}\n\n"
    )
    assert [heading for heading, _ in _outline(tmp_path, text)] == [
        "ARGUMENT",
        "THE CLAIM FAILS.",
        "CONCLUSION",
    ]
