"""An argument without a cue of its own, headings from their sub-arguments, confidence.

An argument without a cue takes its part's disposition, else the ruling on the argument
answering it, else the motion's disposition (:func:`fallback_side`, :func:`counterpart_sides`);
a heading the order never names takes the result of its sub-arguments
(:func:`parents_from_children`); each ruling's confidence is the share of rulings so decided
that were right on the tuning orders (:func:`calibrated`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import ArgumentRuling, DispositionKind, Side
from lawdiff.ruling.evidence import Reading
from lawdiff.ruling.parts import Part
from lawdiff.ruling.readings import DISPOSITION_SIDE, decide_side
from lawdiff.ruling.rulebook import RuleBook
from lawdiff.ruling.units import descendants


def without_own_cue(ruling: ArgumentRuling, book: RuleBook) -> bool:
    """Whether a ruling has no cue of its own (the fallback, with no evidence)."""
    return not ruling.evidence and ruling.confidence == book.fallback_confidence


def counterpart_sides(
    arguments: Sequence[SegmentInfo],
    rulings: Sequence[ArgumentRuling],
    links: Mapping[SegmentId, Sequence[SegmentId]],
    answers: Sequence[tuple[SegmentId, SegmentId]] = (),
) -> dict[SegmentId, tuple[Side, bool]]:
    """For each argument, the side of its counterparts in the other brief that were ruled on
    by a cue, when they all agree: the arguments the rebuttal links pair it with ("Opp.
    answers Mot."), else those that share an order section with it; and whether that is one
    answer only (the rebuttal partners, or the one argument sharing the section), not a
    section's several arguments that happen to agree."""
    document = {a.id: a.document for a in arguments}
    decided = {
        r.argument: r.side
        for r in rulings
        if r.evidence and r.side in (Side.MOVANT, Side.RESPONDENT, Side.MIXED)
    }
    paired: dict[SegmentId, set[SegmentId]] = {}
    for moving, answering in answers:
        if moving in document and answering in document:
            paired.setdefault(moving, set()).add(answering)
            paired.setdefault(answering, set()).add(moving)
    out: dict[SegmentId, tuple[Side, bool]] = {}
    for argument in arguments:
        mine = set(links.get(argument.id, ()))
        sharing = {
            other
            for other in decided
            if document[other] != argument.document and mine & set(links.get(other, ()))
        }
        # a mixed ruling on an answer does not say which half its counterpart got
        partners = {
            o
            for o in paired.get(argument.id, set()) & decided.keys()
            if decided[o] is not Side.MIXED
        }
        for counterparts in (partners, sharing):
            sides = {decided[other] for other in counterparts}
            if sides:
                if len(sides) == 1:
                    only = counterparts is partners or len(counterparts) == 1
                    out[argument.id] = (next(iter(sides)), only)
                break
    return out


def parents_from_children(
    arguments: Sequence[SegmentInfo],
    rulings: list[ArgumentRuling],
    fallback: float,
    firm: float = 0.0,
    split: bool = False,
) -> list[ArgumentRuling]:
    """A heading the order never names, or names without any cue (its ruling only follows the
    motion's disposition), takes the result of its sub-arguments the order rules on: one side
    (with or without mixed findings) gives that side, both sides give mixed. A cue-less "moot /
    reserved" of its own, or evidence that is only a sub-argument's ("In sum, X has shown a
    likelihood of success on A, but not on B" under the merits heading), gives way only to
    sub-arguments decided both ways (mixed); borrowed evidence only to sub-arguments decided both
    ways with at least ``firm`` confidence (a weak cue against the disposition yields). When the
    motion was granted in part (``split``), a heading's own one-sided cue gives way too to
    sub-arguments found for the movant and for the respondent on evidence of their own: the
    court split the point the heading states (granted for one count, period or defendant and
    denied for another) and the heading's own sentence speaks for one half of it; the
    disposition of the heading's own part ("Count I is DISMISSED") still decides it."""
    by_argument = {r.argument: r for r in rulings}
    out: list[ArgumentRuling] = []
    for argument, ruling in zip(arguments, rulings, strict=True):
        inside = descendants(arguments, argument.id) - {argument.id}
        below = [by_argument[a] for a in inside if a in by_argument]
        borrowed = {e.text for r in below for e in r.evidence}
        own = [e for e in ruling.evidence if e.text not in borrowed]
        guessed = not ruling.evidence and (
            ruling.side is not Side.NOT_REACHED or ruling.confidence == fallback
        )
        # the disposition of its part stands, though a sub-argument's evidence shares its
        # sentence ("The fraud claim is DISMISSED" also decides the particularity point)
        if ruling.side is not Side.NOT_ADDRESSED and (own or ruling.basis == "part"):
            halves = split and ruling.basis != "part" and _found_both_ways(below)
            out.append(
                replace(ruling, side=Side.MIXED, confidence=0.5, basis="split-sub-arguments")
                if halves and ruling.side in (Side.MOVANT, Side.RESPONDENT)
                else ruling
            )
            continue
        sides = {r.side for r in below}
        decided = sides & {Side.MOVANT, Side.RESPONDENT}
        if ruling.evidence:  # borrowed: the sub-arguments' split must be firm
            decided = {r.side for r in below if r.confidence >= firm} & decided
        if not guessed and len(decided) < 2:  # stands unless the sub-arguments split
            out.append(ruling)
            continue
        if len(decided) == 1:
            side = next(iter(decided))
        elif decided or Side.MIXED in sides:
            side = Side.MIXED
        else:
            out.append(ruling)
            continue
        out.append(replace(ruling, side=side, confidence=0.4, basis="from-sub-arguments"))
    return out


def _found_both_ways(below: Sequence[ArgumentRuling]) -> bool:
    """Whether the order found for the movant on some of these sub-arguments and for the
    respondent on others, each on evidence of its own (a guess from a fallback does not
    count)."""
    found = {r.side for r in below if r.evidence}
    return {Side.MOVANT, Side.RESPONDENT} <= found


def fallback_side(
    own: Side | None, counterpart: Side | None, disposition: DispositionKind | None
) -> tuple[Side | None, str]:
    """The side of an argument without a cue, and its basis: what its part disposes of,
    else the ruling on its answer, else the motion's disposition."""
    if own:
        return own, "fallback-part"
    if counterpart:
        return counterpart, "fallback-answer"
    prior = DISPOSITION_SIDE.get(disposition) if disposition else None
    return prior, "fallback-prior"


def part_decides(
    part: Part, on_point: Sequence[Reading], readings: Sequence[Reading], book: RuleBook
) -> bool:
    """Whether the disposition of the part an argument is about ("DENIED as to standing")
    decides it: always when the argument's own heading names the part (the court's own
    conclusion on it outweighs sentences matched to it by their words); when only a heading
    above it does, if no sentence about the argument carries a cue (the linked section's cues
    are about its other points) or its own cues are weak (below ``prior_override``): a
    sub-argument may be lost while its count is won."""
    if part.side is Side.NOT_REACHED:
        return False
    return part.own or not on_point or decide_side(readings, book)[1] < book.prior_override


AGAINST = {Side.MOVANT: (Side.RESPONDENT,), Side.RESPONDENT: (Side.MOVANT,)}


def calibrated(rulings: Sequence[ArgumentRuling], book: RuleBook) -> list[ArgumentRuling]:
    """The rulings with the confidence ``[confidence]`` gives their basis (how often a ruling
    so decided was right on the tuning orders); one whose basis is not listed keeps its own."""
    table = dict(book.confidence)
    return [replace(r, confidence=table[r.basis]) if r.basis in table else r for r in rulings]


PART_CONFIDENCE = 0.9


def cue_basis(side: Side, confidence: float) -> str:
    """The basis of a ruling decided by cues, by its side and confidence."""
    if side is Side.MIXED:
        return "cue-mixed"
    if confidence >= 0.85:
        return "cue-strong"
    return "cue-medium" if confidence >= 0.6 else "cue-weak"
