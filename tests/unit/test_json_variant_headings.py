"""The JSON variant of a text brief pair (``lawdiff evaluate links``) finds each gold heading
in the text even when the text file wraps it over two or three lines, as the layouts9 pairs
do; its body paragraphs start after the heading's last line (a fictional brief)."""

from __future__ import annotations

from lawdiff.core.model import SegmentKind
from lawdiff.evaluation.linkpairs import outline_segments

TEXT = """ARGUMENT

I. THE CIRCUIT COURT ERRED IN DISMISSING THE CLAIM AS
UNTIMELY, BECAUSE THE FIVE-YEAR PERIOD GOVERNS AND EVERY
SCAN STARTED IT ANEW

The Act has no limitations provision of its own.

II. THE ACT DOES NOT BAR THE CLAIM

Exclusivity reaches only compensable injuries.
"""

OUTLINE = [
    {"heading": "ARGUMENT", "level": 1},
    {
        "heading": "I. THE CIRCUIT COURT ERRED IN DISMISSING THE CLAIM AS UNTIMELY, BECAUSE THE "
        "FIVE-YEAR PERIOD GOVERNS AND EVERY SCAN STARTED IT ANEW",
        "level": 2,
    },
    {"heading": "II. THE ACT DOES NOT BAR THE CLAIM", "level": 2},
]


def test_a_heading_wrapped_over_three_lines_is_found_and_its_body_follows_it() -> None:
    segments = outline_segments(TEXT, OUTLINE, 1)
    heads = [s for s in segments if s.kind is SegmentKind.HEADING]
    assert [s.text for s in heads] == [item["heading"] for item in OUTLINE]
    bodies = [s.text for s in segments if s.kind is SegmentKind.PARAGRAPH]
    assert bodies == [
        "The Act has no limitations provision of its own.",
        "Exclusivity reaches only compensable injuries.",
    ]


def test_a_heading_the_text_lacks_is_left_out() -> None:
    outline = [*OUTLINE, {"heading": "III. THE COURT SHOULD REMAND", "level": 2}]
    heads = [s for s in outline_segments(TEXT, outline, 1) if s.kind is SegmentKind.HEADING]
    assert len(heads) == len(OUTLINE)


def test_a_heading_hyphenated_across_a_line_end_is_found_whole() -> None:
    text = (
        "ARGUMENT\n\nI. THE STOP WAS SUPPORTED BY REASONABLE SUSPICION OF IMPAIR-\n"
        "MENT, AND THE BREATH TEST WAS PROPERLY ADMITTED\n\nThe officer saw the car weave.\n"
    )
    heading = (
        "I. THE STOP WAS SUPPORTED BY REASONABLE SUSPICION OF IMPAIRMENT, AND THE BREATH "
        "TEST WAS PROPERLY ADMITTED"
    )
    segments = outline_segments(text, [{"heading": heading, "level": 1}], 1)
    assert [s.text for s in segments] == [heading, "The officer saw the car weave."]
