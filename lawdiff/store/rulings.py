"""Repository functions for dispositions and argument rulings.

Each row keeps the analyser's answer (``auto_kind`` / ``auto_side``) beside the current one
(``kind`` / ``side``). Re-analysis replaces the auto rows and refreshes the evidence of the
corrected ones without touching the user's answer, the way accepted links survive relinking.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.rulings import (
    ArgumentRuling,
    Disposition,
    DispositionKind,
    Evidence,
    RulingStatus,
    Side,
)
from lawdiff.store.documents import now
from lawdiff.store.schema import ArgumentRulingRow, DispositionRow


def _evidence_json(evidence: Evidence) -> dict[str, object]:
    data = asdict(evidence)
    data["side"] = evidence.side.value if evidence.side else None
    return data


def _evidence(data: dict[str, object]) -> Evidence:
    side = data.get("side")
    return Evidence(
        text=str(data.get("text", "")),
        page=int(str(data.get("page", 0))),
        line=int(str(data.get("line", 0))),
        cue=str(data.get("cue", "")),
        side=Side(str(side)) if side else None,
    )


def disposition_info(row: DispositionRow) -> Disposition:
    return Disposition(
        order=DocumentId(row.order_id),
        motion=row.motion,
        key=row.motion_key,
        movant=row.movant,
        kind=DispositionKind(row.kind),
        evidence=_evidence(json.loads(row.evidence) or {}),
        confidence=row.confidence,
        status=RulingStatus(row.status),
        id=row.id,
    )


def ruling_info(row: ArgumentRulingRow) -> ArgumentRuling:
    return ArgumentRuling(
        order=DocumentId(row.order_id),
        argument=SegmentId(row.argument_id),
        sections=tuple(SegmentId(i) for i in json.loads(row.sections)),
        side=Side(row.side),
        confidence=row.confidence,
        evidence=tuple(_evidence(e) for e in json.loads(row.evidence)),
        status=RulingStatus(row.status),
        note=row.note,
        id=row.id,
    )


Row = TypeVar("Row", DispositionRow, ArgumentRulingRow)
Item = TypeVar("Item", Disposition, ArgumentRuling)


def list_dispositions(session: Session, order: DocumentId | None = None) -> list[Disposition]:
    return [disposition_info(r) for r in _rows(session, DispositionRow, order)]


def list_rulings(session: Session, order: DocumentId | None = None) -> list[ArgumentRuling]:
    return [ruling_info(r) for r in _rows(session, ArgumentRulingRow, order)]


def _rows(session: Session, model: type[Row], order: DocumentId | None) -> list[Row]:
    """The rows of one order (of every order when None), by order and then as stored."""
    query = select(model).order_by(model.order_id, model.id)
    if order is not None:
        query = query.where(model.order_id == order)
    return list(session.scalars(query))


def store_dispositions(
    session: Session, order: DocumentId, fresh: Sequence[Disposition]
) -> list[int]:
    """Replace the order's auto dispositions by ``fresh``; corrected ones keep their kind."""

    def update(row: DispositionRow, item: Disposition, auto: bool) -> None:
        if auto:
            row.kind = item.kind.value
        row.auto_kind = item.kind.value
        row.motion, row.movant, row.confidence = item.motion, item.movant, item.confidence
        row.evidence = json.dumps(_evidence_json(item.evidence))

    rows = {r.motion_key: r for r in _rows(session, DispositionRow, order)}
    return _replace_auto(
        session,
        rows,
        [(item.key, item) for item in fresh],
        lambda item: DispositionRow(order_id=order, motion_key=item.key, status="auto"),
        update,
    )


def store_rulings(
    session: Session, order: DocumentId, fresh: Sequence[ArgumentRuling]
) -> list[int]:
    """Replace the order's auto argument rulings by ``fresh``; corrected ones keep their side."""

    def update(row: ArgumentRulingRow, item: ArgumentRuling, auto: bool) -> None:
        if auto:
            row.side = item.side.value
        row.auto_side = item.side.value
        row.sections = json.dumps([int(s) for s in item.sections])
        row.confidence = item.confidence
        row.evidence = json.dumps([_evidence_json(e) for e in item.evidence])

    rows = {r.argument_id: r for r in _rows(session, ArgumentRulingRow, order)}
    return _replace_auto(
        session,
        rows,
        [(item.argument, item) for item in fresh],
        lambda item: ArgumentRulingRow(order_id=order, argument_id=item.argument, status="auto"),
        update,
    )


def _replace_auto(
    session: Session,
    rows: dict[Any, Row],
    fresh: Sequence[tuple[Any, Item]],
    new_row: Callable[[Item], Row],
    update: Callable[[Row, Item, bool], None],
) -> list[int]:
    """The one rule of re-analysis: fresh answers replace the analyser's rows, a row the user
    corrected keeps the user's answer (its evidence is refreshed), and an auto row the fresh
    analysis no longer gives is removed. Returns the ids of the rows changed."""
    changed: list[int] = []
    for key, item in fresh:
        row = rows.pop(key, None)
        if row is None:
            row = new_row(item)
            session.add(row)
        update(row, item, row.status == RulingStatus.AUTO.value)
        row.updated = now()
        session.flush()
        changed.append(row.id)
    for stale in rows.values():
        if stale.status == RulingStatus.AUTO.value:
            session.delete(stale)
            changed.append(stale.id)
    return changed


def set_ruling_side(session: Session, ruling: int, side: Side | None, note: str) -> bool:
    """The user's side for a ruling (None: back to the analyser's); False when it is gone."""
    row = session.get(ArgumentRulingRow, ruling)
    if row is None:
        return False
    row.side = side.value if side else row.auto_side
    _mark_corrected(row, side is not None, note)
    return True


def set_disposition_kind(
    session: Session, disposition: int, kind: DispositionKind | None, note: str
) -> bool:
    """The user's disposition of a motion (None: back to the analyser's)."""
    row = session.get(DispositionRow, disposition)
    if row is None:
        return False
    row.kind = kind.value if kind else row.auto_kind
    _mark_corrected(row, kind is not None, note)
    return True


def _mark_corrected(row: Row, corrected: bool, note: str) -> None:
    """A row the user corrected (with the user's note), or handed back to the analyser."""
    row.status = (RulingStatus.CORRECTED if corrected else RulingStatus.AUTO).value
    row.note = note if corrected else ""
    row.updated = now()


def get_ruling(session: Session, ruling: int) -> ArgumentRuling | None:
    row = session.get(ArgumentRulingRow, ruling)
    return ruling_info(row) if row is not None else None


def delete_rulings_of(session: Session, order: DocumentId) -> None:
    """Forget everything stored about one order (its document is being re-read)."""
    session.execute(delete(ArgumentRulingRow).where(ArgumentRulingRow.order_id == order))
    session.execute(delete(DispositionRow).where(DispositionRow.order_id == order))


def keep_corrections(
    session: Session,
    order: DocumentId,
    dispositions: Sequence[Disposition],
    rulings: Sequence[ArgumentRuling],
) -> None:
    """Mark as the user's the stored items that ``dispositions``/``rulings`` say were corrected
    (an imported case keeps its reviewer's answers)."""
    by_key = {r.motion_key: r for r in _rows(session, DispositionRow, order)}
    for item in dispositions:
        if item.status is RulingStatus.CORRECTED and item.key in by_key:
            set_disposition_kind(session, by_key[item.key].id, item.kind, "")
    by_argument = {r.argument_id: r for r in _rows(session, ArgumentRulingRow, order)}
    for ruling in rulings:
        if ruling.status is RulingStatus.CORRECTED and ruling.argument in by_argument:
            set_ruling_side(session, by_argument[ruling.argument].id, ruling.side, ruling.note)
