"""The one facade through which anything reads or changes a case.

Every mutation is one method, one session, one transaction, and returns :class:`Changes`.
Callers (CLI, GUI) get plain dataclasses from ``lawdiff.core.model``, never ORM objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from lawdiff import cite, link, store
from lawdiff.classify import classify_segments, load_taxonomy, merge_user_tags
from lawdiff.core.errors import KnownError
from lawdiff.core.files import file_sha256
from lawdiff.core.ids import DocumentId, LinkId, SegmentId
from lawdiff.core.model import (
    CaseInfo,
    CaseSnapshot,
    Changes,
    ClaimTag,
    DocumentInfo,
    LinkInfo,
    LinkStatus,
    Origin,
    Page,
    Reason,
    Relation,
    Role,
    SegmentInfo,
)
from lawdiff.core.progress import Progress, no_progress
from lawdiff.pipeline import Analysis, analyze_file, analyze_filing
from lawdiff.store import documents as docs_repo
from lawdiff.store import links as links_repo
from lawdiff.store import segments as segs_repo
from lawdiff.store.engine import find_backups, restore_backup
from lawdiff.store.search import SearchHit, search_segments

T = TypeVar("T")

# Which filings answer which: an answering role → the roles it answers.
ANSWERS: dict[Role, tuple[Role, ...]] = {
    Role.OPPOSITION: (Role.MOTION, Role.COMPLAINT),
    Role.REPLY: (Role.OPPOSITION,),
    Role.ORDER: (Role.MOTION, Role.OPPOSITION),
}


class Workspace:
    """An open case.

    Use as a context manager, or call :meth:`close`. ``notices`` holds what the user should be
    told on opening (read-only location, upgraded schema with its backup).
    """

    def __init__(self, db: store.CaseDatabase, on_busy: Callable[[str], None] | None = None):
        self._db = db
        self.on_busy = on_busy

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> Workspace:
        """Open a case file (creating it when ``create``).

        Raises:
            KnownError: missing, damaged, locked, newer or unreadable case file.
        """
        return cls(store.open_case_file(Path(path), create=create))

    @staticmethod
    def restore_backup(path: str | Path) -> Path:
        """Replace a damaged case file by its newest backup copy; returns the copy used.

        The damaged file is kept beside it as ``<case>.damaged``.

        Raises:
            KnownError: there is no backup copy.
        """
        path = Path(path)
        backups = find_backups(path)
        if not backups:
            raise KnownError("there is no backup copy of this case to restore", path)
        restore_backup(path, backups[0])
        return backups[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    @property
    def notices(self) -> tuple[str, ...]:
        return tuple(self._db.notices)

    # ------------------------------------------------------------------ plumbing

    def _write(self, work: Callable[[Session], T]) -> T:
        return store.run_in_transaction(self._db, work, on_busy=self.on_busy)

    def _read(self, work: Callable[[Session], T]) -> T:
        return store.read(self._db, work)

    # ------------------------------------------------------------------ reading

    def info(self) -> CaseInfo:
        return self._read(lambda s: docs_repo.case_info(s, str(self.path), store.SCHEMA_VERSION))

    def documents(self) -> list[DocumentInfo]:
        return self._read(docs_repo.list_documents)

    def document(self, document: DocumentId) -> DocumentInfo:
        for doc in self.documents():
            if doc.id == document:
                return doc
        raise KnownError(f"no document {document} in this case", self.path)

    def pages(self, document: DocumentId) -> list[Page]:
        return self._read(lambda s: docs_repo.pages(s, document))

    def segments(self, document: DocumentId | None = None) -> list[SegmentInfo]:
        """Segments of one document (all when None) in document order."""
        return self._read(lambda s: segs_repo.list_segments(s, document))

    def segments_by_id(self, ids: Sequence[SegmentId]) -> list[SegmentInfo]:
        return self._read(lambda s: segs_repo.list_segments(s, ids=ids))

    def links(self, documents: Sequence[DocumentId] | None = None) -> list[LinkInfo]:
        return self._read(lambda s: links_repo.list_links(s, documents))

    def get_link(self, link_id: LinkId) -> LinkInfo | None:
        return self._read(lambda s: links_repo.get_link(s, link_id))

    def snapshot(self) -> CaseSnapshot:
        """The whole case as plain data, read in one transaction (for reports and exports)."""

        def work(s: Session) -> CaseSnapshot:
            return CaseSnapshot(
                case=docs_repo.case_info(s, str(self.path), store.SCHEMA_VERSION),
                documents=tuple(docs_repo.list_documents(s)),
                segments=tuple(segs_repo.list_segments(s)),
                links=tuple(links_repo.list_links(s)),
                record_targets={cid: t for cid, _seg, t in segs_repo.record_citations(s)},
            )

        return self._read(work)

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        return self._read(lambda s: search_segments(s, query, limit))

    def coverage(self, source: DocumentId, target: DocumentId | None = None) -> link.Coverage:
        """How well the arguments of ``source`` are answered (by ``target`` or by anything)."""
        sources = self.segments(source)
        docs = [source] if target is None else [source, target]
        links = self.links(docs)
        if target is not None:
            answering = {s.id for s in self.segments(target)}
            links = [x for x in links if x.target in answering]
        return link.coverage(sources, links)

    def answering_pairs(self) -> list[tuple[DocumentId, DocumentId]]:
        """(moving, answering) document pairs the linker works on by default.

        Each answering filing is paired with one filing of each role it answers: an
        opposition with the motion it opposes and the complaint, a reply with its opposition.
        """
        docs = self.documents()
        pairs: list[tuple[DocumentId, DocumentId]] = []
        for answer in docs:
            for role in ANSWERS.get(answer.role, ()):
                answered = _answered_filing(answer, [d for d in docs if d.role == role])
                if answered is not None:
                    pairs.append((answered.id, answer.id))
        return pairs

    # ------------------------------------------------------------------ case

    def set_case_info(self, **fields: str) -> Changes:
        """Change caption, court or docket of the case."""

        def work(s: Session) -> Changes:
            row = docs_repo.case_row(s)
            for key, value in fields.items():
                if key not in ("caption", "court", "docket"):
                    raise ValueError(f"unknown case field {key!r}")
                setattr(row, key, value)
            return Changes()

        return self._write(work)

    # ------------------------------------------------------------------ import

    def import_files(
        self,
        paths: Sequence[str | Path],
        *,
        role: Role | None = None,
        party: str = "",
        progress: Progress = no_progress,
    ) -> Changes:
        """Import filings (PDF, DOCX, text, or lawdiff JSON), each in its own transaction.

        A file already in the case (same SHA-256) is skipped and reported in ``Changes.skipped``.

        Raises:
            KnownError: a file cannot be imported; files before it stay imported.
        """
        added: list[DocumentId] = []
        skipped: list[str] = []
        warnings: list[str] = []
        for number, raw in enumerate(paths, start=1):
            path = Path(raw)
            progress(number - 1, len(paths), f"Importing {path.name} ({number} of {len(paths)})")
            changes = self._import_one(path, role, party, _scaled(progress, number, len(paths)))
            added += changes.documents_added
            skipped += changes.skipped
            warnings += changes.warnings
        progress(len(paths), len(paths), "Imported")
        return Changes(
            documents_added=tuple(added), skipped=tuple(skipped), warnings=tuple(warnings)
        )

    def _import_one(self, path: Path, role: Role | None, party: str, progress: Progress) -> Changes:
        from lawdiff.interchange import is_interchange_file, read_interchange

        if path.exists() and not path.is_file() and not path.is_dir():
            # Opening a named pipe or a device would wait forever for data.
            raise KnownError("is not a regular file (a pipe or device?)", path)
        if is_interchange_file(path):
            return self.import_interchange(read_interchange(path))
        existing = self._existing_copy(path)
        if existing:
            return Changes(skipped=(existing,))
        analysis = analyze_file(path, role=role, progress=progress)
        overrides = {"role": role.value if role else "", "party": party}
        return self.add_analysis(analysis, overrides)

    def _existing_copy(self, path: Path) -> str:
        sha = file_sha256(path)
        row = self._read(lambda s: docs_repo.find_by_sha(s, sha))
        if row is None:
            return ""
        return f"{path.name}: already in this case as “{row.title}” (document {row.id}); skipped"

    def add_analysis(self, analysis: Analysis, overrides: dict[str, str] | None = None) -> Changes:
        """Store an analysed filing in one transaction and resolve record cites case-wide."""

        def work(s: Session) -> Changes:
            if docs_repo.find_by_sha(s, analysis.filing.sha256) is not None:
                return Changes(skipped=(f"{analysis.filing.source_name}: already in this case",))
            doc = docs_repo.add_document(s, analysis.filing, overrides or {})
            ids = segs_repo.add_segments(s, doc, analysis.segments)
            segs_repo.add_tags(s, dict(zip(ids, analysis.tags, strict=True)))
            segs_repo.add_citations(s, dict(zip(ids, analysis.citations, strict=True)))
            _resolve_record_cites(s)
            return Changes(documents_added=(doc,), warnings=analysis.filing.warnings)

        return self._write(work)

    def import_interchange(self, data: Any) -> Changes:
        """Import documents (and links among them) from the lawdiff JSON format."""
        from lawdiff.interchange import store_interchange

        return self._write(lambda s: store_interchange(s, data, _resolve_record_cites))

    # ------------------------------------------------------------------ documents

    def update_document(self, document: DocumentId, **fields: str) -> Changes:
        """Override title, role, motion kind, party, filed date … of a document."""

        def work(s: Session) -> Changes:
            docs_repo.update_document(s, document, fields)
            _resolve_record_cites(s)
            return Changes(documents_changed=(document,))

        return self._write(work)

    def delete_document(self, document: DocumentId) -> Changes:
        def work(s: Session) -> Changes:
            removed = docs_repo.delete_document(s, document)
            _resolve_record_cites(s)
            return Changes(documents_removed=(document,) if removed else ())

        return self._write(work)

    def resegment(self, document: DocumentId) -> Changes:
        """Segment a document again from its stored pages (links on its segments are dropped)."""
        from lawdiff.core.model import Filing

        info = self.document(document)
        pages = tuple(self.pages(document))
        filing = Filing(info.source_name, info.sha256, info.kind, pages, _meta_of(info))
        analysis = analyze_filing(filing)

        def work(s: Session) -> Changes:
            segs_repo.delete_segments(s, document)
            ids = segs_repo.add_segments(s, document, analysis.segments)
            segs_repo.add_tags(s, dict(zip(ids, analysis.tags, strict=True)))
            segs_repo.add_citations(s, dict(zip(ids, analysis.citations, strict=True)))
            _resolve_record_cites(s)
            return Changes(documents_changed=(document,), segments_changed=tuple(ids))

        return self._write(work)

    # ------------------------------------------------------------------ claims

    def classify(self, documents: Sequence[DocumentId] | None = None) -> Changes:
        """Re-run the classifier; the user's own tags survive and win."""
        targets = documents or [d.id for d in self.documents()]
        changed: list[SegmentId] = []
        for doc in targets:
            segments = self.segments(doc)
            drafts = _drafts_of(segments)
            fresh = classify_segments(drafts)
            auto = {s.id: tags for s, tags in zip(segments, fresh, strict=True)}
            self._write(
                lambda s, auto=auto, segs=segments: segs_repo.replace_tags(  # type: ignore[misc]
                    s, [x.id for x in segs], auto, Origin.AUTO
                )
            )
            changed += [s.id for s in segments]
        return Changes(segments_changed=tuple(changed))

    def set_claims(self, segment: SegmentId, tags: Sequence[ClaimTag]) -> Changes:
        """Replace the user's tags of a segment (confidence 0 = the user removed that claim)."""
        user = [ClaimTag(t.claim, t.confidence, Origin.USER, t.cues) for t in tags]

        def work(s: Session) -> Changes:
            segs_repo.replace_tags(s, [segment], {segment: user}, Origin.USER)
            return Changes(segments_changed=(segment,))

        return self._write(work)

    def effective_claims(self, segment: SegmentInfo) -> tuple[ClaimTag, ...]:
        """The claims a segment is about once the user's tags override the classifier's."""
        auto = tuple(t for t in segment.claims if t.origin is Origin.AUTO)
        user = tuple(t for t in segment.claims if t.origin is Origin.USER)
        return merge_user_tags(auto, user)

    # ------------------------------------------------------------------ links

    def suggest_links(
        self,
        source: DocumentId | None = None,
        target: DocumentId | None = None,
        *,
        progress: Progress = no_progress,
    ) -> Changes:
        """Suggest rebuttal links (all default pairs when no documents are named).

        Accepted, rejected, pinned and user links stay as they are; rejected pairs never return.
        """
        pairs = [(source, target)] if source and target else self.answering_pairs()
        if source and not target:
            pairs = [p for p in pairs if p[0] == source]
        if not pairs:
            raise KnownError(
                "nothing to link: the case needs a complaint or motion and an opposition or reply"
            )
        total = Changes()
        for n, (src, tgt) in enumerate(pairs):
            progress(n, len(pairs), f"Linking {n + 1} of {len(pairs)}")
            total = _merge(total, self._suggest_pair(src, tgt, progress))
        progress(len(pairs), len(pairs), "Linked")
        return total

    def _suggest_pair(self, source: DocumentId, target: DocumentId, progress: Progress) -> Changes:
        sources, targets = self.segments(source), self.segments(target)
        names = {t.id: t.name for t in load_taxonomy().types}
        fresh = link.suggest_rebuttals(sources, targets, progress=progress, claim_names=names)
        target_ids = {t.id for t in targets}
        source_ids = {s.id for s in sources}

        def work(s: Session) -> Changes:
            existing = [
                x
                for x in links_repo.list_links(s, [source])
                if x.source in source_ids and x.target in target_ids
            ]
            plan = link.plan_relink(existing, fresh)
            links_repo.delete_links(s, plan.to_remove)
            for link_id, suggestion in plan.to_update:
                links_repo.update_link(
                    s,
                    link_id,
                    {
                        "score": suggestion.score,
                        "reasons": suggestion.reasons,
                        "relation": suggestion.relation,
                    },
                )
            added = links_repo.add_suggestions(s, plan.to_add)
            return Changes(
                links_added=tuple(added),
                links_changed=tuple(i for i, _ in plan.to_update),
                links_removed=tuple(plan.to_remove),
            )

        return self._write(work)

    def add_link(
        self,
        source: SegmentId,
        target: SegmentId,
        relation: Relation = Relation.REBUTS,
        note: str = "",
    ) -> Changes:
        """Create (or accept, if it was suggested) a user link: ``target`` answers ``source``."""

        def work(s: Session) -> Changes:
            found = links_repo.find_link(s, source, target)
            if found is not None:
                links_repo.update_link(
                    s,
                    found.id,
                    {
                        "status": LinkStatus.ACCEPTED,
                        "relation": relation,
                        "note": note or found.note,
                    },
                )
                return Changes(links_changed=(found.id,))
            if source == target or segs_repo.segment_document(
                s, source
            ) == segs_repo.segment_document(s, target):
                raise KnownError("a link joins segments of two different filings")
            info = LinkInfo(
                LinkId(0),
                source,
                target,
                relation,
                1.0,
                LinkStatus.ACCEPTED,
                Origin.USER,
                (Reason("user", 1.0, "linked by hand"),),
                note,
            )
            return Changes(links_added=(links_repo.insert_link(s, info),))

        return self._write(work)

    def link_direction(self, first: SegmentId, second: SegmentId) -> tuple[SegmentId, SegmentId]:
        """(source, target) of a user link between two segments: the answering one is the target."""
        docs = self._read(lambda s: [segs_repo.segment_document(s, x) for x in (first, second)])
        answered_by_first = (docs[1], docs[0]) in self.answering_pairs()
        return (second, first) if answered_by_first else (first, second)

    def update_link(self, link_id: LinkId, **fields: Any) -> Changes:
        """Change status, relation, note or pinned of a link."""

        def work(s: Session) -> Changes:
            if not links_repo.update_link(s, link_id, fields):
                raise KnownError(f"link {link_id} no longer exists")
            return Changes(links_changed=(link_id,))

        return self._write(work)

    def set_link_status(self, link_id: LinkId, status: LinkStatus) -> Changes:
        return self.update_link(link_id, status=status)

    def delete_link(self, link_id: LinkId) -> Changes:
        def work(s: Session) -> Changes:
            links_repo.delete_links(s, [link_id])
            return Changes(links_removed=(link_id,))

        return self._write(work)

    def restore_link(self, info: LinkInfo) -> Changes:
        """Put back a deleted link exactly as it was (same id), for undo."""
        return self._write(
            lambda s: Changes(links_added=(links_repo.insert_link(s, info, keep_id=True),))
        )


def _answered_filing(
    answer: DocumentInfo, candidates: Sequence[DocumentInfo]
) -> DocumentInfo | None:
    """Which of several motions (complaints, oppositions) ``answer`` most likely answers.

    The same kind of motion first ("tro" answers "tro"), then the latest one filed before the
    answer (by ECF number, else by import order); an amended complaint supersedes the first.
    """
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    kind = answer.motion_kind
    same_kind = [d for d in candidates if kind and kind != "other" and d.motion_kind == kind]
    pool = same_kind or list(candidates)
    before = [d for d in pool if _filed_before(d, answer)]
    return max(before or pool, key=_filing_order)


def _filing_order(doc: DocumentInfo) -> tuple[int, int]:
    number = re.match(r"\d+", doc.ecf_number)
    return (int(number.group()) if number else 0, doc.id)


def _filed_before(doc: DocumentInfo, answer: DocumentInfo) -> bool:
    return _filing_order(doc) < _filing_order(answer)


def _resolve_record_cites(session: Session) -> None:
    """Point every record cite of the case at the segment it names, where that is in the case."""
    cites = segs_repo.record_citations(session)
    if not cites:
        return
    documents = docs_repo.list_documents(session)
    by_id = {d.id: d for d in documents}
    segments: dict[DocumentId, list[SegmentInfo]] = {}
    for seg in segs_repo.list_segments(session):
        segments.setdefault(seg.document, []).append(seg)
    doc_of = {seg.id: seg.document for segs in segments.values() for seg in segs}
    targets = {}
    for cid, seg_id, target in cites:
        citing = by_id[doc_of[seg_id]]
        targets[cid] = cite.resolve_record_target(target, citing, documents, segments)
    segs_repo.set_citation_targets(session, targets)


def _scaled(progress: Progress, number: int, count: int) -> Progress:
    """Progress of one file's pages, passed on with the file's place in the batch."""

    def report(done: int, total: int, message: str) -> None:
        progress(number - 1, count, message)

    return report


def _merge(a: Changes, b: Changes) -> Changes:
    return Changes(
        links_added=a.links_added + b.links_added,
        links_changed=a.links_changed + b.links_changed,
        links_removed=a.links_removed + b.links_removed,
    )


def _meta_of(info: DocumentInfo) -> Any:
    from lawdiff.core.model import FilingMeta

    return FilingMeta(
        title=info.title,
        role=info.role,
        motion_kind=info.motion_kind,
        party=info.party,
        court=info.court,
        docket=info.docket,
        caption=info.caption,
        filed=info.filed,
        ecf_number=info.ecf_number,
    )


def _drafts_of(segments: Sequence[SegmentInfo]) -> list[Any]:
    """SegmentDrafts rebuilt from stored segments, for re-classification."""
    from lawdiff.core.model import SegmentDraft, Span

    index = {s.id: i for i, s in enumerate(segments)}
    return [
        SegmentDraft(
            index=i,
            parent=index.get(s.parent) if s.parent is not None else None,
            kind=s.kind,
            label=s.label,
            heading=s.heading,
            text=s.text,
            span=Span(
                0,
                1,
                s.start_page,
                s.start_line,
                s.end_page,
                s.end_line,
                s.start_offset,
                s.end_offset,
            ),
            level=s.level,
        )
        for i, s in enumerate(segments)
    ]
