"""Repository functions for the documents bundled in one file (``Part``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import Part, Role
from lawdiff.store.schema import PartRow


def replace_parts(session: Session, document: DocumentId, parts: Sequence[Part]) -> None:
    """Make ``parts`` a document's parts, in order (none: a file of one document)."""
    session.execute(delete(PartRow).where(PartRow.document_id == document))
    rows = [
        {
            "document_id": document,
            "number": number,
            "title": p.title,
            "role": p.role.value,
            "first_segment": p.first_segment,
            "first_page": p.first_page,
            "last_page": p.last_page,
            "argument": p.argument,
        }
        for number, p in enumerate(parts, start=1)
    ]
    if rows:
        session.execute(insert(PartRow), rows)


def list_parts(
    session: Session, document: DocumentId | None = None
) -> dict[DocumentId, tuple[Part, ...]]:
    """The parts of one document (every document when None), by document, in order."""
    query = select(PartRow).order_by(PartRow.document_id, PartRow.number)
    if document is not None:
        query = query.where(PartRow.document_id == document)
    found: dict[DocumentId, list[Part]] = defaultdict(list)
    for row in session.scalars(query):
        found[DocumentId(row.document_id)].append(_part(row))
    return {doc: tuple(parts) for doc, parts in found.items()}


def _part(row: PartRow) -> Part:
    return Part(
        title=row.title,
        role=Role(row.role),
        first_segment=row.first_segment,
        first_page=row.first_page,
        last_page=row.last_page,
        argument=bool(row.argument),
    )
