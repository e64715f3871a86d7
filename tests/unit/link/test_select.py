"""Which scored candidates become suggestions."""

from __future__ import annotations

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkSuggestion, Relation
from lawdiff.link.suggest import MAX_PER_SOURCE, select_links


def suggestion(source: int, target: int, score: float) -> LinkSuggestion:
    return LinkSuggestion(SegmentId(source), SegmentId(target), score, Relation.REBUTS, ())


def test_at_most_a_handful_per_argument_best_first_order_kept() -> None:
    scored = [suggestion(1, t, 0.9 - t / 100) for t in range(10)] + [suggestion(2, 50, 0.8)]
    chosen = select_links(scored, 0.45)
    first = [s.target for s in chosen if s.source == 1]
    assert first == list(range(MAX_PER_SOURCE))
    assert [s.target for s in chosen if s.source == 2] == [50]


def test_threshold_and_relative_cut() -> None:
    scored = [suggestion(1, 1, 0.9), suggestion(1, 2, 0.4), suggestion(3, 3, 0.3)]
    assert [(s.source, s.target) for s in select_links(scored, 0.45)] == [(1, 1)]
    assert len(select_links(scored, 0.0)) == 3  # threshold 0: everything, for ranking


def test_an_arguments_clearly_best_candidate_is_suggested_from_the_floor() -> None:
    scored = [
        suggestion(1, 1, 0.3),  # source 1's best: above the floor, below the threshold
        suggestion(1, 2, 0.12),  # its second: not the best, so the threshold applies
        suggestion(2, 3, 0.9),
        suggestion(2, 4, 0.3),  # another source's second at the same score: not suggested
        suggestion(3, 5, 0.1),  # a best candidate below the floor: nothing
        suggestion(4, 6, 0.3),  # a best candidate that does not lead clearly (nothing
        suggestion(4, 7, 0.26),  # answers this argument, all candidates are weak): nothing
    ]
    chosen = [(s.source, s.target) for s in select_links(scored, 0.8, 0.2)]
    assert chosen == [(1, 1), (2, 3)]
    assert [(s.source, s.target) for s in select_links(scored, 0.8)] == [(2, 3)]
