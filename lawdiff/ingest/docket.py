"""Whole dockets: folders expanded, files put in docket order, each import's outcome named.

RECAP names files ``gov.uscourts.<court>.<case>.<doc>.<attachment>.pdf`` (PACER's docket
entry and attachment numbers); court staff and firms write ``dkt220_…`` or ``dkt167-1_…``.
Files are imported in docket order: by docket number (entry, then attachment) from the
name or else from the ECF stamp ("Document 167-1"), then files with only a filing date
("Filed 01/12/21") by date, then the rest by name. The caller reads the files (see
:mod:`lawdiff.ingest.docket_read`) and imports each (the workspace does; this module knows
nothing of cases), and gets one :class:`FileOutcome` per file, under one progress bar.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Changes, FileOutcome, FilingMeta
from lawdiff.core.progress import Cancelled, Progress

IMPORTABLE = frozenset({".pdf", ".docx", ".docm", ".txt", ".md", ".markdown", ".json"})
_RECAP = re.compile(
    r"^gov\.uscourts\.(?P<court>[a-z0-9]+)\.(?P<case>\d+)\.(?P<doc>\d+)\.(?P<att>\d+)(?:_\d+)?\.pdf$",
    re.IGNORECASE,
)
_DKT = re.compile(
    r"(?:^|[^a-z])(?:dkt|doc|ecf)[ _.#-]*(?P<doc>\d+)(?:-(?P<att>\d+))?", re.IGNORECASE
)
_ECF = re.compile(r"(?P<doc>\d+)(?:-(?P<att>\d+))?")  # the ECF stamp's "167-1"


@dataclass(frozen=True)
class RecapName:
    """What a RECAP file name says: court, PACER case id, docket entry and attachment."""

    court: str
    case: str
    entry: int
    attachment: int


def recap_name(name: str) -> RecapName | None:
    """The parts of a RECAP file name (``gov.uscourts.cand.300924.163.0.pdf``), if it is one."""
    match = _RECAP.match(name)
    if match is None:
        return None
    return RecapName(match["court"].lower(), match["case"], int(match["doc"]), int(match["att"]))


def docket_number(name: str) -> tuple[int, int] | None:
    """(entry, attachment) a file name gives: RECAP names, ``dkt220``, ``dkt167-1``."""
    recap = recap_name(name)
    if recap is not None:
        return recap.entry, recap.attachment
    match = _DKT.search(name)
    if match is None:
        return None
    return int(match["doc"]), int(match["att"] or 0)


class Place(NamedTuple):
    """Where a file goes in docket order, and by what it was placed there."""

    key: tuple[int, int, int, str, str]
    by: str  # "docket number 167-1", "filed 2021-01-12" or "name"


def _ecf_number(text: str) -> tuple[int, int] | None:
    match = _ECF.fullmatch(text.strip())
    return (int(match["doc"]), int(match["att"] or 0)) if match else None


def docket_place(name: str, meta: FilingMeta | None = None) -> Place:
    """A file's place: by docket number (its name, else the ECF stamp's "Document 167-1"),
    else by filing date (the stamp's "Filed 01/12/21"), else by name."""
    number = docket_number(name) or (_ecf_number(meta.ecf_number) if meta else None)
    if number is not None:
        entry, attachment = number
        said = f"{entry}-{attachment}" if attachment else str(entry)
        return Place((0, entry, attachment, "", name.lower()), f"docket number {said}")
    if meta is not None and meta.filed:
        return Place((1, 0, 0, meta.filed, name.lower()), f"filed {meta.filed}")
    return Place((2, 0, 0, "", name.lower()), "name")


def docket_order(
    paths: Iterable[Path], metas: Mapping[Path, FilingMeta] | None = None
) -> list[Path]:
    """Files by docket number (entry, then attachment), then those with only a filing date
    by date, then the rest by name. ``metas`` are what reading the files found (ECF stamps)."""
    known = metas or {}
    return sorted(paths, key=lambda path: docket_place(path.name, known.get(path)).key)


def expand_inputs(paths: Sequence[str | Path]) -> list[Path]:
    """Files named and the importable files inside folders named (not hidden, recursive),
    each once, in docket order.

    Raises:
        KnownError: a folder holds no file lawdiff can import.
    """
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in IMPORTABLE
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            if not inside:
                raise KnownError("is a folder with no PDF, DOCX, text or JSON file to import", path)
            found.update(dict.fromkeys(inside))
        else:
            found[path] = None
    return docket_order(found)


def scaled_progress(progress: Progress, index: int, count: int, name: str) -> Progress:
    """One file's progress as a share of the whole docket's bar."""

    def report(done: int, total: int, message: str) -> None:
        share = (index + (done / total if total else 1.0)) / count
        progress(round(share * 1000), 1000, f"{name} ({index + 1} of {count}): {message}")

    return report


class DocketStore:
    """Files stored in docket order, each as soon as its place and those before it are
    certain, while the others are still being read.

    A file whose name gives its docket number has its place before it is read; any other
    file's place needs what reading it found (its ECF stamp). Once all of those are read,
    every file read is stored in docket order as soon as the files before it are.
    ``store_one`` stores one file (one transaction) and returns what changed, or raises
    :class:`KnownError` to refuse it; each file gets a :class:`FileOutcome`.
    """

    def __init__(self, paths: Sequence[Path], store_one: Callable[[Path], Changes]) -> None:
        self.store_one = store_one
        self.places = {path: docket_place(path.name) for path in paths}
        self.unplaced = {path for path in paths if docket_number(path.name) is None}
        self.ready: set[Path] = set()
        self.order: list[Path] = []
        self.outcomes: list[FileOutcome] = []

    def reading_order(self) -> list[Path]:
        """The files whose places need reading first (by name), then the rest in docket
        order: so that storing can start early and follow the reading."""
        first = sorted(self.unplaced, key=lambda path: self.places[path].key)
        rest = sorted(set(self.places) - self.unplaced, key=lambda path: self.places[path].key)
        return first + rest

    def read(self, path: Path, meta: FilingMeta | None = None) -> None:
        """``path`` was read (``meta``: what it says of itself); store what now can be.

        Raises:
            Cancelled: from ``store_one``; the files stored so far stay.
        """
        self.places[path] = docket_place(path.name, meta)
        self.unplaced.discard(path)
        self.ready.add(path)
        if self.unplaced:
            return
        if not self.order:
            self.order = sorted(self.places, key=lambda path: self.places[path].key)
        while len(self.outcomes) < len(self.order) and self.order[len(self.outcomes)] in self.ready:
            self.outcomes.append(self._store(self.order[len(self.outcomes)]))

    def _store(self, path: Path) -> FileOutcome:
        order = self.places[path].by
        try:
            changes = self.store_one(path)
        except Cancelled:
            raise
        except KnownError as error:
            return FileOutcome(path, "refused", error.detail, order=order)
        if changes.documents_added:
            return FileOutcome(
                path, "imported", "", changes.documents_added, tuple(changes.warnings), order
            )
        said = "; ".join(changes.skipped).removeprefix(f"{path.name}: ")
        return FileOutcome(path, "duplicate", said, order=order)
