"""The court's rulings in the interchange format (version 2): write, check and store them.

``dispositions``: ``{"order": "d5", "motion": …, "key": …, "movant": …, "disposition":
"denied", "status": "auto", "confidence": 0.95, "evidence": {…}}``; ``rulings``: ``{"order":
"d5", "argument": "d2.s17", "sections": ["d5.s9"], "side": "respondent", "status": "auto",
"confidence": 0.9, "note": "", "evidence": [{…}]}``. Both lists are optional (version 1 files
have neither).
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from lawdiff.core.errors import KnownError
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import CaseSnapshot
from lawdiff.core.rulings import (
    ArgumentRuling,
    Disposition,
    DispositionKind,
    Evidence,
    RulingStatus,
    Side,
)
from lawdiff.store import rulings as rulings_repo
from lawdiff.store import segments as segs_repo


def rulings_to_json(
    snapshot: CaseSnapshot, doc_ids: dict[DocumentId, str], seg_ids: dict[SegmentId, str]
) -> dict[str, list[dict[str, Any]]]:
    """The ``dispositions`` and ``rulings`` lists of an export."""
    return {
        "dispositions": [
            {
                "order": doc_ids[d.order],
                "motion": d.motion,
                "key": d.key,
                "movant": d.movant,
                "disposition": d.kind.value,
                "status": d.status.value,
                "confidence": round(d.confidence, 4),
                "evidence": _evidence(d.evidence),
            }
            for d in snapshot.rulings.dispositions
            if d.order in doc_ids
        ],
        "rulings": [
            {
                "order": doc_ids[r.order],
                "argument": seg_ids[r.argument],
                "sections": [seg_ids[s] for s in r.sections if s in seg_ids],
                "side": r.side.value,
                "status": r.status.value,
                "confidence": round(r.confidence, 4),
                "note": r.note,
                "evidence": [_evidence(e) for e in r.evidence],
            }
            for r in snapshot.rulings.arguments
            if r.order in doc_ids and r.argument in seg_ids
        ],
    }


def _evidence(evidence: Evidence) -> dict[str, Any]:
    data = asdict(evidence)
    data["side"] = evidence.side.value if evidence.side else None
    return data


def check_ruling_references(data: dict[str, Any], segments: set[str], path: Path | None) -> None:
    """Every ruling names an order document and segments that the file defines."""
    documents = {doc["id"] for doc in data["documents"]}
    for item in [*data.get("dispositions", []), *data.get("rulings", [])]:
        names = [item.get("argument"), *item.get("sections", [])]
        unknown = [n for n in names if n and n not in segments]
        if item["order"] not in documents:
            unknown.insert(0, item["order"])
        if unknown:
            raise KnownError(
                f"not a valid lawdiff JSON file: a ruling names {unknown[0]}, which is no "
                "document or segment of the file",
                path,
            )


def store_rulings_json(
    session: Session, data: dict[str, Any], seg_map: dict[str, SegmentId]
) -> list[int]:
    """Store the file's rulings for the documents just imported (others are skipped)."""
    orders = _order_map(session, data, seg_map)
    changed: list[int] = []
    for order_key, order in orders.items():
        dispositions = [
            _disposition(d, order) for d in data.get("dispositions", []) if d["order"] == order_key
        ]
        rulings = [
            _ruling(r, order, seg_map)
            for r in data.get("rulings", [])
            if r["order"] == order_key and r["argument"] in seg_map
        ]
        changed += rulings_repo.store_dispositions(session, order, dispositions)
        changed += rulings_repo.store_rulings(session, order, rulings)
        _restore_corrections(session, order, data, order_key, seg_map)
    return changed


def _order_map(
    session: Session, data: dict[str, Any], seg_map: dict[str, SegmentId]
) -> dict[str, DocumentId]:
    out: dict[str, DocumentId] = {}
    for doc in data["documents"]:
        first = next((s["id"] for s in doc["segments"] if s["id"] in seg_map), None)
        if first is not None and doc.get("role") == "order":
            document = segs_repo.segment_document(session, seg_map[first])
            if document is not None:
                out[doc["id"]] = document
    return out


def _disposition(item: dict[str, Any], order: DocumentId) -> Disposition:
    return Disposition(
        order=order,
        motion=item["motion"],
        key=item["key"],
        movant=item.get("movant", ""),
        kind=DispositionKind(item["disposition"]),
        evidence=_read_evidence(item.get("evidence") or {}),
        confidence=float(item.get("confidence", 0)),
    )


def _ruling(
    item: dict[str, Any], order: DocumentId, seg_map: dict[str, SegmentId]
) -> ArgumentRuling:
    return ArgumentRuling(
        order=order,
        argument=seg_map[item["argument"]],
        sections=tuple(seg_map[s] for s in item.get("sections", []) if s in seg_map),
        side=Side(item["side"]),
        confidence=float(item.get("confidence", 0)),
        evidence=tuple(_read_evidence(e) for e in item.get("evidence", [])),
    )


def _read_evidence(item: dict[str, Any]) -> Evidence:
    side = item.get("side")
    return Evidence(
        str(item.get("text", "")),
        int(item.get("page", 0)),
        int(item.get("line", 0)),
        str(item.get("cue", "")),
        Side(side) if side else None,
    )


def _restore_corrections(
    session: Session,
    order: DocumentId,
    data: dict[str, Any],
    order_key: str,
    seg_map: dict[str, SegmentId],
) -> None:
    """A ruling the user corrected is imported as corrected (its side stays the user's)."""
    stored = {r.argument: r.id for r in rulings_repo.list_rulings(session, order)}
    for item in data.get("rulings", []):
        if item["order"] == order_key and item.get("status") == RulingStatus.CORRECTED.value:
            ruling = stored.get(seg_map.get(item["argument"], SegmentId(-1)))
            if ruling is not None:
                rulings_repo.set_ruling_side(
                    session, ruling, Side(item["side"]), item.get("note", "")
                )
    kinds = {d.key: d.id for d in rulings_repo.list_dispositions(session, order)}
    for item in data.get("dispositions", []):
        corrected = item.get("status") == RulingStatus.CORRECTED.value
        if item["order"] == order_key and corrected and item["key"] in kinds:
            kind = DispositionKind(item["disposition"])
            rulings_repo.set_disposition_kind(session, kinds[item["key"]], kind, "")
