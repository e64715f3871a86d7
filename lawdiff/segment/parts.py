"""Documents bundled in one file: a notice of motion and its memorandum, a declaration,
a proposed order, exhibits. Each becomes a :class:`~lawdiff.core.model.Part` with its
title and role; nothing is dropped, and a part that is not argument is marked as such.

Two kinds of boundary are read from the segments already found:

* a later document after its own caption, which the walker made a top-level heading
  (its offsets are passed in as ``part_starts``);
* a notice of motion without a caption of its own, at the head of a brief: it runs from
  the first segment to the first top-level heading that is not one of the notice's own
  ("NOTICE OF MOTION AND MOTION", "TO ALL PARTIES …", "RELIEF SOUGHT"), where the
  memorandum starts.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawdiff.core.model import FilingMeta, Part, Role, SegmentDraft, SegmentKind
from lawdiff.segment import patterns

BRIEF_ROLES = frozenset({Role.MOTION, Role.OPPOSITION, Role.REPLY})
NOTICE_TITLE = "NOTICE OF MOTION"
MEMORANDUM_TITLE = "MEMORANDUM OF POINTS AND AUTHORITIES"
NOTICE_LOOKAHEAD = 6  # top-level segments searched for "PLEASE TAKE NOTICE"


def role_of_title(title: str, filing_role: Role) -> tuple[Role, bool]:
    """The role of a bundled document from its title, and whether it is argument."""
    upper = " ".join(title.upper().split())
    if patterns.NOTICE_OF_MOTION.search(upper):
        return Role.MOTION, False
    if "MEMORANDUM" in upper:
        return (filing_role if filing_role in BRIEF_ROLES else Role.MOTION), True
    if "ORDER" in upper.split() or upper.startswith(("[PROPOSED]", "PROPOSED")):
        return Role.ORDER, False
    return Role.OTHER, False  # a declaration, an affidavit, an exhibit


def find_parts(
    segments: Sequence[SegmentDraft], meta: FilingMeta, part_starts: Sequence[int]
) -> tuple[Part, ...]:
    """The bundled documents of a file, in order; () for a file of one document."""
    starts = set(part_starts)
    later = [s for s in segments if s.parent is None and s.span.start in starts]
    heads = _notice_and_memorandum(segments, meta, starts)
    if not heads and not later:
        return ()
    if not heads:
        heads = [(meta.title or meta.role.value.upper(), meta.role, 0, _argues(meta.role))]
    for segment in later:
        role, argument = role_of_title(segment.heading or segment.label, meta.role)
        heads.append((segment.heading or segment.label, role, segment.index, argument))
    return _with_pages(heads, segments)


def _argues(role: Role) -> bool:
    return role in BRIEF_ROLES or role == Role.COMPLAINT


def _notice_and_memorandum(
    segments: Sequence[SegmentDraft], meta: FilingMeta, starts: set[int]
) -> list[tuple[str, Role, int, bool]]:
    """The notice and memorandum parts of a brief that opens with a notice of motion."""
    tops = [s for s in segments if s.parent is None and s.span.start not in starts]
    if meta.role not in BRIEF_ROLES or not tops or not _opens_with_notice(tops, meta):
        return []
    memo = next(
        (
            s
            for s in tops[1:]
            if s.kind == SegmentKind.HEADING
            and not patterns.NOTICE_HEADING.match(s.heading or s.label)
        ),
        None,
    )
    if memo is None:
        return []
    heading = (memo.heading or memo.label).upper()
    title = heading if heading.startswith("MEMORANDUM") else MEMORANDUM_TITLE
    memo_role = meta.role if meta.role in BRIEF_ROLES else Role.MOTION
    return [(NOTICE_TITLE, Role.MOTION, tops[0].index, False), (title, memo_role, memo.index, True)]


def _opens_with_notice(tops: Sequence[SegmentDraft], meta: FilingMeta) -> bool:
    """A brief titled as a notice of motion, or whose first segments open one ("PLEASE
    TAKE NOTICE that …", "TO ALL PARTIES …", a heading "NOTICE OF MOTION AND MOTION")."""
    if patterns.NOTICE_OF_MOTION.search(meta.title):
        return True
    for segment in tops[:NOTICE_LOOKAHEAD]:
        text = segment.heading if segment.kind == SegmentKind.HEADING else segment.text
        if patterns.NOTICE_OF_MOTION.match(text) or patterns.NOTICE_HEADING.match(text):
            return True
    return False


def _with_pages(
    heads: list[tuple[str, Role, int, bool]], segments: Sequence[SegmentDraft]
) -> tuple[Part, ...]:
    """Parts with their pages: to the page before the next part starts, or the end."""
    heads[0] = (heads[0][0], heads[0][1], 0, heads[0][3])  # nothing before the first part
    last_page = max((s.span.end_page for s in segments), default=1)
    parts: list[Part] = []
    for number, (title, role, first, argument) in enumerate(heads):
        first_page = segments[first].span.start_page
        following = heads[number + 1][2] if number + 1 < len(heads) else None
        end_page = segments[following].span.start_page - 1 if following else last_page
        parts.append(Part(title, role, first, first_page, max(end_page, first_page), argument))
    return tuple(parts)


def part_warnings(parts: Sequence[Part]) -> list[str]:
    """A note per part that is kept but is not argument."""
    notes = []
    for part in parts:
        if part.argument:
            continue
        pages = (
            f"page {part.first_page}"
            if part.first_page == part.last_page
            else f"pages {part.first_page}–{part.last_page}"
        )
        notes.append(
            f"{pages}: {part.title} ({part.role.value}), kept as a part that is not argument"
        )
    return notes
