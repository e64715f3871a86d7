"""Read a table of contents and compare it with the outline found in the body."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine
from lawdiff.segment.outline import OutlineTracker

# Titles this similar (difflib ratio over letters) count as the same heading.
SAME_TITLE = 0.8
# A title this long (letters and digits) that starts the other side's title is the same one.
MIN_PREFIX = 12
# An unnumbered entry indented this many points deeper than the one above it is its child.
NEST_INDENT = 18.0
# A page number ending a table line that has no leader (a rule's or section's number is none).
BARE_PAGE = re.compile(r"(?<!Rule)(?<!§)(?<!No\.)(?<!Section)(?<!Article)\s+\d{1,3}$")


@dataclass(frozen=True)
class TocEntry:
    """One heading listed in the table of contents."""

    label: str  # the label the body heading must carry ("I.A", "ARGUMENT")
    parent: str  # the parent heading's label, "" at the top
    title: str  # the heading text without enumerator and page number
    enum: str = ""  # the enumerator as printed ("A."), "" for an unnumbered entry


def letters_key(text: str) -> str:
    """``text`` reduced to lower-case letters and digits, for loose comparison."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def parse_toc(lines: Sequence[TextLine]) -> tuple[TocEntry, ...]:
    """The entries of a table of contents, with outline labels built like the body's.

    An unnumbered entry set deeper than the unnumbered entry above it (a PDF's indent) is
    that entry's child: a brief whose word processor dropped the printed letters of its
    sub-points still shows their level by the indent.
    """
    entries: list[TocEntry] = []
    tracker = OutlineTracker()
    top = ""
    parents: list[str] = []
    unnumbered: list[tuple[float, str]] = []  # (indent, label) of the open unnumbered entries
    for raw, indent in _entry_texts(lines):
        enum = patterns.ENUMERATOR_START.match(raw)
        depth = tracker.accept(enum.group("enum")) if enum else None
        if enum is None or depth is None:
            title = raw.strip()
            tracker.reset()
            parents = []
            if patterns.TOA_TITLE.match(title) or patterns.TOC_TITLE.match(title):
                top, unnumbered = "", []  # the table of authorities listed in the contents
                continue
            while unnumbered and unnumbered[-1][0] + NEST_INDENT > indent:
                unnumbered.pop()
            top = title.upper().rstrip(".:")
            entries.append(TocEntry(top, unnumbered[-1][1] if unnumbered else "", title))
            unnumbered.append((indent, top))
            continue
        label = ".".join(tracker.path)
        del parents[depth - 1 :]
        parent = parents[-1] if parents else top
        parents.append(label)
        entries.append(TocEntry(label, parent, enum.group("title").strip(), enum.group("enum")))
    return tuple(entries)


def _entry_texts(lines: Sequence[TextLine]) -> list[tuple[str, float]]:
    """Entry texts and the indent of their first line: wrapped lines joined up to the one
    carrying the dot leader and page. A line ending in a bare page number ("iv. Obesity 25")
    is a whole entry when the next line opens another with its enumerator, and so are the
    lines above a page number set alone on its line."""
    texts: list[tuple[str, float]] = []
    pending: list[str] = []
    indent = 0.0
    for line in lines:
        text = line.stripped
        if pending and text.isdigit():  # the entry's page number, set on a line of its own
            texts.append((" ".join(p for p in pending if p), indent))
            pending = []
            continue
        if not text or re.fullmatch(r"(?i)page\(?s?\)?|[ivxlc\d]+", text):
            continue
        if pending and patterns.ENUMERATOR_START.match(text):
            bare = BARE_PAGE.search(pending[-1])
            if bare is not None:
                pending[-1] = pending[-1][: bare.start()]
                texts.append((" ".join(p for p in pending if p), indent))
                pending = []
        if not pending:
            indent = line.hint.indent
        leader = patterns.LEADER.search(text)
        if leader and patterns.LEADER_DOTS.search(text):
            pending.append(text[: leader.start()].strip())
            texts.append((" ".join(p for p in pending if p), indent))
            pending = []
        else:
            pending.append(text)
    if len(pending) == 1 and patterns.UNPAGED_ENTRY.match(pending[0]):
        texts.append((pending[0], indent))  # the last entry, paged on its own ("ADDENDUM")
    return [(t, at) for t, at in texts if t]


def compare_toc(toc: Sequence[TocEntry], found: Sequence[tuple[str, str, str]]) -> list[str]:
    """Warnings where the body's headings and the table of contents disagree.

    Args:
        toc: the parsed table of contents.
        found: (label, parent label, title) of each heading found in the body, in order.

    Returns:
        One warning per heading missing on either side or worded differently. A heading
        found under another label or parent (the contents number "I. INTRODUCTION", the body
        prints "INTRODUCTION") is matched by its title and not reported missing.
    """
    warnings: list[str] = []
    body = {key: found[pos][2] for key, pos in _keyed((lab, par) for lab, par, _ in found)}
    listed = {key for key, _ in _keyed((e.label, e.parent) for e in toc)}
    body_titles = [title for _, _, title in found]
    toc_titles = [entry.title for entry in toc]
    for (key, _), entry in zip(_keyed((e.label, e.parent) for e in toc), toc, strict=True):
        title = body.get(key)
        where = _where(entry.label, entry.parent)
        if title is None:
            if not titled(entry.title, body_titles):
                warnings.append(
                    f"the table of contents lists {where} but the body has no such heading"
                )
        elif _differs(title, entry.title):
            warnings.append(
                f"heading {where} reads {title!r} in the body but {entry.title!r} "
                "in the table of contents"
            )
    # a table listing two levels says nothing of the third: only its levels are checked
    deepest = max(_depths([(e.label, e.parent) for e in toc]), default=0)
    depths = _depths([(label, parent) for label, parent, _ in found])
    for key, pos in _keyed((label, parent) for label, parent, _ in found):
        if depths[pos] > deepest:
            continue
        if key not in listed and not titled(found[pos][2], toc_titles):
            warnings.append(f"heading {_where(key[0], key[1])} is not in the table of contents")
    return warnings


def _depths(pairs: Sequence[tuple[str, str]]) -> list[int]:
    """Outline depth of each (label, parent) in order, 1 at the top; a parent is the
    latest earlier heading with its label."""
    latest: dict[str, int] = {}
    out = []
    for label, parent in pairs:
        depth = latest.get(parent, 0) + 1 if parent else 1
        latest[label] = depth
        out.append(depth)
    return out


def _keyed(pairs: Iterable[tuple[str, str]]) -> list[tuple[tuple[str, str, int], int]]:
    """(label, parent, n-th occurrence) keys, so repeated labels ("I" twice) stay apart."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for position, pair in enumerate(pairs):
        seen[pair] = seen.get(pair, 0) + 1
        out.append(((pair[0], pair[1], seen[pair]), position))
    return out


def _where(label: str, parent: str) -> str:
    return f"{label} (under {parent})" if parent else label


def titled(title: str, others: Sequence[str]) -> bool:
    """Whether a heading of this title is among ``others`` (prefixes count: a wrapped
    heading may be cut short on one side)."""
    key = letters_key(title)
    if not key:
        return False
    for other in others:
        other_key = letters_key(other)
        if not other_key:
            continue
        shorter, longer = sorted((key, other_key), key=len)
        if len(shorter) >= MIN_PREFIX and longer.startswith(shorter):
            return True
        if not _differs(title, other):
            return True
    return False


def same_title_likeness(body_key: str, toc_key: str) -> float:
    """How alike two titles are (0 to 1) by their :func:`letters_key` s, when alike enough
    to be the same heading (at least :data:`SAME_TITLE`); 0 when they are not."""
    matcher = difflib.SequenceMatcher(None, body_key, toc_key)
    if matcher.real_quick_ratio() < SAME_TITLE or matcher.quick_ratio() < SAME_TITLE:
        return 0.0  # the cheap upper bounds already rule it out
    ratio = matcher.ratio()
    return ratio if ratio >= SAME_TITLE else 0.0


def _differs(body: str, toc: str) -> bool:
    return difflib.SequenceMatcher(None, letters_key(body), letters_key(toc)).ratio() < SAME_TITLE
