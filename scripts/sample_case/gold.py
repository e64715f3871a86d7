"""Gold data: expected segments, links and record cites, checked against the layout."""

from __future__ import annotations

import re
from typing import Any

from sample_case.layout import DocLayout
from sample_case.source import SampleError, Segment, SourceDoc
from sample_case.text import parse_inline, plain


def expected_document(
    doc: SourceDoc, segments: list[Segment], layout: DocLayout, pdf: bool
) -> dict[str, Any]:
    """What a correct import and segmentation of this file gives."""
    meta = doc.meta
    rows = [_segment_row(seg, layout, pdf) for seg in segments]
    rows += [_note_row(doc, key, layout, pdf) for key in doc.footnotes]
    result: dict[str, Any] = {
        "title": meta["title"],
        "role": meta["role"],
        "motion_kind": meta.get("motion_kind", ""),
        "party": meta.get("party", ""),
        "docket": meta["docket"],
        "ecf_number": str(meta["ecf"]),
        "filed": meta["filed"],
        "pages": len(layout.pages) if pdf else None,
        "segments": rows,
    }
    counts = [s for s in segments if s.kind == "count"]
    if counts:
        result["counts"] = [_count_row(count, segments) for count in counts]
    result["claims"] = {s.label: s.claims for s in segments if s.claims}
    return result


def _segment_row(seg: Segment, layout: DocLayout, pdf: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"kind": seg.kind, "label": seg.label, "parent": seg.parent}
    if seg.kind != "paragraph":
        row |= {"heading": seg.heading, "printed": seg.printed, "level": seg.level}
    if seg.front_matter:
        row["front_matter"] = True
    if pdf:
        row |= {"page": seg.page, "line": seg.line, "end_page": seg.end_page}
    row["starts_with"] = _starts_with(layout, seg.label)
    return row


def _note_row(doc: SourceDoc, key: str, layout: DocLayout, pdf: bool) -> dict[str, Any]:
    label = f"n.{key}"
    row: dict[str, Any] = {"kind": "footnote", "label": label, "parent": None}
    for number, page in enumerate(layout.pages, start=1):
        for _, line in page.body:
            if key in line.notes:
                row["parent"] = line.section
                if pdf:
                    row["page"] = number
    row["starts_with"] = " ".join(re.sub(r"\*", "", doc.footnotes[key]).split()[:6])
    return row


def _starts_with(layout: DocLayout, label: str) -> str:
    words: list[str] = []
    for page in layout.pages:
        for _, line in page.body:
            if line.owner == label:
                words += plain([p for p in line.pieces if p[1] != "FN"]).split()
            if len(words) >= 8:
                return " ".join(words[:8])
    return " ".join(words[:8])


def _count_row(count: Segment, segments: list[Segment]) -> dict[str, Any]:
    paragraphs = [int(s.label[2:]) for s in segments if s.parent == count.label]
    return {
        "label": count.label,
        "heading": count.heading,
        "first_paragraph": min(paragraphs),
        "last_paragraph": max(paragraphs),
        "claims": count.claims,
    }


def gold_links(docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]]) -> list[dict[str, Any]]:
    """Outline links (``answers=`` attributes) and complaint → brief links from record cites."""
    links: list[dict[str, Any]] = []
    for name, (_, segments, layout) in docs.items():
        for seg in segments:
            for ref in seg.answers:
                target_doc, _, label = ref.partition("#")
                links.append(_link(target_doc, label, name + ".pdf", seg.label, "outline"))
        for cite in layout.cites:
            if cite.get("paragraphs") and cite["section"]:
                for number in cite["paragraphs"]:
                    link = _link(
                        cite["target_document"],
                        f"¶ {number}",
                        name + ".pdf",
                        cite["section"],
                        "record-cite",
                    )
                    if link not in links:
                        links.append(link)
    return links


def _link(source_doc: str, source: str, target_doc: str, target: str, basis: str) -> dict[str, Any]:
    return {
        "source_document": source_doc,
        "source": source,
        "target_document": target_doc,
        "target": target,
        "basis": basis,
    }


def record_cites(
    docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]],
) -> list[dict[str, Any]]:
    """Every record cite with the segment it must resolve to."""
    rows: list[dict[str, Any]] = []
    for name, (_, _, layout) in docs.items():
        for cite in layout.cites:
            row = {"document": name + ".pdf"} | cite
            if "label" in row:
                row["target"] = row.pop("label")
            else:
                row["target"] = f"¶ {cite['paragraphs'][0]}"
                row["page"] = None
            row.setdefault("paragraphs", [])
            rows.append(row)
    return rows


def check_cites(docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]]) -> None:
    """Fail loudly unless every page cite lands on the page that prints the cited heading."""
    for row in record_cites(docs):
        target = docs[row["target_document"].removesuffix(".pdf")]
        if row["page"] is None:
            continue
        segment = next(s for s in target[1] if s.label == row["target"])
        words = " ".join(plain(parse_inline(segment.heading)).split()[:4])
        if words not in target[2].page_text(row["page"]):
            raise SampleError(f"{row['document']}: {row['text']} does not show {segment.label}")
