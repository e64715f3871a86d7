"""The court's rulings in a report: a ruling per argument row, a "Court's ruling" column in the
claims matrix, the dispositions, and one summary sentence (issue 15)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import CaseSnapshot, Role
from lawdiff.core.rulings import (
    DISPOSITION_LABELS,
    SIDE_LABELS,
    ArgumentRuling,
    RulingStatus,
    Side,
)
from lawdiff.report.model import DispositionLine, MatrixRow, Report, RulingCell

_CONTESTED = (Side.MOVANT, Side.RESPONDENT, Side.MIXED)
_SHORT = {
    Side.MOVANT: "movant",
    Side.RESPONDENT: "respondent",
    Side.MIXED: "mixed",
    Side.NOT_REACHED: "not reached",
    Side.NOT_ADDRESSED: "not addressed",
}


def with_rulings(
    report: Report, snapshot: CaseSnapshot, abbreviations: Mapping[DocumentId, str]
) -> Report:
    """``report`` with the court's rulings added (unchanged when the case has none)."""
    rulings = snapshot.rulings
    if not rulings.dispositions and not rulings.arguments:
        return report
    cells = {
        r.argument: ruling_cell(r, abbreviations.get(r.order, "Order"))
        for r in reversed(rulings.arguments)  # the first order's ruling wins
    }
    rows = {
        row.argument.segment: replace(row, ruling=cells.get(row.argument.segment))
        for row in report.comparisons
    }
    motion_args = _motion_arguments(snapshot)
    return replace(
        report,
        comparisons=tuple(rows[r.argument.segment] for r in report.comparisons),
        claims=tuple(
            replace(s, rows=tuple(rows.get(r.argument.segment, r) for r in s.rows))
            for s in report.claims
        ),
        matrix=tuple(_matrix_row(m, report, rulings.arguments, motion_args) for m in report.matrix),
        dispositions=tuple(
            DispositionLine(
                order=abbreviations.get(d.order, "Order"),
                motion=d.motion,
                disposition=DISPOSITION_LABELS[d.kind]
                + (" (corrected)" if d.status is RulingStatus.CORRECTED else ""),
                pin=f"{abbreviations.get(d.order, 'Order')} {d.evidence.page}:{d.evidence.line}",
                sentence=d.evidence.text,
            )
            for d in rulings.dispositions
        ),
        ruling_summary=ruling_summary(
            [r for r in rulings.arguments if r.argument in motion_args] or list(rulings.arguments)
        ),
    )


def ruling_cell(ruling: ArgumentRuling, order: str) -> RulingCell:
    """How one argument's ruling is printed."""
    corrected = ruling.status is RulingStatus.CORRECTED
    label = SIDE_LABELS[ruling.side] + (" (corrected)" if corrected else "")
    evidence = tuple(f"{order} {e.page}:{e.line} — “{e.text}”" for e in ruling.evidence)
    return RulingCell(ruling.side.value, label, 1.0 if corrected else ruling.confidence, evidence)


def ruling_summary(rulings: Sequence[ArgumentRuling]) -> str:
    """ "The court adopted the respondent's position on 6 of 7 contested arguments …" """
    sides = Counter(r.side for r in rulings)
    contested = sum(sides[s] for s in _CONTESTED)
    if not contested:
        return "The court took no side on any argument." if rulings else ""
    winner = max((Side.RESPONDENT, Side.MOVANT), key=lambda s: sides[s])
    party = "respondent" if winner is Side.RESPONDENT else "movant"
    other = Side.MOVANT if winner is Side.RESPONDENT else Side.RESPONDENT
    noun = "argument" if contested == 1 else "arguments"
    text = f"The court adopted the {party}'s position on {sides[winner]} of {contested} "
    text += f"contested {noun}"
    extras = [
        f"the {_SHORT[other]}'s on {sides[other]}" if sides[other] else "",
        f"{sides[Side.MIXED]} mixed" if sides[Side.MIXED] else "",
        f"{sides[Side.NOT_REACHED]} not reached" if sides[Side.NOT_REACHED] else "",
        f"{sides[Side.NOT_ADDRESSED]} not addressed" if sides[Side.NOT_ADDRESSED] else "",
    ]
    extras = [e for e in extras if e]
    return text + (f" ({'; '.join(extras)})." if extras else ".")


def _motion_arguments(snapshot: CaseSnapshot) -> set[SegmentId]:
    motions = {d.id for d in snapshot.documents if d.role is Role.MOTION}
    return {s.id for s in snapshot.segments if s.document in motions}


def _matrix_row(
    row: MatrixRow,
    report: Report,
    rulings: Sequence[ArgumentRuling],
    motion_args: set[SegmentId],
) -> MatrixRow:
    """The claim's "Court's ruling" cell: the sides taken on the motion's arguments about it."""
    segments = {
        r.argument.segment
        for r in report.comparisons
        if row.claim in r.argument.claims and r.argument.segment in motion_args
    }
    sides = Counter(r.side for r in rulings if r.argument in segments)
    text = ", ".join(f"{_SHORT[s]} {sides[s]}" for s in Side if sides[s])
    return replace(row, ruling=text)
