"""Fit and measure the learned heading-line model (lawdiff/segment/line_model.py).

    /work/tools/py scripts/segml.py            # leave-one-set-out table, rules vs rules + model
    /work/tools/py scripts/segml.py --write    # also fit on every set, write the weights

Every line of every brief pair's motion.txt / opposition.txt (data/briefpairs) is an example:
a gold heading's line or not (a gold heading is put on the first line, in document order, whose
words open it or are opened by it, table-of-contents lines aside). The model is fitted on the
lines the rules leave as body text, one labeller set held out at a time (the gold "set"; the
early folders without one form one "early" group); the threshold is the lowest at which, on the
training sets, rules + model keep precision within 1 point of the rules alone. Scored on the set
held out: heading recall (gold headings on a predicted heading line / gold headings asked),
precision (predicted heading lines that are gold lines / predicted heading lines), level
agreement over the gold headings found. numpy is used here only, to fit.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path

import numpy as np

from lawdiff.core.model import SegmentKind
from lawdiff.core.text import DocumentText
from lawdiff.evaluation.briefheadings import asked_headings, compare, words
from lawdiff.ingest import load_filing
from lawdiff.segment import line_model, segment_filing

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path("/tmp/segml_dataset.json")
SIDES = (("motion.txt", "moving"), ("opposition.txt", "response"))


def label(lines: list[str], gold: list[dict]) -> tuple[dict[int, int], int]:
    """Gold headings put on lines in document order: {line: gold level}, gold asked."""
    keys = [words(line) for line in lines]
    found: dict[int, int] = {}
    cursor = 0
    asked = asked_headings(gold)
    for entry in asked:
        wanted = words(str(entry["heading"]))
        for i in range(cursor, len(lines)):
            k = keys[i]
            if not k or line_model.LEADERS.search(lines[i]):
                continue
            if (
                k == wanted
                or (wanted.startswith(k + " ") and len(k) >= min(len(wanted), 25))
                or (k.startswith(wanted + " ") and len(wanted) >= 12)
            ):
                found[i] = int(entry["level"])
                cursor = i + 1
                break
    return found, len(asked)


def document(path: Path, gold: list[dict]) -> dict:
    filing = load_filing(path, ocr=False)
    text = DocumentText(filing.pages).text
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    rules: dict[int, int] = {}
    for s in segment_filing(filing).segments:
        if s.kind in (SegmentKind.HEADING, SegmentKind.COUNT):
            rules.setdefault(bisect_right(starts, s.span.start) - 1, s.level)
    gold_lines, asked = label(lines, gold)
    rows = line_model.features(lines)
    return {
        "lines": len(lines),
        "kinds": [line_model.kind(line) for line in lines],
        "rows": rows,
        "rules": {str(k): v for k, v in rules.items()},
        "gold": {str(k): v for k, v in gold_lines.items()},
        "asked": asked,
    }


def dataset() -> dict[str, list[dict]]:
    if CACHE.exists():
        return json.loads(CACHE.read_text())
    groups: dict[str, list[dict]] = defaultdict(list)
    rules_alone = (line_model.weights()[0], 2.0)
    line_model.weights = lambda: rules_alone  # type: ignore[method-assign]
    for gold_path in sorted((ROOT / "data" / "briefpairs").glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = str(gold.get("set", "")) or "early"
        name = name.split("pairs")[-1].rstrip(")") if "pairs" in name else name
        for file, side in SIDES:
            doc = document(gold_path.parent / file, gold[side])
            doc["file"] = f"{gold_path.parent.name}/{file}"
            groups[name].append(doc)
        print("read", gold_path.parent.name, file=sys.stderr)
    CACHE.write_text(json.dumps(groups))
    return groups


def candidates(doc: dict) -> tuple[list[int], list[list[float]], list[int]]:
    """The non-blank lines the rules leave as body text: indices, features, labels."""
    rules, gold = doc["rules"], doc["gold"]
    idx = [i for i, r in enumerate(doc["rows"]) if r is not None and str(i) not in rules]
    return idx, [doc["rows"][i] for i in idx], [int(str(i) in gold) for i in idx]


def examples(doc: dict) -> tuple[list[list[float]], list[int]]:
    """Every non-blank line: features, labels (the rules' heading lines too: what a heading
    looks like is learnt from every heading, not only from the few the rules miss)."""
    idx = [i for i, r in enumerate(doc["rows"]) if r is not None]
    return [doc["rows"][i] for i in idx], [int(str(i) in doc["gold"]) for i in idx]


def fit(docs: list[dict], l2: float = 1.0) -> np.ndarray:
    x = np.array([r for d in docs for r in examples(d)[0]])
    y = np.array([v for d in docs for v in examples(d)[1]], dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(25):  # Newton / IRLS
        p = 1 / (1 + np.exp(-np.clip(x @ w, -40, 40)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def predict(doc: dict, w: np.ndarray, threshold: float) -> dict[int, int]:
    """Rules' heading lines plus the lines the model rates above ``threshold``, with levels."""
    idx, rows, _ = candidates(doc)
    heads = {int(k): v for k, v in doc["rules"].items()}
    if rows and threshold < 1.0:
        p = 1 / (1 + np.exp(-np.clip(np.array(rows) @ w, -40, 40)))
        added = [i for i, q in zip(idx, p, strict=True) if q >= threshold]
        for i in added:
            heads[i] = level(doc, heads, i)
    return heads


def level(doc: dict, heads: dict[int, int], i: int) -> int:
    """An added line's level: that of the nearest heading before it of its numbering kind,
    else one below the heading before it (the top when none)."""
    kinds = doc["kinds"]
    before = sorted(j for j in heads if j < i)
    same = [j for j in before if kinds[j] and kinds[j] == kinds[i]]
    if same:
        return heads[same[-1]]
    return heads[before[-1]] + 1 if before and kinds[i] else 0


def score(docs: list[dict], w: np.ndarray, threshold: float) -> tuple[int, int, int, int, int]:
    """asked, found, predicted, right (predicted lines that are gold lines), level right."""
    asked = found = predicted = level_right = 0
    for d in docs:
        heads = predict(d, w, threshold)
        gold = {int(k): v for k, v in d["gold"].items()}
        hits = [i for i in heads if i in gold]
        asked += d["asked"]
        found += len(hits)
        predicted += len(heads)
        level_right += sum(heads[i] + 1 == gold[i] for i in hits)
    return asked, found, predicted, found, level_right


THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995)


def threshold_for(docs: list[dict], w: np.ndarray, tolerance: float) -> float:
    """The lowest threshold keeping the training sets' precision within ``tolerance`` of the
    rules' alone."""
    _, _, pr, rr, _ = score(docs, w, 1.0)
    base = rr / pr
    for t in THRESHOLDS:
        _, _, p, r, _ = score(docs, w, t)
        if r / p >= base - tolerance:
            return t
    return 1.0


def row(name: str, rules: tuple, model: tuple, t: float) -> str:
    def fmt(s: tuple) -> str:
        a, f, p, r, lv = s
        return f"{f / a:6.3f} {r / max(p, 1):6.3f} {lv / max(f, 1):6.3f}"

    name = name.removeprefix("tuning (").rstrip(")")
    return f"{name:>10} {rules[0]:5d} | {fmt(rules)} | {fmt(model)} | {t:4.2f}"


def outline(groups: dict[str, list[dict]], name: str, coefficients: tuple, t: float) -> tuple:
    """The held-out set segmented with the model wired in (weights ``coefficients``, threshold
    ``t``; 2.0 is the rules alone), scored by the heading test's own comparison: asked,
    found, heading segments, found, level right."""
    line_model.weights = lambda: (coefficients, t)  # type: ignore[method-assign]
    line_model._cached_scores.cache_clear()
    totals = np.zeros(5, int)
    for doc in groups[name]:
        folder = ROOT / "data" / "briefpairs" / doc["file"].split("/")[0]
        file = doc["file"].split("/")[1]
        side = dict(SIDES)[file]
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))[side]
        got = compare(gold, list(segment_filing(load_filing(folder / file, ocr=False)).segments))
        totals += (got.asked, got.found, got.segments, got.found, got.level_right)
    return tuple(totals)


def wired(groups: dict[str, list[dict]], tolerance: float) -> None:
    """Leave-one-set-out with the call site: each set segmented with weights fitted on the
    others, against the rules alone."""
    print(f"{'held out':>10} asked | rules: recall prec level | +model: recall prec level | thr")
    total_rules, total_model = np.zeros(5, int), np.zeros(5, int)
    for name in sorted(groups, key=lambda n: (not n.isdigit(), int(n) if n.isdigit() else 0, n)):
        train = [d for g, ds in groups.items() if g != name for d in ds]
        w = fit(train)
        t = threshold_for(train, w, tolerance)
        rules = outline(groups, name, tuple(w), 2.0)
        model = outline(groups, name, tuple(w), t)
        total_rules += rules
        total_model += model
        print(row(name, rules, model, t), flush=True)
    print(row("pooled", tuple(total_rules), tuple(total_model), 0.0))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--tolerance", type=float, default=0.01)
    parser.add_argument("--wired", action="store_true", help="score the call site itself")
    args = parser.parse_args()
    groups = dataset()
    if args.wired:
        wired(groups, args.tolerance)
        return
    zero = np.zeros(len(next(r for d in groups["early"] for r in d["rows"] if r)))
    print(f"{'held out':>10} asked | rules: recall prec level | +model: recall prec level | thr")
    total_rules, total_model = np.zeros(5, int), np.zeros(5, int)
    for name in sorted(groups, key=lambda n: (not n.isdigit(), int(n) if n.isdigit() else 0, n)):
        train = [d for g, ds in groups.items() if g != name for d in ds]
        w = fit(train)
        t = threshold_for(train, w, args.tolerance)
        rules, model = score(groups[name], zero, 1.0), score(groups[name], w, t)
        total_rules += rules
        total_model += model
        print(row(name, rules, model, t))
    print(row("pooled", tuple(total_rules), tuple(total_model), 0.0))
    if args.write:
        every = [d for ds in groups.values() for d in ds]
        w = fit(every)
        data = {
            "weights": [round(float(v), 6) for v in w],
            "threshold": threshold_for(every, w, args.tolerance),
        }
        line_model.WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
