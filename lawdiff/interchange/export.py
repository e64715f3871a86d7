"""CaseSnapshot → the interchange format's JSON structure (pure)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import (
    CaseSnapshot,
    CitationInfo,
    DocumentInfo,
    LinkInfo,
    Part,
    SegmentInfo,
)
from lawdiff.interchange.rulings import rulings_to_json


def _ids(snapshot: CaseSnapshot) -> tuple[dict[DocumentId, str], dict[SegmentId, str]]:
    """Stable ids: documents by position ("d1"), segments by document and order ("d1.s0")."""
    doc_ids = {d.id: f"d{n}" for n, d in enumerate(snapshot.documents, start=1)}
    seg_ids = {s.id: f"{doc_ids[s.document]}.s{s.order}" for s in snapshot.segments}
    return doc_ids, seg_ids


def snapshot_to_json(snapshot: CaseSnapshot) -> dict[str, Any]:
    """The whole case in the interchange format (version 3: with the parts of bundled files)."""
    doc_ids, seg_ids = _ids(snapshot)
    return {
        "format": "lawdiff",
        "version": 3,
        "case": {
            "caption": snapshot.case.caption,
            "court": snapshot.case.court,
            "docket": snapshot.case.docket,
        },
        "documents": [
            _document(d, doc_ids[d.id], snapshot.segments_of(d.id), seg_ids, snapshot)
            for d in snapshot.documents
        ],
        "links": [_link(x, seg_ids) for x in snapshot.links if x.source in seg_ids],
        **rulings_to_json(snapshot, doc_ids, seg_ids),
    }


def _document(
    doc: DocumentInfo,
    doc_id: str,
    segments: tuple[SegmentInfo, ...],
    seg_ids: dict[SegmentId, str],
    snapshot: CaseSnapshot,
) -> dict[str, Any]:
    return {
        "id": doc_id,
        "title": doc.title,
        "role": doc.role.value,
        "motion_kind": doc.motion_kind,
        "party": doc.party,
        "filed": doc.filed,
        "source_name": doc.source_name,
        "sha256": doc.sha256,
        "kind": doc.kind,
        "court": doc.court,
        "docket": doc.docket,
        "caption": doc.caption,
        "ecf_number": doc.ecf_number,
        "warnings": list(doc.warnings),
        "pages": doc.page_count,
        "segments": [_segment(s, seg_ids, snapshot) for s in segments],
        "parts": [_part(p, doc_id) for p in snapshot.parts_of(doc.id)],
    }


def _part(part: Part, doc_id: str) -> dict[str, Any]:
    return {
        "title": part.title,
        "role": part.role.value,
        "first_segment": f"{doc_id}.s{part.first_segment}",
        "first_page": part.first_page,
        "last_page": part.last_page,
        "argument": part.argument,
    }


def _segment(
    seg: SegmentInfo, seg_ids: dict[SegmentId, str], snapshot: CaseSnapshot
) -> dict[str, Any]:
    return {
        "id": seg_ids[seg.id],
        "kind": seg.kind.value,
        "label": seg.label,
        "heading": seg.heading,
        "text": seg.text,
        "page": seg.start_page,
        "line": seg.start_line,
        "end_page": seg.end_page,
        "end_line": seg.end_line,
        "level": seg.level,
        "parent": seg_ids.get(seg.parent) if seg.parent is not None else None,
        "claims": sorted({t.claim for t in seg.claims if t.confidence > 0}),
        "claim_tags": [
            {
                "claim": t.claim,
                "confidence": round(t.confidence, 4),
                "origin": t.origin.value,
                "cues": list(t.cues),
                "inherited": t.inherited,
            }
            for t in seg.claims
        ],
        "citations": [_citation(c, seg_ids, snapshot) for c in seg.citations],
    }


def _citation(
    cite: CitationInfo, seg_ids: dict[SegmentId, str], snapshot: CaseSnapshot
) -> dict[str, Any]:
    target = snapshot.record_targets.get(cite.id)
    out: dict[str, Any] = {
        "kind": cite.kind.value,
        "text": cite.text,
        "normalized": cite.normalized,
    }
    if target is not None:
        data = asdict(target)
        data["role"] = target.role.value if target.role else None
        data["paragraphs"] = list(target.paragraphs)
        out["target"] = data
    out["target_segment"] = seg_ids.get(cite.target_segment) if cite.target_segment else None
    return out


def _link(link: LinkInfo, seg_ids: dict[SegmentId, str]) -> dict[str, Any]:
    return {
        "source": seg_ids[link.source],
        "target": seg_ids[link.target],
        "score": round(min(max(link.score, 0.0), 1.0), 4),
        "status": link.status.value,
        "relation": link.relation.value,
        "origin": link.origin.value,
        "reasons": [asdict(r) for r in link.reasons],
        "note": link.note,
        "pinned": link.pinned,
    }
