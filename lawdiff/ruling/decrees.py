"""Decrees: the part of a clause that can dispose of a motion, and the decrees that are no
disposition words ("Proceedings are STAYED", "Judgment shall enter in favor of Defendant").

The words are data (``[decrees]`` and ``[[kind_decree]]`` in ``resources/rulings.toml``, read
by :mod:`lawdiff.ruling.rulebook`); this module holds the grammar that builds a decree from
them, compiled once per rule book.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from lawdiff.core.rulings import DispositionKind
from lawdiff.ruling.evidence import REPORTING_VERBS
from lawdiff.ruling.motions import MotionRef
from lawdiff.ruling.rulebook import DecreeWords, KindDecree, RuleBook

Canonical = Callable[[MotionRef], MotionRef]
_NOTHING = "(?!)"  # an empty list of words: matches nothing
_STAY_RELIEF = "stay relief"  # the kind whose object decree ends a stay (no motion terminated)


def phrase(text: str) -> str:
    """One phrase as a regular expression: its words in order, any spacing between them."""
    return r"\s+".join(re.escape(word) for word in text.split())


def any_of(phrases: Iterable[str]) -> str:
    """A group matching any of ``phrases`` (in the order given), nothing when there are none."""
    found = [phrase(p) for p in phrases]
    return f"(?:{'|'.join(found)})" if found else _NOTHING


def _capitals(text: str) -> str:
    """A phrase whose words in capitals must be in capitals ("REMANDED to": to in any case)."""
    return r"\s+".join(
        f"(?-i:{re.escape(word)})" if word.isupper() else re.escape(word) for word in text.split()
    )


@dataclass(frozen=True)
class DecreePatterns:
    """The decree grammar compiled over one rule book's words (see :func:`decree_patterns`).

    Attributes:
        skipped: a heading of a section whose disposition words are history.
        closing: a heading opening the closing section.
        decretal: the opening of a decretal paragraph without a heading.
        kinds: (motion kind, decree) pairs, first match wins.
        stay_ended: a stay lifted or terminated (no motion is terminated by it).
        filer_loses: a petition, an appeal … dismissed.
        judgment_for: judgment entered for a party (group ``party``).
        side_request: a request for fees, costs … (group ``what``).
        reported: a party's request reported.
        court_agrees: the court agreeing with what is reported.
        the_law: the law or a hypothesis, no decree.
        contrast: the clause turning after a report.
        dispositive: the kinds of motion that would end the case.
        proceeding: the case going on (what a dispositive motion named is denied).
        entitled: a party entitled, or not, to relief (groups ``party``, ``not``, ``what``).
        entitled_in_part: words limiting that relief to a part.
        aside_part: a motion moot as to a part only ("DISMISSED AS MOOT as to Voss").
        replaced_by: the order below's new wording follows ("set aside and replaced with").
    """

    skipped: re.Pattern[str]
    closing: re.Pattern[str]
    decretal: re.Pattern[str]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    stay_ended: re.Pattern[str]
    filer_loses: re.Pattern[str]
    judgment_for: re.Pattern[str]
    side_request: re.Pattern[str]
    reported: re.Pattern[str]
    court_agrees: re.Pattern[str]
    the_law: re.Pattern[str]
    contrast: re.Pattern[str]
    dispositive: tuple[str, ...]
    proceeding: re.Pattern[str]
    entitled: re.Pattern[str]
    entitled_in_part: re.Pattern[str]
    aside_part: re.Pattern[str]
    replaced_by: re.Pattern[str]


def decree_patterns(book: RuleBook) -> DecreePatterns:
    """The decree grammar over ``book``'s words, compiled once per set of words."""
    return _compiled(book.decrees, book.verbs[2])


# "is [hereby] <done>"; "The appeal is otherwise dismissed" (after a ground allowed)
_IS_DONE = r"\b(?:is|are)\s+(?:(?:hereby|otherwise)\s+)?"


def _object_decree(entry: KindDecree) -> str:
    """ "<object> … is / are [hereby] <done>", or without an object when none is given."""
    if not entry.done:
        return _NOTHING
    done = rf"{_IS_DONE}{any_of(entry.done)}\b"
    if not entry.objects:
        return done
    return rf"\b{any_of(entry.objects)}\b[^.;]{{0,{entry.within}}}?{done}"


def _kind_decree(entry: KindDecree) -> re.Pattern[str]:
    parts = [_object_decree(entry)] if entry.done else []
    parts += [rf"\b{_capitals(c)}\b" for c in entry.capitals]
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=8)
def _compiled(words: DecreeWords, aside: tuple[str, ...] = ()) -> DecreePatterns:
    stay_relief = [e for e in words.kinds if e.kind == _STAY_RELIEF]
    ended = "|".join(_object_decree(e) for e in stay_relief) or _NOTHING
    return DecreePatterns(
        skipped=re.compile(rf"\b{any_of(words.skipped_sections)}\b", re.IGNORECASE),
        closing=re.compile(rf"^\s*{any_of(words.closing_sections)}\b", re.IGNORECASE),
        decretal=re.compile(
            rf"^\s*(?:(?:{any_of(words.decretal_leads)}|{any_of(words.decretal_reasons)}"
            rf"[^,]{{0,40}}),?\s+)?{any_of(words.decretal_openings)}\b",
            re.IGNORECASE,
        ),
        kinds=tuple((e.kind, _kind_decree(e)) for e in words.kinds),
        stay_ended=re.compile(ended, re.IGNORECASE),
        filer_loses=_filer_loses(words),
        judgment_for=_judgment_for(words),
        side_request=re.compile(
            rf"\brequests?\s+for\s+(?P<what>(?:[\w']+\s+){{0,3}}?{any_of(words.side_requests)})\b",
            re.IGNORECASE,
        ),
        reported=_reported(words),
        court_agrees=re.compile(
            rf"\b{any_of(words.court_subjects)}\s+(?:\w+\s+)?{any_of(words.court_agrees)}\b",
            re.IGNORECASE,
        ),
        the_law=_the_law(words),
        contrast=re.compile(rf"\b{any_of(words.contrasts)}\b", re.IGNORECASE),
        dispositive=words.dispositive_kinds,
        proceeding=re.compile(
            rf"\b{any_of(words.proceeding_objects)}\b[^.;]{{0,60}}?(?<!\bnot\s)(?<!n't\s)"
            rf"\b{any_of(words.proceeding_verbs)}\b",
            re.IGNORECASE,
        ),
        entitled=_entitled(words),
        entitled_in_part=re.compile(rf"\b{any_of(words.entitled_in_part)}\b", re.IGNORECASE),
        aside_part=re.compile(
            rf"(?:\b\w+\s+as\s+)?\b{any_of(aside)}\w*,?\s+{any_of(words.aside_parts)}\b",
            re.IGNORECASE,
        ),
        replaced_by=re.compile(rf"\b{any_of(words.replaced_by)}\b", re.IGNORECASE),
    )


def _filer_loses(words: DecreeWords) -> re.Pattern[str]:
    """ "The petition is DISMISSED", "the appeal is accordingly dismissed", the Privy Council's
    advice that "the appeal ought to be dismissed"; in the first person (each verb without its
    "-ed"): "I dismiss the application", "We therefore dismiss the appeal", a judge of a court
    of several's "I would dismiss the appeal", "We would therefore unanimously dismiss …"."""
    verbs = any_of(words.filer_loses_verbs)
    capitals = any_of(v.upper() for v in words.filer_loses_verbs)
    active = any_of(v.removesuffix("ed") for v in words.filer_loses_verbs)
    filers = any_of(words.filer_loses)
    adverb = rf"(?:{any_of(words.decree_adverbs)}\s+)?"
    done = rf"\b{any_of(words.filer_loses_auxiliaries)}\s+{adverb}{verbs}\b"
    # a modal only close after the filer ("the appeal will be dismissed"; not "amend their
    # petition to remove …, failing which the fraud claim shall be dismissed")
    modal = rf"\s+(?:[\w-]+\s+){{0,2}}?{any_of(words.filer_loses_modals)}\s+{adverb}{verbs}\b"
    return re.compile(
        rf"\b{filers}s?\b(?:[^.;]{{0,80}}?{done}|{modal}|"
        rf"(?:\s+for\s+review)?\s+(?-i:{capitals})\b)|"
        rf"\b(?:I|we)\s+(?:(?:would|shall|will)\s+)?(?:{_FIRST_PERSON_LEADS}\s+)*{active}\s+"
        r"(?:the|this|these)\s+"
        rf"(?:[\w-]+\s+)?{filers}s?\b",
        re.IGNORECASE,
    )


_FIRST_PERSON_LEADS = r"(?:therefore|accordingly|thus|hereby|unanimously)"


def _judgment_for(words: DecreeWords) -> re.Pattern[str]:
    """ "Judgment shall enter in favor of Plaintiff", "The Clerk shall enter judgment for
    Defendant", "The Court grants summary judgment to Defendant": the party after."""
    return re.compile(
        rf"\b(?i:(?:judgment\s+{any_of(words.judgment_auxiliaries)}\s+(?:hereby\s+)?"
        rf"{any_of(words.judgment_entered)}|{any_of(words.judgment_enters)}\s+(?:final\s+)?"
        rf"judgment|{any_of(words.judgment_grants)}\s+(?:partial\s+)?summary\s+judgment)\s+"
        rf"{any_of(words.judgment_in_favour_of)}\s+(?:the\s+)?)"
        r"(?P<party>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})"
    )


def _entitled(words: DecreeWords) -> re.Pattern[str]:
    """ "Defendant is entitled to summary judgment", "Plaintiffs are not entitled to a
    preliminary injunction": the party before, the relief after (not after "if", "whether"
    or "unless": a hypothesis)."""
    verb = rf"{any_of(words.entitled)}\s+(?P<not>not\s+)?entitled\s+to"
    return re.compile(
        r"(?<!\bif\s)(?<!\bwhether\s)(?<!\bunless\s)"
        rf"\b(?P<party>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,3}})\s+(?i:{verb})\s+"
        r"(?P<what>[^.;]{1,120})"
    )


def _reported(words: DecreeWords) -> re.Pattern[str]:
    """A party's request reported: "Appellee urges that the judgment be affirmed", "Patent
    Owner argues that institution should be denied", a past-tense "recommended that"; the
    ruling under review narrated: "Relator seeks review of the judgment … denying its motion"."""
    return re.compile(
        rf"\b(?:{REPORTING_VERBS}|{any_of(words.request_verbs)}|"
        rf"(?<!is\s)(?<!be\s)(?<!been\s){any_of(words.recommended)})\s+"
        rf"(?:{any_of(words.request_adverbs)}\s+)?(?:that|(?:the|this)\s+court\s+to|us\s+to)\b|"
        rf"\b{any_of(words.under_review)}\b",
        re.IGNORECASE,
    )


def _the_law(words: DecreeWords) -> re.Pattern[str]:
    """The law, not a decree: "Leave to amend is granted freely when justice so requires", "A
    stay is granted only where …"; a hypothesis: "if leave is granted, …", "whether the motion
    should be denied" (lower case: a decree in capitals "GRANTED where it seeks …" stays one)."""
    return re.compile(
        rf"\b{any_of(words.law_verbs)}\s+(?:only\s+)?{any_of(words.law_how_after)}\b|"
        rf"\b{any_of(words.law_how_before)}\s+(?:be\s+)?(?:granted|denied)\b|"
        r"\bonly\s+(?:if|when|where)\b|"
        r"\b(?:if|unless|whether)\s+(?:[^,;.]{0,60}?\s)?(?:is|are|be|were)\s+(?:granted|denied)\b"
    )


# a form order's option left unticked: "[ ] DENIED", "☐ GRANTED IN PART", "____ GRANTED"
# ("[X] GRANTED", "☒ DENIED", "__X__ DENIED" are the court's choice); the option ends at the
# next box, a stop, a line's end, a column's gap ("[ ] GRANTED IN PART     2. The …") or the
# next sentence's first word ("[ ] GRANTED IN PART A separate order follows.")
_UNCHECKED = re.compile(
    r"(?:\[\s*\]|\(\s*\)|[☐□]|(?<![\w_])_{2,}(?![\w_]))\s*"
    r"[A-Z][A-Z ,'-]*?(?=\s*(?:\[|\(|[☐□☒☑✓✔]|_{2,}|[.;]|$)|[ \t]*\n|[ \t]{2,}"
    r"|\s+(?:[A-Z]\s+)?[A-Z]?[a-z])"
)


def decree_text(clause: str, book: RuleBook) -> str:
    """The part of a clause that can dispose of a motion: none of one that reports a party's
    request or states the law, nor the order below's new wording after "replaced with"; what
    follows "but" after a report ("Defendant argues that the
    claim is time-barred, but the motion is DENIED")."""
    found = decree_patterns(book)
    clause = _UNCHECKED.sub(" ", clause)
    replaced = found.replaced_by.search(clause)
    if replaced:  # "… set aside and replaced with the following: 'The application is dismissed'"
        clause = clause[: replaced.start()]
    reported = found.reported.search(clause)
    if reported and not found.court_agrees.search(clause):
        turn = found.contrast.search(clause, reported.end())
        return decree_text(clause[turn.end() :], book) if turn else ""
    return "" if found.the_law.search(clause) else clause


def aside_part_removed(decree: str, book: RuleBook) -> str | None:
    """The decree without its words setting a part of the motion aside ("… and is DISMISSED
    AS MOOT as to Defendant Voss": the verb, "as moot" and "as to"), None when it has none.
    What is left decides the motion on the merits if it holds a merits word."""
    found = decree_patterns(book).aside_part.search(decree)
    return decree[: found.start()] + decree[found.end() :] if found else None


def stay_ended(decree: str, book: RuleBook) -> bool:
    """Whether a decree ends a stay ("the automatic stay is TERMINATED"): no motion is
    terminated by it."""
    return bool(decree_patterns(book).stay_ended.search(decree))


def decree_by_kind(
    clause: str, motion: MotionRef, canonical: Canonical, book: RuleBook
) -> frozenset[DispositionKind]:
    """Decrees that are no disposition words, read by the kind of motion they answer."""
    if not clause:
        return frozenset()
    found = decree_patterns(book)
    kind = motion.detail
    for name, pattern in found.kinds:
        if (kind == name or kind.startswith(f"{name} ")) and pattern.search(clause):
            return frozenset({DispositionKind.GRANTED})
    if found.filer_loses.search(clause) and not kind.startswith("dismiss"):
        return frozenset({DispositionKind.DENIED})
    dispositive = any(kind == k or kind.startswith(f"{k} ") for k in found.dispositive)
    if dispositive and found.proceeding.search(clause):
        return frozenset({DispositionKind.DENIED})  # "The claims shall proceed to trial"
    entitled = _entitled_to(clause, motion, canonical, found)
    if entitled:
        return entitled
    judgment = found.judgment_for.search(clause)
    if judgment is None or not motion.movant:
        return frozenset()
    winner = _party_of(judgment.group("party"), canonical)
    movant = _party_of(motion.movant, canonical)
    if not winner or not movant:
        return frozenset()
    return frozenset({DispositionKind.GRANTED if winner == movant else DispositionKind.DENIED})


def _entitled_to(
    clause: str, motion: MotionRef, canonical: Canonical, found: DecreePatterns
) -> frozenset[DispositionKind]:
    """The movant entitled (or not) to what its motion asks for ("Defendant is entitled to
    summary judgment"): granted, denied, or granted in part when limited to a part."""
    match = found.entitled.search(clause)
    wanted = [w for w in motion.detail.split() if w != "motion"]
    if match is None or not motion.movant or not wanted:
        return frozenset()
    what = match.group("what").lower()
    if not all(re.search(rf"\b{re.escape(w)}", what) for w in wanted):
        return frozenset()
    party = _party_of(match.group("party"), canonical)
    if not party or party != _party_of(motion.movant, canonical):
        return frozenset()
    if match.group("not"):
        return frozenset({DispositionKind.DENIED})
    if found.entitled_in_part.search(what):
        return frozenset({DispositionKind.GRANTED_IN_PART})
    return frozenset({DispositionKind.GRANTED})


def _party_of(name: str, canonical: Canonical) -> str:
    """A party's key in the caption's terms ("Plaintiff" → "saguaro"), "" when unknown."""
    key = canonical(MotionRef(name, "x", name, 0, "x")).key
    if key != "x":
        return key.split()[0]
    role = re.match(r"(?i)(plaintiff|defendant|petitioner|respondent|appellant|appellee)", name)
    return role.group(1).lower() if role else ""


def side_request(clause: str, context: MotionRef, book: RuleBook) -> bool:
    """Whether a clause disposes of a request for fees, costs, a hearing … that is not what the
    motion in context asks for ("Plaintiff's request for fees" in an order on a remand)."""
    found = decree_patterns(book).side_request.search(clause)
    if found is None:
        return False
    asked = found.group("what").lower()
    return not any(word in asked for word in context.detail.split() if word != "motion")
