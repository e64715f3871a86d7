"""Set-asides and not reached: the points an order says it does not decide.

"Because X fails, the Court need not reach Y": which arguments a sentence sets aside
(:func:`set_aside_sentences`), whether its ground clause names the argument instead
(:func:`ground_names`), and the sub-arguments of a heading set aside
(:func:`children_of_set_aside`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import ArgumentRuling, Evidence, Side
from lawdiff.ruling.evidence import REPORTING_VERBS, Reading, SentenceKey, cue_hits
from lawdiff.ruling.matching import Topics, ancestors, glossed, relevance, stems
from lawdiff.ruling.naming import WORD, content_words, names_argument, prefixes
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.readings import evidence_key, word_places
from lawdiff.ruling.rulebook import RuleBook, disposition_verbs, folded_forms
from lawdiff.ruling.sentences import Sentence
from lawdiff.ruling.units import descendants


def set_aside_sentences(
    sentences: Sequence[Sentence],
    arguments: Sequence[SegmentInfo],
    parties: PartyNames,
    book: RuleBook,
    topics: Topics,
    distinct: Mapping[str, int],
    sides: Mapping[DocumentId, Side] | None = None,
) -> dict[SegmentId, list[Sentence]]:
    """The "need not reach" sentences that set each argument aside.

    The point set aside follows the cue ("Because X fails, the Court need not reach Y"), so
    only the words after the cue count: the arguments whose headings they match as well as a
    sentence must to be about them (``min_relevance``; "need not reach X or Y" sets both aside)
    and share a whole word with them ("Communications" is not "Community") are; when none
    matches that well, an argument the tail names (see :func:`names_argument`) and the sentence is
    about.
    """
    queries = topics.queries
    party_words = {w for name in parties.party_words for w in WORD.findall(name)}
    out: dict[SegmentId, list[Sentence]] = {}
    previous: Sentence | None = None
    for sentence in sentences:
        tail = set_aside_point(sentence, book, parties)
        before, previous = previous, sentence
        if tail is None:
            continue
        if _points_back(sentence, book):  # "… need not resolve it now": the point last put
            for argument in _pointed_at(sentence, before, arguments, topics, party_words):
                out.setdefault(argument.id, []).append(sentence)
            continue
        bag = stems(tail, book.gloss, parties.party_words)
        scores = {a.id: relevance(queries[a.id], bag, topics.idf) for a in arguments}
        words = content_words(glossed(tail, book.gloss)) - party_words
        chosen = [
            a
            for a in arguments
            if scores[a.id] >= book.min_relevance
            and prefixes(words) & prefixes(content_words(glossed(a.heading, book.gloss)))
        ]
        if not chosen:
            chosen = [
                a
                for a in arguments
                if names_argument(tail, a, distinct) and sentence in topics.directly(a.id)
            ]
        owned = _owned_conjuncts(tail, parties, party_words)
        for argument in _most_specific(chosen, arguments):
            if _left_open_for(argument, owned, (sides or {}).get(argument.document)):
                out.setdefault(argument.id, []).append(sentence)
    return out


# a ground given after the point set aside: "need not decide whether X, because the count
# survives on Y" leaves X undecided, not Y
_TRAILING_GROUND = re.compile(r",?\s+\b(?:because|since|given that|in light of|karena)\b", re.I)


def set_aside_point(sentence: Sentence, book: RuleBook, parties: PartyNames) -> str | None:
    """The words naming the point a sentence sets aside (see :func:`not_reached_tail`), less a
    ground clause after it; None when the sentence sets no point aside, or when the words
    before a cue written ``party = "before"`` are themselves decided: "It is DENIED as to
    Change Orders 4 and 6, which remain for trial" and "The Court agrees with Grayline that
    the request is premature" rule on the point (a disposition, a cue for a party)."""
    tail = not_reached_tail(sentence, book, parties)
    if tail is None or _EXCLUDED_MATERIAL.search(tail):
        return None
    folded, lowered = folded_forms(sentence.text)
    if folded.endswith(tail):
        ground = _TRAILING_GROUND.search(tail)
        tail = tail[: ground.start()] if ground and ground.start() > 0 else tail
        return _before_next_clause(tail, book)
    decided = [h for h in cue_hits(book.cues, folded, lowered) if h[2] <= len(tail)]
    if any(h[0].direction != "not-reached" for h in decided):
        return None
    return None if disposition_verbs(book).any.search(tail) else tail


# a clause of its own after the point set aside: "does not reach the merits of the remarks, and
# Ground Three is denied as procedurally defaulted", "expresses no opinion on the merits of those
# claims and, exercising its discretion …, declines supplemental jurisdiction" decide what they
# name; "…, and whether the notice was timely" lists one more point left open
_NEXT_CLAUSE = re.compile(
    r",?\s+(?:and|but)\s*,"
    r"|,\s+(?:and|but)\s+(?!whether\b|if\b|how\b)"
    r"(?:(?!that\b|whether\b|argument|contention)[\w'’.-]+\s+){0,4}?"
    r"(?:is|are|was|were|will|shall|must|has|have|remains?|declines?|denies|grants?)\b",
    re.IGNORECASE,
)


def _before_next_clause(point: str, book: RuleBook) -> str:
    """The point set aside, less a clause of its own after it that decides on the merits ("…,
    and Ground Three is denied"; not "…, and the request is denied as moot": moot is aside)."""
    cut = _NEXT_CLAUSE.search(point)
    if cut is None or cut.start() == 0 or _moot(point[cut.end() :], book):
        return point
    return point[: cut.start()]


def _moot(text: str, book: RuleBook) -> bool:
    """Whether a clause takes its point off the merits ("is moot", "as academic")."""
    return re.search(disposition_verbs(book).aside, text, re.IGNORECASE) is not None


# material the court leaves out of the record sets no point aside: "The Court does not
# consider the affidavit of Bayou Shield's branch manager …, which is outside the pleadings."
_EXCLUDED_MATERIAL = re.compile(
    r"\b(?:outside|beyond)\s+the\s+(?:pleadings|complaint|petition|record)\b", re.IGNORECASE
)


# whose point a set-aside names: "the Panel does not decide Claimants' further argument that …"
_POSSESSED_POINT = re.compile(
    r"^(?:'s?|’s?)\s+(?:[\w-]+\s+){0,2}?(?:argument|contention|position|theory|challenge|"
    r"objection|claim|request|point|reading|assertion)s?\b",
    re.IGNORECASE,
)


# the points of a set-aside listed one after another: "Stratus's Section 230 argument, or the
# amount of any bond"
_CONJUNCT = re.compile(r",\s*(?:or|and|nor)\s+|;\s*", re.IGNORECASE)


def _owned_conjuncts(
    point: str, parties: PartyNames, party_words: AbstractSet[str]
) -> list[tuple[set[str], Side | None]]:
    """The points a set-aside lists, each as its words (cut to eight letters) and the party
    whose own argument it names ("Claimants' further argument that …"), when it names one.
    Empty when no point or both sides' points are named: the court then set the dispute aside
    whoever raised it ("Plaintiff's argument …, and Defendant's contention …")."""
    conjuncts = []
    for conjunct in _CONJUNCT.split(point):
        owners = {
            side
            for _, end, side in parties.mentions(conjunct)
            if _POSSESSED_POINT.match(conjunct[end:])
        }
        owner = owners.pop() if len(owners) == 1 else None
        conjuncts.append((prefixes(content_words(conjunct) - party_words), owner))
    if len({owner for _, owner in conjuncts if owner is not None}) != 1:
        return []
    return conjuncts


def _left_open_for(
    argument: SegmentInfo, owned: Sequence[tuple[set[str], Side | None]], side: Side | None
) -> bool:
    """Whether a set-aside leaves the argument open: one of the points it lists that shares a
    word with the argument's heading is nobody's or the argument's own side's (a party's own
    argument set aside is no point of the other brief's that shares its words)."""
    words = prefixes(content_words(argument.heading))
    sharing = [owner for conjunct, owner in owned if conjunct & words]
    return side is None or not sharing or any(o is None or o is side for o in sharing)


def _most_specific(
    chosen: Sequence[SegmentInfo], arguments: Sequence[SegmentInfo]
) -> list[SegmentInfo]:
    """The chosen arguments less those with a chosen sub-argument: "the Court does not decide
    whether Dr. Brandt is qualified to offer warnings opinions" sets aside the qualification
    sub-argument, not the heading on all of Dr. Brandt's opinions that shares its words."""
    ids = {a.id for a in chosen}
    return [a for a in chosen if not (descendants(arguments, a.id) - {a.id}) & ids]


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
    if _object_before(cue.party, folded, end):
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
    words = prefixes(content_words(point) - party_words)
    return [
        a
        for a in arguments
        if sentence in topics.of(a.id) and words & prefixes(content_words(a.heading))
    ]


# "Because the delay defeats its showing regardless, …", "Given that …", "karena …": the
# ground the court decided on, stated beside what it leaves undecided
_GROUND = re.compile(r"\b(?:because|since|regardless|given that|in light of|karena|oleh karena)\b")


def rests_elsewhere(sentence: Sentence, book: RuleBook, parties: PartyNames) -> bool:
    """Whether a sentence says the court decided on one ground and left another point
    undecided ("Because X fails, the Court need not reach Y"): then the order's points
    without any cue of their own were not reached either."""
    tail = not_reached_tail(sentence, book, parties)
    return tail is not None and bool(_GROUND.search(sentence.text.lower()))


# a point set aside that is every other one: "need not reach the remaining Winter factors"
_REMAINING = re.compile(r"^\W*(?:the\s+|all\s+)?(?:remaining|other|rest)\b", re.IGNORECASE)


def declines_point_of(
    sentence: Sentence, argument: SegmentInfo, book: RuleBook, parties: PartyNames
) -> bool:
    """Whether a "Because X …, need not reach Y" sentence may be what leaves the argument
    undecided: Y is "the remaining points", or shares a word with the argument's heading
    ("need not decide whether Buckeye Mutual was in fact prejudiced" for "… Cannot Show
    Prejudice"; not "the request for leave to amend is moot, and the Court does not take it
    up" for "Counts Two and Four Sound in Contract")."""
    point = set_aside_point(sentence, book, parties) or ""
    ground = _GROUND.match(point.strip().lower())
    if ground:  # a cue written party = "before": "Because X, Y is moot, and … does not take it up"
        point = point.strip().partition(",")[2]
    if _REMAINING.match(point):
        return True
    party_words = {w for name in parties.party_words for w in WORD.findall(name)}
    words = prefixes(content_words(glossed(point, book.gloss)) - party_words)
    return bool(words & prefixes(content_words(glossed(argument.heading, book.gloss))))


def ground_names(
    sentence: Sentence,
    query: Mapping[str, float] | None,
    idf: Mapping[str, float],
    book: RuleBook,
    parties: PartyNames,
) -> bool:
    """Whether the ground clause of a "Because X …, need not reach Y" sentence (X) names the
    argument, and better than what it sets aside (Y) does."""
    tail = not_reached_tail(sentence, book, parties)
    folded, lowered = folded_forms(sentence.text)
    ground = _GROUND.search(lowered)
    if not query or tail is None or ground is None or not folded.endswith(tail):
        return False  # (a cue written party = "before" names its point first: no ground)
    clause = folded[ground.start() : max(ground.start(), len(folded) - len(tail))]
    said = relevance(query, stems(clause, book.gloss, parties.party_words), idf)
    left = relevance(query, stems(tail, book.gloss, parties.party_words), idf)
    return said >= book.min_relevance and said > left


def not_reached_tail(sentence: Sentence, book: RuleBook, parties: PartyNames) -> str | None:
    """The words naming what a sentence sets aside: after its "need not reach" cue, or before
    a cue written with ``party = "before"`` ("… will be taken up at trial") or with no object
    after it ("…, a point we do not resolve, …"); None when the sentence sets nothing aside."""
    folded, lowered = folded_forms(sentence.text)
    hits = [h for h in cue_hits(book.cues, folded, lowered) if h[0].direction == "not-reached"]
    if not hits:
        return None
    cue, start, end = min(hits, key=lambda h: h[1])
    return folded[:start] if _object_before(cue.party, folded, end) else folded[end:]


# a cue with nothing after it but a clause mark: "…, a point we do not resolve, Prairie Grain
# offered …", "… is a question the Court does not reach, and the demand is dismissed"
_NO_OBJECT = re.compile(r"^\s*(?:[,;:.)]|$)")


def _object_before(party: str | None, folded: str, end: int) -> bool:
    """Whether a not-reached cue names its point before it: one written ``party = "before"``,
    or one whose object is a relative clause's ("X, a point we do not resolve, …")."""
    return party == "before" or _NO_OBJECT.match(folded[end:]) is not None


def children_of_set_aside(
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


def aside_readings(readings: list[Reading], resting: AbstractSet[SentenceKey]) -> list[Reading]:
    """The readings, with those of the sentences in ``resting`` read as *not reached*."""
    return [
        replace(r, side=Side.NOT_REACHED, evidence=replace(r.evidence, side=Side.NOT_REACHED))
        if evidence_key(r.evidence) in resting
        else r
        for r in readings
    ]


# "… for Defendants on the standard of proof, will deny both motions as moot as to the statutory
# claim, …": the mootness is of what follows "as to", not of the whole sentence
_MOOT_AS_TO = re.compile(r"\bmoot\s+(?:as\s+to|with\s+respect\s+to|insofar\s+as)\b", re.I)


def moot_for_others(sentence: Sentence, query: Mapping[str, float] | None, book: RuleBook) -> bool:
    """Whether a sentence disposes of the argument only by a "moot as to …" clause that names
    something else: the argument's words all stand before it."""
    _, lowered = folded_forms(sentence.text)  # where word_places counts
    moot = _MOOT_AS_TO.search(lowered)
    if moot is None:
        return False
    places = word_places(sentence.text, query, book)
    return bool(places) and max(places) < moot.start()
