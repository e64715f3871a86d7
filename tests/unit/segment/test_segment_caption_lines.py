"""Caption-block lines between a brief's title and its first heading ("NOTE ON MOTION
CALENDAR: …", "ORAL ARGUMENT REQUESTED") do not turn the outline into paragraphs
(fictional briefs)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing

CAPTION = (
    "UNITED STATES DISTRICT COURT\n"
    "WESTERN DISTRICT OF WASHINGTON\n"
    "AT SEATTLE\n\n"
    "ALDER FINCH LLC,\n"
    "Plaintiff,\n"
    "v.\n"
    "BRAMBLE CORP.,\n"
    "Defendant.\n\n"
    "Case No. 2:25-cv-00123\n\n"
    "DEFENDANT'S OPPOSITION TO PLAINTIFF'S MOTION TO COMPEL\n\n"
)
BODY = (
    "I. INTRODUCTION\n\n"
    "Plaintiff seeks discovery it does not need. The Court should deny the motion.\n\n"
    "II. ARGUMENT\n\n"
    "A. The Requests Are Overbroad\n\n"
    "The requests reach every document the company ever made.\n\n"
    "B. A Protective Order Is Warranted\n\n"
    "Good cause exists for the order Bramble asks for.\n\n"
    "III. CONCLUSION\n\n"
    "The motion should be denied.\n"
)


@pytest.mark.parametrize(
    "between",
    [
        "",
        "NOTE ON MOTION CALENDAR: July 3, 2025\n\n",
        "Note on Motion Calendar: July 3, 2025\n\n",
        "NOTE ON MOTION CALENDAR: July 3, 2025\nORAL ARGUMENT REQUESTED\n\n",
        "Noted for Consideration: July 3, 2025\n\n",
        "Hearing Date: July 3, 2025\nTime: 9:00 a.m.\n\n",
    ],
)
@pytest.mark.parametrize("blank_lines", [True, False])
def test_caption_lines_before_the_first_heading(between: str, blank_lines: bool) -> None:
    text = CAPTION + between + BODY
    if not blank_lines:
        text = text.replace("\n\n", "\n")
    page = Page(1, text, lines_of(text))
    result = segment_filing(
        Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.OPPOSITION))
    )
    heads = [(s.label, s.level) for s in result.segments if s.kind.value == "heading"]
    assert heads == [("I", 0), ("II", 0), ("II.A", 1), ("II.B", 1), ("III", 0)]
    bodies = [s.text for s in result.segments if s.kind.value == "paragraph"]
    assert not any("CALENDAR" in text or "INTRODUCTION" in text for text in bodies)
