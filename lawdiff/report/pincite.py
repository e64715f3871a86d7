"""Pin cites the way a brief writes them: "Compl. ¶ 52", "Mot. at 7:3", "Opp. (Dkt. 20) at 4"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import DocumentInfo, Role, SegmentInfo

ABBREVIATIONS: dict[Role, str] = {
    Role.COMPLAINT: "Compl.",
    Role.MOTION: "Mot.",
    Role.OPPOSITION: "Opp.",
    Role.REPLY: "Reply",
    Role.ORDER: "Order",
    Role.OTHER: "Doc.",
}


def document_abbreviations(documents: Sequence[DocumentInfo]) -> dict[DocumentId, str]:
    """Short names for each document; a role that occurs twice gets the docket number added.

    >>> from lawdiff.core.ids import DocumentId as D
    >>> docs = [DocumentInfo(D(1), "", Role.MOTION, "", "", "", "", "", "", 1, ())]
    >>> document_abbreviations(docs)
    {1: 'Mot.'}
    """
    repeats = Counter(d.role for d in documents)
    names: dict[DocumentId, str] = {}
    for number, doc in enumerate(documents, start=1):
        base = ABBREVIATIONS[doc.role]
        if repeats[doc.role] > 1:
            base = f"{base} (Dkt. {doc.ecf_number})" if doc.ecf_number else f"{base} ({number})"
        names[doc.id] = base
    return names


def pin_cite(abbreviation: str, segment: SegmentInfo) -> str:
    """ "Compl. ¶ 52" for a numbered paragraph, else "Mot. at 7:3" (start page:line).

    >>> from lawdiff.core.model import SegmentKind
    >>> from lawdiff.core.ids import SegmentId, DocumentId
    >>> seg = SegmentInfo(SegmentId(1), DocumentId(1), None, SegmentKind.HEADING,
    ...                   "II.A", "Title", "", 0, 1, 7, 3, 7, 9)
    >>> pin_cite("Mot.", seg)
    'Mot. at 7:3'
    """
    if segment.label.startswith("¶"):
        return f"{abbreviation} {segment.label}"
    if segment.start_page <= 0:
        return f"{abbreviation} {segment.label}".strip()
    if segment.start_line <= 0:
        return f"{abbreviation} at {segment.start_page}"
    return f"{abbreviation} at {segment.start_page}:{segment.start_line}"
