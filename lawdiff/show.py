"""``lawdiff show``: a case as plain-text tables (documents, claims, link coverage)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lawdiff.classify import load_taxonomy
from lawdiff.core.ids import DocumentId
from lawdiff.core.model import LinkStatus
from lawdiff.workspace import Workspace


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A fixed-width text table."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def render_case_table(ws: Workspace) -> str:
    """Documents, segment counts, claims and coverage of every answering pair."""
    info = ws.info()
    docs = ws.documents()
    parts = [f"Case: {info.caption or '(no caption)'}  {info.docket}".rstrip()]
    parts.append(
        table(
            ["id", "role", "party", "pages", "segments", "file", "warnings"],
            [
                [
                    d.id,
                    d.role.value + (f" ({d.motion_kind})" if d.motion_kind else ""),
                    d.party[:30],
                    d.page_count,
                    d.segment_count,
                    d.source_name,
                    len(d.warnings),
                ]
                for d in docs
            ],
        )
    )
    parts.append(_parts_table(ws, [d.id for d in docs]))
    parts.append(_claims_table(ws))
    parts.append(_coverage_table(ws))
    return "\n\n".join(p for p in parts if p)


def _parts_table(ws: Workspace, documents: Sequence[DocumentId]) -> str:
    """The documents bundled in each file that holds several ("" when none does)."""
    rows = [
        [
            doc,
            number,
            part.title[:60],
            part.role.value,
            f"{part.first_page}-{part.last_page}",
            "yes" if part.argument else "no",
        ]
        for doc in documents
        for number, part in enumerate(ws.parts(doc), start=1)
    ]
    if not rows:
        return ""
    headers = ["id", "part", "title", "role", "pages", "argument"]
    return "Parts of files that bundle several documents:\n" + table(headers, rows)


def _claims_table(ws: Workspace) -> str:
    counts: Counter[str] = Counter()
    for seg in ws.segments():
        for tag in ws.effective_claims(seg):
            if not tag.inherited:
                counts[tag.claim] += 1
    if not counts:
        return "Claims: none found"
    taxonomy = load_taxonomy()
    known = {t.id: t.name for t in taxonomy.types}
    rows = [[known.get(claim, claim), claim, n] for claim, n in counts.most_common()]
    return "Claims (segments tagged directly):\n" + table(["claim", "id", "segments"], rows)


def _coverage_table(ws: Workspace) -> str:
    links = ws.links()
    status = Counter(x.status for x in links)
    rows = []
    docs = {d.id: d for d in ws.documents()}
    for source, target in ws.answering_pairs():
        cov = ws.coverage(source, target)
        counts = Counter(u.status for u in cov.units)
        rows.append(
            [
                f"{docs[source].source_name} ← {docs[target].source_name}",
                len(cov.units),
                counts["answered"],
                counts["partly"],
                counts["unanswered"],
            ]
        )
    weak = sum(x.weak and x.status is LinkStatus.SUGGESTED for x in links)
    summary = (
        f"Links: {len(links)} ({status[LinkStatus.SUGGESTED] - weak} suggested, "
        f"{weak} weak candidates, "
        f"{status[LinkStatus.ACCEPTED]} accepted, {status[LinkStatus.REJECTED]} rejected)"
    )
    if not rows:
        return summary
    return (
        summary
        + "\n"
        + table(["arguments ← answered by", "arguments", "answered", "partly", "unanswered"], rows)
    )
