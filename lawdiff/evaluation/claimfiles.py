"""``lawdiff evaluate claims``: claim precision and recall per labelled file, beside a keyword-only
baseline of the same run, and a leave-one-case-out fit of the tagging threshold.

The labelled files fall into sets, reported apart because they say different things:

* ``corpus`` — the filings in ``../shared/corpus``: the taxonomy's cues were written looking at
  them, so their figures are in-sample;
* ``more`` — ``../shared/corpus/more/``: labelled for issue 12 from the PDFs before lawdiff's
  classifier was run on them; the context rules written afterwards looked at their errors, so
  their figures are tuned-on too (the held-out figures before those rules are in
  ``docs/claims-eval.md``);
* ``sample`` — the fictional sample case (``data/sample``), labelled with taxonomy ids.

The keyword baseline classifies the same segments with the same section and document rules, but
every cue that matches tags its type: no threshold, no ``unless`` contexts, no section contexts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lawdiff.classify import Taxonomy, load_taxonomy
from lawdiff.evaluation.claims import (
    SAMPLE_DIR,
    ClaimScore,
    ClaimScores,
    Loader,
    Units,
    default_loader,
    evaluate_claims,
    format_claim_scores,
    labelled_units,
    load_label_files,
    predict_units,
    read_units,
    sample_label_specs,
)

THRESHOLD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9)
SET_NOTES = {
    "corpus": "cues written looking at these files: in-sample",
    "more": "labelled before the classifier saw them; context rules then written on their errors",
    "sample": "fictional sample case, taxonomy ids",
}
_DOCKET = re.compile(r"gov\.uscourts\.[a-z]+\.\d+")


@dataclass(frozen=True)
class LabelledFile:
    """A labelled filing, read and segmented once for every scoring of it.

    Attributes:
        name: the label file's name without ``claims_`` ("marshall_mil_motion").
        spec: the label file's content.
        set: "corpus", "more" or "sample".
        case: the case it belongs to (files of one case are held out together).
        units: its segments, or its whole text for ``"level": "text"``.
    """

    name: str
    spec: Mapping[str, Any]
    set: str
    case: str
    units: Units


def case_of(spec: Mapping[str, Any]) -> str:
    """The case a label file belongs to: its ``case`` key, the docket in a RECAP file name
    ("gov.uscourts.cand.306678"), or the corpus folder it sits in."""
    if "case" in spec:
        return str(spec["case"])
    path = Path(str(spec["file"]))
    docket = _DOCKET.match(path.name)
    if docket:
        return docket.group()
    return path.parts[0] if path.parts[0] != "more" else path.stem


def read_labelled_files(
    corpus_dir: Path, expected_dir: Path, loader: Loader
) -> tuple[list[LabelledFile], list[str]]:
    """Every labelled corpus file and sample document that is present, and those skipped."""
    specs = [(name, spec, corpus_dir) for name, spec in load_label_files(expected_dir)]
    specs += [(name, spec, SAMPLE_DIR) for name, spec in sample_label_specs(expected_dir)]
    files: list[LabelledFile] = []
    skipped: list[str] = []
    for name, spec, base in specs:
        path = base / spec["file"]
        if not path.is_file():
            skipped.append(f"{name}: {path} not found")
            continue
        kind = "sample" if base == SAMPLE_DIR else "more" if name.startswith("more_") else "corpus"
        files.append(LabelledFile(name, spec, kind, case_of(spec), read_units(path, spec, loader)))
    return files, skipped


def score_file(labelled: LabelledFile, taxonomy: Taxonomy) -> ClaimScores:
    """Per-claim hits, false alarms and misses of one file's labelled units."""
    predicted = predict_units(labelled.units, labelled.spec, taxonomy)
    return evaluate_claims(*labelled_units(labelled.name, labelled.spec, predicted, taxonomy))


def keyword_taxonomy(taxonomy: Taxonomy) -> Taxonomy:
    """The baseline: any cue that matches tags its type (no threshold, no contexts)."""
    return replace(taxonomy, threshold=0.0, thresholds={}, unless={}, contexts=())


def at_threshold(taxonomy: Taxonomy, threshold: float) -> Taxonomy:
    """``taxonomy`` with one tagging threshold for every type."""
    return replace(taxonomy, threshold=threshold, thresholds={})


def summed(scores: Iterable[ClaimScore]) -> ClaimScore:
    """Hits, false alarms and misses added up."""
    items = list(scores)
    return ClaimScore(sum(s.tp for s in items), sum(s.fp for s in items), sum(s.fn for s in items))


def f1(score: ClaimScore) -> float:
    """Harmonic mean of precision and recall (0 when nothing was hit)."""
    if not score.tp:
        return 0.0
    return 2 * score.precision * score.recall / (score.precision + score.recall)


@dataclass(frozen=True)
class ThresholdFit:
    """A leave-one-case-out fit: the pooled held-out score and each held-out case's threshold."""

    held_out: ClaimScore
    chosen: Mapping[str, float]


def fit_threshold(
    files: Sequence[LabelledFile], taxonomy: Taxonomy, grid: Sequence[float] = THRESHOLD_GRID
) -> ThresholdFit:
    """Choose the tagging threshold leave-one-case-out.

    For each case, the threshold of ``grid`` with the best F1 on all *other* cases' files (the
    lowest on a tie) is chosen and that case's files are scored with it; the held-out scores are
    pooled.
    """
    totals = {
        t: {f.name: score_file(f, at_threshold(taxonomy, t)).total for f in files} for t in grid
    }
    held: list[ClaimScore] = []
    chosen: dict[str, float] = {}
    for case in sorted({f.case for f in files}):
        train = [f.name for f in files if f.case != case]
        best = max(grid, key=lambda t: (f1(summed(totals[t][n] for n in train)), -t))
        chosen[case] = best
        held += [totals[best][f.name] for f in files if f.case == case]
    return ThresholdFit(summed(held), chosen)


def format_file_table(
    files: Sequence[LabelledFile], model: Mapping[str, ClaimScore], base: Mapping[str, ClaimScore]
) -> str:
    """Per file and per set: units, precision and recall of the classifier and the baseline."""
    lines = [
        "Claims per labelled file (units: the document and its labelled sections)",
        f"  {'set':<7}{'file':<44}{'units':>5}  {'classifier':<23}  {'keywords only':>13}",
        f"  {'':<7}{'':<44}{'':>5}  {'prec':>5} {'rec':>5} {'tp':>3} {'fp':>3} {'fn':>3}"
        f"  {'prec':>6} {'rec':>6}",
    ]
    for kind in SET_NOTES:
        members = [f for f in files if f.set == kind]
        if not members:
            continue
        for f in members:
            lines.append(_row(kind, f.name, _units(f), model[f.name], base[f.name]))
        total = summed(model[f.name] for f in members)
        lines.append(
            _row(
                kind,
                f"ALL {len(members)} ({SET_NOTES[kind]})"[:43],
                sum(map(_units, members)),
                total,
                summed(base[f.name] for f in members),
            )
        )
    real = [f for f in files if f.set != "sample"]
    if real:
        lines.append(
            _row(
                "real",
                f"ALL {len(real)} real filings",
                sum(map(_units, real)),
                summed(model[f.name] for f in real),
                summed(base[f.name] for f in real),
            )
        )
    return "\n".join(lines)


def _units(labelled: LabelledFile) -> int:
    spec = labelled.spec
    return ("groups" in spec) + len(spec.get("sections", {}))


def _row(kind: str, name: str, units: int, model: ClaimScore, base: ClaimScore) -> str:
    return (
        f"  {kind:<7}{name[:43]:<44}{units:>5}  {model.precision:>5.2f} {model.recall:>5.2f}"
        f" {model.tp:>3} {model.fp:>3} {model.fn:>3}  {base.precision:>6.2f} {base.recall:>6.2f}"
    )


def format_fit(fit: ThresholdFit, grid: Sequence[float] = THRESHOLD_GRID) -> str:
    """One paragraph: the held-out score of the fitted threshold and how often each was chosen."""
    counts = {t: sum(1 for c in fit.chosen.values() if c == t) for t in grid}
    chosen = ", ".join(f"{t:.1f} in {n}" for t, n in counts.items() if n)
    return (
        f"Threshold fitted leave-one-case-out over {len(fit.chosen)} cases of real filings "
        f"(grid {grid[0]:.1f}-{grid[-1]:.1f}, best F1 on the other cases): held-out precision "
        f"{fit.held_out.precision:.2f}, recall {fit.held_out.recall:.2f} "
        f"(tp {fit.held_out.tp}, fp {fit.held_out.fp}, fn {fit.held_out.fn}); chosen: {chosen}"
    )


def run_claim_eval(corpus_dir: Path, expected_dir: Path, loader: Loader | None = None) -> str:
    """The claim report: per-file table, threshold fit, per-claim tables and disagreements.

    Args:
        corpus_dir: the real-filing corpus (files that are absent are skipped and listed).
        expected_dir: ``tests/expected`` with ``claims_*.json`` and ``sample.json``.
        loader: how to import a filing; ``lawdiff.ingest.load_filing`` without OCR by default.
    """
    files, skipped = read_labelled_files(corpus_dir, expected_dir, loader or default_loader())
    if not files:
        return "Claims: no labelled files found" + "".join(f"\n  skipped {s}" for s in skipped)
    taxonomy = load_taxonomy()
    baseline = keyword_taxonomy(taxonomy)
    model = {f.name: score_file(f, taxonomy) for f in files}
    base = {f.name: score_file(f, baseline).total for f in files}
    parts = [format_file_table(files, {n: s.total for n, s in model.items()}, base)]
    real = [f for f in files if f.set != "sample"]
    if len({f.case for f in real}) > 1:
        parts.append(format_fit(fit_threshold(real, taxonomy)))
    for title, kinds in (("real filings", ("corpus", "more")), ("sample case (ids)", ("sample",))):
        chosen = [model[f.name] for f in files if f.set in kinds]
        if chosen:
            parts.append(format_claim_scores(_merged(chosen), f"Claims per claim: {title}"))
    parts[-1] += "".join(f"\n  skipped {s}" for s in skipped)
    return "\n\n".join(parts)


def _merged(scores: Sequence[ClaimScores]) -> ClaimScores:
    per_claim: dict[str, list[ClaimScore]] = {}
    for score in scores:
        for claim, value in score.per_claim.items():
            per_claim.setdefault(claim, []).append(value)
    return ClaimScores(
        {claim: summed(values) for claim, values in sorted(per_claim.items())},
        sum(s.units for s in scores),
        tuple(miss for s in scores for miss in s.misses),
    )
