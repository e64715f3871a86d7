"""Page geometry (points), inline mark-up and word wrapping."""

from __future__ import annotations

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth

from sample_case.source import INLINE_RE

PAGE_W, PAGE_H = letter
LINE1_Y = 708.0  # baseline of pleading line 1
HALF = 11.25  # half a pleading line: lines are 22.5 pt apart
SLOTS = 55  # usable half-line slots per page; pleading line n sits on slot 2(n-1)
NUM_RIGHT = 81.0  # right edge of the line-number column
LEFT, RIGHT = 100.0, 540.0  # body text margins
BODY_SIZE, NOTE_SIZE, ECF_SIZE, FOOT_SIZE = 12.0, 10.0, 8.0, 8.0
INDENT = 36.0
FONTS = {"R": "Times-Roman", "I": "Times-Italic", "B": "Times-Bold", "BI": "Times-BoldItalic"}


Piece = tuple[str, str]  # (text, style) with style R, I, B, BI or FN (a footnote marker)


def parse_inline(text: str, bold: bool = False) -> list[Piece]:
    """Split mark-up into styled pieces."""
    base = "B" if bold else "R"
    pieces: list[Piece] = []
    for token in INLINE_RE.split(text):
        if not token:
            continue
        if token.startswith("**"):
            pieces.append((token[2:-2], "B"))
        elif token.startswith("[^"):
            pieces.append((token[2:-1], "FN"))
        elif token.startswith("*") and len(token) > 1:
            pieces.append((token[1:-1], "BI" if bold else "I"))
        else:
            pieces.append((token, base))
    return pieces


def piece_width(piece: Piece, size: float) -> float:
    """Width of a piece in points at ``size``."""
    text, style = piece
    if style == "FN":
        return float(stringWidth(text, FONTS["R"], size * 0.62))
    return float(stringWidth(text, FONTS[style], size))


def _words(pieces: list[Piece]) -> list[list[Piece]]:
    words: list[list[Piece]] = [[]]
    for text, style in pieces:
        if style == "FN":
            words[-1].append((text, style))
            continue
        parts = text.split(" ")
        for i, part in enumerate(parts):
            if i > 0:
                words.append([])
            if part:
                words[-1].append((part, style))
    return [word for word in words if word]


def wrap(pieces: list[Piece], first: float, rest: float, size: float) -> list[list[Piece]]:
    """Break pieces into lines no wider than ``first`` (first line) and ``rest`` points."""
    lines: list[list[list[Piece]]] = [[]]
    used = 0.0
    space = stringWidth(" ", FONTS["R"], size)
    for word in _words(pieces):
        width = sum(piece_width(p, size) for p in word)
        limit = first if len(lines) == 1 else rest
        if lines[-1] and used + space + width > limit:
            lines.append([])
            used = 0.0
        used += width + (space if lines[-1] else 0.0)
        lines[-1].append(word)
    return [_join_words(words) for words in lines if words]


def _join_words(words: list[list[Piece]]) -> list[Piece]:
    out: list[Piece] = []
    for i, word in enumerate(words):
        if i:
            prev_style, next_style = out[-1][1], word[0][1]
            out.append((" ", prev_style if prev_style == next_style else "R"))
        out.extend(word)
    merged: list[Piece] = []
    for text, style in out:
        if merged and merged[-1][1] == style and style != "FN":
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    return merged


def plain(pieces: list[Piece]) -> str:
    """The text a reader sees (footnote markers included)."""
    return "".join(text for text, _ in pieces)
