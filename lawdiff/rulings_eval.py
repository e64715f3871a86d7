"""``lawdiff evaluate rulings``: dispositions and per-argument rulings against hand labels.

Gold files (format in ``tests/expected/rulings/README.md``): ``tests/expected/rulings/*.json``
(the sample order and two real Finjan orders) and ``data/rulings/<slug>/gold.json`` (fictional
orders with their motion and opposition). Each gold file says which set it is in: ``"set":
"tuning"`` for orders whose misses may be read and the cues adjusted on, anything else (the
default) is held out. Each order is imported into a scratch case with its briefs, linked, and
analysed as a user would; the figures are printed per order and per set, with two baselines
from the same run: "always for respondent", the majority label of the *other* orders
(leave-one-order-out) and the "disposition prior" (every argument takes the side its motion's
detected disposition implies: granted = for movant, denied = for respondent, granted in part =
mixed, moot / withdrawn / deferred = not reached). Misses are listed for tuning orders only,
so that nobody reads a held-out order's misses by accident.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Role, SegmentInfo
from lawdiff.core.rulings import Disposition, Side
from lawdiff.evaluation.evidencestages import Credited, credit_place
from lawdiff.ruling.motions import MotionRef

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
GOLD_DIR = REPO / "tests" / "expected" / "rulings"
HELD_OUT_DIR = REPO / "data" / "rulings"
_LABEL = {
    Side.MOVANT: "for_movant",
    Side.RESPONDENT: "for_respondent",
    Side.MIXED: "mixed",
    Side.NOT_REACHED: "not_reached",
    Side.NOT_ADDRESSED: "not_addressed",
}


@dataclass
class OrderScore:
    """Gold and predicted labels of one order."""

    slug: str
    dispositions: list[tuple[str, str, str]] = field(default_factory=list)  # name, gold, guess
    arguments: list[tuple[str, str, str, bool]] = field(default_factory=list)  # + clear?
    priors: list[str] = field(default_factory=list)  # the disposition-prior baseline's labels
    bases: list[tuple[str, float]] = field(default_factory=list)  # each ruling's basis, confidence
    credits: list[Credited] = field(default_factory=list)  # where each gold sentence was read
    error: str = ""


def run_ruling_eval(corpus: Path | None = None) -> str:
    """The report of ``lawdiff evaluate rulings`` (real orders read from ``corpus``)."""
    corpus = corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    paths = [*sorted(GOLD_DIR.glob("*.json")), *sorted(HELD_OUT_DIR.glob("*/gold.json"))]
    if not paths:
        raise KnownError(f"no rulings gold files in {GOLD_DIR} or {HELD_OUT_DIR}")
    tuning = [p for p in paths if gold_set(p) == "tuning"]
    held_out = [p for p in paths if p not in tuning]
    scores = {path: score_order(path, corpus) for path in paths}
    everything = list(scores.values())
    lines = ["Court's rulings: dispositions per motion, side adopted per argument", ""]
    sections = [('Tuning set ("set": "tuning": misses read, cues adjusted on these)', tuning, True)]
    for name in sorted({set_name(p) for p in held_out}):  # each held-out set on its own
        chosen = [p for p in held_out if set_name(p) == name]
        sections.append((f"HELD OUT: {name} (totals only, misses not shown)", chosen, False))
    for title, chosen, misses in sections:
        if chosen:
            lines += _section(title, [scores[p] for p in chosen], everything, misses)
    return "\n".join(lines)


def set_name(gold_path: Path) -> str:
    """The set a gold file names ("held-out (orders6)"), "held-out" when it names none."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return str(gold.get("set") or "held-out")


def gold_set(gold_path: Path) -> str:
    """``"tuning"`` or ``"held-out"`` (the default): the set a gold file says it is in."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return "tuning" if gold.get("set") == "tuning" else "held-out"


def score_order(gold_path: Path, corpus: Path | None = None) -> OrderScore:
    """Import one gold order (with its briefs), analyse it, and pair gold with predictions."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    score = OrderScore(gold.get("slug", gold_path.parent.name))
    try:
        order_path = _resolve(gold["order"]["path"], gold_path, corpus)
        briefs = [(b["role"], _resolve(b["path"], gold_path, corpus)) for b in gold["briefs"]]
    except FileNotFoundError as exc:
        score.error = f"skipped: {exc}"
        return score
    with tempfile.TemporaryDirectory() as scratch:
        _score_in_case(Path(scratch) / "eval.lawdiff", gold, order_path, briefs, score)
    return score


def _score_in_case(
    case: Path,
    gold: dict[str, Any],
    order_path: Path,
    briefs: Sequence[tuple[str, Path]],
    score: OrderScore,
) -> None:
    from lawdiff.ruling import motion_canonicalizer, rule_order_sections
    from lawdiff.ruling.case import analyze_orders
    from lawdiff.ruling.parties import case_caption
    from lawdiff.workspace import Workspace

    with Workspace.open(case, create=True) as ws:
        for role, path in briefs:
            ws.import_files([path], role=Role(role))
        ws.import_files([order_path], role=Role.ORDER)
        if briefs:
            ws.suggest_links()
        order = next(d for d in ws.documents() if d.role is Role.ORDER)
        # what compute_rulings stores, read before the store (which keeps no basis)
        found = analyze_orders(
            ws.documents(), ws.answering_pairs(), ws.segments, ws.pages, ws.links(), order.id
        )[order.id]
        segments = ws.segments()
        # As analyze_order does: an order without a caption of its own has its case's.
        filed = [d for d in ws.documents() if d.role is not Role.ORDER]
        caption = case_caption(
            [order.caption, *(d.caption for d in filed)], [d.party for d in filed]
        )
        canonical = motion_canonicalizer(caption)
        for motion, guess in zip(
            gold["motions"],
            pair_dispositions(gold["motions"], found.dispositions, canonical),
            strict=True,
        ):
            label = guess.kind.value.replace("-", "_") if guess else "(none)"
            score.dispositions.append((motion["name"], motion["disposition"], label))
        sections = {}
        if any("side" in a for m in gold["motions"] for a in m["arguments"]):
            ruled = rule_order_sections(order, ws.segments(order.id), ws.pages(order.id))
            sections = {s.label: ruled[s.id] for s in ws.segments(order.id) if s.id in ruled}
        docs = {d.role.value: d.id for d in ws.documents()}
        guessed = [g for _, _, g in score.dispositions]
        order_segments = [s for s in segments if s.document == order.id]
        for motion, kind in zip(gold["motions"], guessed, strict=True):
            for argument in motion["arguments"]:
                score.priors.append(_PRIOR.get(kind, "for_respondent"))
                side, basis = _argument_guess(argument, docs, segments, found, sections)
                score.bases.append(basis)
                name = argument.get("section") or argument.get("summary", "")[:40]
                if "document" in argument:  # "motion III.A", "opposition III.A"
                    name = f"{argument['document']} {name}"
                clear = argument.get("certainty") == "clear"
                score.arguments.append((name, argument["ruling"], side, clear))
                if "document" in argument:
                    place = _credit_place(argument, docs, segments, found, order_segments)
                    score.credits.append(Credited(place, argument["ruling"], side))


def pair_dispositions(
    motions: Sequence[dict[str, Any]],
    found: Sequence[Disposition],
    canonical: Callable[[MotionRef], MotionRef],
) -> list[Disposition | None]:
    """For each gold motion, the disposition lawdiff found for it (None: none found).

    A gold motion is keyed by its name as lawdiff keys a motion; one motion decided and one
    found, or a gold name lawdiff cannot key ("Harrowgate's appeal from the judgment …") and
    one disposition left over, are the same motion (a wrong key among several is a miss).
    """
    from lawdiff.ruling.motions import find_motions

    by_key = {d.key: d for d in found}
    guesses: list[Disposition | None] = []
    keyless = []
    for motion in motions:
        refs = [canonical(r) for r in find_motions(motion["name"])]
        guesses.append(next((by_key[r.key] for r in refs if r.key in by_key), None))
        keyless.append(not refs)
    left = [d for d in found if d not in guesses]
    unpaired = [i for i, g in enumerate(guesses) if g is None]
    if (
        len(unpaired) == 1
        and len(left) == 1
        and (keyless[unpaired[0]] or len(left) == 1 == len(guesses))
    ):
        guesses[unpaired[0]] = left[0]
    return guesses


# The disposition-prior baseline: each argument takes the side its motion's (detected)
# disposition implies; a motion granted in part, or one the order finds none for, counts as
# mixed and for the respondent respectively; a motion disposed of without a decision (moot,
# withdrawn, deferred, under submission, terminated) leaves its arguments not reached.
_PRIOR = {
    "granted": "for_movant",
    "denied": "for_respondent",
    "granted_in_part": "mixed",
    "moot": "not_reached",
    "withdrawn": "not_reached",
    "submitted": "not_reached",
    "deferred": "not_reached",
    "terminated": "not_reached",
}


def _argument_guess(
    argument: dict[str, Any],
    docs: dict[str, Any],
    segments: Sequence[SegmentInfo],
    found: Any,
    sections: dict[str, Any],
) -> tuple[str, tuple[str, float]]:
    """The label the analyser gave an argument, with its ruling's basis and confidence (no
    basis for an order read alone: its sections are ruled without the briefs)."""
    if "document" in argument:
        document = docs.get(argument["document"])
        segment = _segment(segments, document, argument["section"], argument["heading"])
        ruling = found.of_argument(segment.id) if segment else None
        if ruling is None:
            return "(none)", ("", 0.0)
        return _LABEL[ruling.side], (ruling.basis, ruling.confidence)
    label = argument.get("order_section", "")
    while label and label not in sections:  # a heading the segmenter missed: its parent's
        label = label.rpartition(".")[0]
    side, confidence, _ = sections.get(label, (None, 0.0, ()))
    return (_LABEL[side] if side else "(none)"), ("", confidence)


def _credit_place(
    argument: dict[str, Any],
    docs: dict[str, Any],
    segments: Sequence[SegmentInfo],
    found: Any,
    order_segments: Sequence[SegmentInfo],
) -> str:
    """Where the argument's gold evidence lies: among its ruling's evidence, in the order
    sections linked to it (with their sub-sections), or elsewhere (see
    :mod:`lawdiff.evaluation.evidencestages`)."""
    from lawdiff.ruling.units import segments_inside

    quotes = [e.get("quote", "") for e in argument.get("evidence", [])]
    document = docs.get(argument["document"])
    segment = _segment(segments, document, argument["section"], argument["heading"])
    ruling = found.of_argument(segment.id) if segment else None
    if ruling is None:
        return credit_place(quotes, [], [])
    inside = segments_inside(order_segments, ruling.sections)
    linked = [s.text for s in order_segments if s.id in inside]
    return credit_place(quotes, [e.text for e in ruling.evidence], linked)


def _segment(
    segments: Sequence[SegmentInfo], document: Any, label: str, heading: str
) -> SegmentInfo | None:
    mine = [s for s in segments if s.document == document]
    by_label = [s for s in mine if label and s.label == label]
    if by_label:
        return by_label[0]
    key = heading.strip().lower()[:40]
    return next((s for s in mine if s.heading.strip().lower().startswith(key)), None)


def _resolve(path: str, gold_path: Path, corpus: Path | None) -> Path:
    candidates = [REPO / path, gold_path.parent / path]
    if corpus is not None and "corpus/" in path:
        candidates.append(corpus / path.split("corpus/", 1)[1])
    for candidate in candidates:
        if candidate.exists():
            return candidate.resolve()
    raise FileNotFoundError(f"{path} not found")


def _section(
    title: str,
    scores: Sequence[OrderScore],
    everything: Sequence[OrderScore],
    misses: bool,
) -> list[str]:
    lines = [title, "-" * len(title)]
    header = f"{'order':34} {'dispositions':>14} {'arguments':>14} {'clear only':>12}"
    lines += [
        header + "   baselines (args): always-respondent / majority-of-others / disposition-prior"
    ]
    all_disp: list[tuple[str, str, str]] = []
    all_args: list[tuple[str, str, str, bool]] = []
    all_priors: list[str] = []
    for score in scores:
        if score.error:
            lines.append(f"{score.slug:34} {score.error}")
            continue
        all_disp += score.dispositions
        all_args += score.arguments
        all_priors += score.priors
        majority = _majority([s for s in everything if s is not score])
        lines.append(_row(score.slug, score.dispositions, score.arguments, majority, score.priors))
    overall_majority = _majority([s for s in everything if s not in scores]) or "for_respondent"
    lines.append(_row("OVERALL", all_disp, all_args, overall_majority, all_priors))
    if not misses:
        return [*lines, ""]
    lines += ["", *_tables(scores)]
    lines += ["", "Misses:"]
    for score in scores:
        lines += [
            f"  {score.slug}: {n}: gold {g}, got {p}" for n, g, p in score.dispositions if g != p
        ]
        lines += [
            f"  {score.slug}: {n}: gold {g}, got {p}" for n, g, p, _ in score.arguments if g != p
        ]
    return [*lines, ""]


def _tables(scores: Sequence[OrderScore]) -> list[str]:
    """The confusion, basis and reliability tables of a set's argument rulings."""
    from lawdiff.evaluation.evidencestages import stage_lines
    from lawdiff.evaluation.rulingtables import (
        Ruled,
        basis_lines,
        confusion_lines,
        relabel_lines,
        reliability_lines,
    )
    from lawdiff.ruling import load_rulebook

    rows = [
        Ruled(score.slug, gold, guess, basis, confidence)
        for score in scores
        if not score.error
        for (_, gold, guess, _), (basis, confidence) in zip(
            score.arguments, _padded(score.bases, len(score.arguments)), strict=True
        )
    ]
    shipped = dict(load_rulebook().confidence)
    return [
        "Arguments: gold label against lawdiff's",
        *confusion_lines(rows),
        "",
        "Arguments by what decided the ruling (its basis); fitted = (right + 1) / (n + 2) on",
        "these orders, what [confidence] in resources/rulings.toml should say",
        *basis_lines(rows, shipped),
        "",
        "Reliability: the confidence shown against how often it was right (rulings with a",
        "basis); LOO-fitted = each order given the basis figures of the other orders",
        *reliability_lines(rows),
        "",
        "A learnt combination measured beside the hand rule: each ruling relabelled to the gold",
        "label most common for its basis and side on the other orders (kept only if it rises)",
        *relabel_lines(rows),
        "",
        "Arguments by where the sentence the court decided in (the gold evidence) was read",
        *stage_lines([c for score in scores for c in score.credits]),
    ]


def _padded(bases: Sequence[tuple[str, float]], n: int) -> list[tuple[str, float]]:
    """A score's bases, one per argument (none: a score built without the analyser's)."""
    return [*bases, *[("", 0.0)] * (n - len(bases))][:n]


def _row(
    name: str,
    dispositions: Sequence[tuple[str, str, str]],
    arguments: Sequence[tuple[str, str, str, bool]],
    majority: str,
    priors: Sequence[str],
) -> str:
    clear = [a for a in arguments if a[3]]
    respondent = _share([(n, g, "for_respondent") for n, g, _, _ in arguments])
    most = _share([(n, g, majority) for n, g, _, _ in arguments])
    prior = (  # "—" for a score built without the detector's dispositions
        _share([(a[0], a[1], p) for a, p in zip(arguments, priors, strict=True)])
        if len(priors) == len(arguments)
        else "—"
    )
    return (
        f"{name:34} {_fraction(dispositions):>14} {_fraction([a[:3] for a in arguments]):>14}"
        f" {_fraction([a[:3] for a in clear]):>12}   {respondent} / {most} ({majority})"
        f" / {prior}"
    )


def _fraction(pairs: Sequence[tuple[str, str, str]]) -> str:
    if not pairs:
        return "—"
    right = sum(1 for _, gold, guess in pairs if gold == guess)
    return f"{right}/{len(pairs)} = {right / len(pairs):.2f}"


def _share(pairs: Sequence[tuple[str, str, str]]) -> str:
    if not pairs:
        return "—"
    return f"{sum(1 for _, g, p in pairs if g == p) / len(pairs):.2f}"


def _majority(scores: Sequence[OrderScore]) -> str:
    counts = Counter(gold for s in scores for _, gold, _, _ in s.arguments)
    return counts.most_common(1)[0][0] if counts else "for_respondent"


# ------------------------------------------------------------------ decree-form perturbations

UNPERTURBED = "(as written)"


@dataclass
class FormScore:
    """How many orders kept their gold disposition under one decree form."""

    orders: int = 0
    right: int = 0
    right_as_written: int = 0  # the same orders' dispositions before the rewrite
    misses: list[str] = field(default_factory=list)


def run_ruling_perturb_eval(corpus: Path | None = None) -> str:
    """The report of ``lawdiff evaluate rulings --perturb``: every tuning order deciding one
    motion (and the moot or withdrawn motions of those deciding several, in the forms that name
    them), its decretal sentences rewritten into each form of
    :data:`lawdiff.evaluation.decreeforms.DECREE_FORMS`, dispositions right per form."""
    from lawdiff.evaluation.decreeforms import DECREE_FORMS

    corpus = corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    paths = [*sorted(GOLD_DIR.glob("*.json")), *sorted(HELD_OUT_DIR.glob("*/gold.json"))]
    table = {form.name: FormScore() for form in DECREE_FORMS}
    unwritable: list[str] = []
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("set") != "tuning":
            continue
        for index, motion in enumerate(gold["motions"]):
            # an order deciding several: its moot and withdrawn motions, in forms naming them
            if len(gold["motions"]) == 1 or motion["disposition"] in ("moot", "withdrawn"):
                _perturb_order(path, gold, index, corpus, table, unwritable)
    return "\n".join(_perturb_lines(table, unwritable))


def _perturb_order(
    path: Path,
    gold: dict[str, Any],
    index: int,
    corpus: Path | None,
    table: dict[str, FormScore],
    unwritable: list[str],
) -> None:
    from lawdiff.evaluation.decreeforms import (
        DECREE_FORMS,
        applies,
        decree,
        names_the_motion,
        rewrite,
    )
    from lawdiff.workspace import Workspace

    motion = gold["motions"][index]
    several = len(gold["motions"]) > 1
    try:
        order_path = _resolve(gold["order"]["path"], path, corpus)
        briefs = [(b["role"], _resolve(b["path"], path, corpus)) for b in gold["briefs"]]
    except FileNotFoundError:
        return
    if order_path.suffix != ".txt":
        return
    text = order_path.read_text(encoding="utf-8")
    quotes = [e["quote"] for e in motion.get("evidence", []) if e.get("quote")]
    with (
        tempfile.TemporaryDirectory() as scratch,
        Workspace.open(Path(scratch) / "eval.lawdiff", create=True) as ws,
    ):
        for role, brief in briefs:
            ws.import_files([brief], role=Role(role))
        before, evidence = _disposition_of(ws, order_path, gold["motions"], index)
        for form in DECREE_FORMS:
            if not applies(form, motion) or (several and not names_the_motion(form, motion)):
                continue
            rewritten = rewrite(text, quotes, decree(form, motion), [evidence])
            if rewritten is None or not quotes:
                unwritable.append(f"{gold.get('slug', path.parent.name)} ({form.name})")
                continue
            copy = Path(scratch) / f"order-{form.name}.txt"
            copy.write_text(rewritten, encoding="utf-8")
            after, _ = _disposition_of(ws, copy, gold["motions"], index)
            score = table[form.name]
            score.orders += 1
            score.right_as_written += before == motion["disposition"]
            score.right += after == motion["disposition"]
            if after != motion["disposition"]:
                slug = gold.get("slug", path.parent.name) + (f" #{index + 1}" if several else "")
                score.misses.append(f"{slug}: gold {motion['disposition']}, got {after}")


def _disposition_of(
    ws: Any, order_path: Path, motions: Sequence[dict[str, Any]], index: int
) -> tuple[str, str]:
    """Import ``order_path`` as an order of the case in ``ws``; the disposition lawdiff finds
    for the gold motion ``motions[index]`` and the sentence it read it from."""
    from lawdiff.ruling import analyze_order, motion_canonicalizer
    from lawdiff.ruling.parties import case_caption

    added = ws.import_files([order_path], role=Role.ORDER).documents_added
    order = next(d for d in ws.documents() if d.id in added)
    filed = [d for d in ws.documents() if d.role is not Role.ORDER]
    moving = next((d for d in filed if d.role is Role.MOTION), None)
    found = (
        analyze_order(
            order, ws.segments(order.id), ws.pages(order.id), moving, ws.segments(moving.id)
        )
        if moving
        else analyze_order(order, ws.segments(order.id), ws.pages(order.id))
    )
    caption = case_caption([order.caption, *(d.caption for d in filed)], [d.party for d in filed])
    guess = pair_dispositions(motions, found.dispositions, motion_canonicalizer(caption))[index]
    ws.delete_document(order.id)
    if guess is None:
        return "(none)", ""
    return guess.kind.value.replace("-", "_"), guess.evidence.text


def _perturb_lines(table: dict[str, FormScore], unwritable: Sequence[str]) -> list[str]:
    lines = [
        "Court's rulings under decree-form perturbations: each tuning order deciding one motion",
        "(and each moot or withdrawn motion of an order deciding several, in forms naming it),",
        "its gold evidence sentences (and the one lawdiff read) rewritten into one form at a time,",
        "the gold disposition unchanged; scored on the tuning orders (nothing fitted here)",
        "",
        f"{'form':26} {'orders':>6} {'right as written':>17} {'right rewritten':>16}",
    ]
    from lawdiff.evaluation.decreeforms import FIRST_NEW_FORM

    for name, score in table.items():
        if name == FIRST_NEW_FORM:
            lines.append("(forms of court and tribunal styles added by the twenty-eighth pass)")
        lines.append(f"{name:26} {score.orders:>6} {score.right_as_written:>17} {score.right:>16}")
    total = FormScore(
        sum(s.orders for s in table.values()),
        sum(s.right for s in table.values()),
        sum(s.right_as_written for s in table.values()),
    )
    lines.append(f"{'ALL':26} {total.orders:>6} {total.right_as_written:>17} {total.right:>16}")
    lines += ["", f"Not rewritten (a gold quote not found in the text): {len(unwritable)}"]
    lines += ["", "Misses (form: order):"]
    for name, score in table.items():
        lines += [f"  {name}: {miss}" for miss in score.misses]
    return lines
