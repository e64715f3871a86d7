"""Does a learned polarity reader beat the cue rules where they are silent? (issue 15)

Usage: python scripts/learned_rulings.py [--fit] [--corpus DIR]

Measures :mod:`lawdiff.ruling.polarity` leave-one-SET-out: the tuning orders are grouped by
their labeller (``"labelled_by": "orders31 helper, …"`` → ``orders31``; the oldest orders, whose
labeller is "orders helper", form the set ``orders``). Pass 1 analyses every gold order with the
cue rules only, and reads the training examples of each order: its gold evidence sentences of
the arguments ruled for the movant or the respondent, with the features the order's party names
give them. Pass 2 analyses each tuning order again with the model fitted on the *other* sets
(margin 0: every fallback ruling the model reads is replaced; the table then applies each
margin, a ruling replaced only when its summed score reaches it — the reader runs last in the
pipeline, so each ruling is replaced on its own). The held-out rulings3 split is scored with the
model fitted on every tuning set. Printed per set: arguments, always-respondent, cue-only and
learned at each margin, with the rulings the learned reader changed.

The reader is not in the pipeline (it did not earn its place: ``docs/rulings.md``, forty-sixth
pass); this script puts it where it was measured, last in ``rule_arguments`` (after the rulings
are calibrated, so each fallback ruling is replaced on its own), by wrapping that function. It
also prints how well the model reads the gold sentences themselves, leave-one-set-out, split by
whether a cue of ``resources/rulings.toml`` reads the sentence.

``--fit`` writes ``resources/ruling_polarity.json``, fitted on every tuning set (margin 1).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import lawdiff.ruling
from lawdiff.core.paths import RESOURCES
from lawdiff.core.rulings import ArgumentRuling
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import sentence_topics
from lawdiff.ruling.evidence import read_sentence
from lawdiff.ruling.polarity import (
    POLARITY_FILE,
    PolarityModel,
    Seen,
    candidate_sentences,
    experiment,
    fit_polarity,
    learned_rulings,
    sentence_features,
    sentence_places,
)
from lawdiff.ruling.units import OrderText, ruling_sentences
from lawdiff.rulings_eval import (
    DEFAULT_CORPUS,
    GOLD_DIR,
    HELD_OUT_DIR,
    OrderScore,
    score_order,
    set_name,
)

MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0)
SHIPPED_MARGIN = 1.0
FIT_COMMAND = "python scripts/learned_rulings.py --fit"
BOOK = load_rulebook()
Example = tuple[list[str], bool, bool]  # features, for the movant, read by no cue


@dataclass
class Order:
    """One gold order: its set, its cue-only score and its training examples."""

    path: Path
    group: str
    cue: OrderScore
    examples: list[Example]


@contextmanager
def reader_last() -> Iterator[None]:
    """Within the block, ``rule_arguments`` ends with the learned reader (of the experiment in
    force): the candidate sentences of each argument are those about it (as the pipeline
    matches them) in the order sections its ruling names."""
    original: Callable[..., list[ArgumentRuling]] = lawdiff.ruling.rule_arguments

    def ruled(
        order: OrderText,
        arguments: Any,
        sections: Any,
        parties: Any,
        book: Any,
        *rest: Any,
        **named: Any,
    ) -> list[ArgumentRuling]:
        rulings = original(order, arguments, sections, parties, book, *rest, **named)
        ruling = ruling_sentences(order, order.all_sentences())
        topics = sentence_topics(ruling, arguments, parties, book)
        about = {a.id: topics.of(a.id) for a in arguments}
        links = {r.argument: r.sections for r in rulings}
        candidates = candidate_sentences(order, about, links, ruling)
        return learned_rulings(order, rulings, candidates, parties, arguments=arguments)

    with mock.patch.object(lawdiff.ruling, "rule_arguments", ruled):
        yield


def labeller_set(gold: dict[str, object]) -> str:
    """The labeller set of a gold order: "orders31" from "orders31 helper, who wrote …"."""
    found = re.search(r"\b(orders\d*|rulings\d+)\b", str(gold.get("labelled_by", "")))
    return found.group(1) if found else "other"


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def order_examples(gold: dict[str, object], seen: Seen | None) -> list[Example]:
    """The gold evidence sentences of the arguments ruled for one side, as the order's
    sentences that hold them, with their features."""
    if seen is None:
        return []
    sentences = seen.order.all_sentences()
    folded = [_fold(s.text) for s in sentences]
    places = sentence_places(seen.order)
    out: dict[tuple[int, bool], Example] = {}
    for motion in gold["motions"]:  # type: ignore[attr-defined]
        for argument in motion["arguments"]:
            if "document" not in argument or argument["ruling"] not in (
                "for_movant",
                "for_respondent",
            ):
                continue
            label = argument["ruling"] == "for_movant"
            for evidence in argument.get("evidence", []):
                quote = _fold(evidence.get("quote", ""))
                index = next(
                    (
                        i
                        for i, text in enumerate(folded)
                        if quote and (quote[:60] in text or (len(text) > 25 and text in quote))
                    ),
                    None,
                )
                if index is None:
                    continue
                s = sentences[index]
                place = places.get((s.page, s.line, s.text), "")
                silent = read_sentence(s, BOOK, seen.parties, (), None, False) is None
                features = sentence_features(s.text, seen.parties, place)
                out[(index, label)] = (features, label, silent)
    return list(out.values())


def pass_one(paths: Sequence[Path], corpus: Path | None) -> list[Order]:
    """Every gold order with the cue rules only, and its training examples."""
    orders = []
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        with reader_last(), experiment(None) as run:
            cue = score_order(path, corpus)
        seen = run.seen[-1] if run.seen else None
        orders.append(Order(path, labeller_set(gold), cue, order_examples(gold, seen)))
        print(f"  pass 1: {cue.slug}: {len(orders[-1].examples)} examples", file=sys.stderr)
    return orders


def pass_two(orders: Sequence[Order], corpus: Path | None) -> dict[Path, OrderScore]:
    """Each order scored with the model fitted on every set but its own (margin 0)."""
    tuning = [o for o in orders if set_name(o.path) == "tuning"]
    models: dict[str, PolarityModel] = {}
    out = {}
    for order in orders:
        group = order.group if order in tuning else "(held out)"
        if group not in models:
            models[group] = fit_polarity(_training(o for o in tuning if o.group != group), 0.0)
        with reader_last(), experiment(models[group]):
            out[order.path] = score_order(order.path, corpus)
        print(f"  pass 2: {order.cue.slug} (fitted without {group})", file=sys.stderr)
    return out


def _training(orders: Any) -> list[tuple[list[str], bool]]:
    return [(features, label) for o in orders for features, label, _ in o.examples]


def sentence_accuracy(orders: Sequence[Order]) -> list[str]:
    """How often the model fitted on the other sets reads a gold sentence's side right, by
    whether a cue reads the sentence; beside always-respondent on the same sentences."""
    tuning = [o for o in orders if set_name(o.path) == "tuning"]
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for group in sorted({o.group for o in tuning}):
        model = fit_polarity(_training(o for o in tuning if o.group != group), 0.0)
        for order in (o for o in tuning if o.group == group):
            for features, label, silent in order.examples:
                row = right["read by no cue" if silent else "read by a cue"]
                row[0] += 1
                row[1] += (model.score(features) > 0) == label
                row[2] += not label
    lines = ["Gold sentences read alone (leave-one-set-out): sentences, model right, always-resp."]
    for name, (n, model_right, respondent) in sorted(right.items()):
        lines.append(f"  {name:16} {n:5d}  {model_right / n:.3f}  {respondent / n:.3f}")
    return lines


def learned_labels(cue: OrderScore, learned: OrderScore, margin: float) -> list[str]:
    """The labels with the learned rulings whose summed score reaches ``margin``."""
    labels = []
    for (_, _, cue_guess, _), (_, _, guess, _), (basis, confidence) in zip(
        cue.arguments, learned.arguments, learned.bases, strict=True
    ):
        total = math.log(confidence / (1 - confidence)) if 0 < confidence < 1 else 99.0
        use = basis == "learned" and total >= margin - 1e-9
        labels.append(guess if use else cue_guess)
    return labels


def table(orders: Sequence[Order], learned: dict[Path, OrderScore]) -> list[str]:
    groups: dict[str, list[Order]] = defaultdict(list)
    for order in orders:
        name = order.group if set_name(order.path) == "tuning" else set_name(order.path)
        groups[name].append(order)
    head = f"{'set (scored; fitted on the others)':36} {'args':>5} {'resp':>5} {'cue':>5}"
    lines = [
        head + "".join(f" {'m=' + format(m, 'g'):>7}" for m in MARGINS) + "  changed net (m=1)"
    ]
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * (3 + len(MARGINS) + 1))
    for name in sorted(groups, key=_set_order):
        row = [0] * (3 + len(MARGINS) + 1)
        for order in groups[name]:
            score, new = order.cue, learned[order.path]
            if score.error or new.error:
                continue
            golds = [g for _, g, _, _ in score.arguments]
            row[0] += len(golds)
            row[1] += sum(g == "for_respondent" for g in golds)
            row[2] += sum(g == c for g, (_, _, c, _) in zip(golds, score.arguments, strict=True))
            for k, margin in enumerate(MARGINS):
                labels = learned_labels(score, new, margin)
                row[3 + k] += sum(g == p for g, p in zip(golds, labels, strict=True))
            labels = learned_labels(score, new, SHIPPED_MARGIN)
            row[-1] += sum(p != c for p, (_, _, c, _) in zip(labels, score.arguments, strict=True))
        kind = "tuning" if not name.startswith("held-out") else "held-out"
        totals[kind] = [a + b for a, b in zip(totals[kind], row, strict=True)]
        lines.append(_row(name, row))
    lines.append(_row("ALL TUNING (leave-one-set-out)", totals["tuning"]))
    return lines


def _set_order(name: str) -> tuple[int, str]:
    found = re.search(r"\d+", name)
    return (int(found.group(0)) if found else -1, name)


def _row(name: str, row: Sequence[int]) -> str:
    n = max(row[0], 1)
    figures = "".join(f" {r / n:7.3f}" for r in row[3:-1])
    net = row[3 + MARGINS.index(SHIPPED_MARGIN)] - row[2]
    return (
        f"{name:36} {row[0]:5d} {row[1] / n:5.2f} {row[2] / n:5.3f}{figures}"
        f"  {row[-1]:5d} {net:+5d}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="write the weights (every tuning set)")
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()
    corpus = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    paths = [*sorted(GOLD_DIR.glob("*.json")), *sorted(HELD_OUT_DIR.glob("*/gold.json"))]
    orders = pass_one(paths, corpus)
    if args.fit:
        from lawdiff.ruling.polarity import save_polarity

        examples = _training(o for o in orders if set_name(o.path) == "tuning")
        model = fit_polarity(examples, margin=SHIPPED_MARGIN)
        save_polarity(model, RESOURCES / POLARITY_FILE, FIT_COMMAND)
        print(f"fitted on {len(examples)} sentences of the tuning orders; weights written")
        return
    learned = pass_two(orders, corpus)
    n = sum(len(o.examples) for o in orders if set_name(o.path) == "tuning")
    print(f"Learned polarity reader, leave-one-set-out ({n} training sentences in all)")
    print("args: arguments scored; resp: always-respondent; cue: the cue rules alone (same run);")
    print("m=…: the learned reader replacing fallback rulings whose summed score reaches m")
    print("\n".join(table(orders, learned)))
    print("\n".join(sentence_accuracy(orders)))


if __name__ == "__main__":
    main()
