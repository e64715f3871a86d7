"""How much the segmenter leans on its lists of known titles: a deterministic re-titling test.

Usage: /work/tools/py scripts/retitle_robustness.py [-v]

Every tuning brief pair in ``data/briefpairs`` (a gold ``set`` that does not start with
``held-out``) is segmented twice: as written, and with each front-matter / non-argument heading
its gold lists (questions presented, statement of the case, jurisdiction, oral argument,
standard of review, summary of argument, introduction, conclusion, the argument division ...)
re-titled to a plausible synonym the title lists do not hold ("STATEMENT OF THE ISSUES" ->
"QUESTIONS FOR THE COURT", "ARGUMENT" -> "LEGAL ANALYSIS"), keeping its number, case and layout
(table of contents entries are re-titled too). The gold heading is re-titled alongside, and the
headings are matched as ``tests/unit/segment/test_briefpair_headings.py`` matches them. Printed:
files fully read (that test's bar), gold headings found, and argument headings (gold ``kind``
"argument") lost, plus headings no gold lists, before and after.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lawdiff.core.model import SegmentKind  # noqa: E402
from lawdiff.evaluation.briefheadings import ENUMERATOR, Outcome, compare, words  # noqa: E402
from lawdiff.ingest import load_filing  # noqa: E402
from lawdiff.segment import segment_filing  # noqa: E402

# The unseen synonym a role's title is re-titled to (capitals; the case of the original is kept).
SYNONYMS = {
    "issues": "QUESTIONS FOR THE COURT",
    "questions": "QUESTIONS FOR THE COURT",
    "facts": "FACTUAL HISTORY",
    "statement-of-the-case": "HOW THIS CASE ARRIVED HERE",
    "background": "HOW THE DISPUTE AROSE",
    "procedural-history": "COURSE OF THE PROCEEDINGS BELOW",
    "nature": "COURSE OF THE PROCEEDINGS BELOW",
    "jurisdiction": "THE COURT'S POWER TO DECIDE",
    "oral-argument": "POSITION ON HEARING THE APPEAL IN PERSON",
    "standard": "GOVERNING TEST",
    "summary": "THE ARGUMENT IN BRIEF",
    "introduction": "OVERVIEW",
    "preliminary-statement": "OPENING REMARKS",
    "conclusion": "CLOSING REMARKS",
    "division": "LEGAL ANALYSIS",
    "related-cases": "PRIOR OR RELATED APPEALS",
    "routing": "WHICH COURT SHOULD DECIDE",
    "glossary": "ABBREVIATIONS USED",
    "statutes": "PROVISIONS AT ISSUE",
}


@dataclass(frozen=True)
class Retitle:
    """One heading's title and its replacement."""

    old: str
    new: str


def in_case_of(original: str, synonym: str) -> str:
    """The synonym in the case the original title is printed in."""
    if original.upper() == original:
        return synonym
    if original[:1].isupper() and original[1:].lower() == original[1:]:
        return synonym.capitalize()
    return synonym.title().replace("'S", "'s")


def retitles(gold: list[dict[str, Any]]) -> list[Retitle]:
    """The re-titlings of one side's gold: non-argument headings of a known role."""
    out = []
    for entry in gold:
        synonym = SYNONYMS.get(str(entry.get("role")))
        if entry.get("kind") == "argument" or entry["level"] != 1 or synonym is None:
            continue
        heading = entry["heading"]
        match = ENUMERATOR.match(heading)
        title = heading[match.end() :] if match else heading
        title = title.lstrip("#").strip()
        if title:
            out.append(Retitle(title, in_case_of(title, synonym)))
    return out


def retitle_text(text: str, changes: list[Retitle]) -> str:
    """Every line printing a re-titled title (numbered, in a table of contents, or alone)."""
    for change in changes:
        pattern = re.compile(
            r"^([ \t#]*(?:(?:[IVXLC]+|\d+|[A-Z])\.[ \t]*)?)("
            + re.escape(change.old)
            + r")(?=[ \t]*(?:[.\u2026 \t]*\d*)?[ \t]*$)",
            re.MULTILINE | re.IGNORECASE,
        )
        # a table of contents may print the title in another case: each line keeps its own
        text = pattern.sub(
            lambda m, new=change.new: m.group(1) + in_case_of(m.group(2), new.upper()), text
        )
    return text


def retitle_gold(gold: list[dict[str, Any]], changes: list[Retitle]) -> list[dict[str, Any]]:
    """The gold with its re-titled headings' text changed alike."""
    table = {c.old: c.new for c in changes}
    out = []
    for entry in gold:
        heading = entry["heading"]
        for old, new in table.items():
            if heading.endswith(old) and entry.get("kind") != "argument" and entry["level"] == 1:
                heading = heading[: len(heading) - len(old)] + new
                break
        out.append({**entry, "heading": heading})
    return out


def fully_read(got: Outcome) -> bool:
    """The bar of test_briefpair_headings for one file."""
    return (
        got.found >= 0.95 * got.asked
        and got.found >= 0.95 * got.segments
        and got.printed_right >= 0.95 * got.printed
        and got.below_top >= got.nested
    )


@dataclass(frozen=True)
class Reading:
    """One file read once: how it compares and which argument headings were found."""

    outcome: Outcome
    arguments_found: frozenset[str]


def read(path: Path, gold: list[dict[str, Any]]) -> Reading:
    """Segment one text and compare it with its gold."""
    segments = list(segment_filing(load_filing(path, ocr=False)).segments)
    heads = [s for s in segments if s.kind in (SegmentKind.HEADING, SegmentKind.COUNT)]
    keys = [words(s.heading or s.label) for s in heads]
    found = frozenset(
        words(g["heading"])
        for g in gold
        if g.get("kind") == "argument" and words(g["heading"]) in keys
    )
    return Reading(compare(gold, segments), found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every changed file")
    args = parser.parse_args()
    totals = {"files": 0, "read_before": 0, "read_after": 0, "asked": 0, "before": 0, "after": 0}
    lost = added = 0
    with tempfile.TemporaryDirectory() as scratch:
        for gold_path in sorted((ROOT / "data" / "briefpairs").glob("*/gold.json")):
            data = json.loads(gold_path.read_text(encoding="utf-8"))
            if str(data.get("set", "")).startswith("held-out"):
                continue
            for name, side in (("motion.txt", "moving"), ("opposition.txt", "response")):
                source = gold_path.parent / name
                changes = retitles(data[side])
                target = Path(scratch) / gold_path.parent.name / name
                target.parent.mkdir(exist_ok=True)
                target.write_text(
                    retitle_text(source.read_text(encoding="utf-8"), changes), encoding="utf-8"
                )
                before = read(source, data[side])
                after = read(target, retitle_gold(data[side], changes))
                totals["files"] += 1
                totals["read_before"] += fully_read(before.outcome)
                totals["read_after"] += fully_read(after.outcome)
                totals["asked"] += before.outcome.asked
                totals["before"] += before.outcome.found
                totals["after"] += after.outcome.found
                gone = before.arguments_found - after.arguments_found
                extra = len(after.outcome.unexpected) - len(before.outcome.unexpected)
                lost += len(gone)
                added += max(extra, 0)
                if args.verbose and not fully_read(before.outcome):
                    print(
                        f"not fully read as written: {gold_path.parent.name}/{name}",
                        before.outcome,
                    )
                if args.verbose and (
                    gone or extra or fully_read(before.outcome) != fully_read(after.outcome)
                ):
                    print(
                        f"{gold_path.parent.name}/{name}: found {before.outcome.found}->"
                        f"{after.outcome.found}/{before.outcome.asked}, argument headings lost "
                        f"{len(gone)}, headings no gold lists {len(before.outcome.unexpected)}->"
                        f"{len(after.outcome.unexpected)} {list(after.outcome.unexpected)[:6]}"
                    )
    print(f"tuning files: {totals['files']}")
    print(
        f"files fully read: before {totals['read_before']}, after re-titling {totals['read_after']}"
    )
    print(
        f"gold headings found: before {totals['before']}/{totals['asked']}, "
        f"after re-titling {totals['after']}/{totals['asked']}"
    )
    print(f"argument headings lost by re-titling: {lost}; headings no gold lists added: {added}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
