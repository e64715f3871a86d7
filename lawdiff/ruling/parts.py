"""Dispositions per part: "the motion is DENIED as to standing and as to the request for
dismissal", "GRANTED as to the Title VII claim and denied as to the NYSHRL claim".

A motion granted in part says little about any one argument; its closing sentences often say
which part went which way. Each "as to …" clause takes the disposition verb nearest before it
(granted / sustained / dismissed = for the movant, denied / overruled = for the respondent; "as
moot" = not reached: the verbs are rulings.toml's ``[disposition_verbs]``), and so does a part
named as the subject of the verb ("The request for a new trial is OVERRULED"); an argument
whose heading (or an enclosing heading) holds every content word of the part is about that
part (a numbered part: its number and one of its words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import Evidence, Side
from lawdiff.ruling.matching import ancestors, stems
from lawdiff.ruling.rulebook import DispositionVerbs, RuleBook, disposition_verbs, load_rulebook
from lawdiff.ruling.sentences import Sentence

_AS_TO = re.compile(r"\b(?:as\s+to|with\s+respect\s+to|insofar\s+as\s+it\s+concerns)\b", re.I)


@dataclass(frozen=True)
class _Patterns:
    verb: re.Pattern[str]  # a disposition verb, its side and an "as moot" after it
    part_end: re.Pattern[str]  # where a part's name ends
    subject_part: re.Pattern[str]  # a part named as the subject of a disposition


@lru_cache(maxsize=4)
def _patterns(verbs: DispositionVerbs) -> _Patterns:
    """The patterns of this module, made from the rule book's ``[disposition_verbs]``."""
    verb = (
        rf"(?:(?P<movant>{verbs.movant})|(?P<respondent>{verbs.respondent}))"
        rf"(?P<aside>(?:\s+(?!as\b)[\w-]+){{0,3}}?\s+as\s+{verbs.aside})?"
    )
    # where a part's name ends: the next "as to", the next disposition verb, a clause break
    part_end = rf"{_AS_TO.pattern}|{verbs.any.pattern}|[;:]|\.\s|\.$|,\s+but\b"
    # the disposition of a part named as the sentence's subject: "Defendant's request for a
    # new trial on all issues is OVERRULED", "The Fourth and Seventh Affirmative Defenses are
    # STRICKEN"
    subject_part = (
        # "No." / "Nos." before a number is no sentence end: "Special Exception No. 3 is SUSTAINED"
        r"(?:^|\bORDERED\s+that\s+)(?P<subject>(?:[^.;:]|(?<=\bno)\.(?=\s*\d)|(?<=\bnos)\.(?=\s*\d)){3,160}?)"
        r"\s+(?:is|are)\s+(?:hereby\s+)?"
        rf"(?:(?P<movant>{verbs.movant})|(?P<respondent>{verbs.respondent}))"
        r"(?!\s+(?:in\s+part|as\s+to|with\s+respect|insofar|to\s+the\s+extent))"
        rf"(?P<aside>\s+as\s+{verbs.aside})?"
    )
    return _Patterns(
        re.compile(verb, re.IGNORECASE),
        re.compile(part_end, re.IGNORECASE),
        re.compile(subject_part, re.IGNORECASE),
    )


# one part of several: "as to the design defect and implied warranty claims"
_CONJUNCTION = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
# a part named by pointing back ("as to this opinion") names nothing here
_ANAPHORIC = re.compile(r"^\s*(?:this|that|these|those|it)\b", re.I)
_BARE_NUMERAL = re.compile(r"^\s*\d{1,2}\s*$")
_MOST_WORDS = 6  # a longer "part" is a clause running on, not the name of a part
# words that name no subject of their own: "as to the request", "as to Counts I and III"
_EMPTY = frozenset(
    stems(
        "request requests count counts cause causes action actions relief part parts portion "
        "remaining rest extent all other respect respects branch branches prong issue issues "
        "first second third fourth fifth sixth "
        "seventh eighth ninth tenth one two three four five six seven eight nine ten "
        "i ii iii iv v vi vii viii ix x xi xii"
    )
)


# the number of a part: "the Fourth Affirmative Defense", "Count III", "Motion in Limine No. 5"
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
_NUMBER = re.compile(
    rf"\b(?P<ordinal>{'|'.join(_ORDINALS)})\b|"
    r"\b(?:no\.?|nos\.?|number|count|counts|exception|defen[cs]e)\s+(?P<numeral>\d{1,2}|[ivx]{1,4})\b",
    re.IGNORECASE,
)
# the subject names a part, not the motion: a request, a count, a defense, an objection …
_PART_NOUN = re.compile(
    r"\b(?:requests?|counts?|claims?|counterclaims?|defen[cs]es?|objections?|exceptions?|"
    r"branch|branches|prayers?|opinions?|testimony|motions?\s+in\s+limine\s+nos?\.?\s*\d+)\b",
    re.IGNORECASE,
)
# what the subject says of the motion itself: "(ECF No. 19)", "motion to strike", "alternative"
_SUBJECT_NOISE = re.compile(
    r"\([^)]*\)|\b(?:ecf|doc|dkt)\.?\s+no\.?\s*\d+|\b(?:cross-?)?motions?\s+(?:to\s+\w+|for|in\s+limine)\b|"
    r"\b(?:filed|dated)\b.*$|\balternative\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Part:
    """One part of a motion and how the order disposed of it.

    Attributes:
        words: the part's content words (stems).
        side: the side its disposition favours.
        evidence: the sentence that disposes of it.
        numbers: its numbers ("Count III": 3).
        own: (as :func:`part_sides` gives it to an argument) whether the argument's own
            heading names the part (or, for a top-level argument, the order section answering
            it), rather than only a heading above it: a sub-argument may be lost while its
            count is won.
    """

    words: frozenset[str]
    side: Side
    evidence: Evidence
    numbers: frozenset[int] = frozenset()
    own: bool = False


def part_dispositions(
    sentences: Iterable[Sentence],
    ignore: Iterable[str] = (),
    owner: Callable[[str], Side | None] | None = None,
    book: RuleBook | None = None,
) -> list[Part]:
    """The parts the sentences dispose of, each with the side its disposition points to.

    Args:
        sentences: the order's sentences.
        ignore: party names, whose words name no part.
        owner: the side whose own request a sentence disposes of ("Brightline's request for
            fees is DENIED"), if any: a respondent's request denied is for the movant.
        book: the rule book whose ``[disposition_verbs]`` are read (the bundled one if None).
    """
    ignored = list(ignore)
    patterns = _patterns(disposition_verbs(book or load_rulebook()))
    parts: list[Part] = []
    for sentence in sentences:
        for clause in _AS_TO.finditer(sentence.text):
            side = _side_before(patterns, sentence.text, clause.start())
            name = _part_name(patterns, sentence.text, clause.end())
            if side is None or _ANAPHORIC.match(name):
                continue
            evidence = Evidence(sentence.text, sentence.page, sentence.line, "", side)
            parts += _named_parts(name, side, evidence, ignored)
        parts += _subject_parts(patterns, sentence, ignored, owner)
    return parts


def _named_parts(name: str, side: Side, evidence: Evidence, ignored: list[str]) -> list[Part]:
    """The parts one name lists ("the First, Second and Fifth Affirmative Defenses"): a
    numbered conjunct without words of its own takes those of the last conjunct."""
    conjuncts = [c for c in _CONJUNCTION.split(name) if c.strip()]
    if not conjuncts:
        return []
    tail = frozenset(stems(conjuncts[-1], ignore=ignored)) - _EMPTY
    parts = []
    before: frozenset[str] = frozenset()  # the words of the numbered conjunct before
    for conjunct in conjuncts:
        words = frozenset(stems(conjunct, ignore=ignored)) - _EMPTY
        numbers = _numbers(conjunct)
        if not numbers and before and _BARE_NUMERAL.match(conjunct):
            # "Special Exceptions Nos. 2 and 4": the 4 is another number of the same name
            numbers, words = frozenset({int(conjunct.strip())}), before
        before = words if numbers else frozenset()
        if numbers and not words:
            words = tail
        if any(not w.isdigit() for w in words) and len(words) <= _MOST_WORDS:
            parts.append(Part(words, side, evidence, numbers))
    return parts


def _subject_parts(
    patterns: _Patterns,
    sentence: Sentence,
    ignored: list[str],
    owner: Callable[[str], Side | None] | None,
) -> list[Part]:
    """The parts a sentence disposes of by naming them as its subject ("Defendant's request for
    a new trial on all issues is OVERRULED"); the motion as a whole names no part."""
    found = patterns.subject_part.search(sentence.text)
    if found is None or not _PART_NOUN.search(found.group("subject")):
        return []
    if found.group("aside"):
        side = Side.NOT_REACHED
    else:
        side = Side.MOVANT if found.group("movant") else Side.RESPONDENT
        if owner is not None and owner(sentence.text) is Side.RESPONDENT:
            side = Side.RESPONDENT if side is Side.MOVANT else Side.MOVANT
    evidence = Evidence(sentence.text, sentence.page, sentence.line, "", side)
    return _named_parts(_SUBJECT_NOISE.sub(" ", found.group("subject")), side, evidence, ignored)


def _numbers(text: str) -> frozenset[int]:
    """The numbers that name a part: ordinals, "No. 5", "Count III"."""
    out = set()
    for found in _NUMBER.finditer(text):
        if found.group("ordinal"):
            out.add(_ORDINALS.index(found.group("ordinal").lower()) + 1)
        elif found.group("numeral").isdigit():
            out.add(int(found.group("numeral")))
        elif found.group("numeral").lower() in _ROMAN:
            out.add(_ROMAN.index(found.group("numeral").lower()) + 1)
    return frozenset(out)


def _side_before(patterns: _Patterns, text: str, end: int) -> Side | None:
    verbs = list(patterns.verb.finditer(text, 0, end))
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.group("aside"):
        return Side.NOT_REACHED
    return Side.MOVANT if verb.group("movant") else Side.RESPONDENT


def _part_name(patterns: _Patterns, text: str, start: int) -> str:
    end = patterns.part_end.search(text, start)
    return text[start : end.start() if end else len(text)]


def part_sides(
    arguments: Sequence[SegmentInfo],
    parts: Sequence[Part],
    ignore: Iterable[str] = (),
    sections: Mapping[SegmentId, Sequence[str]] | None = None,
) -> dict[SegmentId, Part]:
    """For each argument about exactly one disposed part (or several, all the same way), that
    part: every content word of the part stands in the argument's heading, in a heading
    above it, or in the heading of an order section that answers it (``sections``)."""
    ignored = list(ignore)
    by_id: Mapping[SegmentId, SegmentInfo] = {a.id: a for a in arguments}
    out: dict[SegmentId, Part] = {}
    for argument in arguments:
        above = [a.heading for a in ancestors(argument, by_id)]
        answering = list((sections or {}).get(argument.id, []))
        # the order section answering a top-level argument is its own; under a heading it is
        # (as often as not) the heading's, shared by its sub-arguments
        own = [argument.heading, *(answering if not above else [])]
        found = [p for p in parts if _names(p, *_words(own + above + answering, ignored))]
        if found and len({p.side for p in found}) == 1:
            named = any(_names(p, *_words(own, ignored)) for p in found)
            out[argument.id] = replace(found[0], own=named)
    return out


def _words(headings: Sequence[str], ignored: list[str]) -> tuple[set[str], set[int]]:
    """The content words (stems) and the numbers of some headings."""
    words = set().union(*(stems(h, ignore=ignored) for h in headings))
    return words, set().union(*(_numbers(h) for h in headings))


def _names(part: Part, words: AbstractSet[str], numbers: AbstractSet[int]) -> bool:
    """Whether headings with these words and numbers are about the part: a numbered part by
    its number and one of its words ("Waiver (Fourth Defense)" for "the Fourth Affirmative
    Defense"), any other by every word."""
    if part.numbers:
        return bool(part.numbers & numbers) and bool(part.words & words)
    return part.words <= words
