"""The dispute as an AIF argument map (the JSON that AIFdb and OVA read).

* every argument and every response in the report is an information node (``"I"``);
* a link that rebuts, distinguishes, responds generally or cites the same authority is a
  conflict node (``"CA"``, "Default Conflict"): response → CA → argument;
* a concession is a support node (``"RA"``, "Default Inference"): response → RA → argument;
* the court's ruling on an argument (issue 15) is a preference node (``"PA"``, "Default
  Preference") from the side the court adopted to the other, with the court's evidence as an
  information node feeding it: court → PA, preferred → PA → dispreferred. A mixed, not reached
  or not addressed ruling prefers neither side and adds no PA node.

Extra keys lawdiff adds (``scheme`` on S-nodes, the top-level ``lawdiff`` object with pin
cites) are ignored by AIF tools. AIF has no grouping of nodes, so the documents and the parts
of a file bundling several (a notice of motion, its memorandum, a declaration) are lawdiff
metadata too: ``lawdiff.documents`` lists each document's I-nodes and each part's, and an
I-node's ``information`` names its document and part. Documented in docs/report-formats.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.report.model import ComparisonRow, DocumentRow, Passage, Report

SUPPORT_RELATIONS = frozenset({"concedes"})


def report_to_aif(report: Report) -> dict[str, Any]:
    """The argument map of ``report`` as an AIF JSON structure."""
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    ids: dict[SegmentId, str] = {}
    where: dict[str, dict[str, str]] = {}
    passages: dict[str, Passage] = {}

    def node(kind: str, text: str, **extra: str) -> str:
        node_id = str(len(nodes) + 1)
        nodes.append(
            {"nodeID": node_id, "text": text, "type": kind, "timestamp": report.generated, **extra}
        )
        return node_id

    def info(p: Passage) -> str:
        if p.segment not in ids:
            ids[p.segment] = node("I", _text(p))
            where[ids[p.segment]] = _information(p)
            passages[ids[p.segment]] = p
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
    roles = {d.id: d.role for d in report.documents}
    for row in report.comparisons:
        for preferred, dispreferred, court in _court_preferences(row, roles):
            scheme = node("PA", "Default Preference", scheme="court-ruling")
            edge(node("I", court), scheme)
            edge(info(preferred), scheme)
            edge(scheme, info(dispreferred))
    meta = {
        "format": "lawdiff-aif",
        "version": 2,
        "caption": report.caption,
        "docket": report.docket,
        "information": where,
        "documents": _documents(report.documents, passages),
    }
    return {"nodes": nodes, "edges": edges, "locutions": [], "lawdiff": meta}


def _information(p: Passage) -> dict[str, str]:
    """What lawdiff knows of an I-node: pin cite, label, segment, document, and the part of a
    bundled file holding it ("Part 2 — MEMORANDUM OF POINTS AND AUTHORITIES (motion)")."""
    found = {"pin": p.pin, "label": p.label, "segment": str(p.segment), "document": str(p.document)}
    if p.part:
        found["part"] = p.part
    return found


def _documents(
    documents: Sequence[DocumentRow], passages: dict[str, Passage]
) -> list[dict[str, Any]]:
    """Each document with its I-nodes and, in a file bundling several documents, its parts
    (number, title, role, pages, whether argued) with theirs; ``parts`` is empty for a file
    of one document."""
    groups = []
    for doc in documents:
        nodes = [n for n, p in passages.items() if p.document == doc.id]
        parts = [
            {
                "number": part.number,
                "title": part.title,
                "role": part.role,
                "pages": part.pages,
                "argument": part.argument,
                "nodes": [n for n in nodes if passages[n].part_number == part.number],
            }
            for part in doc.parts
        ]
        groups.append(
            {
                "id": str(doc.id),
                "abbreviation": doc.abbreviation,
                "title": doc.title,
                "role": doc.role,
                "nodes": nodes,
                "parts": parts,
            }
        )
    return groups


def _court_preferences(
    row: ComparisonRow, roles: dict[DocumentId, str]
) -> list[tuple[Passage, Passage, str]]:
    """(preferred, dispreferred, the court's words) for each party response to a ruled argument."""
    ruling = row.ruling
    if ruling is None or ruling.side not in ("movant", "respondent"):
        return []
    argument_side = _SIDE_OF_ROLE.get(roles.get(row.argument.document, ""))
    if argument_side is None:
        return []
    court = f"Court's ruling: {ruling.label}" + (
        f" — {ruling.evidence[0]}" if ruling.evidence else ""
    )
    answers = [
        r.passage
        for r in row.responses
        if _SIDE_OF_ROLE.get(roles.get(r.passage.document, "")) not in (None, argument_side)
    ]
    if ruling.side == argument_side:
        return [(row.argument, answer, court) for answer in answers]
    return [(answer, row.argument, court) for answer in answers]


_SIDE_OF_ROLE = {"motion": "movant", "reply": "movant", "opposition": "respondent"}


def _text(p: Passage) -> str:
    parts = [p.pin, p.title, p.text]
    return " — ".join(x for x in parts if x)
