"""Full-text search over segments (SQLite FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from lawdiff.core.ids import DocumentId, SegmentId


@dataclass(frozen=True)
class SearchHit:
    segment: SegmentId
    document: DocumentId
    label: str
    snippet: str  # with the matched words between [ and ]


def fts_query(query: str) -> str:
    """Turn what a user types into a safe FTS5 query: words ANDed, "quoted phrases" kept."""
    parts = re.findall(r'"([^"]+)"|(\S+)', query)
    terms = []
    for phrase, word in parts:
        raw = phrase or word
        clean = raw.replace('"', "")
        if clean:
            terms.append(f'"{clean}"' + ("" if phrase else "*"))
    return " ".join(terms)


def search_segments(session: Session, query: str, limit: int = 200) -> list[SearchHit]:
    """Segments matching ``query``, best first."""
    match = fts_query(query)
    if not match:
        return []
    rows = session.execute(
        text(
            "SELECT s.id, s.document_id, s.label, "
            "snippet(segments_fts, 2, '[', ']', '…', 12) "
            "FROM segments_fts JOIN segments s ON s.id = segments_fts.rowid "
            "WHERE segments_fts MATCH :q ORDER BY rank LIMIT :n"
        ),
        {"q": match, "n": limit},
    ).tuples()
    return [SearchHit(SegmentId(a), DocumentId(b), c, d) for a, b, c, d in rows]
