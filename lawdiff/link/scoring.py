"""The features of every candidate pair of argument units, as the fitted model reads them.

Each pair gets a row of numbers (:data:`FEATURES`) and the reasons behind them in words:

- heading: rapidfuzz ``token_set_ratio`` of the two headings as comparable words (case,
  numbering, stop words and polarity removed), its gap to the source's best candidate, and the
  TF-IDF cosine of the headings; ``polarity``: the same heading with the stance flipped;
- body: TF-IDF cosine of heading + body fitted over the case's units (no length penalty), its
  gap to the source's best and to the target's best source, and BM25 relative to the source's
  best candidate;
- shared authorities, record cites, quotations, shared claims (when present);
- outline place, and position in the outline order as a weak prior;
- whether a side is a structural section (introduction, facts, standard, conclusion).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import reduce
from operator import add, itemgetter

from rapidfuzz import fuzz

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import CitationInfo, Reason, SegmentInfo, SegmentKind
from lawdiff.link import relations, signals, textnorm
from lawdiff.link.candidates import cosine, inverse_document_frequency, nearest, tfidf_vectors
from lawdiff.link.signals import Features
from lawdiff.link.units import ArgumentUnit, build_units

FEATURES = (
    "heading",
    "heading_gap",
    "heading_cosine",
    "polarity",
    "body",
    "body_gap",
    "body_column_gap",
    "bm25",
    "own_body",
    "body_rank",
    "own_body_rank",
    "heading_rank",
    "bm25_rank",
    "body_share",
    "own_body_share",
    "source_best_body",
    "source_best_heading",
    "family",
    "authority",
    "record",
    "quote",
    "claim",
    "outline",
    "position",
    "other_part",
    "structural",
    "structural_match",
)
SIGNAL_OF = {
    "heading": "heading-parallel",
    "heading_gap": "heading-parallel",
    "heading_cosine": "heading-parallel",
    "polarity": "heading-parallel",
    "body": "lexical",
    "body_gap": "lexical",
    "body_column_gap": "lexical",
    "bm25": "lexical",
    "own_body": "lexical",
    "body_rank": "lexical",
    "own_body_rank": "lexical",
    "heading_rank": "heading-parallel",
    "bm25_rank": "lexical",
    "body_share": "lexical",
    "own_body_share": "lexical",
    "family": "outline",
    "authority": "shared-authority",
    "record": "record-cite",
    "quote": "quote",
    "claim": "shared-claim",
    "outline": "outline",
    "position": "outline",
    "structural_match": "structural",
}
_FEATURE_VALUES = itemgetter(*FEATURES)  # a row's values as a tuple in FEATURES order
ALL_PAIRS_LIMIT = 40_000  # up to this many pairs every pair is scored (real filing pairs)
CANDIDATES_PER_SOURCE = 6
HEADING_CANDIDATES = 2
LEAD_IN_WORDS = 40  # a heading with less text of its own is read with its sub-sections
NEAR_TIE = 0.9  # a section this close to the citing text beats its own closer sub-section
BM25_K1 = 1.2
BM25_B = 0.75


@dataclass(frozen=True)
class PairRow:
    """One candidate pair: its feature values and what a reviewer is told about it."""

    source: SegmentId
    target: SegmentId
    values: tuple[float, ...]
    reasons: dict[str, Reason]  # signal → the reason in words, for every signal that fired
    structural: bool
    concedes: bool
    distinguishes: bool
    cited: float = 0.0  # record-cite strength when the source is a numbered paragraph
    target_parent: SegmentId | None = None  # the unit enclosing the target


def pair_rows(
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    *,
    claim_names: Mapping[str, str] | None = None,
    fold: Collection[DocumentId] = frozenset(),
) -> list[PairRow]:
    """The feature rows of every candidate pair, grouped by source in document order.

    ``fold``: documents whose numbered paragraphs belong to their heading's unit.
    """
    source_units, target_units = build_units(sources, fold), build_units(targets, fold)
    if not source_units or not target_units:
        return []
    left, right = _features(source_units, target_units)
    context = _Context(left, right, claim_names or {})
    raw = [
        [(j, context.raw(source, right[j])) for j in chosen]
        for source, chosen in zip(left, _candidates(left, right), strict=True)
    ]
    column_best: dict[int, float] = {}
    for row in raw:
        for j, values in row:
            column_best[j] = max(column_best.get(j, 0.0), values["body"])
    family = _family(left, right, raw)
    rows: list[PairRow] = []
    for i, (source, row) in enumerate(zip(left, raw, strict=True)):
        best = {k: max((v[k] for _, v in row), default=0.0) for k in ("heading", "body", "bm25")}
        _ranks([v for _, v in row])
        for j, values in row:
            values["family"] = family(i, j)
            values["heading_gap"] = values["heading"] - best["heading"]
            values["body_gap"] = values["body"] - best["body"]
            values["body_column_gap"] = values["body"] - column_best[j]
            values["bm25"] = values["bm25"] / best["bm25"] if best["bm25"] > 0 else 0.0
            # an argument nothing answers has no close candidate at all
            values["source_best_body"] = best["body"]
            values["source_best_heading"] = best["heading"]
            rows.append(context.row(source, right[j], values))
    return rows


RANKED = ("body", "own_body", "heading", "bm25")  # similarities also read as their rank
RANK_FLOOR = 0.2  # the TF-IDF cosine from which a rank or share counts in full


def _ranks(candidates: Sequence[dict[str, float]]) -> None:
    """Set each candidate's reciprocal rank among one source's candidates for every
    similarity in :data:`RANKED` (``body_rank`` …): 1 for the closest, ½ for the second.

    A rank is scale-free: a case whose wording is alike throughout and one whose sections
    barely share a word rank their closest candidate the same way. ``body_share`` and
    ``own_body_share`` are the similarity over the closest candidate's. Ranks compare
    arguments: a pair with a non-argument side (facts, introduction, conclusion), whose
    narratives share the case's vocabulary everywhere, is left out and gets 0.

    Every rank and share is then gated by the candidate's own wording: multiplied by its
    TF-IDF cosine (``body`` or ``own_body``, the closer) over :data:`RANK_FLOOR`, at most 1.
    Without the gate the best of candidates that barely share a word (an argument nothing
    answers) ranked first and scored like a real answer.
    """
    arguments = [v for v in candidates if not v["structural"]]
    for v in candidates:
        v.update(_NO_RANKS)
    for key, rank, share in _RANK_KEYS:
        values = sorted(v[key] for v in arguments)
        for v in arguments:
            above = len(values) - bisect_right(values, v[key])  # candidates closer than v
            v[rank] = 1.0 / (1 + above) if v[key] > 0.0 else 0.0
            if share:
                v[share] = v[key] / values[-1] if values[-1] > 0.0 else 0.0
    for v in arguments:
        gate = min(1.0, max(v["body"], v["own_body"]) / RANK_FLOOR)
        for key in _NO_RANKS:
            v[key] *= gate


_RANK_KEYS = tuple(
    (key, f"{key}_rank", f"{key}_share" if key in ("body", "own_body") else "") for key in RANKED
)
_NO_RANKS = dict.fromkeys((*(f"{k}_rank" for k in RANKED), "body_share", "own_body_share"), 0.0)


def _family(
    left: Sequence[Features],
    right: Sequence[Features],
    raw: Sequence[Sequence[tuple[int, dict[str, float]]]],
) -> Callable[[int, int], float]:
    """How strongly an enclosing argument of the source points at the target or at a section
    enclosing it: a sub-section is usually answered where its parent is, or below it
    (docs/linking.md). Strength is wording (TF-IDF cosine) relative to that parent's best."""
    up_left, up_right = _enclosing(left), _enclosing(right)
    strength: dict[int, dict[int, float]] = {}
    for a in {a for chain in up_left for a in chain}:  # only enclosing arguments point
        best = max((v["body"] for _, v in raw[a]), default=0.0)
        strength[a] = {j: v["body"] / best for j, v in raw[a]} if best > 0 else {}

    def value(i: int, j: int) -> float:
        if not up_left[i]:
            return 0.0
        places = (j, *up_right[j])
        return max((strength[a].get(x, 0.0) for a in up_left[i] for x in places), default=0.0)

    return value


def _enclosing(items: Sequence[Features]) -> list[tuple[int, ...]]:
    """Each unit's enclosing argument units (not part headings), nearest first, as indexes."""
    index = {f.unit.id: i for i, f in enumerate(items)}
    found: list[tuple[int, ...]] = []
    for item in items:
        chain: list[int] = []
        parent = item.unit.parent
        while parent is not None and parent in index:
            above = items[index[parent]]
            if not above.structural:
                chain.append(index[parent])
            parent = above.unit.parent
        found.append(tuple(chain))
    return found


class _Context:
    """What scoring a pair needs to know about all units."""

    def __init__(
        self, left: Sequence[Features], right: Sequence[Features], names: Mapping[str, str]
    ) -> None:
        self.rarity = signals.authority_rarity([*left, *right])
        self.target_paths = frozenset(f.path for f in right)
        self.source_side = frozenset(m for f in left for m in f.unit.members)
        self.target_parents = frozenset(f.path.rpartition("/")[0] for f in right)
        self.agreement = signals.outline_agreement(left, right)
        claims = {c for f in [*left, *right] for c in f.unit.claims}
        self.claim_names = {c: names.get(c) or claim_name(c) for c in claims}
        self.titles = _title_vectors([*left, *right])
        self.bm25 = _Bm25(right)
        self.sides = relations.sides(
            "\n".join(f.unit.text for f in left), "\n".join(f.unit.text for f in right)
        )
        self._cues: dict[SegmentId, tuple[bool, bool]] = {}
        self.units_on_page: dict[int, int] = {}
        self.on_page: dict[int, list[Features]] = {}
        self._meant: dict[SegmentId, dict[int, SegmentId]] = {}
        for item in left:
            first, last = item.unit.pages
            for page in range(first, min(last, first + 50) + 1):
                self.units_on_page[page] = self.units_on_page.get(page, 0) + 1
                self.on_page.setdefault(page, []).append(item)

    def raw(self, source: Features, target: Features) -> dict[str, float]:
        """The pair's own feature values (before those relative to other candidates)."""
        heading = 0.0
        if source.title and target.title:
            heading = fuzz.token_set_ratio(source.title, target.title) / 100.0
        body = cosine(source.vector, target.vector)
        mine, theirs = source.own or source.vector, target.own or target.vector
        same = mine is source.vector and theirs is target.vector  # no lead-in on either side
        return {
            "heading": heading,
            "heading_cosine": cosine(self.titles[source.unit.id], self.titles[target.unit.id]),
            "polarity": heading if source.negative != target.negative else 0.0,
            "body": body,
            "own_body": body if same else cosine(mine, theirs),
            "bm25": self.bm25.score(source, target),
            "position": 1.0 - abs(source.position - target.position),
            "other_part": float(not self.same_part(source, target)),
            "structural": float(source.structural or target.structural),
            "structural_match": float(
                source.structural
                and target.structural
                and (source.title == target.title or (source.part == target.part != ""))
            ),
        }

    def row(self, source: Features, target: Features, values: dict[str, float]) -> PairRow:
        """The full row of a pair, with the explicit signals and their reasons."""
        found = {
            "record": signals.record_cite(
                source, target, self.units_on_page, self.source_side, self.meant(target)
            ),
            "quote": signals.quote(source, target),
            "authority": signals.shared_authority(source, target, self.rarity),
            "claim": signals.shared_claim(source, target, self.claim_names),
            "outline": signals.outline(
                source, target, self.target_paths, self.agreement, self.target_parents
            ),
        }
        for name, reason in found.items():
            values[name] = reason.weight / _FULL[name] if reason is not None else 0.0
        reasons = _worded(source, target, values)
        reasons |= {SIGNAL_OF[k]: r for k, r in found.items() if r is not None}
        concedes, other = self.cues(target)
        distinguishes = found["authority"] is not None and relations.distinguishes_authority(
            target.unit.text, [*source.authorities.values(), *_case_names(source)]
        )
        return PairRow(
            source=source.unit.id,
            target=target.unit.id,
            values=_FEATURE_VALUES(values),
            reasons=reasons,
            structural=source.structural or target.structural,
            concedes=concedes and not other,
            distinguishes=distinguishes,
            cited=values["record"] if source.unit.segment.kind is SegmentKind.PARAGRAPH else 0.0,
            target_parent=target.unit.parent,
        )

    @staticmethod
    def same_part(source: Features, target: Features) -> bool:
        """False when both are in known, different parts of their briefs (facts ↔ argument)."""
        return not (source.part and target.part) or source.part == target.part

    def cues(self, target: Features) -> tuple[bool, bool]:
        """Whether the answering party concedes, and whether it notes the other side's
        concession, where the target says what it does: its heading and opening sentences
        (cached). A concession further down is usually a point given on the way."""
        key = target.unit.id
        if key not in self._cues:
            self._cues[key] = relations.who_concedes(relations.lead(target.unit.text), self.sides)
        return self._cues[key]

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


# each explicit signal's full weight: its feature is its reason's weight over this
_FULL = {"record": 1.0, "quote": signals.WEIGHTS["quote"]}
_FULL |= {"authority": signals.WEIGHTS["shared-authority"]}
_FULL |= {"claim": signals.WEIGHTS["shared-claim"], "outline": signals.WEIGHTS["outline"]}


def _worded(source: Features, target: Features, values: Mapping[str, float]) -> dict[str, Reason]:
    """Reasons in words for the similarity signals that fired (weights are set later)."""
    found: dict[str, Reason] = {}
    heading = values["heading"]
    if heading >= 0.5:
        if values["polarity"]:
            text = "headings take opposite sides of the same point"
        elif heading >= 0.85:
            text = "headings mirror each other"
        else:
            text = f"similar headings ({heading:.0%})"
        found["heading-parallel"] = Reason("heading-parallel", 0.0, text)
    if values["body"] > 0.05:
        closest = " — the closest of the candidates" if values["body_gap"] >= 0.0 else ""
        found["lexical"] = Reason(
            "lexical", 0.0, f"similar wording ({values['body']:.0%}){closest}"
        )
    if values["structural_match"]:
        part = source.part or source.title or "section"
        found["structural"] = Reason("structural", 0.0, f"both briefs' {part} sections")
    placed = source.position or target.position  # one unit a side has no order to speak of
    if values["position"] >= 0.9 and placed and not target.structural:
        found["outline"] = Reason("outline", 0.0, "about the same place in the outline order")
    return found


def _case_names(source: Features) -> list[str]:
    """Case names the source relies on, as the words before its citations' "v."."""
    return [
        name
        for name in textnorm.case_names(source.unit.text)
        if name not in relations.NOT_NAMES and len(name) > 3
    ]


def _title_vectors(items: Sequence[Features]) -> dict[SegmentId, dict[str, float]]:
    tokens = [f.title.split() for f in items]
    vectors = tfidf_vectors(tokens, inverse_document_frequency(tokens))
    return {f.unit.id: v for f, v in zip(items, vectors, strict=True)}


class _Bm25:
    """Okapi BM25 of a source's words (as the query) against each target's words."""

    def __init__(self, right: Sequence[Features]) -> None:
        self.counts = {f.unit.id: Counter(f.words.split()) for f in right}
        self.lengths = {key: sum(c.values()) or 1 for key, c in self.counts.items()}
        lengths = list(self.lengths.values())
        self.average = (sum(lengths) / len(lengths)) if lengths else 1.0
        frequency: Counter[str] = Counter()
        for counts in self.counts.values():
            frequency.update(counts.keys())
        total = len(self.counts)
        self.idf = {t: math.log(1.0 + (total - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
        self._queries: dict[SegmentId, frozenset[str]] = {}
        self._terms: dict[SegmentId, tuple[dict[str, float], frozenset[str]]] = {}

    def score(self, source: Features, target: Features) -> float:
        """The BM25 score of ``target`` for the query ``source``."""
        query = self._queries.get(source.unit.id)
        if query is None:
            query = self._queries[source.unit.id] = frozenset(source.words.split())
        terms, words = self._terms.get(target.unit.id) or self._term_scores(target.unit.id)
        # the shared words in the query's order either way (a set intersection walks its
        # right operand unless that is the larger one): the same sum to the last bit
        shared = words & query if len(words) >= len(query) else query & terms.keys()
        # a left fold from 0.0, in the order of the shared words: the sum term by term
        return reduce(add, map(terms.__getitem__, shared), 0.0)

    def _term_scores(self, target: SegmentId) -> tuple[dict[str, float], frozenset[str]]:
        """Each word's part in the BM25 score of ``target`` for any query holding the word,
        and the words (cached)."""
        counts = self.counts[target]
        norm = BM25_K1 * (1.0 - BM25_B + BM25_B * self.lengths[target] / (self.average or 1.0))
        terms = {
            term: self.idf[term] * tf * (BM25_K1 + 1.0) / (tf + norm) for term, tf in counts.items()
        }
        self._terms[target] = terms, frozenset(terms)
        return self._terms[target]


def claim_name(claim: str) -> str:
    """A readable name for a taxonomy id ("contract.breach-of-contract" → "breach of contract")."""
    return claim.rsplit(".", 1)[-1].replace("-", " ").replace("_", " ")


def _features(
    source_units: Sequence[ArgumentUnit], target_units: Sequence[ArgumentUnit]
) -> tuple[list[Features], list[Features]]:
    units = [*source_units, *target_units]
    readings = _readings(source_units) | _readings(target_units)
    texts = [readings[u.id][0] for u in units]
    tokens = [textnorm.content_words(text) for text in texts]
    vectors = tfidf_vectors(tokens, inverse_document_frequency(tokens))
    own_tokens = [
        words if text == u.text else textnorm.content_words(u.text)
        for u, text, words in zip(units, texts, tokens, strict=True)
    ]
    # where every unit is read as its own text (no lead-ins), its own vector is the same one
    owns = (
        vectors
        if own_tokens == tokens
        else tfidf_vectors(own_tokens, inverse_document_frequency(own_tokens))
    )
    paths = _outline_paths(source_units) | _outline_paths(target_units)
    parts = _parts(source_units) | _parts(target_units)
    places = _positions(source_units) | _positions(target_units)
    items = [
        signals.features(
            u,
            w,
            v,
            paths[u.id],
            part=parts[u.id],
            reading=readings[u.id],
            position=places[u.id],
            own=o,
        )
        for u, w, v, o in zip(units, tokens, vectors, owns, strict=True)
    ]
    return items[: len(source_units)], items[len(source_units) :]


def _positions(units: Sequence[ArgumentUnit]) -> dict[SegmentId, float]:
    """Each unit's place in its side's order, from 0 to 1."""
    last = max(len(units) - 1, 1)
    return {u.id: i / last for i, u in enumerate(units)}


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
