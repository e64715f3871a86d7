"""Argument units: what the linker links and what coverage counts.

A unit is a HEADING or COUNT segment (a brief's argument section, a complaint's count or
heading) or a numbered complaint paragraph ("¶ N"). A brief written in numbered paragraphs (a
"COMES NOW" motion, a petition, a brief whose every paragraph is "[¶n]") argues by its headings:
its paragraphs under a heading fold into that heading's unit (:func:`folding_documents`). A
heading unit reads its own heading plus
the text of the body paragraphs, footnotes and quotes below it, down to the next unit; the text
of sub-sections belongs to the sub-section's own unit, so "I" and "I.A" stay distinguishable.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import CitationInfo, DocumentInfo, Role, SegmentInfo, SegmentKind


@dataclass(frozen=True)
class ArgumentUnit:
    """One linkable unit with the text and citations of the segments it gathers.

    Attributes:
        segment: the HEADING / COUNT / "¶ N" segment the unit is named after.
        members: ids of that segment and of the body segments gathered into it.
        parent: the enclosing unit's segment id, if any.
        text: heading, then the gathered body text.
        citations: every citation of the members.
        claims: claim ids tagged on the members.
        pages: first and last page of the members' text.
    """

    segment: SegmentInfo
    members: frozenset[SegmentId]
    parent: SegmentId | None
    text: str
    citations: tuple[CitationInfo, ...]
    claims: frozenset[str]
    pages: tuple[int, int] = (0, 0)

    @property
    def id(self) -> SegmentId:
        """The id of the segment the unit is named after."""
        return self.segment.id

    @property
    def heading(self) -> str:
        """The heading of a heading or count, else "" ."""
        return self.segment.heading


NOT_ARGUMENTS = frozenset({"TABLE OF CONTENTS", "TABLE OF AUTHORITIES", "CERTIFICATE OF SERVICE"})


def is_unit(segment: SegmentInfo) -> bool:
    """HEADING and COUNT segments and numbered complaint paragraphs ("¶ 12") are units.

    Tables of contents and authorities are headings but answer nothing. A brief's numbered
    paragraph under a heading is not a unit of its own (:func:`build_units` with ``fold``).
    """
    if segment.kind in (SegmentKind.HEADING, SegmentKind.COUNT):
        return segment.label.upper() not in NOT_ARGUMENTS
    return segment.kind is SegmentKind.PARAGRAPH and segment.label.startswith("¶")


# filings that argue by headings: their numbered paragraphs are not what the other side answers
FOLDING_ROLES = frozenset({Role.MOTION, Role.OPPOSITION, Role.REPLY})


def folding_documents(documents: Iterable[DocumentInfo]) -> frozenset[DocumentId]:
    """The documents whose numbered paragraphs fold into the heading above them.

    A motion, opposition or reply argues by its headings, numbered paragraphs or not; a
    complaint's (or an answer's) numbered paragraphs are what the other side cites and
    answers, so they stay units. An order or a filing of unknown role keeps them too.
    """
    return frozenset(d.id for d in documents if d.role in FOLDING_ROLES)


def build_units(
    segments: Sequence[SegmentInfo], fold: Collection[DocumentId] = frozenset()
) -> list[ArgumentUnit]:
    """The argument units of one side's segments, in document order.

    Args:
        segments: one side's segments.
        fold: documents whose numbered paragraphs ("¶ N") under a heading or count belong to
            that heading's unit (:func:`folding_documents`); a numbered paragraph with no
            heading above it stays a unit whatever its document. By default none fold: a
            caller that does not know the roles gets every numbered paragraph as a unit.
    """
    ordered = sorted(segments, key=lambda s: (s.document, s.order))
    by_id = {s.id: s for s in ordered}
    owner = {s.id: _owning_unit(s, by_id, s.document in fold) for s in ordered}
    gathered: dict[SegmentId, list[SegmentInfo]] = {}
    for segment in ordered:
        unit_id = owner[segment.id]
        if unit_id is not None:
            gathered.setdefault(unit_id, []).append(segment)
    return [_unit(by_id[unit_id], members, owner, by_id) for unit_id, members in gathered.items()]


def _owning_unit(
    segment: SegmentInfo, by_id: Mapping[SegmentId, SegmentInfo], fold: bool
) -> SegmentId | None:
    """The nearest unit at or above ``segment`` (None for text outside every unit).

    With ``fold`` a numbered paragraph is passed over for the heading or count above it, and
    is the unit only when none is.
    """
    current: SegmentInfo | None = segment
    seen: set[SegmentId] = set()
    paragraph: SegmentId | None = None  # the numbered paragraph passed over, if any
    while current is not None and current.id not in seen:
        if is_unit(current):
            if not (fold and current.kind is SegmentKind.PARAGRAPH):
                return current.id
            paragraph = paragraph or current.id
        seen.add(current.id)
        current = by_id.get(current.parent) if current.parent is not None else None
    return paragraph


def _unit(
    head: SegmentInfo,
    members: Sequence[SegmentInfo],
    owner: Mapping[SegmentId, SegmentId | None],
    by_id: Mapping[SegmentId, SegmentInfo],
) -> ArgumentUnit:
    parent = owner.get(head.parent) if head.parent is not None else None
    texts = [head.heading] if head.heading and head.heading not in head.text else []
    texts.extend(m.text for m in members if m.text)
    return ArgumentUnit(
        segment=head,
        members=frozenset(m.id for m in members),
        parent=parent if parent in by_id else None,
        text="\n".join(texts),
        citations=tuple(_citations(members)),
        claims=frozenset(tag.claim for m in members for tag in m.claims),
        pages=(min(m.start_page for m in members), max(m.end_page for m in members)),
    )


def _citations(members: Iterable[SegmentInfo]) -> Iterable[CitationInfo]:
    for member in members:
        yield from member.citations
