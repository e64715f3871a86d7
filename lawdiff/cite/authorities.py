"""Cases and statutes through eyecite, with offsets mapped back to the original text.

eyecite misses citations broken across lines, so the text is whitespace-collapsed first
(``clean_text(text, ["all_whitespace"])``); every offset eyecite reports is then mapped back
through :func:`collapse_map`, so a citation's ``start:end`` always indexes the caller's text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from eyecite import clean_text, get_citations
from eyecite.models import (
    FullCaseCitation,
    FullLawCitation,
    ShortCaseCitation,
)

from lawdiff.cite import patterns as p
from lawdiff.core.errors import BugError
from lawdiff.core.model import CitationKind, CitationRef

# eyecite logs "Unknown overlap case" warnings for ordinary briefs; they are not the user's concern.
logging.getLogger("eyecite").addHandler(logging.NullHandler())
logging.getLogger("eyecite").propagate = False


def collapse_map(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed ``text`` and, for each of its offsets (and its end), the original one.

    Returns:
        ``(clean, origin)`` with ``len(origin) == len(clean) + 1``: ``clean[i]`` came from
        ``text[origin[i]]`` and ``origin[len(clean)] == len(text)``.
    """
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for match in p.WHITESPACE.finditer(text):
        pieces.append(text[pos : match.start()])
        origin.extend(range(pos, match.start()))
        pieces.append(" ")
        origin.append(match.start())
        pos = match.end()
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return "".join(pieces), origin


def _normalized(citation: object, matched: str) -> str:
    if isinstance(citation, FullCaseCitation | ShortCaseCitation):
        return str(citation.corrected_citation())  # type: ignore[no-untyped-call]
    # Statutes: eyecite's corrected form can drop words ("Cal. Civ. Code" → "Cal. Code").
    return p.SECTION_SPACING.sub(r"\1 ", p.WHITESPACE.sub(" ", matched)).strip()


def authority_cites(text: str) -> Iterator[CitationRef]:
    """Case and statute citations eyecite finds in ``text`` (offsets into ``text``)."""
    clean, origin = collapse_map(text)
    if clean != clean_text(text, ["all_whitespace"]):
        raise BugError("whitespace collapsing disagrees with eyecite's clean_text")
    for citation in get_citations(clean):
        if isinstance(citation, FullCaseCitation | ShortCaseCitation):
            kind = CitationKind.CASE
        elif isinstance(citation, FullLawCitation):
            kind = CitationKind.STATUTE
        else:
            continue  # Id., supra and references are ours or not useful on their own
        begin, stop = citation.span()  # type: ignore[no-untyped-call]
        start, end = origin[begin], origin[stop - 1] + 1
        yield CitationRef(
            kind=kind,
            text=text[start:end],
            normalized=_normalized(citation, clean[begin:stop]),
            start=start,
            end=end,
        )
