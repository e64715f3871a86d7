"""``lawdiff evaluate links``: lawdiff and three baselines on every labelled pair, one run.

lawdiff's model is fitted leave-one-case-out: the pairs of one case are scored by weights
fitted on the other cases only (their as-imported and JSON variants). The baselines are not
fitted, but their thresholds are, the same way. Figures: top-1 and MRR over the moving
arguments that have a gold answer; precision, recall and F1 of the links suggested at the
threshold, over the moving arguments the gold judges (answered or listed unanswered).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkSuggestion
from lawdiff.evaluation.linkpairs import LINK_KINDS, PairCase, all_cases
from lawdiff.link import build_units, select_links
from lawdiff.link.baseline import heading_token_set
from lawdiff.link.candidates import cosine, inverse_document_frequency, tfidf_vectors
from lawdiff.link.model import OFF, LinkModel, SecondaryRule, fit, load_model, save_model
from lawdiff.link.scoring import FEATURES, PairRow, pair_rows
from lawdiff.link.suggest import AnswerOutline, answer_outline, suggestion, suggestions_of
from lawdiff.link.textnorm import content_words

TRAIN_VARIANTS = frozenset({"text", "pdf", "json"})
SCORERS = ("lawdiff", "heading", "tfidf", "bm25")
NEGATIVES_PER_SOURCE = 10  # training keeps every gold pair and a source's closest others
FIT_COMMAND = "lawdiff evaluate links --fit"
MODEL_PATH = "resources/link_model.json"
PARENT_GRID = (0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, OFF)  # least lead-in cosines tried
MERGED_GRID = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, OFF)  # least scores tried
NEAR_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, OFF)  # least shares of the best tried
SECONDARY_GAIN = 0.005  # a secondary rule is switched on only for half a point of training F1
PARENT_RANK_GRID = (0.0, 5.0, 4.0, 3.0, 2.0)  # a lead-in's furthest ranks tried (0: any)
# Selection is fitted for F-beta with beta < 1 (precision weighted): fresh pairs' mid scores are
# right less often than the tuning cases' (docs/linking.md, "link14"); figures stay F1.
FIT_BETA = 0.7
_OUTLINES: dict[int, AnswerOutline] = {}  # case id → its answering outline (secondary rule)

Ranked = dict[SegmentId, list[tuple[SegmentId, float]]]  # source → (target, score), best first


@dataclass(frozen=True)
class Figures:
    """Scores of one scorer on a set of cases."""

    asked: int
    top1: float
    mrr: float
    precision: float
    recall: float
    f1: float


@dataclass
class _Scored:
    case: PairCase
    ranked: dict[str, Ranked]
    chosen: dict[str, set[tuple[SegmentId, SegmentId]]]


def run_link_table(
    corpus_dir: Path | None, *, refit: bool = False, held_out_only: bool = False
) -> str:
    """The whole evaluation as text; with ``refit``, also fit on every case and save the model.

    With ``held_out_only``, only the held-out sets are scored: each is scored, as in the full
    run, by the one model (and baseline thresholds) fitted on every tuning case, so their
    figures are those of a full run, without the leave-one-case-out fits of the tuning cases.
    """
    skipped: list[str] = []
    cases = list(all_cases(corpus_dir, skipped))
    rows = {id(c): pair_rows(c.sources, c.targets, fold=c.fold) for c in cases}
    _OUTLINES.update({id(c): answer_outline(c.sources, c.targets, c.fold) for c in cases})
    fittable = fitting_cases(cases)
    scored_cases = [c for c in cases if c.held_out] if held_out_only else cases
    models, thresholds = _fold_models(fittable, sorted({c.group for c in scored_cases}), rows)
    scored = [_score(c, rows[id(c)], models[c.group], thresholds[c.group]) for c in scored_cases]
    parts = [_table(scored), _by_kind(scored), _rules(models)]
    held = [s.case for s in scored if s.case.held_out]
    if held:
        parts.append(shipped_table(held, rows, thresholds, load_model()))
    parts.append(_reliability(scored, rows, models))
    if skipped:
        parts.append("Pairs left out:\n" + "\n".join(f"  {note}" for note in skipped))
    parts.append(_relations(scored, rows, models))
    from lawdiff.evaluation.linkrelations import run_relation_examples

    parts.append(run_relation_examples(corpus_dir))
    if refit:
        model = _fit(fittable, rows)
        from lawdiff.core.paths import resource_path

        save_model(model, resource_path("link_model.json"), FIT_COMMAND)
        names = ", ".join(sorted({c.group for c in fittable}))
        parts.append(f"fitted on every case but the held-out sets ({names}); saved {MODEL_PATH}")
    return "\n\n".join(parts)


def _fold_models(
    fittable: Sequence[PairCase], groups: Sequence[str], rows: Mapping[int, Sequence[PairRow]]
) -> tuple[dict[str, LinkModel], dict[str, dict[str, float]]]:
    """Per case group, the model and baseline thresholds fitted on every other tuning case;
    groups no tuning case belongs to (the held-out sets) share one fit on all of them."""
    models: dict[str, LinkModel] = {}
    thresholds: dict[str, dict[str, float]] = {}
    tuning_groups = {c.group for c in fittable}
    shared: tuple[LinkModel, dict[str, float]] | None = None
    for group in groups:
        if group in tuning_groups:
            others = [c for c in fittable if c.group != group]
            models[group], thresholds[group] = _fit(others, rows), _baseline_thresholds(others)
            continue
        if shared is None:
            shared = _fit(fittable, rows), _baseline_thresholds(fittable)
        models[group], thresholds[group] = shared
    return models, thresholds


def shipped_table(
    cases: Sequence[PairCase],
    rows: Mapping[int, Sequence[PairRow]],
    thresholds: Mapping[str, Mapping[str, float]],
    model: LinkModel,
) -> str:
    """The held-out ``cases`` scored again by ``model`` as it is (the shipped one: what
    ``lawdiff link`` suggests), not by a fit on the tuning cases; baselines as in the main table."""
    again = [_score(c, rows[id(c)], model, thresholds[c.group]) for c in cases]
    title = (
        f"The held-out sets scored by the shipped model as it is ({MODEL_PATH}: fitted on "
        f"{len(model.fitted_on)} pairs, threshold {model.threshold:.2f}, floor "
        f"{model.floor if model.floor is not None else 'none'}): what `lawdiff link` suggests"
    )
    return title + "\n" + _table(again)


def fitting_cases(cases: Sequence[PairCase]) -> list[PairCase]:
    """The cases any model may be fitted on: all but the held-out sets (``"set":
    "held-out (…)"``), which no leave-one-case-out model and no shipped model ever sees."""
    return [c for c in cases if not c.held_out]


def _labels(case: PairCase, rows: Sequence[PairRow]) -> list[tuple[PairRow, bool]]:
    """The rows of judged sources with their gold label, a source's closest negatives only."""
    by_source: dict[SegmentId, list[PairRow]] = {}
    for row in rows:
        if row.source in case.judged:
            by_source.setdefault(row.source, []).append(row)
    kept: list[tuple[PairRow, bool]] = []
    heading, body = FEATURES.index("heading"), FEATURES.index("body")
    for group in by_source.values():
        group.sort(key=lambda r: -(r.values[heading] + r.values[body]))
        negatives = 0
        for row in group:
            label = (row.source, row.target) in case.gold
            if label or negatives < NEGATIVES_PER_SOURCE:
                kept.append((row, label))
                negatives += not label
    return kept


def _fit(cases: Sequence[PairCase], rows: Mapping[int, Sequence[PairRow]]) -> LinkModel:
    data = [
        pair
        for case in cases
        if case.variant in TRAIN_VARIANTS
        for pair in _labels(case, rows[id(case)])
    ]
    names = sorted({c.name for c in cases})
    model = fit(FEATURES, [r.values for r, _ in data], [y for _, y in data], fitted_on=names)
    training = [c for c in cases if c.variant in TRAIN_VARIANTS]
    scored = [(c, _ordered([suggestion(r, model) for r in rows[id(c)]])) for c in training]
    grid = [(t / 20, f / 20) for t in range(2, 19) for f in range(1, t + 1)]
    threshold, floor = max(grid, key=lambda tf: _lawdiff_f1(scored, *tf))
    model = replace(model, threshold=threshold, floor=floor)
    return replace(model, secondary=_fit_secondary(scored, model))


def _fit_secondary(
    scored: Sequence[tuple[PairCase, list[LinkSuggestion]]], model: LinkModel
) -> SecondaryRule:
    """The secondary rule with the best F1 on ``scored`` (training cases), one value at a time
    (two rounds), each kept only when it raises F1 by :data:`SECONDARY_GAIN`: a rule that does
    not earn it stays off."""
    rule = SecondaryRule()
    best = _lawdiff_f1(scored, model.threshold, model.floor, rule)
    for _ in range(2):
        for name, grid in (("parent", PARENT_GRID), ("merged", MERGED_GRID), ("near", NEAR_GRID)):
            for value in grid:
                trial = replace(rule, **{name: value})
                f1 = _lawdiff_f1(scored, model.threshold, model.floor, trial)
                if f1 > best + SECONDARY_GAIN:
                    rule, best = trial, f1
    return _fit_parent_rank(scored, model, rule)


def _fit_parent_rank(
    scored: Sequence[tuple[PairCase, list[LinkSuggestion]]],
    model: LinkModel,
    rule: SecondaryRule,
) -> SecondaryRule:
    """``rule`` with the parent rule's furthest rank of best training F1 (the loosest of equals).

    It only takes links away from a rule already switched on, so it is fitted as the
    threshold is, with no least gain (docs/linking.md, "link13")."""
    if rule.parent > 1.0:
        return rule
    trials = [replace(rule, parent_rank=rank) for rank in PARENT_RANK_GRID]
    return max(trials, key=lambda r: _lawdiff_f1(scored, model.threshold, model.floor, r))


def _ordered(suggestions: Sequence[LinkSuggestion]) -> list[LinkSuggestion]:
    by_source: dict[SegmentId, list[LinkSuggestion]] = {}
    for s in suggestions:
        by_source.setdefault(s.source, []).append(s)
    return [s for group in by_source.values() for s in sorted(group, key=lambda s: -s.score)]


def _lawdiff_f1(
    scored: Sequence[tuple[PairCase, list[LinkSuggestion]]],
    threshold: float,
    floor: float | None,
    rule: SecondaryRule | None = None,
) -> float:
    """The fitting objective of a selection on training cases: F-beta (:data:`FIT_BETA`)."""
    correct = predicted = gold = 0
    for case, ordered in scored:
        picked = _select(case, ordered, threshold, floor, rule)
        chosen = {(s.source, s.target) for s in picked}
        chosen = {p for p in chosen if p[0] in case.judged}
        correct += len(chosen & case.gold)
        predicted += len(chosen)
        gold += len(case.gold)
    return f_beta(correct, predicted, gold, FIT_BETA)


def f_beta(correct: int, predicted: int, gold: int, beta: float) -> float:
    """F-beta of ``correct`` links among ``predicted`` and ``gold`` (beta < 1: precision
    counts more)."""
    p, r, _ = _f1(correct, predicted, gold)
    weight = beta * beta
    return (1 + weight) * p * r / (weight * p + r) if p + r else 0.0


def _score(
    case: PairCase, rows: Sequence[PairRow], model: LinkModel, thresholds: Mapping[str, float]
) -> _Scored:
    ours = _ordered([suggestion(row, model) for row in rows])
    ranked: dict[str, Ranked] = {"lawdiff": _rank((s.source, s.target, s.score) for s in ours)}
    for name, scorer in BASELINES.items():
        ranked[name] = scorer(case)
    mine = _select(case, ours, model.threshold, model.floor, model.secondary)
    chosen = {"lawdiff": {(s.source, s.target) for s in mine}}
    for name in BASELINES:
        chosen[name] = _above(ranked[name], thresholds[name])
    return _Scored(case, ranked, chosen)


def _select(
    case: PairCase,
    ordered: Sequence[LinkSuggestion],
    threshold: float,
    floor: float | None,
    rule: SecondaryRule | None,
) -> list[LinkSuggestion]:
    outline = _OUTLINES.get(id(case)) or answer_outline(case.sources, case.targets, case.fold)
    return select_links(ordered, threshold, floor, secondary=rule, outline=outline)


def _rank(triples: Iterable[tuple[SegmentId, SegmentId, float]]) -> Ranked:
    ranked: Ranked = {}
    for source, target, score in triples:
        ranked.setdefault(source, []).append((target, score))
    for group in ranked.values():
        group.sort(key=lambda p: -p[1])
    return ranked


def _above(ranked: Ranked, threshold: float) -> set[tuple[SegmentId, SegmentId]]:
    return {(s, t) for s, group in ranked.items() for t, score in group if score >= threshold}


# ------------------------------------------------------------------------------ baselines


def _heading_baseline(case: PairCase) -> Ranked:
    """rapidfuzz token_set_ratio of the two headings, numbering stripped and lower-cased."""
    left, right = build_units(case.sources, case.fold), build_units(case.targets, case.fold)
    return _rank((s.id, t.id, heading_token_set(s.heading, t.heading)) for s in left for t in right)


def _tfidf_baseline(case: PairCase) -> Ranked:
    """TF-IDF cosine of heading + body, IDF over the case's units."""
    left, right = build_units(case.sources, case.fold), build_units(case.targets, case.fold)
    tokens = [content_words(u.text) for u in [*left, *right]]
    vectors = tfidf_vectors(tokens, inverse_document_frequency(tokens))
    mine, theirs = vectors[: len(left)], vectors[len(left) :]
    return _rank(
        (s.id, t.id, cosine(a, b))
        for s, a in zip(left, mine, strict=True)
        for t, b in zip(right, theirs, strict=True)
    )


def _bm25_baseline(case: PairCase) -> Ranked:
    """Okapi BM25 (k1 1.2, b 0.75) of each moving unit's words against the answering units,
    divided by the source's best so a threshold means the same for every source."""
    left, right = build_units(case.sources, case.fold), build_units(case.targets, case.fold)
    counts = [Counter(content_words(u.text)) for u in right]
    average = sum(sum(c.values()) for c in counts) / max(len(counts), 1) or 1.0
    frequency: Counter[str] = Counter(t for c in counts for t in c)
    idf = {t: math.log(1 + (len(counts) - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
    triples: list[tuple[SegmentId, SegmentId, float]] = []
    for source in left:
        query = set(content_words(source.text))
        scores = []
        for c in counts:
            norm = 1.2 * (0.25 + 0.75 * sum(c.values()) / average)
            scores.append(sum(idf[w] * c[w] * 2.2 / (c[w] + norm) for w in query & c.keys()))
        best = max(scores, default=0.0) or 1.0
        triples.extend((source.id, t.id, s / best) for t, s in zip(right, scores, strict=True))
    return _rank(triples)


BASELINES: dict[str, Callable[[PairCase], Ranked]] = {
    "heading": _heading_baseline,
    "tfidf": _tfidf_baseline,
    "bm25": _bm25_baseline,
}


def _baseline_thresholds(cases: Sequence[PairCase]) -> dict[str, float]:
    """Each baseline's threshold with the best F1 over ``cases`` (the training cases)."""
    training = [c for c in cases if c.variant in TRAIN_VARIANTS]
    ranked = {name: [(c, scorer(c)) for c in training] for name, scorer in BASELINES.items()}
    best: dict[str, float] = {}
    for name, items in ranked.items():
        grid = [i / 20 for i in range(1, 20)]
        best[name] = max(grid, key=lambda t: _pooled_f1(items, t))
    return best


def _pooled_f1(items: Sequence[tuple[PairCase, Ranked]], threshold: float) -> float:
    correct = predicted = gold = 0
    for case, ranked in items:
        chosen = {p for p in _above(ranked, threshold) if p[0] in case.judged}
        correct += len(chosen & case.gold)
        predicted += len(chosen)
        gold += len(case.gold)
    return _f1(correct, predicted, gold)[2]


def _f1(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------------------ figures


def figures(scored: Sequence[_Scored], scorer: str) -> Figures:
    """Pooled figures of one scorer over ``scored`` cases."""
    reciprocal: list[float] = []
    correct = predicted = gold = 0
    for item in scored:
        ranked = item.ranked[scorer]
        for source in item.case.asked:
            order = [t for t, _ in ranked.get(source, [])]
            rank = next((i + 1 for i, t in enumerate(order) if (source, t) in item.case.gold), None)
            reciprocal.append(1.0 / rank if rank else 0.0)
        chosen = {p for p in item.chosen[scorer] if p[0] in item.case.judged}
        correct += len(chosen & item.case.gold)
        predicted += len(chosen)
        gold += len(item.case.gold)
    p, r, f = _f1(correct, predicted, gold)
    n = len(reciprocal)
    top1 = sum(x == 1.0 for x in reciprocal) / n if n else 0.0
    return Figures(n, top1, sum(reciprocal) / n if n else 0.0, p, r, f)


def _line(label: str, scored: Sequence[_Scored]) -> str:
    cells = []
    for scorer in SCORERS:
        f = figures(scored, scorer)
        cells.append(f"{f.top1:5.2f} {f.mrr:5.2f} {f.precision:5.2f} {f.recall:5.2f} {f.f1:5.2f}")
    asked = figures(scored, "lawdiff").asked
    return f"{label:<44} {asked:>3} | " + " | ".join(cells)


def _table(scored: Sequence[_Scored]) -> str:
    head = " top1   MRR     P     R    F1"
    lines = [
        "Rebuttal links: lawdiff (fitted leave-one-case-out) against three baselines, one run.",
        "Each case's pairs are scored by a model fitted on the other cases' text/PDF and JSON "
        "imports; baseline thresholds are fitted the same way. rc = the answer cites the "
        "motion's record.",
        f"{'pair / variant':<44} {'n':>3} | " + " | ".join(f"{name:^29}" for name in SCORERS),
        f"{'':<44} {'':>3} | " + " | ".join(head for _ in SCORERS),
    ]
    names = sorted({s.case.name for s in scored})
    for name in names:
        for item in scored:
            if item.case.name == name and item.case.variant in TRAIN_VARIANTS:
                rc = " rc" if item.case.record_cites else ""
                miss = f" ({item.case.unmatched} unmatched)" if item.case.unmatched else ""
                lines.append(_line(f"{name} [{item.case.variant}]{rc}{miss}", [item]))
    lines.append("")
    variants = list(dict.fromkeys(s.case.variant for s in scored))
    for variant in variants:
        lines.append(_line(f"ALL [{variant}]", [s for s in scored if s.case.variant == variant]))
    imports = [s for s in scored if s.case.variant in TRAIN_VARIANTS]
    lines.append(_line("ALL [as imported + json]", imports))
    lines.append(_line("  with record cites", [s for s in imports if s.case.record_cites]))
    lines.append(_line("  without record cites", [s for s in imports if not s.case.record_cites]))
    lines.append(_line("ALL [every variant]", scored))
    lines.append("")
    for variant in ("text", "pdf", "json"):
        new = [s for s in scored if s.case.new and s.case.variant == variant]
        if new:
            lines.append(_line(f"NEW pairs (issue 11 labeller) [{variant}]", new))
    for name in sorted({s.case.batch for s in scored if s.case.batch}):
        for variant in ("text", "pdf", "json"):
            batch = [s for s in scored if s.case.batch == name and s.case.variant == variant]
            if batch:  # a held-out set in capitals: never fitted on
                label = name.upper() if batch[0].case.held_out else name
                lines.append(_line(f"{label} [{variant}]", batch))
    matched = [_matched_only(s) for s in imports]
    lines.append(_line("ALL [as imported + json], matched headings only", matched))
    for variant in ("text", "pdf"):  # what segmentation costs: the same pairs, found headings
        found = [s for s in matched if s.case.variant == variant]
        lines.append(_line(f"ALL [{variant}], matched headings only", found))
    return "\n".join(lines)


def _by_kind(scored: Sequence[_Scored]) -> str:
    """Recall of each scorer by gold link type (primary, and the secondary kinds)."""
    imports = [s for s in scored if s.case.variant in TRAIN_VARIANTS]
    lines = [
        "Recall by gold link type (docs/labelling.md; as imported + json; held-out sets apart):",
        f"  {'type':<26} {'n':>4} | " + " | ".join(f"{name:>7}" for name in SCORERS),
    ]
    held = sorted({s.case.held_out for s in imports if s.case.held_out})
    for group in ("", *held):
        items = [s for s in imports if s.case.held_out == group]
        for kind in LINK_KINDS:
            cells = [_kind_recall(items, kind, name) for name in SCORERS]
            total = cells[0][1]
            if total:
                label = f"{kind} ({group})" if group else kind
                shares = " | ".join(f"{hit / total:7.2f}" for hit, _ in cells)
                lines.append(f"  {label:<26} {total:>4} | {shares}")
    return "\n".join(lines)


def _rules(models: Mapping[str, LinkModel]) -> str:
    """The selection values each left-out case was scored with (fitted on the others)."""
    lines = ["Selection fitted leave-one-case-out (threshold floor | parent merged near rank):"]
    for group, m in sorted(models.items()):
        rule = m.secondary
        cells = [f"{v:.2f}" if v <= 1.0 else " off" for v in (rule.parent, rule.merged, rule.near)]
        cells.append(f"{rule.parent_rank:.0f}" if rule.parent_rank else "any")
        lines.append(f"  {group:<34} {m.threshold:.2f} {m.floor or 0.0:.2f} | {' '.join(cells)}")
    return "\n".join(lines)


def _kind_recall(items: Sequence[_Scored], kind: str, scorer: str) -> tuple[int, int]:
    """Gold links of ``kind`` that ``scorer`` suggested, and how many there are."""
    hits = total = 0
    for item in items:
        for source, target, found in item.case.kinds:
            if found == kind:
                total += 1
                hits += (source, target) in item.chosen[scorer]
    return hits, total


def _matched_only(item: _Scored) -> _Scored:
    """The case without the gold arguments no imported heading carries (segmentation misses)."""
    asked = tuple(a for a in item.case.asked if a >= 0)
    return _Scored(replace(item.case, asked=asked), item.ranked, item.chosen)


def _reliability(
    scored: Sequence[_Scored],
    rows: Mapping[int, Sequence[PairRow]],
    models: Mapping[str, LinkModel],
) -> str:
    """Bins of lawdiff's held-out score against the share of gold links in each bin."""
    bins: list[list[int]] = [[0, 0] for _ in range(10)]
    for item in scored:
        model = models[item.case.group]
        for row in rows[id(item.case)]:
            if row.source not in item.case.judged:
                continue
            score = model.probability(row.values)
            cell = bins[min(int(score * 10), 9)]
            cell[0] += 1
            cell[1] += (row.source, row.target) in item.case.gold
    lines = ["Reliability of lawdiff's score (held-out, every variant): bin, pairs, observed share"]
    for i, (count, hits) in enumerate(bins):
        share = f"{hits / count:.2f}" if count else "  - "
        lines.append(f"  {i / 10:.1f}-{(i + 1) / 10:.1f}  {count:6d}  {share}")
    return "\n".join(lines)


def _relations(
    scored: Sequence[_Scored],
    rows: Mapping[int, Sequence[PairRow]],
    models: Mapping[str, LinkModel],
) -> str:
    """Relation accuracy on the gold pairs that name a relation (as-imported variants)."""
    right = total = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for item in scored:
        if item.case.variant not in ("text", "pdf") or not item.case.relations:
            continue
        made = suggestions_of(rows[id(item.case)], models[item.case.group])
        by_pair = {(s.source, s.target): s for s in made}  # as suggest_rebuttals labels them
        for source, target, wanted in item.case.relations:
            found = by_pair.get((source, target))
            if found is None:
                continue
            got = found.relation.value
            total += 1
            right += got == wanted
            confusion[(wanted, got)] += 1
    if not total:
        return "Relations: no gold relations found."
    lines = [
        f"Relations of gold links (brief pairs as imported): {right}/{total} = {right / total:.2f}"
    ]
    lines.extend(f"  gold {w:<20} -> {g:<20} {n}" for (w, g), n in sorted(confusion.items()))
    return "\n".join(lines)
