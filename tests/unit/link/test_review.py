"""plan_relink: reviewed, pinned and user-made links survive a re-run; rejected stays rejected."""

from __future__ import annotations

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkStatus, LinkSuggestion, Origin, Relation
from lawdiff.link import plan_relink
from tests.unit.link.linkfactory import link


def fresh(source: int, target: int, score: float = 0.8) -> LinkSuggestion:
    return LinkSuggestion(SegmentId(source), SegmentId(target), score, Relation.REBUTS, ())


def test_new_pairs_are_added() -> None:
    plan = plan_relink([], [fresh(1, 2)])
    assert plan.to_add == [fresh(1, 2)] and not plan.to_update and not plan.to_remove


def test_rejected_pair_is_never_resurrected() -> None:
    rejected = link(SegmentId(1), SegmentId(2), LinkStatus.REJECTED, link_id=10)
    plan = plan_relink([rejected], [fresh(1, 2)])
    assert (plan.to_add, plan.to_update, plan.to_remove) == ([], [], [])


def test_rejected_stays_rejected_across_two_reruns() -> None:
    rejected = link(SegmentId(1), SegmentId(2), LinkStatus.REJECTED, link_id=10)
    for _ in range(2):
        plan = plan_relink([rejected], [fresh(1, 2, 0.99)])
        assert plan.to_add == [] and plan.to_remove == []


def test_accepted_pinned_and_user_links_are_kept_even_when_not_suggested_again() -> None:
    kept = [
        link(SegmentId(1), SegmentId(2), LinkStatus.ACCEPTED, link_id=10),
        link(SegmentId(3), SegmentId(4), pinned=True, link_id=11),
        link(SegmentId(5), SegmentId(6), origin=Origin.USER, link_id=12),
    ]
    plan = plan_relink(kept, [fresh(1, 2), fresh(3, 4), fresh(5, 6)])
    assert (plan.to_add, plan.to_update, plan.to_remove) == ([], [], [])
    plan = plan_relink(kept, [])
    assert plan.to_remove == []


def test_auto_suggestions_are_refreshed_or_removed() -> None:
    stale = link(SegmentId(1), SegmentId(2), link_id=10)
    gone = link(SegmentId(1), SegmentId(3), link_id=11)
    plan = plan_relink([stale, gone], [fresh(1, 2, 0.9), fresh(1, 4)])
    assert plan.to_update == [(stale.id, fresh(1, 2, 0.9))]
    assert plan.to_add == [fresh(1, 4)]
    assert plan.to_remove == [gone.id]


def test_duplicate_auto_link_beside_a_kept_one_is_removed() -> None:
    accepted = link(SegmentId(1), SegmentId(2), LinkStatus.ACCEPTED, link_id=10)
    duplicate = link(SegmentId(1), SegmentId(2), link_id=11)
    plan = plan_relink([duplicate, accepted], [fresh(1, 2)])
    assert plan.to_remove == [duplicate.id] and plan.to_update == [] and plan.to_add == []


def test_duplicate_fresh_suggestions_are_added_once() -> None:
    plan = plan_relink([], [fresh(1, 2), fresh(1, 2, 0.3)])
    assert plan.to_add == [fresh(1, 2)]
