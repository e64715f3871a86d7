"""The Help menu's pages: how to read the main window, and the keyboard shortcuts."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from lawdiff.gui.actions import shortcut_rows

HOW_TO_READ = """
<h3>How to read this window</h3>
<p><b>Two filings side by side.</b> The left pane shows an argument (a motion, a complaint),
the right pane the filing that answers it (an opposition, a reply). Pick either with the
lists above the panes, or click a document in the Case panel: it opens in the pane you used
last. The line under each list shows where you are in the filing's outline; click a part of
it, or the ☰ button, to jump to a heading.</p>
<p><b>The band between the panes</b> draws one line per link: solid when accepted, dashed
while only suggested, dotted when rejected. Hover a line to outline both of its ends; the
lines of the selected segment are thicker.</p>
<p><b>Marks at the left edge of a row</b>: <b>!</b> an argument nothing answers yet,
<b>✓</b> linked (accepted), <b>?</b> a suggested link to review. A framed row is a search
hit. The narrow strips at the outer edges give the same marks for the whole filing; click
one to go there. The coloured dots beside a row's text are its claims: hover one for its
name.</p>
<p><b>Details</b> (View menu) lists the selected segment's links, each as
"<i>Opp. III.A answers Mot. III.A</i>" with the relation, the status, the score as a bar
and the reasons the linker gave. Accept (A) or reject (R) the selected link there.</p>
<p><b>Linking by hand</b>: click a segment on the left, then one on the right, and press L
(Link Selected Pair). Exactly those two are linked; the status bar says so. Selecting on one
side never changes the other side unless <i>Follow links</i> is ticked.</p>
<p><b>Unanswered arguments</b>: F7 goes to the next one, Shift+F7 to the previous one.</p>
"""


def shortcuts_html() -> str:
    """A table of every command with a keyboard shortcut."""
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(key)}</b></td></tr>"
        for name, key in shortcut_rows()
    )
    extra = "".join(
        f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(key)}</b></td></tr>"
        for name, key in (
            ("Zoom In (also)", "Ctrl+="),
            ("Case / Details / Search / Rulings panel", "F2 / F3 / F4 / F5"),
            ("Link by dragging", "drag a segment onto one in the other pane"),
        )
    )
    return f"<h3>Keyboard shortcuts</h3><table cellpadding='3'>{rows}{extra}</table>"


class HelpDialog(QDialog):
    """A non-modal page of help text (it can stay open beside the window)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 520)
