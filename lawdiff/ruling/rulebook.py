"""The ruling cues: read `resources/rulings.toml` (or a user's copy), check and compile it.

Loading follows :mod:`lawdiff.classify.taxonomy`: TOML errors and malformed entries are
:class:`~lawdiff.core.errors.KnownError` s naming the file, the entry and its line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lawdiff.classify.cues import Cue, CueSyntaxError, compile_cue, fold
from lawdiff.core.cuefile import check_unit, read_cue_file, table, weights_table
from lawdiff.core.errors import KnownError
from lawdiff.core.paths import resource_path
from lawdiff.core.rulings import DispositionKind

DEFAULT_WEIGHTS: Mapping[str, float] = {"strong": 0.9, "medium": 0.6, "weak": 0.3}

# What decided an argument's ruling (``ArgumentRuling.basis``), strongest claim first; the
# evaluation prints how often each is right, and ``[confidence]`` in rulings.toml gives each
# its confidence (fitted on the tuning orders).
BASES = (
    "set-aside",  # a sentence naming the argument says the court did not reach it
    "aside-disposition",  # what its sentences dispose of is moot / reserved, and no cue
    "aside-section",  # its sections only set points aside
    "part",  # the disposition of the part it is about ("DENIED as to standing")
    "cue-strong",  # its evidence sentences, adding up to 0.85 or more
    "cue-medium",
    "cue-weak",  # below 0.6
    "cue-mixed",  # evidence for both sides
    "prior-over-weak-cues",  # weak cues against the motion's disposition yield to it
    "fallback-part",  # no cue: what its sentences or sections dispose of
    "fallback-answer",  # no cue: the ruling on the argument answering it
    "fallback-prior",  # no cue: the motion's disposition
    "fallback-declined",  # no cue, and the order rested on other grounds
    "fallback-default",  # no cue and nothing else: ``fallback_side``
    "under-set-aside",  # a sub-argument of a heading set aside
    "from-sub-arguments",  # a heading without a cue of its own: its sub-arguments' rulings
    "split-sub-arguments",  # granted in part: a heading whose sub-arguments went both ways
    "not-addressed",  # no order section and no sentence about it
)

DIRECTIONS = ("for", "against", "movant", "respondent", "mixed", "not-reached")
PARTY_PLACES = ("before", "after")
_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*(disposition|cue)[ \t]*\]\]", re.MULTILINE)
_DISPOSITION_KEYS = frozenset({"kind", *DEFAULT_WEIGHTS})
_CUE_KEYS = frozenset({"side", "party", *DEFAULT_WEIGHTS})


@dataclass(frozen=True)
class RulingCue:
    """One compiled cue.

    Attributes:
        cue: the compiled pattern with the text as written (``cue.text``) and its weight.
        direction: for, against, movant, respondent, not-reached, or a disposition kind.
        party: where a for/against cue finds its party: "before" or "after" ("" otherwise).
    """

    cue: Cue
    direction: str
    party: str = ""

    @property
    def text(self) -> str:
        return self.cue.text

    @property
    def weight(self) -> float:
        return self.cue.weight

    def spans(self, folded: str, lowered: str) -> list[tuple[int, int]]:
        """Where the cue occurs in a sentence given folded and lowercased (see ``fold``)."""
        text = lowered if self.cue.lower else folded
        found = []
        for hit in self.cue.pattern.finditer(text):
            start = hit.start()
            if self.cue.bounded and start > 0 and (text[start - 1].isalnum()):
                continue
            found.append((start, hit.end()))
        return found


@dataclass(frozen=True)
class KindDecree:
    """One ``[[kind_decree]]`` entry: a decree that grants a motion of one kind by saying
    what it asked for, done ("Proceedings are STAYED").

    Attributes:
        kind: the motion kind (a motion whose kind begins with it).
        done: words after "is / are [hereby]".
        capitals: phrases decreeing it anywhere, their capital words in capitals.
        objects: the thing done, named before "is / are" (none: any).
        within: how many characters the object may stand before "is / are".
    """

    kind: str
    done: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    within: int = 0


@dataclass(frozen=True)
class DecreeWords:
    """The ``[decrees]`` table and the ``[[kind_decree]]`` entries: the words of the decrees
    read besides the disposition cues (see ``resources/rulings.toml`` for each list and
    :mod:`lawdiff.ruling.decrees` for the grammar that uses them)."""

    skipped_sections: tuple[str, ...] = ()
    closing_sections: tuple[str, ...] = ()
    decretal_openings: tuple[str, ...] = ()
    decretal_leads: tuple[str, ...] = ()
    decretal_reasons: tuple[str, ...] = ()
    filer_loses: tuple[str, ...] = ()
    filer_loses_verbs: tuple[str, ...] = ()
    filer_loses_auxiliaries: tuple[str, ...] = ()
    filer_loses_modals: tuple[str, ...] = ()
    decree_adverbs: tuple[str, ...] = ()
    replaced_by: tuple[str, ...] = ()
    judgment_auxiliaries: tuple[str, ...] = ()
    judgment_entered: tuple[str, ...] = ()
    judgment_enters: tuple[str, ...] = ()
    judgment_grants: tuple[str, ...] = ()
    judgment_in_favour_of: tuple[str, ...] = ()
    side_requests: tuple[str, ...] = ()
    request_verbs: tuple[str, ...] = ()
    recommended: tuple[str, ...] = ()
    under_review: tuple[str, ...] = ()
    request_adverbs: tuple[str, ...] = ()
    court_subjects: tuple[str, ...] = ()
    court_agrees: tuple[str, ...] = ()
    contrasts: tuple[str, ...] = ()
    law_verbs: tuple[str, ...] = ()
    law_how_after: tuple[str, ...] = ()
    law_how_before: tuple[str, ...] = ()
    dispositive_kinds: tuple[str, ...] = ()
    proceeding_objects: tuple[str, ...] = ()
    proceeding_verbs: tuple[str, ...] = ()
    entitled: tuple[str, ...] = ()
    entitled_in_part: tuple[str, ...] = ()
    aside_parts: tuple[str, ...] = ()
    kinds: tuple[KindDecree, ...] = ()


@dataclass(frozen=True)
class RuleBook:
    """Disposition cues (most specific kind first) and argument cues, with the settings."""

    dispositions: tuple[RulingCue, ...]
    cues: tuple[RulingCue, ...]
    mixed_share: float = 0.75
    fallback_confidence: float = 0.35
    source: str = ""
    gloss: tuple[tuple[str, str], ...] = ()  # (foreign phrase, English words) for matching
    min_relevance: float = 1.0  # how well a sentence must match an argument to be about it
    prior_override: float = 0.0  # below this confidence a ruling against the disposition yields
    fallback_side: str = "mixed"  # an addressed argument with no cue and no one-sided prior
    # [disposition_verbs]: (movant, respondent, aside) word beginnings
    verbs: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    # [confidence]: the confidence of a ruling by what decided it (its basis), fitted on the
    # tuning orders; a basis not listed keeps the analyser's own figure
    confidence: tuple[tuple[str, float], ...] = ()
    decrees: DecreeWords = DecreeWords()  # [decrees] and [[kind_decree]]


@dataclass(frozen=True)
class DispositionVerbs:
    """The ``[disposition_verbs]`` table as patterns (see :func:`disposition_verbs`).

    Attributes:
        movant: a verb for the movant (granted, sustained …), as a regular expression.
        respondent: a verb for the respondent (denied, overruled …).
        aside: a word that takes the disposition off the merits ("moot").
        any: a verb of either side.
    """

    movant: str
    respondent: str
    aside: str

    @property
    def any(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{self.movant}|{self.respondent})", re.IGNORECASE)


def disposition_verbs(book: RuleBook) -> DispositionVerbs:
    """The disposition verbs of a rule book as regular expressions of whole words (a
    beginning with a verb's ending: "grant" finds granted, "overrul" overrules)."""
    movant, respondent, aside = book.verbs

    def words(stems: tuple[str, ...], ending: str) -> str:
        if not stems:
            return "(?!)"  # none: matches nothing
        return rf"\b(?:{'|'.join(re.escape(s) for s in stems)}){ending}\b"

    return DispositionVerbs(words(movant, _ENDING), words(respondent, _ENDING), words(aside, ""))


# the endings of a verb's word beginning: granted, overrules, denying, dikabulkan (not a noun:
# "dismissal")
_ENDING = "(?:e|s|es|ed|d|ing|kan)?"


def load_rulebook(path: Path | None = None) -> RuleBook:
    """Read and compile a rulings cue file (the bundled ``resources/rulings.toml`` when None).

    Raises:
        KnownError: the file cannot be read, is not TOML, or an entry is malformed (the
            message names the file, the entry and its line).
    """
    if path is None:
        return _bundled()
    return _load(Path(path))


def book_table(source: str | None, name: str) -> tuple[dict[str, Any], Path]:
    """The table ``[name]`` of a rule book's file (``RuleBook.source``) and that file's path:
    the bundled file's when the book has no file (built in memory), the file is gone, or it has
    no such table (a user's copy older than the table).

    Raises:
        KnownError: the file cannot be read or ``[name]`` is not a table.
    """
    bundled = resource_path("rulings.toml")
    path = Path(source) if source else bundled
    if path != bundled and path.is_file():
        data, _ = read_cue_file(path, "ruling cue file")
        if name in data:
            return table(data, name, path), path
    data, _ = read_cue_file(bundled, "ruling cue file")
    return table(data, name, bundled), bundled


@lru_cache(maxsize=1)
def _bundled() -> RuleBook:
    return _load(resource_path("rulings.toml"))


def _load(path: Path) -> RuleBook:
    data, raw = read_cue_file(path, "ruling cue file")
    return _parse(data, raw, path)


def _parse(data: Mapping[str, Any], raw: str, path: Path) -> RuleBook:
    settings = table(data, "settings", path)
    weights = weights_table(data, path, DEFAULT_WEIGHTS)
    lines: dict[str, list[int]] = {"disposition": [], "cue": []}
    for match in _HEADER.finditer(raw):
        lines[match.group(1)].append(raw.count("\n", 0, match.start()) + 1)
    dispositions = [
        cue
        for n, entry in enumerate(_entries(data, "disposition", path))
        for cue in _disposition(entry, weights, _where("disposition", n, lines), path)
    ]
    cues = [
        cue
        for n, entry in enumerate(_entries(data, "cue", path))
        for cue in _argument_cue(entry, weights, _where("cue", n, lines), path)
    ]
    share = settings.get("mixed_share", 0.75)
    fallback = settings.get("fallback_confidence", 0.35)
    check_unit(share, "[settings] mixed_share", path)
    check_unit(fallback, "[settings] fallback_confidence", path)
    prior = settings.get("prior_override", 0.0)
    check_unit(prior, "[settings] prior_override", path)
    fallback_side = settings.get("fallback_side", "mixed")
    if fallback_side not in ("movant", "respondent", "mixed"):
        raise KnownError(
            f"[settings] fallback_side must be movant, respondent or mixed: {fallback_side!r}",
            path,
        )
    relevance = settings.get("min_relevance", 1.0)
    if isinstance(relevance, bool) or not isinstance(relevance, int | float) or relevance <= 0:
        raise KnownError(f"[settings] min_relevance must be a positive number: {relevance!r}", path)
    verbs = _verbs(table(data, "disposition_verbs", path), path)
    confidence = table(data, "confidence", path)
    for basis, value in confidence.items():
        if basis not in BASES:
            raise KnownError(
                f"[confidence]: unknown basis {basis!r} (one of {', '.join(BASES)})", path
            )
        check_unit(value, f"[confidence] {basis}", path)
    return RuleBook(
        tuple(dispositions),
        tuple(cues),
        float(share),
        float(fallback),
        str(path),
        _gloss(table(data, "gloss", path), path),
        float(relevance),
        float(prior),
        str(fallback_side),
        verbs,
        tuple((str(basis), float(value)) for basis, value in confidence.items()),
        _decree_words(data, path),
    )


_DECREE_LISTS = tuple(name for name in DecreeWords.__dataclass_fields__ if name != "kinds")
_KIND_DECREE_KEYS = frozenset({"kind", "done", "capitals", "objects", "within"})


def _decree_words(data: Mapping[str, Any], path: Path) -> DecreeWords:
    """``[decrees]`` and ``[[kind_decree]]``; a file without them keeps the bundled words (a
    user's copy written before they were data)."""
    if "decrees" not in data and "kind_decree" not in data:
        return _bundled().decrees
    decrees = table(data, "decrees", path)
    unknown = sorted(set(decrees) - set(_DECREE_LISTS))
    if unknown:
        raise KnownError(f"[decrees]: unknown key(s) {', '.join(unknown)}", path)
    lists = {
        name: _words(decrees.get(name, []), f"[decrees] {name}", path) for name in _DECREE_LISTS
    }
    entries = data.get("kind_decree", [])
    if not isinstance(entries, list):
        raise KnownError("[[kind_decree]] must be an array of tables", path)
    kinds = tuple(_kind_decree(entry, n, path) for n, entry in enumerate(entries))
    return DecreeWords(**lists, kinds=kinds)


def _kind_decree(entry: object, number: int, path: Path) -> KindDecree:
    where = f"[[kind_decree]] entry {number + 1}"
    entry = _checked(entry, _KIND_DECREE_KEYS, where, path)
    kind = entry.get("kind")
    if not isinstance(kind, str) or not kind.strip():
        raise KnownError(f"{where}: 'kind' must be a motion kind (a string)", path)
    within = entry.get("within", 0)
    if isinstance(within, bool) or not isinstance(within, int) or within < 0:
        raise KnownError(f"{where}: 'within' must be a whole number of characters", path)
    done = _words(entry.get("done", []), f"{where}: 'done'", path)
    capitals = _words(entry.get("capitals", []), f"{where}: 'capitals'", path)
    if not done and not capitals:
        raise KnownError(f"{where}: give 'done' or 'capitals' words", path)
    objects = _words(entry.get("objects", []), f"{where}: 'objects'", path)
    return KindDecree(kind.strip().lower(), done, capitals, objects, within)


def _words(value: object, what: str, path: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise KnownError(f"{what} must be a list of words", path)
    return tuple(w.strip() for w in value)


_VERB_SIDES = ("movant", "respondent", "aside")


def _verbs(
    table: Mapping[str, Any], path: Path
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``[disposition_verbs]``: lists of word beginnings for movant, respondent and aside (a
    list left out: no such verb)."""
    unknown = sorted(set(table) - set(_VERB_SIDES))
    if unknown:
        raise KnownError(f"[disposition_verbs]: unknown key(s) {', '.join(unknown)}", path)
    lists = []
    for side in _VERB_SIDES:
        words = table.get(side, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise KnownError(f"[disposition_verbs] {side} must be a list of words", path)
        lists.append(tuple(w.strip().lower() for w in words))
    return lists[0], lists[1], lists[2]


def _gloss(table: Mapping[str, Any], path: Path) -> tuple[tuple[str, str], ...]:
    """``[gloss]``: a foreign word or phrase = the English words it stands for."""
    pairs = []
    for phrase, words in table.items():
        if not isinstance(words, str) or not words.strip():
            raise KnownError(f"[gloss] {phrase!r} must be a non-empty string of words", path)
        pairs.append((phrase.lower(), words.lower()))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _where(kind: str, number: int, lines: Mapping[str, list[int]]) -> str:
    found = lines[kind]
    line = f" (line {found[number]})" if number < len(found) else ""
    return f"[[{kind}]] entry {number + 1}{line}"


def _entries(data: Mapping[str, Any], name: str, path: Path) -> list[Any]:
    entries = data.get(name, [])
    if not isinstance(entries, list) or not entries:
        raise KnownError(f"no [[{name}]] entries: the file defines no {name} cues", path)
    return entries


def _disposition(
    entry: object, weights: Mapping[str, float], where: str, path: Path
) -> list[RulingCue]:
    entry = _checked(entry, _DISPOSITION_KEYS | set(weights), where, path)
    kind = entry.get("kind")
    if kind not in {k.value for k in DispositionKind}:
        known = ", ".join(k.value for k in DispositionKind)
        raise KnownError(f"{where}: 'kind' must be one of {known}, not {kind!r}", path)
    return _cues(entry, weights, str(kind), "", where, path)


def _argument_cue(
    entry: object, weights: Mapping[str, float], where: str, path: Path
) -> list[RulingCue]:
    entry = _checked(entry, _CUE_KEYS | set(weights), where, path)
    side = entry.get("side")
    if side not in DIRECTIONS:
        raise KnownError(f"{where}: 'side' must be one of {', '.join(DIRECTIONS)}", path)
    party = entry.get("party", "")
    if side in ("for", "against") and party not in PARTY_PLACES:
        raise KnownError(f'{where}: side {side!r} needs party = "before" or "after"', path)
    if side not in ("for", "against", "not-reached") and party:
        raise KnownError(
            f'{where}: \'party\' only goes with side "for", "against" or "not-reached"', path
        )
    if side == "not-reached" and party not in ("", "before"):
        raise KnownError(f'{where}: a not-reached cue takes only party = "before"', path)
    return _cues(entry, weights, str(side), str(party), where, path)


def _checked(entry: object, keys: AbstractSet[str], where: str, path: Path) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise KnownError(f"{where} is not a table", path)
    unknown = sorted(set(entry) - keys)
    if unknown:
        raise KnownError(f"{where}: unknown key(s) {', '.join(unknown)}", path)
    return entry


def _cues(
    entry: Mapping[str, Any],
    weights: Mapping[str, float],
    direction: str,
    party: str,
    where: str,
    path: Path,
) -> list[RulingCue]:
    out: list[RulingCue] = []
    for level, weight in weights.items():
        texts = entry.get(level, [])
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise KnownError(f"{where}: '{level}' must be a list of strings", path)
        for text in dict.fromkeys(texts):
            try:
                cue = compile_cue(text, direction, float(weight))
            except CueSyntaxError as exc:
                raise KnownError(f"{where}, {level}: cue {text!r}: {exc}", path) from exc
            out.append(RulingCue(cue, direction, party))
    if not out:
        raise KnownError(f"{where}: give at least one cue (strong, medium or weak)", path)
    return out


_CONTRACTION = re.compile(
    r"\b(has|have|had|does|do|did|is|are|was|were|could|would|should|need)n['’]t\b", re.I
)
_CANT = re.compile(r"\b(?:can['’]t|won['’]t|I['’]m)\b", re.IGNORECASE)
_SPELLED = {"can't": "cannot", "won't": "will not", "i'm": "I am"}


def folded_forms(text: str) -> tuple[str, str]:
    """The forms cues are matched against: dashes and quotes folded, contractions spelled out
    (a bench ruling's "hasn't shown" is "has not shown"), and that lowercased."""
    folded = _CONTRACTION.sub(r"\1 not", fold(text))
    folded = _CANT.sub(lambda m: _SPELLED[m.group(0).lower().replace("’", "'")], folded)
    return folded, folded.lower()
