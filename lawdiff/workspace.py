"""The one facade through which anything reads or changes a case.

Every mutation is one method, one session, one transaction, and returns :class:`Changes`.
Callers (CLI, GUI) get plain dataclasses from ``lawdiff.core.model``, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from lawdiff import cite, interchange, link, store
from lawdiff.classify import claim_names, effective_tags
from lawdiff.core.answers import answering_pairs
from lawdiff.core.errors import KnownError
from lawdiff.core.files import FileFacts, file_facts
from lawdiff.core.ids import DocumentId, LinkId, SegmentId
from lawdiff.core.model import (
    Analysis,
    CaseInfo,
    CaseSnapshot,
    Changes,
    CitationRef,
    ClaimTag,
    DocumentInfo,
    FileOutcome,
    Filing,
    FilingMeta,
    LinkInfo,
    LinkStatus,
    LinkSuggestion,
    Origin,
    Page,
    Part,
    Reason,
    Relation,
    Role,
    SearchHit,
    SegmentDraft,
    SegmentInfo,
    Span,
    outside_argument,
)
from lawdiff.core.progress import Cancelled, Progress, no_progress
from lawdiff.core.rulings import CaseRulings, DispositionKind, Side
from lawdiff.ingest import docket
from lawdiff.ingest.docket_read import read_docket
from lawdiff.ingest.running_lines import mark_running_lines
from lawdiff.ingest.same_text import SAME_TEXT, shingles, text_overlap
from lawdiff.pipeline import (
    analyze_as,
    analyze_file,
    analyze_filing,
    claims_and_citations,
    complete_analysis,
)
from lawdiff.store import documents as docs_repo
from lawdiff.store import links as links_repo
from lawdiff.store import parts as parts_repo
from lawdiff.store import segments as segs_repo
from lawdiff.store.engine import find_backups, restore_backup
from lawdiff.store.search import search_segments

T = TypeVar("T")


class Workspace:
    """An open case.

    Use as a context manager, or call :meth:`close`. ``notices`` holds what the user should be
    told on opening (read-only location, upgraded schema with its backup).
    """

    def __init__(self, db: store.CaseDatabase, on_busy: Callable[[str], None] | None = None):
        self._db = db
        self.on_busy = on_busy
        # Hashes of the five-word runs of each document's text, by (id, SHA-256): a docket
        # import compares every new file with every document, and stored pages do not change.
        self._shingles: dict[tuple[DocumentId, str], frozenset[int]] = {}

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

    def parts(self, document: DocumentId) -> tuple[Part, ...]:
        """The documents bundled in ``document``, in order (empty for a file of one document,
        or one stored before parts were: analyse it again to find them)."""
        return self._read(lambda s: parts_repo.list_parts(s, document)).get(document, ())

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
                rulings=_stored_rulings(s),
                parts=parts_repo.list_parts(s),
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
        return coverage_of(
            self.document(source),
            self.document(target) if target is not None else None,
            sources,
            links,
            self.parts(source),
        )

    def answering_pairs(self) -> list[tuple[DocumentId, DocumentId]]:
        """(moving, answering) document pairs the linker works on by default.

        Each answering filing is paired with one filing of each role it answers: an
        opposition with the motion it opposes and the complaint, a reply with its opposition.
        """
        return answering_pairs(self.documents())

    # ------------------------------------------------------------------ case

    def set_case_info(
        self, *, caption: str | None = None, court: str | None = None, docket: str | None = None
    ) -> Changes:
        """Change caption, court or docket of the case (None leaves a field as it is)."""
        fields = _given(caption=caption, court=court, docket=docket)

        def work(s: Session) -> Changes:
            row = docs_repo.case_row(s)
            for key, value in fields.items():
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

    def import_docket(
        self,
        paths: Sequence[str | Path],
        *,
        role: Role | None = None,
        party: str = "",
        progress: Progress = no_progress,
        workers: int | None = None,
    ) -> tuple[list[FileOutcome], Changes]:
        """Import files and folders in docket order, each file in its own transaction.

        The files are read in worker processes, several at a time (see
        :mod:`lawdiff.ingest.docket_read`), then stored here in docket order (docket
        number, else filing date, else name: each outcome says which). A file that cannot
        be imported is refused with its reason and the others go on.

        Args:
            paths: files and folders.
            role: the role of every file (None: inferred per file).
            party: the filing party of every file.
            progress: one bar for the whole docket; may raise ``Cancelled`` (files already
                stored stay, each whole).
            workers: processes reading files at once (None: one per core, at most four);
                1 reads the files one after another in this process, as before.

        Returns:
            One outcome per file (imported, duplicate or refused, and why), and what changed.

        Raises:
            KnownError: a folder holds nothing to import, or a path does not exist.
        """
        found: dict[Path, tuple[FileFacts, Analysis] | KnownError] = {}
        done: list[Changes] = []

        def store_one(path: Path) -> Changes:
            item = found.pop(path, None)  # let go of its analysis once stored
            if isinstance(item, KnownError):
                raise item
            if item is None:  # lawdiff JSON, or a file already in the case: as one file
                done.append(self.import_files([path], role=role, party=party))
            else:
                done.append(self._store_read(path, item, role, party))
            return done[-1]

        shelf = docket.DocketStore(docket.expand_inputs(paths), store_one)

        def on_read(path: Path, result: Analysis | KnownError) -> None:
            if isinstance(result, KnownError):
                found[path] = result
                shelf.read(path)
            else:
                found[path] = (facts_of[path], result)
                shelf.read(path, result.filing.meta)

        todo = self._to_read(shelf, found)
        facts_of = dict(todo)
        bar = _docket_bar(progress, shelf)
        if workers == 1:
            _read_one_by_one(todo, role, bar, on_read)
        else:
            analyse = partial(analyze_as, role=role)
            read_docket(todo, analyse, progress=bar, workers=workers, on_read=on_read)
        progress(1000, 1000, f"{len(shelf.outcomes)} files")
        added = tuple(doc for changes in done for doc in changes.documents_added)
        return shelf.outcomes, Changes(documents_added=added)

    def _to_read(
        self, shelf: docket.DocketStore, found: dict[Path, tuple[FileFacts, Analysis] | KnownError]
    ) -> list[tuple[Path, FileFacts]]:
        """The new PDF, DOCX and text files of a docket, with their facts. The others (lawdiff
        JSON, files already in the case, unreadable files) are handed to ``shelf`` now."""
        todo: list[tuple[Path, FileFacts]] = []
        for path in shelf.reading_order():
            try:
                facts = file_facts(path)
            except KnownError as error:
                found[path] = error
                shelf.read(path)
                continue
            if self._existing_copy(path, facts) or interchange.is_interchange_head(
                facts.head, path.name
            ):
                shelf.read(path)
            else:
                todo.append((path, facts))
        return todo

    def _import_one(self, path: Path, role: Role | None, party: str, progress: Progress) -> Changes:
        facts = file_facts(path)  # the one read that checks, sniffs and hashes the file
        if interchange.is_interchange_head(facts.head, path.name):
            return self._store_interchange(
                interchange.parse_interchange(interchange.read_interchange(path))
            )
        existing = self._existing_copy(path, facts)
        if existing:
            return Changes(skipped=(existing,))
        analysis = analyze_file(path, role=role, progress=progress, facts=facts)
        return self._store_new(analysis, role, party)

    def _store_read(
        self, path: Path, read: tuple[FileFacts, Analysis], role: Role | None, party: str
    ) -> Changes:
        """Store a file a docket's workers read, unless a copy came in meanwhile."""
        facts, analysis = read
        existing = self._existing_copy(path, facts)
        if existing:
            return Changes(skipped=(existing,))
        return self._store_new(analysis, role, party)

    def _store_new(self, analysis: Analysis, role: Role | None, party: str) -> Changes:
        """One analysed file stored in one transaction."""
        copy = self._same_text_copy(analysis.filing)
        overrides = {"role": role.value if role else "", "party": party}

        def work(s: Session) -> Changes:
            stored = _store_analysis(s, analysis, overrides)
            if stored is None:
                return Changes(skipped=(f"{analysis.filing.source_name}: already in this case",))
            _resolve_record_cites(s)
            warnings = (*analysis.filing.warnings, *([copy] if copy else []))
            return Changes(documents_added=(stored[0],), warnings=warnings)

        return self._write(work)

    def _same_text_copy(self, filing: Filing) -> str:
        """A warning naming a document of the case with the same text, else "" (the Word and
        PDF copies of one brief: the user may remove one)."""
        runs = frozenset(map(hash, shingles(filing.pages)))
        if not runs:
            return ""
        for doc in self.documents():
            if text_overlap(runs, self._shingles_of(doc)) >= SAME_TEXT:
                return (
                    f"{filing.source_name}: same text as “{doc.title or doc.source_name}” "
                    f"(document {doc.id}, {doc.source_name}): a copy in another format? "
                    "Remove one of them if so"
                )
        return ""

    def _shingles_of(self, doc: DocumentInfo) -> frozenset[int]:
        key = (doc.id, doc.sha256)
        found = self._shingles.get(key)
        if found is None:
            found = self._shingles[key] = frozenset(map(hash, shingles(self.pages(doc.id))))
        return found

    def _existing_copy(self, path: Path, facts: FileFacts) -> str:
        row = self._read(lambda s: docs_repo.find_by_sha(s, facts.sha256))
        if row is None:
            return ""
        return f"{path.name}: already in this case as “{row.title}” (document {row.id}); skipped"

    def import_interchange(self, data: dict[str, Any]) -> Changes:
        """Import documents (and links among them) from lawdiff JSON already read and validated.

        A document that comes without claims is classified, and one without citations has them
        found, as an imported PDF would.
        """
        return self._store_interchange(interchange.parse_interchange(data))

    def _store_interchange(self, case: interchange.InterchangeCase) -> Changes:
        documents = [complete_analysis(a) for a in case.documents]

        def work(s: Session) -> Changes:
            row = docs_repo.case_row(s)
            for key in ("caption", "court", "docket"):  # the case's own details win
                if not getattr(row, key):
                    setattr(row, key, getattr(case, key))
            added: list[DocumentId] = []
            skipped: list[str] = []
            ids: list[list[SegmentId]] = []
            for analysis in documents:
                stored = _store_analysis(s, analysis, {})
                if stored is None:
                    skipped.append(f"{analysis.filing.source_name}: already in this case; skipped")
                ids.append(stored[1] if stored else [])
                added += [stored[0]] if stored else []
            links = [_store_link(s, x, ids) for x in case.links]
            rulings = _store_interchange_rulings(s, case.rulings, ids)
            _resolve_record_cites(s)
            return Changes(
                documents_added=tuple(added),
                links_added=tuple(x for x in links if x is not None),
                rulings_changed=tuple(rulings),
                skipped=tuple(skipped),
            )

        return self._write(work)

    # ------------------------------------------------------------------ documents

    def update_document(
        self,
        document: DocumentId,
        *,
        title: str | None = None,
        role: Role | None = None,
        motion_kind: str | None = None,
        party: str | None = None,
        filed: str | None = None,
    ) -> Changes:
        """Override what was inferred about a document (None leaves a field as it is)."""
        fields = _given(
            title=title,
            role=role.value if role is not None else None,
            motion_kind=motion_kind,
            party=party,
            filed=filed,
        )

        def work(s: Session) -> Changes:
            docs_repo.update_document(s, document, fields)
            _resolve_record_cites(s)
            return Changes(documents_changed=(document,))

        return self._write(work)

    def delete_document(self, document: DocumentId) -> Changes:
        """Remove a document with its segments and their links."""

        def work(s: Session) -> Changes:
            removed = docs_repo.delete_document(s, document)
            _resolve_record_cites(s)
            return Changes(documents_removed=(document,) if removed else ())

        return self._write(work)

    def resegment(self, documents: Sequence[DocumentId] | None = None) -> Changes:
        """Segment documents (all when None) again from their stored pages, then classify and
        cite-scan them, in one transaction. Their segments are new: links on the old ones and
        the user's claim tags on them are dropped. Running lines are marked again: pages stored
        before ingest marked them carry no marks.
        """
        infos = [d for d in self.documents() if not documents or d.id in documents]
        analyses = [
            analyze_filing(
                Filing(
                    d.source_name,
                    d.sha256,
                    d.kind,
                    mark_running_lines(self.pages(d.id)),
                    _meta_of(d),
                )
            )
            for d in infos
        ]

        def work(s: Session) -> Changes:
            ids: list[SegmentId] = []
            for info, analysis in zip(infos, analyses, strict=True):
                segs_repo.delete_segments(s, info.id)
                ids += segs_repo.add_analysed_segments(s, info.id, analysis)
            _resolve_record_cites(s)
            return Changes(
                documents_changed=tuple(d.id for d in infos), segments_changed=tuple(ids)
            )

        return self._write(work)

    # ------------------------------------------------------------------ claims

    def classify(self, documents: Sequence[DocumentId] | None = None) -> Changes:
        """Re-run the classifier and the citation finder on documents (all when None).

        The user's own tags survive and win. One transaction for all the documents.
        """
        wanted = set(documents) if documents else None
        by_document: dict[DocumentId, list[SegmentInfo]] = {}
        for seg in self.segments():
            if wanted is None or seg.document in wanted:
                by_document.setdefault(seg.document, []).append(seg)
        tags: dict[SegmentId, Sequence[ClaimTag]] = {}
        citations: dict[SegmentId, Sequence[CitationRef]] = {}
        for segs in by_document.values():
            ids = [x.id for x in segs]
            fresh_tags, fresh_citations = claims_and_citations(_drafts_of(segs))
            tags.update(zip(ids, fresh_tags, strict=True))
            citations.update(zip(ids, fresh_citations, strict=True))

        def work(s: Session) -> Changes:
            segs_repo.replace_tags(s, list(tags), tags, Origin.AUTO)
            segs_repo.replace_citations(s, citations)
            _resolve_record_cites(s)
            return Changes(segments_changed=tuple(tags))

        return self._write(work)

    def set_claims(self, segment: SegmentId, tags: Sequence[ClaimTag]) -> Changes:
        """Replace the user's tags of a segment (confidence 0 = the user removed that claim)."""
        user = [ClaimTag(t.claim, t.confidence, Origin.USER, t.cues) for t in tags]

        def work(s: Session) -> Changes:
            segs_repo.replace_tags(s, [segment], {segment: user}, Origin.USER)
            return Changes(segments_changed=(segment,))

        return self._write(work)

    def effective_claims(self, segment: SegmentInfo) -> tuple[ClaimTag, ...]:
        """The claims a segment is about once the user's tags override the classifier's."""
        return effective_tags(segment)

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
        fresh = []
        for n, (src, tgt) in enumerate(pairs):
            progress(n, len(pairs), f"Linking {n + 1} of {len(pairs)}")
            fresh.append(self._fresh_suggestions(src, tgt, progress))

        def work(s: Session) -> Changes:
            total = Changes()
            for sources, targets, suggestions in fresh:
                _check_still_current(s, sources, targets, self.path)
                total = _merge(total, _relink(s, sources, targets, suggestions))
            return total

        changes = self._write(work)  # every pair in one transaction: one user action
        progress(len(pairs), len(pairs), "Linked")
        return changes

    def _fresh_suggestions(
        self, source: DocumentId, target: DocumentId, progress: Progress
    ) -> tuple[list[SegmentInfo], list[SegmentInfo], list[LinkSuggestion]]:
        sources, targets = self.segments(source), self.segments(target)
        # a brief's numbered paragraphs belong to their heading's argument (docs/linking.md)
        fold = link.folding_documents([self.document(source), self.document(target)])
        fresh = link.suggest_rebuttals(
            sources, targets, progress=progress, claim_names=claim_names(), fold=fold
        )
        return sources, targets, list(fresh)

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

    def update_link(
        self,
        link_id: LinkId,
        *,
        status: LinkStatus | None = None,
        relation: Relation | None = None,
        note: str | None = None,
        pinned: bool | None = None,
    ) -> Changes:
        """Change status, relation, note or pinned of a link (None leaves a field as it is)."""
        fields = _given(status=status, relation=relation, note=note, pinned=pinned)

        def work(s: Session) -> Changes:
            if not links_repo.update_link(s, link_id, fields):
                raise KnownError(f"link {link_id} no longer exists")
            return Changes(links_changed=(link_id,))

        return self._write(work)

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

    # ------------------------------------------------------------------ rulings (issue 15)

    def compute_rulings(self, order: DocumentId | None = None) -> Changes:
        """Find what the court decided in the case's orders (or in ``order``), in one transaction.

        Dispositions per motion and the side taken on each argument are replaced; the user's
        corrections keep their answer and get the fresh evidence.
        """
        from lawdiff.ruling.case import analyze_orders
        from lawdiff.store import rulings as rulings_repo

        found = analyze_orders(
            self.documents(),
            self.answering_pairs(),
            self.segments,
            self.pages,
            self.links(),
            order,
        )

        def work(s: Session) -> Changes:
            changed: list[int] = []
            for order_id, result in found.items():
                changed += rulings_repo.store_dispositions(s, order_id, result.dispositions)
                changed += rulings_repo.store_rulings(s, order_id, result.arguments)
            return Changes(rulings_changed=tuple(changed))

        return self._write(work)

    def rulings(self, order: DocumentId | None = None) -> CaseRulings:
        """The stored dispositions and argument rulings (of one order, or all)."""
        from lawdiff.store import rulings as rulings_repo

        return self._read(
            lambda s: CaseRulings(
                tuple(rulings_repo.list_dispositions(s, order)),
                tuple(rulings_repo.list_rulings(s, order)),
            )
        )

    def correct_ruling(self, ruling: int, side: Side | None, note: str = "") -> Changes:
        """Set the side the court took on an argument (None: back to the analyser's answer).

        A correction survives :meth:`compute_rulings`; undo calls this with the old side.
        """
        from lawdiff.store import rulings as rulings_repo

        def work(s: Session) -> Changes:
            if not rulings_repo.set_ruling_side(s, ruling, side, note):
                raise KnownError(f"ruling {ruling} no longer exists")
            return Changes(rulings_changed=(ruling,))

        return self._write(work)

    def correct_disposition(
        self, disposition: int, kind: DispositionKind | None, note: str = ""
    ) -> Changes:
        """Set how the court disposed of a motion (None: back to the analyser's answer)."""
        from lawdiff.store import rulings as rulings_repo

        def work(s: Session) -> Changes:
            if not rulings_repo.set_disposition_kind(s, disposition, kind, note):
                raise KnownError(f"disposition {disposition} no longer exists")
            return Changes(rulings_changed=(disposition,))

        return self._write(work)


def coverage_of(
    source: DocumentInfo,
    target: DocumentInfo | None,
    arguments: Sequence[SegmentInfo],
    links: Sequence[LinkInfo],
    parts: Sequence[Part] = (),
) -> link.Coverage:
    """The one coverage rule, over segments and links a caller already holds (the GUI's cache).

    Args:
        source: the moving filing; ``arguments`` are its segments.
        target: the answering filing (None: answered by anything); ``links`` end in it.
        arguments: the segments of ``source``.
        links: the links from those segments to be counted.
        parts: the documents bundled in ``source``: what sits in a notice of motion, a
            declaration or a proposed order is not an argument to be answered.
    """
    # what the answering filing is expected to cover (issue 11): a TRO opposition is not
    # charged with a complaint's paragraphs
    expected = link.paragraphs_expected(source, target)
    outside = outside_argument(parts, arguments)
    fold = link.folding_documents([source])  # a brief's numbered paragraphs are not arguments
    return link.coverage(arguments, links, paragraphs=expected, not_argued=outside, fold=fold)


def _store_interchange_rulings(
    session: Session, found: Any, ids: Sequence[Sequence[SegmentId]]
) -> list[int]:
    """Store a JSON file's rulings for the orders just imported; corrections stay corrections."""
    from lawdiff.core.ids import DocumentId as _DocumentId
    from lawdiff.store import rulings as rulings_repo

    orders = {n: segs_repo.segment_document(session, seg[0]) for n, seg in enumerate(ids) if seg}
    changed: list[int] = []
    for n, order in orders.items():
        if order is None:
            continue
        dispositions = [replace(d, order=order) for m, d in found.dispositions if m == n]
        rulings = [
            replace(
                r,
                order=order,
                argument=ids[a[0]][a[1]],
                sections=tuple(ids[x[0]][x[1]] for x in secs if ids[x[0]]),
            )
            for m, a, secs, r in found.arguments
            if m == n and ids[a[0]]
        ]
        changed += rulings_repo.store_dispositions(session, _DocumentId(order), dispositions)
        changed += rulings_repo.store_rulings(session, _DocumentId(order), rulings)
        rulings_repo.keep_corrections(session, _DocumentId(order), dispositions, rulings)
    return changed


def _stored_rulings(session: Session) -> CaseRulings:
    from lawdiff.store import rulings as rulings_repo

    return CaseRulings(
        tuple(rulings_repo.list_dispositions(session)), tuple(rulings_repo.list_rulings(session))
    )


def _check_still_current(
    session: Session, sources: Sequence[SegmentInfo], targets: Sequence[SegmentInfo], path: Path
) -> None:
    """Suggestions were computed before the write transaction: are their segments still there?

    Raises:
        KnownError: another window re-segmented or deleted one of the documents meanwhile.
    """
    expected = {x.id for x in sources} | {x.id for x in targets}
    documents = {x.document for x in sources} | {x.document for x in targets}
    now = {x.id for d in documents for x in segs_repo.list_segments(session, d)}
    if now != expected:
        raise KnownError(
            "the filings changed while the links were being computed (re-segmented or "
            "deleted in another window); run the linking again",
            path,
        )


def _relink(
    session: Session,
    sources: Sequence[SegmentInfo],
    targets: Sequence[SegmentInfo],
    fresh: Sequence[LinkSuggestion],
) -> Changes:
    """Replace the suggestions between two documents' segments, keeping reviewed links."""
    source_ids = {x.id for x in sources}
    target_ids = {x.id for x in targets}
    documents = list({x.document for x in sources})
    existing = [
        x
        for x in links_repo.list_links(session, documents)
        if x.source in source_ids and x.target in target_ids
    ]
    plan = link.plan_relink(existing, fresh)
    links_repo.delete_links(session, plan.to_remove)
    for link_id, suggestion in plan.to_update:
        changes = {
            "score": suggestion.score,
            "reasons": suggestion.reasons,
            "relation": suggestion.relation,
        }
        links_repo.update_link(session, link_id, changes)
    added = links_repo.add_suggestions(session, plan.to_add)
    return Changes(
        links_added=tuple(added),
        links_changed=tuple(i for i, _ in plan.to_update),
        links_removed=tuple(plan.to_remove),
    )


def _store_analysis(
    session: Session, analysis: Analysis, overrides: dict[str, str]
) -> tuple[DocumentId, list[SegmentId]] | None:
    """Store an analysed filing (None: a file of the same bytes is already in the case).

    The one way a filing gets into a case, whether it came as a file or as lawdiff JSON.
    """
    if docs_repo.find_by_sha(session, analysis.filing.sha256) is not None:
        return None
    doc = docs_repo.add_document(session, analysis.filing, overrides)
    return doc, segs_repo.add_analysed_segments(session, doc, analysis)


def _store_link(
    session: Session,
    x: interchange.InterchangeLink,
    segments: Sequence[Sequence[SegmentId]],
) -> LinkId | None:
    """Store a link read from lawdiff JSON, unless an end's document was skipped."""
    (source_doc, source_seg), (target_doc, target_seg) = x.source, x.target
    if not segments[source_doc] or not segments[target_doc]:
        return None
    source, target = segments[source_doc][source_seg], segments[target_doc][target_seg]
    if links_repo.find_link(session, source, target) is not None:
        return None
    return links_repo.insert_link(session, replace(x.link, source=source, target=target))


def _given(**fields: Any) -> dict[str, Any]:
    """The keyword arguments a caller gave (not None)."""
    return {k: v for k, v in fields.items() if v is not None}


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


READ_SHARE = 900  # of a docket's bar (0 to 1000): reading the files; the rest: storing


def _docket_bar(progress: Progress, shelf: docket.DocketStore) -> Progress:
    """The reading's bar (0 to 1000) as most of a docket's bar, the files stored the rest."""

    def report(done: int, total: int, message: str) -> None:
        stored = len(shelf.outcomes) / max(1, len(shelf.places))
        read = done / total if total else 1.0
        progress(round(READ_SHARE * read + (1000 - READ_SHARE) * stored), 1000, message)

    return report


def _read_one_by_one(
    files: Sequence[tuple[Path, FileFacts]],
    role: Role | None,
    progress: Progress,
    on_read: Callable[[Path, Analysis | KnownError], None],
) -> None:
    """Files read one after another in this process (long PDFs by two page workers): the
    docket import as it was before files were read in parallel (``workers=1``)."""
    for index, (path, facts) in enumerate(files):
        one = docket.scaled_progress(progress, index, len(files), path.name)
        try:
            result: Analysis | KnownError = analyze_file(path, role=role, progress=one, facts=facts)
        except Cancelled:
            raise
        except KnownError as error:
            result = error
        on_read(path, result)


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


def _meta_of(info: DocumentInfo) -> FilingMeta:
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


def _drafts_of(segments: Sequence[SegmentInfo]) -> list[SegmentDraft]:
    """SegmentDrafts rebuilt from stored segments, for re-classification."""
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
