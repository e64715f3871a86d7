"""The main window's commands on what is shown: selection, navigation, links, zoom, help,
undo and the status-bar messages that say what each did."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from lawdiff.core.errors import KnownError
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import LinkInfo, LinkStatus, SegmentInfo
from lawdiff.core.rulings import ArgumentRuling
from lawdiff.gui import commands
from lawdiff.gui.dialogs import ErrorDialog
from lawdiff.gui.guide import HelpDialog
from lawdiff.gui.models import STATUS_WORDS, Mark
from lawdiff.gui.rulings import ruling_menu
from lawdiff.gui.window_state import WindowState

MESSAGE_MS = 8000


class ReadingCommands(WindowState):
    """Selecting, stepping, linking and zooming in the open case (a mixin of the window)."""

    def undo_last(self) -> None:
        text = self.undo.undoText()
        self.undo.undo()
        self.say(f"Undid: {text}" if text else "Nothing to undo.")

    def redo_last(self) -> None:
        text = self.undo.redoText()
        self.undo.redo()
        self.say(f"Redid: {text}" if text else "Nothing to redo.")

    def say(self, message: str) -> None:
        """Tell the user what a command did (status bar)."""
        self.statusBar().showMessage(message, MESSAGE_MS)

    def _segment_selected(self, seg: SegmentInfo | None) -> None:
        if self.details is not None:
            self.details.show_segment(seg)
        if seg is not None and self.case is not None:
            self.say(self._link_summary(seg))

    def _link_summary(self, seg: SegmentInfo) -> str:
        """ "Mot. III.A: 2 links; best: Opp. III.A answers Mot. III.A (? suggested, 0.97)"."""
        assert self.case is not None
        name = self.case.end_name(seg.id)
        links = [x for x in self.case.links_of(seg.id) if x.status is not LinkStatus.REJECTED]
        if not links:
            return f"{name}: no links"
        best = links[0]
        answer, argument = self.case.end_name(best.target), self.case.end_name(best.source)
        status = STATUS_WORDS[best.status]
        count = f"{len(links)} link{'s' if len(links) > 1 else ''}"
        return f"{name}: {count}; best: {answer} answers {argument} ({status}, {best.score:.2f})"

    def _current_link_changed(self, link: LinkInfo | None) -> None:
        """Accept / Reject act on the Details panel's current link, so only when there is one."""
        self.action_map["accept"].setEnabled(
            link is not None and link.status is not LinkStatus.ACCEPTED
        )
        self.action_map["reject"].setEnabled(
            link is not None and link.status is not LinkStatus.REJECTED
        )

    def _ruling_menu(self, ruling: ArgumentRuling, where: QPoint) -> None:
        """A badge's menu: the order's section, or correct the court's ruling (issue 15)."""
        if self.case is None or self.comparison is None:
            return
        view = self.comparison
        ruling_menu(self, self.case, self.undo, ruling, view.show_ruling_section).exec(where)

    def jump_to(self, segment: SegmentId) -> None:
        """Select a segment, switching a pane's document when it is not shown."""
        if self.comparison is not None and not self.comparison.select_segment(segment):
            self.say("That segment is hidden by the claim filter.")

    def open_document(self, document: DocumentId) -> None:
        """Show a document in the active pane (the one last clicked)."""
        if self.comparison is None or self.case is None:
            return
        self.comparison.show_document(document)
        doc = self.case.document(document)
        title = doc.title if doc is not None else "the document"
        self.say(f"Showing {title} in the {self.comparison.active_side()} pane")

    def _step(self, mark: Mark, step: int) -> None:
        if self.comparison is None:
            return
        found, wrapped = self.comparison.step_marked(mark, step)
        what = "unanswered argument" if mark is Mark.UNANSWERED else "link"
        if not found:
            self.say(f"No {what} in these two filings.")
        elif wrapped:
            end = "end" if step > 0 else "start"
            again = "first" if step > 0 else "last"
            self.say(f"Reached the {end}; wrapped round to the {again} {what}.")
        else:
            seg = self.comparison.current_segment()
            self.say(f"Went to {self.case.end_name(seg.id) if self.case and seg else what}")

    def set_zoom(self, points: float) -> None:
        """Text size of the panes and the details: the system's size plus ``points``."""
        self.zoom = max(-6.0, min(24.0, points))
        font = QFont(QApplication.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() + self.zoom))
        if self.comparison is not None:
            self.comparison.set_zoom(font)
        if self.details is not None:
            self.details.text.setFont(font)
        self.say(f"Text size {font.pointSizeF():g} pt (Ctrl+0 for the system size)")

    def show_help(self, title: str, text: str) -> None:
        if self.help_dialog is not None:
            self.help_dialog.close()
        self.help_dialog = HelpDialog(title, text, self)
        self.help_dialog.show()

    def focus_search(self) -> None:
        if self.search is not None:
            self.docks["Search"].show()
            self.docks["Search"].raise_()
            self.search.focus()

    def accept_link(self) -> None:
        if self.details is not None:
            self.details.accept_current()

    def reject_link(self) -> None:
        if self.details is not None:
            self.details.reject_current()

    def link_selected_pair(self) -> None:
        """Link exactly the two segments selected, one on each side."""
        pair = self.comparison.selected_pair() if self.comparison else None
        if pair is None:
            self.say("Select a segment on each side first, then press L.")
            return
        self.link_segments(pair[0].id, pair[1].id)

    def link_segments(self, first: SegmentId, second: SegmentId) -> None:
        """Link two segments; the workspace decides which one answers the other."""
        assert self.case is not None
        try:
            command = commands.CreateLink(self.case, first, second)
            self.undo.push(command)
        except KnownError as exc:
            ErrorDialog.show_error(self, exc.message)
            return
        self.say(f"{command.summary} (Ctrl+Z undoes it)")
