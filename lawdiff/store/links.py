"""Repository functions for rebuttal links."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from lawdiff.core.ids import DocumentId, LinkId, SegmentId
from lawdiff.core.model import LinkInfo, LinkStatus, LinkSuggestion, Origin, Reason, Relation
from lawdiff.store.documents import now
from lawdiff.store.schema import LinkRow, SegmentRow

EDITABLE = ("relation", "status", "note", "pinned", "score", "reasons")


def link_info(row: LinkRow) -> LinkInfo:
    return LinkInfo(
        id=LinkId(row.id),
        source=SegmentId(row.source_id),
        target=SegmentId(row.target_id),
        relation=Relation(row.relation),
        score=row.score,
        status=LinkStatus(row.status),
        origin=Origin(row.origin),
        reasons=tuple(Reason(**r) for r in json.loads(row.reasons)),
        note=row.note,
        pinned=row.pinned,
    )


def reasons_json(reasons: Sequence[Reason]) -> str:
    return json.dumps([asdict(r) for r in reasons])


def list_links(session: Session, documents: Sequence[DocumentId] | None = None) -> list[LinkInfo]:
    """Links whose source or target lies in ``documents`` (all links when None)."""
    query = select(LinkRow).order_by(LinkRow.id)
    if documents is not None:
        segs = select(SegmentRow.id).where(SegmentRow.document_id.in_(list(documents)))
        query = query.where(or_(LinkRow.source_id.in_(segs), LinkRow.target_id.in_(segs)))
    return [link_info(r) for r in session.scalars(query)]


def get_link(session: Session, link: LinkId) -> LinkInfo | None:
    row = session.get(LinkRow, link)
    return link_info(row) if row is not None else None


def find_link(session: Session, source: SegmentId, target: SegmentId) -> LinkInfo | None:
    row = session.scalars(
        select(LinkRow).where(LinkRow.source_id == source, LinkRow.target_id == target)
    ).first()
    return link_info(row) if row is not None else None


def add_suggestions(session: Session, suggestions: Sequence[LinkSuggestion]) -> list[LinkId]:
    """Store the linker's suggestions as auto links awaiting review."""
    return [insert_link(session, s.as_link()) for s in suggestions]


def insert_link(session: Session, link: LinkInfo, *, keep_id: bool = False) -> LinkId:
    """Insert a link as given (a user link, an imported one, or one restored by undo)."""
    row = LinkRow(
        source_id=link.source,
        target_id=link.target,
        relation=link.relation.value,
        score=link.score,
        status=link.status.value,
        origin=link.origin.value,
        reasons=reasons_json(link.reasons),
        note=link.note,
        pinned=link.pinned,
        updated=now(),
    )
    if keep_id:
        row.id = link.id
    session.add(row)
    session.flush()
    return LinkId(row.id)


def update_link(session: Session, link: LinkId, changes: dict[str, object]) -> bool:
    row = session.get(LinkRow, link)
    if row is None:
        return False
    for key, value in changes.items():
        if key not in EDITABLE:
            raise ValueError(f"cannot change {key!r} of a link")
        if key == "reasons":
            value = reasons_json(value)  # type: ignore[arg-type]
        elif key in ("relation", "status"):
            value = str(getattr(value, "value", value))
        setattr(row, key, value)
    row.updated = now()
    return True


def delete_links(session: Session, links: Sequence[LinkId]) -> None:
    if links:
        session.execute(delete(LinkRow).where(LinkRow.id.in_(list(links))))
