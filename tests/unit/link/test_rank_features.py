"""Scale-free wording features: a candidate's rank and share among one argument's candidates."""

from __future__ import annotations

from lawdiff.link.scoring import FEATURES, PairRow, pair_rows
from tests.unit.link.linkfactory import seg


def _value(row: PairRow, name: str) -> float:
    return row.values[FEATURES.index(name)]


def test_the_closest_argument_ranks_first_and_a_non_argument_is_left_out() -> None:
    motion = [
        seg(1, "I", heading="I. The Covenant Is Enforceable"),
        seg(1, "", "The covenant protects goodwill and customer lists for two years."),
    ]
    facts = seg(2, "I", heading="I. STATEMENT OF FACTS")
    answer = [
        facts,
        seg(2, "", "The covenant, the goodwill and the customer lists in two years.", parent=facts),
        seg(2, "II", heading="II. The Covenant Is Unenforceable"),
        seg(2, "", "The covenant is broader than any goodwill or customer lists need."),
        seg(2, "III", heading="III. The Bond Should Be Substantial"),
        seg(2, "", "A bond of one million dollars is needed for the injunction."),
    ]
    rows = {r.target: r for r in pair_rows(motion, answer)}
    covenant, bond, narrative = rows[answer[2].id], rows[answer[4].id], rows[facts.id]
    assert _value(covenant, "own_body_rank") == 1.0
    assert _value(covenant, "own_body_share") == 1.0
    assert _value(bond, "own_body_rank") in (0.0, 0.5)  # second, or no shared word at all
    assert _value(bond, "own_body_share") < 0.5
    assert _value(narrative, "own_body") > 0.0  # the facts share words ...
    for name in ("body_rank", "own_body_rank", "heading_rank", "bm25_rank", "body_share"):
        assert _value(narrative, name) == 0.0  # ... but are not ranked among arguments


def test_the_best_of_candidates_that_barely_share_a_word_is_not_ranked_in_full() -> None:
    bond = seg(1, "I", heading="I. The Court Should Require Only a Nominal Bond")
    motion = [
        bond,
        seg(1, "", "Security may be set at zero where the harm is remote.", parent=bond),
    ]
    covenant, immunity = (
        seg(2, "I", heading="I. The Covenant Is Unenforceable"),
        seg(2, "II", heading="II. Section 230 Bars the Claims"),
    )
    answer = [
        covenant,
        seg(
            2,
            "",
            "The covenant is broader than goodwill needs; the harm is invented.",
            parent=covenant,
        ),
        immunity,
        seg(2, "", "A provider may restrict access to objectionable material.", parent=immunity),
    ]
    closest = next(r for r in pair_rows(motion, answer) if r.target == covenant.id)
    assert 0.0 < max(_value(closest, "body"), _value(closest, "own_body")) < 0.2
    for name in ("body_rank", "own_body_rank", "bm25_rank", "body_share", "own_body_share"):
        assert 0.0 < _value(closest, name) < 1.0  # the closest of them, but weak
