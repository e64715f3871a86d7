"""``build_report``: a :class:`CaseSnapshot` and :class:`ReportOptions` → a :class:`Report`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from lawdiff import link
from lawdiff.core.answers import answering_pairs
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import (
    CaseSnapshot,
    DocumentInfo,
    LinkInfo,
    LinkStatus,
    Part,
    SegmentInfo,
    outside_argument,
    part_at,
    part_label,
)
from lawdiff.report.authorities import AuthorityRow, authority_rows
from lawdiff.report.claims import claim_name, claim_order, effective_claims
from lawdiff.report.coverage import Argument, Status, document_arguments, owners
from lawdiff.report.model import (
    ClaimSection,
    ComparisonRow,
    DocumentRow,
    MatrixCell,
    MatrixRow,
    Pair,
    PartRow,
    Passage,
    Report,
    ReportOptions,
    Response,
    Summary,
    Tally,
)
from lawdiff.report.pincite import document_abbreviations, pin_cite
from lawdiff.report.rulings import with_rulings

_SPACES = re.compile(r"\s+")


def build_report(snapshot: CaseSnapshot, options: ReportOptions | None = None) -> Report:
    """Compute everything a comparison report shows.

    Args:
        snapshot: the case, read in one go from the workspace.
        options: what to include; defaults to :class:`ReportOptions` ().
    """
    options = options or ReportOptions()
    ctx = _Context.of(snapshot, options)
    comparisons = [row for doc in ctx.moving for row in _comparisons(ctx, doc)]
    statuses = {row.argument.segment: row.coverage for row in comparisons}
    wanted = [row for row in comparisons if _wanted(row.argument.claims, options)]
    sections = _claim_sections(wanted)
    authorities = authority_rows(snapshot.documents, snapshot.segments, ctx.pins)
    included = [x for x in ctx.links if x.source in {r.argument.segment for r in wanted}]
    report = Report(
        title=options.title,
        caption=snapshot.case.caption or _first(d.caption for d in snapshot.documents),
        court=snapshot.case.court or _first(d.court for d in snapshot.documents),
        docket=snapshot.case.docket or _first(d.docket for d in snapshot.documents),
        generated=date.today().isoformat(),
        options=options,
        documents=tuple(ctx.rows[d.id] for d in snapshot.documents),
        pairs=tuple((ctx.rows[m].abbreviation, ctx.rows[a].abbreviation) for m, a in ctx.pairs),
        summary=_summary(snapshot, included, wanted, authorities),
        matrix_documents=tuple(ctx.rows[d] for d in ctx.matrix_documents),
        matrix=_matrix(ctx, [s.claim for s in sections], statuses),
        comparisons=tuple(wanted),
        claims=tuple(sections),
        unanswered=tuple(r.argument for r in wanted if r.coverage is Status.UNANSWERED),
        authorities=authorities,
    )
    return with_rulings(report, snapshot, {d: r.abbreviation for d, r in ctx.rows.items()})


@dataclass
class _Context:
    """Lookups shared by the steps of :func:`build_report`."""

    options: ReportOptions
    pairs: tuple[Pair, ...]
    rows: dict[DocumentId, DocumentRow]
    segments: dict[DocumentId, tuple[SegmentInfo, ...]]
    pins: dict[SegmentId, str]
    links: list[LinkInfo]
    moving: list[DocumentId] = field(default_factory=list)
    matrix_documents: list[DocumentId] = field(default_factory=list)
    by_id: dict[SegmentId, SegmentInfo] = field(default_factory=dict)
    arguments: dict[DocumentId, list[Argument]] = field(default_factory=dict)
    heads: dict[SegmentId, Argument] = field(default_factory=dict)
    parts: dict[DocumentId, tuple[Part, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, snapshot: CaseSnapshot, options: ReportOptions) -> _Context:
        abbreviations = document_abbreviations(snapshot.documents)
        known = {d.id for d in snapshot.documents}
        pairs = (
            options.pairs
            if options.pairs is not None
            else tuple(answering_pairs(snapshot.documents))
        )
        pairs = tuple(p for p in pairs if p[0] in known and p[1] in known)
        in_pairs = {d for p in pairs for d in p}
        ctx = cls(
            options=options,
            pairs=pairs,
            rows={
                d.id: _document_row(d, abbreviations[d.id], snapshot.parts_of(d.id))
                for d in snapshot.documents
            },
            segments={d.id: snapshot.segments_of(d.id) for d in snapshot.documents},
            pins={s.id: pin_cite(abbreviations[s.document], s) for s in snapshot.segments},
            links=_included_links(snapshot, pairs, options.include_suggested),
            moving=[d.id for d in snapshot.documents if d.id in {p[0] for p in pairs}],
            matrix_documents=[d.id for d in snapshot.documents if d.id in in_pairs],
            by_id={s.id: s for s in snapshot.segments},
            parts=snapshot.parts,
        )
        for doc in ctx.matrix_documents:
            ids = {s.id for s in ctx.segments[doc]}
            ctx.arguments[doc] = document_arguments(
                ctx.segments[doc],
                [x for x in ctx.links if x.source in ids],
                include_suggested=options.include_suggested,
                not_argued=outside_argument(snapshot.parts_of(doc), ctx.segments[doc]),
                fold=link.folding_documents(d for d in snapshot.documents if d.id == doc),
            )
            ctx.heads.update((a.segment.id, a) for a in ctx.arguments[doc])
        return ctx

    def passage(self, segment: SegmentInfo) -> Passage:
        argument = self.heads.get(segment.id)
        text = argument.body if argument else segment.text
        if not self.options.full_text:
            text = excerpt(text, self.options.excerpt_chars)
        part_number, part_name = self.part_of(segment)
        return Passage(
            segment=segment.id,
            document=segment.document,
            pin=self.pins[segment.id],
            label=segment.label,
            heading=segment.heading,
            text=text,
            claims=argument.claims if argument else effective_claims(segment),
            part=part_name,
            part_number=part_number,
        )

    def part_of(self, segment: SegmentInfo) -> tuple[int, str]:
        """The number of the bundled part holding ``segment`` and its name to a reader
        ((0, "") for a file of one document)."""
        parts = self.parts.get(segment.document, ())
        part = part_at(parts, segment.order)
        if part is None:
            return 0, ""
        number = parts.index(part) + 1
        return number, part_label(number, part)


def _document_row(doc: DocumentInfo, abbreviation: str, parts: Sequence[Part]) -> DocumentRow:
    return DocumentRow(
        id=doc.id,
        title=doc.title,
        role=doc.role.value,
        abbreviation=abbreviation,
        party=doc.party,
        filed=doc.filed,
        pages=doc.page_count,
        ecf_number=doc.ecf_number,
        parts=tuple(
            PartRow(n, p.title, p.role.value, p.first_page, p.last_page, p.argument)
            for n, p in enumerate(parts, start=1)
        ),
    )


def _included_links(
    snapshot: CaseSnapshot, pairs: Sequence[Pair], include_suggested: bool
) -> list[LinkInfo]:
    """Links between the pairs' documents with a status the options accept, best first.

    Weak candidates (shown in the window so a reviewer can pick one) are not suggestions and
    never reach a report unless the user accepted them.
    """
    statuses = {LinkStatus.ACCEPTED} | ({LinkStatus.SUGGESTED} if include_suggested else set())
    document = {s.id: s.document for s in snapshot.segments}
    wanted = set(pairs)
    links = [
        x
        for x in snapshot.links
        if x.status in statuses
        and not (x.weak and x.status is LinkStatus.SUGGESTED)
        and (document.get(x.source), document.get(x.target)) in wanted
    ]
    return sorted(links, key=lambda x: (x.status is not LinkStatus.ACCEPTED, -x.score))


def excerpt(text: str, limit: int) -> str:
    """``text`` with whitespace collapsed, cut at a word boundary near ``limit`` with "…"."""
    flat = _SPACES.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit].rstrip() + " …"


def _comparisons(ctx: _Context, document: DocumentId) -> list[ComparisonRow]:
    arguments = ctx.arguments[document]
    owner = owners(arguments)
    by_argument: dict[SegmentId, list[Response]] = {}
    for x in ctx.links:
        if x.source in owner:
            by_argument.setdefault(owner[x.source], []).append(_response(ctx, x))
    return [
        ComparisonRow(ctx.passage(a.segment), a.status, tuple(by_argument.get(a.segment.id, ())))
        for a in arguments
    ]


def _response(ctx: _Context, link: LinkInfo) -> Response:
    return Response(
        passage=ctx.passage(ctx.by_id[link.target]),
        relation=link.relation.value,
        status=link.status.value,
        score=link.score,
        origin=link.origin.value,
        reasons=tuple(r.text for r in link.reasons if r.text),
        note=link.note,
    )


def _wanted(claims: Iterable[str], options: ReportOptions) -> bool:
    return options.claims is None or any(c in options.claims for c in claims)


def _claim_sections(rows: Sequence[ComparisonRow]) -> list[ClaimSection]:
    grouped: dict[str, list[ComparisonRow]] = {}
    for row in rows:
        for claim in row.argument.claims:
            grouped.setdefault(claim, []).append(row)
    return [
        ClaimSection(claim, claim_name(claim), tuple(grouped[claim]), tally(grouped[claim]))
        for claim in sorted(grouped, key=claim_order)
    ]


def tally(rows: Iterable[ComparisonRow]) -> Tally:
    """Counts of ``rows`` by coverage status."""
    counts = dict.fromkeys(Status, 0)
    total = 0
    for row in rows:
        counts[row.coverage] += 1
        total += 1
    return Tally(total, counts[Status.ANSWERED], counts[Status.PARTLY], counts[Status.UNANSWERED])


def _matrix(
    ctx: _Context, claims: Sequence[str], statuses: dict[SegmentId, Status]
) -> tuple[MatrixRow, ...]:
    """Claims × documents of the pairs: arguments, and answered ones for moving documents."""
    arguments = {
        doc: [(a.segment.id, a.claims) for a in ctx.arguments[doc]] for doc in ctx.matrix_documents
    }
    rows = []
    for claim in claims:
        cells = []
        for doc in ctx.matrix_documents:
            mine = [seg for seg, tags in arguments[doc] if claim in tags]
            answered = None
            if doc in ctx.moving:
                answered = sum(statuses.get(seg) is Status.ANSWERED for seg in mine)
            cells.append(MatrixCell(len(mine), answered))
        rows.append(MatrixRow(claim, claim_name(claim), tuple(cells)))
    return tuple(rows)


def _summary(
    snapshot: CaseSnapshot,
    links: Sequence[LinkInfo],
    rows: Sequence[ComparisonRow],
    authorities: Sequence[AuthorityRow],
) -> Summary:
    accepted = sum(x.status is LinkStatus.ACCEPTED for x in links)
    return Summary(
        documents=len(snapshot.documents),
        links=len(links),
        accepted_links=accepted,
        suggested_links=len(links) - accepted,
        tally=tally(rows),
        authorities=len(authorities),
        shared_authorities=sum(a.shared for a in authorities),
    )


def _first(values: Iterable[str]) -> str:
    return next((v for v in values if v), "")
