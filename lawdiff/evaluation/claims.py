"""Measure claim/issue classification against hand-written labels, per claim.

Label files (``tests/expected/claims_<name>.json``) hold labels only, never text of the filings::

    {
      "file": "harvey-v-cnn/dkt37-1_amended_complaint.pdf",  # relative to the corpus folder
      "level": "segments",           # or "text": classify the whole text at once (news articles)
      "groups": ["defamation"],      # what the whole document concerns
      "sections": {"COUNT I": ["defamation"], "ARGUMENT > I": ["procedure"]},
      "case": "harvey-v-cnn"         # optional: files of one case are held out together
    }                                # (default: the corpus folder, or the RECAP docket)

A label with a dot is a taxonomy id ("contract.breach"), one without is a group ("contract");
each unit is scored at the level its labels use. A section key is a heading or count label as the
segmenter prints it ("II.B", "COUNT I"), optionally qualified by an ancestor's label
("ARGUMENT > I") when the label repeats in the document.

What counts as predicted:

* a section: the claims of its heading segment (own and inherited), plus the claims tagged on at
  least :data:`SECTION_SHARE` of the segments beneath it, and on two of them at least (their own
  tags);
* a document: the claims tagged on a heading or count, or on at least :data:`DOCUMENT_SHARE` of
  its segments (two at least); with ``"level": "text"``, the tags of the whole text.

At id level a predicted refinement satisfies its expected parent ("contract.notice-and-cure"
counts for "contract.breach": the taxonomy's ``parent`` means "refines"), and a predicted id that
is an ancestor or descendant of an expected one ("antitrust.general" above "antitrust.sherman-1")
is neither a hit nor a false alarm. The sample
case's ``tests/expected/sample.json`` (claims per count and argument section) is scored the same
way.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lawdiff.classify import Taxonomy, classify_segments, classify_text
from lawdiff.core.errors import KnownError
from lawdiff.core.model import ClaimTag, Filing, SegmentDraft, SegmentKind

SECTION_SHARE = 0.25
DOCUMENT_SHARE = 0.10
MIN_SEGMENTS = 2  # one passing mention in a short section is not what the section is about
REPO = Path(__file__).resolve().parents[2]
SAMPLE_DIR = REPO / "data" / "sample"
_HEADS = (SegmentKind.HEADING, SegmentKind.COUNT)


@dataclass(frozen=True)
class ClaimScore:
    """Hits, false alarms and misses of one claim (or group) over all units."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that were expected (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of expected labels that were predicted (1.0 when nothing was expected)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(frozen=True)
class ClaimScores:
    """Per-claim scores, their sum, and the units that disagreed."""

    per_claim: Mapping[str, ClaimScore]
    units: int
    misses: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = field(default=())

    @property
    def total(self) -> ClaimScore:
        """Micro-averaged totals over every claim."""
        scores = self.per_claim.values()
        return ClaimScore(
            sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores)
        )


def evaluate_claims(
    expected: Mapping[str, Collection[str]], predicted: Mapping[str, Collection[str]]
) -> ClaimScores:
    """Compare expected and predicted labels unit by unit.

    Args:
        expected: unit name → the labels it should have.
        predicted: unit name → the labels it got (units missing here predicted nothing).
            Only units in ``expected`` are scored.

    Returns:
        Per-label hits, false alarms and misses; ``misses`` lists each unit that disagreed
        as (unit, missing labels, extra labels).
    """
    counts: dict[str, Counter[str]] = {}
    misses = []
    for unit, labels in expected.items():
        want, got = set(labels), set(predicted.get(unit, ()))
        for label in want | got:
            kind = "tp" if label in want and label in got else "fn" if label in want else "fp"
            counts.setdefault(label, Counter())[kind] += 1
        if want != got:
            misses.append((unit, tuple(sorted(want - got)), tuple(sorted(got - want))))
    per_claim = {
        label: ClaimScore(c["tp"], c["fp"], c["fn"]) for label, c in sorted(counts.items())
    }
    return ClaimScores(per_claim, len(expected), tuple(misses))


def format_claim_scores(scores: ClaimScores, title: str = "Claims and issues") -> str:
    """A plain-text table: precision and recall per claim, the total, and the disagreements."""
    lines = [f"{title} ({scores.units} labelled units)"]
    lines.append(f"  {'claim':<36} {'prec':>6} {'recall':>6}  tp  fp  fn")
    rows = [*scores.per_claim.items(), ("TOTAL (micro)", scores.total)]
    for label, s in rows:
        lines.append(
            f"  {label:<36} {s.precision:>6.2f} {s.recall:>6.2f} {s.tp:>3} {s.fp:>3} {s.fn:>3}"
        )
    for unit, missing, extra in scores.misses:
        lines.append(
            f"  ~ {unit}: missing {', '.join(missing) or '-'}; extra {', '.join(extra) or '-'}"
        )
    return "\n".join(lines)


def labels_at_level(
    expected: Collection[str], predicted: Iterable[str], taxonomy: Taxonomy
) -> set[str]:
    """Predicted ids turned into the level ``expected`` uses (groups, or ids).

    At id level a predicted refinement implies its parent ("antitrust.concerted-action" gives
    "antitrust.sherman-1" when that is expected); a predicted id that is an ancestor or a
    descendant of an expected id (and not expected itself) is left out: it restates or refines
    an expected claim, so it is neither a hit nor a false alarm.
    """
    direct = {claim for claim in predicted if claim in taxonomy}
    if not any("." in label for label in expected):
        return {taxonomy.get(claim).group for claim in direct}
    want = set(expected)
    known = [label for label in want if label in taxonomy]
    related = {a for label in known for a in taxonomy.ancestors(label)}
    related |= {claim for claim in direct if set(taxonomy.ancestors(claim)) & want}
    implied = {a for claim in direct for a in taxonomy.ancestors(claim)} & want
    return {claim for claim in direct if claim in want or claim not in related} | implied


def section_claims(
    segments: Sequence[SegmentDraft], tags: Sequence[tuple[ClaimTag, ...]], key: str
) -> set[str] | None:
    """Predicted claim ids of the section ``key`` ("II.B" or "ARGUMENT > I"); None if absent."""
    head = find_section(segments, key)
    if head is None:
        return None
    below = [i for i in range(len(segments)) if head in _ancestors(segments, i)]
    claims = {tag.claim for tag in tags[head]}
    return claims | _frequent(tags, below, SECTION_SHARE)


def document_claims(
    segments: Sequence[SegmentDraft], tags: Sequence[tuple[ClaimTag, ...]]
) -> set[str]:
    """Predicted claim ids of a whole segmented document."""
    heads = {
        tag.claim
        for segment, seg_tags in zip(segments, tags, strict=True)
        if segment.kind in _HEADS
        for tag in seg_tags
        if not tag.inherited
    }
    return heads | _frequent(tags, range(len(segments)), DOCUMENT_SHARE)


def _frequent(
    tags: Sequence[tuple[ClaimTag, ...]], indexes: Iterable[int], share: float
) -> set[str]:
    chosen = list(indexes)
    counts = Counter(tag.claim for i in chosen for tag in tags[i] if not tag.inherited)
    need = max(share * len(chosen), MIN_SEGMENTS)
    return {claim for claim, n in counts.items() if n >= need}


def find_section(segments: Sequence[SegmentDraft], key: str) -> int | None:
    """Index of the heading or count a section key names (the first such one)."""
    *outer, label = [part.strip() for part in key.split(">")]
    for index, segment in enumerate(segments):
        if segment.kind not in _HEADS or _norm(segment.label) != _norm(label):
            continue
        above = {_norm(segments[i].label) for i in _ancestors(segments, index)}
        if all(_norm(o) in above for o in outer):
            return index
    return None


def _norm(label: str) -> str:
    return " ".join(label.upper().rstrip(".").split())


def _ancestors(segments: Sequence[SegmentDraft], index: int) -> list[int]:
    chain: list[int] = []
    parent = segments[index].parent
    while parent is not None and 0 <= parent < len(segments) and parent not in chain:
        chain.append(parent)
        parent = segments[parent].parent
    return chain


# --------------------------------------------------------------------------- running on files

Loader = Callable[[Path], Filing]
Units = str | Sequence[SegmentDraft]  # a whole text ("level": "text") or a filing's segments


def read_units(path: Path, spec: Mapping[str, Any], loader: Loader) -> Units:
    """What a labelled file is classified on: its text, or its segments."""
    filing = loader(path)
    if spec.get("level") == "text":
        return "\n".join(page.text for page in filing.pages)
    from lawdiff.segment import segment_filing  # lazily: evaluation sits above the stages

    return segment_filing(filing).segments


def predict_units(units: Units, spec: Mapping[str, Any], taxonomy: Taxonomy) -> dict[str, set[str]]:
    """Predicted claim ids of a labelled file: key "" for the document, else section keys."""
    if isinstance(units, str):
        return {"": {tag.claim for tag in classify_text(units, taxonomy)}}
    tags = classify_segments(units, taxonomy)
    result = {"": document_claims(units, tags)}
    for key in spec.get("sections", {}):
        found = section_claims(units, tags, key)
        result[key] = found if found is not None else set()
    return result


def predict_file(
    path: Path, spec: Mapping[str, Any], loader: Loader, taxonomy: Taxonomy
) -> dict[str, set[str]]:
    """Predicted claim ids of a labelled file (:func:`read_units`, then :func:`predict_units`)."""
    return predict_units(read_units(path, spec, loader), spec, taxonomy)


def labelled_units(
    name: str, spec: Mapping[str, Any], predicted: Mapping[str, set[str]], taxonomy: Taxonomy
) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """Expected and level-matched predicted labels of one file's units."""
    expected: dict[str, list[str]] = {}
    got: dict[str, set[str]] = {}
    units = [("", spec.get("groups")), *spec.get("sections", {}).items()]
    for key, labels in units:
        if labels is None:
            continue
        unit = f"{name} {key}".strip()
        expected[unit] = list(labels)
        got[unit] = labels_at_level(labels, predicted.get(key, set()), taxonomy)
    return expected, got


def load_label_files(expected_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    """The ``claims_*.json`` files of ``expected_dir`` as (name, spec)."""
    files = []
    for path in sorted(expected_dir.glob("claims_*.json")):
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise KnownError(f"cannot read claim labels: {exc}", path) from exc
        if not isinstance(spec, dict) or "file" not in spec:
            raise KnownError("claim labels need a 'file' key", path)
        files.append((path.stem.removeprefix("claims_"), spec))
    return files


def sample_label_specs(expected_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    """The sample case's per-section claims from ``sample.json``, in the label-file shape."""
    path = expected_dir / "sample.json"
    if not path.is_file():
        return []
    gold = json.loads(path.read_text(encoding="utf-8"))
    specs = []
    for name, doc in gold.get("documents", {}).items():
        if doc.get("claims") and name.endswith(".pdf"):
            specs.append(
                (f"sample/{name}", {"file": name, "sections": doc["claims"], "case": "sample"})
            )
    return specs


def default_loader() -> Loader:
    """``lawdiff.ingest.load_filing`` without OCR (imported late: evaluation sits above it)."""
    from lawdiff.ingest import load_filing

    def load(path: Path) -> Filing:
        return load_filing(path, ocr=False)

    return load
