"""A learned reader of the court's own conclusion, for arguments no cue decides.

Of the tuning orders' misses, many have only gold sentences that no cue of
``resources/rulings.toml`` reads: the court's conclusion after its reasoning ("The contract
therefore ran until March.", "Nothing in the record suggests the Board acted outside its
remit."). This module reads such sentences with a logistic regression over word n-grams: each
party's names (and "movant", "appellant", …) become ``MOVING`` / ``ANSWERING``, a word after a
negation until the clause ends is marked ``not_``, and the sentence's place in its section is a
feature of its own. Its weights would be data (``resources/ruling_polarity.json``), written by
``scripts/learned_rulings.py --fit`` from the gold evidence sentences of the tuning orders, never
by hand; a decision lists the features that carried it, as a cue does.

:func:`learned_rulings` replaces a ruling that only followed a fallback (no cue of its own) by
the polarity of the candidate sentences the pipeline attributed to its argument, when the model
is confident. It is **not called by the pipeline**: measured leave-one-labeller-set-out it lost
arguments at every margin (``docs/rulings.md``, forty-sixth pass), so no weights are shipped and
:func:`load_polarity` finds none. ``scripts/learned_rulings.py`` measures it, placing it last in
``rule_arguments``; :func:`experiment` lets that measurement choose the model (or none) and see
what the reader was given.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.paths import RESOURCES
from lawdiff.core.rulings import ArgumentRuling, Evidence, Side
from lawdiff.ruling.matching import ancestors
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.sentences import Sentence
from lawdiff.ruling.units import OrderText, segments_inside

POLARITY_FILE = "ruling_polarity.json"
# rulings that only followed a fallback (no cue of their own): the learned reader may speak
UNDECIDED = frozenset({"fallback-answer", "fallback-default", "fallback-prior", "fallback-part"})
_MOVING = re.compile(
    r"\b(?:movants?|moving part(?:y|ies)|appellants?|petitioners?|applicants?|claimants?)\b", re.I
)
_ANSWERING = re.compile(
    r"\b(?:non-?movants?|non-?moving part(?:y|ies)|opposing part(?:y|ies)|appellees?|"
    r"respondents?)\b",
    re.I,
)
_TOKEN = re.compile(r"MOVING|ANSWERING|[a-z]+(?:n't|'[a-z]+)?|[.,;:!?]")
_NEGATORS = frozenset(
    ("not", "no", "never", "nothing", "none", "neither", "nor", "cannot", "without", "lacks")
)
_CLAUSE_END = frozenset(".,;:!?")


@dataclass(frozen=True)
class PolarityModel:
    """Weights of the n-gram features; a sentence's score is the log-odds that it finds for
    the movant. ``margin``: the summed score a decision needs."""

    weights: Mapping[str, float]
    bias: float = 0.0
    margin: float = 1.0

    def score(self, features: Sequence[str]) -> float:
        return self.bias + sum(self.weights.get(f, 0.0) for f in set(features))

    def carried(self, features: Sequence[str], side: Side, n: int = 4) -> list[str]:
        """The features that pushed hardest toward ``side``, strongest first."""
        sign = 1.0 if side is Side.MOVANT else -1.0
        pushing = [(sign * self.weights.get(f, 0.0), f) for f in set(features)]
        return [f for w, f in sorted(pushing, reverse=True)[:n] if w > 0]


def sentence_features(text: str, parties: PartyNames, place: str = "") -> list[str]:
    """The features of one sentence: unigrams (``not_`` inside a negation's scope), bigrams,
    and ``@place`` (first / last / only / mid sentence of its section)."""
    tokens = _tokens(_normalised(text, parties))
    words: list[str] = []
    negated = False
    for token in tokens:
        if token in _CLAUSE_END:
            negated = False
            continue
        if token in _NEGATORS or token.endswith("n't"):
            negated = True
            words.append("NEG")
            continue
        words.append(f"not_{token}" if negated else token)
    bigrams = [f"{a} {b}" for a, b in pairwise(words)]
    return [*words, *bigrams, *([f"@{place}"] if place else [])]


def _normalised(text: str, parties: PartyNames) -> str:
    """``text`` with every party mention as ``MOVING`` / ``ANSWERING``."""
    out, last = [], 0
    for start, end, side in parties.mentions(text):
        if start < last:
            continue
        token = "MOVING" if side is Side.MOVANT else "ANSWERING"
        out += [text[last:start].lower(), f" {token} "]
        last = end
    out.append(text[last:].lower())
    folded = "".join(out).replace("’", "'")
    folded = _ANSWERING.sub(" ANSWERING ", folded)  # before "movant" inside "non-movant"
    return _MOVING.sub(" MOVING ", folded)


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if t not in {"the", "a", "an"}]


def sentence_places(order: OrderText) -> dict[tuple[int, int, str], str]:
    """Each sentence's place in its heading section (the nearest heading above it, with its
    sub-sections): ``only``, ``first``, ``last`` or ``mid``; keyed by (page, line, text)."""
    by_id = {s.id: s for s in order.segments}
    places: dict[tuple[int, int, str], str] = {}
    for heading in {_section_of(s, by_id) for s in order.segments}:
        run = order.section_sentences(heading) if heading is not None else []
        for index, sentence in enumerate(run):
            places.setdefault(_key(sentence), _place(index, len(run)))
    return places


def _section_of(segment: SegmentInfo, by_id: Mapping[SegmentId, SegmentInfo]) -> SegmentId | None:
    chain = [segment, *ancestors(segment, by_id)]
    return next((s.id for s in chain if s.kind is SegmentKind.HEADING), None)


def _place(index: int, count: int) -> str:
    if count == 1:
        return "only"
    return "first" if index == 0 else "last" if index == count - 1 else "mid"


def _key(sentence: Sentence) -> tuple[int, int, str]:
    return sentence.page, sentence.line, sentence.text


# ------------------------------------------------------------------ the reader at the call site


def candidate_sentences(
    order: OrderText,
    about: Mapping[SegmentId, Sequence[Sentence]],
    links: Mapping[SegmentId, Sequence[SegmentId]],
    ruling: Sequence[Sentence],
) -> dict[SegmentId, list[Sentence]]:
    """For each argument, the sentences the pipeline attributes to it: those about it in the
    sections linked to it, else every ruling sentence of those sections, else (no section
    linked) those about it anywhere."""
    out: dict[SegmentId, list[Sentence]] = {}
    for argument, mine in about.items():
        linked = links.get(argument, ())
        if not linked:
            out[argument] = list(mine)
            continue
        inside = segments_inside(order.segments, linked)
        out[argument] = [s for s in mine if s.segment in inside] or [
            s for s in ruling if s.segment in inside
        ]
    return out


@dataclass
class Experiment:
    """What a measurement chose: the model (None: cue rules only) and, filled in by
    :func:`learned_rulings`, every call's inputs."""

    model: PolarityModel | None
    seen: list[Seen] = field(default_factory=list)


@dataclass(frozen=True)
class Seen:
    """One call of :func:`learned_rulings`: an order's rulings and what it had to read."""

    order: OrderText
    parties: PartyNames
    rulings: tuple[ArgumentRuling, ...]
    candidates: Mapping[SegmentId, tuple[Sentence, ...]]
    arguments: tuple[SegmentInfo, ...] = ()


_EXPERIMENT: ContextVar[Experiment | None] = ContextVar("polarity_experiment", default=None)


@contextmanager
def experiment(model: PolarityModel | None) -> Iterator[Experiment]:
    """Within the block, :func:`learned_rulings` uses ``model`` and records its inputs."""
    run = Experiment(model)
    token = _EXPERIMENT.set(run)
    try:
        yield run
    finally:
        _EXPERIMENT.reset(token)


def learned_rulings(
    order: OrderText,
    rulings: Sequence[ArgumentRuling],
    candidates: Mapping[SegmentId, Sequence[Sentence]],
    parties: PartyNames,
    model: PolarityModel | None = None,
    arguments: Sequence[SegmentInfo] = (),
) -> list[ArgumentRuling]:
    """The rulings, each one that only followed a fallback replaced by the learned reading of
    its argument's candidate sentences when the model is confident (basis ``learned``).
    ``arguments`` (the argument units) are only recorded for a measurement."""
    run = _EXPERIMENT.get()
    if run is not None:
        frozen = {a: tuple(s) for a, s in candidates.items()}
        run.seen.append(Seen(order, parties, tuple(rulings), frozen, tuple(arguments)))
        model = run.model
    elif model is None:
        model = load_polarity()
    if model is None:
        return list(rulings)
    places = sentence_places(order)
    return [
        _relearned(r, candidates.get(r.argument, ()), parties, model, places)
        if r.basis in UNDECIDED
        else r
        for r in rulings
    ]


def _relearned(
    ruling: ArgumentRuling,
    sentences: Sequence[Sentence],
    parties: PartyNames,
    model: PolarityModel,
    places: Mapping[tuple[int, int, str], str],
) -> ArgumentRuling:
    read = [
        (sentence, features, model.score(features) - model.bias)
        for sentence in sentences
        if (features := sentence_features(sentence.text, parties, places.get(_key(sentence), "")))
    ]
    total = sum(s for _, _, s in read)
    if abs(total) < model.margin:
        return ruling
    side = Side.MOVANT if total > 0 else Side.RESPONDENT
    strongest = sorted(read, key=lambda r: -abs(r[2]))
    shown = [
        Evidence(s.text, s.page, s.line, "learned: " + ", ".join(model.carried(f, side)), side)
        for s, f, score in strongest
        if (score > 0) == (side is Side.MOVANT)
    ][:3]
    confidence = 1 / (1 + math.exp(-abs(total)))
    return replace(
        ruling, side=side, confidence=round(confidence, 3), evidence=tuple(shown), basis="learned"
    )


# ------------------------------------------------------------------ fitting and the weights file


def fit_polarity(
    examples: Sequence[tuple[Sequence[str], bool]],
    margin: float = 1.0,
    l2: float = 1e-3,
    epochs: int = 20,
    min_count: int = 2,
) -> PolarityModel:
    """A logistic regression (True = for the movant) fitted by stochastic gradient descent with
    an L2 penalty (examples in a fixed shuffled order), over the features seen in at least
    ``min_count`` examples."""
    counts: dict[str, int] = {}
    for features, _ in examples:
        for f in set(features):
            counts[f] = counts.get(f, 0) + 1
    rows = [([f for f in set(fs) if counts[f] >= min_count], label) for fs, label in examples]
    order = list(range(len(rows)))
    random.Random(0).shuffle(order)
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(epochs):
        rate = 0.2 / (1 + epoch)
        for i in order:
            features, label = rows[i]
            z = bias + sum(weights.get(f, 0.0) for f in features)
            error = 1 / (1 + math.exp(-max(min(z, 30.0), -30.0))) - float(label)
            bias -= rate * error
            for f in features:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (error + l2 * w)
    shown = {f: round(w, 4) for f, w in weights.items() if abs(w) >= 1e-3}
    return PolarityModel(shown, round(bias, 4), margin)


def save_polarity(model: PolarityModel, path: Path, command: str) -> None:
    """Write the model as the weights file (sorted, with the command that fitted it)."""
    data = {
        "fitted_by": command,
        "bias": model.bias,
        "margin": model.margin,
        "weights": dict(sorted(model.weights.items())),
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load_polarity() -> PolarityModel | None:
    """The bundled weights; None when none are shipped (the cue rules alone)."""
    path = RESOURCES / POLARITY_FILE
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return PolarityModel(dict(data["weights"]), float(data["bias"]), float(data["margin"]))
