"""Passes over the finished blocks for notes: footnotes under the paragraph that calls
them, and track-changes balloons cut out of the headings that carried them."""

from __future__ import annotations

import re

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block


def attach_footnotes(blocks: list[Block], text: str) -> None:
    """Put each numbered footnote under the nearest paragraph before it that calls it."""
    for block in blocks:
        if block.kind != SegmentKind.FOOTNOTE or not block.number:
            continue
        for form in (patterns.FOOTNOTE_CALL, patterns.FOOTNOTE_CALL_SPACED):
            caller = _caller(blocks, text, block, re.compile(form.format(number=block.number)))
            if caller is not None:
                block.parent = caller
                block.level = blocks[caller].level + 1
                break


def _caller(blocks: list[Block], text: str, note: Block, call: re.Pattern[str]) -> int | None:
    """The nearest paragraph before ``note`` whose text calls it."""
    for index in range(len(blocks) - 1, -1, -1):
        other = blocks[index]
        if other.kind != SegmentKind.PARAGRAPH or other.start >= note.start:
            continue
        if call.search(text[other.start : other.end]):
            return index
    return None


def cut_balloons_from_headings(blocks: list[Block], text: str) -> None:
    """Cut balloon text a heading or count line carried after a tab (kept as a note)."""
    for block in blocks:
        if block.kind not in (SegmentKind.HEADING, SegmentKind.COUNT):
            continue
        offset = block.start
        for row in text[block.start : block.end].split("\n"):
            balloon = patterns.BALLOON.search(row)
            if balloon is not None and balloon.start() > 0:
                block.holes.append((offset + balloon.start(), offset + len(row)))
            offset += len(row) + 1
        title = patterns.BALLOON_TAIL.sub("", block.heading)
        if title != block.heading:
            if block.label == block.heading.upper().rstrip(" .:"):
                block.label = title.upper().rstrip(" .:")
            block.heading = title
