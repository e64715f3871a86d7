"""The tables of ``lawdiff evaluate rulings``: confusion, per-basis accuracy and reliability,
with each basis's confidence fitted on the tuning orders and leave-one-order-out."""

from __future__ import annotations

import pytest

from lawdiff.evaluation.rulingtables import (
    Ruled,
    basis_lines,
    confusion_lines,
    fitted_confidence,
    leave_one_order_out,
    relabel_lines,
    relabelled,
    reliability_lines,
)

ROWS = [
    Ruled("a", "for_movant", "for_movant", "cue-strong", 0.9),
    Ruled("a", "for_respondent", "for_movant", "cue-strong", 0.9),
    Ruled("b", "for_movant", "for_movant", "cue-strong", 0.9),
    Ruled("b", "mixed", "for_respondent", "fallback-prior", 0.35),
    Ruled("c", "not_reached", "not_reached", "set-aside", 0.85),
    Ruled("c", "for_movant", "for_movant", "", 0.0),  # an order read alone: no basis
]


def test_each_basis_gets_its_smoothed_share_of_right_rulings() -> None:
    fitted = fitted_confidence(ROWS)
    assert fitted["cue-strong"] == pytest.approx((2 + 1) / (3 + 2))
    assert fitted["fallback-prior"] == pytest.approx(1 / 3)
    assert "" not in fitted  # rows without a basis are left out


def test_leave_one_order_out_fits_each_order_on_the_others_only() -> None:
    loo = leave_one_order_out(ROWS)
    assert loo[0] == loo[1] == pytest.approx((1 + 1) / (1 + 2))  # order b's one cue, right
    assert loo[2] == pytest.approx((1 + 1) / (2 + 2))  # order a's two cues, one right
    assert loo[3] is None and loo[4] is None  # no other order has these bases
    assert loo[5] is None  # no basis


def test_the_confusion_table_counts_gold_against_guess() -> None:
    lines = confusion_lines(ROWS)
    movant = next(line for line in lines if line.strip().startswith("for_movant"))
    assert movant.split()[-1] == "3/3"
    respondent = next(line for line in lines if line.strip().startswith("for_respondent"))
    assert respondent.split()[1:3] == ["1", "0"] and respondent.split()[-1] == "0/1"
    assert not any(line.strip().startswith("not_addressed") for line in lines)  # no such gold


def test_the_basis_table_shows_the_shipped_and_the_fitted_confidence() -> None:
    lines = basis_lines(ROWS, {"cue-strong": 0.8})
    strong = next(line for line in lines if "cue-strong" in line).split()
    assert strong[1:] == ["3", "2", "0.67", "0.80", "0.60"]
    assert next(line for line in lines if "set-aside" in line).split()[4] == "—"


def test_the_reliability_table_bins_the_confidence_shown() -> None:
    lines = reliability_lines(ROWS)
    top = next(line for line in lines if line.strip().startswith("0.9"))
    assert top.split()[1:4] == ["3", "0.90", "0.67"]  # three at 0.9, two right
    assert any("Brier" in line for line in lines)


def test_the_learnt_relabelling_takes_the_other_orders_majority_for_a_basis_and_side() -> None:
    rows = [
        Ruled(f"o{n}", "for_respondent", "for_movant", "fallback-default", 0.39) for n in range(3)
    ] + [Ruled("o3", "for_movant", "for_movant", "fallback-default", 0.39)]
    # each order sees the others: for o0 two respondent against one movant, so relabelled
    assert relabelled(rows, least=3)[:3] == ["for_respondent"] * 3
    assert relabelled(rows, least=3)[3] == "for_respondent"  # o3 sees three respondent
    assert relabelled(rows, least=4) == [r.guess for r in rows]  # too few: unchanged
    lines = relabel_lines(rows, least=3)
    assert "hand rule 1/4," in lines[0] and lines[0].endswith("3/4")
    assert "fallback-default for_movant -> for_respondent: 4" in lines[1]
