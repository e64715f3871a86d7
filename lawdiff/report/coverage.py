"""Which moving-side arguments a report counts, and whether each is answered.

An argument is what the linker links (see ``lawdiff.link.units``): a heading or count, or a
numbered complaint paragraph ("¶ 12"); any other segment that is the source of a link counts
too, so no link is ever dropped from a report.

Status, for the links the report includes (accepted, plus suggested when asked):

* answered: a link rebuts, distinguishes or concedes it, or every sub-argument is answered;
* partly: only a general response or a shared authority answers it, or only some of its
  sub-arguments are answered;
* unanswered: nothing answers it or any of its sub-arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import LinkInfo, Relation, SegmentInfo, SegmentKind

FULL_ANSWERS = frozenset({Relation.REBUTS, Relation.DISTINGUISHES, Relation.CONCEDES})


class Status(StrEnum):
    """How well one argument is answered."""

    ANSWERED = "answered"
    PARTLY = "partly"
    UNANSWERED = "unanswered"


def is_argument(segment: SegmentInfo) -> bool:
    """Headings, counts and numbered complaint paragraphs are arguments."""
    if segment.kind in (SegmentKind.HEADING, SegmentKind.COUNT):
        return True
    return segment.kind is SegmentKind.PARAGRAPH and segment.label.startswith("¶")


def arguments_of(segments: Sequence[SegmentInfo], linked: Iterable[SegmentId]) -> list[SegmentInfo]:
    """The arguments among ``segments`` (document order), plus any other linked segment."""
    sources = set(linked)
    return [s for s in segments if is_argument(s) or s.id in sources]


def argument_statuses(
    arguments: Sequence[SegmentInfo], links: Iterable[LinkInfo]
) -> dict[SegmentId, Status]:
    """Status of each argument given the links that answer it (already filtered)."""
    relations: dict[SegmentId, set[Relation]] = {}
    for link in links:
        relations.setdefault(link.source, set()).add(link.relation)
    children = _argument_children(arguments)
    statuses: dict[SegmentId, Status] = {}
    for argument in reversed(arguments):  # children come after their parents
        statuses[argument.id] = _status(
            relations.get(argument.id, set()),
            [statuses[c] for c in children.get(argument.id, ())],
        )
    return {a.id: statuses[a.id] for a in arguments}


def _status(relations: set[Relation], children: Sequence[Status]) -> Status:
    if relations & FULL_ANSWERS:
        return Status.ANSWERED
    if children and all(c is Status.ANSWERED for c in children):
        return Status.ANSWERED
    if relations or any(c is not Status.UNANSWERED for c in children):
        return Status.PARTLY
    return Status.UNANSWERED


def _argument_children(arguments: Sequence[SegmentInfo]) -> Mapping[SegmentId, list[SegmentId]]:
    """Each argument's nearest argument descendants, following segment parents."""
    by_id = {a.id: a for a in arguments}
    children: dict[SegmentId, list[SegmentId]] = {}
    for argument in arguments:
        # A parent that is not itself an argument (plain body text) ends the roll-up.
        if argument.parent is not None and argument.parent in by_id:
            children.setdefault(argument.parent, []).append(argument.id)
    return children
