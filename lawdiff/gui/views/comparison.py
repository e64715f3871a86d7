"""The comparison view: two synchronised panes, the link band and the minimaps between them."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import Changes, LinkInfo, LinkStatus, SegmentInfo, SegmentKind
from lawdiff.core.rulings import ArgumentRuling
from lawdiff.gui.case import CaseState
from lawdiff.gui.claims import claim_name
from lawdiff.gui.models import (
    CLAIMS_ROLE,
    MARKS_ROLE,
    RELATION_WORDS,
    ROW_ROLE,
    STATUS_WORDS,
    Mark,
    score_bar,
)
from lawdiff.gui.views.band import LinkBand
from lawdiff.gui.views.minimap import Minimap
from lawdiff.gui.views.outline import Breadcrumb, legend_html
from lawdiff.gui.views.pane import SegmentList

W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    if isinstance(widget, QComboBox):
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(10)
    return widget


class ComparisonView(QWidget):
    """Left and right documents side by side, the links between them drawn in the band.

    Selecting on one side never changes the other side unless "Follow links" is on.

    Signals:
        segmentSelected(object): the SegmentInfo the user selected (None when cleared).
        linkRequested(SegmentId, SegmentId): the user dragged one segment onto another.
        rulingMenuRequested(ArgumentRuling, QPoint): the user right-clicked a ruling badge.
    """

    segmentSelected = Signal(object)  # noqa: N815 - Qt signal naming
    linkRequested = Signal(object, object)  # noqa: N815
    rulingMenuRequested = Signal(object, object)  # noqa: N815

    def __init__(self, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.left = SegmentList("leftPane")
        self.right = SegmentList("rightPane")
        self.band = LinkBand(self.left, self.right)
        self.left_map = Minimap(self.left)
        self.right_map = Minimap(self.right)
        self.left_doc = _named(QComboBox(), "leftDocument")
        self.right_doc = _named(QComboBox(), "rightDocument")
        self.claim_filter = _named(QComboBox(), "claimFilter")
        self.sync = _named(QCheckBox("Sync scroll"), "syncScroll")
        self.sync.setToolTip("Scroll the other side along, lining linked segments up")
        self.sync.setChecked(True)
        self.follow = _named(QCheckBox("Follow links"), "followLinks")
        self.follow.setToolTip("Selecting a segment also selects its best link on the other side")
        self.left_crumb = _named(Breadcrumb(), "leftOutline")
        self.right_crumb = _named(Breadcrumb(), "rightOutline")
        self.left_crumb.outline = self.left.segments.rows
        self.right_crumb.outline = self.right.segments.rows
        self.legend = _named(QLabel(legend_html(self.palette())), "legend")
        self.legend.setWordWrap(True)
        self.active: SegmentList = self.left
        self.hits: set[SegmentId] = set()
        self.unanswered: set[SegmentId] = set()
        self._syncing = False
        self._layout()
        self._connect()
        self.fill_documents()
        self.refresh_rulings()
        self._default_pair()

    # ------------------------------------------------------------------ building

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.left_doc, 1)
        top.addWidget(QLabel("Claim:"))
        top.addWidget(self.claim_filter)
        top.addWidget(self.follow)
        top.addWidget(self.sync)
        top.addWidget(self.right_doc, 1)
        crumbs = QHBoxLayout()
        crumbs.addWidget(self.left_crumb, 1)
        crumbs.addWidget(self.right_crumb, 1)
        panes = QHBoxLayout()
        panes.setSpacing(0)
        for widget in (self.left_map, self.left, self.band, self.right, self.right_map):
            panes.addWidget(widget, 1 if isinstance(widget, SegmentList) else 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addLayout(top)
        outer.addLayout(crumbs)
        outer.addLayout(panes, 1)
        outer.addWidget(self.legend)

    def _connect(self) -> None:
        self.left_doc.currentIndexChanged.connect(self._documents_picked)
        self.right_doc.currentIndexChanged.connect(self._documents_picked)
        self.claim_filter.currentIndexChanged.connect(self._claim_picked)
        for pane, other, minimap in (
            (self.left, self.right, self.left_map),
            (self.right, self.left, self.right_map),
        ):
            pane.selectionModel().currentChanged.connect(
                lambda index, _old, p=pane, o=other: self._on_current(p, o, index)
            )
            pane.verticalScrollBar().valueChanged.connect(
                lambda _v, p=pane, o=other: self._on_scroll(p, o)
            )
            pane.dropped.connect(self.linkRequested.emit)
            pane.rulingClicked.connect(lambda ruling, p=pane: self.show_ruling_section(ruling, p))
            pane.rulingMenuRequested.connect(self.rulingMenuRequested.emit)
            minimap.jump.connect(lambda row, p=pane: p.select(p.model().index(row, 0)))
        for pane, crumb in ((self.left, self.left_crumb), (self.right, self.right_crumb)):
            pane.verticalScrollBar().valueChanged.connect(
                lambda _v, p=pane, c=crumb: self._update_crumb(p, c)
            )
            crumb.picked.connect(lambda seg, p=pane: self._select_in(p, seg))
        self.band.hovered.connect(self._band_hovered)

    def fill_documents(self) -> None:
        """Refill both document pickers, keeping the current choice where it still exists."""
        for combo in (self.left_doc, self.right_doc):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for doc in self.case.documents:
                combo.addItem(f"{self.case.short_name(doc.id)} · {doc.title}", int(doc.id))
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else -1)
            combo.blockSignals(False)

    def _default_pair(self) -> None:
        pairs = self.case.answering_pairs()
        docs = [d.id for d in self.case.documents]
        if pairs:
            self.set_documents(*pairs[0])
        elif docs:
            self.set_documents(docs[0], docs[min(1, len(docs) - 1)])

    # ------------------------------------------------------------------ documents

    def left_document(self) -> DocumentId | None:
        data = self.left_doc.currentData()
        return DocumentId(data) if data is not None else None

    def right_document(self) -> DocumentId | None:
        data = self.right_doc.currentData()
        return DocumentId(data) if data is not None else None

    def set_documents(self, left: DocumentId, right: DocumentId) -> None:
        for combo, doc in ((self.left_doc, left), (self.right_doc, right)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(int(doc)))
            combo.blockSignals(False)
        self._documents_picked()

    def _documents_picked(self) -> None:
        for pane, doc in ((self.left, self.left_document()), (self.right, self.right_document())):
            segments = self.case.segments(doc) if doc is not None else []
            pane.segments.set_segments(segments, [self.case.claims_of(s) for s in segments])
            pane.segments.set_parts(self.case.parts(doc) if doc is not None else ())
        self._fill_claims()
        self.refresh_marks()
        self._update_crumb(self.left, self.left_crumb)
        self._update_crumb(self.right, self.right_crumb)

    def show_document(self, document: DocumentId) -> None:
        """Show ``document`` in the active pane (the one last clicked)."""
        left, right = self.left_document(), self.right_document()
        if self.active is self.left or right is None:
            self.set_documents(document, right if right is not None else document)
        else:
            self.set_documents(left if left is not None else document, document)

    def active_side(self) -> str:
        return "left" if self.active is self.left else "right"

    def _fill_claims(self) -> None:
        current = self.claim_filter.currentData() or ""
        claims: set[str] = set()
        for pane in (self.left, self.right):
            for row in range(pane.segments.rowCount()):
                claims.update(pane.segments.index(row, 0).data(CLAIMS_ROLE) or ())
        self.claim_filter.blockSignals(True)
        self.claim_filter.clear()
        self.claim_filter.addItem("All claims", "")
        for claim in sorted(claims, key=claim_name):
            self.claim_filter.addItem(claim_name(claim), claim)
        self.claim_filter.setCurrentIndex(max(0, self.claim_filter.findData(current)))
        self.claim_filter.blockSignals(False)

    # ------------------------------------------------------------------ refreshing

    def refresh(self, changes: Changes) -> None:
        """Follow a change of the case: reload segments when they changed, else only marks."""
        if changes.documents_added or changes.documents_removed or changes.documents_changed:
            self.fill_documents()
            if self.left_document() is None or self.right_document() is None:
                self._default_pair()
                return
        if changes.rulings_changed or changes.segments_changed or changes.documents_added:
            self.refresh_rulings()
        if changes.segments_changed or changes.documents_changed:
            keep = self.current_segment()
            self._documents_picked()
            if keep is not None:
                self.select_segment(keep.id)
            return
        self.refresh_marks()

    def refresh_rulings(self) -> None:
        """Show the court's ruling on each argument as a badge under its heading (issue 15)."""
        rulings = self.case.workspace.rulings().arguments
        for pane in (self.left, self.right):
            pane.segments.set_rulings(rulings)
            pane.scheduleDelayedItemsLayout()  # a badge makes its row a line taller

    def show_ruling_section(self, ruling: ArgumentRuling, pane: SegmentList | None = None) -> bool:
        """Show the order's section behind a ruling in the pane beside ``pane`` (the one whose
        badge was clicked), keeping the argument in view; False when there is none."""
        section = ruling_section(self.case, ruling)
        if section is None:
            return False
        if pane is None or any(p.index_of(section).isValid() for p in (self.left, self.right)):
            return self.select_segment(section)
        left, right = self.left_document(), self.right_document()
        if pane is self.left and left is not None:
            self.set_documents(left, ruling.order)
        elif right is not None:
            self.set_documents(ruling.order, right)
        return self.select_segment(section)

    def refresh_marks(self) -> None:
        """Recompute linked / unanswered / hit marks, the band and the minimaps."""
        left, right = self.left_document(), self.right_document()
        links = self.case.links_between(left, right) if left and right and left != right else []
        self.unanswered = self._unanswered(left, right)
        marks: dict[SegmentId, Mark] = {}
        for x in links:
            if x.status is LinkStatus.REJECTED:
                continue
            mark = Mark.LINKED if x.status is LinkStatus.ACCEPTED else Mark.SUGGESTED
            for end in (x.source, x.target):
                marks[end] = marks.get(end, Mark.NONE) | mark
        for seg in self.unanswered:
            marks[seg] = marks.get(seg, Mark.NONE) | Mark.UNANSWERED
        for seg in self.hits:
            marks[seg] = marks.get(seg, Mark.NONE) | Mark.HIT
        for pane in (self.left, self.right):
            pane.segments.set_marks(marks)
        self._refresh_band(links)

    def _unanswered(self, left: DocumentId | None, right: DocumentId | None) -> set[SegmentId]:
        if left is None or right is None or left == right:
            return set()
        return self.case.unanswered(*self.case.answering(left, right))

    def _refresh_band(self, links: list[LinkInfo]) -> None:
        left_ids = {s.id for s in self.left.segments.rows()}
        oriented = [
            (x, x.source, x.target) if x.source in left_ids else (x, x.target, x.source)
            for x in links
        ]
        rows_left = {s.id: self.left.index_of(s.id) for s in self.left.segments.rows()}
        rows_right = {s.id: self.right.index_of(s.id) for s in self.right.segments.rows()}
        self.band.set_links(oriented, rows_left, rows_right)
        self.left_map.refresh()
        self.right_map.refresh()

    # ------------------------------------------------------------------ selection

    def current_segment(self) -> SegmentInfo | None:
        """The segment last selected by the user (on either side)."""
        return self.active.current_segment()

    def selected_pair(self) -> tuple[SegmentInfo, SegmentInfo] | None:
        """(left, right) current segments, when both sides have one."""
        left, right = self.left.current_segment(), self.right.current_segment()
        return (left, right) if left is not None and right is not None else None

    def select_segment(self, segment: SegmentId) -> bool:
        """Select a segment, showing its document on a side first when neither shows it."""
        for pane in (self.left, self.right):
            index = pane.index_of(segment)
            if index.isValid():
                pane.setFocus()
                pane.select(index)
                return True
        seg = self.case.segment(segment)
        if seg is None or seg.document in (self.left_document(), self.right_document()):
            return False  # filtered out by the claim filter
        left, right = self.left_document(), self.right_document()
        answering = {b for _a, b in self.case.answering_pairs()}
        if seg.document in answering and left is not None:
            self.set_documents(left, seg.document)
        elif right is not None:
            self.set_documents(seg.document, right)
        return self.select_segment(segment)

    def _on_current(self, pane: SegmentList, other: SegmentList, index: QModelIndex) -> None:
        seg: SegmentInfo | None = index.data(ROW_ROLE) if index.isValid() else None
        if self._syncing:
            return
        self.active = pane
        self.band.set_selected(seg.id if seg else None)
        self.segmentSelected.emit(seg)
        self._update_crumb(pane, self.left_crumb if pane is self.left else self.right_crumb)
        if seg is not None and self.follow.isChecked():
            self._select_counterpart(seg, other)

    def _select_counterpart(self, seg: SegmentInfo, other: SegmentList) -> None:
        """Select and centre the best link partner of ``seg`` in the other pane."""
        for link in self.case.links_of(seg.id):
            if link.status is LinkStatus.REJECTED:
                continue
            partner = link.target if link.source == seg.id else link.source
            index = other.index_of(partner)
            if index.isValid():
                self._syncing = True
                try:
                    other.select(index)
                finally:
                    self._syncing = False
                return

    # ------------------------------------------------------------------ navigation

    def step_marked(self, mark: Mark, step: int) -> tuple[bool, bool]:
        """Select the next (step 1) or previous (step -1) row carrying ``mark``.

        Returns (found, wrapped): wrapped when the search went round the end of the list.
        """
        pane = self._pane_for(mark)
        model = pane.model()
        count = model.rowCount()
        start = pane.currentIndex().row()
        for offset in range(1, count + 1):
            row = (start + step * offset) % count
            index = model.index(row, 0)
            if Mark(index.data(MARKS_ROLE) or 0) & mark:
                pane.setFocus()
                pane.select(index)
                wrapped = start >= 0 and (row <= start if step > 0 else row >= start)
                return True, wrapped
        return False, False

    def _pane_for(self, mark: Mark) -> SegmentList:
        if mark is Mark.UNANSWERED:
            for pane in (self.left, self.right):
                if any(s.id in self.unanswered for s in pane.segments.rows()):
                    return pane
        return self.active

    # ------------------------------------------------------------------ outline and hover

    def _select_in(self, pane: SegmentList, segment: SegmentId) -> None:
        index = pane.index_of(segment)
        if index.isValid():
            pane.setFocus()
            pane.select(index)

    def _update_crumb(self, pane: SegmentList, crumb: Breadcrumb) -> None:
        """Show the outline path of the selected row, else of the top visible row."""
        seg = pane.current_segment()
        if seg is None or not pane.visualRect(pane.currentIndex()).intersects(
            pane.viewport().rect()
        ):
            top = pane.indexAt(QPoint(8, 8))
            seg = top.data(ROW_ROLE) if top.isValid() else None
        crumb.show_path(self._outline_path(pane, seg))

    def _outline_path(self, pane: SegmentList, seg: SegmentInfo | None) -> list[SegmentInfo]:
        path: list[SegmentInfo] = []
        seen: set[SegmentId] = set()
        while seg is not None and seg.id not in seen:
            seen.add(seg.id)
            if seg.kind in (SegmentKind.HEADING, SegmentKind.COUNT):
                path.append(seg)
            row = pane.segments.row_of(seg.parent) if seg.parent is not None else -1
            seg = pane.segments.segment_at(row) if row >= 0 else None
        return path[::-1]

    def _band_hovered(self, link: LinkInfo | None) -> None:
        ends = {link.source, link.target} if link is not None else set()
        self.left.set_highlighted(ends)
        self.right.set_highlighted(ends)
        if link is None:
            self.band.setToolTip("")
            return
        self.band.setToolTip(
            f"{self.case.end_name(link.target)} answers {self.case.end_name(link.source)}\n"
            f"{RELATION_WORDS[link.relation]} · {STATUS_WORDS[link.status]} · "
            f"{score_bar(link.score)}"
        )

    def set_zoom(self, font: QFont) -> None:
        """Show both panes in ``font`` (Ctrl+/Ctrl-)."""
        for pane in (self.left, self.right):
            pane.set_zoom(font)
        self.refresh_marks()

    def set_claim(self, claim: str) -> None:
        self.claim_filter.setCurrentIndex(max(0, self.claim_filter.findData(claim)))

    def _claim_picked(self) -> None:
        claim = self.claim_filter.currentData() or ""
        for pane in (self.left, self.right):
            pane.proxy.set_claim(claim)
        self.refresh_marks()

    def set_hits(self, hits: set[SegmentId]) -> None:
        self.hits = set(hits)
        self.refresh_marks()

    # ------------------------------------------------------------------ scrolling

    def _on_scroll(self, pane: SegmentList, other: SegmentList) -> None:
        if self._syncing or not self.sync.isChecked():
            return
        self._syncing = True
        try:
            self._align(pane, other)
        finally:
            self._syncing = False

    def _align(self, pane: SegmentList, other: SegmentList) -> None:
        """Scroll ``other`` so the partner of the first linked visible row lines up with it."""
        top = pane.indexAt(QPoint(4, 4))
        model = pane.model()
        for row in range(max(top.row(), 0), min(model.rowCount(), max(top.row(), 0) + 40)):
            seg: SegmentInfo = model.index(row, 0).data(ROW_ROLE)
            for link in self.case.links_of(seg.id):
                if link.status is LinkStatus.REJECTED:
                    continue
                partner = other.index_of(link.target if link.source == seg.id else link.source)
                if partner.isValid():
                    delta = (
                        other.visualRect(partner).top() - pane.visualRect(model.index(row, 0)).top()
                    )
                    bar = other.verticalScrollBar()
                    bar.setValue(bar.value() + delta)
                    return
        mine, theirs = pane.verticalScrollBar(), other.verticalScrollBar()
        share = mine.value() / mine.maximum() if mine.maximum() else 0.0
        theirs.setValue(round(share * theirs.maximum()))


def ruling_section(case: CaseState, ruling: ArgumentRuling) -> SegmentId | None:
    """The order segment behind a ruling: the first linked section, else the order segment
    holding its first evidence sentence (orders without headings)."""
    if ruling.sections:
        return ruling.sections[0]
    if not ruling.evidence:
        return None
    where = (ruling.evidence[0].page, ruling.evidence[0].line)
    holding = [
        s
        for s in case.segments(ruling.order)
        if (s.start_page, s.start_line) <= where <= (s.end_page, s.end_line)
    ]
    return holding[-1].id if holding else None  # the innermost: segments come in order
