"""Verdicts in words the cues missed (issue 15, thirtieth pass).

Sentences written for these cues: a ground that "does not entitle" a party to what it asked. A
clause that would entitle a party to something is no verdict.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import SegmentId
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.evidence import read_sentence
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import Sentence

BOOK = load_rulebook()
# the pipeline company moves to dismiss (defendant), the landowners oppose (plaintiffs)
PARTIES = party_names(
    "Defendant Ridgeway Gathering, LLC", "Plaintiffs Hollis Farms", "Hollis Farms v. Ridgeway"
)


def _side(text: str) -> Side | None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    return reading.side if reading else None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "For the same reason the integration clause does not entitle Ridgeway to dismissal "
            "of the negligent misrepresentation claim.",
            Side.RESPONDENT,
        ),
        ("The Agreement did not entitle Hollis Farms to a second survey.", Side.MOVANT),
    ],
)
def test_a_verdict_in_other_words(text: str, side: Side) -> None:
    assert _side(text) is side


@pytest.mark.parametrize(
    "text",
    [
        "Section 9 would entitle the buyer to a refund of the price.",
    ],
)
def test_the_standard_is_no_verdict(text: str) -> None:
    assert _side(text) is None
