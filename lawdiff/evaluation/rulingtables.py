"""The tables ``lawdiff evaluate rulings`` prints under the tuning set's totals: where the
per-argument misses go (a confusion table), how often each basis of a ruling is right, and
whether the confidence shown with a ruling means what it says (a reliability table).

A ruling's *basis* is what decided it (``ArgumentRuling.basis``: "cue-strong", "part",
"fallback-prior" …). The confidence of each basis is fitted as the share of its rulings that
were right, smoothed towards one half: ``(right + 1) / (n + 2)``. Fitted on every tuning order
it is what ``[confidence]`` in ``resources/rulings.toml`` ships; fitted leave-one-order-out
(each order's rulings given the figures of the other orders) it is the honest check, printed
beside the shipped confidences in the reliability table.

Pure functions over plain tuples, so that the evaluation of any stage could use them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

LABELS = ("for_movant", "for_respondent", "mixed", "not_reached", "not_addressed")
_CORNER = "gold / got"
_SHORT = {"for_movant": "movant", "for_respondent": "respondent", "not_addressed": "not addr."}
# the reliability table's bins: [low, high) of the confidence, the last one closed
BINS = ((0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0))


@dataclass(frozen=True)
class Ruled:
    """One argument's gold label and the analyser's ruling.

    Attributes:
        order: the order's slug (the unit left out when fitting leave-one-order-out).
        gold: the gold label ("for_movant" …).
        guess: the analyser's label.
        basis: what decided the ruling ("" when the evaluation read an order alone).
        confidence: the confidence the ruling was shown with.
    """

    order: str
    gold: str
    guess: str
    basis: str
    confidence: float

    @property
    def right(self) -> bool:
        return self.gold == self.guess


def fitted_confidence(rows: Sequence[Ruled]) -> dict[str, float]:
    """Each basis's share of right rulings, smoothed: ``(right + 1) / (n + 2)``."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        if row.basis:
            counts[row.basis][0] += row.right
            counts[row.basis][1] += 1
    return {basis: (right + 1) / (n + 2) for basis, (right, n) in counts.items()}


def leave_one_order_out(rows: Sequence[Ruled]) -> list[float | None]:
    """For each row, the confidence of its basis fitted on the other orders' rows (None for a
    row without a basis, or a basis no other order has)."""
    by_order: dict[str, list[Ruled]] = defaultdict(list)
    for row in rows:
        by_order[row.order].append(row)
    folds = {order: fitted_confidence([r for r in rows if r.order != order]) for order in by_order}
    return [folds[row.order].get(row.basis) if row.basis else None for row in rows]


def relabelled(rows: Sequence[Ruled], least: int = 10) -> list[str]:
    """A learnt combination, fitted leave-one-order-out: each ruling takes the gold label most
    common among the other orders' rulings of the same basis and side, when at least ``least``
    of them exist and that label beats the analyser's own; otherwise its own label stays."""
    out = []
    for row in rows:
        same = Counter(
            r.gold
            for r in rows
            if r.order != row.order and r.basis and (r.basis, r.guess) == (row.basis, row.guess)
        )
        label = row.guess
        if row.basis and sum(same.values()) >= least:
            top, count = same.most_common(1)[0]
            label = top if count > same[row.guess] else row.guess
        out.append(label)
    return out


def relabel_lines(rows: Sequence[Ruled], least: int = 10) -> list[str]:
    """The hand rule's total beside the learnt relabelling's (fitted leave-one-order-out), and
    the (basis, side) cells it changes."""
    labels = relabelled(rows, least)
    hand = sum(r.right for r in rows)
    learnt = sum(r.gold == label for r, label in zip(rows, labels, strict=True))
    moved = Counter(
        (r.basis, r.guess, label) for r, label in zip(rows, labels, strict=True) if label != r.guess
    )
    lines = [
        f"  hand rule {hand}/{len(rows)}, relabelled (LOO, cells of {least}+) {learnt}/{len(rows)}"
    ]
    lines += [
        f"    {basis} {guess} -> {label}: {n}" for (basis, guess, label), n in moved.most_common()
    ]
    return lines


def confusion_lines(rows: Sequence[Ruled]) -> list[str]:
    """Gold label (rows) against the analyser's (columns), with each row's total right."""
    counts = Counter((r.gold, r.guess) for r in rows)
    guesses = [g for g in (*LABELS, "(none)") if any(k[1] == g for k in counts)]
    head = f"  {_CORNER:16}" + "".join(f"{_SHORT.get(g, g):>12}" for g in guesses)
    lines = [head + f"{'right':>10}"]
    for gold in LABELS:
        row = [counts[(gold, guess)] for guess in guesses]
        if sum(row):
            cells = "".join(f"{n:>12}" for n in row)
            lines.append(f"  {gold:16}{cells}{counts[(gold, gold)]:>6}/{sum(row)}")
    return lines


def basis_lines(rows: Sequence[Ruled], shipped: Mapping[str, float]) -> list[str]:
    """Per basis: how many rulings, how many right, the shipped confidence, the fitted one."""
    fitted = fitted_confidence(rows)
    lines = [f"  {'basis':22}{'rulings':>8}{'right':>8}{'accuracy':>10}{'shipped':>9}{'fitted':>8}"]
    for basis in sorted(fitted, key=lambda b: -sum(r.basis == b for r in rows)):
        mine = [r for r in rows if r.basis == basis]
        right = sum(r.right for r in mine)
        ship = f"{shipped[basis]:.2f}" if basis in shipped else "—"
        lines.append(
            f"  {basis:22}{len(mine):>8}{right:>8}{right / len(mine):>10.2f}{ship:>9}"
            f"{fitted[basis]:>8.2f}"
        )
    return lines


def reliability_lines(rows: Sequence[Ruled]) -> list[str]:
    """Confidence bin → rulings, mean confidence and accuracy, for the confidences shown and
    for those fitted leave-one-order-out (the honest figure for an order not tuned on)."""
    loo = leave_one_order_out(rows)
    shown = [(r.confidence, r.right) for r in rows if r.basis]
    fitted = [(c, r.right) for r, c in zip(rows, loo, strict=True) if c is not None]
    lines = [
        f"  {'confidence':12}{'shown: n':>10}{'mean':>7}{'right':>7}"
        f"{'LOO-fitted: n':>15}{'mean':>7}{'right':>7}"
    ]
    for low, high in BINS:
        cells = ""
        for pairs, width in ((shown, 10), (fitted, 15)):
            inside = [(c, ok) for c, ok in pairs if low <= c < high or (high == 1.0 and c == 1.0)]
            if inside:
                mean = sum(c for c, _ in inside) / len(inside)
                right = sum(ok for _, ok in inside) / len(inside)
                cells += f"{len(inside):>{width}}{mean:>7.2f}{right:>7.2f}"
            else:
                cells += f"{0:>{width}}{'—':>7}{'—':>7}"
        lines.append(f"  {low:.1f}–{high:.1f}     {cells}")
    lines.append(
        f"  Brier score (mean of (confidence − right)², lower is better): shown {_gap(shown):.3f},"
        f" LOO-fitted {_gap(fitted):.3f}"
    )
    return lines


def _gap(pairs: Sequence[tuple[float, bool]]) -> float:
    """The Brier score: the mean squared distance of confidence from being right."""
    if not pairs:
        return 0.0
    return sum((c - float(ok)) ** 2 for c, ok in pairs) / len(pairs)
