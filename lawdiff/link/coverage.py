"""Coverage: which moving-side arguments the other side answered, partly answered or ignored."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import DocumentInfo, LinkInfo, LinkStatus, Role, SegmentInfo, SegmentKind
from lawdiff.link import textnorm
from lawdiff.link.units import ArgumentUnit, build_units

ANSWERED = "answered"
PARTLY = "partly"
UNANSWERED = "unanswered"
NOT_ARGUED = "not-argued"  # introduction, facts, standard, umbrella heading, conclusion
NOT_EXPECTED = "not-expected"  # e.g. a complaint's paragraphs against a TRO opposition
NOT_COUNTED = frozenset({NOT_ARGUED, NOT_EXPECTED})
ANSWERS_PARAGRAPHS = frozenset({"dismiss", "judgment-on-the-pleadings", "answer", "strike"})


def paragraphs_expected(moving: DocumentInfo, answering: DocumentInfo | None) -> bool:
    """Whether ``answering`` is expected to answer ``moving``'s numbered paragraphs.

    A complaint's paragraphs are answered by an answer or a motion attacking the pleading
    (to dismiss, for judgment on the pleadings, to strike); an opposition to a TRO or a
    preliminary injunction answers the motion, not the complaint paragraph by paragraph.
    """
    if moving.role is not Role.COMPLAINT or answering is None:
        return True
    if answering.motion_kind in ANSWERS_PARAGRAPHS or "ANSWER" in answering.title.upper().split():
        return True
    # a filing about a known motion of another kind (TRO, injunction, summary judgment, in
    # limine) answers that motion; of an unknown kind, nothing is assumed away
    return not answering.motion_kind


@dataclass(frozen=True)
class UnitCoverage:
    """One argument unit's coverage.

    Attributes:
        segment: the unit's segment id.
        label: its label ("II.B", "¶ 12", "COUNT I").
        status: "answered", "partly" or "unanswered".
        answered_by: target segments of the links that count, in link order.
        children: the units directly below it.
    """

    segment: SegmentId
    label: str
    status: str
    answered_by: tuple[SegmentId, ...]
    children: tuple[SegmentId, ...]


@dataclass(frozen=True)
class Coverage:
    """Coverage of a moving-side filing.

    Attributes:
        units: every argument unit in document order.
        claims: claim id → share (0–1) of the arguments tagged with it that are answered.
        unanswered: the unanswered argument units in document order.
    """

    units: tuple[UnitCoverage, ...]
    claims: dict[str, float]
    unanswered: list[SegmentId]

    def status(self, segment: SegmentId) -> str | None:
        """The status of the unit named after ``segment``, None when it is not a unit."""
        return next((u.status for u in self.units if u.segment == segment), None)


def coverage(
    sources: Sequence[SegmentInfo],
    links: Sequence[LinkInfo],
    *,
    include_suggested: bool = True,
    paragraphs: bool = True,
    not_argued: Collection[SegmentId] = frozenset(),
    fold: Collection[DocumentId] = frozenset(),
) -> Coverage:
    """Answered / partly / unanswered for each argument unit of ``sources``.

    A unit without sub-units is answered when a counting link starts at it (or at a body
    paragraph inside it). A unit with sub-units (a count, a top-level argument) is answered
    when all its sub-units are, partly when some are or when only the unit itself is linked,
    and unanswered otherwise. Rejected links and weak candidates never count; suggested ones
    only when ``include_suggested``. Sections that are not arguments (introduction, facts,
    standard, the ARGUMENT heading, conclusion) are "not-argued", and with ``paragraphs``
    False a complaint's numbered paragraphs are "not-expected": neither is ever unanswered.
    Units in ``not_argued`` (the segments of a bundled notice of motion, declaration or
    proposed order) are "not-argued" too.

    Args:
        sources: every segment of the moving-side document(s).
        links: the links of the case (links from other documents are ignored).
        include_suggested: count links still awaiting review.
        paragraphs: whether numbered complaint paragraphs are expected to be answered
            (:func:`paragraphs_expected`).
        not_argued: segments inside a part of the file that is not argument.
        fold: documents whose numbered paragraphs belong to their heading's unit
            (:func:`lawdiff.link.units.folding_documents`).

    Returns:
        The coverage, with the unanswered units listed in document order.
    """
    units = build_units(sources, fold)
    owner = {member: u.id for u in units for member in u.members}
    answered_by: dict[SegmentId, list[SegmentId]] = {}
    for link in links:
        if _counts(link, include_suggested) and link.source in owner:
            answered_by.setdefault(owner[link.source], []).append(link.target)
    children: dict[SegmentId, list[SegmentId]] = {}
    for unit in units:
        if unit.parent is not None:
            children.setdefault(unit.parent, []).append(unit.id)
    excluded: dict[SegmentId, str] = {}
    for unit in units:  # parents first: facts under STATEMENT OF FACTS are not argued either
        inherited = excluded.get(unit.parent, "") if unit.parent is not None else ""
        own = NOT_ARGUED if unit.id in not_argued else _excluded(unit, paragraphs)
        excluded[unit.id] = own or (
            inherited if inherited == NOT_ARGUED and not _argues(units, unit.parent) else ""
        )
    statuses: dict[SegmentId, str] = {}
    for unit in reversed(units):  # children come after their parent in document order
        statuses[unit.id] = excluded[unit.id] or _status(unit.id, answered_by, children, statuses)
    return Coverage(
        units=tuple(_unit_coverage(u, statuses, answered_by, children) for u in units),
        claims=_claim_shares(units, statuses),
        unanswered=[u.id for u in units if statuses[u.id] == UNANSWERED],
    )


def _excluded(unit: ArgumentUnit, paragraphs: bool) -> str:
    """NOT_ARGUED / NOT_EXPECTED for a unit coverage does not count, else ""."""
    if unit.segment.kind is SegmentKind.PARAGRAPH:
        return "" if paragraphs else NOT_EXPECTED
    if unit.segment.kind is SegmentKind.HEADING and textnorm.is_structural(unit.heading):
        return NOT_ARGUED
    return ""


def _argues(units: Sequence[ArgumentUnit], parent: SegmentId | None) -> bool:
    """Whether the part heading ``parent`` opens the argument ("ARGUMENT", "DISCUSSION")."""
    heading = next((u.heading for u in units if u.id == parent), "")
    plain = textnorm.strip_numbering(heading)
    return textnorm.part_of(plain) == "argument" and not textnorm.STANDARD.match(plain.upper())


def _counts(link: LinkInfo, include_suggested: bool) -> bool:
    if link.status is LinkStatus.REJECTED or link.weak:
        return False
    return include_suggested or link.status is LinkStatus.ACCEPTED


def _status(
    unit: SegmentId,
    answered_by: Mapping[SegmentId, Sequence[SegmentId]],
    children: Mapping[SegmentId, Sequence[SegmentId]],
    statuses: Mapping[SegmentId, str],
) -> str:
    linked = bool(answered_by.get(unit))
    below = [
        statuses[c]
        for c in children.get(unit, ())
        if c in statuses and statuses[c] not in NOT_COUNTED
    ]
    if not below:
        return ANSWERED if linked else UNANSWERED
    if all(s == ANSWERED for s in below):
        return ANSWERED
    if linked or any(s != UNANSWERED for s in below):
        return PARTLY
    return UNANSWERED


def _unit_coverage(
    unit: ArgumentUnit,
    statuses: Mapping[SegmentId, str],
    answered_by: Mapping[SegmentId, Sequence[SegmentId]],
    children: Mapping[SegmentId, Sequence[SegmentId]],
) -> UnitCoverage:
    return UnitCoverage(
        segment=unit.id,
        label=unit.segment.label,
        status=statuses[unit.id],
        answered_by=tuple(answered_by.get(unit.id, ())),
        children=tuple(children.get(unit.id, ())),
    )


def _claim_shares(
    units: Sequence[ArgumentUnit], statuses: Mapping[SegmentId, str]
) -> dict[str, float]:
    tagged: dict[str, list[bool]] = {}
    for unit in units:
        for claim in unit.claims:
            tagged.setdefault(claim, []).append(statuses[unit.id] == ANSWERED)
    return {claim: sum(flags) / len(flags) for claim, flags in sorted(tagged.items())}
