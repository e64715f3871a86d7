"""The court's ruling, argument by argument (issue 15): a table of each argument of the motion
and the opposition with the side the court took, its evidence and page:line, the dispositions
above it, and an undoable correction of the side.

Hooks for the main window: add :class:`RulingsView` as a dock or tab with the window's undo
stack, and connect :attr:`RulingsView.show_section` to whatever reveals a segment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QBrush, QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import Changes, Role
from lawdiff.core.rulings import (
    DISPOSITION_LABELS,
    SIDE_LABELS,
    ArgumentRuling,
    RulingStatus,
    Side,
)
from lawdiff.gui.case import CaseState
from lawdiff.gui.views.colors import ruling_color

_ROLE_SHORT = {Role.MOTION: "Mot.", Role.OPPOSITION: "Opp."}
HEADERS = ("Brief", "Argument", "Court's ruling", "Confidence", "Evidence (order page:line)")
_INDEX = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RulingRow:
    """One argument's ruling as the table shows it."""

    ruling: ArgumentRuling
    brief: str
    argument: str
    evidence: str


class RulingsModel(QAbstractTableModel):
    """A thin table adapter over the case's argument rulings (plain dataclasses)."""

    def __init__(self, case: CaseState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.rows: list[RulingRow] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the rulings again from the workspace."""
        self.beginResetModel()
        self.rows = [self._row(r) for r in self.case.workspace.rulings().arguments]
        self.endResetModel()

    def _row(self, ruling: ArgumentRuling) -> RulingRow:
        segment = self.case.segment(ruling.argument)
        document = self.case.document(segment.document) if segment else None
        brief = _ROLE_SHORT.get(document.role, document.role.value) if document else ""
        title = f"{segment.label} {segment.heading}".strip() if segment else "?"
        evidence = "; ".join(f"{e.page}:{e.line} “{e.text}”" for e in ruling.evidence[:2])
        return RulingRow(ruling, brief, title, evidence)

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(ruling_color(row.ruling.side, QGuiApplication.palette()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{e.where}: {e.text}" for e in row.ruling.evidence) or None
        return None

    def _text(self, row: RulingRow, column: int) -> str:
        ruling = row.ruling
        corrected = " (corrected)" if ruling.status is RulingStatus.CORRECTED else ""
        return (
            row.brief,
            row.argument,
            SIDE_LABELS[ruling.side] + corrected,
            f"{ruling.confidence:.2f}",
            row.evidence,
        )[column]


class SetRulingSide(QUndoCommand):
    """Correct the side of one ruling; undo puts back the old answer (the user's or the
    analyser's)."""

    def __init__(self, case: CaseState, ruling: ArgumentRuling, side: Side, note: str = "") -> None:
        super().__init__(f"Court's ruling: {SIDE_LABELS[side]}")
        self.case = case
        self.ruling_id = ruling.id
        self.new = (side, note)
        corrected = ruling.status is RulingStatus.CORRECTED
        self.old = (ruling.side if corrected else None, ruling.note if corrected else "")

    def redo(self) -> None:
        self.case.apply(lambda: self.case.workspace.correct_ruling(self.ruling_id, *self.new))

    def undo(self) -> None:
        self.case.apply(lambda: self.case.workspace.correct_ruling(self.ruling_id, *self.old))


def ruling_menu(
    parent: QWidget,
    case: CaseState,
    undo: QUndoStack,
    ruling: ArgumentRuling,
    show_section: Callable[[ArgumentRuling], object],
) -> QMenu:
    """The menu of a ruling badge: show the order's section, set the court's ruling (undoable,
    kept over re-analysis), or put back the analyser's answer."""
    menu = QMenu(parent)
    show = menu.addAction("Show the order's section")
    show.triggered.connect(lambda: show_section(ruling))
    menu.addSection("Court's ruling")
    group = QActionGroup(menu)
    for side in Side:
        action = QAction(SIDE_LABELS[side], menu, checkable=True)
        action.setChecked(side is ruling.side)
        action.triggered.connect(lambda _on=False, s=side: _correct(case, undo, ruling, s))
        group.addAction(action)
        menu.addAction(action)
    back = menu.addAction("Put back the analyser's ruling")
    back.setEnabled(ruling.status is RulingStatus.CORRECTED)
    back.triggered.connect(lambda: undo.push(ResetRuling(case, ruling)))
    return menu


def _correct(case: CaseState, undo: QUndoStack, ruling: ArgumentRuling, side: Side) -> None:
    if ruling.side is not side or ruling.status is not RulingStatus.CORRECTED:
        undo.push(SetRulingSide(case, ruling, side))


class ResetRuling(QUndoCommand):
    """Drop the user's correction of a ruling (the analyser's answer comes back); undo
    restores the correction."""

    def __init__(self, case: CaseState, ruling: ArgumentRuling) -> None:
        super().__init__("Court's ruling: the analyser's answer")
        self.case = case
        self.ruling_id = ruling.id
        self.old = (ruling.side, ruling.note)

    def redo(self) -> None:
        self.case.apply(lambda: self.case.workspace.correct_ruling(self.ruling_id, None))

    def undo(self) -> None:
        self.case.apply(lambda: self.case.workspace.correct_ruling(self.ruling_id, *self.old))


class RulingsView(QWidget):
    """Dispositions, then each argument's ruling; the side of the selected one can be corrected.

    Signals:
        show_section(int): the user asked to see the order's section behind a ruling (the
            segment id of that section), by double-clicking its row.
    """

    show_section = Signal(int)

    def __init__(self, case: CaseState, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.undo = undo
        self.model = RulingsModel(case, self)
        self.dispositions = QLabel(self)
        self.dispositions.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_section)
        self.table.setMinimumHeight(48)  # a dock must not make the window taller
        self.side = QComboBox(self)
        for side in Side:
            self.side.addItem(SIDE_LABELS[side], side)
        self.set_button = QPushButton("Set court's ruling", self)
        self.set_button.clicked.connect(self._set_selected)
        self._layout()
        case.changed.connect(self._on_changed)
        self._show_dispositions()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Correct the selected ruling:", self))
        bar.addWidget(self.side)
        bar.addWidget(self.set_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dispositions)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

    def _show_dispositions(self) -> None:
        found = self.case.workspace.rulings().dispositions
        lines = [
            f"<b>{d.motion}</b>: {DISPOSITION_LABELS[d.kind]} "
            f"<span style='color:#555'>(order p. {d.evidence.page}:{d.evidence.line})</span>"
            for d in found
        ]
        self.dispositions.setText("<br>".join(lines) or "No order in this case has been read.")

    def select_argument(self, segment: SegmentId) -> bool:
        """Select the row of one argument; False when it has no ruling."""
        for number, row in enumerate(self.model.rows):
            if row.ruling.argument == segment:
                self.table.selectRow(number)
                return True
        return False

    def selected_row(self) -> int:
        """The selected row, -1 for none."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected(self) -> ArgumentRuling | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].ruling if rows else None

    def set_side(self, side: Side, note: str = "") -> bool:
        """Correct the selected ruling to ``side`` (undoable); False when nothing is selected."""
        ruling = self.selected()
        if ruling is None or (ruling.side is side and ruling.status is RulingStatus.CORRECTED):
            return False
        self.undo.push(SetRulingSide(self.case, ruling, side, note))
        return True

    def _set_selected(self) -> None:
        self.set_side(Side(self.side.currentData()))

    def _open_section(self, index: QModelIndex) -> None:
        ruling = self.model.rows[index.row()].ruling
        if ruling.sections:
            self.show_section.emit(int(ruling.sections[0]))

    def _on_changed(self, changes: Changes) -> None:
        if changes.rulings_changed or changes.documents_added or changes.documents_removed:
            selected = self.selected()
            self.model.refresh()
            self._show_dispositions()
            if selected is not None:
                self.select_argument(selected.argument)
