"""Held-out brief-pair sets: only a gold ``"set"`` starting with "held-out" is never fitted on."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lawdiff.cli import main
from lawdiff.evaluation.linkpairs import PairCase, heading_gold_cases, held_out_set
from lawdiff.evaluation.linktable import (
    _fold_models,
    _line,
    _Scored,
    _table,
    fitting_cases,
    shipped_table,
)
from lawdiff.link.model import load_model
from lawdiff.link.scoring import pair_rows

MOTION = """MEMORANDUM IN SUPPORT OF MOTION TO DISMISS

ARGUMENT

I. The Contract Claim Fails Because No Agreement Was Formed.

The parties never agreed on price, quantity or delivery, so no contract was formed.

II. The Fraud Claim Lacks Particularity.

The complaint names no speaker, date or place of any misrepresentation.
"""
OPPOSITION = """MEMORANDUM IN OPPOSITION

ARGUMENT

I. The Fraud Claim Is Pleaded With Particularity.

The complaint names the speaker, the date and the place of each misrepresentation.

II. An Agreement Was Formed.

The parties agreed on price, quantity and delivery in their exchange of letters.
"""


def _folder(root: Path, name: str, batch: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "motion.txt").write_text(MOTION, encoding="utf-8")
    (folder / "opposition.txt").write_text(OPPOSITION, encoding="utf-8")
    moving = ["I. The Contract Claim Fails Because No Agreement Was Formed.",
              "II. The Fraud Claim Lacks Particularity."]  # fmt: skip
    response = ["I. The Fraud Claim Is Pleaded With Particularity.",
                "II. An Agreement Was Formed."]  # fmt: skip
    gold = {
        "set": batch,
        "moving": [{"heading": "ARGUMENT", "level": 1, "kind": "non-argument"}]
        + [{"heading": h, "level": 2, "kind": "argument"} for h in moving],
        "response": [{"heading": "ARGUMENT", "level": 1, "kind": "non-argument"}]
        + [{"heading": h, "level": 2, "kind": "argument"} for h in response],
        "links": [[moving[0], response[1], "rebuts"], [moving[1], response[0], "rebuts"]],
        "primary": [[moving[0], response[1]], [moving[1], response[0]]],
        "unanswered": [],
    }
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("batch", "held"),
    [
        ("held-out (pairs5)", "held-out (pairs5)"),
        ("Held-out (pairs6)", "Held-out (pairs6)"),
        ("tuning (was held-out pairs4)", ""),
        ("", ""),
    ],
)
def test_only_a_set_named_held_out_is_held_out(batch: str, held: str) -> None:
    assert held_out_set(batch) == held


def test_a_held_out_pair_is_never_fitted_on_and_a_former_one_is(tmp_path: Path) -> None:
    new = list(heading_gold_cases(_folder(tmp_path, "new-pair", "held-out (pairs5)"), None))
    old = list(
        heading_gold_cases(_folder(tmp_path, "old-pair", "tuning (was held-out pairs4)"), None)
    )
    assert {c.variant for c in new} >= {"text", "json", "shuffled"}
    assert all(c.held_out == "held-out (pairs5)" and not c.new for c in new)
    assert all(not c.held_out and c.batch == "tuning (was held-out pairs4)" for c in old)
    assert fitting_cases([*new, *old]) == old
    text = next(c for c in new if c.variant == "json")
    assert len(text.gold) == 2 and len(text.asked) == 2  # both headings found in the outline


def _scored(case: PairCase) -> _Scored:
    best = {s: [(t, 1.0)] for s, t in case.gold}
    ranked = dict.fromkeys(("lawdiff", "heading", "tfidf", "bm25"), best)
    return _Scored(case, ranked, {name: set(case.gold) for name in ranked})


def test_the_table_prints_each_set_apart_the_held_out_one_in_capitals(tmp_path: Path) -> None:
    new = list(heading_gold_cases(_folder(tmp_path, "new-pair", "held-out (pairs5)"), None))
    old = list(
        heading_gold_cases(_folder(tmp_path, "old-pair", "tuning (was held-out pairs4)"), None)
    )
    table = _table([_scored(c) for c in [*new, *old]])
    json_new = [_scored(c) for c in new if c.variant == "json"]
    assert _line("HELD-OUT (PAIRS5) [json]", json_new) in table.splitlines()
    assert any(
        line.startswith("tuning (was held-out pairs4) [json]") for line in table.splitlines()
    )


def test_each_case_is_scored_by_a_fit_on_the_others_and_held_out_ones_share_one(
    tmp_path: Path,
) -> None:
    names = ("old-a", "old-b", "old-c")
    old = [c for n in names for c in heading_gold_cases(_folder(tmp_path, n, "tuning"), None)]
    new = list(heading_gold_cases(_folder(tmp_path, "new-pair", "held-out (pairs5)"), None))
    rows = {id(c): pair_rows(c.sources, c.targets) for c in [*old, *new]}
    tuning_group, held_group = old[0].group, new[0].group
    models, thresholds = _fold_models(old, [tuning_group, held_group], rows)
    assert set(models) == set(thresholds) == {tuning_group, held_group}
    assert old[0].name not in models[tuning_group].fitted_on
    assert set(models[held_group].fitted_on) == {c.name for c in old}
    only_held, _ = _fold_models(old, [held_group], rows)
    assert only_held[held_group].weights == models[held_group].weights


def test_held_out_is_refused_for_anything_but_links(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", "rulings", "--held-out"]) == 2
    assert "--held-out scores links only" in capsys.readouterr().err


def test_held_out_sets_are_scored_again_by_the_shipped_model_as_it_is(tmp_path: Path) -> None:
    """The fitted procedure's figures are not the product's: the shipped model's own
    threshold decides what the second table counts as suggested."""
    new = list(heading_gold_cases(_folder(tmp_path, "new-pair", "held-out (pairs5)"), None))
    rows = {id(c): pair_rows(c.sources, c.targets) for c in new}
    thresholds = {new[0].group: dict.fromkeys(("heading", "tfidf", "bm25"), 0.5)}
    shipped = load_model()
    silent = replace(shipped, threshold=1.01, floor=1.01)
    table = shipped_table(new, rows, thresholds, shipped)
    assert f"threshold {shipped.threshold:.2f}" in table
    assert "what `lawdiff link` suggests" in table
    nothing = shipped_table(new, rows, thresholds, silent)
    held = [line for line in nothing.splitlines() if line.startswith("HELD-OUT (PAIRS5) [json]")]
    assert held and held[0].split("|")[1].split()[2:] == ["0.00", "0.00", "0.00"]
