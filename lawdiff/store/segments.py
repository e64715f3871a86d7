"""Repository functions for segments, their claim tags and their citations."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from lawdiff.core.ids import CitationId, DocumentId, SegmentId
from lawdiff.core.model import (
    Analysis,
    CitationInfo,
    CitationKind,
    CitationRef,
    ClaimTag,
    Origin,
    RecordTarget,
    Role,
    SegmentDraft,
    SegmentInfo,
    SegmentKind,
)
from lawdiff.store.parts import replace_parts
from lawdiff.store.schema import CitationRow, ClaimTagRow, SegmentRow


def next_id(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(column), 0))) or 0) + 1


def add_segments(
    session: Session, document: DocumentId, drafts: Sequence[SegmentDraft]
) -> list[SegmentId]:
    """Bulk-insert a document's segments; returns their ids in draft order.

    Ids are assigned here (max + 1 …) so parents can be referenced in the same bulk insert;
    the caller's transaction holds the write lock, so nobody else takes them meanwhile.
    """
    first = next_id(session, SegmentRow.id)
    ids = [SegmentId(first + i) for i in range(len(drafts))]
    rows = [
        {
            "id": ids[i],
            "document_id": document,
            "parent_id": ids[d.parent] if d.parent is not None else None,
            "kind": d.kind.value,
            "label": d.label,
            "heading": d.heading,
            "text": d.text,
            "position": i,
            "level": d.level,
            "start_page": d.span.start_page,
            "start_line": d.span.start_line,
            "end_page": d.span.end_page,
            "end_line": d.span.end_line,
            "start_offset": d.span.start_page_offset,
            "end_offset": d.span.end_page_offset,
        }
        for i, d in enumerate(drafts)
    ]
    if rows:
        session.execute(insert(SegmentRow), rows)
    return ids


def delete_segments(session: Session, document: DocumentId) -> None:
    # Children first is not needed: ON DELETE CASCADE on parent_id follows the tree.
    session.execute(delete(SegmentRow).where(SegmentRow.document_id == document))


def add_tags(session: Session, tags: dict[SegmentId, Sequence[ClaimTag]]) -> None:
    rows = [
        {
            "segment_id": seg,
            "claim": t.claim,
            "confidence": t.confidence,
            "origin": t.origin.value,
            "cues": json.dumps(list(t.cues)),
            "inherited": t.inherited,
        }
        for seg, seg_tags in tags.items()
        for t in seg_tags
    ]
    if rows:
        session.execute(insert(ClaimTagRow), rows)


def replace_tags(
    session: Session,
    segments: Sequence[SegmentId],
    tags: dict[SegmentId, Sequence[ClaimTag]],
    origin: Origin,
) -> None:
    """Drop the tags of ``origin`` on ``segments`` and insert ``tags`` instead."""
    for chunk in _chunks(segments):
        session.execute(
            delete(ClaimTagRow).where(
                ClaimTagRow.segment_id.in_(chunk), ClaimTagRow.origin == origin.value
            )
        )
    add_tags(session, tags)


def add_citations(session: Session, citations: dict[SegmentId, Sequence[CitationRef]]) -> None:
    rows = [
        {
            "segment_id": seg,
            "kind": c.kind.value,
            "text": c.text,
            "normalized": c.normalized,
            "start": c.start,
            "end": c.end,
            "target": _target_json(c.target),
        }
        for seg, cites in citations.items()
        for c in cites
    ]
    if rows:
        session.execute(insert(CitationRow), rows)


def replace_citations(session: Session, citations: dict[SegmentId, Sequence[CitationRef]]) -> None:
    """Drop the citations of the segments named and insert ``citations`` instead."""
    for chunk in _chunks(list(citations)):
        session.execute(delete(CitationRow).where(CitationRow.segment_id.in_(chunk)))
    add_citations(session, citations)


def add_analysed_segments(
    session: Session, document: DocumentId, analysis: Analysis
) -> list[SegmentId]:
    """Store an analysed filing's segments with their claim tags, citations and parts
    (replacing the parts it had: they point at segments by position)."""
    ids = add_segments(session, document, analysis.segments)
    replace_parts(session, document, analysis.parts)
    add_tags(session, dict(zip(ids, analysis.tags, strict=True)))
    add_citations(session, dict(zip(ids, analysis.citations, strict=True)))
    return ids


def _target_json(target: RecordTarget | None) -> str | None:
    if target is None:
        return None
    data = asdict(target)
    data["role"] = target.role.value if target.role else None
    return json.dumps(data)


def record_target(raw: str | None) -> RecordTarget | None:
    if not raw:
        return None
    data = json.loads(raw)
    role = Role(data.pop("role")) if data.get("role") else None
    data.pop("role", None)
    data["paragraphs"] = tuple(data.get("paragraphs", ()))
    return RecordTarget(role=role, **data)


def record_citations(session: Session) -> list[tuple[CitationId, SegmentId, RecordTarget]]:
    """Every record cite of the case with its parsed target."""
    rows = session.execute(
        select(CitationRow.id, CitationRow.segment_id, CitationRow.target).where(
            CitationRow.target.is_not(None)
        )
    ).tuples()
    out = []
    for cid, seg, raw in rows:
        target = record_target(raw)
        if target is not None:
            out.append((CitationId(cid), SegmentId(seg), target))
    return out


def set_citation_targets(session: Session, targets: dict[CitationId, SegmentId | None]) -> None:
    for cid, seg in targets.items():
        session.execute(
            update(CitationRow).where(CitationRow.id == cid).values(target_segment_id=seg)
        )


def segment_document(session: Session, segment: SegmentId) -> DocumentId | None:
    doc = session.scalar(select(SegmentRow.document_id).where(SegmentRow.id == segment))
    return DocumentId(doc) if doc is not None else None


def list_segments(
    session: Session, document: DocumentId | None = None, ids: Sequence[SegmentId] | None = None
) -> list[SegmentInfo]:
    """Segments (of one document, of given ids, or all) in document order, with tags and cites."""
    query = select(SegmentRow).order_by(SegmentRow.document_id, SegmentRow.position)
    if document is not None:
        query = query.where(SegmentRow.document_id == document)
    rows: list[SegmentRow] = []
    if ids is not None:
        for chunk in _chunks(ids):
            rows.extend(session.scalars(query.where(SegmentRow.id.in_(chunk))))
        rows.sort(key=lambda r: (r.document_id, r.position))
    else:
        rows = list(session.scalars(query))
    seg_ids = [r.id for r in rows]
    tags = _tags_for(session, seg_ids, document)
    cites = _citations_for(session, seg_ids, document)
    return [_segment_info(r, tags.get(r.id, ()), cites.get(r.id, ())) for r in rows]


def _segment_info(
    row: SegmentRow, tags: Sequence[ClaimTag], cites: Sequence[CitationInfo]
) -> SegmentInfo:
    return SegmentInfo(
        id=SegmentId(row.id),
        document=DocumentId(row.document_id),
        parent=SegmentId(row.parent_id) if row.parent_id is not None else None,
        kind=SegmentKind(row.kind),
        label=row.label,
        heading=row.heading,
        text=row.text,
        order=row.position,
        level=row.level,
        start_page=row.start_page,
        start_line=row.start_line,
        end_page=row.end_page,
        end_line=row.end_line,
        start_offset=row.start_offset,
        end_offset=row.end_offset,
        claims=tuple(tags),
        citations=tuple(cites),
    )


def _tags_for(
    session: Session, seg_ids: Sequence[int], document: DocumentId | None
) -> dict[int, list[ClaimTag]]:
    query = select(ClaimTagRow).order_by(ClaimTagRow.segment_id, ClaimTagRow.confidence.desc())
    out: dict[int, list[ClaimTag]] = defaultdict(list)
    for row in _rows_for(session, query, ClaimTagRow.segment_id, seg_ids, document):
        out[row.segment_id].append(
            ClaimTag(
                claim=row.claim,
                confidence=row.confidence,
                origin=Origin(row.origin),
                cues=tuple(json.loads(row.cues)),
                inherited=row.inherited,
            )
        )
    return out


def _citations_for(
    session: Session, seg_ids: Sequence[int], document: DocumentId | None
) -> dict[int, list[CitationInfo]]:
    query = select(CitationRow).order_by(CitationRow.segment_id, CitationRow.start)
    out: dict[int, list[CitationInfo]] = defaultdict(list)
    for row in _rows_for(session, query, CitationRow.segment_id, seg_ids, document):
        target = row.target_segment_id
        out[row.segment_id].append(
            CitationInfo(
                id=CitationId(row.id),
                kind=CitationKind(row.kind),
                text=row.text,
                normalized=row.normalized,
                target_segment=SegmentId(target) if target is not None else None,
            )
        )
    return out


def _rows_for(
    session: Session,
    query: Select[Any],
    column: Any,
    seg_ids: Sequence[int],
    document: DocumentId | None,
) -> list[Any]:
    """Rows of ``query`` for the given segments: by document join when one document is asked."""
    if document is not None:
        sub = select(SegmentRow.id).where(SegmentRow.document_id == document)
        return list(session.scalars(query.where(column.in_(sub))))
    rows: list[Any] = []
    for chunk in _chunks(seg_ids):
        rows.extend(session.scalars(query.where(column.in_(chunk))))
    return rows


def _chunks(items: Sequence[int], size: int = 900) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
