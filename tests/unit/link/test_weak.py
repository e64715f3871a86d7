"""Every moving argument shows its best candidates, marked weak when below the threshold."""

from __future__ import annotations

from lawdiff.core.ids import LinkId
from lawdiff.link import coverage, suggest_rebuttals
from lawdiff.link.coverage import UNANSWERED
from tests.unit.link.linkfactory import seg


def test_an_argument_without_a_suggestion_gets_weak_candidates() -> None:
    strong = seg(1, "I", "Venue is improper in this district.", heading="Venue Is Improper")
    faint = seg(1, "II", "The bond should be set at one million dollars.", heading="Bond")
    answer = seg(2, "I", "Venue is proper in this district.", heading="Venue Is Proper")
    other = seg(2, "II", "Security may be nominal where harm is slight.", heading="Security")
    found = suggest_rebuttals([strong, faint], [answer, other], threshold=0.99)
    weak = [s for s in found if s.weak]
    assert weak, "no weak candidates for arguments under the threshold"
    assert {s.source for s in weak} <= {strong.id, faint.id}
    assert all(s.score < 0.99 for s in weak)
    assert [s.score for s in weak if s.source == faint.id] == sorted(
        (s.score for s in weak if s.source == faint.id), reverse=True
    )


def test_weak_candidates_do_not_count_as_answers() -> None:
    point = seg(1, "I", "The claim fails.", heading="The Claim Fails")
    answer = seg(2, "I", "It does not.", heading="The Claim Stands")
    (scored,) = suggest_rebuttals([point], [answer], threshold=0.0)
    above = scored.score + 1e-6  # a threshold just above the pair's score, whatever the model
    (weak,) = [
        s for s in suggest_rebuttals([point], [answer], threshold=above) if s.source == point.id
    ]
    assert weak.weak
    link = weak.as_link(LinkId(1))
    assert link.weak
    assert coverage([point], [link]).status(point.id) == UNANSWERED
