"""Interchange JSON → the analysis objects the ingest stage produces (pure: no database).

The workspace stores what :func:`parse_interchange` returns exactly as it stores an imported
PDF: documents already segmented (with their claims and citations), and the links among them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from lawdiff.core.ids import LinkId, SegmentId
from lawdiff.core.model import (
    Analysis,
    CitationKind,
    CitationRef,
    ClaimTag,
    Filing,
    FilingMeta,
    LinkInfo,
    LinkStatus,
    Origin,
    Page,
    Part,
    Reason,
    RecordTarget,
    Relation,
    Role,
    SegmentDraft,
    SegmentKind,
    Span,
)
from lawdiff.core.text import lines_of
from lawdiff.interchange.rulings import InterchangeRulings, parse_rulings

SegmentRef = tuple[int, int]  # (document, segment) by position in the file


@dataclass(frozen=True)
class InterchangeLink:
    """A link between two segments of the file; ``link`` has no ids yet (0)."""

    source: SegmentRef
    target: SegmentRef
    link: LinkInfo


@dataclass(frozen=True)
class InterchangeCase:
    """A parsed lawdiff JSON file: case details, analysed documents, links among them."""

    caption: str
    court: str
    docket: str
    documents: tuple[Analysis, ...]
    links: tuple[InterchangeLink, ...]
    rulings: InterchangeRulings = field(default_factory=InterchangeRulings)  # version 2


def parse_interchange(data: dict[str, Any]) -> InterchangeCase:
    """The documents and links of validated interchange ``data`` (``validate_interchange``)."""
    where: dict[str, SegmentRef] = {}
    documents = []
    for d, doc in enumerate(data["documents"]):
        where.update({seg["id"]: (d, n) for n, seg in enumerate(doc["segments"])})
        documents.append(_analysis(doc))
    case = data.get("case", {})
    return InterchangeCase(
        caption=case.get("caption", ""),
        court=case.get("court", ""),
        docket=case.get("docket", ""),
        documents=tuple(documents),
        links=tuple(
            InterchangeLink(where[x["source"]], where[x["target"]], _link(x)) for x in data["links"]
        ),
        rulings=parse_rulings(data, where),
    )


def _analysis(doc: dict[str, Any]) -> Analysis:
    segments = doc["segments"]
    return Analysis(
        filing=_filing(doc),
        segments=tuple(_draft(i, seg, segments) for i, seg in enumerate(segments)),
        tags=tuple(tuple(_tags(seg)) for seg in segments),
        citations=tuple(tuple(_citations(seg)) for seg in segments),
        parts=_parts(doc),
    )


def _parts(doc: dict[str, Any]) -> tuple[Part, ...]:
    """A document's parts (version 3; none in older files), each starting at a segment
    named by id (checked by ``validate_interchange``)."""
    position = {seg["id"]: n for n, seg in enumerate(doc["segments"])}
    return tuple(
        Part(
            title=p["title"],
            role=Role(p["role"]),
            first_segment=position[p["first_segment"]],
            first_page=p["first_page"],
            last_page=p["last_page"],
            argument=p["argument"],
        )
        for p in doc.get("parts", ())
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


def _link(x: dict[str, Any]) -> LinkInfo:
    return LinkInfo(
        LinkId(0),
        SegmentId(0),
        SegmentId(0),
        Relation(x["relation"]),
        float(x["score"]),
        LinkStatus(x["status"]),
        Origin(x.get("origin", "auto")),
        tuple(Reason(**r) for r in x["reasons"]),
        x.get("note", ""),
        bool(x.get("pinned", False)),
    )
