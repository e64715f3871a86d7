"""Repository functions for the case, its documents and their pages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import CaseInfo, DocumentInfo, Filing, Line, Page, Role
from lawdiff.store.schema import CaseRow, DocumentRow, PageRow, SegmentRow

DOCUMENT_FIELDS = ("title", "role", "motion_kind", "party", "filed", "court", "docket", "caption")


def now() -> str:
    """The current time as stored in the case (UTC, ISO 8601)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def case_row(session: Session) -> CaseRow:
    row = session.get(CaseRow, 1)
    if row is None:  # a case file always has its one case row; recreate rather than fail
        row = CaseRow(id=1, created=now())
        session.add(row)
    return row


def case_info(session: Session, path: str, schema_version: int) -> CaseInfo:
    row = case_row(session)
    return CaseInfo(row.caption, row.court, row.docket, path, schema_version)


def find_by_sha(session: Session, sha256: str) -> DocumentRow | None:
    return session.scalars(select(DocumentRow).where(DocumentRow.sha256 == sha256)).first()


def add_document(session: Session, filing: Filing, overrides: dict[str, str]) -> DocumentId:
    """Insert a filing's document row and its pages; ``overrides`` beat the inferred metadata."""
    meta = filing.meta
    position = session.scalar(select(func.coalesce(func.max(DocumentRow.position), 0))) or 0
    values = {
        "title": meta.title or filing.source_name,
        "role": meta.role.value,
        "motion_kind": meta.motion_kind,
        "party": meta.party,
        "filed": meta.filed,
        "court": meta.court,
        "docket": meta.docket,
        "caption": meta.caption,
    }
    values.update({k: v for k, v in overrides.items() if v})
    row = DocumentRow(
        source_name=filing.source_name,
        sha256=filing.sha256,
        kind=filing.kind,
        page_count=filing.page_count,
        warnings=json.dumps(list(filing.warnings)),
        ecf_number=meta.ecf_number,
        encoding=filing.encoding,
        evidence=json.dumps(list(meta.evidence)),
        position=position + 1,
        imported=now(),
        **values,
    )
    session.add(row)
    session.flush()
    add_pages(session, DocumentId(row.id), filing.pages)
    _fill_case_from(session, row)
    return DocumentId(row.id)


def _fill_case_from(session: Session, doc: DocumentRow) -> None:
    """The first filing that names them gives the case its caption, court and docket."""
    case = case_row(session)
    for field in ("caption", "court", "docket"):
        if not getattr(case, field) and getattr(doc, field):
            setattr(case, field, getattr(doc, field))


def add_pages(session: Session, document: DocumentId, pages: Sequence[Page]) -> None:
    rows = [
        {
            "document_id": document,
            "number": page.number,
            "text": page.text,
            "lines": json.dumps([_line_record(line) for line in page.lines]),
            "image_only": page.image_only,
            "ocr": page.ocr,
        }
        for page in pages
    ]
    if rows:
        session.execute(insert(PageRow), rows)


def _line_record(line: Line) -> dict[str, object]:
    default = Line(0, 0, 0)
    return {
        k: v
        for k, v in asdict(line).items()
        if k in ("start", "end", "number") or v != getattr(default, k)
    }


def pages(session: Session, document: DocumentId) -> list[Page]:
    rows = session.scalars(
        select(PageRow).where(PageRow.document_id == document).order_by(PageRow.number)
    )
    return [
        Page(
            number=row.number,
            text=row.text,
            lines=tuple(Line(**rec) for rec in json.loads(row.lines)),
            image_only=row.image_only,
            ocr=row.ocr,
        )
        for row in rows
    ]


def document_info(
    row: DocumentRow, segment_count: int = 0, image_only: Sequence[int] = ()
) -> DocumentInfo:
    return DocumentInfo(
        id=DocumentId(row.id),
        title=row.title,
        role=Role(row.role),
        motion_kind=row.motion_kind,
        party=row.party,
        filed=row.filed,
        source_name=row.source_name,
        sha256=row.sha256,
        kind=row.kind,
        page_count=row.page_count,
        warnings=tuple(json.loads(row.warnings)),
        court=row.court,
        docket=row.docket,
        caption=row.caption,
        ecf_number=row.ecf_number,
        encoding=row.encoding,
        segment_count=segment_count,
        image_only_pages=tuple(image_only),
        evidence=tuple(json.loads(row.evidence)),
    )


def list_documents(session: Session) -> list[DocumentInfo]:
    # Not dict(result): a Result has .keys(), so dict() would treat it as a mapping.
    rows = session.execute(
        select(SegmentRow.document_id, func.count()).group_by(SegmentRow.document_id)
    ).tuples()
    counts: dict[int, int] = {}
    for doc, count in rows:
        counts[doc] = count
    image_only: dict[int, list[int]] = {}
    for doc, number in session.execute(
        select(PageRow.document_id, PageRow.number)
        .where(PageRow.image_only)
        .order_by(PageRow.number)
    ).tuples():
        image_only.setdefault(doc, []).append(number)
    docs = session.scalars(select(DocumentRow).order_by(DocumentRow.position, DocumentRow.id))
    return [document_info(r, counts.get(r.id, 0), image_only.get(r.id, ())) for r in docs]


def update_document(session: Session, document: DocumentId, changes: dict[str, str]) -> None:
    unknown = set(changes) - set(DOCUMENT_FIELDS)
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    if "role" in changes:
        Role(changes["role"])  # validates
    session.execute(update(DocumentRow).where(DocumentRow.id == document).values(**changes))


def delete_document(session: Session, document: DocumentId) -> bool:
    result = session.execute(delete(DocumentRow).where(DocumentRow.id == document))
    return bool(getattr(result, "rowcount", 0))
