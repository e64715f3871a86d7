"""Everything that happens to a filing before it touches the case database.

``analyze_file`` runs ingest → segment → classify → cite as pure functions, so it can run in a
worker thread or process; the workspace then stores the result in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from lawdiff.cite import find_citations
from lawdiff.classify import classify_segments
from lawdiff.core.model import CitationRef, ClaimTag, Filing, Role, SegmentDraft
from lawdiff.core.progress import Progress, no_progress
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing


@dataclass(frozen=True)
class Analysis:
    """A filing with its segments, their claim tags and citations (aligned by position)."""

    filing: Filing
    segments: tuple[SegmentDraft, ...]
    tags: tuple[tuple[ClaimTag, ...], ...]
    citations: tuple[tuple[CitationRef, ...], ...]


def analyze_file(
    path: Path, *, role: Role | None = None, progress: Progress = no_progress, ocr: bool = True
) -> Analysis:
    """Import, segment, classify and cite-scan one file.

    Raises:
        KnownError: the file cannot be read as a filing.
    """
    filing = load_filing(path, progress=progress, ocr=ocr)
    if role is not None:
        # The segmenter reads a complaint differently from a brief: the user's word wins.
        filing = replace(filing, meta=replace(filing.meta, role=role))
    return analyze_filing(filing)


def analyze_filing(filing: Filing) -> Analysis:
    """Segment, classify and cite-scan an already loaded filing."""
    segmentation = segment_filing(filing)
    segments = segmentation.segments
    tags = tuple(classify_segments(segments))
    citations = tuple(tuple(find_citations(s.text)) for s in segments)
    warnings = filing.warnings + segmentation.warnings
    return Analysis(replace(filing, warnings=warnings), segments, tags, citations)
