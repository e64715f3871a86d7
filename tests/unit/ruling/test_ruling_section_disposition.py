"""The twenty-seventh pass: the disposition of an argument's linked order sections is *not
reached* only when they decide nothing on the merits. A section that defers one request and
grants the motion as to a defense decided the defense ("Decision on the request to strike the
jury demand is DEFERRED." beside "The motion is GRANTED as to the Second Affirmative
Defense."), as the sentences about an argument already were read (:func:`disposition_in`).

A small order written for this rule.
"""

from __future__ import annotations

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.readings import disposition_of
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
DEFERRED = "Decision on the request to strike the jury demand is DEFERRED."


def _side(*paragraphs: str) -> Side | None:
    order = [segment_info(10 + i, text=t, document=1) for i, t in enumerate(paragraphs)]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    return disposition_of(text, [SegmentId(10 + i) for i in range(len(paragraphs))], BOOK)


def test_a_section_deferring_one_request_and_deciding_another_decided_it() -> None:
    assert (
        _side(f"The motion is GRANTED as to the Second Affirmative Defense. {DEFERRED}")
        is Side.MOVANT
    )
    assert (
        _side("The motion is GRANTED as to the Second Affirmative Defense.", DEFERRED)
        is Side.MOVANT
    )


def test_a_section_that_only_defers_decides_nothing() -> None:
    assert _side(DEFERRED) is Side.NOT_REACHED


def test_a_section_deciding_both_ways_is_mixed() -> None:
    decided = "The motion is DENIED as to the Fourth Affirmative Defense."
    assert (
        _side(f"The motion is GRANTED as to the Second Defense. {decided} {DEFERRED}") is Side.MIXED
    )
