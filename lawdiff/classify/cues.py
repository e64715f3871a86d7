"""Cue patterns: taxonomy phrases → regular expressions, and fast matching of many cues.

Every regular expression of the classify stage lives here. A taxonomy holds several hundred
cues; one alternation of all of them makes Python's regex engine try every cue at every position
(minutes for a long filing). Instead each cue is indexed by one of its words (the longest, as the
rarest: ``"sherman"`` for "Sherman Act"), a text is split into its set of lowercase tokens once,
and only the cues whose word occurs in the text are tried, each with its own compiled pattern.

Phrase patterns are lowercase and matched case-sensitively against the lowercased text, and the
word boundary before a phrase is checked after a hit rather than written as a lookbehind: both
keep the regex engine's literal-prefix scan, which makes a search ≈20x faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

REGEX_PREFIX = "re:"
PREFIX_LEN = 4  # a wildcard word ("monopoli*") is indexed by its first four letters

TOKEN = re.compile(r"\w+|§")
_WORD_SPLIT = re.compile(r"[\s-]+")
_GAP_WORDS = r"[\s-]+"  # between two words: any run of spaces, line breaks or hyphens
_GAP_SYMBOL = r"[\s-]*"  # next to "§", "(" or "." the space is optional
# Texts are matched after folding typographic dashes and quotes to ASCII (same length), which
# keeps the patterns' character classes ASCII: Unicode classes made compiling 3x slower.
_FOLD = (("‐", "-"), ("‑", "-"), ("–", "-"), ("—", "-"), ("’", "'"), ("‘", "'"))
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_REGEX_LITERAL = re.compile(r"[A-Za-z0-9]+")
_TOKEN_END = re.compile(r"$|\\[sbW.,()§\-]|[\s.,()§\-]")


class CueSyntaxError(ValueError):
    """A cue the taxonomy author wrote cannot be compiled."""


@dataclass(frozen=True)
class Cue:
    """One compiled cue of one taxonomy type.

    Attributes:
        text: the cue as written in the taxonomy (shown to the user as the "why").
        claim: the taxonomy id the cue points to.
        weight: its weight in [0, 1].
        pattern: the compiled pattern, searched in a segment's text.
        key: a lowercase token the cue needs in a text ("" when it cannot be known).
        prefix: ``key`` is a word prefix rather than a whole token.
        lower: the pattern is searched in the lowercased text (phrases other than acronyms).
        bounded: a hit must not follow a letter or digit (checked after the search).
    """

    text: str
    claim: str
    weight: float
    pattern: re.Pattern[str] = field(compare=False)
    key: str
    prefix: bool = False
    lower: bool = False
    bounded: bool = False

    def found_in(self, folded: str, lowered: str) -> bool:
        """Whether the cue occurs in a text given folded (see :func:`fold`) and lowercased."""
        text = lowered if self.lower else folded
        hit = self.pattern.search(text)
        if hit is None or not self.bounded:
            return hit is not None
        while hit is not None:  # the hit follows a letter: look for a later one
            start = hit.start()
            if start == 0 or not _is_word(text[start - 1]):
                return True
            hit = self.pattern.search(text, start + 1)
        return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def compile_cue(text: str, claim: str, weight: float) -> Cue:
    """Compile a cue as written in the taxonomy (a phrase, or a regex after ``re:``).

    Raises:
        CueSyntaxError: the cue is empty or its regular expression does not compile.
    """
    stripped = text.strip()
    if not stripped or stripped == REGEX_PREFIX:
        raise CueSyntaxError("empty cue")
    if stripped.startswith(REGEX_PREFIX):
        source = stripped[len(REGEX_PREFIX) :]
        key, prefix = regex_key(source)
        return Cue(stripped, claim, weight, _compile(source, re.IGNORECASE), key, prefix)
    acronym = _ACRONYM.fullmatch(stripped) is not None
    phrase = fold(stripped) if acronym else fold(stripped).lower()
    key, prefix = phrase_key(phrase)
    pattern = _compile(phrase_regex(phrase), 0)
    bounded = phrase[0].isalnum()
    return Cue(stripped, claim, weight, pattern, key, prefix, not acronym, bounded)


def _compile(source: str, flags: int) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise CueSyntaxError(f"bad regular expression {source!r}: {exc}") from exc


def phrase_regex(phrase: str) -> str:
    """The regex source of a phrase cue (see the comments at the top of taxonomy.toml)."""
    words = [w for w in _WORD_SPLIT.split(phrase.strip()) if w]
    parts: list[str] = []
    for i, word in enumerate(words):
        if i:
            joined = words[i - 1][-1].isalnum() and word[0].isalnum()
            parts.append(_GAP_WORDS if joined else _GAP_SYMBOL)
        parts.append(_word_regex(word))
    end = r"(?!\w)" if phrase[-1].isalnum() else ""
    return "".join(parts) + end


def _word_regex(word: str) -> str:
    if word.endswith("*"):
        stem = word.rstrip("*")
        if not stem:
            raise CueSyntaxError("a '*' must follow the start of a word, as in 'monopoli*'")
        return _word_regex(stem) + r"\w*"
    out: list[str] = []
    for char in word:
        if char == ".":
            out.append(r"\.?")
        elif char == "§":
            out.append(r"§\s*")
        else:
            out.append(re.escape(char))
    return "".join(out)


def phrase_key(phrase: str) -> tuple[str, bool]:
    """The index key of a phrase cue, and whether it is a word prefix.

    The key is the phrase's longest token that any matching text must contain as a token: not a
    wildcard word, and not glued to another by an optional "." ("U.S.C." also matches "USC").
    A phrase with no such token is keyed by the prefix of its first wildcard word.
    """
    solid: list[str] = []
    stems: list[str] = []
    for match in TOKEN.finditer(phrase):
        start, end = match.span()
        after, before = phrase[end : end + 2], phrase[max(start - 2, 0) : start]
        if after[:1] == "*":
            stems.append(match.group().lower())
        elif not (_glued(after) or _glued(before[::-1])):
            solid.append(match.group().lower())
    if solid:
        return max(solid, key=len), False
    stems = [stem for stem in stems if len(stem) >= PREFIX_LEN]
    if stems:
        return stems[0][:PREFIX_LEN], True
    return "", False


def _glued(chars: str) -> bool:
    return len(chars) == 2 and chars[0] == "." and chars[1].isalnum()


def regex_key(source: str) -> tuple[str, bool]:
    """The index key of a regex cue: a literal first token when the pattern starts with one.

    Patterns with a top-level alternation or no leading literal get ``""`` (always tried).
    """
    if _has_top_level_bar(source):
        return "", False
    source = source.removeprefix(r"\b")
    if source.startswith("§"):
        return "§", False
    match = _REGEX_LITERAL.match(source)
    if match is None:
        return "", False
    literal, rest = match.group().lower(), source[match.end() :]
    if rest[:1] in ("?", "*", "{"):
        literal, rest = literal[:-1], "+"  # the last letter is optional: only a prefix is known
    if _TOKEN_END.match(rest):
        return literal, False
    if len(literal) >= PREFIX_LEN:
        return literal[:PREFIX_LEN], True
    return "", False


def _has_top_level_bar(source: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


class CueIndex:
    """Cues indexed by one of their words, so a text only tries the cues that can match it."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        self._exact: dict[str, list[Cue]] = {}
        self._prefix: dict[str, list[Cue]] = {}
        self._always: list[Cue] = []
        for cue in cues:
            if not cue.key:
                self._always.append(cue)
            else:
                table = self._prefix if cue.prefix else self._exact
                table.setdefault(cue.key, []).append(cue)

    def candidates(self, lowered: str) -> list[Cue]:
        """The cues whose key occurs in the lowercased text ``lowered`` (each once)."""
        return self.candidates_for(set(TOKEN.findall(lowered)))

    def candidates_for(self, tokens: set[str]) -> list[Cue]:
        """The cues whose key is among a text's lowercase ``tokens`` (each once)."""
        found = _lookup(self._exact, tokens)
        if self._prefix:
            found += _lookup(self._prefix, {t[:PREFIX_LEN] for t in tokens if len(t) > 3})
        return found + self._always

    def matches(self, text: str) -> list[Cue]:
        """The cues that match somewhere in ``text``."""
        return self.matches_in(Folded.of(text))

    def matches_in(self, text: Folded) -> list[Cue]:
        """The cues that match somewhere in an already folded text."""
        return [
            cue
            for cue in self.candidates_for(text.tokens)
            if cue.found_in(text.folded, text.lowered)
        ]


@dataclass(frozen=True)
class Folded:
    """A text prepared once for every cue lookup: folded (see :func:`fold`), lowercased, and
    its set of lowercase tokens."""

    folded: str
    lowered: str
    tokens: set[str]

    @classmethod
    def of(cls, text: str) -> Folded:
        """Prepare ``text``."""
        folded = fold(text)
        lowered = folded.lower()
        return cls(folded, lowered, set(TOKEN.findall(lowered)))


def mask_spans(text: str, cues: Iterable[Cue]) -> str:
    """``text`` with every hit of ``cues`` blanked out (same length, so offsets hold).

    A type's ``unless`` cues name contexts where its cues are mentioned but not argued
    ("United States Patent and Trademark Office" is no trademark claim); a cue of the type
    counts only when it still matches once those contexts are blanked.
    """
    folded = fold(text)
    lowered = folded.lower()
    chars = list(text)
    for cue in cues:
        source = lowered if cue.lower else folded
        for hit in cue.pattern.finditer(source):
            chars[hit.start() : hit.end()] = " " * (hit.end() - hit.start())
    return "".join(chars)


def fold(text: str) -> str:
    """``text`` with typographic dashes and quotes replaced by ASCII ones (same length)."""
    for fancy, plain in _FOLD:
        if fancy in text:
            text = text.replace(fancy, plain)
    return text


def _lookup(table: Mapping[str, list[Cue]], keys: set[str]) -> list[Cue]:
    # a set intersection in C rather than a dictionary lookup per token
    return [cue for key in table.keys() & keys for cue in table[key]]
