"""``lawdiff evaluate segments --perturb``: how the outline of each tuning brief survives
layout noise.

Every text of a tuning brief pair (``data/briefpairs/*/``, gold ``set`` not held out) is
rewritten by each perturbation of :mod:`lawdiff.evaluation.perturb`, written to a temporary
file, imported as a user would import it (:func:`lawdiff.ingest.load_filing`) and segmented;
its gold headings are then counted as the heading test counts them
(:mod:`lawdiff.evaluation.briefheadings`). Nothing is fitted here: the figures score the
importer and segmenter as they are on pairs they were tuned on, with the unperturbed text as
the baseline of the same run.
"""

from __future__ import annotations

import json
import tempfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lawdiff.evaluation.briefheadings import Outcome, asked_headings, compare
from lawdiff.evaluation.perturb import PERTURBATIONS, locate_headings, perturbed
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing

UNPERTURBED = "none"
SIDES = (("motion.txt", "moving"), ("opposition.txt", "response"))


@dataclass(frozen=True)
class BriefText:
    """One text of a brief pair and its gold headings."""

    name: str  # "pair/motion.txt"
    text: str
    gold: Sequence[Mapping[str, Any]]


@dataclass
class Tally:
    """Files and headings of one perturbation."""

    files: int = 0
    fully_read: int = 0
    asked: int = 0
    found: int = 0
    level_right: int = 0
    misread: list[str] = field(default_factory=list)

    def add(self, name: str, outcome: Outcome) -> None:
        """Count one file's outcome."""
        self.files += 1
        self.fully_read += outcome.fully_read
        self.asked += outcome.asked
        self.found += outcome.found
        self.level_right += outcome.level_right
        if not outcome.fully_read:
            self.misread.append(f"{name} ({outcome.found}/{outcome.asked})")


def tuning_texts(folder: Path) -> Iterator[BriefText]:
    """The texts of the tuning pairs under ``folder`` (gold ``set`` not held out)."""
    for gold_path in sorted(folder.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if str(gold.get("set", "")).startswith("held-out"):
            continue
        for name, side in SIDES:
            path = gold_path.parent / name
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                yield BriefText(f"{gold_path.parent.name}/{name}", text, gold[side])


def outline_outcome(text: str, gold: Sequence[Mapping[str, Any]], scratch: Path) -> Outcome:
    """Import ``text`` from a file in ``scratch`` as a user would, segment it, and compare
    its headings with ``gold``."""
    path = scratch / "brief.txt"
    path.write_bytes(text.encode("utf-8"))
    segmentation = segment_filing(load_filing(path, ocr=False))
    return compare(gold, list(segmentation.segments))


def evaluate_layouts(
    texts: Sequence[BriefText], names: Sequence[str] = tuple(PERTURBATIONS)
) -> dict[str, Tally]:
    """The tally of the unperturbed texts and of each perturbation in ``names``."""
    tallies = {name: Tally() for name in (UNPERTURBED, *names)}
    with tempfile.TemporaryDirectory(prefix="lawdiff-layouts-") as scratch:
        for brief_text in texts:
            seed = zlib.crc32(brief_text.name.encode())
            brief = locate_headings(brief_text.text, asked_headings(brief_text.gold))
            for name, tally in tallies.items():
                text = brief_text.text if name == UNPERTURBED else perturbed(brief, name, seed)
                tally.add(brief_text.name, outline_outcome(text, brief_text.gold, Path(scratch)))
    return tallies


def layout_table(tallies: Mapping[str, Tally], *, misread: bool = True) -> str:
    """The table of files fully read and headings found per perturbation."""
    lines = [
        "Layout perturbations of the tuning brief-pair texts (plain-text import; nothing fitted)",
        f"{'perturbation':<16}{'files fully read':>20}{'headings found':>22}{'levels right':>16}",
    ]
    for name, t in tallies.items():
        lines.append(
            f"{name:<16}{f'{t.fully_read}/{t.files}':>14} {_share(t.fully_read, t.files)}"
            f"{f'{t.found}/{t.asked}':>16} {_share(t.found, t.asked)}"
            f"{_share(t.level_right, t.asked):>16}"
        )
    if misread:
        for name, t in tallies.items():
            if t.misread:
                lines.append(f"misread under {name}: " + ", ".join(t.misread))
    return "\n".join(lines)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}".rjust(5) if whole else "  -  "


def run_layout_eval(folder: Path, names: Sequence[str] = tuple(PERTURBATIONS)) -> str:
    """The layout table for the tuning pairs under ``folder``."""
    return layout_table(evaluate_layouts(list(tuning_texts(folder)), names))
