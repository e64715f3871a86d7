"""Colours derived from the system palette, so light and dark themes both read well."""

from __future__ import annotations

import zlib
from functools import cache

from PySide6.QtGui import QColor, QPalette

from lawdiff.core.model import LinkStatus, Relation
from lawdiff.core.rulings import Side
from lawdiff.gui.models import Mark

RELATION_HUES = {
    Relation.REBUTS: 210,
    Relation.CONCEDES: 120,
    Relation.DISTINGUISHES: 280,
    Relation.CITES_SAME_AUTHORITY: 40,
    Relation.RESPONDS_GENERALLY: 180,
}
# Okabe & Ito's palette, told apart with the common colour-vision deficiencies; every mark
# also has a shape (solid / dashed bar, frame) and a glyph, so colour is never the only cue.
MARK_COLORS = {
    Mark.UNANSWERED: "#D55E00",  # vermillion
    Mark.LINKED: "#009E73",  # bluish green
    Mark.SUGGESTED: "#E69F00",  # orange
    Mark.HIT: "#0072B2",  # blue
}
MARK_GLYPHS = {Mark.UNANSWERED: "!", Mark.LINKED: "✓", Mark.SUGGESTED: "?", Mark.HIT: "▢"}
MARK_WORDS = {
    Mark.UNANSWERED: "unanswered argument",
    Mark.LINKED: "linked (accepted)",
    Mark.SUGGESTED: "suggested link",
    Mark.HIT: "search hit",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def hue_color(hue: int, palette: QPalette, alpha: int = 255) -> QColor:
    """A saturated colour of ``hue`` that stands out on the palette's base colour."""
    return QColor(_hue_color(hue, is_dark(palette), alpha))


@cache
def _hue_color(hue: int, dark: bool, alpha: int) -> QColor:
    color = QColor.fromHsv(hue, 150 if dark else 200, 235 if dark else 190)
    color.setAlpha(alpha)
    return color


def chip_color(claim: str, palette: QPalette) -> QColor:
    """A stable colour per claim group ("antitrust.sherman-1" → the "antitrust" hue)."""
    group = claim.split(".", 1)[0]
    return hue_color(zlib.crc32(group.encode("utf-8")) % 360, palette)


def relation_color(relation: Relation, status: LinkStatus, palette: QPalette) -> QColor:
    alpha = 90 if status is LinkStatus.REJECTED else 220
    return hue_color(RELATION_HUES.get(relation, 210), palette, alpha)


def mark_color(mark: Mark, palette: QPalette, alpha: int = 255) -> QColor:
    """The mark's colour, lightened on a dark palette so it keeps its contrast."""
    return QColor(_mark_color(mark, is_dark(palette), alpha))


@cache
def _mark_color(mark: Mark, dark: bool, alpha: int) -> QColor:
    color = QColor(MARK_COLORS[mark])
    if dark:
        color = color.lighter(135) if mark is not Mark.HIT else QColor("#56B4E9")  # sky blue
    color.setAlpha(alpha)
    return color


# The court's ruling on an argument (issue 15): the movant's side purple, the respondent's
# blue (Okabe & Ito's reddish purple and blue), mixed amber, the rest grey; the badge also
# says it in words.
RULING_COLORS = {
    Side.MOVANT: "#CC79A7",
    Side.RESPONDENT: "#0072B2",
    Side.MIXED: "#B8860B",
    Side.NOT_REACHED: "#707070",
    Side.NOT_ADDRESSED: "#9A9A9A",
}
RULING_WORDS = {
    Side.MOVANT: "for movant",
    Side.RESPONDENT: "for respondent",
    Side.MIXED: "mixed",
    Side.NOT_REACHED: "not reached",
    Side.NOT_ADDRESSED: "not addressed",
}


def ruling_color(side: Side, palette: QPalette) -> QColor:
    """The badge colour of a ruling, lightened on a dark palette."""
    return QColor(_ruling_color(side, is_dark(palette)))


@cache
def _ruling_color(side: Side, dark: bool) -> QColor:
    color = QColor(RULING_COLORS[side])
    if side is Side.MOVANT and not dark:
        color = color.darker(125)  # enough contrast for white text on a light base
    if side is Side.RESPONDENT and dark:
        color = QColor("#3D8FD1")
    return color
