"""A section's lead-in answers each sub-argument it speaks to (link11): a small pair of our own."""

from __future__ import annotations

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkSuggestion, Relation, SegmentInfo
from lawdiff.link.model import SecondaryRule
from lawdiff.link.suggest import answer_outline, select_links
from tests.unit.link.linkfactory import seg

DELIVERY = "Northgate shipped the turbines late under the delivery term of the supply contract."
DAMAGES = "The limitation clause does not bar lost profits as consequential damages."


def _pair(lead_in: str) -> tuple[list[SegmentInfo], list[SegmentInfo]]:
    """A motion's contract argument with two sub-arguments, and an answer whose section I
    opens with ``lead_in`` above the two sub-sections that answer them."""
    part = seg(1, "ARGUMENT", heading="ARGUMENT")
    claims = seg(1, "I", heading="I. The Contract Claims Fail", parent=part)
    delivery = seg(1, "I.A", heading="A. Northgate Did Not Breach the Delivery Term", parent=claims)
    damages = seg(1, "I.B", heading="B. Harlow Cannot Recover Lost Profits", parent=claims)
    moving = [
        part,
        claims,
        delivery,
        seg(1, "", "The turbines shipped within the delivery term.", parent=delivery),
        damages,
        seg(1, "", "The limitation clause bars lost profits.", parent=damages),
    ]
    part2 = seg(2, "ARGUMENT", heading="ARGUMENT")
    answer = seg(2, "I", heading="I. Harlow States Its Contract Claims", parent=part2)
    late = seg(2, "I.A", heading="A. The Late Shipments Breached the Contract", parent=answer)
    profits = seg(2, "I.B", heading="B. The Clause Does Not Reach Lost Profits", parent=answer)
    answering = [
        part2,
        answer,
        seg(2, "", lead_in, parent=answer),
        late,
        seg(2, "", "The turbines arrived weeks after the delivery dates.", parent=late),
        profits,
        seg(
            2, "", "Lost profits are direct damages, outside the limitation clause.", parent=profits
        ),
    ]
    return moving, answering


def _links(moving: list[SegmentInfo], answering: list[SegmentInfo]) -> list[tuple[str, str]]:
    by_label = {(s.document, s.label): s.id for s in [*moving, *answering]}
    a, b = by_label[(1, "I.A")], by_label[(1, "I.B")]
    late, profits, section = by_label[(2, "I.A")], by_label[(2, "I.B")], by_label[(2, "I")]
    part = by_label[(2, "ARGUMENT")]

    def scored(source: SegmentId, target: SegmentId, score: float) -> LinkSuggestion:
        return LinkSuggestion(source, target, score, Relation.REBUTS, ())

    candidates = [  # each sub-argument's answer is clear; the section and the part score low
        scored(a, late, 0.9),
        scored(a, section, 0.06),
        scored(a, part, 0.02),
        scored(b, profits, 0.9),
        scored(b, section, 0.06),
        scored(b, part, 0.02),
    ]
    outline = answer_outline(moving, answering)
    chosen = select_links(candidates, 0.45, secondary=SecondaryRule(parent=0.1), outline=outline)
    names = {s.id: s.label for s in [*moving, *answering]}
    return [(names[s.source], names[s.target]) for s in chosen]


def test_a_lead_in_that_answers_both_sub_arguments_is_linked_to_each() -> None:
    moving, answering = _pair(f"{DELIVERY} {DAMAGES}")
    both = [("I.A", "I.A"), ("I.A", "I"), ("I.B", "I.B"), ("I.B", "I")]
    assert _links(moving, answering) == both


def test_a_lead_in_speaking_to_one_sub_argument_is_linked_to_that_one_only() -> None:
    moving, answering = _pair(DELIVERY)
    assert _links(moving, answering) == [("I.A", "I.A"), ("I.A", "I"), ("I.B", "I.B")]
