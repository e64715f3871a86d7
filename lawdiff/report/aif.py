"""The dispute as an AIF argument map (the JSON that AIFdb and OVA read).

* every argument and every response in the report is an information node (``"I"``);
* a link that rebuts, distinguishes, responds generally or cites the same authority is a
  conflict node (``"CA"``, "Default Conflict"): response → CA → argument;
* a concession is a support node (``"RA"``, "Default Inference"): response → RA → argument.

Extra keys lawdiff adds (``scheme`` on S-nodes, the top-level ``lawdiff`` object with pin
cites) are ignored by AIF tools. Documented in docs/report-formats.md.
"""

from __future__ import annotations

from typing import Any

from lawdiff.core.ids import SegmentId
from lawdiff.report.model import Passage, Report

SUPPORT_RELATIONS = frozenset({"concedes"})


def report_to_aif(report: Report) -> dict[str, Any]:
    """The argument map of ``report`` as an AIF JSON structure."""
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    ids: dict[SegmentId, str] = {}
    where: dict[str, dict[str, str]] = {}

    def node(kind: str, text: str, **extra: str) -> str:
        node_id = str(len(nodes) + 1)
        nodes.append(
            {"nodeID": node_id, "text": text, "type": kind, "timestamp": report.generated, **extra}
        )
        return node_id

    def info(p: Passage) -> str:
        if p.segment not in ids:
            ids[p.segment] = node("I", _text(p))
            where[ids[p.segment]] = {"pin": p.pin, "label": p.label, "segment": str(p.segment)}
        return ids[p.segment]

    def edge(source: str, target: str) -> None:
        edges.append(
            {"edgeID": str(len(edges) + 1), "fromID": source, "toID": target, "formEdgeID": None}
        )

    for row in report.comparisons:
        argument = info(row.argument)
        for response in row.responses:
            answer = info(response.passage)
            support = response.relation in SUPPORT_RELATIONS
            scheme = node(
                "RA" if support else "CA",
                "Default Inference" if support else "Default Conflict",
                scheme=response.relation,
            )
            edge(answer, scheme)
            edge(scheme, argument)
    meta = {
        "format": "lawdiff-aif",
        "version": 1,
        "caption": report.caption,
        "docket": report.docket,
        "information": where,
    }
    return {"nodes": nodes, "edges": edges, "locutions": [], "lawdiff": meta}


def _text(p: Passage) -> str:
    parts = [p.pin, p.title, p.text]
    return " — ".join(x for x in parts if x)
