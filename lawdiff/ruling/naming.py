"""Which order sections, paragraphs and numbered motions an argument's words name.

An argument's heading words, counted over all the argument headings (a word in one heading is
that argument's own), decide whether a linked section is really about it
(:func:`shares_a_word`), which paragraphs of an order without headings answer it
(:func:`naming_paragraphs`), and which numbered motion ("MIL No. 1", an expert) a sentence is
about (:func:`motion_contexts`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.ruling.evidence import SentenceKey, sentence_key
from lawdiff.ruling.matching import ancestors
from lawdiff.ruling.motions import find_motions
from lawdiff.ruling.sentences import Sentence
from lawdiff.ruling.units import PARAGRAPH_NUMBER, SETTING, OrderText

WORD = re.compile(r"[a-z0-9]+")


_STOPWORDS_TEXT = """
the a an and or of to in on for is are be by its it that this with as at not no from
should must would will can cannot because any all court does did has have more than under
was were their his her our motion claim claims argument arguments
"""


_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def distinct_words(arguments: Sequence[SegmentInfo]) -> dict[str, int]:
    """How many argument headings each content word occurs in."""
    counts: dict[str, int] = {}
    for argument in arguments:
        for word in content_words(argument.heading):
            counts[word] = counts.get(word, 0) + 1
    return counts


def prefixes(words: set[str]) -> set[str]:
    """Words cut to eight letters: "downloading" is "download", "communications" is not
    "community"."""
    return {w[:8] for w in words}


def content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) >= 3}


def names_argument(sentence: str, argument: SegmentInfo, distinct: Mapping[str, int]) -> bool:
    """Whether a sentence names the argument: two of its heading's words, or one of its own."""
    words = content_words(argument.heading)
    shared = words & content_words(sentence)
    shared = {w for w in shared if distinct.get(w, 0) < 99}
    own = [w for w in shared if distinct.get(w, 0) == 1]
    return (len(shared) >= 2 and bool(own)) or (bool(own) and len(words) <= 4)


def naming_paragraphs(
    order: OrderText,
    argument: SegmentInfo,
    arguments: Sequence[SegmentInfo],
    distinct: Mapping[str, int],
) -> tuple[SegmentId, ...]:
    """Order paragraphs about an argument no section is linked to (orders without headings:
    minute orders, tentative rulings, numbered paragraphs).

    A paragraph is about the argument when it names the same numbered motion or expert as the
    argument's heading or an enclosing one ("MIL No. 1 …: GRANTED" for "MOTION IN LIMINE NO. 1:
    …"), or when it names the argument (see :func:`names_argument`); never a background or legal
    standard paragraph.
    """
    wanted = numbered_motions(argument, arguments)
    found: list[SegmentId] = []
    for segment in order.segments:
        if segment.kind is not SegmentKind.PARAGRAPH or not segment.text:
            continue
        named = {m.detail for m in find_motions(segment.text[:200]) if m.specific}
        if SETTING.match(PARAGRAPH_NUMBER.sub("", segment.text)):
            continue
        if (wanted and wanted & named) or (
            not wanted and names_argument(segment.text, argument, distinct)
        ):
            found.append(segment.id)
    return tuple(found)


def numbered_motions(argument: SegmentInfo, arguments: Sequence[SegmentInfo]) -> set[str]:
    """The numbered motions (or experts) an argument's heading or an enclosing one names
    ("MOTION IN LIMINE NO. 1: …" = {"mil 1"})."""
    chain = [argument, *ancestors(argument, {a.id: a for a in arguments})]
    return {m.detail for a in chain for m in find_motions(a.heading) if m.specific}


def motion_contexts(
    order: OrderText, sentences: Sequence[Sentence]
) -> dict[SentenceKey, frozenset[str]]:
    """For each sentence, the numbered motions (or experts) it is about: those it names, else
    those named last before it in its paragraph, else its section heading's ("MIL No. 5 …:
    GRANTED IN PART. Mr. Whitcombe may testify …" is about MIL 5)."""
    by_id = {s.id: s for s in order.segments}
    out: dict[SentenceKey, frozenset[str]] = {}
    segment: SegmentId | None = None
    current: frozenset[str] = frozenset()
    for sentence in sentences:
        if sentence.segment != segment:
            segment = sentence.segment
            here = by_id.get(segment)
            chain = [here, *ancestors(here, by_id)] if here is not None else []
            current = frozenset(
                m.detail for h in chain for m in find_motions(h.heading) if m.specific
            )
        named = frozenset(m.detail for m in find_motions(sentence.text) if m.specific)
        current = named or current
        out[sentence_key(sentence)] = current
    return out


def in_motion(
    sentence: Sentence, wanted: AbstractSet[str], contexts: Mapping[SentenceKey, frozenset[str]]
) -> bool:
    """Whether a sentence may speak to an argument of the numbered motions ``wanted``: it is
    about one of them, or about no numbered motion at all."""
    context = contexts.get(sentence_key(sentence), frozenset())
    return not wanted or not context or bool(context & wanted)


def shares_a_word(argument: SegmentInfo, text: str, distinct: Mapping[str, int]) -> bool:
    """Whether an order section uses any word of the argument's heading (stems of six letters).

    A linked section that shares none is the linker's mistake, not the court's answer.
    """
    words = {w[:6] for w in content_words(argument.heading) if distinct.get(w, 0) < 99}
    return not words or bool(words & {w[:6] for w in content_words(text)})
