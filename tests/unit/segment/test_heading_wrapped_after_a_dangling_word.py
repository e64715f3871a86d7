"""A heading in capitals wrapped after a word no title ends on goes on to its next line, even
when that line alone would start a heading ("… EVIDENCE OF" / "NOTICE")."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.model import SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing

BODY = "The court erred because the statute says otherwise and the record shows it plainly."


def _headings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    segments = segment_filing(load_filing(path, ocr=False)).segments
    return [s.heading or s.label for s in segments if s.kind is SegmentKind.HEADING]


def test_a_title_ending_on_of_goes_on_to_a_known_heading_word(tmp_path: Path) -> None:
    text = (
        f"ARGUMENT\n\nI. THE COURT ERRED IN HOLDING THAT THERE WAS NO EVIDENCE OF\nNOTICE\n\n"
        f"{BODY}\n\nII. THE HAZARD WAS A QUESTION FOR THE\nJURY\n\n{BODY}\n\nCONCLUSION\n\n{BODY}\n"
    )
    assert _headings(tmp_path, text) == [
        "ARGUMENT",
        "THE COURT ERRED IN HOLDING THAT THERE WAS NO EVIDENCE OF NOTICE",
        "THE HAZARD WAS A QUESTION FOR THE JURY",
        "CONCLUSION",
    ]


def test_a_whole_title_before_a_known_heading_stays_apart(tmp_path: Path) -> None:
    text = f"ARGUMENT\n\nI. THE COURT ERRED\nNOTICE\n\n{BODY}\n\nCONCLUSION\n\n{BODY}\n"
    assert _headings(tmp_path, text)[:2] == ["ARGUMENT", "THE COURT ERRED"]
