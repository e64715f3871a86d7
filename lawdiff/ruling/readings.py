"""The readings of the sentences about one argument, and the side they add up to.

Each sentence is read with the cues (see :mod:`.evidence`); the evidence for each side adds up
as 1 - (1 - w1)(1 - w2)…, and the stronger side wins unless the weaker reaches ``mixed_share``
of it (then *mixed*: :func:`decide_side`). What sentences dispose of ("MIL No. 1 …: GRANTED")
is read from the movant's side (:func:`disposition_in`, :func:`disposition_of`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import OPPOSITE, DispositionKind, Evidence, Side
from lawdiff.ruling.dispositions import combine_kinds, disposition_kinds
from lawdiff.ruling.echo import echo_reading
from lawdiff.ruling.evidence import (
    Reading,
    SentenceKey,
    cue_hits,
    disposed_request_owner,
    read_sentence,
    sentence_key,
)
from lawdiff.ruling.matching import stem
from lawdiff.ruling.naming import WORD
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.parts import Part
from lawdiff.ruling.rulebook import RuleBook, disposition_verbs, folded_forms
from lawdiff.ruling.sentences import Sentence
from lawdiff.ruling.units import OrderText

DISPOSITION_SIDE = {
    DispositionKind.GRANTED: Side.MOVANT,
    DispositionKind.DENIED: Side.RESPONDENT,
    DispositionKind.MOOT: Side.NOT_REACHED,
    DispositionKind.WITHDRAWN: Side.NOT_REACHED,
    DispositionKind.DEFERRED: Side.NOT_REACHED,
    DispositionKind.SUBMITTED: Side.NOT_REACHED,
    DispositionKind.TERMINATED: Side.NOT_REACHED,
    DispositionKind.GRANTED_IN_PART: Side.MIXED,
}


def without_cues(text: str, book: RuleBook) -> str:
    """A sentence with its cues blanked out: the words left say what it is about."""
    folded, lowered = folded_forms(text)
    chars = list(folded)
    for _, start, end in cue_hits(book.cues, folded, lowered):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_LEAD = re.compile(r"^[^.:;]{3,160}:\s+(?=[A-Z]{4,})")


def lead_rulings(
    order: OrderText,
    linked: Sequence[SegmentId],
    book: RuleBook,
    keep: AbstractSet[SentenceKey] | None,
) -> list[Reading]:
    """The rulings a linked section states first, in capitals after its subject ("MIL No. 1
    (warning letter): GRANTED.", "First cause of action (…): OVERRULED."), as the court's
    conclusion on the arguments of that section."""
    out: list[Reading] = []
    for section in linked:
        for sentence in order.section_sentences(section):
            if keep is not None and sentence_key(sentence) not in keep:
                continue
            lead = _LEAD.match(sentence.text)
            if lead is None:
                continue
            kinds = disposition_kinds(sentence.text[lead.end() : lead.end() + 60], book)
            side = DISPOSITION_SIDE[combine_kinds(kinds)] if kinds else None
            if side in (Side.MOVANT, Side.RESPONDENT, Side.MIXED):
                evidence = Evidence(sentence.text, sentence.page, sentence.line, "", side)
                out.append(Reading(side, 0.9, evidence, concluding=True))
    return out


def heading_echoes(
    about: Sequence[Sentence],
    argument: SegmentInfo,
    side: Side,
    book: RuleBook,
    parties: PartyNames,
) -> list[Reading]:
    """Sentences about the argument that restate its heading (see :mod:`.echo`)."""
    return [
        reading
        for sentence in about
        if (
            reading := echo_reading(
                sentence, argument.heading, side, book.gloss, parties.party_words
            )
        )
        is not None
    ]


def sentence_of(evidence: Evidence) -> Sentence:
    """The sentence an evidence quotes (its segment unknown)."""
    return Sentence(evidence.text, SegmentId(0), evidence.page, evidence.line)


def evidence_key(evidence: Evidence) -> tuple[int, int, str]:
    """Where an evidence stands and what it says: its sentence's identity."""
    return (evidence.page, evidence.line, evidence.text)


def read_all(
    sentences: Sequence[Sentence],
    parties: PartyNames,
    book: RuleBook,
    query: Mapping[str, float] | None = None,
    speakers: Mapping[SentenceKey, Side] | None = None,
    conceded: AbstractSet[SentenceKey] = frozenset(),
    recommended: Mapping[SentenceKey, Side] | None = None,
) -> list[Reading]:
    """The readings of the sentences about an argument, strongest first."""
    speakers, recommended = speakers or {}, recommended or {}
    readings = [
        r
        for s in sentences
        if (
            r := read_sentence(
                s,
                book,
                parties,
                word_places(s.text, query, book),
                speakers.get(sentence_key(s)),
                sentence_key(s) in conceded,
                word_places(s.text, _main_words(query), book),
                recommended.get(sentence_key(s)),
            )
        )
        is not None
    ]
    return sorted(readings, key=lambda r: -r.weight)


def _main_words(query: Mapping[str, float] | None) -> dict[str, float] | None:
    """The query's words that weigh at least half its heaviest: the argument's own words,
    not its enclosing headings' (which count half)."""
    if not query:
        return None
    top = max(query.values())
    return {w: v for w, v in query.items() if v >= top / 2 + 1e-9}


def word_places(text: str, query: Mapping[str, float] | None, book: RuleBook) -> list[int]:
    """Where the words of an argument's query (or a glossed phrase for them) stand in a
    sentence's folded text."""
    if not query:
        return []
    _, lowered = folded_forms(text)
    places = [m.start() for m in WORD.finditer(lowered) if stem(m.group(0)) in query]
    for phrase, words in book.gloss:
        if any(stem(w) in query for w in words.split()):
            places += [
                m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)
            ]
    return places


def disposition_in(
    sentences: Sequence[Sentence], book: RuleBook, parties: PartyNames | None = None
) -> Side | None:
    """The side what the sentences dispose of points to; *not reached* (moot, withdrawn,
    reserved …) only when they decide nothing on the merits."""
    kinds: frozenset[DispositionKind] = frozenset()
    for sentence in sentences:
        said = _kinds_as_movant(sentence.text, book, parties)
        aside = frozenset(k for k in said if DISPOSITION_SIDE[k] is Side.NOT_REACHED)
        kinds |= aside or said  # "DENIED AS MOOT" is moot, not denied
    return _merits_first(kinds)


def _merits_first(kinds: frozenset[DispositionKind]) -> Side | None:
    """The side of the dispositions found, the decided ones first: *not reached* (moot,
    withdrawn, deferred …) only when nothing was decided on the merits."""
    merits = frozenset(k for k in kinds if DISPOSITION_SIDE[k] is not Side.NOT_REACHED)
    return DISPOSITION_SIDE[combine_kinds(merits or kinds)] if kinds else None


def section_readings(
    order: OrderText,
    linked: Sequence[SegmentId],
    parties: PartyNames,
    book: RuleBook,
    speakers: Mapping[SentenceKey, Side] | None = None,
    conceded: AbstractSet[SentenceKey] = frozenset(),
    recommended: Mapping[SentenceKey, Side] | None = None,
) -> list[Reading]:
    """The readings of every sentence of the linked sections, strongest first."""
    speakers, recommended = speakers or {}, recommended or {}
    seen: set[tuple[int, int, str]] = set()
    readings: list[Reading] = []
    for section in linked:
        for sentence in order.section_sentences(section):
            key = (sentence.page, sentence.line, sentence.text)
            if key in seen:
                continue
            seen.add(key)
            reading = read_sentence(
                sentence,
                book,
                parties,
                speaker=speakers.get(key),
                conceded=key in conceded,
                recommended=recommended.get(key),
            )
            if reading is not None:
                readings.append(reading)
    return sorted(readings, key=lambda r: -r.weight)


def decide_side(readings: Sequence[Reading], book: RuleBook) -> tuple[Side | None, float]:
    """The side the readings add up to, with a confidence; (None, 0) without any.

    Only *not reached* readings (and no side) make the ruling *not reached*. When some
    sentences state the court's conclusion ("Accordingly, the Court GRANTS …"), they decide.
    """
    concluding = [r for r in readings if r.concluding and r.side is not Side.NOT_REACHED]
    readings = concluding or readings
    score = {Side.MOVANT: 0.0, Side.RESPONDENT: 0.0}
    reached = False
    for reading in readings:
        if reading.side in score:
            score[reading.side] = 1 - (1 - score[reading.side]) * (1 - reading.weight)
        elif reading.side is Side.MIXED:  # a finding for both: half its weight to each
            for side in score:
                score[side] = 1 - (1 - score[side]) * (1 - reading.weight / 2)
        elif reading.side is Side.NOT_REACHED:
            reached = True
    strong, weak = sorted(score.values(), reverse=True)
    if strong == 0:
        return (Side.NOT_REACHED, 0.6) if reached else (None, 0.0)
    if weak >= book.mixed_share * strong:
        return Side.MIXED, 0.5 + 0.3 * weak
    winner = max(score, key=lambda side: score[side])
    return winner, strong * (1 - 0.5 * weak / strong)


def _reading_side(sentence: Sentence, book: RuleBook, parties: PartyNames) -> Side | None:
    reading = read_sentence(sentence, book, parties)
    return reading.side if reading is not None else None


_SWAPPED = {
    DispositionKind.GRANTED: DispositionKind.DENIED,
    DispositionKind.DENIED: DispositionKind.GRANTED,
}


def _kinds_as_movant(
    text: str, book: RuleBook, parties: PartyNames | None
) -> frozenset[DispositionKind]:
    """The dispositions a sentence states, seen from the movant: the respondent's own request
    granted ("Harbor's request for a protective order is granted") is a ruling against the
    movant, and denied ("Brightline's request for fees is DENIED") one for it."""
    kinds = disposition_kinds(text, book)
    if parties is None or disposed_request_owner(text, parties) is not Side.RESPONDENT:
        return kinds
    return frozenset(_SWAPPED.get(k, k) for k in kinds)


def disposition_of(
    order: OrderText,
    sections: Sequence[SegmentId],
    book: RuleBook,
    keep: AbstractSet[SentenceKey] | None = None,
    parties: PartyNames | None = None,
) -> Side | None:
    """The side what the sections dispose of points to ("MIL No. 1 …: GRANTED" = movant);
    *not reached* only when they decide nothing on the merits."""
    kinds: frozenset[DispositionKind] = frozenset()
    for section in sections:
        for sentence in order.section_sentences(section):
            if keep is None or sentence_key(sentence) in keep:
                kinds |= _kinds_as_movant(sentence.text, book, parties)
    # a section that defers one request and decides the others decided them ("Decision on the
    # request to strike the jury demand is DEFERRED." beside "… GRANTED as to the Second
    # Affirmative Defense")
    return _merits_first(kinds)


# an opposition's own request: the relief the respondent asks for, not the motion's denial
# ("Alternatively, the Court Should Permit Jurisdictional Discovery", "Brightline Should Be
# Granted Leave to Amend", "Any Dismissal Must Be Conditioned to Protect Plaintiffs")
_OWN_REQUEST = re.compile(
    r"^\W*(?:[IVX\d]+\.?\s+|[A-Z]\.\s+)?(?:alternatively|in\s+the\s+alternative)\b"
    r"|\b(?:should|must|may)\s+be\s+(?:granted|permitted|allowed|given|conditioned|remanded)\b"
    r"|\bcourt\s+should\s+(?:permit|allow|grant|hold|order|remand|impose|condition|award)\b"
    r"|\bleave\s+to\s+(?:amend|answer)\b",
    re.IGNORECASE,
)
_NOT_OWN = re.compile(r"\b(?:motions?|petitions?|denied)\b", re.IGNORECASE)
_THE_MOTION = re.compile(r"\b(?:motions?|petitions?|dismiss\w*)\b", re.IGNORECASE)


def asks_own_relief(heading: str) -> bool:
    """Whether an opposition's argument heading asks for relief of the respondent's own
    (leave to amend, discovery, a hearing, conditions), not that the motion be denied."""
    return bool(_OWN_REQUEST.search(heading)) and not _NOT_OWN.search(heading)


def _disposes_own_request(text: str, cue: str, parties: PartyNames, book: RuleBook) -> bool:
    """Whether a sentence grants or refuses a request it names no owner of and that is not the
    motion ("The Court grants discovery limited to …", "The request to answer is denied")."""
    verbs = disposition_verbs(book).any
    return (
        bool(cue)
        and verbs.search(cue) is not None
        and not _THE_MOTION.search(text)
        and disposed_request_owner(text, parties) is None
    )


def for_own_request(
    readings: Sequence[Reading], parties: PartyNames, book: RuleBook
) -> list[Reading]:
    """The readings on an opposition's own request (see :func:`asks_own_relief`): a grant or
    a refusal of a request nobody is named as owning disposes of that request, so granting it
    is the respondent's win and refusing it the movant's (the cue read it as the motion's)."""
    out: list[Reading] = []
    for reading in readings:
        evidence = reading.evidence
        if reading.side in OPPOSITE and _disposes_own_request(
            evidence.text, evidence.cue, parties, book
        ):
            side = OPPOSITE[reading.side]
            reading = replace(reading, side=side, evidence=replace(evidence, side=side))
        out.append(reading)
    return out


def own_request_part(part: Part | None, parties: PartyNames, book: RuleBook) -> Part | None:
    """The part an opposition's own request is about, its side seen from that request."""
    if part is None or part.side not in OPPOSITE:
        return part
    text = part.evidence.text
    if _THE_MOTION.search(text):
        return part
    if disposed_request_owner(text, parties) is not None:
        return part
    side = OPPOSITE[part.side]
    return replace(part, side=side, evidence=replace(part.evidence, side=side))
