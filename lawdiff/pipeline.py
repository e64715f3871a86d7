"""Everything that happens to a filing before it touches the case database.

``analyze_file`` runs ingest → segment → classify → cite as pure functions, so it can run in a
worker thread or process; the workspace then stores the result in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from lawdiff.cite import find_citations
from lawdiff.classify import classify_segments
from lawdiff.core.files import FileFacts
from lawdiff.core.model import Analysis, CitationRef, ClaimTag, Filing, Role, SegmentDraft
from lawdiff.core.progress import Progress, no_progress
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing
from lawdiff.segment.thin_outline import thin_outline_warning

# Analysis lives in core.model (the interchange stage makes them too); named here for callers
# that import it with the functions that make it.
__all__ = [
    "Analysis",
    "analyze_as",
    "analyze_file",
    "analyze_filing",
    "claims_and_citations",
    "complete_analysis",
]


def analyze_file(
    path: Path,
    *,
    role: Role | None = None,
    progress: Progress = no_progress,
    ocr: bool = True,
    facts: FileFacts | None = None,
) -> Analysis:
    """Import, segment, classify and cite-scan one file.

    ``facts`` are the file's head and hash when the caller has read them already.

    Raises:
        KnownError: the file cannot be read as a filing.
    """
    filing = load_filing(path, progress=progress, ocr=ocr, facts=facts)
    return analyze_as(filing, role)


def analyze_as(filing: Filing, role: Role | None = None) -> Analysis:
    """Segment, classify and cite-scan a loaded filing as a ``role`` (the user's word)
    when one is given (a docket's workers run this)."""
    if role is not None:
        # The segmenter reads a complaint differently from a brief: the user's word wins.
        filing = replace(filing, meta=replace(filing.meta, role=role))
    return analyze_filing(filing)


def analyze_filing(filing: Filing) -> Analysis:
    """Segment, classify and cite-scan an already loaded filing."""
    segmentation = segment_filing(filing)
    segments = segmentation.segments
    tags, citations = claims_and_citations(segments)
    thin = thin_outline_warning(filing, segments)
    warnings = filing.warnings + segmentation.warnings + ((thin,) if thin else ())
    return Analysis(
        replace(filing, warnings=warnings), segments, tags, citations, segmentation.parts
    )


def complete_analysis(analysis: Analysis) -> Analysis:
    """Classify and cite-scan a filing that came with neither (a lawdiff JSON document).

    A document with any claim tag keeps its tags as they are, and one with any citation
    keeps its citations: they were someone's decision.
    """
    if any(analysis.tags) and any(analysis.citations):
        return analysis
    tags, citations = claims_and_citations(analysis.segments)
    return replace(
        analysis,
        tags=analysis.tags if any(analysis.tags) else tags,
        citations=analysis.citations if any(analysis.citations) else citations,
    )


def claims_and_citations(
    segments: Sequence[SegmentDraft],
) -> tuple[tuple[tuple[ClaimTag, ...], ...], tuple[tuple[CitationRef, ...], ...]]:
    """The classifier's tags and the citations found in each segment, aligned with them."""
    tags = tuple(classify_segments(segments))
    return tags, tuple(tuple(find_citations(s.text)) for s in segments)
