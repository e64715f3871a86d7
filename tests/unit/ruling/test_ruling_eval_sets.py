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
