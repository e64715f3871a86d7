"""The fitted combination of signals: a small logistic regression, stored as data.

A pair's score is ``1 / (1 + exp(-(bias + Σ weight·feature)))``: a probability that the
target answers the source, calibrated on labelled brief pairs (docs/linking.md says which).
The weights live in ``resources/link_model.json``; ``lawdiff evaluate links --fit`` writes
them. Fitting is Newton's method with an L2 penalty, in pure Python: a few thousand rows of
a dozen features fit in about a second.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from operator import mul
from pathlib import Path

from lawdiff.core.errors import KnownError
from lawdiff.core.paths import resource_path

MODEL_FILE = "link_model.json"
PENALTY = 1.0  # L2 penalty on the weights (not the bias)
ITERATIONS = 25


OFF = 1.01  # a secondary-rule score no pair reaches: the rule is off


@dataclass(frozen=True)
class SecondaryRule:
    """When an argument with a chosen answer also gets a secondary one (docs/labelling.md).

    Each value is a least score (``near``: a least share of the argument's best score); one
    above 1 (:data:`OFF`) turns that rule off. Fitted leave-one-case-out like the threshold.

    Attributes:
        parent: the section enclosing the chosen answer, when its own lead-in speaks to the
            argument: the least TF-IDF cosine of the argument with that lead-in.
        merged: a section that is another argument's best answer (a merged answer).
        near: a candidate close to the best (the second half of a split answer).
        parent_rank: the furthest rank among the argument's candidates by score at which the
            parent rule still links a lead-in (0: any): one the model ranks far down does not
            speak to the argument.
    """

    parent: float = OFF
    merged: float = OFF
    near: float = OFF
    parent_rank: float = 0.0


@dataclass(frozen=True)
class LinkModel:
    """Logistic-regression weights over named features.

    Attributes:
        features: the feature names, in the order of ``weights``.
        weights: one weight per feature.
        bias: the intercept.
        fitted_on: the labelled pairs the weights were fitted on (for the record).
        threshold: the score from which a pair is suggested (fitted for F1 on the same pairs).
        floor: the score from which an argument's best candidate is suggested (fitted with the
            threshold; None: the threshold).
        secondary: when an answered argument also gets a secondary answer.
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    fitted_on: tuple[str, ...] = ()
    threshold: float = 0.5
    floor: float | None = None
    secondary: SecondaryRule = SecondaryRule()

    def probability(self, values: Sequence[float]) -> float:
        """The calibrated score of one pair's feature ``values``."""
        if len(values) != len(self.weights):
            raise ValueError(f"{len(values)} values for {len(self.weights)} weights")
        return _sigmoid(self.bias + sum(map(mul, self.weights, values)))

    def contributions(self, values: Sequence[float]) -> dict[str, float]:
        """Each feature's weight × value (how much it moved this pair's score)."""
        return {name: w * x for name, w, x in zip(self.features, self.weights, values, strict=True)}


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit(
    features: Sequence[str],
    rows: Sequence[Sequence[float]],
    labels: Sequence[bool],
    *,
    fitted_on: Sequence[str] = (),
    penalty: float = PENALTY,
) -> LinkModel:
    """Fit a logistic regression to ``rows`` (feature values) and ``labels`` by Newton's method.

    Args:
        features: the names of the columns.
        rows: one row of feature values per labelled pair.
        labels: whether each pair is a gold link.
        fitted_on: names of the pairs the rows come from, kept in the model.
        penalty: the L2 penalty on the weights.
    """
    width = len(features) + 1
    beta = [0.0] * width
    data = [(1.0, *row) for row in rows]
    for _ in range(ITERATIONS):
        gradient = [0.0] * width
        hessian = [[0.0] * width for _ in range(width)]
        for x, y in zip(data, labels, strict=True):
            p = _sigmoid(sum(b * v for b, v in zip(beta, x, strict=True)))
            error, curve = p - float(y), max(p * (1.0 - p), 1e-9)
            for a in range(width):
                gradient[a] += error * x[a]
                row_a = hessian[a]
                scaled = curve * x[a]
                for b in range(a, width):
                    row_a[b] += scaled * x[b]
        for a in range(1, width):
            gradient[a] += penalty * beta[a]
            hessian[a][a] += penalty
        for a in range(width):
            for b in range(a):
                hessian[a][b] = hessian[b][a]
        step = _solve(hessian, gradient)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return LinkModel(tuple(features), tuple(beta[1:]), beta[0], tuple(fitted_on))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve ``matrix · x = vector`` by Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [[*row, v] for row, v in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        if abs(a[col][col]) < 1e-12:
            continue
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(a[r][r]) < 1e-12:
            continue
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def save_model(model: LinkModel, path: Path, command: str) -> None:
    """Write ``model`` as JSON, with the command that fitted it."""
    data = {
        "features": list(model.features),
        "weights": [round(w, 6) for w in model.weights],
        "bias": round(model.bias, 6),
        "threshold": round(model.threshold, 3),
        "floor": None if model.floor is None else round(model.floor, 3),
        "secondary": {k: round(v, 3) for k, v in asdict(model.secondary).items()},
        "fitted_on": list(model.fitted_on),
        "command": command,
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def load_model(path: Path | None = None) -> LinkModel:
    """The model in ``path``, or the bundled ``resources/link_model.json``.

    Raises:
        KnownError: the file is missing or not a model file.
    """
    return _read(path or resource_path(MODEL_FILE))


@lru_cache(maxsize=8)
def _read(path: Path) -> LinkModel:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        features = tuple(str(f) for f in data["features"])
        weights = tuple(float(w) for w in data["weights"])
        if len(weights) != len(features):
            raise ValueError("as many weights as features are needed")
        fitted_on = tuple(str(name) for name in data.get("fitted_on", ()))
        threshold = float(data.get("threshold", 0.5))
        floor = None if data.get("floor") is None else float(data["floor"])
        rule = SecondaryRule(**{k: float(v) for k, v in data.get("secondary", {}).items()})
        bias = float(data["bias"])
        return LinkModel(features, weights, bias, fitted_on, threshold, floor, rule)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KnownError(f"not a link model file ({error})", path) from error
