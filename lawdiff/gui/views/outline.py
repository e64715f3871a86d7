"""Where a reader is: the outline path above each pane, an outline menu, and the legend."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import Side
from lawdiff.gui.models import Mark, gutter_label
from lawdiff.gui.views.colors import MARK_GLYPHS, MARK_WORDS, mark_color, ruling_color

MAX_MENU_HEADINGS = 300
CRUMB_CHARS = 28  # each heading of the path is shortened to this many characters


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CRUMB_CHARS else text[: CRUMB_CHARS - 1] + "…"


def crumb_text(seg: SegmentInfo) -> str:
    """ "III.A Chirrup Is Unlikely…" — the label and the start of the heading."""
    return f"{gutter_label(seg)} {_short(seg.heading or seg.text)}".strip()


class Breadcrumb(QWidget):
    """The outline path ("III › III.A › III.A.1") of the row a pane shows, each part a link.

    The ☰ button opens the document's whole outline as a menu.

    Signals:
        picked(SegmentId): the user chose a heading from the path or the outline menu.
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline: Callable[[], Sequence[SegmentInfo]] = list
        self.button = QToolButton()
        self.button.setText("☰")
        self.button.setToolTip("Outline: jump to a heading")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.button.setMenu(self.menu)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        # A long path must not widen the window: the label takes what room there is.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.linkActivated.connect(lambda href: self.picked.emit(SegmentId(int(href))))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.label, 1)
        self.path: list[SegmentInfo] = []

    def show_path(self, path: Sequence[SegmentInfo]) -> None:
        """Show the headings from the top of the outline down to the current row."""
        self.path = list(path)
        parts = [f'<a href="{int(s.id)}">{html.escape(crumb_text(s))}</a>' for s in path]
        self.label.setText(" › ".join(parts) if parts else "<i>(no heading)</i>")
        self.label.setToolTip(" › ".join(crumb_text(s) for s in path))

    def _fill_menu(self) -> None:
        self.menu.clear()
        headings = [s for s in self.outline() if s.kind in (SegmentKind.HEADING, SegmentKind.COUNT)]
        for seg in headings[:MAX_MENU_HEADINGS]:
            action = self.menu.addAction("    " * min(seg.level, 4) + crumb_text(seg))
            action.triggered.connect(lambda _=False, s=seg.id: self.picked.emit(s))
        if not headings:
            self.menu.addAction("(no headings)").setEnabled(False)


def legend_html(palette: QPalette) -> str:
    """One line saying what every mark and band line means, with the glyphs the panes use."""
    marks = [
        f'<span style="color:{mark_color(m, palette).name()}"><b>{MARK_GLYPHS[m]}</b></span> '
        f"{MARK_WORDS[m]}"
        for m in (Mark.UNANSWERED, Mark.LINKED, Mark.SUGGESTED, Mark.HIT)
    ]
    band = "band: ━ accepted, ╍ suggested, ┈ rejected; hover a line to outline both ends"
    court = (
        f'<span style="color:{ruling_color(Side.RESPONDENT, palette).name()}"><b>Court:</b>'
        "</span> the order's ruling (click it)"
    )
    return (
        "<small>" + " &nbsp; ".join(marks) + f" &nbsp;·&nbsp; {band} &nbsp;·&nbsp; {court}</small>"
    )
