"""Blocks under construction and their conversion into :class:`SegmentDraft` s.

Text convention: a segment's ``span`` covers its content without its enumerator or label
("251." or "II.B." stays out, the label carries it), and its ``text`` is that span's text
with every run of whitespace that holds a line break replaced by one space and the ends
stripped; soft hyphens and hyphenated line ends are left as printed. A paragraph whose span
runs across footnote lines (a page break inside it) leaves those lines out of its ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lawdiff.core.model import SegmentDraft, SegmentKind
from lawdiff.core.text import DocumentText

LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")


def normalize_text(text: str) -> str:
    """Join lines: whitespace runs holding a newline become one space; ends are stripped."""
    return LINE_BREAK.sub(" ", text).strip()


@dataclass
class Block:
    """A segment being assembled: offsets are global into ``DocumentText.text``."""

    kind: SegmentKind
    label: str
    start: int  # first content character
    end: int  # just past the last content character
    parent: int | None = None
    level: int = 0
    heading: str = ""
    number: int = 0  # footnote number, or paragraph number for complaints
    page_index: int = 0
    minor: bool = False  # an unnumbered subheading a table of contents would not list
    holes: list[tuple[int, int]] = field(default_factory=list)  # footnote lines inside

    def extend_to(self, end: int) -> None:
        """Grow the block to end at ``end`` (never shrinks)."""
        self.end = max(self.end, end)


def block_text(doc: DocumentText, block: Block) -> str:
    """The block's normalised text, footnote lines inside it left out."""
    pieces: list[str] = []
    pos = block.start
    for hole_start, hole_end in sorted(block.holes):
        if hole_start >= block.end or hole_end <= pos:
            continue
        pieces.append(doc.text[pos:hole_start])
        pos = hole_end
    pieces.append(doc.text[pos : block.end])
    return normalize_text("\n".join(pieces))


def to_drafts(doc: DocumentText, blocks: list[Block]) -> tuple[SegmentDraft, ...]:
    """Drafts in document order; blocks without text are dropped and parents renumbered."""
    order = sorted(
        (i for i, b in enumerate(blocks) if b.end > b.start and doc.text[b.start : b.end].strip()),
        key=lambda i: (blocks[i].start, i),
    )
    new_index = {old: new for new, old in enumerate(order)}
    drafts: list[SegmentDraft] = []
    for old in order:
        block = blocks[old]
        parent = _surviving_parent(blocks, block.parent, new_index)
        text = block_text(doc, block)
        drafts.append(
            SegmentDraft(
                index=new_index[old],
                parent=parent,
                kind=block.kind,
                label=block.label,
                heading=block.heading,
                text=text,
                span=doc.span(block.start, block.end),
                level=block.level,
            )
        )
    return tuple(drafts)


def _surviving_parent(
    blocks: list[Block], parent: int | None, new_index: dict[int, int]
) -> int | None:
    while parent is not None and parent not in new_index:
        parent = blocks[parent].parent
    return None if parent is None else new_index[parent]
