"""Labels and outline of a parsed source: numbered paragraphs, headings, counts."""

from __future__ import annotations

from sample_case.source import COUNT_RE, ENUM_RE, Block, Segment, SourceDoc, _csv


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
