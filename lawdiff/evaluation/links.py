"""Measure rebuttal suggestions against gold links written by reading the filings.

Gold format (our own JSON)::

    {"source_document": "dkt167-1_defs_MIL_memo.pdf",
     "target_document": "dkt202_pls_opp_to_MIL.pdf",
     "folder": "marshall-v-northrop-grumman",          # optional: where the files are
     "links": [["ARGUMENT/I.A", "ARGUMENT/I.A"], ["INTRODUCTION", "INTRODUCTION"], ...]}

A label is a segment label as the segmenter writes it ("I.A.1", "¶ 12", "COUNT I",
"INTRODUCTION"); where a label occurs more than once in a filing (Marshall's BACKGROUND and
ARGUMENT both have an "I"), prefix the label of an enclosing segment: "ARGUMENT/I".
A gold source listed with no pair (``["III.E", null]``) must stay unanswered.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from lawdiff.core.errors import KnownError
from lawdiff.core.ids import CitationId, DocumentId, SegmentId
from lawdiff.core.model import (
    CitationInfo,
    DocumentInfo,
    LinkSuggestion,
    SegmentInfo,
)
from lawdiff.link import (
    DEFAULT_THRESHOLD,
    build_units,
    folding_documents,
    select_links,
    suggest_rebuttals,
)
from lawdiff.link.baseline import heading_baseline
from lawdiff.link.suggest import DEFAULT_FLOOR

if TYPE_CHECKING:
    from lawdiff.core.model import Filing

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class GoldLinks:
    """Gold links between two filings, by segment label."""

    source_document: str
    target_document: str
    links: tuple[tuple[str, str | None], ...]
    folder: str = ""


@dataclass(frozen=True)
class LinkScores:
    """How well suggestions match the gold links.

    Attributes:
        sources: gold sources with at least one gold target (what top-1 and MRR average over).
        top1: share of those whose best-scored suggestion is a gold target.
        mrr: mean reciprocal rank of the first gold target (0 when never suggested).
        precision, recall, f1: of the suggested pairs at ``threshold`` against the gold pairs.
        misses: one line per source whose first suggestion is wrong.
    """

    sources: int
    top1: float
    mrr: float
    precision: float
    recall: float
    f1: float
    threshold: float
    predicted: int
    gold: int
    misses: tuple[str, ...] = ()


def load_gold(path: Path) -> GoldLinks:
    """Read a gold-links file.

    Raises:
        KnownError: the file is missing or not in the gold format.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        links = tuple((str(s), None if t is None else str(t)) for s, t in data["links"])
        return GoldLinks(
            source_document=str(data["source_document"]),
            target_document=str(data["target_document"]),
            links=links,
            folder=str(data.get("folder", "")),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KnownError(f"not a gold-links file ({error})", path) from error


def evaluate_links(
    gold: GoldLinks,
    suggestions: Sequence[LinkSuggestion],
    segments: Sequence[SegmentInfo],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    fold: Collection[DocumentId] = frozenset(),
) -> LinkScores:
    """Score ``suggestions`` (made with threshold 0, so every candidate is ranked) against gold.

    Args:
        gold: the gold links.
        suggestions: the linker's scored pairs, best first per source.
        segments: the segments of both documents, the source document's first.
        threshold: where precision, recall and F1 are measured.
        fold: documents whose numbered paragraphs fold into their heading's unit, as the
            suggestions were made.
    """
    pairs, sources = _gold_pairs(gold, segments, fold)
    ranked: dict[SegmentId, list[SegmentId]] = {}
    for suggestion in sorted(suggestions, key=lambda s: -s.score):
        ranked.setdefault(suggestion.source, []).append(suggestion.target)
    reciprocal: list[float] = []
    misses: list[str] = []
    labels = {s.id: s.label for s in segments}
    for source in sources:
        wanted = {t for s, t in pairs if s == source}
        order = ranked.get(source, [])
        rank = next((i + 1 for i, t in enumerate(order) if t in wanted), None)
        reciprocal.append(1.0 / rank if rank else 0.0)
        if rank != 1:
            first = labels.get(order[0], "nothing") if order else "nothing"
            misses.append(f"{labels[source]}: first {first}, gold rank {rank or '-'}")
    floor = DEFAULT_FLOOR if threshold == DEFAULT_THRESHOLD else None
    chosen = {(s.source, s.target) for s in select_links(suggestions, threshold, floor)}
    return _scores(pairs, chosen, reciprocal, threshold, misses)


def _scores(
    pairs: set[tuple[SegmentId, SegmentId]],
    chosen: set[tuple[SegmentId, SegmentId]],
    reciprocal: Sequence[float],
    threshold: float,
    misses: Sequence[str],
) -> LinkScores:
    correct = len(pairs & chosen)
    precision = correct / len(chosen) if chosen else 0.0
    recall = correct / len(pairs) if pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    count = len(reciprocal)
    return LinkScores(
        sources=count,
        top1=sum(r == 1.0 for r in reciprocal) / count if count else 0.0,
        mrr=sum(reciprocal) / count if count else 0.0,
        precision=precision,
        recall=recall,
        f1=f1,
        threshold=threshold,
        predicted=len(chosen),
        gold=len(pairs),
        misses=tuple(misses),
    )


def _gold_pairs(
    gold: GoldLinks, segments: Sequence[SegmentInfo], fold: Collection[DocumentId]
) -> tuple[set[tuple[SegmentId, SegmentId]], list[SegmentId]]:
    """Gold pairs as argument-unit ids, and the gold sources that have a target, in order."""
    documents = list(dict.fromkeys(s.document for s in segments))
    if len(documents) != 2:
        raise KnownError(f"gold links need two documents' segments, got {len(documents)}")
    source_doc, target_doc = documents
    by_doc = {d: [s for s in segments if s.document == d] for d in documents}
    pairs: set[tuple[SegmentId, SegmentId]] = set()
    sources: list[SegmentId] = []
    for source_label, target_label in gold.links:
        source = find_unit(source_label, by_doc[source_doc], fold)
        if target_label is None:
            continue
        pairs.add((source, find_unit(target_label, by_doc[target_doc], fold)))
        if source not in sources:
            sources.append(source)
    return pairs, sources


def find_unit(
    label: str, segments: Sequence[SegmentInfo], fold: Collection[DocumentId] = frozenset()
) -> SegmentId:
    """The argument unit a gold label names ("ARGUMENT/I.A": an "I.A" under "ARGUMENT").

    Raises:
        KnownError: no segment or more than one segment has that label.
    """
    *outer, own = label.split("/")
    by_id = {s.id: s for s in segments}
    found = [s for s in segments if s.label == own and _has_ancestors(s, outer, by_id)]
    if len(found) != 1:
        problem = "no segment" if not found else f"{len(found)} segments"
        raise KnownError(f"gold label {label!r}: {problem} with that label")
    owner = {m: u.id for u in build_units(segments, fold) for m in u.members}
    return owner.get(found[0].id, found[0].id)


def _has_ancestors(
    segment: SegmentInfo, outer: Sequence[str], by_id: Mapping[SegmentId, SegmentInfo]
) -> bool:
    labels: list[str] = []
    parent = segment.parent
    while parent is not None and parent in by_id:
        labels.append(by_id[parent].label)
        parent = by_id[parent].parent
    labels.reverse()
    position = 0
    for label in labels:
        if position < len(outer) and label == outer[position]:
            position += 1
    return position == len(outer)


def format_link_scores(name: str, scores: LinkScores) -> str:
    """One paragraph of figures for a terminal or a closing note."""
    lines = [
        f"{name}: {scores.sources} moving-side arguments with gold answers",
        f"  top-1 {scores.top1:.3f}   MRR {scores.mrr:.3f}",
        f"  at threshold {scores.threshold:.2f}: precision {scores.precision:.3f}  "
        f"recall {scores.recall:.3f}  F1 {scores.f1:.3f}  "
        f"({scores.predicted} suggested, {scores.gold} gold)",
    ]
    lines.extend(f"  miss: {miss}" for miss in scores.misses)
    return "\n".join(lines)


def run_link_eval(gold_path: Path, corpus_dir: Path | None = None) -> str:
    """Import both filings of a gold file, link them, and report scores and the baseline.

    Args:
        gold_path: the gold-links JSON.
        corpus_dir: where the real filings are (``../shared/corpus``); files are also looked
            for in the repository (``data/sample``) and next to the gold file.

    Returns:
        The report: the linker's figures, then the headings-only rapidfuzz baseline's.
    """
    gold = load_gold(gold_path)
    ours, baseline = link_scores(gold_path, corpus_dir)
    name = f"{gold.source_document} → {gold.target_document}"
    base = f"baseline (headings-only rapidfuzz): top-1 {baseline.top1:.3f}   MRR {baseline.mrr:.3f}"
    return f"{format_link_scores(name, ours)}\n  {base}"


def link_scores(gold_path: Path, corpus_dir: Path | None = None) -> tuple[LinkScores, LinkScores]:
    """The linker's scores and the headings-only baseline's on one gold file."""
    (sources, targets), fold = import_gold_case(gold_path, corpus_dir)
    return score_gold(load_gold(gold_path), sources, targets, fold)


def import_gold_pair(
    gold_path: Path, corpus_dir: Path | None = None
) -> tuple[list[SegmentInfo], list[SegmentInfo]]:
    """Import the two filings a gold file names: the source's segments, then the target's.

    Segments are classified and cited, and record cites resolved as the workspace does.
    """
    (sources, targets), _ = import_gold_case(gold_path, corpus_dir)
    return sources, targets


def import_gold_case(
    gold_path: Path, corpus_dir: Path | None = None
) -> tuple[list[list[SegmentInfo]], frozenset[DocumentId]]:
    """:func:`import_gold_pair` with the documents whose numbered paragraphs fold
    (:func:`lawdiff.link.folding_documents`, from the roles the import reads)."""
    gold = load_gold(gold_path)
    return import_case([_locate(name, gold, gold_path, corpus_dir) for name in _names(gold)])


def import_filings(paths: Sequence[Path]) -> list[list[SegmentInfo]]:
    """Import filings as one case: each one's segments (classified, cited, record cites
    resolved among them as the workspace does), in the order of ``paths``."""
    return import_case(paths)[0]


def import_case(
    paths: Sequence[Path],
) -> tuple[list[list[SegmentInfo]], frozenset[DocumentId]]:
    """:func:`import_filings` with the documents whose numbered paragraphs fold into the
    heading above them, by the roles the import reads (as the workspace links them)."""
    documents, segments = _import_pair(paths)
    resolved = _with_record_targets(documents, segments)
    return [resolved[d.id] for d in documents], folding_documents(documents)


def score_gold(
    gold: GoldLinks,
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    fold: Collection[DocumentId] = frozenset(),
) -> tuple[LinkScores, LinkScores]:
    """Link ``sources`` to ``targets`` and score the result and the baseline against ``gold``
    (``fold``: documents whose numbered paragraphs fold into their heading's unit)."""
    everything = [*sources, *targets]
    ranked = suggest_rebuttals(sources, targets, threshold=0.0, fold=fold)
    ours = evaluate_links(gold, ranked, everything, fold=fold)
    baseline = evaluate_links(
        gold, heading_baseline(sources, targets, fold), everything, threshold=1.0, fold=fold
    )
    return ours, baseline


def _names(gold: GoldLinks) -> tuple[str, str]:
    return gold.source_document, gold.target_document


def _locate(name: str, gold: GoldLinks, gold_path: Path, corpus_dir: Path | None) -> Path:
    roots = [corpus_dir / gold.folder, corpus_dir] if corpus_dir is not None else []
    roots += [REPO / gold.folder, gold_path.parent]
    for root in roots:
        if (root / name).is_file():
            return root / name
    raise KnownError(f"cannot find {name} (looked in {', '.join(map(str, roots))})", gold_path)


def _import_pair(
    paths: Sequence[Path],
) -> tuple[list[DocumentInfo], dict[DocumentId, list[SegmentInfo]]]:
    """Import, segment, classify and cite both filings into SegmentInfo with fake ids."""
    from lawdiff.ingest import load_filing  # lazily: the only stage imports of link evaluation

    documents: list[DocumentInfo] = []
    segments: dict[DocumentId, list[SegmentInfo]] = {}
    for number, path in enumerate(paths, start=1):
        filing = load_filing(path)
        document = _document_info(DocumentId(number), filing)
        documents.append(document)
        segments[document.id] = _segment_infos(document.id, filing, first_id=number * 100_000)
    return documents, segments


def _document_info(document: DocumentId, filing: Filing) -> DocumentInfo:
    meta = filing.meta
    return DocumentInfo(
        id=document,
        title=meta.title,
        role=meta.role,
        motion_kind=meta.motion_kind,
        party=meta.party,
        filed=meta.filed,
        source_name=filing.source_name,
        sha256=filing.sha256,
        kind=filing.kind,
        page_count=len(filing.pages),
        warnings=filing.warnings,
        ecf_number=meta.ecf_number,
    )


def _segment_infos(document: DocumentId, filing: Filing, first_id: int) -> list[SegmentInfo]:
    from lawdiff.cite import find_citations
    from lawdiff.classify import classify_segments
    from lawdiff.segment import segment_filing

    drafts = segment_filing(filing).segments
    tags = classify_segments(drafts)
    infos: list[SegmentInfo] = []
    for draft, claims in zip(drafts, tags, strict=True):
        cites = tuple(
            CitationInfo(CitationId(first_id + draft.index * 100 + i), c.kind, c.text, c.normalized)
            for i, c in enumerate(find_citations(draft.text))
        )
        infos.append(
            SegmentInfo(
                id=SegmentId(first_id + draft.index),
                document=document,
                parent=SegmentId(first_id + draft.parent) if draft.parent is not None else None,
                kind=draft.kind,
                label=draft.label,
                heading=draft.heading,
                text=draft.text,
                order=draft.index,
                level=draft.level,
                start_page=draft.span.start_page,
                start_line=draft.span.start_line,
                end_page=draft.span.end_page,
                end_line=draft.span.end_line,
                claims=claims,
                citations=cites,
            )
        )
    return infos


def _with_record_targets(
    documents: Sequence[DocumentInfo], segments: Mapping[DocumentId, Sequence[SegmentInfo]]
) -> dict[DocumentId, list[SegmentInfo]]:
    """Set each record cite's target segment the way the workspace does."""

    from lawdiff.cite import find_citations, resolve_record_target

    resolved: dict[DocumentId, list[SegmentInfo]] = {}
    for document in documents:
        updated: list[SegmentInfo] = []
        for segment in segments[document.id]:
            refs = find_citations(segment.text)
            cites = tuple(
                replace(
                    info,
                    target_segment=resolve_record_target(ref.target, document, documents, segments),
                )
                if ref.target is not None
                else info
                for info, ref in zip(segment.citations, refs, strict=True)
            )
            updated.append(replace(segment, citations=cites))
        resolved[document.id] = updated
    return resolved
