"""Which scored candidates become suggestions."""

from __future__ import annotations

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkSuggestion, Relation
from lawdiff.link.model import SecondaryRule
from lawdiff.link.suggest import MAX_PER_SOURCE, AnswerOutline, select_links


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


def test_secondary_answers_of_an_answered_argument() -> None:
    scored = [
        suggestion(1, 10, 0.9),  # source 1's answer, a sub-section of 20
        suggestion(1, 20, 0.12),  # the enclosing section: its lead-in speaks to it (0.2)
        suggestion(1, 30, 0.11),  # source 2's answer: merged
        suggestion(1, 40, 0.05),  # nothing
        suggestion(2, 30, 0.8),
        suggestion(2, 20, 0.35),  # close to source 2's best: the second half of a split
        suggestion(3, 20, 0.3),  # source 3 is answered by nothing: no secondary answers
        suggestion(3, 10, 0.29),
    ]
    outline = AnswerOutline({SegmentId(10): SegmentId(20)}, {(SegmentId(1), SegmentId(20)): 0.2})
    rule = SecondaryRule(parent=0.15, merged=0.1, near=0.4)
    chosen = select_links(scored, 0.45, 0.2, secondary=rule, outline=outline)
    pairs = [(s.source, s.target) for s in chosen]
    assert pairs == [(1, 10), (1, 20), (1, 30), (2, 30), (2, 20)]
    off = select_links(scored, 0.45, 0.2, secondary=SecondaryRule(), outline=outline)
    assert [(s.source, s.target) for s in off] == [(1, 10), (2, 30)]
    strict = SecondaryRule(parent=0.25, merged=0.2, near=0.5)
    chosen = select_links(scored, 0.45, 0.2, secondary=strict, outline=outline)
    assert [(s.source, s.target) for s in chosen] == [(1, 10), (2, 30)]


def test_a_lead_in_that_speaks_to_several_answered_arguments_answers_each() -> None:
    scored = [
        suggestion(1, 10, 0.9),  # two arguments answered by sub-sections of 30
        suggestion(1, 30, 0.1),
        suggestion(2, 20, 0.9),
        suggestion(2, 30, 0.1),
    ]
    parents = {SegmentId(10): SegmentId(30), SegmentId(20): SegmentId(30)}
    both = {(SegmentId(1), SegmentId(30)): 0.3, (SegmentId(2), SegmentId(30)): 0.3}
    rule = SecondaryRule(parent=0.15)
    chosen = select_links(scored, 0.45, secondary=rule, outline=AnswerOutline(parents, both))
    assert [(s.source, s.target) for s in chosen] == [(1, 10), (1, 30), (2, 20), (2, 30)]
    one = {(SegmentId(1), SegmentId(30)): 0.3, (SegmentId(2), SegmentId(30)): 0.05}
    chosen = select_links(scored, 0.45, secondary=rule, outline=AnswerOutline(parents, one))
    assert [(s.source, s.target) for s in chosen] == [(1, 10), (1, 30), (2, 20)]


def test_a_lead_in_the_model_ranks_far_down_for_the_argument_is_not_its_answer() -> None:
    scored = [  # best first per argument, as scored
        suggestion(1, 10, 0.9),  # argument 1's answer, a sub-section of 30
        suggestion(1, 30, 0.2),  # the enclosing section, its second candidate
        suggestion(2, 20, 0.9),  # argument 2's answer, a sub-section of 30 too
        suggestion(2, 40, 0.1),
        suggestion(2, 50, 0.08),
        suggestion(2, 30, 0.02),  # the enclosing section, only its fourth candidate
    ]
    parents = {SegmentId(10): SegmentId(30), SegmentId(20): SegmentId(30)}
    both = {(SegmentId(1), SegmentId(30)): 0.2, (SegmentId(2), SegmentId(30)): 0.2}
    outline = AnswerOutline(parents, both)
    any_rank = select_links(scored, 0.45, secondary=SecondaryRule(parent=0.1), outline=outline)
    assert [(s.source, s.target) for s in any_rank] == [(1, 10), (1, 30), (2, 20), (2, 30)]
    top3 = SecondaryRule(parent=0.1, parent_rank=3)
    chosen = select_links(scored, 0.45, secondary=top3, outline=outline)
    assert [(s.source, s.target) for s in chosen] == [(1, 10), (1, 30), (2, 20)]
