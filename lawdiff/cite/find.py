"""Find every citation in a text: eyecite's cases and statutes, our rules and record cites."""

from __future__ import annotations

from dataclasses import replace

from lawdiff.cite.authorities import authority_cites
from lawdiff.cite.record import id_cites, id_target, record_cites, rule_cites
from lawdiff.core.model import CitationKind, CitationRef, RecordTarget


def find_citations(text: str) -> list[CitationRef]:
    """Every citation in ``text``, in order, offsets into ``text``.

    Cases and statutes come from eyecite; court rules, record cites and "Id." from
    :mod:`lawdiff.cite.patterns`. Where two finds overlap the longer one wins
    ("Fed. R. Civ. P. 12(b)(6)" over "Rule 12(b)(6)"). An "Id." right after a record cite
    points at the same document with its own pin ("Compl. ¶ 3 … Id. ¶ 4" → complaint ¶ 4).

    Args:
        text: any text: a segment, a page, a whole filing.

    Returns:
        Citations sorted by start offset; ``text[c.start:c.end] == c.text`` for each.
    """
    if not text:  # eyecite raises ValueError on an empty string (a heading without text)
        return []
    found = [*authority_cites(text), *rule_cites(text), *record_cites(text), *id_cites(text)]
    return _resolve_ids(_drop_overlaps(found))


def _drop_overlaps(found: list[CitationRef]) -> list[CitationRef]:
    kept: list[CitationRef] = []
    for cite in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cite.end <= other.start or cite.start >= other.end for other in kept):
            kept.append(cite)
    return sorted(kept, key=lambda c: c.start)


def _resolve_ids(cites: list[CitationRef]) -> list[CitationRef]:
    previous: RecordTarget | None = None
    resolved: list[CitationRef] = []
    for cite in cites:
        if cite.kind is CitationKind.ID and previous is not None:
            cite = replace(cite, target=id_target(cite, previous))
        # An "Id." after a case cite refers to the case, not to a record document.
        previous = cite.target if cite.kind in (CitationKind.RECORD, CitationKind.ID) else None
        resolved.append(cite)
    return resolved
