"""Small fictional filings for unit tests: a plain-text brief's outline, an order's segments."""

from __future__ import annotations

import textwrap
from dataclasses import replace

from lawdiff.core.ids import DocumentId, LinkId, SegmentId
from lawdiff.core.model import (
    DocumentInfo,
    Filing,
    FilingMeta,
    LinkInfo,
    LinkStatus,
    Origin,
    Page,
    Relation,
    Role,
    SegmentDraft,
    SegmentInfo,
    SegmentKind,
)
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing


def headings(text: str, role: Role = Role.MOTION) -> list[SegmentDraft]:
    """The heading segments lawdiff finds in ``text`` imported as a one-page text filing."""
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=role))
    return [s for s in segment_filing(filing).segments if s.kind == SegmentKind.HEADING]


# a body paragraph that no rule reads as a heading, for briefs built of headings alone
BODY = textwrap.fill(
    "The moving party bears the burden of showing that no genuine dispute of material fact "
    "exists, and the court views the record in the light most favorable to the other side. "
    "Plaintiff cannot meet that burden here, because the contract it relies on was never "
    "signed by both parties and the statute of frauds bars its enforcement.",
    72,
)


def brief(*parts: str) -> str:
    """A plain-text brief: each part on its own, a paragraph of body text after each heading."""
    return "\n\n".join(f"{part}\n\n{BODY}" for part in parts) + "\n"


def outline(text: str, role: Role = Role.MOTION) -> list[tuple[str, str, int]]:
    """The (label, heading, level) of each heading lawdiff finds in ``text``."""
    return [(s.label, s.heading, s.level) for s in headings(text, role)]


def nested_outline(pages: tuple[Page, ...], name: str) -> list[tuple[str, str, int]]:
    """(heading, parent heading, level) of each heading lawdiff finds in a motion's ``pages``."""
    filing = Filing(name, "0" * 64, "text", pages, FilingMeta(role=Role.MOTION))
    segments = segment_filing(filing).segments
    by_index = {s.index: s for s in segments}
    return [
        (s.heading, by_index[s.parent].heading if s.parent is not None else "", s.level)
        for s in segments
        if s.kind == SegmentKind.HEADING
    ]


def segment_info(
    number: int,
    heading: str = "",
    text: str = "",
    *,
    parent: int | None = None,
    document: int = 1,
    kind: SegmentKind | None = None,
) -> SegmentInfo:
    """A stored segment on page 1: a heading when it has one (its text the heading unless
    given), else a paragraph; ``parent`` and ``document`` by number."""
    return SegmentInfo(
        SegmentId(number),
        DocumentId(document),
        SegmentId(parent) if parent else None,
        kind or (SegmentKind.HEADING if heading else SegmentKind.PARAGRAPH),
        str(number),
        heading,
        text or heading,
        number,
        1,
        1,
        1,
        1,
        1,
    )


def order_sections(*sections: tuple[str, str]) -> list[SegmentInfo]:
    """An order of (heading, text) sections, numbered from 1: each heading with its text as a
    paragraph below it; an empty heading is a paragraph at the top."""
    segments: list[SegmentInfo] = []
    for heading, text in sections:
        number = len(segments) + 1
        if not heading:
            segments.append(segment_info(number, "", text))
            continue
        segments.append(segment_info(number, heading, heading, kind=SegmentKind.HEADING))
        segments.append(segment_info(number + 1, "", text, parent=number))
    return segments


def document_info(number: int, role: Role, title: str, party: str = "") -> DocumentInfo:
    """A stored text document with its title and role (and the filing party, when given)."""
    return DocumentInfo(
        DocumentId(number), title, role, "", party, "", "", "", "text", 1, (), caption=""
    )


def accepted_link(source: SegmentInfo, target: int) -> LinkInfo:
    """An accepted link from ``source`` to the segment numbered ``target`` (an order's section
    answering a brief's argument, say)."""
    return LinkInfo(
        LinkId(1),
        source.id,
        SegmentId(target),
        Relation.RESPONDS_GENERALLY,
        0.9,
        LinkStatus.ACCEPTED,
        Origin.AUTO,
        (),
    )


def typeset_filing(text: str, role: Role = Role.MOTION) -> Filing:
    """A one-page filing with typography hints, as a PDF import gives them: a line may open
    with marks that are taken off its text: ``>`` per 36 points of indent, ``*`` for bold
    ("*>C. The Claim Fails" is bold and indented 36 points)."""
    texts: list[str] = []
    marks: list[tuple[bool, float]] = []
    for raw in text.split("\n"):
        bold = raw.startswith("*")
        rest = raw.removeprefix("*")
        depth = len(rest) - len(rest.lstrip(">"))
        texts.append(rest[depth:])
        marks.append((bold, 36.0 * depth))
    joined = "\n".join(texts)
    lines = tuple(
        replace(line, bold=bold, indent=indent)
        for line, (bold, indent) in zip(lines_of(joined), marks, strict=True)
    )
    page = Page(1, joined, lines)
    return Filing("x.pdf", "0" * 64, "pdf", (page,), FilingMeta(role=role))


def typeset_outline(text: str, role: Role = Role.MOTION) -> list[tuple[str, str, int]]:
    """The (label, heading, level) of each heading lawdiff finds in ``typeset_filing(text)``."""
    segments = segment_filing(typeset_filing(text, role)).segments
    return [(s.label, s.heading, s.level) for s in segments if s.kind == SegmentKind.HEADING]


def numbered_paragraphs(caption: str, *blocks: str, foot: str = "") -> str:
    """A filing of ``caption`` then ``blocks`` where each ``"P"`` is a numbered paragraph of
    ``BODY`` (numbered 1, 2, … straight through) and any other block stands as written."""
    number = 0
    out = []
    for block in blocks:
        if block == "P":
            number += 1
            out.append(f"{number}. {BODY}")
        else:
            out.append(block)
    return caption + "\n\n".join(out) + "\n" + (f"\n{foot}\n" if foot else "")


def text_pages(*texts: str) -> list[Page]:
    """A plain-text filing whose pages are ``texts``, one each."""
    return [Page(n, text, lines_of(text)) for n, text in enumerate(texts, start=1)]


def captioned(court: str, parties: str, title: str) -> list[Page]:
    """A one-page filing: the court, the parties, then ``title`` over a short introduction."""
    text = f"{court}\n\n{parties}\n\n{title}\n\nINTRODUCTION\n\nThe Court should rule.\n"
    return text_pages(text)
