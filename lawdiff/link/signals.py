"""The separate signals a suggestion is scored from, each reported as a :class:`Reason`.

Every signal returns a :class:`Reason` whose ``weight`` is its contribution in [0, 1], or None.
The weights (``WEIGHTS``) and how they were chosen are documented in docs/linking.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import CitationInfo, CitationKind, Reason, SegmentKind
from lawdiff.link import textnorm
from lawdiff.link.candidates import Vector, cosine
from lawdiff.link.units import ArgumentUnit

WEIGHTS = {
    "record-cite": 0.8,  # per cite, combined: one cite 0.8, two 0.96
    "quote": 0.6,
    "heading-parallel": 0.6,
    "outline": 0.5,
    "shared-authority": 0.45,
    "lexical": 0.5,
    "shared-claim": 0.15,
}
HEADING_FLOOR = 65.0  # rapidfuzz % below which two headings have nothing in common
LEXICAL_FLOOR = 0.05  # combined similarity of unrelated argument sections
LEXICAL_SPAN = 0.45  # ... and how far above the floor a full-strength match sits
LEXICAL_SHARPNESS = 4.0  # how fast wording evidence fades below the source's closest target
OUTLINE_LABEL = re.compile(r"^[IVXLC]+(?:\.[A-Z](?:\.\d+(?:\.[a-z])?)?)?$")
WHOLE_PAGE = re.compile(r" at (\d+)(?:-\d+)?$")  # "Mot. at 8", not "Opp. at 7:3"
WITNESS_PAPER = re.compile(r"\b(?:Decl|Aff|Dep|Ex)\.")  # "Smith Decl. ¶ 6" is not Compl. ¶ 6
CASE_KEY = re.compile(r"^(\d+ .+?) (?:at )?\d+$")
SHINGLE = 6
AGREEING_RANK = 2  # a same-place target this close by wording shows the outlines correspond
NEAREST_SPLIT = 0.6  # nearest-place evidence when the nearest place has sub-sections
AGREEMENT_FLOOR = 0.4
AGREEMENT_SAMPLE = 200  # share of same-place pairs that agree by chance in unrelated outlines


@dataclass(frozen=True)
class Features:
    """What the signals compare, computed once per unit."""

    unit: ArgumentUnit
    words: str
    vector: Vector
    heading: str
    authorities: dict[str, str]
    quotes: tuple[str, ...]
    path: str = ""  # outline path through enclosing units: "ARGUMENT/I/I.A"
    part: str = ""  # the part of the brief: introduction, facts, argument, conclusion or ""
    title: str = ""  # the heading as comparable words (textnorm.heading_words)
    negative: bool = False  # the heading argues that something is not so
    structural: bool = False  # not an argument to be answered (facts, standard, conclusion …)
    position: float = 0.0  # place among its side's units, 0 (first) to 1 (last)
    own: Vector | None = None  # TF-IDF vector of the unit's own text (not its reading)


def features(
    unit: ArgumentUnit,
    words: Sequence[str],
    vector: Vector,
    path: str = "",
    *,
    part: str = "",
    reading: tuple[str, Sequence[CitationInfo]] | None = None,
    position: float = 0.0,
    own: Vector | None = None,
) -> Features:
    """The comparable features of ``unit`` (its content ``words``, TF-IDF ``vector``, path).

    ``reading`` is the text and citations the unit is read as when that is more than its own
    (a lead-in heading read together with its sub-sections); ``words`` are of that text.
    """
    text, citations = reading if reading is not None else (unit.text, unit.citations)
    return Features(
        unit=unit,
        path=path or unit.segment.label,
        words=" ".join(words[:400]),
        vector=vector,
        heading=textnorm.polarity_free(unit.heading),
        authorities=_authorities(citations),
        quotes=tuple(textnorm.quoted_passages(text)),
        part=part,
        title=textnorm.heading_words(unit.heading),
        negative=textnorm.negated(unit.heading),
        structural=unit.segment.kind is SegmentKind.HEADING
        and (textnorm.is_structural(unit.heading) or part in _NOT_ARGUED),
        position=position,
        own=own,
    )


_NOT_ARGUED = frozenset({"introduction", "facts", "conclusion"})


def _authorities(citations: Sequence[CitationInfo]) -> dict[str, str]:
    """Authority key → how to show it; a short case cite shares its full cite's key."""
    found: dict[str, str] = {}
    for cite in citations:
        if cite.kind not in (CitationKind.CASE, CitationKind.STATUTE, CitationKind.RULE):
            continue
        key = cite.normalized
        if cite.kind is CitationKind.CASE and (match := CASE_KEY.match(cite.normalized)):
            key = match[1]
        if key not in found or " at " in found[key]:
            found[key] = cite.normalized
    return found


def authority_rarity(all_features: Sequence[Features]) -> dict[str, float]:
    """1 / (number of units citing it) for every authority: a case every section cites is weak."""
    counts: Counter[str] = Counter()
    for item in all_features:
        counts.update(item.authorities.keys())
    return {key: 1.0 / n for key, n in counts.items()}


def record_cite(
    source: Features,
    target: Features,
    units_on_page: Mapping[int, int],
    source_side: frozenset[SegmentId] = frozenset(),
    meant: Mapping[int, SegmentId] | None = None,
) -> Reason | None:
    """The target cites the source: a resolved record cite, or a "¶ N" naming it.

    A paragraph range ("Compl. ¶¶ 31-35", resolved to its first paragraph) names each of its
    paragraphs; a witness's paragraphs ("Smith Decl. ¶ 6") are not the complaint's. A cite
    of a whole page ("Mot. at 8") means the source unit ``meant`` (page → unit) says, in
    full; where that is unknown it points at every unit on the page, shared among them.
    ``source_side`` holds every segment id of the source filing.
    """
    hits: list[str] = []
    missing = 1.0
    for cite in target.unit.citations:
        if cite.kind not in (CitationKind.RECORD, CitationKind.ID) or _whole_document(cite):
            continue
        share = _cite_share(cite, source, units_on_page, source_side, meant or {})
        if share > 0.0:
            hits.append(" ".join(cite.text.split()))
            missing *= 1.0 - WEIGHTS["record-cite"] * share
    if not hits:
        return None
    shown = "; ".join(dict.fromkeys(hits[:3]))
    return Reason("record-cite", 1.0 - missing, f"cites {shown}")


def _cite_share(
    cite: CitationInfo,
    source: Features,
    units_on_page: Mapping[int, int],
    source_side: frozenset[SegmentId],
    meant: Mapping[int, SegmentId],
) -> float:
    """How much of one record cite points at ``source`` (1 in full, 1/k for a shared page)."""
    page = WHOLE_PAGE.search(cite.normalized)
    inside = cite.target_segment in source_side
    if page and inside and int(page[1]) in meant:
        return 1.0 if meant[int(page[1])] == source.unit.id else 0.0
    number = _paragraph_number(source.unit.segment.label)
    pointed = cite.target_segment is not None and cite.target_segment in source.unit.members
    named = (
        (cite.target_segment is None or inside)
        and not WITNESS_PAPER.search(cite.normalized)
        and number in textnorm.paragraph_numbers(cite.normalized)
    )
    if not (pointed or named or (page and inside and _on(source, page))):
        return 0.0
    return 1.0 / max(units_on_page.get(int(page[1]), 1), 1) if page else 1.0


def _on(source: Features, page: re.Match[str] | None) -> bool:
    """Whether the whole page a cite names holds (part of) the source unit."""
    first, last = source.unit.pages
    return page is not None and first <= int(page[1]) <= last


def _paragraph_number(label: str) -> int | None:
    """12 for a complaint paragraph labelled "¶ 12", else None."""
    digits = label[1:].strip()
    return int(digits) if label.startswith("¶") and digits.isdigit() else None


def _whole_document(cite: CitationInfo) -> bool:
    """A cite of a whole filing ("Dkt. No. 167-1") says nothing about which argument."""
    return (
        cite.kind is CitationKind.RECORD
        and " at " not in cite.normalized
        and "¶" not in cite.normalized
    )


def shared_authority(source: Features, target: Features, rarity: dict[str, float]) -> Reason | None:
    """Both sides cite the same case, statute or rule."""
    shared = [key for key in source.authorities if key in target.authorities]
    if not shared:
        return None
    shared.sort(key=lambda key: -rarity.get(key, 0.0))
    strength = sum(rarity.get(key, 0.0) for key in shared)
    weight = WEIGHTS["shared-authority"] * (1.0 - 0.5 ** (2.0 * strength))
    names = [source.authorities[key] for key in shared[:2]]
    more = f" and {len(shared) - 2} more" if len(shared) > 2 else ""
    return Reason("shared-authority", weight, f"both cite {' and '.join(names)}{more}")


def shared_claim(source: Features, target: Features, names: dict[str, str]) -> Reason | None:
    """Both are tagged with the same claim or issue."""
    shared = sorted(source.unit.claims & target.unit.claims)
    if not shared:
        return None
    union = len(source.unit.claims | target.unit.claims)
    weight = WEIGHTS["shared-claim"] * len(shared) / union
    shown = " and ".join(names.get(c, c) for c in shared[:2])
    return Reason("shared-claim", weight, f"both about {shown}")


def heading_similarity(source: Features, target: Features) -> float:
    """Similarity (0–100) of two polarity-free headings."""
    if not source.heading or not target.heading:
        return 0.0
    set_ratio = fuzz.token_set_ratio(source.heading, target.heading)
    sort_ratio = fuzz.token_sort_ratio(source.heading, target.heading)
    return (set_ratio + sort_ratio) / 2.0


def heading_parallel(source: Features, target: Features) -> Reason | None:
    """The headings say the same thing with the polarity flipped (or not)."""
    similarity = heading_similarity(source, target)
    if similarity <= HEADING_FLOOR:
        return None
    strength = (similarity - HEADING_FLOOR) / (100.0 - HEADING_FLOOR)
    text = (
        "headings mirror each other"
        if similarity >= 85
        else f"similar headings ({similarity:.0f}%)"
    )
    return Reason("heading-parallel", WEIGHTS["heading-parallel"] * strength, text)


def lexical_similarity(source: Features, target: Features) -> float:
    """Similarity (0–1) of the wording: TF-IDF cosine blended with rapidfuzz token_set_ratio."""
    mine, theirs = source.words.count(" ") + 1, target.words.count(" ") + 1
    fuzzy = fuzz.token_set_ratio(source.words, target.words) / 100.0 if source.words else 0.0
    # token_set_ratio calls a short text "similar" to any long text containing its words.
    fuzzy *= min(1.0, 2.0 * min(mine, theirs) / max(mine, theirs))
    return (cosine(source.vector, target.vector) + fuzzy) / 2.0


def lexical(source: Features, target: Features, similarity: float, best: float) -> Reason | None:
    """Similar wording, scaled from the floor of unrelated sections and against the source's
    most similar target (long sections resemble everything a little; the closest one counts)."""
    strength = min(1.0, (similarity - LEXICAL_FLOOR) / LEXICAL_SPAN)
    if strength <= 0.0 or best <= 0.0:
        return None
    weight = WEIGHTS["lexical"] * strength * (similarity / best) ** LEXICAL_SHARPNESS
    return Reason("lexical", weight, f"similar wording ({similarity:.0%})")


def quote(source: Features, target: Features) -> Reason | None:
    """A passage of one side appears in quotation marks in the other."""
    for quoting, quoted, who in ((target, source, "quotes"), (source, target, "is quoted by")):
        if not quoting.quotes:
            continue
        text = _shingles(quoted.words)
        for passage in quoting.quotes:
            if _shingles(passage) & text:
                words = " ".join(passage.split()[:6])
                return Reason("quote", WEIGHTS["quote"], f"{who} the other side: “{words} …”")
    return None


@lru_cache(maxsize=4096)
def _shingles(words: str) -> frozenset[tuple[str, ...]]:
    tokens = words.split()
    return frozenset(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def outline_agreement(left: Sequence[Features], right: Sequence[Features]) -> float:
    """How far the two outlines correspond, from 0 (unrelated) to 1.

    An opposition that answers point by point reuses the motion's outline; a reply with its
    own outline shares labels ("II.A") that mean nothing. A same-place pair agrees when its
    headings match or when the target is among the source's :data:`AGREEING_RANK` closest
    sections by wording; the share of agreeing pairs is scaled from :data:`AGREEMENT_FLOOR`
    (chance) to 1. Same-place evidence is weighted by the result.
    """
    theirs = {f.path: f for f in right if OUTLINE_LABEL.match(f.unit.segment.label)}
    same = [(f, theirs[f.path]) for f in left if f.path in theirs and f.heading]
    if not same:
        return 0.0
    same = same[:: max(1, len(same) // AGREEMENT_SAMPLE)]  # bounded work on huge outlines
    agreeing = sum(_same_subject(a, b, right) for a, b in same) / len(same)
    return max(0.0, min(1.0, (agreeing - AGREEMENT_FLOOR) / (1.0 - AGREEMENT_FLOOR)))


def _same_subject(source: Features, target: Features, right: Sequence[Features]) -> bool:
    if heading_similarity(source, target) > HEADING_FLOOR:
        return True
    mine = cosine(source.vector, target.vector)
    closer = sum(cosine(source.vector, other.vector) > mine for other in right)
    return mine > 0.0 and closer < AGREEING_RANK


def outline(
    source: Features,
    target: Features,
    target_paths: frozenset[str],
    agreement: float,
    target_parents: frozenset[str] = frozenset(),
) -> Reason | None:
    """Same place in corresponding outlines ("II.B" ↔ "II.B"), or the nearest the target has.

    A sub-point the other side does not break out ("I.A.1" where the answer's "I.A" has no
    sub-sections) is answered by the section at its parent's place: full weight. Where that
    section has sub-sections of its own, one of them may be the answer: 60%.
    ``target_parents`` are the target paths that have sub-sections.
    """
    mine, theirs = source.unit.segment.label, target.unit.segment.label
    if agreement <= 0.0 or not (OUTLINE_LABEL.match(mine) and OUTLINE_LABEL.match(theirs)):
        return None
    weight = WEIGHTS["outline"] * agreement
    if source.path == target.path:
        return Reason("outline", weight, f"same place in the outline ({mine})")
    if source.path in target_paths:
        return None
    if target.part and textnorm.part_of(target.unit.heading):
        return None  # "somewhere in the ARGUMENT" says nothing about which answer
    if _nearest_label(source.path, target_paths) == target.path:
        share = NEAREST_SPLIT if target.path in target_parents else 1.0
        text = f"nearest place in the outline ({mine} → {theirs})"
        return Reason("outline", weight * share, text)
    return None


def _nearest_label(path: str, paths: frozenset[str]) -> str | None:
    """The nearest enclosing outline path the other side has ("A/I.A.1" → "A/I.A")."""
    parts = path.split("/")
    for depth in range(len(parts) - 1, 0, -1):
        prefix = "/".join(parts[:depth])
        if prefix in paths:
            return prefix
    return None
