"""The report model: everything a renderer shows, computed once from a :class:`CaseSnapshot`.

Renderers (HTML, PDF, DOCX, CSV, AIF) only lay this out; none of them decides what is in a
report. Pure Python: no Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.report.authorities import AuthorityRow
from lawdiff.report.coverage import Status

Pair = tuple[DocumentId, DocumentId]


@dataclass(frozen=True)
class ReportOptions:
    """What goes into a report.

    Attributes:
        include_suggested: count suggested links too, not only accepted ones (rejected links
            never count).
        claims: claim ids to report on; None = every claim, including unclassified arguments.
        full_text: print whole sections instead of excerpts.
        excerpt_chars: length of an excerpt.
        pairs: (moving, answering) document pairs; None = the workspace's default pairs
            (opposition answers motion and complaint, reply answers opposition, order both).
        title: the report's title.
    """

    include_suggested: bool = True
    claims: frozenset[str] | None = None
    full_text: bool = False
    excerpt_chars: int = 320
    pairs: tuple[Pair, ...] | None = None
    title: str = "Comparison report"


@dataclass(frozen=True)
class PartRow:
    """One document bundled in a file (a notice, a memorandum, a declaration, a proposed
    order, an exhibit), numbered from 1; ``argument`` is false for a part kept but not argued."""

    number: int
    title: str
    role: str
    first_page: int
    last_page: int
    argument: bool

    @property
    def pages(self) -> str:
        """ "3" or "3–7"."""
        if self.first_page == self.last_page:
            return str(self.first_page)
        return f"{self.first_page}–{self.last_page}"


@dataclass(frozen=True)
class DocumentRow:
    id: DocumentId
    title: str
    role: str
    abbreviation: str
    party: str
    filed: str
    pages: int
    ecf_number: str
    parts: tuple[PartRow, ...] = ()  # empty for a file of one document


@dataclass(frozen=True)
class Passage:
    """A segment as a report shows it: pin cite, label, heading and (short) text."""

    segment: SegmentId
    document: DocumentId
    pin: str
    label: str
    heading: str
    text: str
    claims: tuple[str, ...]
    part: str = ""  # "Part 2 — NOTICE OF MOTION (not argument)" in a bundled file, else ""
    part_number: int = 0  # that part's number (1, 2, …) in its file; 0 for a file of one document

    @property
    def title(self) -> str:
        """Label and heading, without a label the pin cite already shows ("¶ 12")."""
        label = "" if self.label and self.pin.endswith(self.label) else self.label
        return " ".join(x for x in (label, self.heading) if x)


@dataclass(frozen=True)
class Response:
    """One link: the answering passage and what the link says about it."""

    passage: Passage
    relation: str
    status: str
    score: float
    origin: str
    reasons: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class RulingCell:
    """The court's ruling on one argument, as a report prints it (issue 15).

    Attributes:
        side: "movant", "respondent", "mixed", "not-reached" or "not-addressed".
        label: "For respondent", … ("(corrected)" added when the user set it).
        confidence: 0..1 (1 for a correction).
        evidence: "Order 2:11 — “On this record Chirrup has not shown …”" lines.
    """

    side: str
    label: str
    confidence: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class DispositionLine:
    """How an order disposed of one motion, with the sentence and where it is."""

    order: str  # the order's abbreviation
    motion: str
    disposition: str
    pin: str  # "Order 3:14"
    sentence: str


@dataclass(frozen=True)
class ComparisonRow:
    """A moving-side argument next to its responses (and the court's ruling on it)."""

    argument: Passage
    coverage: Status
    responses: tuple[Response, ...]
    ruling: RulingCell | None = None


@dataclass(frozen=True)
class Tally:
    """Counts of arguments by coverage status."""

    arguments: int = 0
    answered: int = 0
    partly: int = 0
    unanswered: int = 0

    @property
    def share(self) -> float:
        """Share of arguments fully answered (as ``lawdiff.link.coverage`` counts it)."""
        if not self.arguments:
            return 0.0
        return self.answered / self.arguments

    @property
    def percent(self) -> str:
        return f"{round(self.share * 100)}%"

    @property
    def sentence(self) -> str:
        """ "3 arguments: 2 answered, 0 partly, 1 unanswered (67%)." """
        noun = "argument" if self.arguments == 1 else "arguments"
        return (
            f"{self.arguments} {noun}: {self.answered} answered, {self.partly} partly, "
            f"{self.unanswered} unanswered ({self.percent})."
        )


@dataclass(frozen=True)
class ClaimSection:
    claim: str
    name: str
    rows: tuple[ComparisonRow, ...]
    tally: Tally


@dataclass(frozen=True)
class MatrixCell:
    """Arguments of one claim in one document; ``answered`` is None for a document nothing
    in the report answers (an opposition, when no reply is in the case)."""

    arguments: int
    answered: int | None

    @property
    def text(self) -> str:
        """ "answered/arguments" ("3/5") for an answered document, else the argument count."""
        if self.answered is None:
            return str(self.arguments)
        return f"{self.answered}/{self.arguments}" if self.arguments else "–"


@dataclass(frozen=True)
class MatrixRow:
    claim: str
    name: str
    cells: tuple[MatrixCell, ...]
    ruling: str = ""  # the court's rulings on the motion's arguments of this claim


@dataclass(frozen=True)
class Summary:
    documents: int
    links: int
    accepted_links: int
    suggested_links: int
    tally: Tally
    authorities: int
    shared_authorities: int


@dataclass(frozen=True)
class Report:
    """A comparison report, ready for any renderer."""

    title: str
    caption: str
    court: str
    docket: str
    generated: str
    options: ReportOptions
    documents: tuple[DocumentRow, ...]
    pairs: tuple[tuple[str, str], ...]
    summary: Summary
    matrix_documents: tuple[DocumentRow, ...]
    matrix: tuple[MatrixRow, ...]
    comparisons: tuple[ComparisonRow, ...]  # every moving-side argument once, document order
    claims: tuple[ClaimSection, ...]
    unanswered: tuple[Passage, ...]
    authorities: tuple[AuthorityRow, ...]
    dispositions: tuple[DispositionLine, ...] = ()
    ruling_summary: str = ""  # "The court adopted the respondent's position on 6 of 7 …"
