"""The authorities table: each case, statute and rule, who cites it and where."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import CitationKind, DocumentInfo, SegmentInfo

AUTHORITY_KINDS = (CitationKind.CASE, CitationKind.STATUTE, CitationKind.RULE)


@dataclass(frozen=True)
class AuthorityUse:
    """One place an authority is cited."""

    side: str
    pin: str


@dataclass(frozen=True)
class AuthorityRow:
    """One authority of the case.

    Attributes:
        kind: "case", "statute" or "rule".
        text: the citation as first written in the case.
        sides: the parties (or roles, when a filing names no party) that cite it.
        uses: every citing place, in document order.
        shared: cited by more than one side.
    """

    kind: str
    text: str
    sides: tuple[str, ...]
    uses: tuple[AuthorityUse, ...]
    shared: bool


def side_of(document: DocumentInfo) -> str:
    """The filing party, or the filing's role when no party is known."""
    return document.party.strip() or document.role.value.capitalize()


def authority_rows(
    documents: Sequence[DocumentInfo],
    segments: Sequence[SegmentInfo],
    pins: Mapping[SegmentId, str],
) -> tuple[AuthorityRow, ...]:
    """Authorities grouped by normalized citation, shared ones first, then by kind and text.

    Args:
        documents: the case's documents.
        segments: segments to scan, in document order.
        pins: pin cite of each segment.
    """
    docs = {d.id: d for d in documents}
    found: dict[tuple[str, str], tuple[str, list[AuthorityUse]]] = {}
    for seg in segments:
        for cite in seg.citations:
            if cite.kind not in AUTHORITY_KINDS:
                continue
            key = (cite.kind.value, (cite.normalized or cite.text).casefold())
            _, uses = found.setdefault(key, (cite.text, []))
            use = AuthorityUse(side_of(docs[seg.document]), pins[seg.id])
            if use not in uses:
                uses.append(use)
    rows = [_row(kind, text, uses) for (kind, _), (text, uses) in found.items()]
    return tuple(sorted(rows, key=lambda r: (not r.shared, r.kind, r.text.casefold())))


def _row(kind: str, text: str, uses: list[AuthorityUse]) -> AuthorityRow:
    sides = tuple(dict.fromkeys(u.side for u in uses))
    return AuthorityRow(kind, text, sides, tuple(uses), len(sides) > 1)
