"""Read one sentence of an order: which side, if any, its cues point to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lawdiff.core.rulings import OPPOSITE, Evidence, Side
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.rulebook import (
    RuleBook,
    RulingCue,
    disposition_verbs,
    folded_forms,
    load_rulebook,
)
from lawdiff.ruling.sentences import Sentence

_CONCLUDING = re.compile(
    r"^\W*(?:accordingly|therefore|thus|hence|in sum|in short|in conclusion|for (?:these|the "
    r"foregoing|the above|all of these) reasons|for the reasons (?:stated|given|above)|"
    r"oleh karena itu|dengan demikian|maka)\b",
    re.IGNORECASE,
)
# a party putting an argument: "Quillon argues …", "Quillon's contention", "according to Quillon"
# the verbs of a party putting its position (one table: the echo rule reads it too)
REPORTING_VERBS = (
    r"(?:argues?|argued|contends?|contended|asserts?|"
    r"asserted|maintains?|maintained|insists?|insisted|urges?|urged|responds?|responded|"
    r"counters?|countered|claims?|suggests?|suggested|submits?|objects?|replies|replied|protests?|posits?|says|said|"
    r"points?\s+(?:out|to)|relies|relied|invokes?|invoked|characterizes?|reads?|faults?|"
    r"asks?|asked|requests?|requested|seeks?|"
    r"sought|"
    r"berdalil|berargumen|mendalilkan|membantah|menyatakan|berpendapat)"
)
# the one table of negation words (a cue turned round, a heading denied, a showing refused);
# "No. 3" is a number, "fails to" refuses what follows
NEGATION = (
    r"(?:\b(?:not|never|cannot|nor|neither|without|no\s+longer|no(?!\.\s*\d)|fails?\s+to|"
    r"failed\s+to|tidak|bukan|belum)\b|n['’]t\b)"
)
_REPORTING_AFTER = re.compile(
    r"^(?:'s?|’s?)?(?:\s+[\w,]+){0,3}?\s+" + REPORTING_VERBS + r"\b"
    r"|^(?:'s?|’s?)\s+(?:\w+\s+)?(?:argument|contention|position|theory|reading|objection|"
    r"response|point|view|reliance|complaint)s?\b",
    re.IGNORECASE,
)
_REPORTING_BEFORE = re.compile(r"\b(?:according to|menurut|pihak)\s*$", re.IGNORECASE)
SentenceKey = tuple[int, int, str]
_CONCEDED_WEIGHT = 0.6
# "… only where the balance tips sharply toward the movant, and … it does not": the clause
# after a cue that denies it
_ELLIPTIC_DENIAL = re.compile(
    r"\b(?:it|they|this|that|he|she|there)\s+(?:does|do|did|is|are|was|were|has|have|can|"
    r"could|will|would)\s*(?:not|n't)\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """What one sentence says: the side, the cue's weight and the evidence to show."""

    side: Side
    weight: float
    evidence: Evidence
    concluding: bool = False  # "Accordingly, …", "For these reasons, …": the court's holding


def sentence_key(sentence: Sentence) -> SentenceKey:
    """What identifies a sentence of one order."""
    return (sentence.page, sentence.line, sentence.text)


def discourse_speakers(
    sentences: Sequence[Sentence], parties: PartyNames
) -> dict[SentenceKey, Side]:
    """For each sentence, the party whose argument the court last reported in its section
    ("Quillon argues that the notice was defective. That argument is not persuasive.": the
    argument is Quillon's). A cue naming no party is about that party's argument; in a
    sentence opening with a pronoun, about the party the sentence before opened with ("The
    Petition alleges …. It does not allege …": the plaintiff's pleading)."""
    out: dict[SentenceKey, Side] = {}
    speaker: Side | None = None
    section: object = None
    subject: Side | None = None  # the party the sentence before opened with, if any
    for sentence in sentences:
        if sentence.segment != section:
            section, speaker = sentence.segment, speaker if _continues(sentence) else None
            subject = None
        if subject is not None and _PRONOUN_OPENING.match(sentence.text):
            out[sentence_key(sentence)] = subject  # "The Petition alleges …. It does not …"
        elif speaker is not None:
            out[sentence_key(sentence)] = speaker
        folded, _ = folded_forms(sentence.text)
        mentions = parties.mentions(folded)
        for start, end, side in mentions:
            if _REPORTING_AFTER.match(folded[end:]) or _REPORTING_BEFORE.search(folded[:start]):
                speaker = side
        opening = [m for m in mentions if _SUBJECT_START.match(folded[: m[0]])]
        subject = opening[0][2] if opening and opening[0][2] is not Side.MIXED else None
    return out


# a sentence opening with a pronoun that stands for the subject of the sentence before ("The
# Petition alleges three storms …. It does not allege that flooding will recur …"), not an
# expletive "it" ("It is well settled that …", "It follows that …")
_PRONOUN_OPENING = re.compile(
    r"^\W*(?:it|they|he|she)\s+(?!(?:is|was|would|may|might|seems|appears|follows|remains|"
    r"must|bears|matters)\b)\w",
    re.IGNORECASE,
)
# where a sentence's subject stands: at its opening, after an article at most
_SUBJECT_START = re.compile(r"^\W*(?:the\s+)?$", re.IGNORECASE)


# a magistrate judge's Report and Recommendation, named in the order that adopts or rejects
# it, stands for the side it favoured: "The Court agrees with the R&R's conclusion and adopts
# it", "That recommendation is adopted", "declines to adopt this portion of the R&R"
_REPORT = re.compile(
    r"\b(?:R\s*&\s*R|report\s+and\s+recommendation|recommendation)s?\b", re.IGNORECASE
)
_RECOMMENDS = re.compile(r"\brecommend(?:s|ed|ing)\b|\brecommendation\s+that\b", re.IGNORECASE)
# what the recommendation favours: the plaintiff's leave to amend or its claim surviving, the
# motion's dismissal or grant; a split recommendation ("granted in part") favours neither
_RECOMMENDED_SIDE: tuple[tuple[re.Pattern[str], Side | None], ...] = (
    (re.compile(r"\bin\s+part\b", re.IGNORECASE), None),
    (
        re.compile(r"\b(?:leave\s+to\s+amend|survive|be\s+denied|denial)\b", re.IGNORECASE),
        Side.RESPONDENT,
    ),
    (re.compile(r"\b(?:dismiss\w*|be\s+granted|granting)\b", re.IGNORECASE), Side.MOVANT),
)


def recommendation_sides(sentences: Sequence[Sentence]) -> dict[SentenceKey, Side]:
    """For each sentence, the side the magistrate judge's recommendation last reported favoured
    ("Judge Lin recommended dismissal": the movant's), so that a cue whose party is the R&R
    ("the Court agrees with the R&R") is read for that side."""
    out: dict[SentenceKey, Side] = {}
    current: Side | None = None
    for sentence in sentences:
        said = _RECOMMENDS.search(sentence.text)
        if said:
            clause = sentence.text[said.end() :]
            hit = next((h for h in _RECOMMENDED_SIDE if h[0].search(clause)), None)
            if hit is not None:
                current = hit[1]
        if current is not None:
            out[sentence_key(sentence)] = current
    return out


def _with_report(
    mentions: list[tuple[int, int, Side]], folded: str, recommended: Side | None
) -> list[tuple[int, int, Side]]:
    """The party mentions with each naming of the R&R as a mention of the side it favoured."""
    if recommended is None:
        return mentions
    report = [(m.start(), m.end(), recommended) for m in _REPORT.finditer(folded)]
    return sorted([*mentions, *report]) if report else mentions


# the court grants a party a premise and then holds against it: "Pureline is right that … .
# But Count One does not stand on that phrase alone."; "The Court agrees, as far as that goes"
_TURN_NEXT = re.compile(
    r"^\W*(?:but|however|yet|nevertheless|nonetheless|still|even so|that does not end|"
    r"that is not the end)\b|^[^.;:]{0,60},\s*however,"
    r"|^\W*(?:[\w'’]+\s+){0,2}(?:problem|difficulty|trouble)\s+(?:is|lies)\b"
    # "Plaintiff is right that … . That is not the question Count III presents."
    r"|^\W*(?:that|this)\s+is\s+not\s+the\s+(?:question|issue|point|test)\b"
    # "… is correct that it can be a deceptive act. The count fails for another reason."; "The
    # Szabos are correct that … . It does not support a demand for fees in a contract count."
    r"|^[^.;:]{0,60}\bfor\s+(?:another|a\s+different|an\s+independent)\s+reason\b"
    r"|^\W*(?:that|this|it)\s+(?:does|did|would|will)\s+not\s+(?:help|save|end|carry|follow|"
    r"matter|support|change|mean|get)\b",
    re.IGNORECASE,
)
_TURN_WITHIN = re.compile(
    r"\b(?:as far as (?:that|it) goes|up to a point|to a point|in the abstract|"
    r"as a general matter|in principle)\b"
    # the premise granted and turned in one sentence: "Pecan Hollow is right that $34 per
    # square foot was above the rates …, but the manager lowered the rate twice …"
    r"|\b(?:(?:is|are)\s+(?:\w+\s+)?(?:right|correct)\s+that|correctly\s+(?:argues|notes|"
    r"points\s+out|observes|contends))\b[^;.]*?[,;]\s*(?:but|yet)\b",
    re.IGNORECASE,
)


_CITATION = re.compile(r"^\W*(?:see|see also|see generally|cf|id|accord|compare)\b", re.IGNORECASE)


_REPORTER = re.compile(r"\b\d+\s+(?:[A-Z][\w.]*\s?){1,4}\d+")


def _is_citation(text: str) -> bool:
    """A citation or a piece of one the sentence splitter cut at an abbreviation ("Ins.")."""
    words = len(text.split())
    if _TURN_NEXT.match(text):
        return False
    return bool(_CITATION.match(text)) or words < 4 or (words < 15 and bool(_REPORTER.search(text)))


def concessions(sentences: Sequence[Sentence]) -> frozenset[SentenceKey]:
    """The sentences in which the court concedes a point it then turns against: the next
    sentence of its section opens with "But" / "However" / "Yet", or the sentence itself
    limits its agreement ("as far as that goes", "in the abstract")."""
    out: set[SentenceKey] = set()
    prose = [s for s in sentences if not _is_citation(s.text)]  # "See Lyons v. …" between
    if not prose:  # a section of citations only (or none): nothing conceded
        return frozenset()
    for sentence, following in zip(prose, [*prose[1:], None], strict=True):
        turns = (
            following is not None
            and following.segment == sentence.segment
            and (_TURN_NEXT.match(following.text) is not None)
        )
        if turns or _TURN_WITHIN.search(sentence.text):
            out.add(sentence_key(sentence))
    return frozenset(out)


def _continues(sentence: Sentence) -> bool:
    """A paragraph that opens by pointing back ("That argument …", "This contention …")."""
    return (
        re.match(
            r"^\W*(?:that|this|these|those|the|its|such)\s+(?:argument|contention|"
            r"position|theory|reading|point)",
            sentence.text,
            re.IGNORECASE,
        )
        is not None
    )


def read_sentence(
    sentence: Sentence,
    book: RuleBook,
    parties: PartyNames,
    near: Sequence[int] = (),
    speaker: Side | None = None,
    conceded: bool = False,
    focus: Sequence[int] = (),
    recommended: Side | None = None,
) -> Reading | None:
    """The side the strongest cue of ``sentence`` points to, or None without a cue.

    Args:
        near: where the words of the argument being ruled on stand in the sentence; when given,
            of the cues within 0.3 of the strongest, the one closest to them speaks for the
            sentence ("serious questions alone …, and the balance does not tip": for the
            balance argument, "does not tip").
        speaker: the party whose argument a cue naming no party is about (see
            :func:`discourse_speakers`); the movant when None.
        conceded: the court turns against the point right after (see :func:`concessions`):
            a cue in a party's favour is read, at medium weight at most, against it.
        focus: where the argument's own main words stand (not its enclosing headings'): when
            all lie in a "…, but not on …" clause after the cue, the cue is turned round.
        recommended: the side the R&R under discussion favoured (see
            :func:`recommendation_sides`): a naming of the R&R counts as that party's.
    """
    folded, lowered = folded_forms(sentence.text)
    hits = [h for h in _longest_hits(book.cues, folded, lowered) if not _in_question(folded, h[1])]
    hits = _without_halves(hits)
    reported = _reported_spans(folded, parties)
    hits = [h for h in hits if not any(a <= h[1] < b for a, b in reported)]
    hits = [h for h in hits if not _with_authority(h[0], folded[h[2] :])]
    if not hits:
        return None
    mentions = _with_report(parties.mentions(folded), folded, recommended)
    readings = [
        (_side_of(cue, start, end, mentions, speaker, folded), cue, start, end)
        for cue, start, end in hits
    ]
    strongest = max(r[1].weight for r in readings)
    close = [r for r in readings if r[1].weight >= strongest - 0.3 - 1e-9]
    if near and len({r[0] for r in close}) > 1:
        chosen = min(close, key=lambda r: (_distance(r[2], r[3], near), -r[1].weight))
    else:
        chosen = max(readings, key=lambda r: r[1].weight)
    best_side, best_cue = chosen[0], chosen[1]
    if _ELLIPTIC_DENIAL.search(folded[chosen[3] :]) or _in_contrast(folded, chosen[3], focus):
        best_side = OPPOSITE.get(best_side, best_side)
    weight = best_cue.weight
    if (  # a point conceded, then turned; a motion granted is a ruling, not a concession
        conceded
        and best_cue.direction == "for"
        and best_side in OPPOSITE
        and not _DISPOSING.search(best_cue.text)
    ):
        best_side, weight = OPPOSITE[best_side], min(weight, _CONCEDED_WEIGHT)
    evidence = Evidence(sentence.text, sentence.page, sentence.line, best_cue.text, best_side)
    concluding = _CONCLUDING.match(sentence.text) is not None
    return Reading(best_side, weight, evidence, concluding)


# the verbs that put a party's position as a bare clause, "that" left out
_CLAUSE_VERBS = r"(?:argues?|argued|contends?|contended|asserts?|asserted|maintains?|insists?)"
# a party's position reported as such: "Defendants argue that Ms. Rao lacks standing"; the
# court's own answer begins at a turn ("…, but that reading fails")
_REPORTED_THAT = re.compile(
    rf"^(?:'s?|’s?)?(?:\s+[\w,]+){{0,3}}?\s+(?:{REPORTING_VERBS}\s+that\b|{_CLAUSE_VERBS}\s+"
    r"(?=the\s+(?:\w+\s+)?court\b))",  # "Nunez contends the trial court erred in admitting …"
    re.I,
)
_REPORT_ENDS = re.compile(r";|\b(?:but|however|yet)\b", re.IGNORECASE)


# a reviewing court reporting the decision under review: "The district court found … weighed
# slightly in favor of transfer", "the circuit court held that …" (appellate and mandamus
# orders): what the lower court found is not this court's holding
_LOWER_COURT_SAID = re.compile(
    r"\b(?:the\s+)?(?:district|circuit|trial|bankruptcy|lower)\s+court\s+(?:\w+\s+){0,2}?"
    r"(?:found|held|concluded|ruled|reasoned|determined|decided|weighed|counted|treated|"
    r"thought|believed)\b",
    re.IGNORECASE,
)


def _reported_spans(folded: str, parties: PartyNames) -> list[tuple[int, int]]:
    """The stretches of a sentence that report a party's position ("X argues that …") or the
    decision under review ("The district court found …")."""
    spans = []
    for found in _LOWER_COURT_SAID.finditer(folded):
        stop = _REPORT_ENDS.search(folded, found.end())
        spans.append((found.end(), stop.start() if stop else len(folded)))
    for _, end, _ in parties.mentions(folded):
        said = _REPORTED_THAT.match(folded[end:])
        if said:
            start = end + said.end()
            stop = _REPORT_ENDS.search(folded, start)
            spans.append((start, stop.start() if stop else len(folded)))
    return spans


# the court agreeing with another court, not a party: "The undersigned agrees with the Seventh
# Circuit's analysis", "the Court agrees with the courts that have held …"
_AUTHORITY = re.compile(
    r"^\s+(?:with\s+)?(?:the\s+)?(?:(?:[\w.]+\s+){0,2}circuit\b|supreme\s+court\b|court\s+of\s+appeals\b|"
    r"(?:other|those|these|many|most|several)\s+courts\b|courts\b|(?:the\s+)?reasoning\s+of\b)",
    re.IGNORECASE,
)


def _with_authority(cue: RulingCue, after: str) -> bool:
    """Whether a cue naming its party after it ("agrees with") names a court instead."""
    return (
        cue.party == "after"
        and cue.direction in ("for", "against")
        and bool(_AUTHORITY.match(after))
    )


# "X has shown a likelihood of success on A, but not on B": the cue holds for A, its opposite
# for B; "GRANTED as to Count I but not as to Count II"
_CONTRAST = re.compile(
    r",?\s+but\s+not\s+(?:on|as\s+to|for|in|with\s+respect\s+to|regarding)\b", re.IGNORECASE
)


def _in_contrast(folded: str, cue_end: int, focus: Sequence[int]) -> bool:
    """Whether the argument's main words all lie in a "but not on …" clause after the cue."""
    contrast = _CONTRAST.search(folded, cue_end)
    return bool(focus) and contrast is not None and min(focus) >= contrast.start()


# "The parties dispute whether FreshWay has shown …": a cue in the question, not the answer
_WHETHER = re.compile(r"\bwhether\b(?:\s+\S+){0,6}\s*$", re.IGNORECASE)


def _in_question(folded: str, start: int) -> bool:
    window = folded[max(0, start - 60) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return bool(_WHETHER.search(window))


def _without_halves(hits: list[tuple[RulingCue, int, int]]) -> list[tuple[RulingCue, int, int]]:
    """The hits less a one-side disposition cue that overlaps a mixed one: in "the Motion is
    GRANTED in part and DENIED in part" the "is GRANTED" is half of "GRANTED in part"."""
    mixed = [h for h in hits if h[0].direction == "mixed"]
    return [
        h
        for h in hits
        if h[0].direction not in ("movant", "respondent")
        or not any(m[1] < h[2] and h[1] < m[2] for m in mixed)
    ]


def _distance(start: int, end: int, places: Sequence[int]) -> int:
    return min(0 if start <= p <= end else min(abs(p - start), abs(p - end)) for p in places)


def cue_hits(
    cues: Sequence[RulingCue], folded: str, lowered: str
) -> list[tuple[RulingCue, int, int]]:
    """Every hit of every cue in a sentence, as (cue, start, end)."""
    return [(cue, start, end) for cue in cues for start, end in cue.spans(folded, lowered)]


def _longest_hits(
    cues: Sequence[RulingCue], folded: str, lowered: str
) -> list[tuple[RulingCue, int, int]]:
    """Hits not inside a longer hit ("has not shown" hides "has shown" and "shown")."""
    hits = sorted(cue_hits(cues, folded, lowered), key=lambda h: (h[1], -(h[2] - h[1])))
    kept: list[tuple[RulingCue, int, int]] = []
    for hit in hits:
        if any(k[1] <= hit[1] and hit[2] <= k[2] for k in kept):
            continue
        kept = [k for k in kept if not (hit[1] <= k[1] and k[2] <= hit[2])]
        kept.append(hit)
    return kept


def _side_of(
    cue: RulingCue,
    start: int,
    end: int,
    mentions: Sequence[tuple[int, int, Side]],
    speaker: Side | None = None,
    folded: str = "",
) -> Side:
    if cue.direction == "not-reached":
        return Side.NOT_REACHED
    if cue.direction == "mixed" and _NEGATED.search(folded[max(0, start - 50) : start]):
        # "Nor has it raised serious questions": a showing refused to the party making it
        before = [m for m in mentions if m[1] <= start]
        party = before[-1][2] if before else speaker or Side.MOVANT
        return OPPOSITE.get(party, Side.MIXED)
    if cue.direction in ("movant", "respondent") and _DISPOSING.search(cue.text):
        owner = _request_owner(mentions, start, folded)
        if owner is not None:  # "Harbor's request for a protective order is granted"
            return owner if cue.direction == "movant" else OPPOSITE.get(owner, owner)
    if cue.direction in ("movant", "respondent", "mixed"):
        return Side(cue.direction)
    party = _named_party(cue.party, start, end, mentions, speaker, folded)
    favours = (cue.direction == "for") != _negated_cue(folded, start)
    return party if favours else OPPOSITE.get(party, party)


# a negation right before a cue, in its clause, turns it round: "does not find that contention
# persuasive", "is not a reason to agree with"
_NEGATION_BEFORE = re.compile(rf"{NEGATION}(?:\s+\S+){{0,3}}\s*$", re.IGNORECASE)
# the court refusing the finding the cue states, a few words further back: "the court cannot
# say that Tessellate's reading is unlikely to prevail", "does not find that Harbor has shown"
_FINDING_REFUSED = re.compile(
    r"\b(?:cannot|can\s*not|could\s+not|does\s+not|do\s+not|will\s+not)\s+"
    r"(?:say|find|conclude|hold)\s+(?:that\s+)?(?:\S+\s+){0,6}$",
    re.IGNORECASE,
)


def _negated_cue(folded: str, start: int) -> bool:
    window = folded[max(0, start - 40) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    if _NEGATION_BEFORE.search(window):
        return True
    wider = folded[max(0, start - 90) : start]
    breaks = list(_CLAUSE_BREAK.finditer(wider))
    return bool(_FINDING_REFUSED.search(wider[breaks[-1].end() :] if breaks else wider))


# a showing refused before a mixed cue ("Nor has it raised serious questions"), unless a "but"
# in the clause turns it back
_NEGATED = re.compile(rf"{NEGATION}(?![^,;]*\bbut\b)", re.IGNORECASE)
_POSSESSED_ARGUMENT = re.compile(
    r"^(?:'s?|’s?)\s+(?:\w+\s+)?(?:argument|contention|position|theory|reading|objection|"
    r"assertion|suggestion|claim|reliance|point)s?\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:but|and|yet|so)\b|\b(?:because|since|although|though|while|whereas)\b",
    re.IGNORECASE,
)


_SUBORDINATE_OPENING = re.compile(
    r"^\W*(?:because|since|although|though|while|whereas|if|when|as)\b[^,;:]*,", re.IGNORECASE
)


def _argument_owner(
    before: Sequence[tuple[int, int, Side]], cue_start: int, folded: str
) -> Side | None:
    """The party whose argument is the subject of the cue's clause ("Defendant's argument
    that … Plaintiff monitored … misses the mark": Defendant's), when one is."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, cue_start)]
    opening = _SUBORDINATE_OPENING.match(folded)
    if opening and opening.end() <= cue_start:  # "Because X's argument …, Y has not shown"
        breaks.append(opening.end())
    clause_start = breaks[-1] if breaks else 0
    owners = [
        m
        for m in before
        if m[0] >= clause_start and _POSSESSED_ARGUMENT.match(folded[m[1] : cue_start])
    ]
    return owners[-1][2] if owners else None


# a cue that disposes of a request ("is GRANTED", "motion is denied", "dikabulkan")
_DISPOSING = disposition_verbs(load_rulebook()).any  # rulings.toml [disposition_verbs]
_POSSESSED_REQUEST = re.compile(
    r"^(?:'s?|’s?)\s+(?:[\w-]+\s+){0,2}?(?:cross-?\s?motion|motion|request|application|"
    r"objection|demand|petition)s?\b",
    re.IGNORECASE,
)


def _request_owner(
    mentions: Sequence[tuple[int, int, Side]], cue_start: int, folded: str
) -> Side | None:
    """The party whose own request a disposition cue disposes of, named as the subject of the
    cue's clause ("Brightline's request for fees is DENIED": Brightline's, whichever side
    filed the motion the order decides)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, cue_start)]
    clause_start = breaks[-1] if breaks else 0
    owners = [
        m
        for m in mentions
        if clause_start <= m[0]
        and m[1] <= cue_start
        and _POSSESSED_REQUEST.match(folded[m[1] : cue_start])
    ]
    return owners[-1][2] if owners else None


def disposed_request_owner(text: str, parties: PartyNames) -> Side | None:
    """The party whose own request a sentence disposes of, when it names one as the subject
    of its first disposing word ("Brightline's request for fees is DENIED": Brightline)."""
    folded, _ = folded_forms(text)
    word = _DISPOSING.search(folded)
    if word is None:
        return None
    return _request_owner(parties.mentions(folded), word.start(), folded)


_PRONOUN_CLAUSE = re.compile(r"^\s*(?:it|they|he|she)\b", re.IGNORECASE)


def _pronoun_subject(
    before: Sequence[tuple[int, int, Side]], cue_start: int, folded: str
) -> Side | None:
    """In "The Complaint alleges that Calloway withheld …; it does not allege …", the pronoun
    opening the cue's clause is the subject of the clause before (the Complaint), not the
    nearest name."""
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(folded, 0, cue_start)]
    if not breaks or not _PRONOUN_CLAUSE.match(folded[breaks[-1][1] : cue_start]):
        return None
    if any(m[0] >= breaks[-1][1] for m in before):
        return None
    previous_start = breaks[-2][1] if len(breaks) > 1 else 0
    subjects = [m for m in before if previous_start <= m[0] < breaks[-1][0]]
    return subjects[0][2] if subjects else None


# what a motion asks for, named as the object of a cue with no party before it ("This factor
# favors transfer", "the balance favors an injunction"): the movant's side
_RELIEF = re.compile(
    r"^\s+(?:an?\s+|the\s+)?(?:class(?:\s+certification)?|certification|transfer|"
    r"injunction|injunctive relief|(?:preliminary\s+)?relief|dismissal|remand|arbitration|"
    r"exclusion|a stay|stay|summary judgment|the motion)\b",
    re.IGNORECASE,
)


# the object of "grants" / "denies": someone's motion ("the Court DENIES Finjan's motion …")
_POSSESSOR_OF_MOTION = re.compile(
    r"^\s+(?:the\s+)?([A-Z][\w-]+)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:motion|request|application)",
    re.IGNORECASE,
)


def _named_party(
    place: str,
    start: int,
    end: int,
    mentions: Sequence[tuple[int, int, Side]],
    speaker: Side | None = None,
    folded: str = "",
) -> Side:
    """The party named before (the nearest) or after (the first) the cue; else the party
    whose argument the court is discussing (``speaker``); else the movant."""
    if place == "before":
        before = [m for m in mentions if m[1] <= start]
        owner = _argument_owner(before, start, folded) or _pronoun_subject(before, start, folded)
        if owner is not None:
            return owner
        if not before and _RELIEF.match(folded[end:]):  # "Each factor favors a class."
            return Side.MOVANT
        return before[-1][2] if before else speaker or Side.MOVANT
    after = [m for m in mentions if m[0] >= end]
    possessor = _POSSESSOR_OF_MOTION.match(folded[end:])
    if possessor and not any(m[0] == end + possessor.start(1) for m in after):
        return Side.MOVANT  # "the Court GRANTS Cicso's motion …": a name misspelt or unknown
    return after[0][2] if after else speaker or Side.MOVANT
