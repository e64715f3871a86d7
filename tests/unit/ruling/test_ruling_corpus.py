"""The real Finjan orders: every motion they decide gets the disposition the order gives it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawdiff.rulings_eval import GOLD_DIR, score_order
from tests.conftest import CORPUS

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("slug", ["finjan-mil-order", "finjan-daubert-order"])
def test_finjan_orders_dispose_of_each_motion_as_labelled(slug: str) -> None:
    gold_path: Path = GOLD_DIR / f"{slug}.json"
    order = json.loads(gold_path.read_text(encoding="utf-8"))["order"]["path"]
    if not (CORPUS / order.split("corpus/", 1)[1]).exists():
        pytest.skip("the shared corpus is not here")
    score = score_order(gold_path, CORPUS)
    assert not score.error
    wrong = [(name, gold, got) for name, gold, got in score.dispositions if gold != got]
    assert len(score.dispositions) == len(json.loads(gold_path.read_text())["motions"])
    assert wrong == []
