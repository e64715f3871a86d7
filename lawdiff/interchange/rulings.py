"""The court's rulings in the interchange format (version 2): write, check and store them.

``dispositions``: ``{"order": "d5", "motion": …, "key": …, "movant": …, "disposition":
"denied", "status": "auto", "confidence": 0.95, "evidence": {…}}``; ``rulings``: ``{"order":
"d5", "argument": "d2.s17", "sections": ["d5.s9"], "side": "respondent", "status": "auto",
"confidence": 0.9, "note": "", "evidence": [{…}]}``. Both lists are optional (version 1 files
have neither). Pure: the workspace stores what :func:`parse_rulings` returns.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

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


SegmentRef = tuple[int, int]  # (document, segment) by position in the file


@dataclass(frozen=True)
class InterchangeRulings:
    """The rulings of a file, by position: ``(order document, item)`` with ids still 0.

    ``arguments`` holds ``(order, argument segment, order sections, ruling)``.
    """

    dispositions: tuple[tuple[int, Disposition], ...] = ()
    arguments: tuple[tuple[int, SegmentRef, tuple[SegmentRef, ...], ArgumentRuling], ...] = ()


def parse_rulings(data: dict[str, Any], where: dict[str, SegmentRef]) -> InterchangeRulings:
    """The ``dispositions`` and ``rulings`` of validated interchange ``data`` (pure)."""
    position = {doc["id"]: n for n, doc in enumerate(data["documents"])}
    return InterchangeRulings(
        dispositions=tuple(
            (position[d["order"]], _disposition(d)) for d in data.get("dispositions", [])
        ),
        arguments=tuple(
            (
                position[r["order"]],
                where[r["argument"]],
                tuple(where[x] for x in r.get("sections", [])),
                _ruling(r),
            )
            for r in data.get("rulings", [])
        ),
    )


def _disposition(item: dict[str, Any]) -> Disposition:
    return Disposition(
        order=DocumentId(0),
        motion=item["motion"],
        key=item["key"],
        movant=item.get("movant", ""),
        kind=DispositionKind(item["disposition"]),
        evidence=_read_evidence(item.get("evidence") or {}),
        confidence=float(item.get("confidence", 0)),
        status=RulingStatus(item.get("status", "auto")),
    )


def _ruling(item: dict[str, Any]) -> ArgumentRuling:
    return ArgumentRuling(
        order=DocumentId(0),
        argument=SegmentId(0),
        sections=(),
        side=Side(item["side"]),
        confidence=float(item.get("confidence", 0)),
        evidence=tuple(_read_evidence(e) for e in item.get("evidence", [])),
        status=RulingStatus(item.get("status", "auto")),
        note=item.get("note", ""),
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
