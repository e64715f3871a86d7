"""Ruling per argument: which side the court took on each argument of a motion and opposition.

An argument unit (a heading of the motion's or the opposition's argument) is addressed by the
order sections linked to it ("Order answers Mot." / "Order answers Opp."), read with their
sub-sections. Every sentence of those sections is read with the cues (see :mod:`.evidence`);
the evidence for each side adds up as 1 - (1 - w1)(1 - w2)…, and the stronger side wins unless
the weaker reaches ``mixed_share`` of it (then *mixed*). A sentence anywhere in the order that
says the court does not reach a point, and names the argument, makes it *not reached*. An
addressed argument without any cue follows the motion's disposition, with low confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import partial

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import ArgumentRuling, DispositionKind, Evidence, Side
from lawdiff.ruling.dispositions import combine_kinds, disposition_kinds
from lawdiff.ruling.echo import echo_reading
from lawdiff.ruling.evidence import (
    REPORTING_VERBS,
    Reading,
    SentenceKey,
    concessions,
    cue_hits,
    discourse_speakers,
    disposed_request_owner,
    read_sentence,
    recommendation_sides,
    sentence_key,
)
from lawdiff.ruling.matching import (
    Topics,
    ancestors,
    glossed,
    match_arguments,
    relevance,
    stem,
    stems,
)
from lawdiff.ruling.motions import find_motions
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.parts import Part, part_dispositions, part_sides
from lawdiff.ruling.rulebook import RuleBook, folded_forms
from lawdiff.ruling.scope import foreign_sentences
from lawdiff.ruling.sentences import Sentence, SentenceLocator

NOT_ARGUMENT = re.compile(
    r"^\s*(?:introduction|preliminary statement|summary of (?:the )?argument|background|"
    r"(?:statement of )?(?:the )?facts?(?![\w-]|\s+(?!and\b|of\b)\w)|factual background|"
    r"procedural (?:history|background)|"
    r"statement of (?:issues?|the case)|issues? (?:presented|to be decided)|legal standards?|"
    r"standard of review|conclusion|table of (?:contents|authorities)|certificate of service|"
    r"notice of motion|relief requested|pendahuluan|latar belakang|kesimpulan|petitum)\b",
    re.IGNORECASE,
)
_SETTING = re.compile(
    r"^\s*(?:background|(?:statement of )?(?:the )?facts?(?![\w-]|\s+(?!and\b|of\b)\w)|"
    r"factual background|procedural "
    r"(?:history|background)|legal standards?|standard of review|applicable law|"
    r"latar belakang|dasar hukum)\b",
    re.IGNORECASE,
)
_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d+|[IVX]+|[A-Z])[.)]\s+")
_CONTAINERS = re.compile(r"^\s*(?:argument|arguments|discussion|analysis|pembahasan)\s*$", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS_TEXT = """
the a an and or of to in on for is are be by its it that this with as at not no from
should must would will can cannot because any all court does did has have more than under
was were their his her our motion claim claims argument arguments
"""
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
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


@dataclass(frozen=True)
class OrderText:
    """An order's segments and sentences, ready to be read."""

    document: DocumentId
    segments: Sequence[SegmentInfo]
    locator: SentenceLocator

    def section_sentences(self, section: SegmentId) -> list[Sentence]:
        """Sentences of a section and all its sub-sections, in document order."""
        inside = _descendants(self.segments, section)
        return [
            sentence
            for segment in self.segments
            if segment.id in inside and segment.kind is not SegmentKind.FOOTNOTE
            for sentence in self.locator.sentences(segment)
        ]

    def section_text(self, section: SegmentId) -> str:
        """Headings and text of a section and its sub-sections."""
        inside = _descendants(self.segments, section)
        return " ".join(f"{s.heading} {s.text}" for s in self.segments if s.id in inside)

    def all_sentences(self) -> list[Sentence]:
        return [s for seg in self.segments for s in self.locator.sentences(seg)]


def argument_units(segments: Sequence[SegmentInfo]) -> list[SegmentInfo]:
    """The headings of a brief that make arguments (not its introduction, facts, conclusion)."""
    by_id = {s.id: s for s in segments}
    units: list[SegmentInfo] = []
    for segment in segments:
        if segment.kind is not SegmentKind.HEADING or _CONTAINERS.match(segment.heading):
            continue
        path = ancestors(segment, by_id)
        if any(NOT_ARGUMENT.match(h.heading or h.label) for h in [segment, *path]):
            continue
        units.append(segment)
    return units


def rule_arguments(
    order: OrderText,
    arguments: Sequence[SegmentInfo],
    sections: Mapping[SegmentId, Sequence[SegmentId]],
    parties: PartyNames,
    book: RuleBook,
    disposition: DispositionKind | None,
    sides: Mapping[DocumentId, Side] | None = None,
    answers: Sequence[tuple[SegmentId, SegmentId]] = (),
) -> list[ArgumentRuling]:
    """The court's ruling on each argument.

    Args:
        order: the order.
        arguments: argument units of the motion and the opposition (see :func:`argument_units`).
        sections: for each argument, the order segments linked to it.
        parties: the names of movant and respondent.
        book: the cues.
        disposition: the disposition of the motion, for arguments the order addresses without
            a cue; None when unknown.
        sides: the side of each brief (motion: movant, opposition: respondent), so that a
            sentence restating an argument's heading adopts its side (see :mod:`.echo`).
        answers: (motion argument, opposition argument answering it) pairs, from the case's
            rebuttal links ("Opp. answers Mot."): an argument without a cue of its own takes
            the ruling on the arguments answering it (or answered by it).
    """
    sentences = order.all_sentences()
    ruling = _ruling_sentences(order, sentences)
    topics = match_arguments(
        ruling,
        arguments,
        book.gloss,
        parties.party_words,
        book.min_relevance,
        [_without_cues(s.text, book) for s in ruling],
    )
    distinct = _distinct_words(arguments)
    for name in parties.party_words:
        distinct[name] = 99  # a party's name says nothing about which argument is meant
    set_aside = _set_aside(sentences, arguments, parties, book, topics, distinct)
    speakers = discourse_speakers(sentences, parties)
    recommended = recommendation_sides(sentences)
    conceded = concessions(sentences)
    contexts = _motion_contexts(order, sentences)
    declining = [s for s in ruling if _rests_elsewhere(s, book, parties)]
    rules: list[Callable[..., ArgumentRuling]] = []
    links = {
        argument.id: tuple(
            section
            for section in sections.get(argument.id, ())
            if _shares_a_word(argument, order.section_text(section), distinct)
        )
        or _naming_paragraphs(order, argument, arguments, distinct)
        for argument in arguments
    }
    titles = {s.id: s.heading for s in order.segments if s.heading}
    parts = part_sides(
        arguments,
        part_dispositions(
            sentences,
            parties.party_words,
            lambda text: disposed_request_owner(text, parties),
            book,
        ),
        parties.party_words,
        # the heading of the one order section answering an argument ("Stay or dismissal")
        {
            a: [titles[s] for s in found if s in titles]
            for a, found in links.items()
            if len(found) == 1
        },
    )
    headed = {s.id for s in order.segments if s.kind is SegmentKind.HEADING and s.heading}
    inside = {  # the headed sections linked to each argument, with their sub-sections
        a: _inside(order.segments, [f for f in found if f in headed]) for a, found in links.items()
    }
    # a section linked to several arguments of a brief: each sentence is its own argument's
    foreign = foreign_sentences(
        order.segments,
        sentences,
        arguments,
        {a: _inside(order.segments, found) for a, found in links.items()},
        topics,
        answers,
        book.min_relevance,
        list(parties.party_words),
        book.gloss,
    )
    for argument in arguments:
        not_mine = foreign.get(argument.id, set())
        named = set_aside.get(argument.id, [])
        linked = links[argument.id]
        # "Because the Debtor has satisfied section 362(d)(3)(B), the Court need not decide
        # whether the plan …": the stay argument is decided on that ground, not set aside
        grounded = {
            sentence_key(s)
            for s in declining
            if _ground_names(s, topics.queries.get(argument.id), topics.idf, book, parties)
        }
        declining_here = [s for s in declining if sentence_key(s) not in grounded]
        # a sentence about the argument that lies in a section answering other arguments only
        # speaks to those ("… it does not allege that the reserve was segregated" under
        # Conversion is no ruling on the contract claim's reserve)
        others = (
            set().union(*(v for k, v in inside.items() if k != argument.id)) - inside[argument.id]
        )
        wanted = _numbered_motions(argument, arguments)
        about = [
            s
            for s in topics.of(argument.id)
            if _in_motion(s, wanted, contexts)
            and (not linked or s.segment not in others)
            and sentence_key(s) not in not_mine
        ]
        query = topics.queries.get(argument.id)
        side = (sides or {}).get(argument.document)
        echoes = _echoes(about, argument, side, book, parties) if side else []
        keep = {sentence_key(s) for s in sentences if _in_motion(s, wanted, contexts)} - not_mine
        rules.append(
            partial(
                _rule_one,
                order,
                argument,
                linked,
                about,
                named,
                parties,
                book,
                disposition,
                query,
                speakers,
                keep,
                echoes,
                # "Because X …, need not reach Y" leaves the cue-less points undecided, but not
                # one the order answered in a headed section of its own elsewhere
                any(
                    not inside[argument.id] or s.segment in inside[argument.id]
                    for s in declining_here
                ),
                conceded,
                recommended,
                # "Because the decision must be vacated on other grounds, the Court does not
                # resolve the statutory question", in the statutory argument's own section
                {sentence_key(s) for s in declining_here if s.segment in inside[argument.id]},
                parts.get(argument.id),
                grounded,
            )
        )
    rulings = [rule() for rule in rules]
    # an argument without a cue of its own takes the ruling on the argument of the other brief
    # that the order answers in the same section (a motion argument and its answer share it)
    answered = _counterpart_sides(arguments, rulings, links, answers)
    rulings = [
        rule(counterpart=answered[r.argument][0], answer_only=answered[r.argument][1])
        if r.argument in answered and _guessed(r, book)
        else r
        for rule, r in zip(rules, rulings, strict=True)
    ]
    rulings = _children_of_set_aside(arguments, rulings, set_aside, book.fallback_confidence)
    rulings = _parents_from_children(
        arguments, rulings, book.fallback_confidence, book.prior_override
    )
    return calibrated(rulings, book)


def calibrated(rulings: Sequence[ArgumentRuling], book: RuleBook) -> list[ArgumentRuling]:
    """The rulings with the confidence ``[confidence]`` gives their basis (how often a ruling
    so decided was right on the tuning orders); one whose basis is not listed keeps its own."""
    table = dict(book.confidence)
    return [replace(r, confidence=table[r.basis]) if r.basis in table else r for r in rulings]


def _guessed(ruling: ArgumentRuling, book: RuleBook) -> bool:
    """Whether a ruling has no cue of its own (the fallback, with no evidence)."""
    return not ruling.evidence and ruling.confidence == book.fallback_confidence


def _counterpart_sides(
    arguments: Sequence[SegmentInfo],
    rulings: Sequence[ArgumentRuling],
    links: Mapping[SegmentId, Sequence[SegmentId]],
    answers: Sequence[tuple[SegmentId, SegmentId]] = (),
) -> dict[SegmentId, tuple[Side, bool]]:
    """For each argument, the side of its counterparts in the other brief that were ruled on
    by a cue, when they all agree: the arguments the rebuttal links pair it with ("Opp.
    answers Mot."), else those that share an order section with it; and whether that is one
    answer only (the rebuttal partners, or the one argument sharing the section), not a
    section's several arguments that happen to agree."""
    document = {a.id: a.document for a in arguments}
    decided = {
        r.argument: r.side
        for r in rulings
        if r.evidence and r.side in (Side.MOVANT, Side.RESPONDENT, Side.MIXED)
    }
    paired: dict[SegmentId, set[SegmentId]] = {}
    for moving, answering in answers:
        if moving in document and answering in document:
            paired.setdefault(moving, set()).add(answering)
            paired.setdefault(answering, set()).add(moving)
    out: dict[SegmentId, tuple[Side, bool]] = {}
    for argument in arguments:
        mine = set(links.get(argument.id, ()))
        sharing = {
            other
            for other in decided
            if document[other] != argument.document and mine & set(links.get(other, ()))
        }
        # a mixed ruling on an answer does not say which half its counterpart got
        partners = {
            o
            for o in paired.get(argument.id, set()) & decided.keys()
            if decided[o] is not Side.MIXED
        }
        for counterparts in (partners, sharing):
            sides = {decided[other] for other in counterparts}
            if sides:
                if len(sides) == 1:
                    only = counterparts is partners or len(counterparts) == 1
                    out[argument.id] = (next(iter(sides)), only)
                break
    return out


def _without_cues(text: str, book: RuleBook) -> str:
    """A sentence with its cues blanked out: the words left say what it is about."""
    folded, lowered = folded_forms(text)
    chars = list(folded)
    for _, start, end in cue_hits(book.cues, folded, lowered):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _ruling_sentences(order: OrderText, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that may rule: not bare headings, not those under a background, facts or
    legal-standard heading, nor in a paragraph that opens with one ("2. Legal standard. …")."""
    by_id = {s.id: s for s in order.segments}
    kept = []
    for sentence in sentences:
        segment = by_id.get(sentence.segment)
        if segment is None:
            continue
        if _bare_heading(segment):
            continue
        chain = [segment, *ancestors(segment, by_id)]
        # a heading of a few words; a long one is a numbered paragraph read as a heading
        heads = [h.heading for h in chain if h.heading and len(h.heading.split()) <= 8]
        heads.append(_PARAGRAPH_NUMBER.sub("", segment.text))
        if not any(_SETTING.match(h) for h in heads):
            kept.append(sentence)
    return kept


def _bare_heading(segment: SegmentInfo) -> bool:
    """A short heading with no text of its own ("A. Likelihood of Success"): it names a topic,
    it rules on nothing."""
    own = segment.text.strip()
    return (
        segment.kind is SegmentKind.HEADING
        and len(segment.heading.split()) <= 8
        and (not own or own == segment.heading.strip())
    )


def _set_aside(
    sentences: Sequence[Sentence],
    arguments: Sequence[SegmentInfo],
    parties: PartyNames,
    book: RuleBook,
    topics: Topics,
    distinct: Mapping[str, int],
) -> dict[SegmentId, list[Sentence]]:
    """The "need not reach" sentences that set each argument aside.

    The point set aside follows the cue ("Because X fails, the Court need not reach Y"), so
    only the words after the cue count: the arguments whose headings they match as well as a
    sentence must to be about them (``min_relevance``; "need not reach X or Y" sets both aside)
    and share a whole word with them ("Communications" is not "Community") are; when none
    matches that well, an argument the tail names (see :func:`_names`) and the sentence is
    about.
    """
    queries = topics.queries
    party_words = {w for name in parties.party_words for w in _WORD.findall(name)}
    out: dict[SegmentId, list[Sentence]] = {}
    previous: Sentence | None = None
    for sentence in sentences:
        tail = _not_reached_tail(sentence, book, parties)
        before, previous = previous, sentence
        if tail is None:
            continue
        if _points_back(sentence, book):  # "… need not resolve it now": the point last put
            for argument in _pointed_at(sentence, before, arguments, topics, party_words):
                out.setdefault(argument.id, []).append(sentence)
            continue
        bag = stems(tail, book.gloss, parties.party_words)
        scores = {a.id: relevance(queries[a.id], bag, topics.idf) for a in arguments}
        words = _content_words(glossed(tail, book.gloss)) - party_words
        chosen = [
            a
            for a in arguments
            if scores[a.id] >= book.min_relevance
            and _prefixes(words) & _prefixes(_content_words(glossed(a.heading, book.gloss)))
        ]
        if not chosen:
            chosen = [
                a
                for a in arguments
                if _names(tail, a, distinct) and sentence in topics.directly(a.id)
            ]
        for argument in _most_specific(chosen, arguments):
            out.setdefault(argument.id, []).append(sentence)
    return out


def _most_specific(
    chosen: Sequence[SegmentInfo], arguments: Sequence[SegmentInfo]
) -> list[SegmentInfo]:
    """The chosen arguments less those with a chosen sub-argument: "the Court does not decide
    whether Dr. Brandt is qualified to offer warnings opinions" sets aside the qualification
    sub-argument, not the heading on all of Dr. Brandt's opinions that shares its words."""
    ids = {a.id for a in chosen}
    return [a for a in chosen if not (_descendants(arguments, a.id) - {a.id}) & ids]


# what points back to the point last put: "need not resolve it", "that argument need not detain
# the Court", "declines to decide the question"
_ANAPHOR = re.compile(
    r"^\W*(?:it|that|this|those|these|them|(?:the|that|this|those|these)\s+(?:question|issue|"
    r"point|argument|dispute|matter|contention)s?)\b"
    r"(?!\s+(?:whether|of|that|about|as to|concerning|regarding)\b)",  # "the question whether X"
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(r"[,;:]")
_QUESTION = re.compile(r"\bwhether\b[^;]*", re.IGNORECASE)
_REPORTS = re.compile(rf"\b{REPORTING_VERBS}\b", re.IGNORECASE)


def _points_back(sentence: Sentence, book: RuleBook) -> bool:
    """Whether the words a not-reached cue sets aside only point back ("need not resolve it
    now", "that argument need not detain the Court"): the clause next to the cue, after it or
    (for a cue written ``party = "before"``) before it, opens with a pronoun."""
    folded, lowered = folded_forms(sentence.text)
    hits = [h for h in cue_hits(book.cues, folded, lowered) if h[0].direction == "not-reached"]
    cue, start, end = min(hits, key=lambda h: h[1])
    if cue.party == "before":
        clause = _CLAUSE_MARK.split(folded[:start])[-1]
    else:
        clause = _CLAUSE_MARK.split(folded[end:])[0]
    return _ANAPHOR.match(clause) is not None


def _pointed_at(
    sentence: Sentence,
    before: Sentence | None,
    arguments: Sequence[SegmentInfo],
    topics: Topics,
    party_words: AbstractSet[str],
) -> list[SegmentInfo]:
    """The arguments a pointing-back not-reached sentence sets aside: of those it is about,
    the ones whose heading shares a word with the point it points back to — a "whether …"
    question it states itself ("Whether the policy started the clock is a fact-bound question,
    and … the Court need not resolve it"), else the sentence before in its paragraph when
    that one puts a party's argument or a question ("Kettle & Crumb also argues that …")."""
    question = _QUESTION.search(sentence.text)
    if question:
        point = question.group(0)
    elif (
        before is not None
        and before.segment == sentence.segment
        and (_REPORTS.search(before.text) or _QUESTION.search(before.text))
    ):
        point = before.text
    else:
        return []
    words = _prefixes(_content_words(point) - party_words)
    return [
        a
        for a in arguments
        if sentence in topics.of(a.id) and words & _prefixes(_content_words(a.heading))
    ]


# "Because the delay defeats its showing regardless, …", "Given that …", "karena …": the
# ground the court decided on, stated beside what it leaves undecided
_GROUND = re.compile(r"\b(?:because|since|regardless|given that|in light of|karena|oleh karena)\b")


def _rests_elsewhere(sentence: Sentence, book: RuleBook, parties: PartyNames) -> bool:
    """Whether a sentence says the court decided on one ground and left another point
    undecided ("Because X fails, the Court need not reach Y"): then the order's points
    without any cue of their own were not reached either."""
    tail = _not_reached_tail(sentence, book, parties)
    return tail is not None and bool(_GROUND.search(sentence.text.lower()))


def _ground_names(
    sentence: Sentence,
    query: Mapping[str, float] | None,
    idf: Mapping[str, float],
    book: RuleBook,
    parties: PartyNames,
) -> bool:
    """Whether the ground clause of a "Because X …, need not reach Y" sentence (X) names the
    argument, and better than what it sets aside (Y) does."""
    tail = _not_reached_tail(sentence, book, parties)
    folded, lowered = folded_forms(sentence.text)
    ground = _GROUND.search(lowered)
    if not query or tail is None or ground is None or not folded.endswith(tail):
        return False  # (a cue written party = "before" names its point first: no ground)
    clause = folded[ground.start() : max(ground.start(), len(folded) - len(tail))]
    said = relevance(query, stems(clause, book.gloss, parties.party_words), idf)
    left = relevance(query, stems(tail, book.gloss, parties.party_words), idf)
    return said >= book.min_relevance and said > left


def _not_reached_tail(sentence: Sentence, book: RuleBook, parties: PartyNames) -> str | None:
    """The words naming what a sentence sets aside: after its "need not reach" cue, or before
    a cue written with ``party = "before"`` ("… will be taken up at trial"); None when the
    sentence sets nothing aside."""
    folded, lowered = folded_forms(sentence.text)
    hits = [h for h in cue_hits(book.cues, folded, lowered) if h[0].direction == "not-reached"]
    if not hits:
        return None
    cue, start, end = min(hits, key=lambda h: h[1])
    return folded[:start] if cue.party == "before" else folded[end:]


def _children_of_set_aside(
    arguments: Sequence[SegmentInfo],
    rulings: list[ArgumentRuling],
    set_aside: Mapping[SegmentId, Sequence[Sentence]],
    fallback: float,
) -> list[ArgumentRuling]:
    """A sub-argument of a heading the order names as not reached ("it offers no assessment
    of Harborview's likelihood of success") is not reached either, unless a cue of its own
    rules on it: the court did not decide the point it is a step towards."""
    by_id = {a.id: a for a in arguments}
    out: list[ArgumentRuling] = []
    for argument, ruling in zip(arguments, rulings, strict=True):
        above = ancestors(argument, by_id)
        aside = next((set_aside[a.id] for a in above if a.id in set_aside), None)
        guessed = not ruling.evidence or ruling.confidence <= fallback
        if aside and guessed and ruling.side is not Side.NOT_ADDRESSED:
            first = aside[0]
            evidence = Evidence(first.text, first.page, first.line, "", Side.NOT_REACHED)
            ruling = replace(
                ruling,
                side=Side.NOT_REACHED,
                confidence=0.6,
                evidence=(evidence,),
                basis="under-set-aside",
            )
        out.append(ruling)
    return out


def _parents_from_children(
    arguments: Sequence[SegmentInfo],
    rulings: list[ArgumentRuling],
    fallback: float,
    firm: float = 0.0,
) -> list[ArgumentRuling]:
    """A heading the order never names, or names without any cue (its ruling only follows the
    motion's disposition), takes the result of its sub-arguments the order rules on: one side
    (with or without mixed findings) gives that side, both sides give mixed. A cue-less "moot /
    reserved" of its own, or evidence that is only a sub-argument's ("In sum, X has shown a
    likelihood of success on A, but not on B" under the merits heading), gives way only to
    sub-arguments decided both ways (mixed); borrowed evidence only to sub-arguments decided both
    ways with at least ``firm`` confidence (a weak cue against the disposition yields)."""
    by_argument = {r.argument: r for r in rulings}
    out: list[ArgumentRuling] = []
    for argument, ruling in zip(arguments, rulings, strict=True):
        inside = _descendants(arguments, argument.id) - {argument.id}
        below = [by_argument[a] for a in inside if a in by_argument]
        borrowed = {e.text for r in below for e in r.evidence}
        own = [e for e in ruling.evidence if e.text not in borrowed]
        guessed = not ruling.evidence and (
            ruling.side is not Side.NOT_REACHED or ruling.confidence == fallback
        )
        # the disposition of its part stands, though a sub-argument's evidence shares its
        # sentence ("The fraud claim is DISMISSED" also decides the particularity point)
        if ruling.side is not Side.NOT_ADDRESSED and (own or ruling.basis == "part"):
            out.append(ruling)
            continue
        sides = {r.side for r in below}
        decided = sides & {Side.MOVANT, Side.RESPONDENT}
        if ruling.evidence:  # borrowed: the sub-arguments' split must be firm
            decided = {r.side for r in below if r.confidence >= firm} & decided
        if not guessed and len(decided) < 2:  # stands unless the sub-arguments split
            out.append(ruling)
            continue
        if len(decided) == 1:
            side = next(iter(decided))
        elif decided or Side.MIXED in sides:
            side = Side.MIXED
        else:
            out.append(ruling)
            continue
        out.append(replace(ruling, side=side, confidence=0.4, basis="from-sub-arguments"))
    return out


def _rule_one(
    order: OrderText,
    argument: SegmentInfo,
    linked: tuple[SegmentId, ...],
    about: Sequence[Sentence],
    named_not_reached: Sequence[Sentence],
    parties: PartyNames,
    book: RuleBook,
    disposition: DispositionKind | None,
    query: Mapping[str, float] | None = None,
    speakers: Mapping[SentenceKey, Side] | None = None,
    keep: AbstractSet[SentenceKey] | None = None,
    echoes: Sequence[Reading] = (),
    declined: bool = False,
    conceded: AbstractSet[SentenceKey] = frozenset(),
    recommended: Mapping[SentenceKey, Side] | None = None,
    resting: AbstractSet[SentenceKey] = frozenset(),
    part: Part | None = None,
    grounded: AbstractSet[SentenceKey] = frozenset(),
    counterpart: Side | None = None,
    answer_only: bool = False,
) -> ArgumentRuling:
    """One argument's ruling, read from the sentences about it that are in the sections linked
    to it; without any, from the sentences about it anywhere; without those, from all the
    linked sections' sentences. Without any cue it follows the motion's disposition, unless
    the order says (``declined``) that it left some points undecided: then it is not reached.
    A sentence in the argument's own section that decides on another ground and leaves this
    point undecided (``resting``) sets it aside, whatever its ground clause's cue says.
    """

    def ruling(
        side: Side, confidence: float, evidence: Sequence[Evidence], basis: str
    ) -> ArgumentRuling:
        return ArgumentRuling(
            order.document,
            argument.id,
            linked,
            side,
            round(confidence, 3),
            tuple(evidence),
            basis=basis,
        )

    if named_not_reached:
        first = named_not_reached[0]
        cue_evidence = Evidence(first.text, first.page, first.line, "", Side.NOT_REACHED)
        return ruling(Side.NOT_REACHED, 0.85, [cue_evidence], "set-aside")
    if not linked and not about:
        return ruling(Side.NOT_ADDRESSED, 0.6, [], "not-addressed")
    # a sentence setting a point aside disposes of that point, not this one (which it would
    # have named: see above): "… does not reach personal jurisdiction, and the motion to
    # dismiss is DENIED AS MOOT" says nothing of the forum clause that carried the transfer
    deciding = [
        s
        for s in about
        if _not_reached_tail(s, book, parties) is None and not _moot_for_others(s, query, book)
    ]
    own = (
        part.side
        if part
        else _disposition_in(deciding, book, parties)
        or (_disposition_of(order, linked, book, keep, parties) if linked else None)
    )
    # "need not reach" counts only where it names the argument (above)
    on_point = [  # a "DENIED AS MOOT" sentence decides nothing: its "DENIED" is no cue
        r
        for r in _aside(
            _read_all(about, parties, book, query, speakers, conceded, recommended), resting
        )
        if r.side is not Side.NOT_REACHED
        and _disposition_in([_sentence_of(r.evidence)], book) is not Side.NOT_REACHED
    ]
    on_point += [e for e in echoes if _key(e.evidence) not in {_key(r.evidence) for r in on_point}]
    if own is Side.NOT_REACHED and not on_point:  # reserved, moot: the court decided nothing
        return ruling(Side.NOT_REACHED, 0.7, [], "aside-disposition")
    in_linked = [
        r
        for r in _aside(
            _readings(order, linked, parties, book, speakers, conceded, recommended), resting
        )
        if (keep is None or _key(r.evidence) in keep) and _key(r.evidence) not in grounded
    ]
    in_sections = [r for r in in_linked if r.side is not Side.NOT_REACHED]
    if in_linked and not in_sections and not on_point:  # "… expresses no view on …" only
        return ruling(Side.NOT_REACHED, 0.6, [in_linked[0].evidence], "aside-section")
    keys = {_key(r.evidence) for r in in_sections}
    focused = [r for r in on_point if _key(r.evidence) in keys]
    readings = focused or on_point or in_sections
    if part is not None and _part_decides(part, on_point, readings, book):
        agreeing = [r.evidence for r in readings if r.side is part.side]
        return ruling(part.side, _PART_CONFIDENCE, [part.evidence, *agreeing[:2]], "part")
    leads = _lead_rulings(order, linked, book, keep)
    if leads:  # "First cause of action (…): OVERRULED." decides the section's arguments
        readings = [*leads, *readings]
    side, confidence = decide_side(readings, book)
    if side is None:
        fallback, basis = _fallback(own, counterpart, disposition)
        # the order rested on other grounds than this one: not reached, unless its part's
        # disposition or the one argument answering it says how the point came out
        if declined and fallback is not Side.MIXED and not (own or answer_only):
            fallback, basis = Side.NOT_REACHED, "fallback-declined"
        if fallback in (None, Side.MIXED):  # granted in part (the part unknown), or no disposition
            fallback, basis = Side(book.fallback_side), "fallback-default"
        return ruling(fallback, book.fallback_confidence, [], basis)
    prior = DISPOSITION_SIDE.get(disposition) if disposition else None
    if prior is Side.MIXED and own in (Side.MOVANT, Side.RESPONDENT):
        prior = own  # granted in part: the part this argument is about ("GRANTED as to …")
    if (  # weak cues against the disposition: the prior wins
        prior in (Side.MOVANT, Side.RESPONDENT)
        and side in _AGAINST[prior]
        and confidence < book.prior_override
    ):
        basis = "prior-over-weak-cues"
        side, confidence = prior, book.fallback_confidence
    else:
        basis = _cue_basis(side, confidence)
    shown = [r.evidence for r in readings if side is Side.MIXED or r.side is side]
    return ruling(side, confidence, shown[:3], basis)


_PART_CONFIDENCE = 0.9


def _cue_basis(side: Side, confidence: float) -> str:
    if side is Side.MIXED:
        return "cue-mixed"
    if confidence >= 0.85:
        return "cue-strong"
    return "cue-medium" if confidence >= 0.6 else "cue-weak"


def _fallback(
    own: Side | None, counterpart: Side | None, disposition: DispositionKind | None
) -> tuple[Side | None, str]:
    """The side of an argument without a cue, and its basis: what its part disposes of,
    else the ruling on its answer, else the motion's disposition."""
    if own:
        return own, "fallback-part"
    if counterpart:
        return counterpart, "fallback-answer"
    prior = DISPOSITION_SIDE.get(disposition) if disposition else None
    return prior, "fallback-prior"


def _part_decides(
    part: Part, on_point: Sequence[Reading], readings: Sequence[Reading], book: RuleBook
) -> bool:
    """Whether the disposition of the part an argument is about ("DENIED as to standing")
    decides it: always when the argument's own heading names the part (the court's own
    conclusion on it outweighs sentences matched to it by their words); when only a heading
    above it does, if no sentence about the argument carries a cue (the linked section's cues
    are about its other points) or its own cues are weak (below ``prior_override``): a
    sub-argument may be lost while its count is won."""
    if part.side is Side.NOT_REACHED:
        return False
    return part.own or not on_point or decide_side(readings, book)[1] < book.prior_override


_AGAINST = {Side.MOVANT: (Side.RESPONDENT,), Side.RESPONDENT: (Side.MOVANT,)}


def _aside(readings: list[Reading], resting: AbstractSet[SentenceKey]) -> list[Reading]:
    """The readings, with those of the sentences in ``resting`` read as *not reached*."""
    return [
        replace(r, side=Side.NOT_REACHED, evidence=replace(r.evidence, side=Side.NOT_REACHED))
        if _key(r.evidence) in resting
        else r
        for r in readings
    ]


# "… for Defendants on the standard of proof, will deny both motions as moot as to the statutory
# claim, …": the mootness is of what follows "as to", not of the whole sentence
_MOOT_AS_TO = re.compile(r"\bmoot\s+(?:as\s+to|with\s+respect\s+to|insofar\s+as)\b", re.I)


def _moot_for_others(sentence: Sentence, query: Mapping[str, float] | None, book: RuleBook) -> bool:
    """Whether a sentence disposes of the argument only by a "moot as to …" clause that names
    something else: the argument's words all stand before it."""
    _, lowered = folded_forms(sentence.text)  # where _places counts
    moot = _MOOT_AS_TO.search(lowered)
    if moot is None:
        return False
    places = _places(sentence.text, query, book)
    return bool(places) and max(places) < moot.start()


_LEAD = re.compile(r"^[^.:;]{3,160}:\s+(?=[A-Z]{4,})")


def _lead_rulings(
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


def _echoes(
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


def _sentence_of(evidence: Evidence) -> Sentence:
    return Sentence(evidence.text, SegmentId(0), evidence.page, evidence.line)


def _key(evidence: Evidence) -> tuple[int, int, str]:
    return (evidence.page, evidence.line, evidence.text)


def _read_all(
    sentences: Sequence[Sentence],
    parties: PartyNames,
    book: RuleBook,
    query: Mapping[str, float] | None = None,
    speakers: Mapping[SentenceKey, Side] | None = None,
    conceded: AbstractSet[SentenceKey] = frozenset(),
    recommended: Mapping[SentenceKey, Side] | None = None,
) -> list[Reading]:
    speakers, recommended = speakers or {}, recommended or {}
    readings = [
        r
        for s in sentences
        if (
            r := read_sentence(
                s,
                book,
                parties,
                _places(s.text, query, book),
                speakers.get(sentence_key(s)),
                sentence_key(s) in conceded,
                _places(s.text, _main_words(query), book),
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


def _places(text: str, query: Mapping[str, float] | None, book: RuleBook) -> list[int]:
    """Where the words of an argument's query (or a glossed phrase for them) stand in a
    sentence's folded text."""
    if not query:
        return []
    _, lowered = folded_forms(text)
    places = [m.start() for m in _WORD.finditer(lowered) if stem(m.group(0)) in query]
    for phrase, words in book.gloss:
        if any(stem(w) in query for w in words.split()):
            places += [
                m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)
            ]
    return places


def _disposition_in(
    sentences: Sequence[Sentence], book: RuleBook, parties: PartyNames | None = None
) -> Side | None:
    """The side what the sentences dispose of points to; *not reached* (moot, withdrawn,
    reserved …) only when they decide nothing on the merits."""
    kinds: frozenset[DispositionKind] = frozenset()
    for sentence in sentences:
        said = _kinds_as_movant(sentence.text, book, parties)
        aside = frozenset(k for k in said if DISPOSITION_SIDE[k] is Side.NOT_REACHED)
        kinds |= aside or said  # "DENIED AS MOOT" is moot, not denied
    merits = frozenset(k for k in kinds if DISPOSITION_SIDE[k] is not Side.NOT_REACHED)
    if merits or kinds:
        return DISPOSITION_SIDE[combine_kinds(merits or kinds)]
    return None


def _readings(
    order: OrderText,
    linked: Sequence[SegmentId],
    parties: PartyNames,
    book: RuleBook,
    speakers: Mapping[SentenceKey, Side] | None = None,
    conceded: AbstractSet[SentenceKey] = frozenset(),
    recommended: Mapping[SentenceKey, Side] | None = None,
) -> list[Reading]:
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


def _distinct_words(arguments: Sequence[SegmentInfo]) -> dict[str, int]:
    """How many argument headings each content word occurs in."""
    counts: dict[str, int] = {}
    for argument in arguments:
        for word in _content_words(argument.heading):
            counts[word] = counts.get(word, 0) + 1
    return counts


def _prefixes(words: set[str]) -> set[str]:
    """Words cut to eight letters: "downloading" is "download", "communications" is not
    "community"."""
    return {w[:8] for w in words}


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) >= 3}


def _names(sentence: str, argument: SegmentInfo, distinct: Mapping[str, int]) -> bool:
    """Whether a sentence names the argument: two of its heading's words, or one of its own."""
    words = _content_words(argument.heading)
    shared = words & _content_words(sentence)
    shared = {w for w in shared if distinct.get(w, 0) < 99}
    own = [w for w in shared if distinct.get(w, 0) == 1]
    return (len(shared) >= 2 and bool(own)) or (bool(own) and len(words) <= 4)


def _naming_paragraphs(
    order: OrderText,
    argument: SegmentInfo,
    arguments: Sequence[SegmentInfo],
    distinct: Mapping[str, int],
) -> tuple[SegmentId, ...]:
    """Order paragraphs about an argument no section is linked to (orders without headings:
    minute orders, tentative rulings, numbered paragraphs).

    A paragraph is about the argument when it names the same numbered motion or expert as the
    argument's heading or an enclosing one ("MIL No. 1 …: GRANTED" for "MOTION IN LIMINE NO. 1:
    …"), or when it names the argument (see :func:`_names`); never a background or legal
    standard paragraph.
    """
    wanted = _numbered_motions(argument, arguments)
    found: list[SegmentId] = []
    for segment in order.segments:
        if segment.kind is not SegmentKind.PARAGRAPH or not segment.text:
            continue
        named = {m.detail for m in find_motions(segment.text[:200]) if m.specific}
        if _SETTING.match(_PARAGRAPH_NUMBER.sub("", segment.text)):
            continue
        if (wanted and wanted & named) or (not wanted and _names(segment.text, argument, distinct)):
            found.append(segment.id)
    return tuple(found)


def _numbered_motions(argument: SegmentInfo, arguments: Sequence[SegmentInfo]) -> set[str]:
    """The numbered motions (or experts) an argument's heading or an enclosing one names
    ("MOTION IN LIMINE NO. 1: …" = {"mil 1"})."""
    chain = [argument, *ancestors(argument, {a.id: a for a in arguments})]
    return {m.detail for a in chain for m in find_motions(a.heading) if m.specific}


def _motion_contexts(
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


def _in_motion(
    sentence: Sentence, wanted: AbstractSet[str], contexts: Mapping[SentenceKey, frozenset[str]]
) -> bool:
    """Whether a sentence may speak to an argument of the numbered motions ``wanted``: it is
    about one of them, or about no numbered motion at all."""
    context = contexts.get(sentence_key(sentence), frozenset())
    return not wanted or not context or bool(context & wanted)


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


def _disposition_of(
    order: OrderText,
    sections: Sequence[SegmentId],
    book: RuleBook,
    keep: AbstractSet[SentenceKey] | None = None,
    parties: PartyNames | None = None,
) -> Side | None:
    """The side what the sections dispose of points to ("MIL No. 1 …: GRANTED" = movant)."""
    kinds: frozenset[DispositionKind] = frozenset()
    for section in sections:
        for sentence in order.section_sentences(section):
            if keep is None or sentence_key(sentence) in keep:
                kinds |= _kinds_as_movant(sentence.text, book, parties)
    return DISPOSITION_SIDE[combine_kinds(kinds)] if kinds else None


def _shares_a_word(argument: SegmentInfo, text: str, distinct: Mapping[str, int]) -> bool:
    """Whether an order section uses any word of the argument's heading (stems of six letters).

    A linked section that shares none is the linker's mistake, not the court's answer.
    """
    words = {w[:6] for w in _content_words(argument.heading) if distinct.get(w, 0) < 99}
    return not words or bool(words & {w[:6] for w in _content_words(text)})


def _inside(segments: Sequence[SegmentInfo], sections: Sequence[SegmentId]) -> set[SegmentId]:
    """The segments of the given sections and their sub-sections."""
    return set().union(*(_descendants(segments, section) for section in sections))


def _descendants(segments: Sequence[SegmentInfo], root: SegmentId) -> set[SegmentId]:
    inside = {root}
    for segment in segments:  # document order: a parent comes before its children
        if segment.parent in inside:
            inside.add(segment.id)
    return inside
