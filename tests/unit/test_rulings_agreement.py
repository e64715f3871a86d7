"""The second labeller's rulings (data/rulings_agreement/) are well formed: each names an order
of data/rulings/, labels every argument of its gold file with the gold's vocabulary, and quotes
the order where it says (scripts/ruling_agreement.py compares them with the gold)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA
from tests.unit.test_rulings_gold import DISPOSITIONS, RULINGS, _pages, _quote_is_there

SECOND = sorted((DATA / "rulings_agreement").glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(params=SECOND, ids=lambda p: p.stem)
def second(request: pytest.FixtureRequest) -> dict[str, Any]:
    return _load(request.param)


def _gold(second: dict[str, Any]) -> dict[str, Any]:
    return _load(DATA / "rulings" / second["slug"] / "gold.json")


def test_there_are_second_labels() -> None:
    assert len(SECOND) >= 10


def test_every_gold_argument_is_labelled(second: dict[str, Any]) -> None:
    gold = {m["key"]: m for m in _gold(second)["motions"]}
    for motion in second["motions"]:
        assert motion["disposition"] in DISPOSITIONS, motion["key"]
        wanted = {(a["document"], a["section"]) for a in gold[motion["key"]]["arguments"]}
        got = {(a["document"], a["section"]) for a in motion["arguments"]}
        assert got == wanted
        assert {a["ruling"] for a in motion["arguments"]} <= RULINGS


def test_quotes_are_on_their_page_and_line(second: dict[str, Any]) -> None:
    pages = _pages(DATA / "rulings" / second["slug"] / "order.txt")
    quotes = [
        item
        for motion in second["motions"]
        for argument in motion["arguments"]
        for item in argument["evidence"]
    ]
    wrong = [item for item in quotes if not _quote_is_there(item, pages, plain=True)]
    assert not wrong, wrong
