"""One section answering two sub-arguments of the same point (link12): a small pair of our own."""

from __future__ import annotations

from lawdiff.core.model import LinkSuggestion, Relation, SegmentInfo
from lawdiff.link.model import SecondaryRule
from lawdiff.link.suggest import answer_outline, select_links
from tests.unit.link.linkfactory import seg


def _pair() -> tuple[list[SegmentInfo], list[SegmentInfo]]:
    """A motion whose point I has sub-arguments I.A and I.B and whose point II stands alone;
    the answer's section A answers I.A, its section B answers I.B and, in passing, I.A."""
    part = seg(1, "ARGUMENT", heading="ARGUMENT")
    contract = seg(1, "I", heading="I. The Contract Claims Fail", parent=part)
    moving = [
        part,
        contract,
        seg(1, "I.A", heading="A. Northgate Did Not Breach the Delivery Term", parent=contract),
        seg(1, "I.B", heading="B. Harlow Cannot Recover Lost Profits", parent=contract),
        seg(1, "II", heading="II. The Fraud Claim Is Not Pleaded With Particularity", parent=part),
    ]
    part2 = seg(2, "ARGUMENT", heading="ARGUMENT")
    answering = [
        part2,
        seg(2, "A", heading="A. The Late Shipments Breached the Contract", parent=part2),
        seg(2, "B", heading="B. Late Delivery Cost Harlow Its Profits", parent=part2),
        seg(2, "C", heading="C. The Fraud Claim Names Who, What and When", parent=part2),
    ]
    return moving, answering


def _links(rule: SecondaryRule) -> list[tuple[str, str]]:
    moving, answering = _pair()
    ids = {(s.document, s.label): s.id for s in [*moving, *answering]}
    names = {s.id: s.label for s in [*moving, *answering]}

    def scored(source: str, target: str, score: float) -> LinkSuggestion:
        return LinkSuggestion(ids[(1, source)], ids[(2, target)], score, Relation.REBUTS, ())

    candidates = [
        scored("I.A", "A", 0.9),
        scored("I.A", "B", 0.3),  # the sibling I.B's answer, a third of I.A's best
        scored("I.A", "C", 0.05),
        scored("I.B", "B", 0.8),
        scored("I.B", "A", 0.1),  # the sibling I.A's answer, an eighth of I.B's best
        scored("II", "C", 0.9),
        scored("II", "B", 0.4),  # I.B's answer, but II is not its sibling
    ]
    outline = answer_outline(moving, answering)
    chosen = select_links(candidates, 0.45, secondary=rule, outline=outline)
    return [(names[s.source], names[s.target]) for s in chosen]


def test_the_moving_arguments_parents_are_read() -> None:
    moving, answering = _pair()
    parents = answer_outline(moving, answering).source_parents
    by_label = {s.label: s.id for s in moving}
    assert parents[by_label["I.A"]] == parents[by_label["I.B"]] == by_label["I"]
    assert parents[by_label["II"]] == by_label["ARGUMENT"]


def test_a_siblings_answer_close_enough_to_the_best_answers_too() -> None:
    assert _links(SecondaryRule(sibling=0.3)) == [
        ("I.A", "A"),
        ("I.A", "B"),
        ("I.B", "B"),
        ("II", "C"),
    ]


def test_a_siblings_answer_far_below_the_best_does_not() -> None:
    assert _links(SecondaryRule(sibling=0.4)) == [("I.A", "A"), ("I.B", "B"), ("II", "C")]
    assert _links(SecondaryRule()) == [("I.A", "A"), ("I.B", "B"), ("II", "C")]
