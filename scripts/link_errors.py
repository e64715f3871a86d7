"""The linker's errors, leave-one-case-out: every missed gold link and every false suggestion.

Usage: python scripts/link_errors.py [--corpus DIR] [--dump FILE] [--load FILE] [--list]

Runs the leave-one-case-out fits of ``lawdiff evaluate links`` (each case scored by a model
fitted on the other cases; the as-imported and JSON variants only, about as long as the
evaluation) and prints the false positives and the missed gold links by class: the gold link
type, the score band, the link's rank among the argument's candidates (``srank``) and among
the answering section's arguments (``trank``), and what the section's other links are.
``--dump`` saves the scored cases (pickle) so ``--load`` can re-read them without refitting;
``--list`` also prints every error with both headings (docs/linking.md, seventh round).
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

Pair = tuple[int, int]


@dataclass
class Case:
    """One scored case: its gold, the LOCO scores and the links the selection chose."""

    name: str
    group: str
    variant: str
    batch: str
    gold: set[Pair]
    judged: set[int]
    kinds: dict[Pair, str]
    scores: dict[Pair, float]
    chosen: set[Pair]
    sources: list[tuple[int, str, int | None]]  # id, heading, parent
    targets: list[tuple[int, str, int | None]]
    values: dict[Pair, tuple[float, ...]]  # each pair's feature values (scoring.FEATURES)


def scored_cases(corpus: Path | None) -> list[Case]:
    """Every fitting case as imported and as JSON, scored leave-one-case-out."""
    from lawdiff.evaluation import linktable as lt
    from lawdiff.evaluation.linkpairs import all_cases
    from lawdiff.link import build_units
    from lawdiff.link.scoring import pair_rows
    from lawdiff.link.suggest import answer_outline, suggestion

    cases = [c for c in all_cases(corpus, []) if c.variant in lt.TRAIN_VARIANTS]
    rows = {id(c): pair_rows(c.sources, c.targets, fold=c.fold) for c in cases}
    lt._OUTLINES.update({id(c): answer_outline(c.sources, c.targets, c.fold) for c in cases})
    fittable = lt.fitting_cases(cases)
    models = {
        g: lt._fit([c for c in fittable if c.group != g], rows) for g in {c.group for c in cases}
    }
    found = []
    for c in fittable:
        m = models[c.group]
        ours = lt._ordered([suggestion(r, m) for r in rows[id(c)]])
        picked = lt._select(c, ours, m.threshold, m.floor, m.secondary)
        found.append(
            Case(
                c.name,
                c.group,
                "json" if c.variant == "json" else "text/pdf",
                c.batch,
                set(c.gold),
                set(c.judged),
                {(s, t): k for s, t, k in c.kinds},
                {(s.source, s.target): s.score for s in ours},
                {(s.source, s.target) for s in picked if s.source in c.judged},
                [(u.id, u.heading, u.parent) for u in build_units(c.sources, c.fold)],
                [(u.id, u.heading, u.parent) for u in build_units(c.targets, c.fold)],
                {(r.source, r.target): r.values for r in rows[id(c)]},
            )
        )
    return found


def band(score: float) -> str:
    """The score band a row is counted in."""
    for limit, name in ((0.05, "<0.05"), (0.2, "0.05-0.2"), (0.45, "0.2-0.45")):
        if score < limit:
            return name
    return ">=0.45"


class Reader:
    """What one case says about a pair: ranks, the outline, the section's other links."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.src = {u[0]: u for u in case.sources}
        self.tgt = {u[0]: u for u in case.targets}
        self.order = [u[0] for u in case.sources]
        by_source: dict[int, list[tuple[float, int]]] = defaultdict(list)
        by_target: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for (s, t), v in case.scores.items():
            by_source[s].append((v, t))
            by_target[t].append((v, s))
        self.by_source = {k: [t for _, t in sorted(v, reverse=True)] for k, v in by_source.items()}
        self.by_target = {k: [s for _, s in sorted(v, reverse=True)] for k, v in by_target.items()}
        self.top: dict[int, int] = {}
        for s, ranked in self.by_source.items():
            mine = [t for t in ranked if (s, t) in case.chosen]
            if mine:
                self.top[s] = mine[0]

    def ancestors(self, target: int) -> list[int]:
        found, parent = [], self.tgt[target][2] if target in self.tgt else None
        while parent is not None and parent in self.tgt:
            found.append(parent)
            parent = self.tgt[parent][2]
        return found

    def near(self, source: int) -> set[int]:
        """The argument's siblings and its neighbours in document order."""
        i = self.order.index(source)
        beside = {self.order[j] for j in (i - 1, i + 1) if 0 <= j < len(self.order)}
        return beside | {
            x for x in self.src if self.src[x][2] == self.src[source][2] and x != source
        }

    def ranks(self, pair: Pair) -> tuple[int, int]:
        s, t = pair
        return self.by_source[s].index(t) + 1, self.by_target[t].index(s) + 1

    def missed(self, pair: Pair) -> str:
        """The class of a missed gold link."""
        s, t = pair
        kind = self.case.kinds.get(pair, "untyped")
        mine = self.top.get(s)
        others = {x for x, y in self.top.items() if y == t and x != s}
        if mine is None:
            where = "argument left unanswered"
        elif kind == "primary":
            where = "another section chosen"
        elif t in self.ancestors(mine):
            where = "encloses the chosen answer"
        elif others & self.near(s):
            where = "a sibling's/neighbour's answer"
        elif others:
            where = "another argument's answer"
        else:
            where = "answers no other argument"
        return f"{kind}: {where}"

    def false(self, pair: Pair) -> str:
        """The class of a false suggestion."""
        s, t = pair
        gold = [x for x in self.tgt if (s, x) in self.case.gold]
        best = self.top.get(s) == t
        others = {x for x, y in self.top.items() if y == t and x != s}
        if not gold:
            what = "argument the gold leaves unanswered"
        elif any(x in self.ancestors(t) for x in gold):
            what = "a sub-section of the gold answer"
        elif any(t in self.ancestors(x) for x in gold):
            what = "encloses the gold answer"
        elif others:
            what = "another argument's answer, other topic"
        else:
            what = "other topic"
        return f"{'best' if best else 'second'} candidate: {what}"


def table(cases: list[Case], listing: bool) -> str:
    """The error classes, counted per variant, with score bands and ranks."""
    counts: Counter[tuple[str, str, str]] = Counter()
    bands: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    ranks: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    rows: list[str] = []
    for case in cases:
        read = Reader(case)
        errors = [("FN", p, read.missed(p)) for p in case.gold - case.chosen if p[0] in case.judged]
        errors += [("FP", p, read.false(p)) for p in case.chosen - case.gold]
        for status, pair, name in errors:
            if pair[0] not in read.src or pair[1] not in read.tgt:
                name = "heading not imported"
                srank = trank = 0
            else:
                srank, trank = read.ranks(pair)
            score = case.scores.get(pair, 0.0)
            counts[(status, name, case.variant)] += 1
            bands[(status, name)][band(score)] += 1
            ranks[(status, name)][f"{min(srank, 3)}/{min(trank, 3)}"] += 1
            if listing and srank:
                s, t = read.src[pair[0]][1][:60], read.tgt[pair[1]][1][:60]
                rows.append(
                    f"{case.name[:30]:<30} {case.variant:<8} {status} {name:<48} "
                    f"{score:.2f} {srank:>2} {trank:>2} | {s} -> {t}"
                )
    lines = [f"{'':<3}{'class':<58}{'text/pdf':>9}{'json':>6}  score bands; srank/trank (3 = 3+)"]
    for status in ("FN", "FP"):
        names = sorted({n for st, n, _ in counts if st == status})
        names.sort(key=lambda n: -sum(counts[(status, n, v)] for v in ("text/pdf", "json")))
        for name in names:
            b = ", ".join(f"{k} {v}" for k, v in sorted(bands[(status, name)].items()))
            r = ", ".join(f"{k} {v}" for k, v in ranks[(status, name)].most_common(3))
            text, json = counts[(status, name, "text/pdf")], counts[(status, name, "json")]
            lines.append(f"{status} {name:<58}{text:>9}{json:>6}  {b}; {r}")
    return "\n".join(lines + sorted(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--dump", type=Path, help="save the scored cases here")
    parser.add_argument("--load", type=Path, help="read scored cases saved by --dump")
    parser.add_argument("--list", action="store_true", help="print every error too")
    args = parser.parse_args()
    if args.load:  # saved as plain dicts, so any script can read them
        cases = [Case(**fields) for fields in pickle.loads(args.load.read_bytes())]
    else:
        cases = scored_cases(args.corpus)
    if args.dump:
        args.dump.write_bytes(pickle.dumps([asdict(c) for c in cases]))
    print(table(cases, args.list))


if __name__ == "__main__":
    main()
