"""The court's short reply to a position it has just reported, read by its place.

A court often reports a party's position and answers it in a few words that name no one:
"Harbourline's first submission is that … no duty of care could arise. I do not accept it.";
"DHS argues that the detentions continue a conflict that began in 2016. The Court does not
agree."; "The Defendants ask … that this be Hollins's last amendment. That request is
reasonable." The reply carries no cue of the detector's own (it says neither who nor what), but
its polarity, acceptance or rejection, says which side won: rejection is against the party whose
position the court last reported, acceptance for it.

A sentence is such a reply when it is short, names no party, has no cue reading of its own, is
no concession the court turns ("That is correct as far as it goes. But …") and has a polarity
(the ``[replies]`` words of ``resources/rulings.toml``); its party is the one of the nearest
sentence before it, in its own paragraph or the one before, that reports a party's position
(the party's name or role and "argues / contends / submits / says …", or "X's argument / point
/ submission …"). The replies are read only for an argument that has no
cue-read sentence of its own (see :mod:`.arguments`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lawdiff.classify.cues import CueSyntaxError, compile_cue
from lawdiff.core.cuefile import check_unit, phrases
from lawdiff.core.errors import KnownError
from lawdiff.core.ids import SegmentId
from lawdiff.core.rulings import OPPOSITE, Evidence, Side
from lawdiff.ruling.evidence import (
    NEGATION,
    REPORTING_VERBS,
    Reading,
    SentenceKey,
    concessions,
    read_sentence,
    sentence_key,
)
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.rulebook import RuleBook, RulingCue, book_table, folded_forms
from lawdiff.ruling.sentences import Sentence
from lawdiff.ruling.units import OrderText

_NEGATED = re.compile(NEGATION, re.IGNORECASE)
# what a party's reported position is called after its name: "Harbourline's first submission"
_POSITION_NOUNS = (
    r"(?:argument|contention|position|point|submission|objection|theory|reading|response|"
    r"complaint|request|challenge|view)s?"
)


@dataclass(frozen=True)
class ReplyWords:
    """The ``[replies]`` table: the polarity of a reply, and how far a reply reaches.

    Attributes:
        accept: phrases of acceptance ("agree", "is right", "well taken"); negated, they reject.
        reject: phrases of rejection ("not persuaded", "do not accept", "not so").
        reporting: verbs reporting a party's position besides the detector's own table
            (``REPORTING_VERBS``: argues, contends, submits, says …).
        weight: the weight of a reply's reading (a cue's weight: see ``[weights]``).
        most_words: the longest reply, in words.
    """

    accept: tuple[RulingCue, ...] = ()
    reject: tuple[RulingCue, ...] = ()
    reporting: tuple[str, ...] = ()
    weight: float = 0.6
    most_words: int = 12

    @property
    def attribution(self) -> re.Pattern[str]:
        """A party's position reported, read just after the party's name."""
        return _attribution(self.reporting)


@lru_cache(maxsize=4)
def _attribution(reporting: tuple[str, ...]) -> re.Pattern[str]:
    verbs = "|".join([REPORTING_VERBS, *(re.escape(v) for v in reporting)])
    return re.compile(
        rf"^(?:'s?|’s?)?(?:\s+[\w,]+){{0,3}}?\s+(?:{verbs})\b"
        rf"|^(?:'s?|’s?)\s+(?:[\w-]+\s+){{0,2}}{_POSITION_NOUNS}\b",
        re.IGNORECASE,
    )


def reply_words(book: RuleBook) -> ReplyWords:
    """The ``[replies]`` table of the rule book's file (the bundled one's when the file has
    none or the book was built in memory).

    Raises:
        KnownError: the table is malformed.
    """
    return _load(book.source or "")


@lru_cache(maxsize=4)
def _load(source: str) -> ReplyWords:
    found, path = book_table(source, "replies")
    weight = found.get("weight", 0.6)
    check_unit(weight, "[replies] weight", path)
    most = found.get("most_words", 12)
    if isinstance(most, bool) or not isinstance(most, int) or most < 1:
        raise KnownError(f"[replies] most_words must be a whole number of words: {most!r}", path)
    return ReplyWords(
        _cues(found, "accept", path),
        _cues(found, "reject", path),
        phrases(found, "reporting", "replies", path),
        float(weight),
        most,
    )


def _cues(found: Mapping[str, object], key: str, path: Path) -> tuple[RulingCue, ...]:
    out = []
    for text in phrases(found, key, "replies", path):
        try:
            out.append(RulingCue(compile_cue(text, key, 1.0), key))
        except CueSyntaxError as exc:
            raise KnownError(f"[replies] {key}: {text!r}: {exc}", path) from exc
    return tuple(out)


@dataclass(frozen=True)
class Reply:
    """A reply's reading, and the sentence reporting the position it answers."""

    reading: Reading
    answers: SentenceKey


def reply_readings(
    sentences: Sequence[Sentence], parties: PartyNames, book: RuleBook
) -> dict[SentenceKey, Reply]:
    """Each reply among an order's sentences (in document order), keyed by sentence: its
    reading (rejection against the party whose position it answers, acceptance for it) and
    the sentence it answers."""
    words = reply_words(book)
    conceded = concessions(sentences)  # "That is correct as far as it goes. But …"
    out: dict[SentenceKey, Reply] = {}
    for number, sentence in enumerate(sentences):
        polarity = _polarity(sentence, words, parties)
        if (
            polarity is None
            or sentence_key(sentence) in conceded
            or read_sentence(sentence, book, parties) is not None
        ):
            continue
        answered = _answered(sentences, number, words, parties)
        if answered is None:
            continue
        party, position = answered
        side = party if polarity[0] == "accept" else OPPOSITE[party]
        evidence = Evidence(sentence.text, sentence.page, sentence.line, polarity[1], side)
        out[sentence_key(sentence)] = Reply(Reading(side, words.weight, evidence), position)
    return out


def _polarity(sentence: Sentence, words: ReplyWords, parties: PartyNames) -> tuple[str, str] | None:
    """("accept" or "reject", the phrase) of a short sentence naming no party; None for any
    other sentence."""
    if len(sentence.text.split()) > words.most_words:
        return None
    folded, lowered = folded_forms(sentence.text)
    if parties.mentions(folded):
        return None
    for cue in words.reject:
        if cue.spans(folded, lowered):
            return "reject", cue.text
    for cue in words.accept:
        if cue.spans(folded, lowered):
            return ("reject" if _NEGATED.search(lowered) else "accept"), cue.text
    return None


def _answered(
    sentences: Sequence[Sentence], number: int, words: ReplyWords, parties: PartyNames
) -> tuple[Side, SentenceKey] | None:
    """The party of the nearest sentence before ``sentences[number]`` that reports a party's
    position, in the same paragraph or the one before, and that sentence; None without one,
    or when it reports both sides'."""
    paragraphs = [sentences[number].segment]
    for sentence in reversed(sentences[:number]):
        if sentence.segment not in paragraphs:
            if len(paragraphs) == 2:
                return None
            paragraphs.append(sentence.segment)
        folded, _ = folded_forms(sentence.text)
        reported = {
            side
            for _, end, side in parties.mentions(folded)
            if words.attribution.match(folded[end:])
        }
        if reported:
            if len(reported) > 1 or not reported <= set(OPPOSITE):
                return None
            return reported.pop(), sentence_key(sentence)
    return None


def replies_to(
    replies: Mapping[SentenceKey, Reply],
    order: OrderText,
    linked: Sequence[SegmentId],
    about: Sequence[Sentence],
    keep: AbstractSet[SentenceKey] | None,
) -> list[Reading]:
    """The readings of the replies among an argument's sentences (those about it and those of
    its linked sections) that answer a position reported in a sentence of its own (about it,
    or one of its sections' sentences it keeps: ``keep``, None for all), or that are its own.
    A short reply names no argument's words: the position it answers says what it is about."""
    about_keys = {sentence_key(s) for s in about}
    section_keys = {sentence_key(s) for section in linked for s in order.section_sentences(section)}
    own = about_keys | {k for k in section_keys if keep is None or k in keep}
    return [
        reply.reading
        for key, reply in replies.items()
        if key in about_keys | section_keys and (key in own or reply.answers in own)
    ]
