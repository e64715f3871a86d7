"""The parent rule's least rank is fitted for training F1, the loosest of equal values."""

from __future__ import annotations

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkSuggestion, Relation
from lawdiff.evaluation import linktable
from lawdiff.evaluation.linkpairs import PairCase
from lawdiff.link.model import LinkModel, SecondaryRule
from lawdiff.link.suggest import AnswerOutline

S = SegmentId


def _scored(source: int, target: int, score: float) -> LinkSuggestion:
    return LinkSuggestion(S(source), S(target), score, Relation.REBUTS, ())


def _case() -> tuple[PairCase, list[LinkSuggestion]]:
    """Two sub-arguments answered under section 30: its lead-in answers the first (its second
    candidate), not the second (its fourth candidate)."""
    gold = frozenset({(S(1), S(10)), (S(1), S(30)), (S(2), S(20))})
    case = PairCase(
        "small", "small", "json", [], [], gold, (S(1), S(2)), frozenset({S(1), S(2)}), False
    )
    ordered = [
        *(_scored(1, t, s) for t, s in ((10, 0.9), (30, 0.2))),
        *(_scored(2, t, s) for t, s in ((20, 0.9), (40, 0.1), (50, 0.08), (30, 0.02))),
    ]
    parents = {S(10): S(30), S(20): S(30)}
    lead_in = {(S(1), S(30)): 0.2, (S(2), S(30)): 0.2}
    linktable._OUTLINES[id(case)] = AnswerOutline(parents, lead_in)
    return case, ordered


def test_the_rank_that_drops_the_far_lead_in_is_fitted_the_loosest_of_equals() -> None:
    case, ordered = _case()
    model = LinkModel(("x",), (1.0,), 0.0, threshold=0.45, floor=0.45)
    rule = linktable._fit_parent_rank([(case, ordered)], model, SecondaryRule(parent=0.1))
    assert rule.parent_rank == 3  # 3 and 2 drop (2, 30) alike; 5 and 4 keep it


def test_no_rank_is_fitted_while_the_parent_rule_is_off() -> None:
    case, ordered = _case()
    model = LinkModel(("x",), (1.0,), 0.0, threshold=0.45, floor=0.45)
    assert linktable._fit_parent_rank([(case, ordered)], model, SecondaryRule()).parent_rank == 0
