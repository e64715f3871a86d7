"""The details panel: the selected segment's text, provenance, claims, citations, links and page."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import (
    CitationKind,
    ClaimTag,
    LinkInfo,
    LinkStatus,
    Origin,
    Relation,
    SegmentInfo,
    SegmentKind,
    part_label,
)
from lawdiff.core.text import page_line_range
from lawdiff.gui import commands
from lawdiff.gui.case import CaseState
from lawdiff.gui.claims import claim_name, taxonomy
from lawdiff.gui.models import LinkModel, LinkRow
from lawdiff.gui.preview import PagePreview, find_source

SECTION_PARAGRAPHS = 40  # a section's paragraphs shown under its heading


def provenance(doc_title: str, seg: SegmentInfo) -> str:
    """ "Complaint, p. 5:12–6:3" (or "p. 5:12–20" on one page, "p. 5:12" on one line)."""
    span = page_line_range(seg.start_page, seg.start_line, seg.end_page, seg.end_line)
    return f"{doc_title}, p. {span}"


class DetailsPanel(QWidget):
    """Everything about one segment, with the controls to edit its claims and links.

    Signals:
        jumpRequested(SegmentId): the user clicked a record cite resolved to that segment.
        currentLinkChanged(object): the LinkInfo now current in the links list, or None.
        message(str): what a command did, for the status bar.
    """

    jumpRequested = Signal(object)  # noqa: N815 - Qt signal naming
    currentLinkChanged = Signal(object)  # noqa: N815
    message = Signal(str)

    def __init__(self, case: CaseState, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.undo = undo
        self.segment: SegmentInfo | None = None
        self.text = QTextBrowser()
        self.text.setObjectName("detailsText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._anchor)
        self.claims = QListWidget()
        self.claim_picker = QComboBox()
        self.claim_picker.setEditable(True)
        self.links = LinkModel(self)
        self.link_view = QListView()
        self.link_view.setObjectName("linkList")
        self.link_view.setModel(self.links)
        self.link_view.setWordWrap(True)
        self.link_view.setAlternatingRowColors(True)
        self.link_view.setSpacing(2)
        self.buttons: dict[str, QPushButton] = {}
        self.no_links = QLabel(
            "No links yet. To link this segment, select its counterpart in the other pane "
            "and press L, or drag one onto the other."
        )
        self.no_links.setObjectName("noLinks")
        self.no_links.setWordWrap(True)
        self.relation = QComboBox()
        for relation in Relation:
            self.relation.addItem(relation.value, relation)
        self.note = QLineEdit(placeholderText="Note on this link")
        self.pin = QCheckBox("Pin")
        self.preview = PagePreview()
        self._layout()
        self.show_segment(None)

    def _layout(self) -> None:
        claims = QWidget()
        box = QVBoxLayout(claims)
        box.addWidget(self.claims)
        row = QHBoxLayout()
        row.addWidget(self.claim_picker, 1)
        row.addWidget(self._button("add_claim", "Add claim", self._add_claim))
        row.addWidget(self._button("remove_claim", "Remove", self._remove_claim))
        box.addLayout(row)
        links = QWidget()
        box = QVBoxLayout(links)
        box.addWidget(self.no_links)
        box.addWidget(self.link_view)
        row = QHBoxLayout()
        row.addWidget(self._button("accept", "Accept", self.accept_current))
        row.addWidget(self._button("reject", "Reject", self.reject_current))
        row.addWidget(self._button("delete", "Delete", self._delete))
        row.addStretch(1)
        box.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.relation, 1)
        row.addWidget(self.pin)
        box.addLayout(row)
        box.addWidget(self.note)
        tabs = QTabWidget()
        tabs.addTab(links, "Links")
        tabs.addTab(claims, "Claims")
        tabs.addTab(self.preview, "Page")
        self.tabs = tabs
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text)
        split.addWidget(tabs)
        split.setStretchFactor(0, 2)  # the links and their reasons get the larger share
        split.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(split)
        self.relation.activated.connect(self._relation_picked)
        self.note.editingFinished.connect(self._note_edited)
        self.pin.clicked.connect(self._pin_clicked)
        self.link_view.selectionModel().currentChanged.connect(lambda *_: self._link_selected())

    # ------------------------------------------------------------------ showing

    def show_segment(self, seg: SegmentInfo | None) -> None:
        """Show ``seg`` (re-read from the case, so edits show at once); clear when None."""
        self.segment = self.case.segment(seg.id) if seg is not None else None
        self.setEnabled(self.segment is not None)
        if self.segment is None:
            self.text.setHtml("<p><i>Select a segment.</i></p>")
            self.links.set_rows([])
            self.claims.clear()
            self._link_selected()
            return
        self.text.setHtml(self._html(self.segment))
        self._fill_claims(self.segment)
        self._fill_links(self.segment)
        self._fill_preview(self.segment)

    def refresh(self) -> None:
        """Re-read the shown segment after the case changed."""
        self.show_segment(self.segment)

    def _section_body(self, seg: SegmentInfo) -> list[str]:
        """A heading's or count's own paragraphs, so the section reads as a whole."""
        if seg.kind not in (SegmentKind.HEADING, SegmentKind.COUNT):
            return []
        body = [
            s
            for s in self.case.segments(seg.document)
            if s.parent == seg.id and s.kind in (SegmentKind.PARAGRAPH, SegmentKind.QUOTE)
        ]
        parts = []
        for child in body[:SECTION_PARAGRAPHS]:
            label = f"<b>{html.escape(child.label)}</b> " if child.label else ""
            parts.append(f"<p>{label}{html.escape(child.text)}</p>")
        if len(body) > SECTION_PARAGRAPHS:
            parts.append(f"<p><i>… {len(body) - SECTION_PARAGRAPHS} more paragraphs</i></p>")
        return parts

    def _html(self, seg: SegmentInfo) -> str:
        doc = self.case.document(seg.document)
        title = doc.title if doc is not None else f"document {seg.document}"
        parts = [f"<h3>{html.escape(seg.label)} {html.escape(seg.heading)}</h3>"]
        parts.append(f"<p><i>{html.escape(provenance(title, seg))}</i></p>")
        found = self.case.part_at(seg)
        if found is not None:  # a file that bundles several documents: which one this is in
            parts.append(f"<p><small>{html.escape(part_label(*found))}</small></p>")
        if seg.text.strip() != seg.heading.strip():
            parts.append(f"<p>{html.escape(seg.text)}</p>")
        parts.extend(self._section_body(seg))
        if seg.citations:
            parts.append("<p><b>Citations</b></p><ul>")
            for c in seg.citations:
                label = html.escape(c.text)
                if c.kind is CitationKind.RECORD and c.target_segment is not None:
                    label = f'<a href="segment:{int(c.target_segment)}">{label}</a>'
                parts.append(f"<li>{label} <small>({c.kind.value})</small></li>")
            parts.append("</ul>")
        return "".join(parts)

    def _fill_claims(self, seg: SegmentInfo) -> None:
        self.claims.clear()
        for tag in self.case.claim_tags(seg):
            if tag.confidence <= 0:
                continue
            cues = ", ".join(tag.cues) or "no cues"
            origin = "you" if tag.origin is Origin.USER else f"{tag.confidence:.0%}"
            item = QListWidgetItem(f"{claim_name(tag.claim)} — {cues} ({origin})")
            item.setData(Qt.ItemDataRole.UserRole, tag.claim)
            self.claims.addItem(item)
        known = sorted(set(taxonomy()) | self.case.known_claims(), key=claim_name)
        self.claim_picker.clear()
        for claim in known:
            self.claim_picker.addItem(claim_name(claim), claim)

    def _fill_links(self, seg: SegmentInfo) -> None:
        rows = [
            LinkRow(x, self.case.end_name(x.target), self.case.end_name(x.source))
            for x in self.case.links_of(seg.id)
        ]
        self.links.set_rows(rows)
        self.no_links.setVisible(not rows)
        if rows:
            self.link_view.setCurrentIndex(self.links.index(0, 0))
        self._link_selected()

    def _fill_preview(self, seg: SegmentInfo) -> None:
        doc = self.case.document(seg.document)
        source = find_source(doc, self.case.workspace.path) if doc is not None else None
        page = None
        if source is None:
            pages = self.case.pages(seg.document)
            page = next((p for p in pages if p.number == seg.start_page), None)
        self.preview.show_segment(seg, source, page)

    # ------------------------------------------------------------------ links

    def current_link(self) -> LinkInfo | None:
        index = self.link_view.currentIndex()
        return self.links.row_at(index.row()).link if index.isValid() else None

    def _link_selected(self) -> None:
        link = self.current_link()
        for widget in (self.relation, self.note, self.pin, self.buttons["delete"]):
            widget.setEnabled(link is not None)
        self.buttons["accept"].setEnabled(
            link is not None and link.status is not LinkStatus.ACCEPTED
        )
        self.buttons["reject"].setEnabled(
            link is not None and link.status is not LinkStatus.REJECTED
        )
        self.currentLinkChanged.emit(link)
        if link is not None:
            self.relation.setCurrentIndex(self.relation.findData(link.relation))
            self.note.setText(link.note)
            self.pin.setChecked(link.pinned)

    def _push(self, command: QUndoCommand, what: str = "") -> None:
        self.undo.push(command)
        self.message.emit(f"{what or command.text()} (Ctrl+Z undoes it)")

    def _named(self, verb: str, link: LinkInfo) -> str:
        """ "Accepted: Opp. III.A answers Mot. III.A"."""
        answer, argument = self.case.end_name(link.target), self.case.end_name(link.source)
        return f"{verb}: {answer} answers {argument}"

    def accept_current(self) -> None:
        link = self.current_link()
        if link is not None:
            self._push(commands.accept_link(self.case, link), self._named("Accepted", link))

    def reject_current(self) -> None:
        link = self.current_link()
        if link is not None:
            self._push(commands.reject_link(self.case, link), self._named("Rejected", link))

    def _delete(self) -> None:
        link = self.current_link()
        if link is not None:
            self._push(commands.DeleteLink(self.case, link), self._named("Deleted", link))

    def _relation_picked(self) -> None:
        link, relation = self.current_link(), self.relation.currentData()
        if link is not None and relation is not link.relation:
            self._push(commands.set_relation(self.case, link, Relation(relation)))

    def _note_edited(self) -> None:
        link = self.current_link()
        if link is not None and self.note.text() != link.note:
            self._push(commands.set_note(self.case, link, self.note.text()))

    def _pin_clicked(self, checked: bool) -> None:
        link = self.current_link()
        if link is not None and checked != link.pinned:
            self._push(commands.set_pinned(self.case, link, checked))

    # ------------------------------------------------------------------ claims

    def _user_tags(self) -> list[ClaimTag]:
        assert self.segment is not None
        return [t for t in self.segment.claims if t.origin is Origin.USER]

    def _add_claim(self) -> None:
        claim = self.claim_picker.currentData() or self.claim_picker.currentText().strip()
        if self.segment is None or not claim:
            return
        tags = [t for t in self._user_tags() if t.claim != claim]
        tags.append(ClaimTag(claim, 1.0, Origin.USER, ("added by you",)))
        self._set_claims(tags, f"Add claim {claim_name(claim)}")

    def _remove_claim(self) -> None:
        item = self.claims.currentItem()
        if self.segment is None or item is None:
            return
        claim = item.data(Qt.ItemDataRole.UserRole)
        tags = [t for t in self._user_tags() if t.claim != claim]
        tags.append(ClaimTag(claim, 0.0, Origin.USER))
        self._set_claims(tags, f"Remove claim {claim_name(claim)}")

    def _set_claims(self, tags: list[ClaimTag], text: str) -> None:
        assert self.segment is not None
        self._push(commands.SetClaims(self.case, self.segment, tags, text))

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "segment":
            self.jumpRequested.emit(SegmentId(int(url.path())))

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}Button")
        button.clicked.connect(slot)
        self.buttons[name] = button
        return button
