"""Suggest which answering sections rebut which moving-side arguments, and say why."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import (
    CitationInfo,
    LinkSuggestion,
    Reason,
    Relation,
    SegmentInfo,
    SegmentKind,
)
from lawdiff.core.progress import Progress, no_progress
from lawdiff.link import signals, textnorm
from lawdiff.link.candidates import cosine, inverse_document_frequency, nearest, tfidf_vectors
from lawdiff.link.signals import Features
from lawdiff.link.units import ArgumentUnit, build_units

DEFAULT_THRESHOLD = 0.45  # calibrated on the sample case and Marshall: docs/linking.md
RELATIVE_CUT = 0.7  # a suggestion must also reach this share of its source's best score
MAX_PER_SOURCE = 5  # more candidates than a reviewer reads for one argument are noise
ALL_PAIRS_LIMIT = 40_000  # up to this many pairs every pair is scored (real filing pairs)
CANDIDATES_PER_SOURCE = 6
HEADING_CANDIDATES = 2
LEAD_IN_WORDS = 40  # a heading with less text of its own is read with its sub-sections
OTHER_PART = 0.5  # the score kept by a pair from different parts (facts ↔ argument)
NESTED_SHARE = 0.6  # the score kept by a second answer nested in or around a better one
NEAR_TIE = 0.9  # a section this close to the citing text beats its own closer sub-section
EXPLICIT = frozenset({"record-cite", "quote"})  # signals that override the part prior


def suggest_rebuttals(
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    *,
    threshold: float | None = None,
    progress: Progress = no_progress,
    claim_names: Mapping[str, str] | None = None,
) -> list[LinkSuggestion]:
    """Suggest which argument units of ``targets`` answer which units of ``sources``.

    Args:
        sources: every segment of the moving-side document(s) (complaint or motion, or the
            opposition when a reply answers it).
        targets: every segment of the answering document.
        threshold: the least score to suggest; None for :data:`DEFAULT_THRESHOLD`. With a
            threshold of 0 every scored candidate comes back (for ranking and evaluation).
        progress: told how many source units are scored; may raise Cancelled.
        claim_names: how reasons name claims ("Breach of contract" for "contract.breach");
            by default a name is made from the id.

    Returns:
        Suggestions ordered by source unit in document order, best score first; a suggestion
        must also reach :data:`RELATIVE_CUT` of its source's best score unless threshold is 0.
    """
    scored = score_pairs(sources, targets, progress=progress, claim_names=claim_names)
    return select_links(scored, DEFAULT_THRESHOLD if threshold is None else threshold)


def select_links(scored: Sequence[LinkSuggestion], threshold: float) -> list[LinkSuggestion]:
    """The suggestions of ``scored`` that pass ``threshold`` and the per-source relative cut.

    At most :data:`MAX_PER_SOURCE` per source are kept, the best first; order is preserved.
    """
    if threshold <= 0.0:
        return list(scored)
    best: dict[SegmentId, float] = {}
    for suggestion in scored:
        best[suggestion.source] = max(best.get(suggestion.source, 0.0), suggestion.score)
    kept = [s for s in scored if s.score >= threshold and s.score >= RELATIVE_CUT * best[s.source]]
    ranked = sorted(kept, key=lambda s: -s.score)
    per_source: dict[SegmentId, int] = {}
    allowed = set()
    for suggestion in ranked:
        if per_source.get(suggestion.source, 0) < MAX_PER_SOURCE:
            per_source[suggestion.source] = per_source.get(suggestion.source, 0) + 1
            allowed.add(id(suggestion))
    return [s for s in kept if id(s) in allowed]


def score_pairs(
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    *,
    progress: Progress = no_progress,
    claim_names: Mapping[str, str] | None = None,
) -> list[LinkSuggestion]:
    """Every candidate pair of argument units with a score above 0, best first per source."""
    source_units, target_units = build_units(sources), build_units(targets)
    if not source_units or not target_units:
        return []
    left, right = _features(source_units, target_units)
    candidates = _candidates(left, right)
    context = _Context(left, right, claim_names or {})
    found: list[LinkSuggestion] = []
    for i, (source, chosen) in enumerate(zip(left, candidates, strict=True)):
        if i % 50 == 0:
            progress(i, len(left), "scoring rebuttal candidates")
        similar = {j: signals.lexical_similarity(source, right[j]) for j in chosen}
        best = max(similar.values(), default=0.0)
        pairs = (context.score(source, right[j], similar[j], best) for j in chosen)
        ranked = sorted((p for p in pairs if p is not None), key=lambda s: -s.score)
        found.extend(_one_level(ranked, context.paths))
    progress(len(left), len(left), "scoring rebuttal candidates")
    return found


def _one_level(ranked: list[LinkSuggestion], paths: dict[SegmentId, str]) -> list[LinkSuggestion]:
    """One source's suggestions with those to a better target's parent or sub-section demoted.

    A section answers an argument together with its sub-sections, so "III.A" and its own
    "III.A.1" both answering the same argument is one answer: the weaker of the two keeps
    :data:`NESTED_SHARE` of its score. The section at the argument's own place in
    corresponding outlines comes first whatever its score: it answers at the level the
    argument is written, its sub-sections answer parts of it.
    """
    kept: list[str] = []
    result: list[LinkSuggestion] = []
    for suggestion in sorted(ranked, key=lambda s: not _same_place(s)):
        path = paths[suggestion.target]
        if any(_nests(path, better) for better in kept):
            suggestion = replace(suggestion, score=round(suggestion.score * NESTED_SHARE, 6))
        else:
            kept.append(path)
        result.append(suggestion)
    return sorted(result, key=lambda s: -s.score)


def _same_place(suggestion: LinkSuggestion) -> bool:
    return any(r.signal == "outline" and r.text.startswith("same") for r in suggestion.reasons)


def _nests(path: str, other: str) -> bool:
    """Whether one outline path lies inside the other ("III/III.A" and "III/III.A/III.A.1")."""
    return path.startswith(other + "/") or other.startswith(path + "/")


def _features(
    source_units: Sequence[ArgumentUnit], target_units: Sequence[ArgumentUnit]
) -> tuple[list[Features], list[Features]]:
    units = [*source_units, *target_units]
    readings = _readings(source_units) | _readings(target_units)
    tokens = [textnorm.content_words(readings[u.id][0]) for u in units]
    vectors = tfidf_vectors(tokens, inverse_document_frequency(tokens))
    paths = _outline_paths(source_units) | _outline_paths(target_units)
    parts = _parts(source_units) | _parts(target_units)
    items = [
        signals.features(u, w, v, paths[u.id], part=parts[u.id], reading=readings[u.id])
        for u, w, v in zip(units, tokens, vectors, strict=True)
    ]
    return items[: len(source_units)], items[len(source_units) :]


def _readings(
    units: Sequence[ArgumentUnit],
) -> dict[SegmentId, tuple[str, tuple[CitationInfo, ...]]]:
    """The text and citations each unit is read as.

    A lead-in heading (under :data:`LEAD_IN_WORDS` words of its own above its sub-sections,
    "Stratus Did Not Breach the Agreement" over 2.a and 2.b) says what it argues through its
    sub-sections, so it is read together with them; every other unit is read alone. A part's
    heading ("ARGUMENT") is not a lead-in: read with the whole part it would resemble everything.
    """
    children: dict[SegmentId, list[ArgumentUnit]] = {}
    for unit in units:
        if unit.parent is not None:
            children.setdefault(unit.parent, []).append(unit)

    def gathered(unit: ArgumentUnit) -> list[ArgumentUnit]:
        return [unit, *(d for child in children.get(unit.id, []) for d in gathered(child))]

    readings: dict[SegmentId, tuple[str, tuple[CitationInfo, ...]]] = {}
    for unit in units:
        own = len(unit.text.split()) - len(unit.heading.split())
        lead_in = own < LEAD_IN_WORDS and not textnorm.part_of(unit.heading)
        parts = gathered(unit) if unit.id in children and lead_in else [unit]
        text = "\n".join(u.text for u in parts)
        readings[unit.id] = (text, tuple(c for u in parts for c in u.citations))
    return readings


def _parts(units: Sequence[ArgumentUnit]) -> dict[SegmentId, str]:
    """The part of the brief each unit is in: its own structural heading's, else its parent's.

    A complaint's count is a claim, which the other side's argument answers: "argument".
    """
    parts: dict[SegmentId, str] = {}
    for unit in units:  # parents come first in document order
        own = textnorm.part_of(unit.heading) if unit.heading else ""
        inherited = parts.get(unit.parent, "") if unit.parent is not None else ""
        count = "argument" if unit.segment.kind is SegmentKind.COUNT else ""
        parts[unit.id] = own or inherited or count
    return parts


def _outline_paths(units: Sequence[ArgumentUnit]) -> dict[SegmentId, str]:
    """Each unit's place in its outline, counted within its part of the brief.

    Top-level units keep their label ("III", "ARGUMENT"); below a part's heading the path
    starts with the part and drops the part's own number, so the motion's "III.A.1" under
    "III. ARGUMENT" and an order's "IV.A.1" under "IV. DISCUSSION" are both
    "argument/A/A.1" and Marshall's "I.A" under "ARGUMENT" is "argument/I/I.A". Elsewhere
    labels are chained from the top ("COUNT I/¶ 12").
    """
    by_id = {u.id: u for u in units}
    paths: dict[SegmentId, str] = {}
    roots: dict[SegmentId, str] = {}  # the label of the part heading a unit is under
    for unit in units:  # parents come first in document order
        parent = by_id.get(unit.parent) if unit.parent is not None else None
        label = unit.segment.label
        if parent is None or parent.id not in paths:
            paths[unit.id] = label
            continue
        part = textnorm.part_of(parent.heading)
        if part:
            roots[unit.id] = parent.segment.label
            paths[unit.id] = f"{part}/{_within(label, parent.segment.label)}"
        elif parent.id in roots:
            roots[unit.id] = roots[parent.id]
            paths[unit.id] = f"{paths[parent.id]}/{_within(label, roots[parent.id])}"
        else:
            paths[unit.id] = f"{paths[parent.id]}/{label}"
    return paths


def _within(label: str, root: str) -> str:
    """``label`` without its part's number ("III.A.1" under "III" → "A.1")."""
    return label[len(root) + 1 :] if label.startswith(root + ".") else label


def _candidates(left: Sequence[Features], right: Sequence[Features]) -> list[list[int]]:
    """Indexes into ``right`` worth scoring for each of ``left``."""
    if len(left) * len(right) <= ALL_PAIRS_LIMIT:
        return [list(range(len(right)))] * len(left)
    chosen = nearest([f.vector for f in left], [f.vector for f in right], CANDIDATES_PER_SOURCE)
    headings = _heading_vectors(left, right)
    by_heading = nearest(headings[0], headings[1], HEADING_CANDIDATES)
    extra = _cited_and_outline_pairs(left, right)
    return [
        list(dict.fromkeys([*a, *b, *extra.get(i, ())]))
        for i, (a, b) in enumerate(zip(chosen, by_heading, strict=True))
    ]


def _heading_vectors(
    left: Sequence[Features], right: Sequence[Features]
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    tokens = [f.heading.split() for f in [*left, *right]]
    vectors = tfidf_vectors(tokens, inverse_document_frequency(tokens))
    return vectors[: len(left)], vectors[len(left) :]


def _cited_and_outline_pairs(
    left: Sequence[Features], right: Sequence[Features]
) -> dict[int, list[int]]:
    """Pairs joined by a record cite or by the same outline label, whatever their wording."""
    owner = {member: i for i, f in enumerate(left) for member in f.unit.members}
    by_label = {f.unit.segment.label: i for i, f in enumerate(left) if f.unit.segment.label}
    by_path = {f.path: i for i, f in enumerate(left)}
    extra: dict[int, list[int]] = {}
    for j, target in enumerate(right):
        for cite in target.unit.citations:
            if cite.target_segment in owner:
                extra.setdefault(owner[cite.target_segment], []).append(j)
            for number in textnorm.paragraph_numbers(cite.normalized):
                if f"¶ {number}" in by_label:
                    extra.setdefault(by_label[f"¶ {number}"], []).append(j)
        if target.path in by_path:
            extra.setdefault(by_path[target.path], []).append(j)
    return extra


class _Context:
    """What scoring a pair needs to know about all units."""

    def __init__(
        self, left: Sequence[Features], right: Sequence[Features], names: Mapping[str, str]
    ) -> None:
        self.rarity = signals.authority_rarity([*left, *right])
        self.target_paths = frozenset(f.path for f in right)
        self.paths = {f.unit.id: f.path for f in right}
        self.source_side = frozenset(m for f in left for m in f.unit.members)
        self.target_parents = frozenset(f.path.rpartition("/")[0] for f in right)
        self.agreement = signals.outline_agreement(left, right)
        claims = {c for f in [*left, *right] for c in f.unit.claims}
        self.claim_names = {c: names.get(c) or claim_name(c) for c in claims}
        self._cues: dict[SegmentId, tuple[bool, bool]] = {}
        self.units_on_page: dict[int, int] = {}
        self.on_page: dict[int, list[Features]] = {}
        self._meant: dict[SegmentId, dict[int, SegmentId]] = {}
        for item in left:
            first, last = item.unit.pages
            for page in range(first, min(last, first + 50) + 1):
                self.units_on_page[page] = self.units_on_page.get(page, 0) + 1
                self.on_page.setdefault(page, []).append(item)

    def score(
        self, source: Features, target: Features, similarity: float, best: float
    ) -> LinkSuggestion | None:
        """The suggestion for one pair (``similarity``: its wording, ``best``: the source's
        closest wording among its candidates), None when no signal fires."""
        found = self.reasons(source, target, similarity, best)
        reasons = [r for r in found if r is not None and r.weight > 0.0]
        if not reasons:
            return None
        score = combine(r.weight for r in reasons)
        if not self.same_part(source, target) and not EXPLICIT & {r.signal for r in reasons}:
            score = round(score * OTHER_PART, 6)
        return LinkSuggestion(
            source=source.unit.id,
            target=target.unit.id,
            score=score,
            relation=guess_relation(reasons, *self.cues(target)),
            reasons=tuple(sorted(reasons, key=lambda r: -r.weight)),
        )

    @staticmethod
    def same_part(source: Features, target: Features) -> bool:
        """False when both are in known, different parts of their briefs (facts ↔ argument)."""
        return not (source.part and target.part) or source.part == target.part

    def meant(self, target: Features) -> dict[int, SegmentId]:
        """Page → the source argument the target's whole-page cite of it means (cached).

        A page often holds the end of one argument and the start of others; the cite means
        the one whose wording is closest to the citing section. Where a section and its own
        sub-section on that page are about as close (within :data:`NEAR_TIE`), the cite means
        the section: it holds the sub-section, and the citing side may answer both.
        """
        if target.unit.id not in self._meant:
            pages = {
                int(match[1])
                for cite in target.unit.citations
                if cite.target_segment in self.source_side
                and (match := signals.WHOLE_PAGE.search(cite.normalized))
            }
            self._meant[target.unit.id] = {
                page: _closest(self.on_page[page], target) for page in pages if page in self.on_page
            }
        return self._meant[target.unit.id]

    def cues(self, target: Features) -> tuple[bool, bool]:
        """Whether the target's text concedes, and whether it distinguishes (cached)."""
        key = target.unit.id
        if key not in self._cues:
            text = target.unit.text
            self._cues[key] = (
                bool(textnorm.CONCESSION_CUES.search(text)),
                bool(textnorm.DISTINGUISH_CUES.search(text)),
            )
        return self._cues[key]

    def reasons(
        self, source: Features, target: Features, similarity: float, best: float
    ) -> Iterable[Reason | None]:
        """Every signal's reason for the pair (None where a signal does not fire)."""
        yield signals.record_cite(
            source, target, self.units_on_page, self.source_side, self.meant(target)
        )
        yield signals.quote(source, target)
        yield signals.heading_parallel(source, target)
        yield signals.outline(
            source, target, self.target_paths, self.agreement, self.target_parents
        )
        yield signals.shared_authority(source, target, self.rarity)
        yield signals.lexical(source, target, similarity, best)
        yield signals.shared_claim(source, target, self.claim_names)


def _closest(candidates: Sequence[Features], target: Features) -> SegmentId:
    """The candidate worded most like ``target``, or a section enclosing it that nearly ties."""
    closeness = {f.unit.id: cosine(f.vector, target.vector) for f in candidates}
    best = max(candidates, key=lambda f: closeness[f.unit.id])
    enclosing = [
        f
        for f in candidates
        if best.path.startswith(f.path + "/")
        and closeness[f.unit.id] >= NEAR_TIE * closeness[best.unit.id]
    ]
    return min(enclosing, key=lambda f: len(f.path)).unit.id if enclosing else best.unit.id


def combine(weights: Iterable[float]) -> float:
    """Noisy-OR: each signal independently explains the link with probability ``weight``."""
    missing = math.prod(1.0 - min(max(w, 0.0), 1.0) for w in weights)
    return round(1.0 - missing, 6)


def guess_relation(reasons: Sequence[Reason], concedes: bool, distinguishes: bool) -> Relation:
    """Rebuts by default; concedes / distinguishes from cue words; cites-same-authority alone.

    Args:
        reasons: the signals that fired for the pair.
        concedes: the target's text has a concession cue ("do not dispute").
        distinguishes: the target's text has a distinguishing cue ("inapposite").
    """
    kinds = {r.signal for r in reasons}
    if kinds <= {"shared-authority", "shared-claim"}:
        if "shared-authority" in kinds:
            return Relation.CITES_SAME_AUTHORITY
        return Relation.RESPONDS_GENERALLY
    if concedes:
        return Relation.CONCEDES
    if "shared-authority" in kinds and distinguishes:
        return Relation.DISTINGUISHES
    return Relation.REBUTS


def claim_name(claim: str) -> str:
    """A readable name for a taxonomy id ("contract.breach-of-contract" → "breach of contract")."""
    return claim.rsplit(".", 1)[-1].replace("-", " ").replace("_", " ")
