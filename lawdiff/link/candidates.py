"""Cheap candidate generation: TF-IDF vectors and an inverted index, in pure Python.

rapidfuzz over every pair of 2,000 × 2,000 segments takes 20–40 s; cosine similarity of
TF-IDF vectors through an inverted index touches only pairs that share a word, and skipping
words that occur in a large share of the targets (they barely move a cosine) keeps that to a
fraction of a second. Only the best few pairs per source go on to the expensive signals.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

Vector = dict[str, float]

COMMON_SHARE = 0.1  # words in more than this share of the targets do not generate candidates
COMMON_MINIMUM = 50  # ... unless there are so few targets that every pair is cheap anyway
QUERY_TERMS = 20  # a source looks for candidates through its heaviest words only


def tfidf_vectors(token_lists: Sequence[Sequence[str]], idf: dict[str, float]) -> list[Vector]:
    """Unit-length TF-IDF vectors (sublinear term frequency) of each token list."""
    vectors: list[Vector] = []
    for tokens in token_lists:
        counts = Counter(tokens)
        vector = {t: (1.0 + math.log(n)) * idf.get(t, 0.0) for t, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        vectors.append({t: w / norm for t, w in vector.items() if w > 0.0})
    return vectors


def inverse_document_frequency(token_lists: Sequence[Sequence[str]]) -> dict[str, float]:
    """Smoothed IDF of every word over ``token_lists``."""
    frequency: Counter[str] = Counter()
    for tokens in token_lists:
        frequency.update(set(tokens))
    total = len(token_lists)
    return {t: math.log((1 + total) / (1 + n)) + 1.0 for t, n in frequency.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two unit-length sparse vectors."""
    return sum(a[t] * b[t] for t in a.keys() & b.keys())


def nearest(sources: Sequence[Vector], targets: Sequence[Vector], k: int) -> list[list[int]]:
    """For each source vector, the indexes of its ``k`` most similar targets (best first).

    Targets sharing none of a source's :data:`QUERY_TERMS` heaviest uncommon words are
    never candidates for it.
    """
    postings = _postings(targets)
    found: list[list[int]] = []
    for vector in sources:
        scores: defaultdict[int, float] = defaultdict(float)  # first touched first: ties
        usable = filter(postings.__contains__, vector)  # in the vector's order: ties
        for term in heapq.nlargest(QUERY_TERMS, usable, key=vector.__getitem__):
            indexes, weights = postings[term]
            products = map(vector[term].__mul__, weights)
            for index, product in zip(indexes, products, strict=True):
                scores[index] += product
        found.append(heapq.nlargest(k, scores, key=scores.__getitem__))
    return found


def _postings(targets: Sequence[Vector]) -> dict[str, tuple[list[int], list[float]]]:
    """Each usable word's targets and its weight in each, in target order.

    Common words (:data:`COMMON_SHARE`) are left out before their long lists are built.
    """
    frequency: Counter[str] = Counter()
    for vector in targets:
        frequency.update(vector.keys())
    few = len(targets) < COMMON_MINIMUM  # so few targets that every pair is cheap anyway
    limit = COMMON_SHARE * len(targets)
    postings: dict[str, tuple[list[int], list[float]]] = {
        t: ([], []) for t, n in frequency.items() if few or n <= limit
    }
    for index, vector in enumerate(targets):
        for term, weight in vector.items():
            entry = postings.get(term)
            if entry is not None:
                entry[0].append(index)
                entry[1].append(weight)
    return postings
