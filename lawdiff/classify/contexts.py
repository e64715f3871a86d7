"""Where a claim is mentioned rather than argued: the taxonomy's ``[mentions]`` and
``[[context]]`` tables (documented at the top of ``resources/taxonomy.toml``).

* ``[mentions] unless`` — cues of text in which no type's cues count: a case caption such as
  "In re High-Tech Employee Antitrust Litigation", a record cite's description of another filing
  ("Dkt. 67-4 (Vogt summary judgment denial)"). Such text is blanked before any cue is matched.
* ``[[context]]`` — kinds of section, opened by a heading, in which only some groups are argued:
  a legal-standard section states the standard of the motion (a procedural issue) and cites
  cases of every kind; the substantive claims it names there are mentions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lawdiff.classify.cues import Cue, CueSyntaxError, compile_cue, fold
from lawdiff.core.errors import KnownError

_CONTEXT_KEYS = frozenset({"name", "headings", "keep"})


@dataclass(frozen=True)
class SectionContext:
    """A kind of section whose segments argue only some groups of claims.

    Attributes:
        name: what the section is ("legal standard").
        headings: cues one of which a heading's text must start with to open such a section.
        keep: the groups whose tags its segments keep; other groups' tags there are mentions.
    """

    name: str
    headings: tuple[Cue, ...]
    keep: frozenset[str]

    def opens(self, heading: str) -> bool:
        """Whether a heading (its text, without its number) opens such a section."""
        folded = fold(heading.strip())
        lowered = folded.lower()
        return any(
            cue.pattern.match(lowered if cue.lower else folded) is not None for cue in self.headings
        )


def parse_mentions(data: Mapping[str, Any], path: Path) -> tuple[Cue, ...]:
    """The compiled ``[mentions] unless`` cues.

    Raises:
        KnownError: the table or a cue is malformed (naming the file).
    """
    table = data.get("mentions", {})
    if not isinstance(table, dict) or set(table) - {"unless"}:
        raise KnownError("[mentions] must be a table with one key, 'unless'", path)
    return tuple(_cue(text, "[mentions] unless", path) for text in _strings(table, "unless", path))


def parse_contexts(
    data: Mapping[str, Any], groups: set[str], path: Path
) -> tuple[SectionContext, ...]:
    """The compiled ``[[context]]`` entries.

    Raises:
        KnownError: an entry is malformed or keeps a group no type has (naming the file).
    """
    entries = data.get("context", [])
    if not isinstance(entries, list):
        raise KnownError("[[context]] entries must be tables", path)
    return tuple(_context(entry, number + 1, groups, path) for number, entry in enumerate(entries))


def _context(entry: object, number: int, groups: set[str], path: Path) -> SectionContext:
    where = f"[[context]] entry {number}"
    if not isinstance(entry, dict) or set(entry) - _CONTEXT_KEYS:
        raise KnownError(f"{where}: give only {', '.join(sorted(_CONTEXT_KEYS))}", path)
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise KnownError(f"{where}: 'name' is missing or empty", path)
    headings = tuple(
        _cue(text, f"{where}, headings", path) for text in _strings(entry, "headings", path)
    )
    if not headings:
        raise KnownError(f"{where}: give at least one heading cue", path)
    keep = _strings(entry, "keep", path)
    unknown = sorted(set(keep) - groups)
    if unknown:
        raise KnownError(f"{where}: keep names unknown group(s) {', '.join(unknown)}", path)
    return SectionContext(name.strip(), headings, frozenset(keep))


def _strings(table: Mapping[str, Any], key: str, path: Path) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnownError(f"'{key}' must be a list of strings", path)
    return value


def _cue(text: str, where: str, path: Path) -> Cue:
    try:
        return compile_cue(text, "", 0.0)
    except CueSyntaxError as exc:
        raise KnownError(f"{where}: cue {text!r}: {exc}", path) from exc
