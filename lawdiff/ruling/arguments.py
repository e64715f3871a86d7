"""Ruling per argument: which side the court took on each argument of a motion and opposition.

An argument unit (a heading of the motion's or the opposition's argument) is addressed by the
order sections linked to it ("Order answers Mot." / "Order answers Opp."), read with their
sub-sections. Every sentence of those sections is read with the cues (see :mod:`.evidence`);
the evidence for each side adds up as 1 - (1 - w1)(1 - w2)…, and the stronger side wins unless
the weaker reaches ``mixed_share`` of it (then *mixed*). A sentence anywhere in the order that
says the court does not reach a point, and names the argument, makes it *not reached*. An
addressed argument without any cue follows the motion's disposition, with low confidence.

This module puts the steps together; each lives in its own module: the order's text and the
argument units (:mod:`.units`), which sections and sentences an argument's words name
(:mod:`.naming`), set-asides and not reached (:mod:`.set_aside`), the readings of sentences and
the side they add up to (:mod:`.readings`), and the fallbacks, headings from sub-arguments and
confidence (:mod:`.fallbacks`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import partial

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import ArgumentRuling, DispositionKind, Evidence, Side
from lawdiff.ruling.evidence import (
    Reading,
    SentenceKey,
    concessions,
    discourse_speakers,
    disposed_request_owner,
    recommendation_sides,
    sentence_key,
)
from lawdiff.ruling.fallbacks import (
    AGAINST,
    PART_CONFIDENCE,
    calibrated,
    counterpart_sides,
    cue_basis,
    fallback_side,
    parents_from_children,
    part_decides,
    without_own_cue,
)
from lawdiff.ruling.matching import Topics, match_arguments
from lawdiff.ruling.naming import (
    distinct_words,
    in_motion,
    motion_contexts,
    naming_paragraphs,
    numbered_motions,
    shares_a_word,
)
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.parts import Part, part_dispositions, part_sides
from lawdiff.ruling.points import PointReading, with_points
from lawdiff.ruling.readings import (
    DISPOSITION_SIDE,
    asks_own_relief,
    decide_side,
    disposition_in,
    disposition_of,
    evidence_key,
    for_own_request,
    heading_echoes,
    lead_rulings,
    own_request_part,
    read_all,
    section_readings,
    sentence_of,
    without_cues,
)
from lawdiff.ruling.replies import Reply, replies_to, reply_readings
from lawdiff.ruling.rulebook import RuleBook
from lawdiff.ruling.scope import foreign_sentences
from lawdiff.ruling.sentences import Sentence
from lawdiff.ruling.set_aside import (
    aside_readings,
    children_of_set_aside,
    declines_point_of,
    ground_names,
    moot_for_others,
    not_reached_tail,
    rests_elsewhere,
    set_aside_sentences,
)
from lawdiff.ruling.units import OrderText, ruling_sentences, segments_inside


def sentence_topics(
    ruling: Sequence[Sentence],
    arguments: Sequence[SegmentInfo],
    parties: PartyNames,
    book: RuleBook,
) -> Topics:
    """For each ruling sentence of an order, the arguments it is about (its cue words left
    out of the comparison, so that "denied" does not tie a sentence to an argument)."""
    return match_arguments(
        ruling,
        arguments,
        book.gloss,
        parties.party_words,
        book.min_relevance,
        [without_cues(s.text, book) for s in ruling],
    )


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
    ruling = ruling_sentences(order, sentences)
    topics = sentence_topics(ruling, arguments, parties, book)
    distinct = distinct_words(arguments)
    for name in parties.party_words:
        distinct[name] = 99  # a party's name says nothing about which argument is meant
    set_aside = set_aside_sentences(sentences, arguments, parties, book, topics, distinct, sides)
    speakers = discourse_speakers(sentences, parties)
    recommended = recommendation_sides(sentences)
    conceded = concessions(sentences)
    replies = reply_readings(sentences, parties, book)
    contexts = motion_contexts(order, sentences)
    declining = [s for s in ruling if rests_elsewhere(s, book, parties)]
    rules: list[Callable[..., ArgumentRuling]] = []
    links = {
        argument.id: tuple(
            section
            for section in sections.get(argument.id, ())
            if shares_a_word(argument, order.section_text(section), distinct)
        )
        or naming_paragraphs(order, argument, arguments, distinct)
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
    # a verdict naming a point by its label ("Point II is denied") decides that heading first
    topics, set_aside, parts = with_points(
        PointReading(ruling, arguments, sides or {}, parties, book, answers),
        topics,
        set_aside,
        parts,
    )
    headed = {s.id for s in order.segments if s.kind is SegmentKind.HEADING and s.heading}
    inside = {  # the headed sections linked to each argument, with their sub-sections
        a: segments_inside(order.segments, [f for f in found if f in headed])
        for a, found in links.items()
    }
    # a section linked to several arguments of a brief: each sentence is its own argument's
    tied: dict[SegmentId, set[SentenceKey]] = {}
    foreign = foreign_sentences(
        order.segments,
        sentences,
        arguments,
        {a: segments_inside(order.segments, found) for a, found in links.items()},
        topics,
        answers,
        book.min_relevance,
        list(parties.party_words),
        book.gloss,
        tied,
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
            if ground_names(s, topics.queries.get(argument.id), topics.idf, book, parties)
        }
        declining_here = [s for s in declining if sentence_key(s) not in grounded]
        # a sentence about the argument that lies in a section answering other arguments only
        # speaks to those ("… it does not allege that the reserve was segregated" under
        # Conversion is no ruling on the contract claim's reserve)
        others = (
            set().union(*(v for k, v in inside.items() if k != argument.id)) - inside[argument.id]
        )
        wanted = numbered_motions(argument, arguments)
        about = [
            s
            for s in topics.of(argument.id)
            if in_motion(s, wanted, contexts)
            and (not linked or s.segment not in others)
            and sentence_key(s) not in not_mine
        ]
        query = topics.queries.get(argument.id)
        side = (sides or {}).get(argument.document)
        echoes = heading_echoes(about, argument, side, book, parties) if side else []
        keep = {sentence_key(s) for s in sentences if in_motion(s, wanted, contexts)} - not_mine
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
                    (not inside[argument.id] or s.segment in inside[argument.id])
                    and declines_point_of(s, argument, book, parties)
                    for s in declining_here
                ),
                conceded,
                recommended,
                # "Because the decision must be vacated on other grounds, the Court does not
                # resolve the statutory question", in the statutory argument's own section
                {sentence_key(s) for s in declining_here if s.segment in inside[argument.id]},
                parts.get(argument.id),
                grounded,
                own_request=side is Side.RESPONDENT and asks_own_relief(argument.heading),
                shared=frozenset(tied.get(argument.id, ())),
                replies=replies,
            )
        )
    rulings = [rule() for rule in rules]
    # an argument without a cue of its own takes the ruling on the argument of the other brief
    # that the order answers in the same section (a motion argument and its answer share it)
    answered = counterpart_sides(arguments, rulings, links, answers)
    rulings = [
        rule(counterpart=answered[r.argument][0], answer_only=answered[r.argument][1])
        if r.argument in answered and without_own_cue(r, book)
        else r
        for rule, r in zip(rules, rulings, strict=True)
    ]
    rulings = children_of_set_aside(arguments, rulings, set_aside, book.fallback_confidence)
    rulings = parents_from_children(
        arguments,
        rulings,
        book.fallback_confidence,
        book.prior_override,
        split=disposition is DispositionKind.GRANTED_IN_PART,
    )
    return calibrated(rulings, book)


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
    own_request: bool = False,
    shared: AbstractSet[SentenceKey] = frozenset(),
    replies: Mapping[SentenceKey, Reply] | None = None,
) -> ArgumentRuling:
    """One argument's ruling, read from the sentences about it that are in the sections linked
    to it; without any, from the sentences about it anywhere; without those, from all the
    linked sections' sentences. Without any cue it follows the motion's disposition, unless
    the order says (``declined``) that it left some points undecided: then it is not reached.
    A sentence in the argument's own section that decides on another ground and leaves this
    point undecided (``resting``) sets it aside, whatever its ground clause's cue says.
    Without any reading of its own, the sentences of its sections that it shares with the
    section's other arguments, naming it as much as any of them (``shared``), decide before the
    disposition does; without those, the court's short replies to a party's position among its
    sentences (``replies``, see :mod:`.replies`).
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
        if not_reached_tail(s, book, parties) is None and not moot_for_others(s, query, book)
    ]
    if own_request:  # the respondent's own request: granting it is the respondent's win
        part = own_request_part(part, parties, book)
    own = (
        part.side
        if part
        else disposition_in(deciding, book, parties)
        or (disposition_of(order, linked, book, keep, parties) if linked else None)
    )
    # "need not reach" counts only where it names the argument (above)
    on_point = [  # a "DENIED AS MOOT" sentence decides nothing: its "DENIED" is no cue
        r
        for r in aside_readings(
            read_all(about, parties, book, query, speakers, conceded, recommended), resting
        )
        if r.side is not Side.NOT_REACHED
        and disposition_in([sentence_of(r.evidence)], book) is not Side.NOT_REACHED
    ]
    on_point += [
        e
        for e in echoes
        if evidence_key(e.evidence) not in {evidence_key(r.evidence) for r in on_point}
    ]
    if own_request:
        on_point = for_own_request(on_point, parties, book)
    if own is Side.NOT_REACHED and not on_point:  # reserved, moot: the court decided nothing
        return ruling(Side.NOT_REACHED, 0.7, [], "aside-disposition")
    pool = aside_readings(
        section_readings(order, linked, parties, book, speakers, conceded, recommended), resting
    )
    in_linked = [
        r
        for r in pool
        if (keep is None or evidence_key(r.evidence) in keep)
        and evidence_key(r.evidence) not in grounded
    ]
    if own_request:
        in_linked = for_own_request(in_linked, parties, book)
    in_sections = [r for r in in_linked if r.side is not Side.NOT_REACHED]
    if in_linked and not in_sections and not on_point:  # "… expresses no view on …" only
        return ruling(Side.NOT_REACHED, 0.6, [in_linked[0].evidence], "aside-section")
    keys = {evidence_key(r.evidence) for r in in_sections}
    focused = [r for r in on_point if evidence_key(r.evidence) in keys]
    readings = (
        focused
        or on_point
        or in_sections
        or _shared_readings(pool, shared, grounded)
        or replies_to(replies or {}, order, linked, about, keep)
    )
    if part is not None and part_decides(part, on_point, readings, book):
        agreeing = [r.evidence for r in readings if r.side is part.side]
        return ruling(part.side, PART_CONFIDENCE, [part.evidence, *agreeing[:2]], "part")
    leads = lead_rulings(order, linked, book, keep)
    if leads:  # "First cause of action (…): OVERRULED." decides the section's arguments
        readings = [*leads, *readings]
    side, confidence = decide_side(readings, book)
    if side is None:
        fallback, basis = fallback_side(own, counterpart, disposition)
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
        and side in AGAINST[prior]
        and confidence < book.prior_override
    ):
        basis = "prior-over-weak-cues"
        side, confidence = prior, book.fallback_confidence
    else:
        basis = cue_basis(side, confidence)
    shown = [r.evidence for r in readings if side is Side.MIXED or r.side is side]
    return ruling(side, confidence, shown[:3], basis)


def _shared_readings(
    pool: Sequence[Reading], shared: AbstractSet[SentenceKey], grounded: AbstractSet[SentenceKey]
) -> list[Reading]:
    """The readings of the sentences an argument shares with its section's other arguments
    (it names them as much as any of them does), a point set aside excepted."""
    return [
        r
        for r in pool
        if evidence_key(r.evidence) in shared
        and evidence_key(r.evidence) not in grounded
        and r.side is not Side.NOT_REACHED
    ]
