"""Whole dockets: folders expanded, files put in docket order, each import's outcome named.

RECAP names files ``gov.uscourts.<court>.<case>.<doc>.<attachment>.pdf`` (PACER's docket
entry and attachment numbers); court staff and firms write ``dkt220_…`` or ``dkt167-1_…``.
Files are imported in docket order (entry, then attachment), files without a number after
them by name. The caller imports each file (the workspace does; this module knows nothing of
cases) and gets one :class:`FileOutcome` per file, under one progress bar.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Changes, FileOutcome
from lawdiff.core.progress import Cancelled, Progress, no_progress

IMPORTABLE = frozenset({".pdf", ".docx", ".docm", ".txt", ".md", ".markdown", ".json"})
_RECAP = re.compile(
    r"^gov\.uscourts\.(?P<court>[a-z0-9]+)\.(?P<case>\d+)\.(?P<doc>\d+)\.(?P<att>\d+)(?:_\d+)?\.pdf$",
    re.IGNORECASE,
)
_DKT = re.compile(
    r"(?:^|[^a-z])(?:dkt|doc|ecf)[ _.#-]*(?P<doc>\d+)(?:-(?P<att>\d+))?", re.IGNORECASE
)


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


def docket_order(paths: Iterable[Path]) -> list[Path]:
    """Files by docket entry and attachment; files without a number last, by name."""

    def key(path: Path) -> tuple[int, int, int, str]:
        number = docket_number(path.name)
        if number is None:
            return (1, 0, 0, path.name.lower())
        return (0, number[0], number[1], path.name.lower())

    return sorted(paths, key=key)


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


def _scaled(progress: Progress, index: int, count: int, name: str) -> Progress:
    """One file's progress as a share of the whole docket's bar."""

    def report(done: int, total: int, message: str) -> None:
        share = (index + (done / total if total else 1.0)) / count
        progress(round(share * 1000), 1000, f"{name} ({index + 1} of {count}): {message}")

    return report


def import_docket(
    paths: Sequence[Path],
    import_one: Callable[[Path, Progress], Changes],
    progress: Progress = no_progress,
) -> list[FileOutcome]:
    """Import ``paths`` one after another through ``import_one`` (one transaction each).

    A file that cannot be imported is refused with its reason and the next one goes on;
    cancelling (``progress`` raising :class:`Cancelled`) stops after the files done.
    """
    outcomes: list[FileOutcome] = []
    for index, path in enumerate(paths):
        try:
            changes = import_one(path, _scaled(progress, index, len(paths), path.name))
        except Cancelled:
            raise
        except KnownError as error:
            outcomes.append(FileOutcome(path, "refused", error.detail))
            continue
        if changes.documents_added:
            outcomes.append(
                FileOutcome(path, "imported", "", changes.documents_added, tuple(changes.warnings))
            )
        else:
            said = "; ".join(changes.skipped).removeprefix(f"{path.name}: ")
            outcomes.append(FileOutcome(path, "duplicate", said))
    progress(1000, 1000, f"{len(paths)} files")
    return outcomes
