"""Counsel named in a party's place: "Ms Petherick submits …", "Mr Lee KC contends …".

Apex, Commonwealth and international courts report a position by counsel's name, not the
party's. The order says who counsel is: in its appearances ("N R Galloway SC with J M Ferris
for the appellant", "Counsel for the Plaintiff:   T. Lindqvist", "For the applicant: Adv L
Mashego with …", a column of names under "Appellant   Respondent") or at counsel's first
mention ("Ms. Radhika Venkatesan, learned senior counsel for the appellant, …", "Learned
counsel for the respondent, N. A. Obidike, Esq., …"); when it does not, the briefs' signature
blocks do ("/s/ Harlan P. Devereaux / Counsel for Defendant"). Each counsel's surname after a
title ("ms petherick", "mr lightbourne kc") and "counsel for the <party>" join that party's
names (:func:`with_counsel`), so a sentence naming counsel names the party.

A party in an appearance ("for the Appellant") takes the side of the brief whose title or
filer names it ("APPELLANT'S SKELETON ARGUMENT"), else of the party name it is
(:class:`~lawdiff.ruling.parties.PartyNames`); one that takes no side is passed over. The title
words, ranks and cue words are the ``[counsel]`` table of ``resources/rulings.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lawdiff.core.cuefile import phrases
from lawdiff.core.rulings import Side
from lawdiff.ruling.parties import PartyNames, filer_mark, with_stand_ins
from lawdiff.ruling.rulebook import RuleBook, book_table


@dataclass(frozen=True)
class CounselWords:
    """The ``[counsel]`` table: titles before counsel's name, ranks after it, words that make
    a name a firm's or an office's, and party words an appearance uses for a brief's own."""

    titles: tuple[str, ...]
    ranks: tuple[str, ...]
    not_names: frozenset[str]
    roles: dict[str, str]


@dataclass(frozen=True)
class Brief:
    """A brief as the counsel reader needs it: its side, title, filing party and text."""

    side: Side
    title: str
    party: str
    texts: tuple[str, ...]


def with_counsel(
    parties: PartyNames, order_texts: Sequence[str], briefs: Sequence[Brief], book: RuleBook
) -> PartyNames:
    """``parties`` with each counsel's titled surname and "counsel for the <party>" on the
    side counsel argues for (see the module's docstring)."""
    words = counsel_words(book)
    marks = _brief_marks(briefs, words)
    found = appearances(order_texts, words)
    sides = _appearance_sides([role for _, role in found], marks, parties, words)
    sided = [(n, sides[role]) for n, role in found if role in sides]
    if not sided:
        sided = [(n, b.side) for b in briefs for n in signatures(b.texts, words)]
    extra: dict[str, Side] = {}
    for name, side in sided:
        if parties.names.get(name.lower().split()[-1], side) is side:
            for form in _titled(name, words):
                extra.setdefault(form, side)
    for role, side in marks.items():
        extra.setdefault(f"counsel for the {role}", side)
        extra.setdefault(f"counsel for {role}", side)
    return with_stand_ins(parties, extra)


def counsel_words(book: RuleBook) -> CounselWords:
    """The ``[counsel]`` table of the rule book's file (the bundled one's when it has none)."""
    return _load(book.source or "")


@lru_cache(maxsize=4)
def _load(source: str) -> CounselWords:
    found, path = book_table(source, "counsel")
    roles = found.get("roles", {})
    return CounselWords(
        phrases(found, "titles", "counsel", path),
        phrases(found, "ranks", "counsel", path),
        frozenset(w.lower() for w in phrases(found, "not_names", "counsel", path)),
        {str(k).lower(): str(v).lower() for k, v in roles.items()},
    )


# ------------------------------------------------------------------------- names and roles

_ROLE = r"(?:the\s+)?((?:[A-Za-z][\w'’-]*\s+){0,4}?[A-Za-z][\w'’-]*)"
_PAREN = re.compile(r"\([^()]*\)")
_INSTRUCTED = re.compile(r",?\s*\binstructed\s+by\b.*?(?=\s+for\s+|$)", re.IGNORECASE)
_SPLIT = re.compile(r"\s+(?:with|and|&)\s+|\s*/\s*", re.IGNORECASE)
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,3}$")
_PARTICLES = frozenset({"van", "von", "de", "da", "du", "le", "la", "del", "der", "bin", "al"})


def names_in(chunk: str, words: CounselWords) -> list[str]:
    """The counsel a chunk of an appearance names ("Mr P Costigan SC with Ms L Huang": "P
    Costigan", "L Huang"), each without title and rank; [] when a piece is no person's name."""
    chunk = _INSTRUCTED.sub("", _PAREN.sub(" ", chunk)).split(";")[0]  # "…, Esq.; Firm LLP"
    out = []
    for piece in _SPLIT.split(chunk):
        name = _bare_name(piece.split(",")[0], words)
        if name:
            out.append(name)
    return out


def _bare_name(piece: str, words: CounselWords) -> str:
    """A person's name without title and rank ("Mr P Costigan SC": "P Costigan"); "" for a
    firm, an office, a heading, or one word with no title ("CONCLUSION")."""
    tokens = [t.rstrip(",") for t in piece.replace(".", ". ").split()]
    titles = {t.lower() for t in words.titles}
    ranks = {r.lower().replace(".", "") for r in words.ranks}
    titled = bool(tokens) and tokens[0].lower().rstrip(".") in titles
    while tokens and tokens[0].lower().rstrip(".") in titles:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower().replace(".", "") in ranks:
        tokens = tokens[:-1]
    if not (1 if titled else 2) <= len(tokens) <= 5:
        return ""
    if any(t.lower() in words.not_names for t in tokens):
        return ""
    if not all(t[:1].isupper() or t.lower() in _PARTICLES for t in tokens):
        return ""
    last = tokens[-1]
    if _INITIAL.match(last) or not re.fullmatch(r"[A-Z][\w'’-]+", last):
        return ""
    return " ".join(tokens)


def _titled(name: str, words: CounselWords) -> list[str]:
    """The forms a court calls counsel by: a title and the surname, with or without the
    title's period and with a rank after ("ms petherick", "mr. lee", "mr lightbourne kc"). The
    surname is the last word, or the first where it comes first ("Chua Kai Wen": "Mr Chua")."""
    full = [w.lower() for w in name.split() if not _INITIAL.match(w) and len(w) > 1]
    surnames = dict.fromkeys(w for w in (full[-1:] + full[:1]) if w not in _PARTICLES)
    ranks = ["", *(f" {r.lower()}" for r in words.ranks if "." not in r)]
    return [
        f"{written} {surname}{rank}"
        for surname in surnames
        for title in words.titles
        for written in (title.lower(), f"{title.lower()}.")
        for rank in ranks
    ]


_ORDINALS = re.compile(r"\b(?:first|second|third|fourth|fifth)\s+(?:and\s+)?", re.IGNORECASE)


def _brief_marks(briefs: Sequence[Brief], words: CounselWords) -> dict[str, Side]:
    """The party words each brief's title or filer gives its side ("APPELLANT'S SKELETON
    ARGUMENT": appellant), with the synonyms an appearance may use; a word both briefs give
    is no one's."""
    marks: dict[str, Side] = {}
    both: set[str] = set()
    for brief in briefs:
        filer = brief.party.split()[:1]
        title = _ORDINALS.sub("", brief.title)  # "… OF THE FIRST AND SECOND RESPONDENTS"
        for word in {*filer_mark(title), *(w.lower() for w in filer)}:
            word = word[:-1] if word.endswith("s") else word
            if marks.get(word, brief.side) is not brief.side:
                both.add(word)
            marks.setdefault(word, brief.side)
    for brief in briefs:  # "… in opposition to the Defendant's application …"
        opposed = next((m for t in brief.texts[:3] if (m := _OPPOSED.search(t))), None)
        if opposed and brief.side is Side.RESPONDENT:
            marks.setdefault(opposed.group(1).lower(), Side.MOVANT)
    return {w: s for w, s in marks.items() if w not in both and re.fullmatch(r"[a-z-]+", w)}


# an opposition naming whose application it opposes by the party's role
_OPPOSED = re.compile(
    r"\b(?i:in\s+)?(?i:opposition|response)\s+to\s+(?i:the\s+)?([A-Z][a-z]+)['’]s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?i:application|motion|appeal|petition|summons)\b"
)


def _appearance_sides(
    roles: Sequence[str], marks: Mapping[str, Side], parties: PartyNames, words: CounselWords
) -> dict[str, Side]:
    """The side of each party the appearances name; when they name two parties and only one
    has a side, the other has the other side ("for the Claimant" beside "for the Defendant",
    the defendant's application)."""
    sides = {r: s for r in roles if (s := _role_side(r, marks, parties, words))}
    named = {r.lower() for r in roles}
    if len(named) == 2 and len({r.lower() for r in sides}) == 1:
        known = next(iter(sides.values()))
        other = Side.RESPONDENT if known is Side.MOVANT else Side.MOVANT
        sides.update({r: other for r in roles if r not in sides})
    return sides


def _role_side(
    role: str, marks: Mapping[str, Side], parties: PartyNames, words: CounselWords
) -> Side | None:
    """The side of the party an appearance names, by its first word that has one ("the first
    and second respondents", "Plaintiff/Counter-Defendant"); None when no word has one."""
    for word in re.findall(r"[a-z][\w'’-]*", role.lower()):
        for form in dict.fromkeys((word, word[:-1] if word.endswith("s") else word)):
            for known in (form, words.roles.get(form, "")):
                side = marks.get(known) or parties.names.get(known)
                if side in (Side.MOVANT, Side.RESPONDENT):
                    return side
    return None


# ----------------------------------------------------------------------- the order's words

_LINE_FOR = re.compile(
    rf"^(?:counsel\s*:\s*)?(?P<names>.+?)(?:,?\s+(?:appeared|appearing))?\s+for\s+{_ROLE}\W*$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    rf"^(?:(?:counsel|attorneys?|solicitors?|appearing)\s+)?(?:for|on\s+behalf\s+of)\s+{_ROLE}"
    r"\s*:\s*(?P<names>.*)$",
    re.IGNORECASE,
)
_WRAPPED = re.compile(r"^(?:counsel|appearing)\s+for(?:\s+the)?\s{2,}(?P<names>\S.*)$", re.I)
_WRAPPED_ROLE = re.compile(r"^([A-Za-z][\w\s'’-]{0,40}?)\s*:", re.IGNORECASE)
_COLUMNS = re.compile(r"\s{3,}")


def appearances(texts: Iterable[str], words: CounselWords) -> list[tuple[str, str]]:
    """(counsel's name, the party words after "for") of every appearance in the order's
    texts: appearance lines, a column per party, and first mentions in running text."""
    found: list[tuple[str, str]] = []
    for text in texts:
        lines = [line.strip() for line in text.splitlines()]
        for index, line in enumerate(lines):
            found += _line_appearances(line, lines[index + 1 : index + 4], words)
        found += _column_appearances(lines, words)
        found += apposed(" ".join(text.split()), words)
    return list(dict.fromkeys(found))


def _line_appearances(
    line: str, after: Sequence[str], words: CounselWords
) -> list[tuple[str, str]]:
    label = _LABEL.match(line)
    if label:
        chunk = label.group("names") or next((a for a in after if a), "")
        return [(n, label.group(1)) for n in names_in(chunk, words)]
    wrapped = _WRAPPED.match(line)
    if wrapped and after and (role := _WRAPPED_ROLE.match(after[0])):
        return [(n, role.group(1)) for n in names_in(wrapped.group("names"), words)]
    plain = _LINE_FOR.match(_PAREN.sub(" ", line).strip())
    if plain and len(line) <= 160 and ("(" in line or _marks_counsel(plain["names"], words)):
        return [(n, plain.group(2)) for n in names_in(plain.group("names"), words)]
    return []


def _marks_counsel(chunk: str, words: CounselWords) -> bool:
    """Whether the names of an appearance line show they are counsel's, not any words before
    "for the respondent": a title, a rank, an initial, "instructed by" or "appeared"."""
    marks = [*words.titles, *words.ranks, "instructed by", "appeared", "appearing", "counsel"]
    listed = "|".join(re.escape(m) for m in marks)
    return bool(
        re.search(rf"(?<![\w-])(?:{listed})(?![\w-])", chunk, re.IGNORECASE)
        or re.search(r"\b[A-Z]\.?\s+[A-Z]", chunk)
    )


def _column_appearances(lines: Sequence[str], words: CounselWords) -> list[tuple[str, str]]:
    """A column of counsel under each party's word ("Appellant      Respondent" over
    "Desmond Lightbourne KC      Harriet Coyle KC"): the first row under the header."""
    found: list[tuple[str, str]] = []
    for index, line in enumerate(lines[:-1]):
        header = _COLUMNS.split(line)
        if len(header) != 2 or not all(re.fullmatch(r"[A-Z][a-z]+s?", h) for h in header):
            continue
        row = _COLUMNS.split(lines[index + 1])
        if len(row) == 2:
            for role, chunk in zip(header, row, strict=True):
                found += [(n, role) for n in names_in(chunk, words)]
    return found


def apposed(text: str, words: CounselWords) -> list[tuple[str, str]]:
    """Counsel a sentence introduces beside the party ("Ms Petherick, for the appellant, …",
    "Mr. S. V. Kulkarni, Advocate for the Petitioner", "Learned counsel for the respondent, N.
    A. Obidike, Esq., …")."""
    titles = "|".join(re.escape(t) for t in words.titles)
    person = rf"(?:(?:{titles})\.?\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+"
    label = r",\s+(?:(?:learned\s+)?(?:senior\s+)?(?:counsel|advocate)\s+)?for\s+"
    rank = r"(?:,\s+(?:Esq\.?|[A-Z]{2,3}))?"
    after = re.compile(rf"({person}){rank}(?:{label}|\s+appeared\s+for\s+){_ROLE}\s*[,.;]")
    before = re.compile(
        rf"\b(?i:learned\s+)?(?i:senior\s+)?(?i:counsel)\s+for\s+{_ROLE},\s+({person})\s*,"
    )
    found = [(m.group(1), m.group(2)) for m in after.finditer(text)]
    found += [(m.group(2), m.group(1)) for m in before.finditer(text)]
    return [(n, role) for name, role in found for n in names_in(name, words)]


# -------------------------------------------------------------------- the briefs' signatures

_SIGNED = re.compile(r"(?:/s/|\bBy:?)\s*(?:/s/\s*)?((?:[A-Z][\w'’.-]*\s*){1,4})")
_SIGNATURE_LABEL = re.compile(
    r"^(?:lead\s+|appellate\s+|trial\s+)?(?:counsel|attorneys?|solicitors?|advocates?)"
    r"(?:\s+of\s+record)?\s+for\b",
    re.IGNORECASE,
)


def signatures(texts: Sequence[str], words: CounselWords) -> list[str]:
    """The counsel who signed a brief: "/s/ Name", "By: Name", or the name on a line just
    above "Counsel for …" / "Attorneys for …" in its last lines."""
    lines = [line.strip() for text in texts[-8:] for line in text.splitlines() if line.strip()]
    found = [n for line in lines for m in _SIGNED.finditer(line) for n in names_in(m[1], words)]
    for index, line in enumerate(lines):
        if _SIGNATURE_LABEL.match(line):
            for above in reversed(lines[max(0, index - 3) : index]):
                named = names_in(re.split(r"\s*\(|,\s*\w+\s+(?:bar\s+)?no\b", above)[0], words)
                if named:
                    found += named
                    break
    return list(dict.fromkeys(found))
