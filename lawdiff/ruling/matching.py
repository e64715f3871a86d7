"""Which sentences of an order are about which argument, found from the words themselves.

Every sentence of the order is scored against every argument heading like a search engine
scores a page against a query (BM25 without length normalisation): each heading word the
sentence shares counts its inverse document frequency over the order's sentences, the words of
enclosing headings count half. Words are cut to their first six letters ("suspend",
"suspension"), party names do not count (they are everywhere), and a foreign word listed in the
``[gloss]`` of ``rulings.toml`` also stands for its English words ("kerugian" = "harm
damages"), so an Indonesian article is matched against English briefs. A sentence is *about*
an argument when its score reaches ``min_relevance`` and half the argument's best score; a
sentence that matches no argument continues the topic of the sentence before it in the same
paragraph (at most two in a row: "However, serious questions are not enough …").

This works without any heading or link in the order (minute orders, tentative rulings, news
articles) and narrows a section that rules on several points to the sentences of each point.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.ruling.rulebook import folded_forms
from lawdiff.ruling.sentences import Sentence

STEM = 6
_INHERIT = 2
_WORD = re.compile(r"[a-z0-9]+(?:\.\d+)*")  # "section 8.2" is not "section 8.5"
_CASED = re.compile(r"[A-Za-z]+")
_STOPWORDS_TEXT = """
the a an and or of to in on for is are be by its it that this with as at not no from
should must would will can cannot because any all court does did has have more than under
was were their his her our motion motions claim claims argument arguments also been only
into over such these those there which who whom what when where while whether if but so
may might could nor too very own same other any each both either neither about after
before between during against without within upon than then them they he she we you
plaintiff plaintiffs defendant defendants movant respondent party parties order ordered
yang dan di ke dari itu ini dengan untuk dalam tidak bahwa atau akan juga pada oleh karena
sebagai adalah hakim menurut memang tetapi namun para pihak kata sama saja lebih belum
telah sudah masih hanya agar atas antara lain apakah seorang tersebut putusan pengadilan
grant grants granted granting deny denies denied denying sustained overruled
"""
# (the words that dispose of a motion say what the court did, not what a sentence is about:
# "granted as to … and denied as to the NYSHRL claim" is not about a heading "… Was Denied the
# Promotion …")
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def stems(text: str, gloss: Sequence[tuple[str, str]] = (), ignore: Iterable[str] = ()) -> set[str]:
    """The content words of ``text`` cut to their stems, with the English of glossed words.

    Args:
        text: any text.
        gloss: (foreign phrase, English words) pairs; a phrase found as whole words adds its
            English words.
        ignore: names whose words never count (party names).
    """
    skipped = {stem(w) for name in ignore for w in _WORD.findall(name.lower())}
    return {
        stem(word)
        for word in _WORD.findall(glossed(text, gloss))
        if word not in STOPWORDS and (len(word) >= 3 or word.isdigit())
    } - skipped


def glossed(text: str, gloss: Sequence[tuple[str, str]] = ()) -> str:
    """``text`` folded to lower case, with the English words of each glossed phrase in it."""
    _, lowered = folded_forms(text)
    extra = [words for phrase, words in gloss if _has_phrase(lowered, phrase)]
    return " ".join([lowered, *extra])


def stem(word: str) -> str:
    """A word's first six letters, a plural's "s" dropped first ("harms" = "harm",
    "suspension" = "suspend", "interference" ≠ "interest")."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM]


def _has_phrase(lowered: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered) is not None


@dataclass(frozen=True)
class Topics:
    """For each sentence of an order, the arguments it is about.

    Attributes:
        sentences: the order's sentences, in document order.
        direct: for each sentence, the arguments its own words match.
        about: ``direct``, or for a sentence that matches none, the topic it continues.
        scores: for each argument, its score on each sentence.
        idf: the inverse document frequency of each stem over the sentences.
        queries: each argument's weighted heading stems.
    """

    sentences: tuple[Sentence, ...]
    direct: tuple[frozenset[SegmentId], ...]
    about: tuple[frozenset[SegmentId], ...]
    scores: Mapping[SegmentId, tuple[float, ...]]
    idf: Mapping[str, float]
    queries: Mapping[SegmentId, Mapping[str, float]]

    def of(self, argument: SegmentId) -> list[Sentence]:
        """The sentences about ``argument`` (matched or continuing), in document order."""
        return [s for s, about in zip(self.sentences, self.about, strict=True) if argument in about]

    def directly(self, argument: SegmentId) -> list[Sentence]:
        """The sentences whose own words match ``argument``."""
        return [s for s, hit in zip(self.sentences, self.direct, strict=True) if argument in hit]


def match_arguments(
    sentences: Sequence[Sentence],
    arguments: Sequence[SegmentInfo],
    gloss: Sequence[tuple[str, str]] = (),
    ignore: Iterable[str] = (),
    min_relevance: float = 1.0,
    texts: Sequence[str] | None = None,
) -> Topics:
    """Match every sentence of an order to the argument headings it is about.

    Args:
        sentences: the order's sentences in document order.
        arguments: the argument units of the motion and the opposition.
        gloss: foreign words and their English (see :func:`stems`).
        ignore: words that never count (party names).
        min_relevance: the score from which a sentence is about an argument.
        texts: the words to match for each sentence, when not its text (the caller blanks
            the cues out: "expresses no view" is the court's verdict, not its topic).
    """
    ignored = [w for name in ignore for w in _WORD.findall(name.lower())]
    words = texts if texts is not None else [s.text for s in sentences]
    bags = [stems(text, gloss, ignored) for text in words]
    idf = inverse_frequencies(bags)
    order_names = proper_names(s.text for s in sentences) - set(ignored)
    queries = weighted_queries(arguments, ignored, order_names)
    names = _heading_names(arguments, order_names)
    everyone = set().union(*names.values()) if names else set()
    scores = {
        argument: tuple(
            0.0 if _names_another(bag, names[argument], everyone) else relevance(query, bag, idf)
            for bag in bags
        )
        for argument, query in queries.items()
    }
    direct = _direct(scores, len(sentences), min_relevance)
    weak = _weak(scores, len(sentences), min_relevance / 2)
    return Topics(
        tuple(sentences), direct, _continued(sentences, direct, weak), scores, idf, queries
    )


def inverse_frequencies(bags: Sequence[set[str]]) -> dict[str, float]:
    """BM25's inverse document frequency of each stem over the bags, in units of a word found
    in one bag only (so that one such word scores 1 in a short order as in a long one)."""
    count = len(bags)
    frequency: dict[str, int] = {}
    for bag in bags:
        for word in bag:
            frequency[word] = frequency.get(word, 0) + 1
    rarest = math.log((count - 0.5) / 1.5 + 1) if count else 1.0
    return {
        word: math.log((count - df + 0.5) / (df + 0.5) + 1) / rarest
        for word, df in frequency.items()
    }


def heading_queries(
    arguments: Sequence[SegmentInfo], ignore: Iterable[str] = ()
) -> dict[SegmentId, dict[str, float]]:
    """Each argument's query: its heading's stems (weight 1), its ancestors' (weight 0.5)."""
    by_id = {a.id: a for a in arguments}
    ignored = list(ignore)
    queries: dict[SegmentId, dict[str, float]] = {}
    for argument in arguments:
        query = {
            stem: 0.5
            for parent in ancestors(argument, by_id)
            for stem in stems(parent.heading, ignore=ignored)
        }
        query.update(dict.fromkeys(stems(argument.heading, ignore=ignored), 1.0))
        queries[argument.id] = query
    return queries


def weighted_queries(
    arguments: Sequence[SegmentInfo], ignore: Iterable[str], names: AbstractSet[str]
) -> dict[SegmentId, dict[str, float]]:
    """:func:`heading_queries`, each word's weight divided by the square root of the number
    of headings that use it ("opinion" in every Daubert heading says little), except a proper
    name of the order ("Marchetti", "Sherman": what a point is about), which counts double."""
    queries = heading_queries(arguments, ignore)
    used: dict[str, int] = {}
    for heading in arguments:
        for word in stems(heading.heading, ignore=ignore):
            used[word] = used.get(word, 0) + 1
    by_id = {a.id: a for a in arguments}
    out: dict[SegmentId, dict[str, float]] = {}
    for argument, query in queries.items():
        chain = [by_id[argument], *ancestors(by_id[argument], by_id)]
        named = {stem(w) for a in chain for w in _WORD.findall(a.heading.lower()) if w in names}
        out[argument] = {
            word: weight * (2.0 if word in named else 1.0 / math.sqrt(used.get(word, 1)))
            for word, weight in query.items()
        }
    return out


def proper_names(texts: Iterable[str]) -> set[str]:
    """The words (lowercased) an order only ever writes capitalised, at least once inside a
    sentence (not first): names of people, statutes, products."""
    capital: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for index, match in enumerate(_CASED.finditer(text)):
            word = match.group(0)
            if word[0].isupper() and word[1:].islower() and index > 0:
                capital.add(word.lower())
            elif word.islower():
                lower.add(word)
    return {w for w in capital - lower if w not in STOPWORDS and len(w) >= 4}


def _heading_names(
    arguments: Sequence[SegmentInfo], names: AbstractSet[str]
) -> dict[SegmentId, set[str]]:
    """The stems of the order's proper names each argument's heading (or an enclosing one)
    uses."""
    by_id = {a.id: a for a in arguments}
    return {
        a.id: {
            stem(w)
            for h in [a, *ancestors(a, by_id)]
            for w in _WORD.findall(h.heading.lower())
            if w in names
        }
        for a in arguments
    }


def _names_another(bag: set[str], own: set[str], everyone: set[str]) -> bool:
    """Whether a sentence names another argument's subject ("Dr. Whitford") and not this
    one's ("Dr. Marchetti"): it is about that other point, whatever common words it shares
    with this one. An argument whose heading names no one is never excluded this way."""
    return bool(own) and bool(bag & (everyone - own)) and not bag & own


def relevance(query: Mapping[str, float], bag: set[str], idf: Mapping[str, float]) -> float:
    """How well a sentence's stems answer a query."""
    return sum(weight * idf.get(stem, 0.0) for stem, weight in query.items() if stem in bag)


def _direct(
    scores: Mapping[SegmentId, tuple[float, ...]], count: int, floor: float
) -> tuple[frozenset[SegmentId], ...]:
    hits: list[set[SegmentId]] = [set() for _ in range(count)]
    for argument, row in scores.items():
        best = max(row, default=0.0)
        for index, score in enumerate(row):
            if score >= floor and score >= best / 2:
                hits[index].add(argument)
    return tuple(frozenset(h) for h in hits)


def _weak(
    scores: Mapping[SegmentId, tuple[float, ...]], count: int, floor: float
) -> tuple[frozenset[SegmentId], ...]:
    """For each sentence, the arguments it matches best, when that match reaches ``floor``
    (half of ``min_relevance``): too weak to be about them, strong enough to show that the
    sentence turns to them ("Soal pembekuan dana, …" after a paragraph on the mark)."""
    out: list[frozenset[SegmentId]] = []
    for index in range(count):
        row = {argument: scores[argument][index] for argument in scores}
        top = max(row.values(), default=0.0)
        out.append(
            frozenset(a for a, s in row.items() if s >= 0.9 * top) if top >= floor else frozenset()
        )
    return tuple(out)


def _continued(
    sentences: Sequence[Sentence],
    direct: Sequence[frozenset[SegmentId]],
    weak: Sequence[frozenset[SegmentId]],
) -> tuple[frozenset[SegmentId], ...]:
    """A sentence matching no argument continues the topic before it in its paragraph, unless
    its words turn, weakly, to other arguments: then it is about those."""
    about: list[frozenset[SegmentId]] = []
    carried = 0
    label: frozenset[SegmentId] = frozenset()  # the topic a run-in label gave the paragraph
    for index, hit in enumerate(direct):
        same_paragraph = index > 0 and sentences[index - 1].segment == sentences[index].segment
        opening = not same_paragraph or _ENUMERATOR.match(sentences[index - 1].text)
        if opening:
            label = hit if hit and _run_in_label(sentences[index].text) else frozenset()
        if not hit and same_paragraph and label:
            about.append(label)  # "1. The causation opinion. …": the whole paragraph's topic
        elif hit or not same_paragraph or not about or carried >= _INHERIT:
            about.append(hit)
            carried = 0
        elif weak[index] and not weak[index] & about[-1]:
            about.append(weak[index])
            carried = 0
        else:
            about.append(about[-1])
            carried += 1
    return tuple(about)


# a run-in label opens a paragraph with its topic and no verb: "The causation opinion.",
# "Compulsory process.", "1. Timing."
_LABEL = re.compile(
    r"^\W*(?:\d{1,2}\.|[a-z]\.|\([a-z0-9]{1,3}\))?\s*(?:[\w'’-]+\s+){0,6}[\w'’-]+\.$", re.I
)
_ENUMERATOR = re.compile(r"^\W*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?\W*$", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|does|do|did|will|would|can|could|may|must|"
    r"shall|should)\b|\b\w{3,}(?:ed|es)\b",
    re.IGNORECASE,
)


def _run_in_label(text: str) -> bool:
    """Whether a paragraph's first sentence is a run-in label: a few words, no verb."""
    return _LABEL.match(text.strip()) is not None and _VERB.search(text) is None


def ancestors(argument: SegmentInfo, by_id: Mapping[SegmentId, SegmentInfo]) -> list[SegmentInfo]:
    """The headings above ``argument``, nearest first (a loop in bad data stops the walk)."""
    chain: list[SegmentInfo] = []
    current = by_id.get(argument.parent) if argument.parent is not None else None
    while current is not None and current not in chain:
        chain.append(current)
        current = by_id.get(current.parent) if current.parent is not None else None
    return chain
