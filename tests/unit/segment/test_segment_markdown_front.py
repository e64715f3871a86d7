"""A Markdown export marks every heading of a brief with "#" by its level, its front sections
and the known ones alike: the body starts at the first "#" heading below the caption, and a
known heading ("## Introduction") or a numbered point ("### 1. …") marked below a heading
marked higher goes under it (lawdiff.segment.regions, walker marks)."""

from __future__ import annotations

from lawdiff.ingest.textfile import text_page
from tests.textfilings import BODY, nested_outline

CAPTION = (
    "**UNITED STATES DISTRICT COURT**\n**DISTRICT OF OREGON**\n\nARDENT MUTUAL, Plaintiff,\n\n"
    "v.\n\nHALVORSEN BUILDERS, INC., Defendant.\n\nCase No. 3:25-cv-00947\n\n"
    "**PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT**"
)
ROWS = (
    "# LR 7-1 Certification",
    "# Motion",
    "# Memorandum in support",
    "## Introduction",
    "## Argument",
    "### 1. The complaint alleges no occurrence",
    "### 2. The exclusion applies",
    "## Conclusion",
)


def outline(*rows: str) -> list[tuple[str, str, int]]:
    """(heading, parent heading, level) of each heading of a Markdown brief of ``rows``."""
    text = "\n\n".join([CAPTION, *(f"{row}\n\n{BODY}" for row in rows)]) + "\n"
    return nested_outline((text_page(1, text),), "x.md")


def test_front_sections_and_known_headings_follow_their_marks() -> None:
    assert outline(*ROWS) == [
        ("LR 7-1 Certification", "", 0),
        ("Motion", "", 0),
        ("Memorandum in support", "", 0),
        ("Introduction", "Memorandum in support", 1),
        ("Argument", "Memorandum in support", 1),
        ("The complaint alleges no occurrence", "Argument", 2),
        ("The exclusion applies", "Argument", 2),
        ("Conclusion", "Memorandum in support", 1),
    ]


def test_without_marks_the_known_headings_keep_their_own_places() -> None:
    found = outline(*(row.lstrip("# ") if "#" in row else row for row in ROWS))
    headings = {heading: (parent, level) for heading, parent, level in found}
    assert "LR 7-1 Certification" not in headings  # before the first known heading
    assert headings["Introduction"] == ("", 0)
    assert headings["Conclusion"] == ("", 0)
