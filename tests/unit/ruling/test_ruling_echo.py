"""The court restating an argument's heading as its finding (issue 15, third pass)."""

from __future__ import annotations

import pytest

from lawdiff.core.ids import SegmentId
from lawdiff.core.rulings import Side
from lawdiff.ruling.echo import echo_reading
from lawdiff.ruling.sentences import Sentence

MOTION = "Coffee and Craft Beer Are Related Goods Sold in the Same Channels"
OPPOSITION = "Coffee and Beer Are Not Related Goods"


@pytest.mark.parametrize(
    ("text", "heading", "side", "expected"),
    [
        ("The goods are related.", MOTION, Side.MOVANT, Side.MOVANT),
        ("The goods are related.", OPPOSITION, Side.RESPONDENT, Side.MOVANT),  # denied heading
        ("The goods are not related.", MOTION, Side.MOVANT, Side.RESPONDENT),
        ("Emberoak argues that the goods are not related.", OPPOSITION, Side.RESPONDENT, None),
        # a run-in topic label is no finding
        ("Compulsory process.", "Availability of Compulsory Process", Side.MOVANT, None),
        ("The channels of trade overlap at farmers' markets in Tacoma.", MOTION, Side.MOVANT, None),
    ],
)
def test_a_restated_heading_is_adopted_or_rejected(
    text: str, heading: str, side: Side, expected: Side | None
) -> None:
    reading = echo_reading(Sentence(text, SegmentId(1), 1, 1), heading, side)
    assert (reading.side if reading else None) is expected
