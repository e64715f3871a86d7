"""A learned heading-line detector, measured leave-one-pair-out against the rule segmenter.

Usage: python scripts/headline_lines.py [--cache FILE] [--folds N]

Every brief text of the tuning pairs (``data/briefpairs`` and ``../shared/briefpairs``; a pair
whose gold ``set`` starts with ``held-out`` is skipped) is imported with ``load_filing`` and
segmented by the rules. Each physical line the segmenter keeps in the body (inside some
segment, not furniture, not blank) is one row: labelled a heading line when it carries (part
of) a gold heading (:func:`gold_lines`), described by features read from the text alone
(:func:`line_features`: numbering, case, length, endings, blank lines and indentation around
it, ingest's typography marks, and the rules' own verdict as one feature).

Three detectors are scored per line (heading precision / recall / F1), each pair scored by a
logistic regression fitted on the other pairs (leave-one-pair-out), with thresholds fitted by
an inner grouped cross-validation on the training pairs only:

- ``rules``: the current segmenter (a line inside a heading segment's span);
- ``learned``: the classifier alone;
- ``rescue``: the rules, plus a line the rules read as body when the classifier says >= t;
- ``caps``: the simple baseline, a short line in capitals (at most 15 words).

Then per batch of pairs, and "fit on the batches up to N, score batch N+1" for the last four.
Figures and the decision are in docs/linking.md ("A learned heading-line detector").
The fitting uses numpy (Newton's method, the same L2-penalised objective as
:func:`lawdiff.link.model.fit`, whose pure-Python loop is too slow for 50,000 rows x 100 folds).
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "data" / "briefpairs", ROOT.parent / "shared" / "briefpairs")
SIDES = (("motion.txt", "moving"), ("opposition.txt", "response"))
# Batch order for the forward ("fit on older batches") runs.
BATCHES = (
    "pairs1-2",
    *(f"pairs{n}" for n in range(3, 10)),
    "layouts9",
    "pairs10",
    "layouts10",
    *(f"pairs{n}" for n in range(11, 22)),
)

_ROMAN = re.compile(r"^\s*\(?[IVXLC]{1,6}[.)]\s|^\s*\([ivx]{1,5}\)\s|^\s*[ivx]{1,5}\.\s")
_LETTER = re.compile(r"^\s*(?:\(?[A-Za-z][.)]|\([A-Za-z]\))\s")
_ARABIC = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})+\.?)\s")
_WORD_NUMBER = re.compile(
    r"^\s*(?:POINT|Point|GROUND|Ground|ISSUE|Issue|PART|Part|ARGUMENT|PROPOSITION|Proposition)"
    r"\s+(?:NO\.\s*)?(?:[IVXLC]+|\d+|[A-Z]{3,})\b"
)
_SENTENCE_END = re.compile(r"[.!?][”\"’')]*\s*$")
_CITATION_END = re.compile(r"(?:\d+\s*\)?[.;,]?|\)\.?|§\s*[\d.\-()a-z]+\.?)\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# small words a title leaves in lower case
_SMALL = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "v")
) | {"vs", "with"}

FEATURES = (
    "rules",
    "num_roman",
    "num_letter",
    "num_arabic",
    "num_word",
    "upper_share",
    "title_share",
    "words",
    "short",
    "ends_sentence",
    "ends_colon",
    "ends_citation",
    "blank_before",
    "blank_after",
    "indent_vs_usual",
    "indent_vs_prev",
    "indent_vs_next",
    "centred",
    "fill",
    "next_starts_paragraph",
    "prev_ends_sentence",
    "starts_lower",
    "marked",
    "position",
)


@dataclass(frozen=True)
class Row:
    """One body line of one text: where it is from, its label, the rules' verdict, features."""

    pair: str
    batch: str
    text: str  # "pair/motion.txt"
    line: int  # index of the physical line in the text
    label: bool
    rules: bool
    caps: bool
    values: tuple[float, ...]


def batch_of(gold: dict[str, object]) -> str:
    """The batch a pair belongs to, from its gold ``set`` ("tuning (was held-out pairs7)")."""
    found = re.search(r"(pairs\d+|layouts\d+)", str(gold.get("set", "")))
    if found is None:
        return "pairs1-2"
    name = found.group(1)
    return "pairs1-2" if name in ("pairs1", "pairs2") else name


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def numbering(line: str) -> str:
    """The kind of enumerator a line opens with: roman, letter, arabic, word or none."""
    if _WORD_NUMBER.match(line):
        return "word"
    if _ROMAN.match(line):
        return "roman"
    if _ARABIC.match(line):
        return "arabic"
    if _LETTER.match(line):
        return "letter"
    return "none"


def case_shares(line: str) -> tuple[float, float]:
    """The share of a line's words in capitals, and of its words capitalised (small words
    like "of" and "the" left out of the second)."""
    found = _WORD.findall(line)
    if not found:
        return 0.0, 0.0
    upper = sum(w.isupper() for w in found) / len(found)
    big = [w for w in found if w.lower() not in _SMALL]
    title = sum(w[0].isupper() for w in big) / len(big) if big else 0.0
    return upper, title


@dataclass(frozen=True)
class Layout:
    """What is usual in one text: its paragraphs' first-line indent and its line width."""

    indent: int
    width: int


def layout_of(lines: Sequence[str]) -> Layout:
    """The usual indent (the most common one of lines after a blank or indented more than
    the text's left edge) and the usual width (the 90th percentile of line lengths)."""
    filled = [s for s in lines if s.strip()]
    if not filled:
        return Layout(0, 1)
    indents = [_indent(s) for s in filled]
    width = sorted(len(s.rstrip()) for s in filled)[int(0.9 * (len(filled) - 1))]
    return Layout(statistics.mode(indents), max(width, 1))


def _neighbour(lines: Sequence[str], i: int, step: int) -> str | None:
    j = i + step
    return lines[j] if 0 <= j < len(lines) else None


def line_features(
    lines: Sequence[str], i: int, layout: Layout, *, rules: bool, marked: bool
) -> tuple[float, ...]:
    """The feature values of line ``i`` of a text (names in :data:`FEATURES`).

    Args:
        lines: the text's physical lines, as imported.
        i: the line to describe.
        layout: the text's usual indent and width (:func:`layout_of`).
        rules: the rule segmenter reads the line as (part of) a heading.
        marked: ingest marked the line bold, underlined, centred or with a heading level.
    """
    line = lines[i]
    stripped = line.strip()
    kind = numbering(line)
    upper, title = case_shares(stripped)
    count = len(stripped.split())
    prev, nxt = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
    blank_before = prev is None or not prev.strip()
    blank_after = nxt is None or not nxt.strip()
    indent = _indent(line)
    prev_indent = indent if blank_before or prev is None else _indent(prev)
    next_indent = indent if blank_after or nxt is None else _indent(nxt)
    left, right = indent, layout.width - len(line.rstrip())
    centred = left >= 4 and abs(left - right) <= max(4, 0.15 * layout.width)
    next_starts = blank_after or (nxt is not None and _indent(nxt) > indent)
    prev_ends = blank_before or bool(prev and re.search(r"[.:;!?][”\"’')]*\s*$", prev))
    return (
        float(rules),
        float(kind == "roman"),
        float(kind == "letter"),
        float(kind == "arabic"),
        float(kind == "word"),
        upper,
        title,
        min(count, 40) / 40,
        float(count <= 12),
        float(bool(_SENTENCE_END.search(stripped))),
        float(stripped.endswith(":")),
        float(bool(_CITATION_END.search(stripped))),
        float(blank_before),
        float(blank_after),
        max(-1.0, min(1.0, (indent - layout.indent) / 10)),
        max(-1.0, min(1.0, (indent - prev_indent) / 10)),
        max(-1.0, min(1.0, (indent - next_indent) / 10)),
        float(centred),
        min(1.0, len(stripped) / layout.width),
        float(next_starts),
        float(prev_ends),
        float(stripped[:1].islower()),
        float(marked),
        i / max(len(lines) - 1, 1),
    )


def caps_baseline(line: str) -> bool:
    """The simple baseline: a line of at most 15 words, at least 80% of them in capitals."""
    upper, _ = case_shares(line)
    return 0 < len(line.split()) <= 15 and upper >= 0.8


def _tokens(text: str, *, strip: bool) -> list[str]:
    from lawdiff.evaluation.briefheadings import words

    return words(text, strip=strip).split()


def _match_at(
    tokens: Sequence[Sequence[str]], first: Sequence[Sequence[str]], i: int, wanted: list[str]
) -> int | None:
    """The last line of ``wanted`` read from line ``i`` on, or None."""
    for start in first[i]:
        got = list(start)
        j = i
        while got and len(got) < len(wanted) and got == wanted[: len(got)] and j + 1 < len(tokens):
            j += 1
            if not tokens[j]:
                break
            got += tokens[j]
        if got == wanted:
            return j
        if (
            got[: len(wanted)] == wanted
            and j == i
            and not all(t.isdigit() for t in got[len(wanted) :])
        ):
            return j  # a run-in heading: the line goes on with its paragraph
    return None


def gold_lines(lines: Sequence[str], headings: Sequence[str]) -> set[int]:
    """The lines carrying the gold ``headings`` (read in document order from the end, so a
    heading printed twice, in a table of contents and in the body, is found in the body).

    A heading matches a line that opens with its words (enumerator, case and punctuation
    aside) and the lines after it that carry the rest; a run-in heading (ending in a
    sentence mark) may be followed on its line by its paragraph."""
    tokens = [_tokens(s, strip=False) for s in lines]
    first = [(_tokens(s, strip=True), tokens[k]) for k, s in enumerate(lines)]
    found: set[int] = set()
    limit = len(lines)
    for heading in reversed(headings):
        wanted = _tokens(heading, strip=True)
        runs_in = bool(re.search(r"[.:?!][”\"’')]*\s*$", heading.strip()))
        if not wanted:
            continue
        for i in range(limit - 1, -1, -1):
            if not tokens[i]:
                continue
            end = _match_at(tokens, first, i, wanted)
            if end is None:
                continue
            if end == i and len(first[i][0]) > len(wanted) and not runs_in:
                continue
            found.update(range(i, end + 1))
            limit = i
            break
    return found


def text_rows(folder: Path, name: str, side: str, batch: str) -> list[Row]:
    """The rows of one brief text: its body lines, labelled against its gold headings."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))[side]
    return file_rows(folder / name, gold, folder.name, batch, f"{folder.name}/{name}")


def file_rows(
    path: Path, gold: Sequence[dict[str, object]], pair: str, batch: str, name: str
) -> list[Row]:
    """The rows of the brief text in ``path``, labelled against its ``gold`` headings."""
    from lawdiff.core.model import SegmentKind
    from lawdiff.core.text import DocumentText
    from lawdiff.evaluation.briefheadings import asked_headings
    from lawdiff.ingest import load_filing
    from lawdiff.segment import segment_filing

    filing = load_filing(path, ocr=False)
    doc = DocumentText(filing.pages)
    segments = segment_filing(filing).segments
    starts, texts, marks, furniture = [], [], [], []
    for page, base in zip(doc.pages, doc.page_starts, strict=True):
        for line in page.lines:
            starts.append((base + line.start, base + line.end))
            texts.append(page.text[line.start : line.end].replace("\t", "    "))
            marks.append(line.bold or line.underlined or line.centered or line.heading_level > 0)
            furniture.append(line.furniture or line.footnote)
    heads = [s.span for s in segments if s.kind in (SegmentKind.HEADING, SegmentKind.COUNT)]
    spans = [s.span for s in segments]

    def inside(k: int, within: Sequence[object]) -> bool:
        a, b = starts[k]
        return any(s.start < max(b, a + 1) and a < s.end for s in within)  # type: ignore[attr-defined]

    labels = gold_lines(texts, [str(g["heading"]) for g in asked_headings(gold)])
    layout = layout_of(texts)
    rows = []
    for k, line in enumerate(texts):
        if not line.strip() or furniture[k] or not inside(k, spans):
            continue
        rules = inside(k, heads)
        values = line_features(texts, k, layout, rules=rules, marked=marks[k])
        rows.append(
            Row(
                pair,
                batch,
                name,
                k,
                k in labels,
                rules,
                caps_baseline(line),
                values,
            )
        )
    return rows


def perturbed_rows(names: Sequence[str]) -> list[Row]:
    """Rows of every tuning text rewritten by each perturbation of ``names``
    (:mod:`lawdiff.evaluation.perturb`, seeded as ``lawdiff evaluate segments --perturb``
    seeds it); a row's ``batch`` is the perturbation's name."""
    import tempfile
    import zlib

    from lawdiff.evaluation.briefheadings import asked_headings
    from lawdiff.evaluation.perturb import locate_headings, perturbed

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="headline-") as scratch:
        path = Path(scratch) / "brief.txt"
        for base in FOLDERS:
            for gold_file in sorted(base.glob("*/gold.json")):
                gold = json.loads(gold_file.read_text(encoding="utf-8"))
                if str(gold.get("set", "")).startswith("held-out"):
                    continue
                for name, side in SIDES:
                    text = (gold_file.parent / name).read_text(encoding="utf-8")
                    label = f"{gold_file.parent.name}/{name}"
                    brief = locate_headings(text, asked_headings(gold[side]))
                    for kind in names:
                        seed = zlib.crc32(label.encode())
                        path.write_bytes(perturbed(brief, kind, seed).encode("utf-8"))
                        rows += file_rows(path, gold[side], gold_file.parent.name, kind, label)
    return rows


def rule_lines(path: Path) -> list[tuple[str, bool]]:
    """Each physical line of a text as the segmenter of the running tree reads it: its text
    and whether it lies in a heading segment (for ``--dump-rules`` under an older tree)."""
    from lawdiff.core.model import SegmentKind
    from lawdiff.core.text import DocumentText
    from lawdiff.ingest import load_filing
    from lawdiff.segment import segment_filing

    filing = load_filing(path, ocr=False)
    doc = DocumentText(filing.pages)
    heads = [
        s.span
        for s in segment_filing(filing).segments
        if s.kind in (SegmentKind.HEADING, SegmentKind.COUNT)
    ]
    out = []
    for page, base in zip(doc.pages, doc.page_starts, strict=True):
        for line in page.lines:
            a, b = base + line.start, max(base + line.end, base + line.start + 1)
            text = page.text[line.start : line.end].strip()
            out.append((text, any(s.start < b and a < s.end for s in heads)))
    return out


def dump_rules(out: Path) -> None:
    """Write every tuning text's :func:`rule_lines` as JSON (run with an older tree first on
    ``PYTHONPATH`` to get the rules as they were when a batch was fresh)."""
    data = {}
    for base in FOLDERS:
        for gold_file in sorted(base.glob("*/gold.json")):
            for name, _ in SIDES:
                data[f"{gold_file.parent.name}/{name}"] = rule_lines(gold_file.parent / name)
    out.write_text(json.dumps(data), encoding="utf-8")


def with_frozen_rules(rows: Sequence[Row], frozen: dict[str, list[list[object]]]) -> list[Row]:
    """``rows`` with the rules' verdict (flag and feature) replaced by an older segmenter's
    (:func:`dump_rules`), line by line; a row whose line the older import split otherwise
    keeps no rules verdict (read as body)."""
    out = []
    lines = {r.text: [] for r in rows}  # type: dict[str, list[Row]]
    for r in rows:
        lines[r.text].append(r)
    for text, own in lines.items():
        old = frozen.get(text, [])
        for r in own:
            k = r.line
            verdict = bool(k < len(old) and old[k][1])
            out.append(
                Row(
                    r.pair,
                    r.batch,
                    r.text,
                    r.line,
                    r.label,
                    verdict,
                    r.caps,
                    (float(verdict), *r.values[1:]),
                )
            )
    return out


def collect() -> list[Row]:
    """Rows of every tuning pair's two texts."""
    rows: list[Row] = []
    for base in FOLDERS:
        for gold_file in sorted(base.glob("*/gold.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            if str(gold.get("set", "")).startswith("held-out"):
                continue
            for name, side in SIDES:
                rows += text_rows(gold_file.parent, name, side, batch_of(gold))
    return rows


def fit_weights(x: object, y: object, penalty: float = 1.0, iterations: int = 30) -> object:
    """Logistic-regression weights (bias first) by Newton's method with an L2 penalty on the
    weights, as :func:`lawdiff.link.model.fit` fits them, in numpy."""
    import numpy as np

    data = np.hstack([np.ones((x.shape[0], 1)), x])  # type: ignore[attr-defined]
    beta = np.zeros(data.shape[1])
    ridge = np.full(data.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(data @ beta)))
        gradient = data.T @ (p - y) + ridge * beta
        curve = np.maximum(p * (1.0 - p), 1e-9)
        hessian = (data * curve[:, None]).T @ data + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return beta


def predict(beta: object, x: object) -> object:
    """The probabilities of rows ``x`` under ``beta`` (bias first)."""
    import numpy as np

    z = beta[0] + x @ beta[1:]  # type: ignore[index,operator]
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class Counts:
    """Heading-line counts of one detector: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, labels: Sequence[bool], said: Sequence[bool]) -> None:
        for gold, got in zip(labels, said, strict=True):
            self.tp += gold and got
            self.fp += got and not gold
            self.fn += gold and not got

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


GRID = tuple(round(0.05 * k, 2) for k in range(2, 20))


def _f1(labels: object, said: object) -> float:
    import numpy as np

    tp = float(np.sum(labels & said))  # type: ignore[operator]
    fp = float(np.sum(~labels & said))  # type: ignore[operator]
    fn = float(np.sum(labels & ~said))  # type: ignore[operator]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def thresholds(
    x: object, y: object, rules: object, groups: object, folds: int
) -> tuple[float, float]:
    """The thresholds of the classifier alone and of the rescue, each the best for heading F1
    on out-of-fold probabilities of the training pairs (grouped ``folds``-fold)."""
    import numpy as np

    names = sorted(set(groups.tolist()))  # type: ignore[attr-defined]
    fold_of = {name: k % folds for k, name in enumerate(names)}
    fold = np.array([fold_of[g] for g in groups.tolist()])  # type: ignore[attr-defined]
    probs = np.zeros(len(fold))
    for k in range(folds):
        test = fold == k
        probs[test] = predict(fit_weights(x[~test], y[~test]), x[test])  # type: ignore[index]
    alone = max(GRID, key=lambda t: _f1(y, probs >= t))
    rescue = max(GRID, key=lambda t: _f1(y, rules | (probs >= t)))  # type: ignore[operator]
    return alone, rescue


@dataclass
class Scored:
    """One detector run: the rows scored and each detector's verdicts on them."""

    rows: list[Row]
    learned: list[bool]
    rescue: list[bool]


def score(
    train: Sequence[Row], test: Sequence[Row], folds: int, *, use_rules: bool = True
) -> Scored:
    """Fit on ``train`` (thresholds by inner cross-validation) and score ``test``."""
    import numpy as np

    columns = slice(None) if use_rules else slice(1, None)
    x = np.array([r.values for r in train])[:, columns]
    y = np.array([r.label for r in train])
    rules = np.array([r.rules for r in train])
    groups = np.array([r.pair for r in train])
    t_alone, t_rescue = thresholds(x, y, rules, groups, folds)
    beta = fit_weights(x, y)
    probs = predict(beta, np.array([r.values for r in test])[:, columns])
    learned = [bool(p >= t_alone) for p in probs]
    rescue = [r.rules or bool(p >= t_rescue) for r, p in zip(test, probs, strict=True)]
    return Scored(list(test), learned, rescue)


def leave_one_pair_out(
    rows: Sequence[Row],
    folds: int,
    *,
    use_rules: bool = True,
    scored: Sequence[Row] | None = None,
) -> Scored:
    """Every pair scored by a model fitted on the other pairs' ``rows``: its own rows, or its
    rows among ``scored`` (the perturbed texts, say, a model fitted on unperturbed ones)."""
    scored = rows if scored is None else scored
    out = Scored([], [], [])
    for pair in sorted({r.pair for r in scored}):
        got = score(
            [r for r in rows if r.pair != pair],
            [r for r in scored if r.pair == pair],
            folds,
            use_rules=use_rules,
        )
        out.rows += got.rows
        out.learned += got.learned
        out.rescue += got.rescue
    return out


def table(title: str, scored: Scored, keys: Sequence[str]) -> list[str]:
    """A figures table: per key (batch or "all"), P / R / F1 of each detector."""
    lines = [
        title,
        "| set | lines | heading lines | rules P/R/F1 | caps baseline | learned | rescue |",
        "|---|---|---|---|---|---|---|",
    ]
    for key in keys:
        picked = [k for k, r in enumerate(scored.rows) if key in ("all", r.batch)]
        if not picked:
            continue
        labels = [scored.rows[k].label for k in picked]
        cells = []
        for said in (
            [scored.rows[k].rules for k in picked],
            [scored.rows[k].caps for k in picked],
            [scored.learned[k] for k in picked],
            [scored.rescue[k] for k in picked],
        ):
            counts = Counts()
            counts.add(labels, said)
            cells.append("{:.2f} / {:.2f} / **{:.2f}**".format(*counts.prf()))
        lines.append(f"| {key} | {len(picked)} | {sum(labels)} | " + " | ".join(cells) + " |")
    return lines


def forward(rows: Sequence[Row], folds: int, last: int = 4) -> Scored:
    """Each of the ``last`` batches scored by a model fitted on the batches before it."""
    out = Scored([], [], [])
    for k in range(len(BATCHES) - last, len(BATCHES)):
        older = set(BATCHES[:k])
        got = score(
            [r for r in rows if r.batch in older], [r for r in rows if r.batch == BATCHES[k]], folds
        )
        out.rows += got.rows
        out.learned += got.learned
        out.rescue += got.rescue
    return out


def forward_frozen(
    rows: Sequence[Row], frozen: dict[str, Path], folds: int, *, use_rules: bool = True
) -> Scored:
    """Each batch of ``frozen`` (batch -> a :func:`dump_rules` file of the code frozen when it
    was scored once) scored by a model fitted on the batches before it, the rules' verdict of
    that frozen code on both sides: what the rules and the rescue would have done the day the
    batch came in."""
    out = Scored([], [], [])
    for batch, path in frozen.items():
        old = with_frozen_rules(rows, json.loads(path.read_text(encoding="utf-8")))
        older = set(BATCHES[: BATCHES.index(batch)])
        got = score(
            [r for r in old if r.batch in older],
            [r for r in old if r.batch == batch],
            folds,
            use_rules=use_rules,
        )
        out.rows += got.rows
        out.learned += got.learned
        out.rescue += got.rescue
    return out


PERTURBED = ("paginated", "ocr-noise", "markdown", "word-text", "pleading-paper", "recased")


def _print(title: str, scored: Scored, keys: Sequence[str]) -> None:
    print("\n".join(["", *table(title, scored, keys)]), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="rows pickled here (read if present)")
    parser.add_argument("--folds", type=int, default=5, help="inner folds for the thresholds")
    parser.add_argument("--dump-rules", type=Path, help="write the running tree's rules, stop")
    parser.add_argument(
        "--frozen",
        action="append",
        default=[],
        metavar="BATCH=FILE",
        help="the rules of the code frozen when BATCH was scored once (a --dump-rules file)",
    )
    parser.add_argument(
        "--perturb", action="store_true", help="also score the perturbed texts (3 more minutes)"
    )
    args = parser.parse_args()
    if args.dump_rules:
        dump_rules(args.dump_rules)
        return
    if args.cache and args.cache.exists():
        rows = pickle.loads(args.cache.read_bytes())
    else:
        rows = collect()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rows))
    texts, pairs = len({r.text for r in rows}), len({r.pair for r in rows})
    labelled = sum(r.label for r in rows)
    print(f"{len(rows)} body lines, {labelled} gold heading lines, {texts} texts of {pairs} pairs")
    frozen = {b: Path(f) for b, f in (item.split("=", 1) for item in args.frozen)}
    for use_rules in (True, False):
        said = "a feature" if use_rules else "NOT a feature"
        _print(
            f"Leave-one-pair-out, the rules' verdict {said}:",
            leave_one_pair_out(rows, args.folds, use_rules=use_rules),
            ["all", *BATCHES],
        )
        if frozen:
            _print(
                f"Fit on the batches before, score the batch, the rules as frozen that day, "
                f"their verdict {said}:",
                forward_frozen(rows, frozen, args.folds, use_rules=use_rules),
                ["all", *frozen],
            )
    _print(
        "Fit on the batches before, score the batch, today's rules (a feature):",
        forward(rows, args.folds),
        ["all", *BATCHES[-4:]],
    )
    if args.perturb:
        perturbed = perturbed_rows(PERTURBED)
        for use_rules in (True, False):
            _print(
                f"Perturbed texts, fit on the other pairs' unperturbed texts, the rules' verdict "
                f"{'a feature' if use_rules else 'NOT a feature'}:",
                leave_one_pair_out(rows, args.folds, use_rules=use_rules, scored=perturbed),
                ["all", *PERTURBED],
            )


if __name__ == "__main__":
    main()
