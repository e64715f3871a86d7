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
from lawdiff.core.progress import Cancelled, Progress, no_progress

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


def import_docket(
    paths: Sequence[Path],
    import_one: Callable[[Path, Progress], Changes],
    progress: Progress = no_progress,
    metas: Mapping[Path, FilingMeta] | None = None,
) -> list[FileOutcome]:
    """Import ``paths`` in docket order through ``import_one`` (one transaction each).

    ``metas`` are what reading the files found (their ECF stamps' docket numbers and
    dates), for files whose names carry no docket number. A file that cannot be imported
    is refused with its reason and the next one goes on; cancelling (``progress`` raising
    :class:`Cancelled`) stops after the files done.
    """
    known = metas or {}
    places = {path: docket_place(path.name, known.get(path)) for path in paths}
    ordered = sorted(paths, key=lambda path: places[path].key)
    outcomes: list[FileOutcome] = []
    for index, path in enumerate(ordered):
        try:
            changes = import_one(path, scaled_progress(progress, index, len(paths), path.name))
        except Cancelled:
            raise
        except KnownError as error:
            outcomes.append(FileOutcome(path, "refused", error.detail, order=places[path].by))
            continue
        outcomes.append(_outcome(path, changes, places[path].by))
    progress(1000, 1000, f"{len(paths)} files")
    return outcomes


def _outcome(path: Path, changes: Changes, order: str) -> FileOutcome:
    if changes.documents_added:
        return FileOutcome(
            path, "imported", "", changes.documents_added, tuple(changes.warnings), order
        )
    said = "; ".join(changes.skipped).removeprefix(f"{path.name}: ")
    return FileOutcome(path, "duplicate", said, order=order)
