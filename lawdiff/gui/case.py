"""The open case as the screens see it: the workspace plus cached read models.

Screens never talk to SQLite directly; they read from :class:`CaseState` and mutate through
:meth:`CaseState.apply`, which reloads what a mutation changed and tells everyone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from lawdiff.core.ids import DocumentId, LinkId, SegmentId
from lawdiff.core.model import (
    Changes,
    ClaimTag,
    DocumentInfo,
    LinkInfo,
    LinkStatus,
    Page,
    Part,
    SegmentInfo,
    SegmentKind,
    part_at,
)
from lawdiff.workspace import Workspace, coverage_of

SHORT_NAMES = {
    "complaint": "Compl.",
    "motion": "Mot.",
    "opposition": "Opp.",
    "reply": "Reply",
    "order": "Order",
}
ARGUMENT_KINDS = (SegmentKind.PARAGRAPH, SegmentKind.HEADING, SegmentKind.COUNT)


class CaseState(QObject):
    """Cached documents, segments and links of an open :class:`Workspace`.

    Signals:
        changed(Changes): after a mutation or reload; screens refresh what they show.
    """

    changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.documents: list[DocumentInfo] = []
        self.links: list[LinkInfo] = []
        self._segments: dict[DocumentId, list[SegmentInfo]] = {}
        self._by_id: dict[SegmentId, SegmentInfo] = {}
        self._by_end: dict[SegmentId, list[LinkInfo]] = {}
        self._claims: set[str] | None = None
        self._pairs: list[tuple[DocumentId, DocumentId]] | None = None
        self._pages: dict[DocumentId, list[Page]] = {}
        self._parts: dict[DocumentId, tuple[Part, ...]] = {}
        self._load_documents()
        self._load_links()

    # ------------------------------------------------------------------ reading

    def document(self, document: DocumentId) -> DocumentInfo | None:
        """The document with that id, if it is in the case."""
        return next((d for d in self.documents if d.id == document), None)

    def segments(self, document: DocumentId) -> list[SegmentInfo]:
        """Segments of a document in order (read once, then cached)."""
        if document not in self._segments:
            rows = self.workspace.segments(document)
            self._segments[document] = rows
            self._by_id.update((s.id, s) for s in rows)
        return self._segments[document]

    def segment(self, segment: SegmentId) -> SegmentInfo | None:
        """A segment by id, from the cache or the database."""
        if segment not in self._by_id:
            found = self.workspace.segments_by_id([segment])
            if not found:
                return None
            self.segments(found[0].document)
        return self._by_id.get(segment)

    def answering_pairs(self) -> list[tuple[DocumentId, DocumentId]]:
        """(moving, answering) document pairs, as the workspace pairs them (cached)."""
        if self._pairs is None:
            self._pairs = self.workspace.answering_pairs()
        return list(self._pairs)

    def answering(self, left: DocumentId, right: DocumentId) -> tuple[DocumentId, DocumentId]:
        """``(left, right)`` ordered as (moving, answering) when the case pairs them so."""
        return (right, left) if (right, left) in self.answering_pairs() else (left, right)

    def pages(self, document: DocumentId) -> list[Page]:
        """The stored page texts of a document (read once, then cached)."""
        if document not in self._pages:
            self._pages[document] = self.workspace.pages(document)
        return self._pages[document]

    def parts(self, document: DocumentId) -> tuple[Part, ...]:
        """The documents bundled in a file (read once, then cached; empty for one document)."""
        if document not in self._parts:
            self._parts[document] = self.workspace.parts(document)
        return self._parts[document]

    def part_at(self, segment: SegmentInfo) -> tuple[int, Part] | None:
        """The part (numbered from 1) holding ``segment``; None for a file of one document."""
        parts = self.parts(segment.document)
        found = part_at(parts, segment.order)
        return (parts.index(found) + 1, found) if found is not None else None

    def short_name(self, document: DocumentId) -> str:
        """ "Mot.", "Opp.", "Compl." — numbered when two filings share a role ("Opp. 2")."""
        doc = self.document(document)
        if doc is None:
            return "?"
        same = [d.id for d in self.documents if d.role is doc.role]
        base = SHORT_NAMES.get(doc.role.value, doc.role.value.capitalize())
        return base if len(same) == 1 else f"{base} {same.index(document) + 1}"

    def end_name(self, segment: SegmentId) -> str:
        """A segment as a reader cites it: "Opp. III.A", "Compl. ¶ 12"."""
        seg = self.segment(segment)
        if seg is None:
            return "?"
        return f"{self.short_name(seg.document)} {seg.label or self._unlabelled(seg)}"

    def _unlabelled(self, seg: SegmentInfo) -> str:
        """An unnumbered paragraph: its section's label and its first words ("II.A “The…”")."""
        words = (seg.heading or seg.text).split()
        start = " ".join(words[:4]) + ("…" if len(words) > 4 else "")
        parent = self.segment(seg.parent) if seg.parent is not None else None
        section = f"{parent.label} " if parent is not None and parent.label else ""
        return f"{section}“{start}”"

    def link_direction(self, first: SegmentId, second: SegmentId) -> tuple[SegmentId, SegmentId]:
        """(source, target) for a user link between two segments: the workspace decides."""
        return self.workspace.link_direction(first, second)

    def link(self, link_id: LinkId) -> LinkInfo | None:
        return next((x for x in self.links if x.id == link_id), None)

    def links_of(self, segment: SegmentId) -> list[LinkInfo]:
        """Links with ``segment`` at either end, best first (accepted, then by score)."""
        return sorted(self._by_end.get(segment, []), key=_link_rank)

    def links_between(self, left: DocumentId, right: DocumentId) -> list[LinkInfo]:
        """Links joining a segment of ``left`` to one of ``right`` (either direction)."""
        ids = {s.id for s in self.segments(left)}
        other = {s.id for s in self.segments(right)}
        return [
            x
            for x in self.links
            if (x.source in ids and x.target in other) or (x.source in other and x.target in ids)
        ]

    def claims_of(self, segment: SegmentInfo) -> tuple[str, ...]:
        """Claim ids a segment is about, once the user's tags override the classifier's."""
        return tuple(t.claim for t in self.claim_tags(segment) if t.confidence > 0)

    def claim_tags(self, segment: SegmentInfo) -> tuple[ClaimTag, ...]:
        """The segment's claims once the user's tags override the classifier's (with cues)."""
        return self.workspace.effective_claims(segment)

    def known_claims(self) -> set[str]:
        """Every claim id on a segment of the case (for pickers)."""
        if self._claims is None:
            rows = self.workspace.segments()
            self._claims = {c for s in rows for c in self.claims_of(s)}
        return set(self._claims)

    def unanswered(self, source: DocumentId, target: DocumentId) -> set[SegmentId]:
        """Arguments of ``source`` that nothing in ``target`` answers."""
        # The workspace's coverage() reads both documents again; ours are cached.
        answering = {s.id for s in self.segments(target)}
        moving = self.segments(source)
        ids = {s.id for s in moving}
        links = [x for x in self.links if x.source in ids and x.target in answering]
        source_doc, target_doc = self.document(source), self.document(target)
        if source_doc is None or target_doc is None:
            return set()
        covered = coverage_of(source_doc, target_doc, moving, links, self.parts(source))
        return {_segment_id(x) for x in covered.unanswered}

    # ------------------------------------------------------------------ changing

    def apply(self, mutation: Callable[[], Changes]) -> Changes:
        """Run a (quick) workspace mutation, reload what it changed and emit :attr:`changed`."""
        changes = mutation()
        self.reload(changes)
        return changes

    def reload(self, changes: Changes) -> None:
        """Re-read what ``changes`` touched and emit :attr:`changed`."""
        if changes.documents_added or changes.documents_removed or changes.documents_changed:
            self._load_documents()
            self._segments.clear()
            self._by_id.clear()
            self._pages.clear()
            self._parts.clear()
            self._pairs = None
        elif changes.segments_changed:
            self._forget_segments(changes.segments_changed)
        self._claims = None if changes.segments_changed or changes.documents_added else self._claims
        self._load_links()
        self.changed.emit(changes)

    def _forget_segments(self, segments: Iterable[SegmentId]) -> None:
        docs = {self._by_id[s].document for s in segments if s in self._by_id}
        for doc in docs:
            for seg in self._segments.pop(doc, []):
                self._by_id.pop(seg.id, None)

    def _load_documents(self) -> None:
        self.documents = self.workspace.documents()

    def _load_links(self) -> None:
        self.links = self.workspace.links()
        self._by_end = {}
        for x in self.links:
            self._by_end.setdefault(x.source, []).append(x)
            self._by_end.setdefault(x.target, []).append(x)


def _link_rank(link: LinkInfo) -> tuple[int, float]:
    order = {LinkStatus.ACCEPTED: 0, LinkStatus.SUGGESTED: 1, LinkStatus.REJECTED: 2}
    return order[link.status], -link.score


def _segment_id(item: Any) -> SegmentId:
    """A segment id from whatever the coverage lists (an id, a segment, or a per-argument row)."""
    item = getattr(item, "segment", item)
    return SegmentId(int(getattr(item, "id", item)))
