"""Time suggest_rebuttals against naive all-pairs rapidfuzz on 2,000 × 2,000 synthetic segments.

Run: ``.venv/bin/python bench/link.py`` (``--size 500`` for a quicker look).

Each source segment is a heading and ≈80 words drawn from a Zipf-like vocabulary; its answering
segment is a paraphrase (a third of the words swapped for a synonym, clauses reordered, a few
words dropped and added), and the targets are shuffled. The naive approach is what issue 5
measures: ``process.cdist(token_set_ratio, workers=-1)`` over every pair, top-1 by argmax.
"""

from __future__ import annotations

import argparse
import random
import time

from rapidfuzz import fuzz, process

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.link import suggest_rebuttals

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pe", "da", "gu", "zen", "tor", "bil"]


def vocabulary(rng: random.Random, size: int) -> tuple[list[str], dict[str, str]]:
    """Distinct pseudo-words and a synonym for each."""
    words: set[str] = set()
    while len(words) < 2 * size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    base, alternatives = ordered[:size], ordered[size:]
    return base, dict(zip(base, alternatives, strict=True))


def sentence(rng: random.Random, words: list[str], weights: list[float], n: int) -> list[str]:
    return rng.choices(words, weights=weights, k=n)


def paraphrase(
    rng: random.Random, tokens: list[str], synonyms: dict[str, str], extra: list[str]
) -> list[str]:
    swapped = [synonyms[t] if rng.random() < 0.33 else t for t in tokens]
    clauses = [swapped[i : i + 10] for i in range(0, len(swapped), 10)]
    rng.shuffle(clauses)
    flat = [t for clause in clauses for t in clause if rng.random() > 0.1]
    return flat + rng.sample(extra, 6)


def segment(seg_id: int, document: int, heading: str, text: str, order: int) -> SegmentInfo:
    return SegmentInfo(
        id=SegmentId(seg_id),
        document=DocumentId(document),
        parent=None,
        kind=SegmentKind.HEADING,
        label=f"S{seg_id}",
        heading=heading,
        text=text,
        order=order,
        level=0,
        start_page=1,
        start_line=1,
        end_page=1,
        end_line=28,
    )


def build(
    size: int, seed: int
) -> tuple[list[SegmentInfo], list[SegmentInfo], dict[SegmentId, SegmentId]]:
    rng = random.Random(seed)
    words, synonyms = vocabulary(rng, 4000)
    weights = [1.0 / (rank + 10) for rank in range(len(words))]
    sources, targets, truth = [], [], {}
    order = list(range(size))
    rng.shuffle(order)
    for i in range(size):
        heading = sentence(rng, words, weights, 6)
        body = sentence(rng, words, weights, 80)
        sources.append(segment(i + 1, 1, " ".join(heading), " ".join(body), i))
        answer_id = 100_000 + order[i]
        targets.append(
            segment(
                answer_id,
                2,
                " ".join(paraphrase(rng, heading, synonyms, words)[:7]),
                " ".join(paraphrase(rng, body, synonyms, words)),
                order[i],
            )
        )
        truth[SegmentId(i + 1)] = SegmentId(answer_id)
    targets.sort(key=lambda s: s.order)
    return sources, targets, truth


def unit_text(segment: SegmentInfo) -> str:
    return f"{segment.heading}\n{segment.text}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sources, targets, truth = build(args.size, args.seed)

    start = time.perf_counter()
    ranked = suggest_rebuttals(sources, targets, threshold=0.0)
    ours_seconds = time.perf_counter() - start
    ours: dict[SegmentId, SegmentId] = {}
    for suggestion in ranked:
        ours.setdefault(suggestion.source, suggestion.target)

    start = time.perf_counter()
    matrix = process.cdist(
        [unit_text(s) for s in sources],
        [unit_text(t) for t in targets],
        scorer=fuzz.token_set_ratio,
        workers=-1,
    )
    naive = {s.id: targets[int(row.argmax())].id for s, row in zip(sources, matrix, strict=True)}
    naive_seconds = time.perf_counter() - start

    agree = sum(ours.get(s) == naive[s] for s in truth)
    print(f"{args.size} x {args.size} synthetic segments (~80 words, paraphrased pairs)")
    print(f"suggest_rebuttals:              {ours_seconds:7.2f} s")
    print(f"naive cdist token_set_ratio:    {naive_seconds:7.2f} s (workers=-1)")
    print(f"ratio:                          {ours_seconds / naive_seconds:7.3f} (target <= 0.050)")
    print(f"top-1 agrees with naive:        {agree}/{len(truth)}")
    ours_right = sum(ours.get(s) == t for s, t in truth.items())
    naive_right = sum(naive[s] == t for s, t in truth.items())
    print(f"top-1 correct, suggest:         {ours_right}/{len(truth)}")
    print(f"top-1 correct, naive:           {naive_right}/{len(truth)}")


if __name__ == "__main__":
    main()
