"""Argument units: what the linker links and what coverage counts.

A unit is a HEADING or COUNT segment (a brief's argument section, a complaint's count or
heading) or a numbered complaint paragraph ("¶ N"). A heading unit reads its own heading plus
the text of the body paragraphs, footnotes and quotes below it, down to the next unit; the text
of sub-sections belongs to the sub-section's own unit, so "I" and "I.A" stay distinguishable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import CitationInfo, SegmentInfo, SegmentKind


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

    Tables of contents and authorities are headings but answer nothing.
    """
    if segment.kind in (SegmentKind.HEADING, SegmentKind.COUNT):
        return segment.label.upper() not in NOT_ARGUMENTS
    return segment.kind is SegmentKind.PARAGRAPH and segment.label.startswith("¶")


def build_units(segments: Sequence[SegmentInfo]) -> list[ArgumentUnit]:
    """The argument units of one side's segments, in document order."""
    ordered = sorted(segments, key=lambda s: (s.document, s.order))
    by_id = {s.id: s for s in ordered}
    owner = {s.id: _owning_unit(s, by_id) for s in ordered}
    gathered: dict[SegmentId, list[SegmentInfo]] = {}
    for segment in ordered:
        unit_id = owner[segment.id]
        if unit_id is not None:
            gathered.setdefault(unit_id, []).append(segment)
    return [_unit(by_id[unit_id], members, owner, by_id) for unit_id, members in gathered.items()]


def _owning_unit(segment: SegmentInfo, by_id: Mapping[SegmentId, SegmentInfo]) -> SegmentId | None:
    """The nearest unit at or above ``segment`` (None for text outside every unit)."""
    current: SegmentInfo | None = segment
    seen: set[SegmentId] = set()
    while current is not None and current.id not in seen:
        if is_unit(current):
            return current.id
        seen.add(current.id)
        current = by_id.get(current.parent) if current.parent is not None else None
    return None


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
