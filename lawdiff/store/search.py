"""Full-text search over segments (SQLite FTS5)."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from lawdiff.core.errors import KnownError
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SearchHit

MAX_QUERY_CHARS = 1_000
MAX_QUERY_TERMS = 32  # terms are ANDed: 32 short words take ≈0.1 s over 20,000 segments
MIN_PREFIX = 3  # shorter words are matched whole, not as prefixes


def check_query(query: str) -> None:
    """Refuse a query SQLite cannot take or that would search for minutes.

    Raises:
        KnownError: a NUL or a lone surrogate, more than :data:`MAX_QUERY_CHARS` characters
            or :data:`MAX_QUERY_TERMS` words.
    """
    if "\x00" in query:
        raise KnownError("the search text contains a NUL character; remove it and search again")
    try:
        query.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise KnownError(
            "the search text is not valid Unicode (a lone surrogate); retype it"
        ) from exc
    if len(query) > MAX_QUERY_CHARS:
        raise KnownError(
            f"the search text is too long ({len(query):,} characters); search for at most "
            f"{MAX_QUERY_CHARS:,} characters, or a few distinctive words"
        )
    terms = len(re.findall(r'"[^"]+"|\S+', query))
    if terms > MAX_QUERY_TERMS:
        raise KnownError(
            f"the search text is too long ({terms} words); search for at most "
            f"{MAX_QUERY_TERMS} words, or put a passage in quotes"
        )


def fts_query(query: str) -> str:
    """Turn what a user types into a safe FTS5 query: words ANDed, "quoted phrases" kept.

    A word of :data:`MIN_PREFIX` characters or more also matches longer words ("conspir" finds
    "conspiracy"); a shorter one matches itself only, as a one-letter prefix would expand to
    most of the case's vocabulary.
    """
    parts = re.findall(r'"([^"]+)"|(\S+)', query)
    terms = []
    for phrase, word in parts:
        raw = phrase or word
        clean = raw.replace('"', "")
        if clean:
            prefix = not phrase and len(clean) >= MIN_PREFIX
            terms.append(f'"{clean}"' + ("*" if prefix else ""))
    return " ".join(terms)


def search_segments(session: Session, query: str, limit: int = 200) -> list[SearchHit]:
    """Segments matching ``query``, best first.

    Raises:
        KnownError: the query is refused by :func:`check_query`.
    """
    check_query(query)
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
