"""Tag text and segments with the claims and issues their cues point to.

Scoring: every distinct cue of a type that occurs in the text counts once; the type's confidence
is ``1 - Π(1 - weight)`` over those cues ("noisy or"), and the type is tagged when that reaches
its threshold. Repeating a cue adds nothing, so a long text that says "contract" forty times is
no more a contract case than one that says it once; several different cues are what count.

Inheritance (segments): a segment inherits every tag of its parent (the count or heading it sits
under, and so on up) with confidence ``parent's own confidence × inherit_factor`` and
``inherited=True``, except where its own text *says otherwise*: the inherited tag is dropped when
the segment's own tags include a type of the same group with the same taxonomy parent (an
alternative to the inherited claim, not a refinement of it) at a confidence at least as high as
the inherited one. A paragraph under "B. Irreparable harm" that argues the balance of equities
loses "irreparable harm" and gains "balance of equities"; a paragraph under "COUNT I — Breach of
contract" that discusses the implied covenant (a child of breach of contract) keeps both. When a
segment's own text gives the same claim as its parent, its own tag is kept (not inherited) with
the higher of the two confidences.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lawdiff.classify.contexts import SectionContext
from lawdiff.classify.cues import CueIndex, Folded, fold, mask_spans
from lawdiff.classify.taxonomy import Taxonomy, load_taxonomy
from lawdiff.core.model import ClaimTag, SegmentDraft, SegmentKind


def classify_text(text: str, taxonomy: Taxonomy | None = None) -> tuple[ClaimTag, ...]:
    """The claims and issues ``text`` concerns, most confident first.

    Args:
        text: any text (a paragraph, a heading, a whole filing, a news article).
        taxonomy: the taxonomy to use; the bundled one when None.

    Returns:
        One tag per type whose confidence reaches its threshold, with the cues that matched.
    """
    tax = taxonomy if taxonomy is not None else load_taxonomy()
    found = _found_cues(text, tax)
    tags: list[ClaimTag] = []
    for claim, cues in found.items():
        confidence = _noisy_or(weight for _, weight in cues)
        if confidence >= tax.threshold_of(claim):
            ordered = sorted(cues, key=lambda cue: (-cue[1], cue[0].lower()))
            tags.append(ClaimTag(claim, confidence, cues=tuple(t for t, _ in ordered)))
    return _ordered(_without_yielding(tags, found, tax))


def _found_cues(text: str, tax: Taxonomy) -> dict[str, list[tuple[str, float]]]:
    """The cues (text, weight) of each type that match ``text`` where they are argued: outside
    the taxonomy's mentions and outside the type's own ``unless`` contexts."""
    prepared = Folded.of(text)
    mentions = tax.mention_index.matches_in(prepared) if tax.mentions else []
    if mentions:  # a caption or a record cite argues nothing
        text = mask_spans(text, mentions)
        prepared = Folded.of(text)
    found: dict[str, list[tuple[str, float]]] = {}
    masked: dict[str, tuple[str, str] | None] = {}  # per type: folded, lowered (None: no context)
    for cue in tax.index.matches_in(prepared):
        contexts = tax.unless_index.get(cue.claim)
        if contexts is not None:
            if cue.claim not in masked:
                masked[cue.claim] = _masked(text, prepared, contexts)
            context = masked[cue.claim]
            if context is not None and not cue.found_in(*context):
                continue  # only mentioned in a context the type excludes
        found.setdefault(cue.claim, []).append((cue.text, cue.weight))
    return found


def _masked(text: str, prepared: Folded, contexts: CueIndex) -> tuple[str, str] | None:
    hits = contexts.matches_in(prepared)
    if not hits:
        return None
    folded = fold(mask_spans(text, hits))
    return folded, folded.lower()


def _without_yielding(
    tags: Sequence[ClaimTag], found: dict[str, list[tuple[str, float]]], tax: Taxonomy
) -> list[ClaimTag]:
    """Drop a tag whose type yields to another type tagged here, unless a strong cue of its
    own matched (the taxonomy's ``yields_to``)."""
    tagged = {tag.claim for tag in tags}
    return [
        tag
        for tag in tags
        if not (set(tax.yields.get(tag.claim, ())) & tagged)
        or any(weight >= tax.strong_weight for _, weight in found[tag.claim])
    ]


def _noisy_or(weights: Iterable[float]) -> float:
    miss = 1.0
    for weight in weights:
        miss *= 1.0 - weight
    return round(1.0 - miss, 3)


def _ordered(tags: Sequence[ClaimTag]) -> tuple[ClaimTag, ...]:
    return tuple(sorted(tags, key=lambda tag: (-tag.confidence, tag.claim)))


def segment_text(segment: SegmentDraft) -> str:
    """The text a segment is classified on: its heading (when any) and its text."""
    if segment.heading and segment.heading not in segment.text:
        return f"{segment.heading}\n{segment.text}"
    return segment.text


def classify_segments(
    segments: Sequence[SegmentDraft], taxonomy: Taxonomy | None = None
) -> list[tuple[ClaimTag, ...]]:
    """Tag each segment from its own heading and text, plus what it inherits from its parents.

    Args:
        segments: a segmenter's output; ``SegmentDraft.parent`` is an index into this list.
        taxonomy: the taxonomy to use; the bundled one when None.

    Returns:
        The tags of each segment, aligned with ``segments`` by position.
    """
    tax = taxonomy if taxonomy is not None else load_taxonomy()
    own = [classify_text(segment_text(s), tax) for s in segments]
    if tax.contexts:
        own = [_kept_in_context(i, segments, own[i], tax) for i in range(len(segments))]
    final: list[tuple[ClaimTag, ...] | None] = [None] * len(segments)
    for index in range(len(segments)):
        _resolve(index, segments, own, final, tax)
    return [tags if tags is not None else () for tags in final]


def _kept_in_context(
    index: int, segments: Sequence[SegmentDraft], tags: tuple[ClaimTag, ...], tax: Taxonomy
) -> tuple[ClaimTag, ...]:
    """A segment's own tags less those its section's kind makes mentions (``[[context]]``)."""
    context = section_context(index, segments, tax)
    if context is None or not tags:
        return tags
    return tuple(t for t in tags if t.claim in tax and tax.get(t.claim).group in context.keep)


def section_context(
    index: int, segments: Sequence[SegmentDraft], tax: Taxonomy
) -> SectionContext | None:
    """The kind of section ``segments[index]`` is in: the first context a heading opens,
    from the segment itself up through its parents."""
    current: int | None = index
    seen: set[int] = set()
    while current is not None and current not in seen:
        seen.add(current)
        segment = segments[current]
        if segment.kind is SegmentKind.HEADING:
            for context in tax.contexts:
                if context.opens(segment.heading):
                    return context
        current = _parent_of(segments, current)
    return None


def _resolve(
    index: int,
    segments: Sequence[SegmentDraft],
    own: Sequence[tuple[ClaimTag, ...]],
    final: list[tuple[ClaimTag, ...] | None],
    tax: Taxonomy,
) -> tuple[ClaimTag, ...]:
    """Final tags of ``segments[index]``, resolving its ancestors first (any order, no cycles)."""
    chain: list[int] = []
    current: int | None = index
    while current is not None and final[current] is None and current not in chain:
        chain.append(current)
        current = _parent_of(segments, current)
    for position in reversed(chain):
        parent = _parent_of(segments, position)
        above = final[parent] if parent is not None else None
        final[position] = inherit(own[position], above or (), tax)
    result = final[index]
    return result if result is not None else ()


def _parent_of(segments: Sequence[SegmentDraft], index: int) -> int | None:
    parent = segments[index].parent
    if parent is None or not 0 <= parent < len(segments) or parent == index:
        return None
    return parent


def inherit(
    own: tuple[ClaimTag, ...], parent: tuple[ClaimTag, ...], taxonomy: Taxonomy
) -> tuple[ClaimTag, ...]:
    """Combine a segment's own tags with its parent's final tags (the rule in the module doc)."""
    if not parent:
        return own
    result = {tag.claim: tag for tag in own}
    for tag in parent:
        confidence = tag.confidence if tag.inherited else _inherited(tag.confidence, taxonomy)
        mine = result.get(tag.claim)
        if mine is not None:
            if confidence > mine.confidence:
                result[tag.claim] = ClaimTag(mine.claim, confidence, mine.origin, mine.cues)
        elif not _contradicted(tag.claim, confidence, own, taxonomy):
            result[tag.claim] = ClaimTag(tag.claim, confidence, tag.origin, tag.cues, True)
    return _ordered(list(result.values()))


def _inherited(confidence: float, taxonomy: Taxonomy) -> float:
    return round(confidence * taxonomy.inherit_factor, 3)


def _contradicted(
    claim: str, confidence: float, own: tuple[ClaimTag, ...], taxonomy: Taxonomy
) -> bool:
    """Whether the segment's own tags name an alternative to ``claim`` (see the module doc)."""
    if claim not in taxonomy:
        return False
    kind = taxonomy.get(claim)
    for tag in own:
        if tag.claim == claim or tag.claim not in taxonomy or tag.confidence < confidence:
            continue
        other = taxonomy.get(tag.claim)
        if other.group == kind.group and other.parent == kind.parent:
            return True
    return False
