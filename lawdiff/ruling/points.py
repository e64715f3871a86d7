"""Verdicts that name a brief's point by its label and number: "Point I is denied.", "We
overrule appellant's second issue.", "Ground 2 succeeds.", "Assignment of Error No. 3 is
sustained.", "The first and third grounds of appeal are dismissed as moot."

Appellate courts, tribunals and agencies decide each point by the label the brief gave it, in
a sentence whose words need not share one with the heading it answers. Such a sentence is the
court's own conclusion on that heading: it is credited to it as a part of the motion decided
(a :class:`~lawdiff.ruling.parts.Part` the argument's own heading names), ahead of the
sentences matched to it by their words.

A point so named is the argument heading of the brief that names the same label and number
("Ground 2: The Tribunal …", the segmenter's "POINT II"), else, for a label the court numbers
the brief's points by (``by_place`` in ``[point_labels]`` of ``rulings.toml``), the brief's
top-level argument in that place. The brief is the opening one (the motion's) unless a
possessive before the point names the respondent ("the State's first issue"); a heading of the
other brief that names the label and number ("Ground 1 Is a Perversity Challenge") is credited
with the same verdict. The verdict is the first phrase of ``won`` / ``lost`` / ``in_part`` /
``aside`` in the point's clause after it ("Ground 1 fails"; "is sustained in part" is in part,
"is dismissed as moot" aside), or one ending just before it ("We sustain the third issue",
"without it being necessary to examine the second and third pleas"). Numbers are read by the
segmenter's own reader of word enumerators (:func:`lawdiff.segment.outline.readings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from lawdiff.core.cuefile import phrases
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import Evidence, Side
from lawdiff.ruling.matching import Topics
from lawdiff.ruling.parties import PartyNames
from lawdiff.ruling.parts import Part
from lawdiff.ruling.rulebook import RuleBook, book_table
from lawdiff.ruling.sentences import Sentence
from lawdiff.segment.outline import ORDINAL_WORDS, readings
from lawdiff.segment.patterns import NUMBER_WORDS

_ENDING = "(?:e|s|es|ed|d|ing)?"  # a verb's ending, for "*" in [point_labels]
_QUALIFIERS = frozenset({"special"})  # "Special Exception No. 3" is exception 3
_QUALIFIER_GAP = 24  # "denied in part", "is DISMISSED AS MOOT", "rendered moot"
_VERDICTS = ("aside", "in_part", "won", "lost")  # a clause's verdict, in order of precedence


@dataclass(frozen=True)
class _Words:
    """``[point_labels]`` compiled: the point references and the verdict phrases."""

    reference: re.Pattern[str]
    by_place: frozenset[str]  # label heads ("point", "ground") numbered by place
    verdicts: Mapping[str, re.Pattern[str]]
    said: re.Pattern[str]  # a party's contention reported: what follows is no verdict
    adverbs: re.Pattern[str]  # "is therefore well founded": the verdict without them
    anaphor: re.Pattern[str] = re.compile("(?!)")  # "This ground fails.": the last one named


@dataclass(frozen=True)
class PointRef:
    """A point named in a sentence: its label's head word and numbers, where it stands."""

    label: str
    numbers: tuple[int, ...]
    start: int
    end: int
    remaining: bool = False  # "the remaining / other grounds": those no other verdict names
    part: int = 0  # "the second part of the first plea": the point's second sub-argument


_NUMBER = (
    r"(?:\(\d{1,2}\)|\d{1,2}\b|(?-i:[IVXLC]{1,7})\b|"
    + "|".join(w.lower() for w in sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"\b)"
)
_ORDINAL = r"(?:" + "|".join(w.lower() for w in ORDINAL_WORDS) + r")\b"
_JOIN = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to|through)\s|[-–])\s*"
_RANGE = re.compile(r"\d\s*(?:to|through|[-–])\s*\(?\d|\w\s+(?:to|through)\s+\w", re.I)
_NO = r"(?:nos?\.?\s*|numbers?\s+)?"
# between a clause's start and the point its subject names: articles, possessives, a
# paragraph number ("{¶ 9} Appellants' first assignment …", "13 The first plea …"), a decree's
# item ("(c) The Respondent's third objection …", "2. The second ground …")
_LEAD_WORD = (
    r"(?:\{[^}]*\}|\d{1,3}\.?|\[\d{1,3}\]|\((?:[a-z]{1,4}|\d{1,2})\)|(?i:the|this|and|but|so|thus|accordingly|his|her|its|"
    r"their|our)|[\w.-]+(?:['’]s|s['’])|[A-Z][\w.-]*)"
)
_SUBJECT_LEAD = re.compile(rf"^\s*(?:{_LEAD_WORD}(?:\s+{_LEAD_WORD}){{0,5}})?\s*$")
# what may stand between a verdict and the point it governs: "We sustain Appellant's …"
_OBJECT_GAP = re.compile(
    r"(?:\s+(?:the|appellants?['’]s?|appellees?['’]s?|[\w.-]+(?:['’]s|s['’])|his|her|its|their))*"
    r"\s*$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.;:]\s|,\s+(?:and|but|while|whereas)\s|\s\u2014\s|$")
# the court speaking after a point's label and a colon: "Issue Three: we find no error."
_SPEAKER = re.compile(r"^(?:we|I|this\s+court|the\s+(?:court|tribunal|board|panel|commission))\b")
_APPOSITIVE = re.compile(r"^\s*,[^,.;]{1,160},")
# "rejected as in part inadmissible and in part unfounded": "in part" qualifies the ground of
# the verdict after "as", and the point is lost in full ("dismissed as moot" stays aside)
_GROUND = re.compile(r"\bas\b", re.I)
_CLAUSE_START = re.compile(r"(?:^|[.;:]\s|,\s+(?:and|but)\s|,\s|\bthat\s)")


@dataclass(frozen=True)
class PointReading:
    """What :func:`with_points` reads: the order's ruling sentences, the argument units of
    both briefs, the side of each brief, the parties' names, the rule book and the (motion
    argument, opposition argument answering it) pairs of the case's rebuttal links."""

    sentences: Sequence[Sentence]
    arguments: Sequence[SegmentInfo]
    sides: Mapping[DocumentId, Side]
    parties: PartyNames
    book: RuleBook
    answers: Sequence[tuple[SegmentId, SegmentId]] = ()


def with_points(
    reading: PointReading,
    topics: Topics,
    set_aside: Mapping[SegmentId, Sequence[Sentence]],
    parts: Mapping[SegmentId, Part],
) -> tuple[Topics, dict[SegmentId, list[Sentence]], dict[SegmentId, Part]]:
    """The topics, set-asides and parts of an order with its verdicts on points named by
    label: each such sentence is about the headings it names alone (:func:`credit_points`),
    a heading it decides is no longer set aside by a sentence naming it by its words ("We
    need not decide whether the foundation was sufficient … Point I is denied."), and its
    verdict is that heading's part, ahead of a part matched by words, and the part of the
    other brief's top-level argument answering it (:func:`_answers`)."""
    points = point_parts(
        reading.sentences, reading.arguments, reading.sides, reading.parties, reading.book
    )
    points |= _answers(points, reading)
    decided = {a for a, p in points.items() if p.own and p.side is not Side.NOT_REACHED}
    kept = {a: list(found) for a, found in set_aside.items() if a not in decided}
    return credit_points(topics, points), kept, {**parts, **points}


def _answers(points: Mapping[SegmentId, Part], reading: PointReading) -> dict[SegmentId, Part]:
    """The verdict on a point for the top-level argument of the other brief answering it (the
    case's rebuttal links), when no verdict names that argument itself: "Point of error (1) has
    merit" decides the appellee's "No Actual Knowledge of a Leak" that answers point (1)."""
    ids = {a.id for a in reading.arguments}
    top = {a.id for a in reading.arguments if a.parent not in ids}
    return {
        answer: points[point]
        for point, answer in reading.answers
        if point in points and points[point].own and answer in top and answer not in points
    }


def point_parts(
    sentences: Iterable[Sentence],
    arguments: Sequence[SegmentInfo],
    sides: Mapping[DocumentId, Side],
    parties: PartyNames,
    book: RuleBook,
) -> dict[SegmentId, Part]:
    """For each argument a verdict names by its label and number, that verdict as a part of
    the motion its own heading names; the sub-arguments under it take it too (not as their
    own: a sub-argument may be lost while its point is won). A point given verdicts that
    disagree is left to the other readers.

    Args:
        sentences: the order's ruling sentences.
        arguments: the argument units of the motion and the opposition.
        sides: the side of each brief (motion: movant, opposition: respondent).
        parties: the parties' names (a possessive before a point names its owner).
        book: the rule book whose ``[point_labels]`` are read.
    """
    words = _words(book.source)
    verdicts = _named_verdicts(sentences, words)
    named = {(r.label, n) for _, r, _ in verdicts for n in r.numbers}
    found: dict[SegmentId, list[Part]] = {}
    for sentence, ref, verdict in verdicts:
        owner = _owner(sentence.text[: ref.start], parties)
        if ref.remaining:  # "the remaining grounds", "the other grounds"
            owned = [a for a in arguments if sides.get(a.document) is owner]
            ref = replace(ref, numbers=_remaining(ref.label, owned, named, words))
        side = _side(verdict, owner)
        evidence = Evidence(sentence.text, sentence.page, sentence.line, "", side)
        part = Part(frozenset(), side, evidence, frozenset(ref.numbers), own=True)
        for argument in _sub_points(resolve(ref, arguments, sides, owner, words), ref, arguments):
            found.setdefault(argument, []).append(part)
    decided = {a: ps[0] for a, ps in found.items() if len({p.side for p in ps}) == 1}
    return {**_under(decided, arguments), **decided}


def point_verdicts(sentences: Iterable[Sentence], book: RuleBook) -> list[tuple[Sentence, str]]:
    """Each verdict on a point named by label, with the sentence giving it: "won", "lost",
    "in_part" or "aside" (see the module's docstring), in the sentences' order."""
    return [(s, verdict) for s, _, verdict in _named_verdicts(sentences, _words(book.source))]


def _named_verdicts(
    sentences: Iterable[Sentence], words: _Words
) -> list[tuple[Sentence, PointRef, str]]:
    """Each verdict on a point named by label, with the point a sentence opening "This
    ground …" names: the one point named last before it ("Ground 1: penalty … This ground
    fails.")."""
    out: list[tuple[Sentence, PointRef, str]] = []
    last: PointRef | None = None
    for sentence in sentences:
        refs = find_points(sentence.text, words) or _this_point(sentence.text, last, words)
        for ref in refs:
            if (verdict := _verdict(sentence.text, ref, words)) is not None:
                out.append((sentence, ref, verdict))
        last = refs[-1] if refs else last
    return out


def _this_point(text: str, last: PointRef | None, words: _Words) -> list[PointRef]:
    """The point a sentence's subject "This ground" / "That objection" names: the last one
    named, when it was one point of the same label."""
    found = words.anaphor.match(text)
    if found is None or last is None or len(last.numbers) != 1 or last.part:
        return []
    if _head(found.group("label")) != last.label:
        return []
    return [replace(last, start=found.start("label"), end=found.end(), remaining=False)]


def _sub_points(
    resolved: Sequence[SegmentId], ref: PointRef, arguments: Sequence[SegmentInfo]
) -> list[SegmentId]:
    """The headings a point names, or for "the second part of" it their second
    sub-arguments."""
    if not ref.part:
        return list(resolved)
    children = [[a.id for a in arguments if a.parent == r] for r in resolved]
    return [found[ref.part - 1] for found in children if len(found) >= ref.part]


def _remaining(
    label: str,
    owned: Sequence[SegmentInfo],
    named: AbstractSet[tuple[str, int]],
    words: _Words,
) -> tuple[int, ...]:
    """The numbers of "the remaining grounds": the owner's points of the label that no other
    verdict names; none when no verdict names one by number ("the remaining issues" are then
    the order's own)."""
    if not any(other == label for other, _ in named):
        return ()
    return tuple(n for n in _places(owned, label, words) if (label, n) not in named)


def credit_points(topics: Topics, points: Mapping[SegmentId, Part]) -> Topics:
    """The topics with each verdict sentence that names a point about that point's headings
    alone (not about those its words match): "Ground 2 succeeds" answers Ground 2."""
    named: dict[tuple[str, int, int], set[SegmentId]] = {}
    for argument, part in points.items():
        if part.own:
            evidence = part.evidence
            named.setdefault((evidence.text, evidence.page, evidence.line), set()).add(argument)

    def credited(sentence: Sentence, about: frozenset[SegmentId]) -> frozenset[SegmentId]:
        return frozenset(named.get((sentence.text, sentence.page, sentence.line), about))

    return replace(
        topics,
        direct=tuple(map(credited, topics.sentences, topics.direct)),
        about=tuple(map(credited, topics.sentences, topics.about)),
    )


def find_points(text: str, words: _Words | None = None) -> list[PointRef]:
    """The points a text names by label and number ("Points of error (2) and (3)", "the first
    and third grounds of appeal", "Assignment of Error No. 3", "the first part of the first
    plea")."""
    words = words or _words("")
    found = (_point_ref(m) for m in words.reference.finditer(text))
    return [ref for ref in found if ref.numbers or ref.remaining]


def _point_ref(found: re.Match[str]) -> PointRef:
    label = _head(found.group("label") or found.group("label2") or found.group("label3"))
    sub = found.group("sub")
    part = ORDINAL_WORDS.index(sub.upper()) + 1 if sub else 0
    if found.group("label3"):
        return PointRef(label, (), found.start(), found.end(), remaining=True)
    if found.group("nums"):
        numbers = _numbers(f"{found.group('label')} {found.group('nums')}")
    else:
        ordinals = re.findall(_ORDINAL, found.group("ords"), re.I)
        numbers = tuple(ORDINAL_WORDS.index(o.upper()) + 1 for o in ordinals)
        if _RANGE.search(found.group("ords")) and len(numbers) == 2:
            numbers = tuple(range(numbers[0], numbers[1] + 1))
    return PointRef(label, numbers, found.start(), found.end(), part=part)


def resolve(
    ref: PointRef,
    arguments: Sequence[SegmentInfo],
    sides: Mapping[DocumentId, Side],
    owner: Side,
    words: _Words | None = None,
) -> list[SegmentId]:
    """The argument headings a point names: in the owner's brief the heading naming its label
    and number, else (a label numbered by place) its top-level argument in that place; in
    the other brief a heading naming the label and number."""
    words = words or _words("")
    out: list[SegmentId] = []
    for document, side in sides.items():
        units = [a for a in arguments if a.document == document]
        for number in ref.numbers:
            named = _naming(units, ref.label, number, words)
            if len(named) == 1:
                out.append(named[0])
            elif not named and side is owner and ref.label in words.by_place:
                out += _in_place(units, ref.label, number, words)
    return out


def _naming(
    units: Sequence[SegmentInfo], label: str, number: int, words: _Words
) -> list[SegmentId]:
    """The headings whose text or printed label names the point (the shallowest, if several
    levels do: a sub-heading's "Ground 2" restates its point's)."""
    named = [
        u
        for u in units
        if any(r.label == label and number in r.numbers for r in _heading_refs(u, words))
    ]
    if not named:
        return []
    top = min(u.level for u in named)
    return [u.id for u in named if u.level == top]


def _in_place(
    units: Sequence[SegmentInfo], label: str, number: int, words: _Words
) -> list[SegmentId]:
    """The brief's top-level argument in the point's place, when no heading of the brief
    names a point of that label: the one numbered so ("II." for the second point) among the
    numbered ones, else the one in that place."""
    if any(r.label == label for u in units for r in _heading_refs(u, words)):
        return []
    top = _top_level(units)
    numbered = [u for u in top if readings(_printed(u))]
    if numbered:  # "I." … "IV." (a list of the points above them, "POINTS OF ERROR", aside)
        return [u.id for u in numbered if readings(_printed(u))[0].ordinal == number][:1]
    return [top[number - 1].id] if 0 < number <= len(top) else []


def _places(units: Sequence[SegmentInfo], label: str, words: _Words) -> list[int]:
    """The numbers a brief's points of a label have: those its headings name ("Ground 4: …"),
    else those of its numbered top-level arguments, else their places."""
    named = sorted(
        {n for u in units for r in _heading_refs(u, words) if r.label == label for n in r.numbers}
    )
    if named:
        return named
    top = _top_level(units)
    numbered = [readings(_printed(u))[0].ordinal for u in top if readings(_printed(u))]
    return numbered or list(range(1, len(top) + 1))


def _top_level(units: Sequence[SegmentInfo]) -> list[SegmentInfo]:
    ids = {u.id for u in units}
    return [u for u in units if u.parent not in ids]


def _printed(unit: SegmentInfo) -> str:
    """A heading's own enumerator as printed ("I", "(2)", "POINT II"), "" for none."""
    return unit.label.rpartition(".")[2] if unit.label != unit.heading.upper() else ""


def _heading_refs(unit: SegmentInfo, words: _Words) -> list[PointRef]:
    label = unit.label.rpartition(".")[2]
    return find_points(f"{label}: {unit.heading}" if " " in label else unit.heading, words)


def _verdict(text: str, ref: PointRef, words: _Words) -> str | None:
    """The verdict a sentence gives the point: in the clause the point is the subject of,
    the first phrase after it; else a phrase ending just before it ("We overrule the …")."""
    after = text[ref.end :]
    titled = re.match(r"^\s*:\s*", after)
    if titled:  # "Issue Three: we find no error", not a title ("Ground 2: Obviousness …")
        rest = after[titled.end() :]
        return _first_verdict(_predicate(rest, words), words) if _SPEAKER.match(rest) else None
    lead = text[: ref.start]
    starts = list(_CLAUSE_START.finditer(lead))
    clause_lead = lead[starts[-1].end() :] if starts else lead
    if _SUBJECT_LEAD.match(clause_lead):
        verdict = _first_verdict(_predicate(text[ref.end :], words), words)
        if verdict is not None:
            return verdict
    return _verdict_before(lead, words)


def _predicate(tail: str, words: _Words) -> str:
    """What a clause says of the point that is its subject: the words after it (an
    appositive ", in the nature of a demurrer …," skipped) to the clause's end or to a verb
    reporting a party's contention ("Ground 2 argues that …"); nothing when a capital follows
    (a heading run in: "Point I Tenant first contends …")."""
    tail = _APPOSITIVE.sub("", tail, count=1)
    if not re.match(r"^\s*(?:[a-z]|[A-Z]{2,}\b)", tail):
        return ""
    stop = _CLAUSE_BREAK.search(tail)
    clause = tail[: stop.start() if stop else len(tail)]
    said = words.said.search(clause)
    clause = clause[: said.start()] if said else clause
    return words.adverbs.sub(" ", clause)


def _first_verdict(clause: str, words: _Words) -> str | None:
    """The first verdict phrase of a clause, qualified by an "in part" or "as moot" right
    after it ("sustained in part and overruled in part", "dismissed as moot")."""
    hits = [
        (m.start(), -len(m.group(0)), m.end(), v)
        for v, p in words.verdicts.items()
        for m in p.finditer(clause)
    ]
    deciding = [h for h in hits if h[3] != "in_part"]  # "in part" only qualifies a verdict
    if not deciding:
        return None
    _, _, end, kind = min(deciding)
    qualified = [
        v
        for start, _, _, v in hits
        if v in ("aside", "in_part")
        and 0 <= start - end <= _QUALIFIER_GAP
        and "," not in clause[end:start]  # "upheld, without it being necessary to …" is two
        and not (v == "in_part" and _GROUND.search(clause[end:start]))
    ]
    return qualified[0] if qualified and kind in ("won", "lost") else kind


def _verdict_before(lead: str, words: _Words) -> str | None:
    gap = _OBJECT_GAP.search(lead)
    head = lead[: gap.start() if gap else len(lead)]
    for kind in _VERDICTS:
        found = [m for m in words.verdicts[kind].finditer(head) if m.end() == len(head)]
        if found:
            return kind
    return None


def _owner(lead: str, parties: PartyNames) -> Side:
    """The side whose point it is: the respondent when a possessive just before names it
    ("the State's first issue"), else the movant (the opening brief's)."""
    mentions = [m for m in parties.mentions(lead) if len(lead) - m[1] <= 4]
    if mentions and re.match(r"^(?:['’]s?|s['’])", lead[mentions[-1][1] :]):
        return Side.RESPONDENT if mentions[-1][2] is Side.RESPONDENT else Side.MOVANT
    return Side.MOVANT


def _side(verdict: str, owner: Side) -> Side:
    other = Side.RESPONDENT if owner is Side.MOVANT else Side.MOVANT
    return {
        "won": owner,
        "lost": other,
        "in_part": Side.MIXED,
        "aside": Side.NOT_REACHED,
    }[verdict]


def _under(
    decided: Mapping[SegmentId, Part], arguments: Sequence[SegmentInfo]
) -> dict[SegmentId, Part]:
    """The sub-arguments of each decided point, with its part as a heading above them; not
    of a point won in part (each of its sub-arguments is likely one side or the other)."""
    by_id = {a.id: a for a in arguments}
    out: dict[SegmentId, Part] = {}
    for argument in arguments:
        parent = by_id.get(argument.parent) if argument.parent else None
        while parent is not None and parent.id not in decided:
            parent = by_id.get(parent.parent) if parent.parent else None
        if parent is not None and decided[parent.id].side is not Side.MIXED:
            part = decided[parent.id]
            out[argument.id] = Part(part.words, part.side, part.evidence, part.numbers, own=False)
    return out


def _numbers(label_and_numbers: str) -> tuple[int, ...]:
    """The numbers of "Points of error (2) and (3)" or "grounds 1 to 3", read as the
    segmenter reads a word enumerator."""
    text = re.sub(r"\((\d{1,2})\)", r"\1", label_and_numbers).upper()
    found = readings(text)
    if not found:
        return ()
    numbers = found[0].numbers
    if _RANGE.search(label_and_numbers) and len(found[0].listed) == 2:
        return tuple(range(found[0].lowest, found[0].ordinal + 1))
    return numbers


def _head(label: str) -> str:
    """A label's head word, singular and lower case: "Assignments of Error" and "Assignment"
    are "assignment", "Points of error" and "POINT" are "point", "Special Exception" is
    "exception"."""
    words = [w for w in label.lower().split() if w not in _QUALIFIERS]
    return words[0].removesuffix("s") if words else ""


@lru_cache(maxsize=4)
def _words(source: str) -> _Words:
    """``[point_labels]`` of a rule book's file (the bundled one's when the file has none)."""
    entries, path = book_table(source, "point_labels")
    keys = ("by_place", "by_name", "parts", "said", "adverbs", *_VERDICTS)
    lists = {k: phrases(entries, k, "point_labels", path) for k in keys}
    labels = sorted({*lists["by_place"], *lists["by_name"]}, key=len, reverse=True)
    label = "|".join(r"\s+".join(map(re.escape, w.split())) for w in labels)
    plural = "(?:" + label.replace(r"\s+", r"s?\s+") + ")s?"  # "assignments of error"
    parts = "|".join(map(re.escape, lists["parts"]))
    reference = (  # "the second part of" a point: its second sub-argument
        rf"(?:\b(?P<sub>{_ORDINAL})\s+(?:{parts})\s+of\s+(?:the\s+|this\s+|that\s+)?)?"
        rf"(?:\b(?P<label>{plural})\s+{_NO}(?P<nums>{_NUMBER}(?:{_JOIN}{_NO}{_NUMBER})*)"
        rf"|\b(?P<ords>{_ORDINAL}(?:{_JOIN}{_ORDINAL})*)\s+(?P<label2>{plural})\b"
        rf"|\bthe\s+(?:remaining|other)\s+(?P<label3>{plural})(?<=s)\b)"  # "the other grounds"
    )
    return _Words(
        re.compile(reference, re.I),
        frozenset(_head(w) for w in lists["by_place"]),
        {v: _phrase_pattern(lists[v]) for v in _VERDICTS},
        _phrase_pattern(lists["said"]),
        _phrase_pattern(lists["adverbs"]),
        re.compile(rf"^\s*(?:this|that)\s+(?P<label>{label})\b", re.I),
    )


def _phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """Whole-word phrases, any spacing, "*" for a verb's ending ("overrul*": overrule,
    overruled, overrules; "dismiss*" is not "dismissal")."""
    parts = [r"\s+".join(re.escape(w).replace(r"\*", _ENDING) for w in p.split()) for p in phrases]
    return re.compile(rf"\b(?:{'|'.join(parts)})\b" if parts else "(?!)", re.I)
