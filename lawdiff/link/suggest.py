"""Suggest which answering sections rebut which moving-side arguments, and say why.

Every candidate pair (:mod:`lawdiff.link.scoring`) is scored by the fitted model
(:mod:`lawdiff.link.model`): the score is a calibrated probability that the target answers the
source. Suggestions at or above the threshold are the linker's proposals; every moving argument
without one still gets its best candidates, marked weak, so a reviewer can pick one.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import LinkSuggestion, Reason, Relation, SegmentInfo
from lawdiff.core.progress import Progress, no_progress
from lawdiff.link import relations
from lawdiff.link.candidates import cosine, inverse_document_frequency, tfidf_vectors
from lawdiff.link.model import LinkModel, SecondaryRule, load_model
from lawdiff.link.scoring import SIGNAL_OF, PairRow, pair_rows
from lawdiff.link.textnorm import content_words, is_structural
from lawdiff.link.units import build_units

DEFAULT_THRESHOLD = load_model().threshold  # fitted with the weights (docs/linking.md)
DEFAULT_FLOOR = load_model().floor  # an argument's best candidate from this score (fitted too)
RELATIVE_CUT = 0.5  # a suggestion must also reach this share of its source's best score
FLOOR_MARGIN = 1.5  # below the threshold, a best candidate must lead the second by this factor
MAX_PER_SOURCE = 5  # more candidates than a reviewer reads for one argument are noise
WEAK_CANDIDATES = 2  # shown for an argument with no suggestion at the threshold
WEAK_FLOOR = 0.01  # ... when they reach at least this score (1 in 100)
WEAK = "weak"  # the signal of the reason that marks a weak candidate


def suggest_rebuttals(
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    *,
    threshold: float | None = None,
    progress: Progress = no_progress,
    claim_names: Mapping[str, str] | None = None,
    model: LinkModel | None = None,
    fold: Collection[DocumentId] = frozenset(),
) -> list[LinkSuggestion]:
    """Suggest which argument units of ``targets`` answer which units of ``sources``.

    Args:
        sources: every segment of the moving-side document(s) (complaint or motion, or the
            opposition when a reply answers it).
        targets: every segment of the answering document.
        threshold: the least score to suggest; None for the model's own. With a
            threshold of 0 every scored candidate comes back (for ranking and evaluation).
        progress: told how far scoring is; may raise Cancelled.
        claim_names: how reasons name claims ("Breach of contract" for "contract.breach");
            by default a name is made from the id.
        model: the fitted weights; the bundled ``resources/link_model.json`` by default.
        fold: documents whose numbered paragraphs fold into the heading above them
            (:func:`lawdiff.link.units.folding_documents`); none by default.

    Returns:
        Suggestions ordered by source unit in document order, best score first. With a
        threshold above 0, a source with no suggestion gets up to :data:`WEAK_CANDIDATES`
        candidates marked weak (a reason with signal ``"weak"``; ``LinkSuggestion.weak``).
    """
    fitted = model or load_model()
    scored = score_pairs(
        sources, targets, progress=progress, claim_names=claim_names, model=fitted, fold=fold
    )
    limit = fitted.threshold if threshold is None else threshold
    if limit <= 0.0:  # every scored candidate: nothing to select, no outline to read
        return scored
    chosen = select_links(
        scored,
        limit,
        fitted.floor if threshold is None else None,
        secondary=fitted.secondary,
        outline=answer_outline(sources, targets, fold),
    )
    return _with_weak_candidates(scored, chosen)


@dataclass(frozen=True)
class AnswerOutline:
    """What the secondary rule reads of the answering filing's outline.

    Attributes:
        parents: each answering unit's enclosing unit.
        lead_in: TF-IDF cosine of a moving argument with an enclosing unit's own lead-in (its
            heading and the paragraphs above its first sub-section), for every enclosing unit.
    """

    parents: Mapping[SegmentId, SegmentId]
    lead_in: Mapping[tuple[SegmentId, SegmentId], float]


def answer_outline(
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    fold: Collection[DocumentId] = frozenset(),
) -> AnswerOutline:
    """The answering units' parents and how far each parent's lead-in speaks to each argument.

    ``fold``: documents whose numbered paragraphs belong to their heading's unit.
    """
    right = build_units(targets, fold)
    parents = {u.id: u.parent for u in right if u.parent is not None}
    # a part heading (ARGUMENT) encloses every argument and answers none
    enclosing = [u for u in right if u.id in set(parents.values()) and not is_structural(u.heading)]
    if not enclosing:  # a flat answer: no lead-ins to read
        return AnswerOutline(parents, {})
    left = build_units(sources, fold)
    tokens = [content_words(u.text) for u in [*left, *enclosing]]
    vectors = tfidf_vectors(tokens, inverse_document_frequency(tokens))
    mine, theirs = vectors[: len(left)], vectors[len(left) :]
    lead_in = {
        (s.id, t.id): cosine(a, b)
        for s, a in zip(left, mine, strict=True)
        for t, b in zip(enclosing, theirs, strict=True)
    }
    return AnswerOutline(parents, lead_in)


def select_links(
    scored: Sequence[LinkSuggestion],
    threshold: float,
    floor: float | None = None,
    *,
    secondary: SecondaryRule | None = None,
    outline: AnswerOutline | None = None,
) -> list[LinkSuggestion]:
    """The suggestions of ``scored`` that pass ``threshold`` and the per-source relative cut.

    A source's best candidate is also suggested from ``floor`` (at most the threshold; None:
    the threshold) when it leads the second by :data:`FLOOR_MARGIN`: most arguments are
    answered somewhere, so an argument's clearly closest candidate is likelier right than
    another argument's second one at the same score; an argument nothing answers has several
    candidates about as weak (the sample's bond argument: 0.30 and 0.26). An argument with a
    chosen answer may also get secondary ones by ``secondary`` (:func:`_secondary`; the
    parent rule needs ``outline``). At most :data:`MAX_PER_SOURCE` per source
    are kept, the best first; order is preserved.
    """
    if threshold <= 0.0:
        return list(scored)
    low = threshold if floor is None else min(floor, threshold)
    best: dict[SegmentId, float] = {}
    second: dict[SegmentId, float] = {}
    for suggestion in scored:
        key, score = suggestion.source, suggestion.score
        if score > best.get(key, 0.0):
            second[key], best[key] = best.get(key, 0.0), score
        else:
            second[key] = max(second.get(key, 0.0), score)
    clear = {key for key, score in best.items() if score >= FLOOR_MARGIN * second[key]}
    kept = [
        s
        for s in scored
        if s.score >= RELATIVE_CUT * best[s.source]
        and (
            s.score >= threshold
            or (s.score >= low and s.score == best[s.source] and s.source in clear)
        )
    ]
    if secondary is not None:
        kept = _secondary(scored, kept, best, secondary, outline or AnswerOutline({}, {}), low)
    ranked = sorted(kept, key=lambda s: -s.score)
    per_source: dict[SegmentId, int] = {}
    allowed = set()
    for suggestion in ranked:
        if per_source.get(suggestion.source, 0) < MAX_PER_SOURCE:
            per_source[suggestion.source] = per_source.get(suggestion.source, 0) + 1
            allowed.add(id(suggestion))
    return [s for s in kept if id(s) in allowed]


def _secondary(
    scored: Sequence[LinkSuggestion],
    kept: Sequence[LinkSuggestion],
    best: Mapping[SegmentId, float],
    rule: SecondaryRule,
    outline: AnswerOutline,
    low: float,
) -> list[LinkSuggestion]:
    """``kept`` plus the secondary answers of the arguments it answers, in ``scored`` order.

    A secondary answer (docs/labelling.md) is the section enclosing the argument's best chosen
    answer when its own lead-in speaks to the argument (TF-IDF cosine ``rule.parent``: a
    lead-in that only announces its sub-sections shares few of the argument's words; and,
    with ``rule.parent_rank``, among the argument's closest candidates by score), a
    section another argument's best answer is (a merged answer: ``rule.merged``) or a
    candidate close to the best (the second half of a split answer: ``rule.near`` of the
    best, and at least ``low``).
    """
    top: dict[SegmentId, SegmentId] = {}
    for s in kept:
        if s.score == best[s.source] and s.source not in top:
            top[s.source] = s.target
    answers = set(top.values())
    chosen = {(s.source, s.target) for s in kept}
    lead_ins = _lead_in_answers(top, outline, rule.parent)
    if rule.parent_rank:
        ranked = _ranks(scored)
        lead_ins = {pair for pair in lead_ins if ranked.get(pair, 0) <= rule.parent_rank}
    extra: set[tuple[SegmentId, SegmentId]] = set()
    for s in scored:
        if s.source not in top or (s.source, s.target) in chosen:
            continue
        mine = top[s.source]
        if (
            (s.source, s.target) in lead_ins
            or (s.target in answers and s.target != mine and s.score >= rule.merged)
            or (s.score >= rule.near * best[s.source] and s.score >= low)
        ):
            extra.add((s.source, s.target))
    keep = chosen | extra
    return [s for s in scored if (s.source, s.target) in keep]


def _lead_in_answers(
    top: Mapping[SegmentId, SegmentId], outline: AnswerOutline, least: float
) -> set[tuple[SegmentId, SegmentId]]:
    """(argument, enclosing section) pairs whose lead-in answers the argument: the section
    encloses the argument's chosen answer and its own lead-in speaks to the argument (TF-IDF
    cosine ``least``), however many other arguments are answered below it (link11: a lead-in
    that speaks to several sub-arguments answers each of them generally as often as not)."""
    found: set[tuple[SegmentId, SegmentId]] = set()
    for source, target in top.items():
        parent = outline.parents.get(target)
        if parent is not None and outline.lead_in.get((source, parent), 0.0) >= least:
            found.add((source, parent))
    return found


def _ranks(scored: Sequence[LinkSuggestion]) -> dict[tuple[SegmentId, SegmentId], int]:
    """Each pair's rank among its source's candidates in ``scored`` (best first per source)."""
    seen: dict[SegmentId, int] = {}
    ranks: dict[tuple[SegmentId, SegmentId], int] = {}
    for s in scored:
        seen[s.source] = seen.get(s.source, 0) + 1
        ranks[(s.source, s.target)] = seen[s.source]
    return ranks


def _with_weak_candidates(
    scored: Sequence[LinkSuggestion], chosen: Sequence[LinkSuggestion]
) -> list[LinkSuggestion]:
    """``chosen`` plus, for each source with nothing chosen, its best candidates marked weak."""
    answered = {s.source for s in chosen}
    weak: dict[SegmentId, list[LinkSuggestion]] = {}
    for suggestion in scored:  # best first per source
        mine = weak.setdefault(suggestion.source, [])
        if (
            suggestion.source not in answered
            and len(mine) < WEAK_CANDIDATES
            and suggestion.score >= WEAK_FLOOR
        ):
            note = Reason(WEAK, 0.0, "below the threshold: a weak candidate, for review")
            mine.append(
                LinkSuggestion(
                    suggestion.source,
                    suggestion.target,
                    suggestion.score,
                    suggestion.relation,
                    (*suggestion.reasons, note),
                )
            )
    order = list(dict.fromkeys(s.source for s in scored))
    by_source: dict[SegmentId, list[LinkSuggestion]] = {}
    for suggestion in chosen:
        by_source.setdefault(suggestion.source, []).append(suggestion)
    return [s for source in order for s in by_source.get(source) or weak.get(source, [])]


def score_pairs(
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    *,
    progress: Progress = no_progress,
    claim_names: Mapping[str, str] | None = None,
    model: LinkModel | None = None,
    fold: Collection[DocumentId] = frozenset(),
) -> list[LinkSuggestion]:
    """Every candidate pair of argument units with its calibrated score, best first per source.

    ``fold``: documents whose numbered paragraphs belong to their heading's unit.
    """
    progress(0, 1, "scoring rebuttal candidates")
    with _cyclic_collector_paused():
        rows = pair_rows(sources, targets, claim_names=claim_names, fold=fold)
        scored = suggestions_of(rows, model or load_model())
    progress(1, 1, "scoring rebuttal candidates")
    return scored


@contextmanager
def _cyclic_collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (if it runs) for the block.

    Scoring allocates a few small dicts, tuples and reasons per candidate pair, none of them
    in a reference cycle: reference counting frees every one. The collector's repeated passes
    over them were about a tenth of the time at 2,000 × 2,000 units (docs/linking.md, "Scale").
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def suggestions_of(rows: Sequence[PairRow], model: LinkModel) -> list[LinkSuggestion]:
    """The scored suggestions of ``rows``, best first per source, with the relation of an
    enclosing section beaten by one of its sub-sections made responds-generally."""
    found: dict[SegmentId, list[tuple[LinkSuggestion, PairRow]]] = {}
    pushing = _signal_weights(model.features, model.weights)
    for row in rows:
        found.setdefault(row.source, []).append((_suggestion(row, model, pushing), row))
    return [s for group in found.values() for s in _lead_ins_respond_generally(group)]


def _lead_ins_respond_generally(
    group: Sequence[tuple[LinkSuggestion, PairRow]],
) -> list[LinkSuggestion]:
    """One source's suggestions, best first, with an enclosing section that scores below one
    of its own sub-sections marked responds-generally: its lead-in announces the answer, the
    sub-section gives it (docs/labelling.md, "primary and secondary links")."""
    score = {row.target: s.score for s, row in group}
    beaten: set[SegmentId] = set()
    for _, row in group:
        parent = row.target_parent
        if parent is not None and parent in score and score[parent] < score[row.target]:
            beaten.add(parent)
    ranked = sorted(group, key=lambda pair: -pair[0].score)
    return [
        replace(s, relation=Relation.RESPONDS_GENERALLY)
        if s.target in beaten and s.relation is Relation.REBUTS
        else s
        for s, _ in ranked
    ]


def suggestion(row: PairRow, model: LinkModel) -> LinkSuggestion:
    """The scored suggestion of one pair, its reasons weighted by their part in the score."""
    return _suggestion(row, model, _signal_weights(model.features, model.weights))


def _suggestion(
    row: PairRow, model: LinkModel, pushing: Sequence[tuple[int, str, float]]
) -> LinkSuggestion:
    """:func:`suggestion`, with the features that push a signal (:func:`_signal_weights`)."""
    # "Compl. ¶ 31" naming a paragraph is explicit: the model, fitted on briefs' sections,
    # never sees a paragraph without a heading, so the cite's strength is the least score.
    score = round(max(model.probability(row.values), row.cited), 6)
    pushes: dict[str, float] = {}
    for index, signal, weight in pushing:
        push = weight * row.values[index]
        if push > 0.0:  # a feature at 0 pushes nothing
            pushes[signal] = pushes.get(signal, 0.0) + push
    total = sum(pushes.values()) or 1.0
    reasons = [  # every signal that fired, weighted by its part in the score (0 if none)
        Reason(r.signal, round(score * pushes.get(signal, 0.0) / total, 4), r.text)
        for signal, r in row.reasons.items()
    ]
    reasons.sort(key=lambda r: -r.weight)
    kinds = {r.signal for r in reasons if r.weight >= 0.05 * score}
    relation = relations.relation(
        kinds,
        structural=row.structural,
        concedes=row.concedes,
        distinguishes=row.distinguishes,
    )
    return LinkSuggestion(row.source, row.target, score, relation, tuple(reasons))


@lru_cache(maxsize=16)
def _signal_weights(
    features: tuple[str, ...], weights: tuple[float, ...]
) -> tuple[tuple[int, str, float], ...]:
    """(index, signal, weight) of every feature that speaks for a signal, in feature order."""
    return tuple(
        (index, SIGNAL_OF[name], weight)
        for index, (name, weight) in enumerate(zip(features, weights, strict=True))
        if name in SIGNAL_OF
    )
