"""Citations: cases and statutes (eyecite), court rules and record cites (our patterns).

Public API:
    find_citations(text) -> list[CitationRef]
    resolve_record_target(target, citing, documents, segments) -> SegmentId | None
"""

from lawdiff.cite.find import find_citations
from lawdiff.cite.resolve import resolve_record_target

__all__ = ["find_citations", "resolve_record_target"]
