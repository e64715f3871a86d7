"""How far two human labellers agree on the court's rulings (issue 15).

Usage: python scripts/ruling_agreement.py [SECOND_LABELS_DIR]

Compares each file of ``data/rulings_agreement/`` (a second, independent labeller's rulings for
an order of ``data/rulings/``, written from the order and its briefs alone) with that order's
``gold.json`` and prints per-order and overall agreement on the argument rulings, Cohen's kappa,
agreement by the gold label's certainty, the disagreements, and agreement on dispositions. The
figure is the ceiling a detector's per-argument accuracy can be judged against.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# (gold ruling, second ruling, gold certainty)
Label = tuple[str, str, str]


def order_labels(
    second: dict[str, Any], gold: dict[str, Any]
) -> tuple[list[Label], list[tuple[str, str]]]:
    """The argument labels and dispositions of one order, gold beside second."""
    motions = {m["key"]: m for m in gold["motions"]}
    labels: list[Label] = []
    dispositions: list[tuple[str, str]] = []
    for motion in second["motions"]:
        gold_motion = motions[motion["key"]]
        if motion.get("disposition"):
            dispositions.append((gold_motion["disposition"], motion["disposition"]))
        by_heading = {(a["document"], a["section"]): a for a in gold_motion.get("arguments", [])}
        for argument in motion["arguments"]:
            if argument.get("ruling"):
                gold_arg = by_heading[(argument["document"], argument["section"])]
                certainty = gold_arg.get("certainty", "")
                labels.append((gold_arg["ruling"], argument["ruling"], certainty))
    return labels, dispositions


def kappa(labels: list[Label]) -> float:
    """Cohen's kappa of the two labellers' rulings."""
    n = len(labels)
    observed = sum(g == s for g, s, _ in labels) / n
    first, second = Counter(g for g, _, _ in labels), Counter(s for _, s, _ in labels)
    chance = sum(first[k] * second[k] for k in first) / (n * n)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def share(labels: list[Label]) -> str:
    agreed = sum(g == s for g, s, _ in labels)
    return f"{agreed}/{len(labels)} = {agreed / len(labels):.2f}" if labels else "-"


def main(folder: Path) -> None:
    every: list[Label] = []
    dispositions: list[tuple[str, str]] = []
    for path in sorted(folder.glob("*.json")):
        second = json.loads(path.read_text(encoding="utf-8"))
        gold = json.loads((ROOT / "data/rulings" / path.stem / "gold.json").read_text("utf-8"))
        labels, disp = order_labels(second, gold)
        print(f"{path.stem:48s} {share(labels)}")
        every += labels
        dispositions += disp
    print(f"arguments: {share(every)}, Cohen's kappa {kappa(every):.2f}")
    for certainty in ("clear", "judgement"):
        print(f"  gold {certainty}: {share([x for x in every if x[2] == certainty])}")
    agreed = sum(a == b for a, b in dispositions)
    print(f"dispositions: {agreed}/{len(dispositions)}")
    for (gold, second), count in Counter((g, s) for g, s, _ in every if g != s).most_common():
        print(f"  gold {gold}, second {second}: {count}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data/rulings_agreement")
