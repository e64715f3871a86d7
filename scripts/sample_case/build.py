"""Render every source and write the gold JSON."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from sample_case.draw import draw_pdf
from sample_case.gold import check_cites, expected_document, gold_links, record_cites
from sample_case.layout import Context, DocLayout, layout_document
from sample_case.source import SRC, Segment, SourceDoc, parse_source
from sample_case.word import write_docx


def build(out: Path, expected: Path | None) -> dict[str, Any]:
    """Render every source into ``out``; write the gold JSON to ``expected`` when given."""
    case = tomllib.loads((SRC / "case.toml").read_text(encoding="utf-8"))
    ctx = Context(case, {})
    docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]] = {}
    out.mkdir(parents=True, exist_ok=True)
    gold: dict[str, Any] = {"version": 1, "case": _case_row(case), "documents": {}}
    for path in sorted(SRC.glob("*.md")):
        doc = parse_source(path)
        doc.meta["docket"] = case["docket"]
        segments, anchors, layout = layout_document(doc, ctx)
        ctx.done[doc.name] = (doc, segments, anchors, layout)
        docs[doc.name] = (doc, segments, layout)
        draw_pdf(doc, layout, case, out / f"{doc.name}.pdf")
        gold["documents"][f"{doc.name}.pdf"] = expected_document(doc, segments, layout, True)
        if doc.meta.get("docx"):
            write_docx(doc, ctx, out / f"{doc.name}.docx")
            gold["documents"][f"{doc.name}.docx"] = expected_document(doc, segments, layout, False)
    check_cites(docs)
    gold["links"] = gold_links(docs)
    gold["record_cites"] = record_cites(docs)
    gold["unanswered"] = _unanswered(docs)
    gold["responses_answering_nothing"] = _answering_nothing(docs)
    if expected is not None:
        expected.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        expected.write_text(text, encoding="utf-8")
    return gold


def _case_row(case: dict[str, Any]) -> dict[str, Any]:
    return {
        "caption": case["short_caption"],
        "court": " ".join(case["court"]),
        "docket": case["docket"],
        "judge": case["judge"],
        "fictional": True,
    }


def _unanswered(
    docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]],
) -> list[dict[str, str]]:
    rows = []
    for name, (_, segments, _) in docs.items():
        rows += [
            {"document": name + ".pdf", "label": s.label, "heading": s.heading}
            for s in segments
            if s.unanswered
        ]
    return rows


def _answering_nothing(
    docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]],
) -> list[dict[str, str]]:
    rows = []
    for name, (doc, segments, _) in docs.items():
        if doc.meta["role"] not in {"opposition", "reply"}:
            continue
        rows += [
            {"document": name + ".pdf", "label": s.label, "heading": s.heading}
            for s in segments
            if "answers-nothing" in _attrs_of(doc, s.label)
        ]
    return rows


def _attrs_of(doc: SourceDoc, label: str) -> dict[str, str]:
    return next((b.attrs for b in doc.blocks if b.key == label), {})
