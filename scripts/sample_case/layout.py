"""Layout: pleading-paper pages, lines and notes of a document, resolved record cites."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from sample_case.labels import label_segments
from sample_case.source import (
    ABBREVIATIONS,
    CITE_RE,
    ENUM_RE,
    NUMBER_RE,
    PAGE_CITE_RE,
    PARA_CITE_RE,
    Block,
    SampleError,
    Segment,
    SourceDoc,
)
from sample_case.text import (
    BODY_SIZE,
    FONTS,
    INDENT,
    LEFT,
    NOTE_SIZE,
    RIGHT,
    SLOTS,
    Piece,
    parse_inline,
    piece_width,
    plain,
    wrap,
)


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
