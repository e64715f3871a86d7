"""A learned second opinion on which lines are headings: logistic regression over line shape.

Each line of a text is described by its shape alone (its numbering token's kind, its case,
length and closing punctuation, the blank lines around it, its indentation, whether the next
line continues it, how many lines of the document open with the same numbering kind, where it
sits in the document), and :func:`scores` rates how likely it is to be a heading. The weights
are data (``resources/segment_line_model.json``), fitted by ``scripts/segml.py`` on the
labelled brief pairs, never edited by hand. Plain Python: no numpy at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from lawdiff.segment import patterns

WEIGHTS = Path(__file__).resolve().parents[2] / "resources" / "segment_line_model.json"

# Numbering token kinds, most specific first: (name, pattern on the line's start).
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "word",
            r"^(?i:(?:point|ground|issue|argument|proposition|objection|question|"
            r"assignment\s+of\s+error|chapter|part|section|head)\s+(?:no\.\s*)?"
            r"(?:[ivxlc]+|\d+|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
        ),
        ("decimal3", r"^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s"),
        ("decimal2", r"^\d{1,2}\.\d{1,2}\.?\s"),
        ("roman", r"^[IVXLC]{1,6}[.)]\s"),
        ("upper", r"^[A-Z][.)]\s"),
        ("arabic", r"^\d{1,2}[.)]\s"),
        ("arabic_bare", r"^\d{1,2}\s+[A-Z]"),
        ("lower_roman", r"^[ivx]{1,5}[.)]\s"),
        ("lower", r"^[a-z][.)]\s"),
        ("paren_roman", r"^\((?:[ivx]{1,5}|[IVX]{1,5})\)\s"),
        ("paren_letter", r"^\([A-Za-z]\)\s"),
        ("paren_digit", r"^\(\d{1,2}\)\s"),
    )
)
LEADERS = re.compile(r"(?:\.\s?){4,}|…|\s{3,}\d+\s*$")
CITE = re.compile(r"\b(?:v\.|U\.S\.C\.|F\.\s?\d|§|para(?:graph)?s?\b|Art(?:icle)?\.?\s\d)")


def kind(line: str) -> str:
    """The kind of numbering token a line opens with ("" for none)."""
    bare = line.strip()
    return next((name for name, pattern in KINDS if pattern.match(bare)), "")


def _words(line: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", line)


def _shape(line: str) -> list[float]:
    """Features of the line's own text."""
    bare = line.strip()
    words = _words(bare)
    letters = [c for c in bare if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    titled = sum(w[0].isupper() for w in words) / len(words) if words else 0.0
    end = bare[-1:] if bare else ""
    return [
        upper,
        float(upper > 0.9),
        titled,
        math.log1p(len(words)),
        float(len(words) <= 12),
        float(end == "."),
        float(end in ":–—-"),
        float(end.isalpha()),
        float(end == ")"),
        float(bool(LEADERS.search(bare))),
        float(bool(CITE.search(bare))),
        float(bool(re.match(r"^(?:That|Because|Whether)\b", re.sub(r"^\S+\s+", "", bare)))),
    ]


def _context(lines: Sequence[str], i: int, width: float) -> list[float]:
    """Features of the lines around it: blank lines, indentation, a continuing next line."""
    line = lines[i]
    before = lines[i - 1].strip() if i > 0 else ""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    indent = len(line) - len(line.lstrip())
    return [
        float(not before),
        float(not after),
        float(indent > 0),
        float(indent >= 10),
        float(bool(after) and after[0].islower()),
        len(line.strip()) / width,
        float(len(line.strip()) >= 0.85 * width),
    ]


def features(lines: Sequence[str]) -> list[list[float] | None]:
    """Each line's features, None for a blank line."""
    kinds = [kind(line) for line in lines]
    counts = Counter(kinds)
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    width = float(lengths[int(0.9 * (len(lengths) - 1))]) if lengths else 1.0
    width = max(width, 1.0)
    rows: list[list[float] | None] = []
    for i, line in enumerate(lines):
        if not line.strip():
            rows.append(None)
            continue
        onehot = [float(kinds[i] == name) for name, _ in KINDS]
        siblings = math.log1p(counts[kinds[i]] - 1) if kinds[i] else 0.0
        position = i / max(len(lines) - 1, 1)
        rows.append(
            [
                1.0,
                *onehot,
                siblings,
                position,
                float(position < 0.1),
                float(position > 0.9),
                *_shape(line),
                *_context(lines, i, width),
            ]
        )
    return rows


@cache
def weights() -> tuple[tuple[float, ...], float]:
    """The fitted weights and the threshold fitted leave-one-set-out."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return tuple(float(w) for w in data["weights"]), float(data["threshold"])


def probability(row: Sequence[float], coefficients: Sequence[float]) -> float:
    """The logistic model's probability that a line with features ``row`` is a heading."""
    z = sum(w * x for w, x in zip(coefficients, row, strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def scores(lines: Sequence[str]) -> list[float]:
    """Each line's probability of being a heading under the fitted weights (0 when blank)."""
    coefficients, _ = weights()
    return [0.0 if row is None else probability(row, coefficients) for row in features(lines)]


@lru_cache(maxsize=4)
def _cached_scores(texts: tuple[str, ...]) -> tuple[float, ...]:
    return tuple(scores(texts))


def rated_heading(texts: Sequence[str], index: int) -> bool:
    """True when the model rates line ``index`` of ``texts`` a heading above its threshold."""
    _, threshold = weights()
    return _cached_scores(tuple(texts))[index] >= threshold


def learned_heading(walker: Any, line: Any) -> int | None:
    """The second opinion at a body line the rules left as text: a heading when the model
    rates it one, numbered into the rules' outline by its enumerator (the top when it has
    none); the index of the line after it, or None."""
    if line.index < walker.regions.body_start:
        return None
    if not rated_heading([each.text for each in walker.lines], line.index):
        return None
    match = patterns.ENUMERATOR_START.match(line.text)
    if match is None:
        walker._major_heading(line, line.index)
    elif walker.tracker.fits(match.group("enum"), lenient=True) is not None:
        walker._outline_heading(
            match.group("enum"), line.start + match.start("title"), line.content_end, lenient=True
        )
    else:
        return None
    return int(line.index) + 1
