"""The evaluation keeps the tuning and held-out sets apart, as the gold files say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawdiff.rulings_eval import GOLD_DIR, HELD_OUT_DIR, OrderScore, _section, gold_set


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"set": "tuning"}, "tuning"),
        ({"set": "held-out"}, "held-out"),
        ({}, "held-out"),  # the default: nobody tunes on an order by accident
        ({"set": "Tuning "}, "held-out"),
    ],
)
def test_the_set_is_read_from_the_gold_file(
    tmp_path: Path, fields: dict[str, str], expected: str
) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"format": "lawdiff.rulings-gold/1", **fields}), encoding="utf-8")
    assert gold_set(path) == expected


def test_the_orders_whose_misses_were_read_are_the_tuning_set() -> None:
    tuning = {p.parent.name for p in HELD_OUT_DIR.glob("*/gold.json") if gold_set(p) == "tuning"}
    assert {"minute-order-mil", "daubert-per-expert", "news-id-tro"} <= tuning
    assert all(gold_set(p) == "tuning" for p in GOLD_DIR.glob("*.json"))


@pytest.mark.parametrize("misses", [True, False])
def test_misses_are_printed_for_tuning_orders_only(misses: bool) -> None:
    score = OrderScore("an-order", [("MIL 1", "granted", "denied")])
    score.arguments = [("I", "for_movant", "for_respondent", True)]
    text = "\n".join(_section("set", [score], [score], misses))
    assert "an-order" in text and "0/1 = 0.00" in text  # the totals, either way
    assert ("gold for_movant, got for_respondent" in text) is misses


def test_each_held_out_set_is_reported_on_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lawdiff.rulings_eval as evaluation

    for slug, name in [("a", "held-out (orders6)"), ("b", "held-out (rulings3 split)")]:
        (tmp_path / slug).mkdir()
        gold = {"format": "lawdiff.rulings-gold/1", "set": name, "slug": slug}
        (tmp_path / slug / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(evaluation, "GOLD_DIR", tmp_path / "none")
    monkeypatch.setattr(evaluation, "HELD_OUT_DIR", tmp_path)
    scores = {
        "a": OrderScore("a", [("M", "granted", "denied")], [("I", "for_movant", "mixed", True)]),
        "b": OrderScore("b", [("M", "denied", "denied")], [("I", "mixed", "mixed", True)]),
    }
    monkeypatch.setattr(
        evaluation, "score_order", lambda path, corpus=None: scores[path.parent.name]
    )
    text = evaluation.run_ruling_eval()
    orders6 = text.split("HELD OUT: held-out (orders6)")[1].split("HELD OUT:")[0]
    assert "0/1 = 0.00" in orders6 and "1/1 = 1.00" not in orders6  # its own totals only
    assert "HELD OUT: held-out (rulings3 split)" in text
    assert "got" not in text  # no misses of a held-out order


def test_the_tuning_set_gets_the_confusion_basis_and_reliability_tables() -> None:
    score = OrderScore("an-order", [("MIL 1", "granted", "granted")])
    score.arguments = [("I", "for_movant", "for_respondent", True), ("II", "mixed", "mixed", True)]
    score.bases = [("cue-strong", 0.9), ("cue-mixed", 0.5)]
    tuning = "\n".join(_section("set", [score], [score], True))
    assert "gold / got" in tuning and "Reliability" in tuning
    assert "cue-strong" in tuning and "cue-mixed" in tuning
    held_out = "\n".join(_section("set", [score], [score], False))
    assert "gold / got" not in held_out and "Reliability" not in held_out
