"""Qt item models: thin adapters over plain lists of lawdiff read models.

Each model holds a Python list and answers Qt's questions about it; nothing here reads the
database. Screens hand in fresh lists with ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntFlag
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import (
    DocumentInfo,
    LinkInfo,
    LinkStatus,
    Part,
    Relation,
    SearchHit,
    SegmentInfo,
    part_label,
)
from lawdiff.core.rulings import ArgumentRuling
from lawdiff.core.text import page_line_range

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain dataclass behind the row
CLAIMS_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple of effective claim ids
MARKS_ROLE = Qt.ItemDataRole.UserRole + 3  # Mark flags
PAINT_ROLE = Qt.ItemDataRole.UserRole + 4  # (segment, marks, claims): one call per painted row
RULING_ROLE = Qt.ItemDataRole.UserRole + 5  # the court's ruling on an argument (issue 15), or None
PART_ROLE = Qt.ItemDataRole.UserRole + 6  # "Part 2 — …" on the first row of a bundled part, or None


def gutter_label(seg: SegmentInfo) -> str:
    """The label to show beside the text: none when it only repeats the heading ("PARTIES")."""
    label = seg.label.strip()
    heading = (seg.heading or seg.text).strip()
    same = label.rstrip(".").casefold() == heading[: len(label)].rstrip(".").casefold()
    return "" if label and same and not label[:1].isdigit() and len(label) > 4 else label


class Mark(IntFlag):
    """What the minimap and delegate show for a segment."""

    NONE = 0
    LINKED = 1  # has an accepted link
    SUGGESTED = 2  # has only suggested links
    UNANSWERED = 4  # an argument nothing answers
    HIT = 8  # matches the current search


class RowsModel(QAbstractTableModel):
    """A flat table over a Python list; subclasses say what each cell shows."""

    columns: tuple[str, ...] = ("",)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == DISPLAY and horizontal and 0 <= section < len(self.columns):
            return self.columns[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == DISPLAY:
            return self.cell(row, index.column())
        if role == TOOLTIP:
            return self.tooltip(row, index.column())
        return None

    def cell(self, row: Any, column: int) -> str:
        return str(row)

    def tooltip(self, row: Any, column: int) -> str | None:
        return None


class SegmentModel(RowsModel):
    """The segments of one document, with their effective claims and marks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claims: list[tuple[str, ...]] = []
        self._marks: dict[SegmentId, Mark] = {}
        self._row_of: dict[SegmentId, int] = {}
        self._rulings: dict[SegmentId, ArgumentRuling] = {}
        self._parts: dict[int, str] = {}  # segment position → divider label

    def set_segments(
        self, segments: Sequence[SegmentInfo], claims: Sequence[tuple[str, ...]]
    ) -> None:
        self.beginResetModel()
        self._rows = list(segments)
        self._claims = list(claims)
        self._row_of = {s.id: n for n, s in enumerate(segments)}
        self._marks = {}
        self.endResetModel()

    def set_marks(self, marks: dict[SegmentId, Mark]) -> None:
        """Replace every row's marks (one dataChanged for the whole list)."""
        self._marks = dict(marks)
        if self._rows:
            last = self.index(len(self._rows) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [MARKS_ROLE])

    def set_rulings(self, rulings: Sequence[ArgumentRuling]) -> None:
        """The court's ruling on each argument, shown as a badge under its heading."""
        self._rulings = {r.argument: r for r in rulings}
        if self._rows:
            last = self.index(len(self._rows) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [RULING_ROLE])

    def set_parts(self, parts: Sequence[Part]) -> None:
        """The documents bundled in the file: a divider opens each one's first row."""
        self._parts = {p.first_segment: part_label(n, p) for n, p in enumerate(parts, start=1)}
        if self._rows:
            last = self.index(len(self._rows) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [PART_ROLE])

    def ruling_of(self, segment: SegmentId) -> ArgumentRuling | None:
        return self._rulings.get(segment)

    def row_of(self, segment: SegmentId) -> int:
        """Row of a segment, -1 when it is not in this document."""
        return self._row_of.get(segment, -1)

    def segment_at(self, row: int) -> SegmentInfo:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            if role == CLAIMS_ROLE:
                return self._claims[index.row()]
            if role == MARKS_ROLE:
                return int(self._marks.get(self._rows[index.row()].id, Mark.NONE))
            if role == RULING_ROLE:
                return self._rulings.get(self._rows[index.row()].id)
            if role == PART_ROLE:
                return self._parts.get(self._rows[index.row()].order)
            if role == PAINT_ROLE:
                seg = self._rows[index.row()]
                return seg, self._marks.get(seg.id, Mark.NONE), self._claims[index.row()]
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def cell(self, row: SegmentInfo, column: int) -> str:
        body = row.heading or row.text
        return f"{gutter_label(row)}  {body}".strip()

    def tooltip(self, row: SegmentInfo, column: int) -> str:
        return "p. " + page_line_range(row.start_page, row.start_line, row.end_page, row.end_line)


class ClaimFilterProxy(QSortFilterProxyModel):
    """Keeps only the segments about one claim (all segments when no claim is chosen)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claim = ""

    @property
    def claim(self) -> str:
        return self._claim

    def set_claim(self, claim: str) -> None:
        self.beginFilterChange()
        self._claim = claim
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._claim:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        claims = index.data(CLAIMS_ROLE) or ()
        return any(c == self._claim or c.startswith(self._claim + ".") for c in claims)


class DocumentModel(RowsModel):
    """Documents of the case with role, party, pages, bundled parts and import warnings."""

    columns = ("Document", "Role", "Party", "Pages", "Parts", "Warnings")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parts: dict[DocumentId, tuple[Part, ...]] = {}

    def set_documents(
        self, documents: Sequence[DocumentInfo], parts: dict[DocumentId, tuple[Part, ...]]
    ) -> None:
        """The documents, and the parts of each file that bundles several (none: one)."""
        self._parts = dict(parts)
        self.set_rows(documents)

    def cell(self, row: DocumentInfo, column: int) -> str:
        parts = len(self._parts.get(row.id, ()))
        values = (
            row.title,
            row.role.value,
            row.party,
            str(row.page_count),
            str(parts) if parts else "",
            str(len(row.warnings)),
        )
        return values[column]

    def tooltip(self, row: DocumentInfo, column: int) -> str | None:
        if column == 4 and row.id in self._parts:
            return parts_text(self._parts[row.id])
        if column == 5 and row.warnings:
            return "\n".join(row.warnings)
        return row.source_name


def parts_text(parts: Sequence[Part]) -> str:
    """One line per bundled part: its label and pages ("Part 1 — … (motion, not argument),
    p. 1")."""
    lines = []
    for number, part in enumerate(parts, start=1):
        pages = (
            f"p. {part.first_page}"
            if part.first_page == part.last_page
            else f"pp. {part.first_page}–{part.last_page}"
        )
        lines.append(f"{part_label(number, part)}, {pages}")
    return "\n".join(lines)


@dataclass(frozen=True)
class ClaimSummary:
    """A claim with how many arguments concern it and how many of those are answered."""

    claim: str
    name: str
    group: str
    arguments: int
    answered: int

    @property
    def answered_share(self) -> float:
        return self.answered / self.arguments if self.arguments else 0.0


class ClaimModel(RowsModel):
    """Claims with argument counts and the answered share."""

    columns = ("Claim", "Group", "Arguments", "Answered")

    def cell(self, row: ClaimSummary, column: int) -> str:
        share = f"{row.answered_share:.0%}"
        return (row.name, row.group, str(row.arguments), share)[column]

    def tooltip(self, row: ClaimSummary, column: int) -> str:
        return row.claim


RELATION_WORDS = {
    Relation.REBUTS: "rebuts",
    Relation.CONCEDES: "concedes",
    Relation.DISTINGUISHES: "distinguishes the authority of",
    Relation.CITES_SAME_AUTHORITY: "cites the same authority as",
    Relation.RESPONDS_GENERALLY: "responds generally to",
}
STATUS_WORDS = {
    LinkStatus.ACCEPTED: "✓ accepted",
    LinkStatus.SUGGESTED: "? suggested",
    LinkStatus.REJECTED: "✗ rejected",
}


def score_bar(score: float, cells: int = 10) -> str:
    """A score as a text bar that reads without colour: ``"■■■■■■□□□□ 0.61"``."""
    filled = max(0, min(cells, round(score * cells)))
    return "■" * filled + "□" * (cells - filled) + f" {score:.2f}"


@dataclass(frozen=True)
class LinkRow:
    """A link with both of its ends named as a reader cites them ("Opp. III.A", "Mot. III.A")."""

    link: LinkInfo
    answer: str  # the target: the answering filing's segment
    argument: str  # the source: the argument it answers

    def headline(self) -> str:
        return f"{self.answer} answers {self.argument}"

    def reasons(self) -> str:
        return "; ".join(f"{r.text} ({r.weight:.2f})" for r in self.link.reasons)


class LinkModel(RowsModel):
    """Links of the selected segment: direction, relation, status, score bar and reasons."""

    columns = ("Link",)

    def cell(self, row: LinkRow, column: int) -> str:
        x = row.link
        pin = " · pinned" if x.pinned else ""
        lines = [
            row.headline(),
            f"{RELATION_WORDS.get(x.relation, x.relation.value)} · {STATUS_WORDS[x.status]}"
            f" · {score_bar(x.score)}{pin}",
        ]
        if x.reasons:
            lines.append(f"why: {row.reasons()}")
        if x.note:
            lines.append(f"note: {x.note}")
        return "\n".join(lines)

    def tooltip(self, row: LinkRow, column: int) -> str:
        return self.cell(row, column)


class SearchHitModel(RowsModel):
    """Search results: document, label and a snippet with the hit in [brackets]."""

    columns = ("Result",)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles: dict[int, str] = {}

    def cell(self, row: SearchHit, column: int) -> str:
        title = self.titles.get(row.document, f"document {row.document}")
        label = f" {row.label}" if row.label else ""
        return f"{title}{label} — {row.snippet}"
