"""Render the fictional sample case (data/sample/src) to pleading-paper PDFs, a DOCX and gold data.

Usage::

    .venv/bin/python scripts/make_sample.py [--out DIR] [--expected PATH]

Each source file in ``data/sample/src`` is a TOML front matter between ``+++`` lines followed by a
light mark-up, one block per blank-line-separated chunk:

``# I. INTRODUCTION {claims=a,b; answers=02_tro_motion.pdf#III.A; unanswered}``
    a heading (``#`` count = outline level); an enumerator ``I.``/``A.``/``1.``/``a.`` makes it
    a numbered heading, otherwise it is centred. ``COUNT I — …`` is a count.
``¶ {#anchor} text``
    a numbered complaint paragraph (numbered automatically; the anchor is for record cites).
``> text``      a single-spaced block quotation.
``(a) text``    a lettered list item with a hanging indent.
``~ text``      a flush-left line with no indent.
``[^1]: text``  a footnote; ``[^1]`` in text marks where it is cited.
``@toc``, ``@toa``, ``@signature``, ``@pagebreak``   generated parts.

Inline: ``*italic*``, ``**bold**`` and record cites ``[[Compl. ¶ anchor]]``,
``[[Compl. ¶¶ first–last]]``, ``[[Mot. at III.A.1]]`` (page of that heading, found after layout).

The layout is deterministic (reportlab ``invariant=1``, fixed dates, fixed zip timestamps), so
running this twice gives the same bytes.  Every record cite is resolved from the layout of the cited
document and re-checked against the page text; a mismatch stops the script.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "data" / "sample" / "src"

# ------------------------------------------------------------------ page geometry (points)
PAGE_W, PAGE_H = letter
LINE1_Y = 708.0  # baseline of pleading line 1
HALF = 11.25  # half a pleading line: lines are 22.5 pt apart
SLOTS = 55  # usable half-line slots per page; pleading line n sits on slot 2(n-1)
NUM_RIGHT = 81.0  # right edge of the line-number column
LEFT, RIGHT = 100.0, 540.0  # body text margins
BODY_SIZE, NOTE_SIZE, ECF_SIZE, FOOT_SIZE = 12.0, 10.0, 8.0, 8.0
INDENT = 36.0
FONTS = {"R": "Times-Roman", "I": "Times-Italic", "B": "Times-Bold", "BI": "Times-BoldItalic"}

ENUM_RE = re.compile(r"^((?:[IVXL]+)|[A-Z]|\d+|[a-z])\.\s+(.*)$")
COUNT_RE = re.compile(r"^(COUNT [IVXL]+)\s+—\s+(.*)$")
INLINE_RE = re.compile(r"(\*\*.+?\*\*|\*.+?\*|\[\^\w+\])")
NUMBER_RE = re.compile(r"\{\{n:([\w-]+)\}\}")  # {{n:anchor}}: that paragraph's number
CITE_RE = re.compile(r"\[\[(.+?)\]\]")
PARA_CITE_RE = re.compile(r"^(Compl\.) (¶¶?) (.+)$")
PAGE_CITE_RE = re.compile(r"^(Mot\.|Opp\.|Reply|Dkt\. No\. \d+) at (\S+)$")
ATTR_RE = re.compile(r"^(.*?)\s+\{([^{}]*)\}$")
ANCHOR_RE = re.compile(r"^\{#([\w-]+)\}\s+")
ABBREVIATIONS = {"Compl.": "01_complaint", "Mot.": "02_tro_motion", "Opp.": "03_opposition"}
ABBREVIATIONS["Reply"] = "04_reply"


class SampleError(Exception):
    """The sample sources are inconsistent (a bad cite, an unstable layout…)."""


# ------------------------------------------------------------------ source model


@dataclass
class Block:
    """One chunk of source mark-up."""

    kind: str  # heading, num, para, quote, item, plain, footnote, directive
    text: str
    level: int = 0
    attrs: dict[str, str] = field(default_factory=dict)
    anchor: str = ""
    key: str = ""  # segment label once numbered ("¶ 3", "III.A.1", "COUNT II")


@dataclass
class Segment:
    """A labelled unit the segmenter must find, with where the layout put it."""

    kind: str  # heading, count, paragraph, footnote
    label: str
    heading: str = ""
    printed: str = ""
    level: int = 0
    parent: str | None = None
    claims: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    unanswered: bool = False
    front_matter: bool = False
    page: int = 0
    line: int = 0
    end_page: int = 0
    starts_with: str = ""


@dataclass
class SourceDoc:
    """A parsed source file."""

    name: str
    meta: dict[str, Any]
    blocks: list[Block]
    footnotes: dict[str, str]


def parse_source(path: Path) -> SourceDoc:
    """Read one ``*.md`` source: TOML front matter and blocks."""
    raw = path.read_text(encoding="utf-8")
    _, front, body = raw.split("+++\n", 2)
    meta = tomllib.loads(front)
    blocks: list[Block] = []
    footnotes: dict[str, str] = {}
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if not lines or lines[0].startswith("<!--"):
            continue
        block = _parse_block(lines)
        if block.kind == "footnote":
            footnotes[block.key] = block.text
        else:
            blocks.append(block)
    return SourceDoc(path.stem, meta, blocks, footnotes)


def _parse_block(lines: list[str]) -> Block:
    first = lines[0]
    if first.startswith(">"):
        return Block("quote", " ".join(line.lstrip("> ").strip() for line in lines))
    text = " ".join(lines)
    if first.startswith("#"):
        level = len(first) - len(first.lstrip("#"))
        text, attrs = _split_attrs(text[level:].strip())
        return Block("heading", text, level=level, attrs=attrs)
    if first.startswith("¶"):
        text = text[1:].strip()
        match = ANCHOR_RE.match(text)
        anchor = match.group(1) if match else ""
        return Block("num", text[match.end() :] if match else text, anchor=anchor)
    if match := re.match(r"^\[\^(\w+)\]:\s*(.*)$", text):
        return Block("footnote", match.group(2), key=match.group(1))
    if first.startswith("@"):
        return Block("directive", text[1:].strip())
    if first.startswith("~"):
        return Block("plain", text[1:].strip())
    if re.match(r"^\([a-z]\) ", first):
        return Block("item", text)
    return Block("para", text)


def _split_attrs(text: str) -> tuple[str, dict[str, str]]:
    match = ATTR_RE.match(text)
    if not match:
        return text, {}
    attrs: dict[str, str] = {}
    for part in match.group(2).split(";"):
        name, _, value = part.strip().partition("=")
        attrs[name.strip()] = value.strip()
    return match.group(1).strip(), attrs


def _csv(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


# ------------------------------------------------------------------ labels


def label_segments(doc: SourceDoc) -> tuple[list[Segment], dict[str, int]]:
    """Give every heading, count and numbered paragraph its label and parent."""
    segments: list[Segment] = []
    anchors: dict[str, int] = {}
    stack: list[tuple[int, str, str]] = []  # (level, label, enumerator)
    number = 0
    for block in doc.blocks:
        if block.kind == "num":
            number += 1
            block.key = f"¶ {number}"
            if block.anchor:
                anchors[block.anchor] = number
            parent = stack[-1][1] if stack else None
            segments.append(Segment("paragraph", block.key, parent=parent))
        elif block.kind == "heading":
            segments.append(_heading_segment(block, stack))
    return segments, anchors


def _heading_segment(block: Block, stack: list[tuple[int, str, str]]) -> Segment:
    while stack and stack[-1][0] >= block.level:
        stack.pop()
    parent = stack[-1][1] if stack else None
    kind, heading, enumerator = "heading", block.text, ""
    if count := COUNT_RE.match(block.text):
        kind, label, heading = "count", count.group(1), count.group(2)
    elif numbered := ENUM_RE.match(block.text):
        enumerator, heading = numbered.group(1), numbered.group(2)
        label = ".".join([e for _, _, e in stack if e] + [enumerator])
    else:
        label = block.text.upper()
    block.key = label
    stack.append((block.level, label, enumerator))
    return Segment(
        kind,
        label,
        heading=heading,
        printed=block.text,
        level=block.level - 1,
        parent=parent,
        claims=_csv(block.attrs.get("claims", "")),
        answers=_csv(block.attrs.get("answers", "")),
        unanswered="unanswered" in block.attrs,
        front_matter="front" in block.attrs,
    )


# ------------------------------------------------------------------ inline text and wrapping

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


# ------------------------------------------------------------------ layout


@dataclass
class LayoutLine:
    """One line to draw."""

    pieces: list[Piece]
    x: float
    align: str = "left"  # left, center, right
    step: int = 2  # half-line slots it takes (2 = double-spaced)
    size: float = BODY_SIZE
    owner: str = ""  # segment label the line belongs to
    section: str | None = None  # the heading or count the line sits under
    notes: list[str] = field(default_factory=list)  # footnote ids cited on the line
    tail: list[Piece] = field(default_factory=list)  # right-aligned text with dot leaders
    rule: float = 0.0  # draw a horizontal rule this wide instead of text


@dataclass
class PageLayout:
    """The lines placed on one page."""

    body: list[tuple[int, LayoutLine]] = field(default_factory=list)
    notes: list[LayoutLine] = field(default_factory=list)


@dataclass
class DocLayout:
    """A laid-out document."""

    pages: list[PageLayout]
    positions: dict[str, tuple[int, int, int]]  # label -> (page, line, end page)
    cites: list[dict[str, Any]]

    def page_text(self, number: int) -> str:
        """Plain text of page ``number`` (1-based), lines joined by spaces."""
        page = self.pages[number - 1]
        lines = [line for _, line in page.body] + page.notes
        return " ".join(plain(line.pieces) + " " + plain(line.tail) for line in lines)


class Paginator:
    """Places lines on pleading slots, keeping footnotes on the page that cites them."""

    def __init__(self, notes: dict[str, list[LayoutLine]], renderer: Renderer) -> None:
        self.notes = notes
        self.renderer = renderer
        self.pages: list[PageLayout] = [PageLayout()]
        self.slot = 0
        self.positions: dict[str, tuple[int, int, int]] = {}

    def note_slots(self, extra: list[str]) -> int:
        page = self.pages[-1]
        lines = len(page.notes) + sum(len(self.notes[n]) for n in extra)
        return lines + 1 if lines else 0

    def fits(self, slots: int, notes: list[str] | None = None) -> bool:
        start = self.slot + (self.slot % 2)
        return start + slots - 1 <= SLOTS - 1 - self.note_slots(notes or [])

    def new_page(self) -> None:
        self.pages.append(PageLayout())
        self.slot = 0

    def skip(self, slots: int) -> None:
        self.slot = min(self.slot + slots, SLOTS)

    def place(self, line: LayoutLine) -> None:
        if line.step == 2 and self.slot % 2:
            self.slot += 1
        if self.slot > SLOTS - 1 - self.note_slots(line.notes):
            self.new_page()
        page = self.pages[-1]
        page.body.append((self.slot, line))
        for note in line.notes:
            page.notes.extend(self.notes[note])
        line.section = self.renderer.section
        if line.owner:
            number = len(self.pages)
            first = self.positions.get(line.owner, (number, self.slot // 2 + 1, number))
            self.positions[line.owner] = (first[0], first[1], number)
        self.slot += line.step

    def place_all(self, lines: list[LayoutLine], keep: int = 0) -> None:
        """Place lines; ``keep`` slots beyond them must fit too (keep with next)."""
        need = sum(line.step for line in lines) + keep
        if not self.fits(min(need, SLOTS - 8)):
            self.new_page()
        for line in lines:
            self.place(line)


@dataclass
class Context:
    """What the renderer knows about the case and the documents laid out before this one."""

    case: dict[str, Any]
    done: dict[str, tuple[SourceDoc, list[Segment], dict[str, int], DocLayout]]


class Renderer:
    """Turns one source document into a :class:`DocLayout`."""

    def __init__(self, doc: SourceDoc, ctx: Context, segments: list[Segment]) -> None:
        self.doc, self.ctx, self.segments = doc, ctx, segments
        self.complaint = doc.meta["role"] == "complaint"
        self.cites: list[dict[str, Any]] = []
        self.section: str | None = None

    # -- inline cites
    def resolve(self, text: str) -> str:
        text = NUMBER_RE.sub(lambda m: str(self._number(m.group(1))), text)
        return CITE_RE.sub(lambda m: self._cite(m.group(1)), text)

    def _number(self, anchor: str) -> int:
        anchors = label_segments(self.doc)[1]
        if anchor not in anchors:
            raise SampleError(f"{self.doc.name}: no paragraph anchor {{#{anchor}}}")
        return anchors[anchor]

    def _cite(self, body: str) -> str:
        if match := PARA_CITE_RE.match(body):
            target = ABBREVIATIONS[match.group(1)]
            anchors = self._done(target)[2]
            names = [a.strip() for a in re.split(r"–|,", match.group(3))]
            if missing := [a for a in names if a not in anchors]:
                raise SampleError(f"{self.doc.name}: [[{body}]]: no paragraph {missing}")
            ends = [anchors[a] for a in names]
            dash = "–" if "–" in match.group(3) else ", "
            numbers = list(range(ends[0], ends[-1] + 1)) if dash == "–" else ends
            text = f"{match.group(1)} {match.group(2)} {dash.join(str(n) for n in ends)}"
            self._record(text, target, paragraphs=numbers)
            return text
        if match := PAGE_CITE_RE.match(body):
            prefix, label = match.group(1), match.group(2)
            target = ABBREVIATIONS.get(prefix) or self._by_ecf(prefix)
            positions = self._done(target)[3].positions
            if label not in positions:
                raise SampleError(f"{self.doc.name}: [[{body}]]: {target} has no {label}")
            page = positions[label][0]
            text = f"{prefix} at {page}"
            self._record(text, target, page=page, label=label)
            return text
        raise SampleError(f"{self.doc.name}: cannot read record cite [[{body}]]")

    def _by_ecf(self, prefix: str) -> str:
        ecf = prefix.rsplit(" ", 1)[1]
        for name, (doc, *_rest) in self.ctx.done.items():
            if str(doc.meta["ecf"]) == ecf:
                return name
        raise SampleError(f"{self.doc.name}: no document with ECF number {ecf}")

    def _done(self, name: str) -> tuple[SourceDoc, list[Segment], dict[str, int], DocLayout]:
        if name not in self.ctx.done:
            raise SampleError(f"{self.doc.name} cites {name}, which is not laid out before it")
        return self.ctx.done[name]

    def _record(self, text: str, target: str, **fields: Any) -> None:
        self.cites.append(
            {"section": self.section, "text": text, "target_document": target + ".pdf"} | fields
        )

    # -- blocks
    def layout(self, toc: dict[str, int], toa_pages: DocLayout | None) -> DocLayout:
        notes = {}
        for key, text in self.doc.footnotes.items():
            self.section = f"n.{key}"
            notes[key] = self._note_lines(key, self.resolve(text))
        self.section = None
        pager = Paginator(notes, self)
        self._caption(pager)
        blocks = self.doc.blocks
        for i, block in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            self._block(pager, block, nxt, toc, toa_pages)
        return DocLayout(pager.pages, pager.positions, self.cites)

    def _note_lines(self, key: str, text: str) -> list[LayoutLine]:
        pieces = [(key, "FN"), *parse_inline(text)]
        wrapped = wrap(pieces, RIGHT - LEFT - INDENT, RIGHT - LEFT, NOTE_SIZE)
        owner = f"n.{key}"
        return [
            LayoutLine(p, LEFT + (INDENT if j == 0 else 0), step=1, size=NOTE_SIZE, owner=owner)
            for j, p in enumerate(wrapped)
        ]

    def _block(
        self,
        pager: Paginator,
        block: Block,
        nxt: Block | None,
        toc: dict[str, int],
        toa: DocLayout | None,
    ) -> None:
        if block.kind == "directive":
            self._directive(pager, block.text, toc, toa)
            return
        if block.kind == "heading":
            self.section = block.key
            keep = 4 if nxt is not None and nxt.kind != "heading" else 2
            pager.place_all(self._heading_lines(block), keep=keep)
            return
        text = self.resolve(block.text)
        if block.kind == "quote":
            pager.skip(1)
            pieces = parse_inline(text)
            for quoted in wrap(pieces, RIGHT - LEFT - 2 * INDENT, RIGHT - LEFT - 2 * INDENT, 12):
                pager.place(LayoutLine(quoted, LEFT + INDENT, step=1, notes=_notes(quoted)))
            pager.skip(2)
            return
        for line in self._para_lines(block, text):
            pager.place(line)

    def _para_lines(self, block: Block, text: str) -> list[LayoutLine]:
        width = RIGHT - LEFT
        pieces = parse_inline(text)
        if block.kind == "num":
            number = block.key.removeprefix("¶ ")
            pieces = [(_pad(f"{number}.", INDENT), "R"), *pieces]
            first_x, first_w, rest_x = LEFT + INDENT, width - INDENT, LEFT
        elif block.kind == "item":
            first_x, first_w, rest_x = LEFT + INDENT, width - INDENT, LEFT + 2 * INDENT
        elif block.kind == "plain":
            first_x, first_w, rest_x = LEFT, width, LEFT
        else:
            first_x, first_w, rest_x = LEFT + INDENT, width - INDENT, LEFT
        rest_w = RIGHT - rest_x
        owner = block.key
        lines = wrap(pieces, first_w, rest_w, BODY_SIZE)
        return [
            LayoutLine(p, first_x if j == 0 else rest_x, owner=owner, notes=_notes(p))
            for j, p in enumerate(lines)
        ]

    def _heading_lines(self, block: Block) -> list[LayoutLine]:
        text = self.resolve(block.text)
        numbered = ENUM_RE.match(text)
        if numbered and not (self.complaint and block.level == 1):
            indent = LEFT + INDENT * (block.level - 1 if not self.complaint else 0)
            enum = text.split(" ", 1)[0]
            body = wrap(
                parse_inline(numbered.group(2), bold=True),
                RIGHT - indent - INDENT,
                RIGHT - indent - INDENT,
                BODY_SIZE,
            )
            lines = [LayoutLine(body[0], indent + INDENT, owner=block.key)]
            lines[0].pieces = [(enum, "B"), *body[0]]
            lines[0].x = indent
            lines[0].tail = []
            self._hang(lines[0], indent, enum)
            lines += [LayoutLine(p, indent + INDENT, owner=block.key) for p in body[1:]]
            return lines
        width = RIGHT - LEFT - 2 * INDENT
        body = wrap(parse_inline(text, bold=True), width, width, BODY_SIZE)
        return [LayoutLine(p, (LEFT + RIGHT) / 2, align="center", owner=block.key) for p in body]

    @staticmethod
    def _hang(line: LayoutLine, indent: float, enum: str) -> None:
        """Pad the enumerator so the heading text starts one tab stop in."""
        gap = INDENT - stringWidth(enum, FONTS["B"], BODY_SIZE)
        spaces = max(1, round(gap / stringWidth(" ", FONTS["B"], BODY_SIZE)))
        line.pieces[0] = (enum + " " * spaces, "B")

    # -- generated parts
    def _caption(self, pager: Paginator) -> None:
        meta, case = self.doc.meta, self.ctx.case
        if meta["role"] != "order":
            judge = f"The Honorable {case['judge']}"
            pager.place(LayoutLine([(judge, "R")], RIGHT, align="right", step=1))
        pager.slot = 8
        for text in case["court"]:
            pager.place(LayoutLine([(text, "B")], (LEFT + RIGHT) / 2, align="center", step=1))
        pager.skip(2)
        left = list(case["caption_left"])
        right = [f"Case No. {case['docket']}", ""]
        for line in wrap([(meta["title"], "B")], 200, 200, BODY_SIZE):
            right.append(plain(line))
        right += ["", *meta.get("caption_extra", [])]
        for row in range(max(len(left), len(right)) + 1):
            lt = left[row] if row < len(left) else ("_" * 38 if row == len(left) else "")
            self._caption_row(pager, lt, right[row] if row < len(right) else "")
        pager.skip(3)

    @staticmethod
    def _caption_row(pager: Paginator, left: str, right: str) -> None:
        bold = right and right == right.upper() and not right.startswith("Case No.")
        pieces: list[Piece] = [(left or " ", "R")]
        line = LayoutLine(pieces, LEFT, step=1)
        line.tail = [(")", "R")]
        if right:
            line.tail.append((right, "B" if bold else "R"))
        line.align = "caption"
        pager.place(line)

    def _directive(
        self, pager: Paginator, name: str, toc: dict[str, int], toa: DocLayout | None
    ) -> None:
        if name == "pagebreak":
            pager.new_page()
        elif name == "toc":
            self._toc(pager, toc)
        elif name == "toa":
            self._toa(pager, toa)
        elif name == "signature":
            self._signature(pager)
        else:
            raise SampleError(f"{self.doc.name}: unknown directive @{name}")

    def _toc(self, pager: Paginator, toc: dict[str, int]) -> None:
        for seg in self.segments:
            if seg.kind == "paragraph" or seg.front_matter:
                continue
            indent = LEFT + 24 * seg.level
            text = self.resolve(seg.printed)
            lines = wrap(parse_inline(text), RIGHT - indent - 40, RIGHT - indent - 60, 12)
            out = [
                LayoutLine(p, indent if j == 0 else indent + 24, step=1)
                for j, p in enumerate(lines)
            ]
            out[-1].tail = [(str(toc.get(seg.label, 0)), "R")]
            pager.skip(1)
            pager.place_all(out)

    def _toa(self, pager: Paginator, toa: DocLayout | None) -> None:
        first_body = next(s.label for s in self.segments if not s.front_matter)
        start = toa.positions[first_body][0] if toa else 1
        for group in self.doc.meta["toa"]:
            pager.skip(1)
            pager.place_all([LayoutLine([(group["group"], "B")], LEFT, step=2)], keep=4)
            for entry in group["entries"]:
                pages = _pages_citing(toa, entry["find"], start) if toa else [0]
                if not pages:
                    raise SampleError(f"{self.doc.name}: authority {entry['find']!r} is not cited")
                lines = wrap(
                    parse_inline(entry["text"]), RIGHT - LEFT - 110, RIGHT - LEFT - 134, 12
                )
                out = [
                    LayoutLine(p, LEFT if j == 0 else LEFT + 24, step=1)
                    for j, p in enumerate(lines)
                ]
                out[-1].tail = [(", ".join(str(p) for p in pages), "R")]
                pager.place_all(out)
                pager.skip(1)

    def _signature(self, pager: Paginator) -> None:
        meta = self.doc.meta
        lines = [LayoutLine([(meta["dated"], "R")], LEFT + INDENT, step=2)]
        sign = self.ctx.case["firms"][meta["firm"]]["signature"] if "firm" in meta else []
        sign = meta.get("signature", sign)
        for j, text in enumerate(sign):
            style = "B" if j == 0 and text.isupper() else "R"
            lines.append(
                LayoutLine(
                    parse_inline(text) if style == "R" else [(text, style)], LEFT + 230, step=1
                )
            )
        lines.insert(1, LayoutLine([(" ", "R")], LEFT, step=1))
        pager.place_all(lines)


def _pad(text: str, width: float) -> str:
    """Pad ``text`` with spaces to about ``width`` points (a tab stop drawn as spaces)."""
    gap = width - piece_width((text, "R"), BODY_SIZE)
    return text + " " * max(2, round(gap / piece_width((" ", "R"), BODY_SIZE)))


def _notes(pieces: list[Piece]) -> list[str]:
    return [text for text, style in pieces if style == "FN"]


def _pages_citing(layout: DocLayout, find: str, start: int) -> list[int]:
    return [n for n in range(start, len(layout.pages) + 1) if find in layout.page_text(n)]


def layout_document(
    doc: SourceDoc, ctx: Context
) -> tuple[list[Segment], dict[str, int], DocLayout]:
    """Lay a document out until its table of contents and authorities are stable."""
    segments, anchors = label_segments(doc)
    toc: dict[str, int] = {}
    previous: DocLayout | None = None
    for _ in range(4):
        result = Renderer(doc, ctx, segments).layout(toc, previous)
        new_toc = {label: pos[0] for label, pos in result.positions.items()}
        if previous is not None and new_toc == toc and _toa_text(result) == _toa_text(previous):
            _fill_segments(segments, result)
            return segments, anchors, result
        toc, previous = new_toc, result
    raise SampleError(f"{doc.name}: table of contents page numbers do not settle")


def _toa_text(layout: DocLayout) -> str:
    return "\n".join(layout.page_text(n) for n in range(1, min(4, len(layout.pages)) + 1))


def _fill_segments(segments: list[Segment], layout: DocLayout) -> None:
    for seg in segments:
        if seg.label not in layout.positions:
            raise SampleError(f"segment {seg.label} was not placed")
        seg.page, seg.line, seg.end_page = layout.positions[seg.label]


# ------------------------------------------------------------------ drawing


def draw_pdf(doc: SourceDoc, layout: DocLayout, case: dict[str, Any], path: Path) -> None:
    """Draw a laid-out document on pleading paper."""
    canvas = Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    canvas.setTitle(doc.meta["title"])
    canvas.setAuthor(doc.meta.get("author", "lawdiff sample case (fictional)"))
    canvas.setCreator("lawdiff scripts/make_sample.py")
    canvas.setSubject("Fictional sample filing for lawdiff")
    total = len(layout.pages)
    for number, page in enumerate(layout.pages, start=1):
        _draw_paper(canvas, doc, case, number, total)
        for slot, line in page.body:
            _draw_line(canvas, line, LINE1_Y - slot * HALF)
        _draw_notes(canvas, page)
        canvas.showPage()
    canvas.save()


def _draw_paper(
    canvas: Canvas, doc: SourceDoc, case: dict[str, Any], number: int, total: int
) -> None:
    meta = doc.meta
    month, day, year = meta["filed"][5:7], meta["filed"][8:10], meta["filed"][2:4]
    header = (
        f"Case {case['docket']}   Document {meta['ecf']}   Filed {month}/{day}/{year}"
        f"   Page {number} of {total}"
    )
    canvas.setFont("Helvetica", ECF_SIZE)
    canvas.drawCentredString(PAGE_W / 2, 770, header)
    canvas.setFont(FONTS["R"], BODY_SIZE)
    for n in range(1, 29):
        canvas.drawRightString(NUM_RIGHT, LINE1_Y - (n - 1) * 2 * HALF, str(n))
    canvas.setLineWidth(0.6)
    for x in (87.0, 89.5):
        canvas.line(x, 792, x, 0)
    canvas.line(548, 792, 548, 0)
    canvas.line(LEFT, 90, RIGHT, 90)
    _draw_footer(canvas, doc, case, number)


def _draw_footer(canvas: Canvas, doc: SourceDoc, case: dict[str, Any], number: int) -> None:
    meta = doc.meta
    canvas.setFont(FONTS["R"], FOOT_SIZE)
    canvas.drawString(LEFT, 78, f"{meta['footer_title']} - {number}")
    canvas.drawString(LEFT, 68, f"(No. {case['docket']})")
    if "firm" not in meta:
        return
    firm = case["firms"][meta["firm"]]
    canvas.setFont(FONTS["B"], FOOT_SIZE)
    canvas.drawRightString(RIGHT, 78, firm["name"])
    canvas.setFont(FONTS["R"], FOOT_SIZE)
    for i, text in enumerate(firm["address"]):
        canvas.drawRightString(RIGHT, 69 - 9 * i, text)


def _draw_pieces(canvas: Canvas, pieces: list[Piece], x: float, y: float, size: float) -> float:
    for text, style in pieces:
        if style == "FN":
            canvas.setFont(FONTS["R"], size * 0.62)
            canvas.drawString(x, y + size * 0.4, text)
        else:
            canvas.setFont(FONTS[style], size)
            canvas.drawString(x, y, text)
        x += piece_width((text, style), size)
    return x


def _draw_line(canvas: Canvas, line: LayoutLine, y: float) -> None:
    width = sum(piece_width(p, line.size) for p in line.pieces)
    if line.align == "caption":
        _draw_pieces(canvas, line.pieces, line.x, y, line.size)
        _draw_pieces(canvas, line.tail[:1], 318, y, line.size)
        _draw_pieces(canvas, line.tail[1:], 334, y, line.size)
        return
    x = {"left": line.x, "center": line.x - width / 2, "right": line.x - width}[line.align]
    end = _draw_pieces(canvas, line.pieces, x, y, line.size)
    if line.tail:
        tail_w = sum(piece_width(p, line.size) for p in line.tail)
        dots = " ." * int((RIGHT - tail_w - end - 8) / stringWidth(" .", FONTS["R"], line.size))
        _draw_pieces(canvas, [(dots, "R")], end, y, line.size)
        _draw_pieces(canvas, line.tail, RIGHT - tail_w, y, line.size)


def _draw_notes(canvas: Canvas, page: PageLayout) -> None:
    if not page.notes:
        return
    first = SLOTS - len(page.notes)
    y_rule = LINE1_Y - (first - 1) * HALF - 3
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y_rule, LEFT + 144, y_rule)
    for i, line in enumerate(page.notes):
        _draw_pieces(canvas, line.pieces, line.x, LINE1_Y - (first + i) * HALF, line.size)


# ------------------------------------------------------------------ DOCX (the complaint)

FIXED_ZIP_TIME = (2026, 1, 12, 9, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>{notes}</w:footnotes>"
)


def write_docx(doc: SourceDoc, ctx: Context, path: Path) -> None:
    """Write the document as DOCX: Heading 1/2 styles, "1." paragraph prefixes, real footnotes."""
    import docx  # python-docx; only this script writes DOCX outside lawdiff/report
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    _docx_defaults(document, doc, Pt)
    renderer = Renderer(doc, ctx, label_segments(doc)[0])
    for text in ctx.case["court"]:
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(text).bold = True
    _docx_caption(document, doc, ctx.case)
    notes: list[tuple[str, str]] = []
    for block in doc.blocks:
        if block.kind == "heading":
            heading = document.add_heading(block.text, level=min(block.level, 2))
            if COUNT_RE.match(block.text) or block.level == 1:
                heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if block.kind == "directive":
            if block.text == "signature":
                for text in [
                    doc.meta["dated"],
                    "",
                    *ctx.case["firms"][doc.meta["firm"]]["signature"],
                ]:
                    document.add_paragraph(text)
            continue
        para = document.add_paragraph()
        if block.kind == "num":
            para.add_run(f"{block.key.removeprefix('¶ ')}.\t")
        _docx_runs(para, parse_inline(renderer.resolve(block.text)), notes)
    buffer = io.BytesIO()
    _docx_footnotes(document, notes, renderer)
    document.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))


def _docx_defaults(document: Any, doc: SourceDoc, pt: Any) -> None:
    from datetime import datetime

    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = pt(12)
    style.paragraph_format.line_spacing = 2.0
    props = document.core_properties
    props.title = doc.meta["title"]
    props.author = "lawdiff sample case (fictional)"
    props.last_modified_by = "lawdiff"
    props.revision = 1
    stamp = datetime.fromisoformat(doc.meta["filed"] + "T09:00:00")
    props.created = props.modified = stamp


def _docx_caption(document: Any, doc: SourceDoc, case: dict[str, Any]) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "\n".join(case["caption_left"])
    right.text = "\n".join(
        [
            f"Case No. {case['docket']}",
            "",
            doc.meta["title"],
            "",
            *doc.meta.get("caption_extra", []),
        ]
    )


def _docx_runs(para: Any, pieces: list[Piece], notes: list[tuple[str, str]]) -> None:
    from docx.oxml import parse_xml

    for text, style in pieces:
        if style == "FN":
            notes.append((text, ""))
            para._p.append(
                parse_xml(
                    f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{text}"/></w:r>'
                )
            )
            continue
        run = para.add_run(text)
        run.italic = "I" in style
        run.bold = "B" in style


def _docx_footnotes(document: Any, notes: list[tuple[str, str]], renderer: Renderer) -> None:
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    if not notes:
        return
    body = []
    for key, _ in notes:
        text = re.sub(r"\*+", "", renderer.resolve(renderer.doc.footnotes[key]))
        body.append(
            f'<w:footnote w:id="{key}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}'
            "</w:t></w:r></w:p></w:footnote>"
        )
    blob = FOOTNOTES_XML.format(notes="".join(body)).encode("utf-8")
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, blob, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the DOCX bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------ gold data


def expected_document(
    doc: SourceDoc, segments: list[Segment], layout: DocLayout, pdf: bool
) -> dict[str, Any]:
    """What a correct import and segmentation of this file gives."""
    meta = doc.meta
    rows = [_segment_row(seg, layout, pdf) for seg in segments]
    rows += [_note_row(doc, key, layout, pdf) for key in doc.footnotes]
    result: dict[str, Any] = {
        "title": meta["title"],
        "role": meta["role"],
        "motion_kind": meta.get("motion_kind", ""),
        "party": meta.get("party", ""),
        "docket": meta["docket"],
        "ecf_number": str(meta["ecf"]),
        "filed": meta["filed"],
        "pages": len(layout.pages) if pdf else None,
        "segments": rows,
    }
    counts = [s for s in segments if s.kind == "count"]
    if counts:
        result["counts"] = [_count_row(count, segments) for count in counts]
    result["claims"] = {s.label: s.claims for s in segments if s.claims}
    return result


def _segment_row(seg: Segment, layout: DocLayout, pdf: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"kind": seg.kind, "label": seg.label, "parent": seg.parent}
    if seg.kind != "paragraph":
        row |= {"heading": seg.heading, "printed": seg.printed, "level": seg.level}
    if seg.front_matter:
        row["front_matter"] = True
    if pdf:
        row |= {"page": seg.page, "line": seg.line, "end_page": seg.end_page}
    row["starts_with"] = _starts_with(layout, seg.label)
    return row


def _note_row(doc: SourceDoc, key: str, layout: DocLayout, pdf: bool) -> dict[str, Any]:
    label = f"n.{key}"
    row: dict[str, Any] = {"kind": "footnote", "label": label, "parent": None}
    for number, page in enumerate(layout.pages, start=1):
        for _, line in page.body:
            if key in line.notes:
                row["parent"] = line.section
                if pdf:
                    row["page"] = number
    row["starts_with"] = " ".join(re.sub(r"\*", "", doc.footnotes[key]).split()[:6])
    return row


def _starts_with(layout: DocLayout, label: str) -> str:
    words: list[str] = []
    for page in layout.pages:
        for _, line in page.body:
            if line.owner == label:
                words += plain([p for p in line.pieces if p[1] != "FN"]).split()
            if len(words) >= 8:
                return " ".join(words[:8])
    return " ".join(words[:8])


def _count_row(count: Segment, segments: list[Segment]) -> dict[str, Any]:
    paragraphs = [int(s.label[2:]) for s in segments if s.parent == count.label]
    return {
        "label": count.label,
        "heading": count.heading,
        "first_paragraph": min(paragraphs),
        "last_paragraph": max(paragraphs),
        "claims": count.claims,
    }


def gold_links(docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]]) -> list[dict[str, Any]]:
    """Outline links (``answers=`` attributes) and complaint → brief links from record cites."""
    links: list[dict[str, Any]] = []
    for name, (_, segments, layout) in docs.items():
        for seg in segments:
            for ref in seg.answers:
                target_doc, _, label = ref.partition("#")
                links.append(_link(target_doc, label, name + ".pdf", seg.label, "outline"))
        for cite in layout.cites:
            if cite.get("paragraphs") and cite["section"]:
                for number in cite["paragraphs"]:
                    link = _link(
                        cite["target_document"],
                        f"¶ {number}",
                        name + ".pdf",
                        cite["section"],
                        "record-cite",
                    )
                    if link not in links:
                        links.append(link)
    return links


def _link(source_doc: str, source: str, target_doc: str, target: str, basis: str) -> dict[str, Any]:
    return {
        "source_document": source_doc,
        "source": source,
        "target_document": target_doc,
        "target": target,
        "basis": basis,
    }


def record_cites(
    docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]],
) -> list[dict[str, Any]]:
    """Every record cite with the segment it must resolve to."""
    rows: list[dict[str, Any]] = []
    for name, (_, _, layout) in docs.items():
        for cite in layout.cites:
            row = {"document": name + ".pdf"} | cite
            if "label" in row:
                row["target"] = row.pop("label")
            else:
                row["target"] = f"¶ {cite['paragraphs'][0]}"
                row["page"] = None
            row.setdefault("paragraphs", [])
            rows.append(row)
    return rows


def check_cites(docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]]) -> None:
    """Fail loudly unless every page cite lands on the page that prints the cited heading."""
    for row in record_cites(docs):
        target = docs[row["target_document"].removesuffix(".pdf")]
        if row["page"] is None:
            continue
        segment = next(s for s in target[1] if s.label == row["target"])
        words = " ".join(plain(parse_inline(segment.heading)).split()[:4])
        if words not in target[2].page_text(row["page"]):
            raise SampleError(f"{row['document']}: {row['text']} does not show {segment.label}")


# ------------------------------------------------------------------ main


def build(out: Path, expected: Path | None) -> dict[str, Any]:
    """Render every source into ``out``; write the gold JSON to ``expected`` when given."""
    case = tomllib.loads((SRC / "case.toml").read_text(encoding="utf-8"))
    ctx = Context(case, {})
    docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]] = {}
    out.mkdir(parents=True, exist_ok=True)
    gold: dict[str, Any] = {"version": 1, "case": _case_row(case), "documents": {}}
    for path in sorted(SRC.glob("*.md")):
        doc = parse_source(path)
        doc.meta["docket"] = case["docket"]
        segments, anchors, layout = layout_document(doc, ctx)
        ctx.done[doc.name] = (doc, segments, anchors, layout)
        docs[doc.name] = (doc, segments, layout)
        draw_pdf(doc, layout, case, out / f"{doc.name}.pdf")
        gold["documents"][f"{doc.name}.pdf"] = expected_document(doc, segments, layout, True)
        if doc.meta.get("docx"):
            write_docx(doc, ctx, out / f"{doc.name}.docx")
            gold["documents"][f"{doc.name}.docx"] = expected_document(doc, segments, layout, False)
    check_cites(docs)
    gold["links"] = gold_links(docs)
    gold["record_cites"] = record_cites(docs)
    gold["unanswered"] = _unanswered(docs)
    gold["responses_answering_nothing"] = _answering_nothing(docs)
    if expected is not None:
        expected.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        expected.write_text(text, encoding="utf-8")
    return gold


def _case_row(case: dict[str, Any]) -> dict[str, Any]:
    return {
        "caption": case["short_caption"],
        "court": " ".join(case["court"]),
        "docket": case["docket"],
        "judge": case["judge"],
        "fictional": True,
    }


def _unanswered(
    docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]],
) -> list[dict[str, str]]:
    rows = []
    for name, (_, segments, _) in docs.items():
        rows += [
            {"document": name + ".pdf", "label": s.label, "heading": s.heading}
            for s in segments
            if s.unanswered
        ]
    return rows


def _answering_nothing(
    docs: dict[str, tuple[SourceDoc, list[Segment], DocLayout]],
) -> list[dict[str, str]]:
    rows = []
    for name, (doc, segments, _) in docs.items():
        if doc.meta["role"] not in {"opposition", "reply"}:
            continue
        rows += [
            {"document": name + ".pdf", "label": s.label, "heading": s.heading}
            for s in segments
            if "answers-nothing" in _attrs_of(doc, s.label)
        ]
    return rows


def _attrs_of(doc: SourceDoc, label: str) -> dict[str, str]:
    return next((b.attrs for b in doc.blocks if b.key == label), {})


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "data" / "sample")
    parser.add_argument(
        "--expected", type=Path, default=REPO / "tests" / "expected" / "sample.json"
    )
    args = parser.parse_args(argv)
    try:
        gold = build(args.out, args.expected)
    except SampleError as exc:
        print(f"make_sample: {exc}", file=sys.stderr)
        return 1
    for name, row in gold["documents"].items():
        print(f"{name}: {row['pages'] or '-'} pages, {len(row['segments'])} segments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
