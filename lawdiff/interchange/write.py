"""Store documents (already segmented elsewhere) and their links from interchange JSON."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from lawdiff.core.ids import LinkId, SegmentId
from lawdiff.core.model import (
    Changes,
    CitationKind,
    CitationRef,
    ClaimTag,
    Filing,
    FilingMeta,
    LinkInfo,
    LinkStatus,
    Origin,
    Page,
    Reason,
    RecordTarget,
    Relation,
    Role,
    SegmentDraft,
    SegmentKind,
    Span,
)
from lawdiff.core.text import lines_of
from lawdiff.interchange.rulings import store_rulings_json
from lawdiff.store import documents as docs_repo
from lawdiff.store import links as links_repo
from lawdiff.store import segments as segs_repo


def store_interchange(
    session: Session, data: dict[str, Any], resolve: Callable[[Session], None]
) -> Changes:
    """Add every document of ``data`` not already in the case, then the links among them."""
    added, skipped = [], []
    seg_map: dict[str, SegmentId] = {}
    case = docs_repo.case_row(session)
    for field, value in data.get("case", {}).items():
        if value and not getattr(case, field):
            setattr(case, field, value)
    for doc in data["documents"]:
        filing = _filing(doc)
        if docs_repo.find_by_sha(session, filing.sha256) is not None:
            skipped.append(f"{filing.source_name}: already in this case; skipped")
            continue
        doc_id = docs_repo.add_document(session, filing, {"title": doc["title"]})
        drafts = [_draft(i, seg, doc["segments"]) for i, seg in enumerate(doc["segments"])]
        ids = segs_repo.add_segments(session, doc_id, drafts)
        seg_map.update({seg["id"]: sid for seg, sid in zip(doc["segments"], ids, strict=True)})
        segs_repo.add_tags(
            session, {sid: _tags(seg) for seg, sid in zip(doc["segments"], ids, strict=True)}
        )
        segs_repo.add_citations(
            session, {sid: _citations(seg) for seg, sid in zip(doc["segments"], ids, strict=True)}
        )
        added.append(doc_id)
    links = [_store_link(session, x, seg_map) for x in data["links"]]
    rulings = store_rulings_json(session, data, seg_map)
    resolve(session)
    return Changes(
        documents_added=tuple(added),
        links_added=tuple(x for x in links if x is not None),
        rulings_changed=tuple(rulings),
        skipped=tuple(skipped),
    )


def _filing(doc: dict[str, Any]) -> Filing:
    sha = (
        doc.get("sha256")
        or hashlib.sha256(json.dumps(doc, sort_keys=True).encode("utf-8")).hexdigest()
    )
    meta = FilingMeta(
        title=doc["title"],
        role=Role(doc["role"]),
        motion_kind=doc.get("motion_kind", ""),
        party=doc["party"],
        court=doc.get("court", ""),
        docket=doc.get("docket", ""),
        caption=doc.get("caption", ""),
        filed=doc.get("filed", ""),
        ecf_number=doc.get("ecf_number", ""),
    )
    return Filing(
        source_name=doc.get("source_name") or f"{doc['id']}.json",
        sha256=sha,
        kind=doc.get("kind") or "json",
        pages=_pages(doc),
        meta=meta,
        warnings=tuple(doc.get("warnings", ())),
    )


def _pages(doc: dict[str, Any]) -> tuple[Page, ...]:
    """Page texts rebuilt from the segments that start on each page (for search and preview)."""
    by_page: dict[int, list[str]] = {}
    for seg in doc["segments"]:
        by_page.setdefault(seg["page"], []).append(seg["heading"] or seg["text"])
    count = max([doc["pages"], *by_page.keys()], default=0)
    pages = []
    for number in range(1, count + 1):
        text = "\n".join(by_page.get(number, []))
        pages.append(Page(number, text, lines_of(text)))
    return tuple(pages)


def _draft(index: int, seg: dict[str, Any], siblings: list[dict[str, Any]]) -> SegmentDraft:
    parent = None
    if seg["parent"] is not None:
        parent = next(i for i, s in enumerate(siblings[:index]) if s["id"] == seg["parent"])
    span = Span(
        0,
        max(len(seg["text"]), 1),
        seg["page"],
        seg["line"],
        seg.get("end_page", seg["page"]),
        seg.get("end_line", seg["line"]),
        0,
        0,
    )
    return SegmentDraft(
        index=index,
        parent=parent,
        kind=SegmentKind(seg["kind"]),
        label=seg["label"],
        heading=seg["heading"],
        text=seg["text"],
        span=span,
        level=seg.get("level", 0),
    )


def _tags(seg: dict[str, Any]) -> list[ClaimTag]:
    if "claim_tags" in seg:
        return [
            ClaimTag(
                t["claim"],
                float(t["confidence"]),
                Origin(t["origin"]),
                tuple(t.get("cues", ())),
                bool(t.get("inherited", False)),
            )
            for t in seg["claim_tags"]
        ]
    return [ClaimTag(claim, 1.0, Origin.USER, ("imported",)) for claim in seg["claims"]]


def _citations(seg: dict[str, Any]) -> list[CitationRef]:
    out = []
    for c in seg["citations"]:
        target = None
        if c.get("target"):
            t = dict(c["target"])
            role = Role(t.pop("role")) if t.get("role") else None
            t.pop("role", None)
            t["paragraphs"] = tuple(t.get("paragraphs", ()))
            target = RecordTarget(role=role, **t)
        out.append(
            CitationRef(CitationKind(c["kind"]), c["text"], c.get("normalized", ""), 0, 0, target)
        )
    return out


def _store_link(
    session: Session, x: dict[str, Any], seg_map: dict[str, SegmentId]
) -> LinkId | None:
    source, target = seg_map.get(x["source"]), seg_map.get(x["target"])
    if source is None or target is None:  # an end in a document that was skipped
        return None
    if links_repo.find_link(session, source, target) is not None:
        return None
    info = LinkInfo(
        LinkId(0),
        source,
        target,
        Relation(x["relation"]),
        float(x["score"]),
        LinkStatus(x["status"]),
        Origin(x.get("origin", "auto")),
        tuple(Reason(**r) for r in x["reasons"]),
        x.get("note", ""),
        bool(x.get("pinned", False)),
    )
    return links_repo.insert_link(session, info)
