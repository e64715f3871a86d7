"""Arguments and their coverage, as the linker defines them (``lawdiff.link``).

An argument is one of the linker's units: a heading or count, or a numbered complaint
paragraph, gathering the body text below it. Its status is ``lawdiff.link.coverage``'s:
answered, partly (some sub-arguments answered, or only the parent itself linked) or
unanswered. A link whose source lies outside every unit (text before the first heading)
still appears: its source then counts as an argument of its own.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from lawdiff import link
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import LinkInfo, SegmentInfo
from lawdiff.report.claims import UNCLASSIFIED, effective_claims


class Status(StrEnum):
    """How well one argument is answered."""

    ANSWERED = "answered"
    PARTLY = "partly"
    UNANSWERED = "unanswered"
    NOT_ARGUED = "not-argued"  # introduction, facts, standard, ARGUMENT, conclusion (issue 11)
    NOT_EXPECTED = "not-expected"  # a complaint's paragraphs against a TRO opposition


@dataclass(frozen=True)
class Argument:
    """One argument of a document.

    Attributes:
        segment: the heading / count / "¶ N" segment it is named after.
        members: the segments it gathers, in document order (itself first).
        status: its coverage.
        claims: effective claim ids of its members (``(UNCLASSIFIED,)`` when none).
    """

    segment: SegmentInfo
    members: tuple[SegmentInfo, ...]
    status: Status
    claims: tuple[str, ...]

    @property
    def body(self) -> str:
        """The text of its members without the heading, which a report shows apart."""
        texts = [m.text for m in self.members]
        heading = " ".join(self.segment.heading.split())
        if heading and texts:
            own = " ".join(texts[0].split())
            texts[0] = own[len(heading) :] if own.startswith(heading) else texts[0]
        return "\n\n".join(t.strip() for t in texts if t.strip())


def document_arguments(
    segments: Sequence[SegmentInfo],
    links: Sequence[LinkInfo],
    *,
    include_suggested: bool,
    not_argued: Collection[SegmentId] = frozenset(),
    fold: Collection[DocumentId] = frozenset(),
) -> list[Argument]:
    """The arguments of one document with their coverage by ``links`` (``not_argued``: its
    segments inside a bundled part that is not argument; ``fold``: documents whose numbered
    paragraphs belong to their heading's argument, :func:`lawdiff.link.folding_documents`)."""
    units = link.build_units(segments, fold)
    covered = link.coverage(
        segments, links, include_suggested=include_suggested, not_argued=not_argued, fold=fold
    )
    statuses = {u.segment: Status(u.status) for u in covered.units}
    order = {s.id: n for n, s in enumerate(segments)}
    arguments = [
        _argument(
            u.segment,
            sorted((s for s in segments if s.id in u.members), key=lambda s: order[s.id]),
            statuses[u.id],
        )
        for u in units
    ]
    owned = {m for u in units for m in u.members}
    by_id = {s.id: s for s in segments}
    for source in dict.fromkeys(x.source for x in links):
        if source not in owned and source in by_id:
            arguments.append(_argument(by_id[source], [by_id[source]], Status.ANSWERED))
    return sorted(arguments, key=lambda a: order[a.segment.id])


def owners(arguments: Sequence[Argument]) -> dict[SegmentId, SegmentId]:
    """The argument each member segment belongs to."""
    return {m.id: a.segment.id for a in arguments for m in a.members}


def _argument(head: SegmentInfo, members: Sequence[SegmentInfo], status: Status) -> Argument:
    claims = [c for m in members for c in effective_claims(m) if c != UNCLASSIFIED]
    return Argument(head, tuple(members), status, tuple(dict.fromkeys(claims)) or (UNCLASSIFIED,))
