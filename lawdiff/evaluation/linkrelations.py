"""Relation accuracy on the labelled answering sentences (``tests/expected/relations.json``).

Each example names a brief pair, the gold link it belongs to, one answering sentence, what the
sentence does with the moving argument and who concedes in it (docs/labelling.md). Nothing is
fitted on them: the parties' names come from the pair's two briefs, the authorities from the
moving section's text.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from lawdiff.evaluation.linkpairs import REPO, normalized, outline_segments, pair_folders
from lawdiff.link import build_units, relations
from lawdiff.link.textnorm import case_names

EXAMPLES = REPO / "tests" / "expected" / "relations.json"


def run_relation_examples(corpus_dir: Path | None, path: Path = EXAMPLES) -> str:
    """Relation and who-concedes accuracy on the labelled sentences, with a confusion table."""
    if not path.is_file():
        return f"Relation examples: {path.name} not found."
    examples: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["examples"]
    folders = {f.name: f for f in pair_folders(corpus_dir)}
    confusion: Counter[tuple[str, str]] = Counter()
    speakers = right = total = others = other_conceded = 0
    for example in examples:
        folder = folders.get(str(example["pair"]))
        if folder is None or not (folder / "motion.txt").is_file():
            continue
        who, relied_on = _context(folder, str(example["moving"]))
        got, speaker = relations.sentence_relation(str(example["sentence"]), who, relied_on)
        total += 1
        right += got.value == example["relation"]
        speakers += speaker == example.get("who_concedes", "none")
        confusion[(str(example["relation"]), got.value)] += 1
        if example.get("who_concedes") == "moving":
            others += 1
            other_conceded += got.value == "concedes"
    if not total:
        return "Relation examples: none of their pairs were found."
    lines = [
        f"Relations of labelled answering sentences ({path.name}, nothing fitted on them): "
        f"{right}/{total} = {right / total:.2f}; who concedes {speakers}/{total} = "
        f"{speakers / total:.2f}",
    ]
    lines.append(f"  the other side's concessions labelled concedes: {other_conceded}/{others}")
    lines.extend(f"  gold {w:<20} -> {g:<20} {n}" for (w, g), n in sorted(confusion.items()))
    return "\n".join(lines)


_CACHE: dict[tuple[Path, str], tuple[relations.Sides, list[str]]] = {}


def _context(folder: Path, moving: str) -> tuple[relations.Sides, list[str]]:
    """The parties of a pair and the authorities its moving section ``moving`` relies on."""
    key = (folder, moving)
    if key not in _CACHE:
        motion = (folder / "motion.txt").read_text(encoding="utf-8")
        answer = (folder / "opposition.txt").read_text(encoding="utf-8")
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        units = build_units(outline_segments(motion, gold.get("moving", []), 1))
        wanted = normalized(moving)
        head = next((u for u in units if normalized(u.heading) == wanted), None)
        inside = {head.id} if head is not None else set()
        for unit in units:  # parents come first: the section and its sub-sections
            if unit.parent in inside:
                inside.add(unit.id)
        text = "\n".join(u.text for u in units if u.id in inside)
        _CACHE[key] = (relations.sides(motion, answer), case_names(text))
    return _CACHE[key]
