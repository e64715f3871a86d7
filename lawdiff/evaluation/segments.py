"""Measure segmentation against hand-written expectations for real filings.

Expectation files (``tests/expected/segments_<name>.json``) hold labels and numbers only,
never text of the filings::

    {
      "file": "harvey-v-cnn/dkt37-1_amended_complaint.pdf",   # relative to the corpus folder
      "role": "complaint",                                      # informative
      "paragraphs": [[1, 50]],                 # inclusive ranges of numbered paragraphs
      "counts": [{"label": "COUNT I", "paragraphs": [35, 42]}],  # first and last paragraph
      "headings": [{"label": "I.A", "parent": "I"}]             # in document order
    }

Every key but ``file`` is optional. A heading's ``parent`` is the label of its parent
heading ("" at the top), resolved to the nearest earlier heading with that label, so a
heading counts as found only when its whole chain of ancestors matches ("I.A" under "I"
under "ARGUMENT" is not "I.A" under "I" under "BACKGROUND"). A count counts as found when a
COUNT segment with its label holds exactly its paragraph range (children at any depth).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Filing, Segmentation, SegmentDraft, SegmentKind


@dataclass(frozen=True)
class Score:
    """Expected, found and matched counts of one kind of unit."""

    expected: int
    found: int
    matched: int

    @property
    def recall(self) -> float:
        """Share of expected units found (1.0 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        """Share of found units that were expected (1.0 when nothing was found)."""
        return self.matched / self.found if self.found else 1.0


@dataclass(frozen=True)
class SegmentScores:
    """Scores of one filing's segmentation."""

    name: str
    paragraphs: Score | None
    counts: Score | None
    headings: Score | None
    warnings: int = 0


def evaluate_segments(expected: Mapping[str, Any], segmentation: Segmentation) -> SegmentScores:
    """Compare a segmentation with one expectation mapping (see the module docstring).

    Args:
        expected: the parsed expectation file.
        segmentation: what the segmenter produced for that filing.

    Returns:
        Paragraph, count and heading scores (None for what the expectation does not cover).
    """
    segments = segmentation.segments
    name = str(expected.get("name") or expected.get("file", ""))
    return SegmentScores(
        name=name,
        paragraphs=_paragraph_score(expected["paragraphs"], segments)
        if "paragraphs" in expected
        else None,
        counts=_count_score(expected["counts"], segments) if "counts" in expected else None,
        headings=_heading_score(expected["headings"], segments) if "headings" in expected else None,
        warnings=len(segmentation.warnings),
    )


def _numbers(segments: Iterable[SegmentDraft]) -> list[int]:
    return [
        int(s.label[2:])
        for s in segments
        if s.kind == SegmentKind.PARAGRAPH and s.label.startswith("¶ ") and s.label[2:].isdigit()
    ]


def _paragraph_score(ranges: Sequence[Sequence[int]], segments: Sequence[SegmentDraft]) -> Score:
    wanted = {n for first, last in ranges for n in range(first, last + 1)}
    found = _numbers(segments)
    return Score(len(wanted), len(found), len(wanted & set(found)))


def _descendants(segments: Sequence[SegmentDraft], root: int) -> list[SegmentDraft]:
    inside = {root}
    out = []
    for seg in segments:
        if seg.parent is not None and seg.parent in inside:
            inside.add(seg.index)
            out.append(seg)
    return out


def _count_score(counts: Sequence[Mapping[str, Any]], segments: Sequence[SegmentDraft]) -> Score:
    found = {
        s.label: sorted(_numbers(_descendants(segments, s.index)))
        for s in segments
        if s.kind == SegmentKind.COUNT
    }
    matched = 0
    for count in counts:
        first, last = count["paragraphs"]
        if found.get(count["label"]) == list(range(first, last + 1)):
            matched += 1
    return Score(len(counts), len(found), matched)


def _heading_score(
    headings: Sequence[Mapping[str, str]], segments: Sequence[SegmentDraft]
) -> Score:
    wanted = Counter(_expected_paths(headings))
    by_index = {s.index: s for s in segments}
    found_paths = []
    for seg in segments:
        if seg.kind not in (SegmentKind.HEADING, SegmentKind.COUNT):
            continue
        path = [seg.label]
        parent = seg.parent
        while parent is not None:
            path.append(by_index[parent].label)
            parent = by_index[parent].parent
        found_paths.append(tuple(reversed(path)))
    got = Counter(found_paths)
    matched = sum((wanted & got).values())
    return Score(sum(wanted.values()), len(found_paths), matched)


def _expected_paths(headings: Sequence[Mapping[str, str]]) -> list[tuple[str, ...]]:
    paths: list[tuple[str, ...]] = []
    for heading in headings:
        parent = heading.get("parent", "")
        prefix: tuple[str, ...] = ()
        if parent:
            prefix = next((p for p in reversed(paths) if p[-1] == parent), (parent,))
        paths.append((*prefix, heading["label"]))
    return paths


def format_segment_scores(scores: Iterable[SegmentScores]) -> str:
    """A plain-text table of scores, one line per filing and unit kind."""
    lines = [f"{'filing':<44} {'unit':<10} {'recall':>7} {'precision':>9} {'matched':>12}"]
    for score in scores:
        for unit, value in (
            ("paragraphs", score.paragraphs),
            ("counts", score.counts),
            ("headings", score.headings),
        ):
            if value is None:
                continue
            lines.append(
                f"{score.name[:44]:<44} {unit:<10} {value.recall:>7.3f} {value.precision:>9.3f} "
                f"{value.matched:>5}/{value.expected:<6}"
            )
    return "\n".join(lines)


def load_expectations(expected_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every ``segments_*.json`` in ``expected_dir`` as (name, mapping), sorted by name."""
    out = []
    for path in sorted(expected_dir.glob("segments_*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise KnownError(f"cannot read this expectation file: {exc}", path) from exc
        if not isinstance(data, dict) or "file" not in data:
            raise KnownError("an expectation file needs an object with a 'file' key", path)
        out.append((path.stem.removeprefix("segments_"), data))
    return out


def score_corpus(
    corpus_dir: Path,
    expected_dir: Path,
    loader: Callable[[Path], Filing] | None = None,
) -> list[SegmentScores]:
    """Import, segment and score every filing that has an expectation file.

    Args:
        corpus_dir: the folder of real filings (``../shared/corpus``).
        expected_dir: the folder of ``segments_*.json`` files.
        loader: how to import a filing; ``lawdiff.ingest.load_filing`` without OCR by default.

    Returns:
        One score per expectation file.
    """
    from lawdiff.segment import segment_filing

    load = loader if loader is not None else _default_loader()
    scores = []
    for name, expected in load_expectations(expected_dir):
        path = corpus_dir / expected["file"]
        if not path.is_file():
            raise KnownError("the corpus file named by this expectation is missing", path)
        segmentation = segment_filing(load(path))
        scores.append(evaluate_segments({**expected, "name": name}, segmentation))
    return scores


def run_corpus_segment_eval(corpus_dir: Path, expected_dir: Path) -> str:
    """Score the segmenter on the sample case and the corpus; the table to print."""
    scores = score_sample(expected_dir)
    if corpus_dir.is_dir():
        scores += score_corpus(corpus_dir, expected_dir)
    return format_segment_scores(scores)


def sample_expectations(sample_json: Path) -> list[tuple[str, dict[str, Any]]]:
    """Expectations for the bundled sample case, derived from its gold file (sample.json).

    Returns (name, mapping) pairs in this module's format, with ``file`` naming the PDF or
    DOCX in ``data/sample``.
    """
    gold = json.loads(sample_json.read_text(encoding="utf-8"))
    out = []
    for file_name, doc in gold["documents"].items():
        segs = [x for x in doc["segments"] if not x.get("front_matter")]
        numbers = sorted(int(x["label"][2:]) for x in segs if x["label"].startswith("¶ "))
        expected: dict[str, Any] = {"file": file_name}
        if numbers:
            expected["paragraphs"] = [[n, n] for n in numbers]
        if doc.get("counts"):
            expected["counts"] = [
                {"label": c["label"], "paragraphs": [c["first_paragraph"], c["last_paragraph"]]}
                for c in doc["counts"]
            ]
        expected["headings"] = [
            {"label": x["label"], "parent": x["parent"] or ""}
            for x in segs
            if x["kind"] in ("heading", "count")
        ]
        out.append((f"sample/{file_name}", expected))
    return out


def score_sample(
    expected_dir: Path, loader: Callable[[Path], Filing] | None = None
) -> list[SegmentScores]:
    """Import, segment and score each filing of the sample case (``data/sample``)."""
    from lawdiff.segment import segment_filing

    sample_json = expected_dir / "sample.json"
    if not sample_json.is_file():
        return []
    folder = expected_dir.parents[1] / "data" / "sample"
    load = loader if loader is not None else _default_loader()
    scores = []
    for name, expected in sample_expectations(sample_json):
        segmentation = segment_filing(load(folder / expected["file"]))
        scores.append(evaluate_segments({**expected, "name": name}, segmentation))
    return scores


def _default_loader() -> Callable[[Path], Filing]:
    from lawdiff.ingest import load_filing  # imported late: evaluation sits above the stages

    def load(path: Path) -> Filing:
        return load_filing(path, ocr=False)

    return load
