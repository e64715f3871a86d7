"""Parts of a filing that are not argument: caption, tables, signature blocks, certificates."""

from __future__ import annotations

from dataclasses import dataclass

from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine

# How far into the document the tables of contents and authorities may start.
FRONT_SHARE = 0.4
# A table ends once this many non-blank lines pass without a dot leader.
TABLE_GAP = 12
# A line (digits alike) on this share of pages, and at least this many, is a running header.
RUNNING_SHARE = 0.5
RUNNING_MIN_PAGES = 3
RUNNING_MIN_CHARS = 12


@dataclass(frozen=True)
class Regions:
    """Where the body starts, which body lines to skip, and the table-of-contents lines."""

    body_start: int
    skipped: frozenset[int]
    toc_lines: tuple[TextLine, ...]


def find_regions(lines: list[TextLine]) -> Regions:
    """Locate the caption and tables (front), and signature blocks and certificates (back)."""
    toc_lines: tuple[TextLine, ...] = ()
    search_from = 0
    table = _table_range(lines)
    if table is not None:
        first, last = table
        toc_lines = _toc_part(lines[first : last + 1])
        search_from = last + 1
    body_start = _first_body_line(lines, search_from)
    skipped = _back_matter(lines, body_start) | _running_lines(lines)
    return Regions(body_start, frozenset(skipped), toc_lines)


def _running_lines(lines: list[TextLine]) -> set[int]:
    """Running headers and footers ingest left behind: a line repeated on many pages.

    Digits are treated alike ("- 12 -" and "- 13 -"), spacing and case ignored.
    """
    pages: dict[str, set[int]] = {}
    for line in lines:
        key = _running_key(line.text)
        if len(key) >= RUNNING_MIN_CHARS:
            pages.setdefault(key, set()).add(line.page_index)
    page_count = len({line.page_index for line in lines})
    needed = max(RUNNING_MIN_PAGES, int(page_count * RUNNING_SHARE))
    repeated = {key for key, seen in pages.items() if len(seen) >= needed}
    return {line.index for line in lines if _running_key(line.text) in repeated}


def _running_key(text: str) -> str:
    return patterns.DIGITS.sub("#", "".join(text.split()).lower())


def _table_range(lines: list[TextLine]) -> tuple[int, int] | None:
    """First and last line index of the tables of contents / authorities, when present."""
    limit = int(len(lines) * FRONT_SHARE) + 1
    first = next(
        (
            line.index
            for line in lines[:limit]
            if patterns.TOC_TITLE.match(line.text) or patterns.TOA_TITLE.match(line.text)
        ),
        None,
    )
    if first is None:
        return None
    last, gap = first, 0
    for line in lines[first + 1 :]:
        if line.blank:
            continue
        if patterns.LEADER_DOTS.search(line.text) or patterns.TOA_TITLE.match(line.text):
            last, gap = line.index, 0
            continue
        gap += 1
        if gap > TABLE_GAP:
            break
    return first, last


def _toc_part(table: list[TextLine]) -> tuple[TextLine, ...]:
    """The table-of-contents lines of the front tables (up to the table of authorities)."""
    if not table or not patterns.TOC_TITLE.match(table[0].text):
        return ()
    out: list[TextLine] = []
    for line in table[1:]:
        if patterns.TOA_TITLE.match(line.text):
            break
        out.append(line)
    return tuple(out)


def _first_body_line(lines: list[TextLine], search_from: int) -> int:
    """Index of the first line that starts the body: a known heading, "I.", "1." or a count."""
    for line in lines[search_from:]:
        text = line.text
        known = patterns.KNOWN_HEADING.match(text) and not patterns.JURY_DEMAND.search(text)
        if known or patterns.COUNT_ORDINAL.match(text):
            return line.index
        para = patterns.PARAGRAPH_START.match(text)
        if para and para.group("num") == "1" and not patterns.LEADER_DOTS.search(text):
            return line.index
        enum = patterns.ENUMERATOR_START.match(text)
        if enum and enum.group("enum") in {"I.", "A."} and not patterns.LEADER_DOTS.search(text):
            return line.index
    return search_from


def _back_matter(lines: list[TextLine], body_start: int) -> set[int]:
    """Line indexes of signature blocks (up to the next known heading) and certificates."""
    skipped: set[int] = set()
    skipping = False
    for line in lines[body_start:]:
        text = line.text
        if patterns.CERTIFICATE_START.match(text):
            skipped.update(range(line.index, len(lines)))
            break
        if patterns.SIGNATURE_START.match(text):
            skipping = True
        elif skipping and (
            patterns.KNOWN_HEADING.match(text)
            or patterns.COUNT_NUMBERED.match(text)
            or patterns.COUNT_ORDINAL.match(text)
        ):
            skipping = False
        if skipping:
            skipped.add(line.index)
    return skipped
