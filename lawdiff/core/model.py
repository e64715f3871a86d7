"""Frozen dataclasses every stage speaks in.

Flow: ``ingest`` makes a :class:`Filing` (pages of cleaned text with line provenance),
``segment`` turns it into :class:`SegmentDraft` s, ``classify`` adds :class:`ClaimTag` s,
``cite`` finds :class:`CitationRef` s, ``store`` keeps them, and the workspace hands the GUI,
CLI, ``link`` and ``report`` read models (:class:`DocumentInfo`, :class:`SegmentInfo`,
:class:`LinkInfo`). Nothing here is an ORM object or a Qt object.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from lawdiff.core.ids import CitationId, DocumentId, LinkId, SegmentId
from lawdiff.core.rulings import CaseRulings


class Role(StrEnum):
    """What a filing is in the dispute."""

    COMPLAINT = "complaint"
    MOTION = "motion"
    OPPOSITION = "opposition"
    REPLY = "reply"
    ORDER = "order"
    OTHER = "other"


class SegmentKind(StrEnum):
    """The units lawyers cite."""

    PARAGRAPH = "paragraph"  # a numbered complaint paragraph or a body paragraph of a brief
    COUNT = "count"  # "COUNT I — Violation of Section 1 of the Sherman Act"
    HEADING = "heading"  # a section of a brief or a complaint heading (INTRODUCTION, II.B …)
    FOOTNOTE = "footnote"
    QUOTE = "quote"  # a block quotation


class LinkStatus(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Origin(StrEnum):
    AUTO = "auto"
    USER = "user"


class Relation(StrEnum):
    REBUTS = "rebuts"
    CONCEDES = "concedes"
    DISTINGUISHES = "distinguishes"
    CITES_SAME_AUTHORITY = "cites-same-authority"
    RESPONDS_GENERALLY = "responds-generally"


class CitationKind(StrEnum):
    CASE = "case"
    STATUTE = "statute"
    RULE = "rule"  # Fed. R. Civ. P. 65(b), LCR 7(d)
    RECORD = "record"  # Compl. ¶ 12, Mot. at 5, Dkt. No. 10 at 3, Ex. A, Decl. ¶ 4
    ID = "id"  # Id. / Ibid.
    OTHER = "other"


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class Line:
    """One visual line of a page's cleaned text.

    Attributes:
        start: offset of the line's first character in ``Page.text``.
        end: offset just past its last character (the ``\\n`` is not included).
        number: the pleading-paper line number printed beside it, else its 1-based
            position on the page.
        bold, underlined, centered: typography hints for heading detection.
        indent: left edge in points relative to the page's body margin (block quotes).
        heading_level: DOCX heading style level (1 = "Heading 1"), 0 when none.
        numbering: list numbering text a DOCX paragraph carries ("1.", "A."), when known.
        footnote: the line is footnote text (kept apart from the body).
        styled_lead: characters at the line's start set in bold type (or underlined) when
            the rest of the line is not: a run-in heading; 0 otherwise. A text copy's
            Markdown bold gives it too, over the whole line when the whole row is bold
            (plain text has no ``bold`` line: that would make it typeset).
        small_caps: the line's letters are small capitals (a small-caps font, or capitals
            in two sizes).
        furniture: a running header or footer, stamp or page mark ingest found inside the
            page and left in place (so offsets and page:line stay put); not body text.
    """

    start: int
    end: int
    number: int
    bold: bool = False
    underlined: bool = False
    centered: bool = False
    indent: float = 0.0
    heading_level: int = 0
    numbering: str = ""
    footnote: bool = False
    styled_lead: int = 0
    small_caps: bool = False
    furniture: bool = False


@dataclass(frozen=True)
class Page:
    """The cleaned text of one page: lines joined by ``\\n``, margins, header and footer gone
    (running lines left inside the page are marked :attr:`Line.furniture`)."""

    number: int
    text: str
    lines: tuple[Line, ...]
    image_only: bool = False
    ocr: bool = False


@dataclass(frozen=True)
class FilingMeta:
    """What the caption and first page say about a filing, with the evidence for each guess."""

    title: str = ""
    role: Role = Role.OTHER
    motion_kind: str = ""  # tro, preliminary-injunction, dismiss, summary-judgment, in-limine, …
    party: str = ""  # the filing party ("Plaintiff Parler LLC")
    court: str = ""
    docket: str = ""  # case number, "2:21-cv-00031-BJR"
    caption: str = ""  # "Parler LLC v. Amazon Web Services, Inc."
    parties: tuple[str, ...] = ()
    filed: str = ""  # ISO date when known
    ecf_number: str = ""  # "10", "167-1"
    evidence: tuple[str, ...] = ()


DOCX_WORDS_PER_PAGE = 250


@dataclass(frozen=True)
class Filing:
    """An imported filing before segmentation."""

    source_name: str
    sha256: str
    kind: str  # "pdf", "docx", "text"
    pages: tuple[Page, ...]
    meta: FilingMeta = field(default_factory=FilingMeta)
    warnings: tuple[str, ...] = ()
    encoding: str = ""

    @property
    def page_count(self) -> int:
        """Pages as printed. A DOCX has no fixed pages: unless its page breaks give more than
        one, the count is estimated from its words (a double-spaced page holds about 250)."""
        if self.kind != "docx" or len(self.pages) > 1:
            return len(self.pages)
        words = sum(len(page.text.split()) for page in self.pages)
        return max(1, -(-words // DOCX_WORDS_PER_PAGE))


# --------------------------------------------------------------------------- segment


@dataclass(frozen=True)
class Span:
    """Where a segment sits: global offsets into :class:`~lawdiff.core.text.DocumentText`
    plus the page:line and in-page offsets of both ends (end is exclusive for offsets,
    inclusive for lines)."""

    start: int
    end: int
    start_page: int
    start_line: int
    end_page: int
    end_line: int
    start_page_offset: int
    end_page_offset: int


@dataclass(frozen=True)
class SegmentDraft:
    """A segment found by a segmenter, before it has an id.

    ``parent`` and ``index`` are positions in the segmenter's output list.
    """

    index: int
    parent: int | None
    kind: SegmentKind
    label: str  # "¶ 12", "II.A", "COUNT I", "INTRODUCTION", "" for unlabelled body text
    heading: str  # the heading text of a heading or count, "" otherwise
    text: str
    span: Span
    level: int = 0  # outline depth, 0 at the top


@dataclass(frozen=True)
class Part:
    """One document of several bundled in a file (a notice of motion, its memorandum, a
    declaration, a proposed order, an exhibit).

    ``first_segment`` is the position of its first segment in the segmenter's output; it
    runs to the next part's. ``argument`` is false for a part that is kept but is not
    argument (a notice, a declaration, a proposed order, an exhibit).
    """

    title: str
    role: Role
    first_segment: int
    first_page: int
    last_page: int
    argument: bool


@dataclass(frozen=True)
class Segmentation:
    """A segmenter's output: segments in document order, what it noticed, and the bundled
    documents (``parts``: empty for a file that holds one document)."""

    segments: tuple[SegmentDraft, ...]
    warnings: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()

    def part_of(self, index: int) -> Part | None:
        """The part holding segment ``index`` (None for a file of one document)."""
        return part_at(self.parts, index)


def part_at(parts: Sequence[Part], index: int) -> Part | None:
    """The part of ``parts`` (in order) holding the segment at position ``index``; None
    for a file of one document (no parts)."""
    found = None
    for part in parts:
        if part.first_segment <= index:
            found = part
    return found


def outside_argument(
    parts: Sequence[Part], segments: Sequence[SegmentInfo]
) -> frozenset[SegmentId]:
    """The segments (of one document, with their ``order``) inside a part that is not
    argument: a notice of motion, a declaration, a proposed order, an exhibit."""
    return frozenset(
        s.id for s in segments if (part := part_at(parts, s.order)) and not part.argument
    )


def part_label(number: int, part: Part) -> str:
    """How a part is named to a reader, with its role and whether it is argued:
    "Part 1 — NOTICE OF MOTION (motion, not argument)", "Part 2 — MEMORANDUM … (motion)"."""
    marked = "" if part.argument else ", not argument"
    return f"Part {number} — {part.title} ({part.role.value}{marked})"


# --------------------------------------------------------------------------- classify


@dataclass(frozen=True)
class ClaimTag:
    """A claim or issue a segment concerns, and why we think so."""

    claim: str  # taxonomy id, e.g. "antitrust.sherman-1"
    confidence: float
    origin: Origin = Origin.AUTO
    cues: tuple[str, ...] = ()
    inherited: bool = False  # came from the enclosing count or heading


@dataclass(frozen=True)
class ClaimType:
    """One entry of the taxonomy."""

    id: str
    name: str
    group: str
    parent: str | None = None


# --------------------------------------------------------------------------- cite


@dataclass(frozen=True)
class RecordTarget:
    """What a record cite points at ("Compl. ¶¶ 12–15" → role complaint, paragraphs 12..15)."""

    role: Role | None = None
    docket: str = ""  # "10" for "Dkt. No. 10"
    paragraphs: tuple[int, ...] = ()
    page: int | None = None
    line: int | None = None
    exhibit: str = ""


@dataclass(frozen=True)
class CitationRef:
    """A citation found in a segment's text (offsets into that text)."""

    kind: CitationKind
    text: str
    normalized: str
    start: int
    end: int
    target: RecordTarget | None = None


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class Analysis:
    """A filing with its segments, their claim tags and citations (aligned by position).

    What the analysis stages make of a file (``lawdiff.pipeline``) and what the interchange
    stage makes of a lawdiff JSON document; the workspace stores either the same way.
    """

    filing: Filing
    segments: tuple[SegmentDraft, ...]
    tags: tuple[tuple[ClaimTag, ...], ...]
    citations: tuple[tuple[CitationRef, ...], ...]
    parts: tuple[Part, ...] = ()  # bundled documents; empty for a file of one document


@dataclass(frozen=True)
class CaseInfo:
    caption: str
    court: str
    docket: str
    path: str
    schema_version: int


@dataclass(frozen=True)
class DocumentInfo:
    id: DocumentId
    title: str
    role: Role
    motion_kind: str
    party: str
    filed: str
    source_name: str
    sha256: str
    kind: str
    page_count: int
    warnings: tuple[str, ...]
    court: str = ""
    docket: str = ""
    caption: str = ""
    ecf_number: str = ""
    encoding: str = ""
    segment_count: int = 0
    image_only_pages: tuple[int, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class CitationInfo:
    id: CitationId
    kind: CitationKind
    text: str
    normalized: str
    target_segment: SegmentId | None = None


@dataclass(frozen=True)
class SegmentInfo:
    id: SegmentId
    document: DocumentId
    parent: SegmentId | None
    kind: SegmentKind
    label: str
    heading: str
    text: str
    order: int
    level: int
    start_page: int
    start_line: int
    end_page: int
    end_line: int
    start_offset: int = 0  # into the start page's text
    end_offset: int = 0  # into the end page's text
    claims: tuple[ClaimTag, ...] = ()
    citations: tuple[CitationInfo, ...] = ()


@dataclass(frozen=True)
class Reason:
    """One signal's part in a link's score, in words a paralegal reads."""

    signal: str  # record-cite, shared-authority, shared-claim, heading-parallel, lexical, quote
    weight: float
    text: str


UNSTORED = LinkId(0)  # the id of a link not yet in a case


@dataclass(frozen=True)
class LinkSuggestion:
    """What the linker proposes: ``target`` answers ``source``."""

    source: SegmentId
    target: SegmentId
    score: float
    relation: Relation
    reasons: tuple[Reason, ...]

    @property
    def weak(self) -> bool:
        """Below the linker's threshold: shown only so a reviewer can pick a candidate."""
        return any(r.signal == "weak" for r in self.reasons)

    def as_link(self, link_id: LinkId = UNSTORED) -> LinkInfo:
        """The suggestion as an automatic link awaiting review (id 0: not stored yet)."""
        return LinkInfo(
            link_id,
            self.source,
            self.target,
            self.relation,
            self.score,
            LinkStatus.SUGGESTED,
            Origin.AUTO,
            self.reasons,
        )


@dataclass(frozen=True)
class LinkInfo:
    id: LinkId
    source: SegmentId
    target: SegmentId
    relation: Relation
    score: float
    status: LinkStatus
    origin: Origin
    reasons: tuple[Reason, ...]
    note: str = ""
    pinned: bool = False

    @property
    def weak(self) -> bool:
        """A suggestion below the linker's threshold, kept as a candidate for review only."""
        return any(r.signal == "weak" for r in self.reasons)


@dataclass(frozen=True)
class Changes:
    """What one workspace mutation changed, so a screen can decide whether to refresh."""

    documents_added: tuple[DocumentId, ...] = ()
    documents_removed: tuple[DocumentId, ...] = ()
    documents_changed: tuple[DocumentId, ...] = ()
    links_added: tuple[LinkId, ...] = ()
    links_changed: tuple[LinkId, ...] = ()
    links_removed: tuple[LinkId, ...] = ()
    segments_changed: tuple[SegmentId, ...] = ()
    rulings_changed: tuple[int, ...] = ()  # argument-ruling and disposition rows (issue 15)
    skipped: tuple[str, ...] = ()  # e.g. "complaint.pdf: already in this case as document 1"
    warnings: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any(
            (
                self.documents_added,
                self.documents_removed,
                self.documents_changed,
                self.links_added,
                self.links_changed,
                self.links_removed,
                self.segments_changed,
                self.rulings_changed,
            )
        )


@dataclass(frozen=True)
class CaseSnapshot:
    """Everything a report or an export needs, read in one go from the workspace."""

    case: CaseInfo
    documents: tuple[DocumentInfo, ...]
    segments: tuple[SegmentInfo, ...]  # all documents, each in document order
    links: tuple[LinkInfo, ...]
    record_targets: dict[CitationId, RecordTarget] = field(default_factory=dict)
    rulings: CaseRulings = field(default_factory=CaseRulings)
    parts: dict[DocumentId, tuple[Part, ...]] = field(default_factory=dict)

    def segments_of(self, document: DocumentId) -> tuple[SegmentInfo, ...]:
        return tuple(s for s in self.segments if s.document == document)

    def parts_of(self, document: DocumentId) -> tuple[Part, ...]:
        """The documents bundled in ``document`` (empty for a file of one document)."""
        return self.parts.get(document, ())


@dataclass(frozen=True)
class SearchHit:
    """One segment a full-text search found."""

    segment: SegmentId
    document: DocumentId
    label: str
    snippet: str  # with the matched words between [ and ]


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file of a docket import."""

    path: Path
    status: str  # "imported", "duplicate" or "refused"
    detail: str  # which copy it duplicates, or why it was refused
    documents: tuple[DocumentId, ...] = ()  # what it became in the case
    warnings: tuple[str, ...] = ()  # what the import noticed on the way
    order: str = ""  # how it was placed: "docket number 167-1", "filed 2021-01-12", "name"


def docket_order_said(outcomes: Sequence[FileOutcome]) -> str:
    """What docket order a docket import used ("docket order: 3 by docket number, 1 by
    name"), from the outcomes' ``order``."""
    counts = Counter(o.order.split(" ")[0] for o in outcomes if o.order)
    names = {"docket": "by docket number", "filed": "by filing date", "name": "by name"}
    parts = [f"{counts[key]} {said}" for key, said in names.items() if counts[key]]
    return "docket order: " + (", ".join(parts) if parts else "none")
