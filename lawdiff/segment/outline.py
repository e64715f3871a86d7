"""Outline enumerators ("I.", "A.", "1.", "a.", "(i)") and the state that nests them.

A brief's argument outline is a tree whose levels are told apart by the style of their
enumerators, not by fixed depths: a brief may start at "A." or skip the roman level. The
:class:`OutlineTracker` accepts an enumerator only when it continues a level in use
("B" after "A") or opens a new, deeper level with its first value ("1" under "A"), which
keeps stray line starts such as "A. That is correct." (deposition quotes) out of the tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lawdiff.segment.patterns import NUMBER_WORDS

ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(token: str) -> int | None:
    """The value of a roman numeral (either case), or None when it is not a valid one."""
    low = token.lower()
    if not low or any(ch not in ROMAN_VALUES for ch in low):
        return None
    total = 0
    for i, ch in enumerate(low):
        value = ROMAN_VALUES[ch]
        nxt = ROMAN_VALUES[low[i + 1]] if i + 1 < len(low) else 0
        total += -value if value < nxt else value
    return total if total > 0 and to_roman(total) == low else None


def to_roman(value: int) -> str:
    """Lower-case roman numeral of ``value`` (1..399)."""
    parts = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v")]
    parts += [(4, "iv"), (1, "i")]
    out = []
    for amount, text in parts:
        while value >= amount:
            out.append(text)
            value -= amount
    return "".join(out)


@dataclass(frozen=True)
class Reading:
    """One way to read an enumerator: its style (level kind) and ordinal value; ``first``
    is the lowest ordinal it covers when it numbers several ("Nos. 1 and 2": 1, ordinal 2),
    ``listed`` the numbers it names then ("ISSUES ONE AND FIVE": 1 and 5, not 2 to 4)."""

    style: str
    ordinal: int
    first: int = 0
    listed: tuple[int, ...] = ()

    @property
    def lowest(self) -> int:
        """The first ordinal the enumerator covers."""
        return self.first or self.ordinal

    @property
    def numbers(self) -> tuple[int, ...]:
        """Every ordinal the enumerator covers."""
        return self.listed or tuple(range(self.lowest, self.ordinal + 1))


# A sub-point lettered after its point's number: "1(a)", "2(c)", "1(A)".
_LETTERED_NUMBER = re.compile(r"^(?P<number>\d{1,2})\((?P<letter>[a-zA-Z])\)$")
# The style of such a sub-point's level, its point's number after it ("lettered-under-1").
LETTERED_UNDER = "lettered-under-"
# A sub-point numbered after its point's letter: "A-1.", "B-2." (the hyphenated outline).
_HYPHENATED = re.compile(r"^(?P<letter>[A-Z])-(?P<number>\d{1,2})\.?$")
# The style of such a sub-point's level, its point's letter after it ("numbered-under-A").
NUMBERED_UNDER = "numbered-under-"


def readings(enum: str) -> tuple[Reading, ...]:
    """All readings of a printed enumerator such as ``"I."``, ``"(ii)"`` or ``"C."``.

    Args:
        enum: the enumerator as printed, with its dot or parentheses.

    Returns:
        The possible (style, ordinal) pairs, most likely first; empty when not an enumerator.
    """
    if " " in enum.strip():
        return _word_readings(enum)
    parts = enum.rstrip(".").split(".")
    if len(parts) > 1 and all(part.isdigit() for part in parts):
        return (Reading(f"decimal-{len(parts)}", int(parts[-1])),)
    lettered = _LETTERED_NUMBER.match(enum)
    if lettered:  # "1(b)": the second lettered sub-point of point 1
        style = f"{LETTERED_UNDER}{lettered['number']}"
        return (Reading(style, ord(lettered["letter"].lower()) - ord("a") + 1),)
    hyphenated = _HYPHENATED.match(enum)
    if hyphenated:  # "B-2.": the second numbered sub-point of point B
        return (Reading(f"{NUMBERED_UNDER}{hyphenated['letter']}", int(hyphenated["number"])),)
    paren = enum.startswith("(")
    core = enum.strip("().")
    prefix = "paren-" if paren else "half-" if enum.endswith(")") else ""
    found: list[Reading] = []
    if core.isdigit():
        return (Reading(prefix + "digit", int(core)),)
    value = roman_value(core)
    if value is not None:
        found.append(Reading(prefix + ("roman" if core.isupper() else "lower-roman"), value))
    if len(core) == 1 and core.isalpha():
        kind = "upper" if core.isupper() else "lower"
        found.append(Reading(prefix + kind, ord(core.lower()) - ord("a") + 1))
    return tuple(found)


def follows(enum: str, later: str) -> bool:
    """True when ``later`` can number the item right after ``enum`` at the same level
    ("1." then "2.", "A." then "B.", "iv." then "v.")."""
    return any(
        after.style == before.style and after.lowest == before.ordinal + 1
        for before in readings(enum)
        for after in readings(later)
    )


ORDINAL_WORDS = (
    *("FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH"),
    *("SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH"),
)
# Words of a word enumerator that do not name its level ("Response to … Nos.", "Response to
# the …", "REPLY TO GROUND FOR REVIEW NUMBER ONE").
_LEVEL_NOISE = frozenset(
    {"RESPONSE", "REPLY", "TO", "THE", "NO", "NOS", "NUMBER", "NUMBERS", "AND", "&", ","}
)


# Keywords of several points taken together ("Assignments of Error Nos. 1 and 2", "Issues 2
# and 3"): numbered at the level of the singular.
_PLURAL_KEYWORDS = frozenset(
    {"ASSIGNMENTS", "PROPOSITIONS", "POINTS", "GROUNDS", "CLAIMS", "ISSUES"}
)


def _word_readings(enum: str) -> tuple[Reading, ...]:
    """ "POINT II", "GROUND TWO", "SECOND GROUND", "ASSIGNMENT OF ERROR NO. 2", "Response to
    Assignments of Error Nos. 1 and 2": one level per keyword (its words, singular, in
    capitals, the numbers and "Response to … No." aside), numbered by the last number."""
    tokens = enum.upper().replace(",", " , ").replace(".", " ").replace(":", " ").split()
    numbers = [value for value in map(_number_value, tokens) if value is not None]
    ordinal = next((ORDINAL_WORDS.index(t) + 1 for t in tokens if t in ORDINAL_WORDS), None)
    if ordinal is not None:
        numbers = [ordinal]
    words = [
        t.removesuffix("S") if t in _PLURAL_KEYWORDS else t
        for t in tokens
        if t not in _LEVEL_NOISE and t not in ORDINAL_WORDS and _number_value(t) is None
    ]
    if not numbers or not words:
        return ()
    first, listed = (numbers[0], tuple(numbers)) if len(numbers) > 1 else (0, ())
    return (Reading(" ".join(words).lower(), numbers[-1], first, listed),)


def _number_value(token: str) -> int | None:
    """ "2", "II" or "TWO" as a number; None for a word."""
    if token.isdigit():
        return int(token)
    if token in NUMBER_WORDS:
        return NUMBER_WORDS.index(token) + 1
    return roman_value(token) if token.isupper() and len(token) <= 7 else None


def label_token(enum: str) -> str:
    """The enumerator as it goes into a label: ``"I."`` → ``"I"``, ``"1)"`` → ``"1"``,
    ``"(i)"`` stays ``"(i)"``, ``"2.1"`` → ``"1"`` (its parent gives the ``"2"``),
    ``"POINT II:"`` → ``"POINT II"``, ``"1(a)"`` stays ``"1(a)"``."""
    if " " in enum.strip():
        return " ".join(enum.rstrip(".:").split())
    parts = enum.rstrip(".").split(".")
    if len(parts) > 1 and all(part.isdigit() for part in parts):
        return parts[-1]
    if _LETTERED_NUMBER.match(enum):
        return enum
    if enum.endswith(")") and not enum.startswith("("):
        return enum[:-1]
    return enum.rstrip(".")


# The highest ordinal a level may open with when the first items are missing (lenient).
LENIENT_FIRST = 3


@dataclass
class _Level:
    style: str
    ordinal: int
    token: str
    # the ordinals its items have numbered so far (a word enumerator's level: see _answered)
    seen: frozenset[int] = frozenset()


class OutlineTracker:
    """Accepts or rejects enumerators in document order and knows the current path."""

    def __init__(self, reordered: frozenset[str] = frozenset(), answer: bool = False) -> None:
        self._stack: list[_Level] = []
        self._reordered = reordered  # word levels the document numbers out of order
        self._answer = answer  # an answer: its word levels keep the other side's numbers

    def reset(self) -> None:
        """Forget the outline (after an unnumbered top heading such as ARGUMENT)."""
        self._stack.clear()

    @property
    def path(self) -> tuple[str, ...]:
        """Label tokens of the current outline path, outermost first."""
        return tuple(level.token for level in self._stack)

    def fits(self, enum: str, lenient: bool = False) -> int | None:
        """The depth (1-based) ``enum`` would take, or None when it does not fit the outline.

        ``lenient`` lets a new level open at its second or third item (the first one redacted
        or lost), for a heading whose typography (bold) vouches for it.
        """
        found = self._place(enum, lenient)
        return None if found is None else found[0] + 1

    def accept(self, enum: str, lenient: bool = False) -> int | None:
        """Take ``enum`` into the outline when it fits; return its depth (1-based) or None."""
        found = self._place(enum, lenient)
        if found is None:
            return None
        depth, reading = found
        seen = frozenset(reading.numbers)
        if depth < len(self._stack) and self._stack[depth].style == reading.style:
            seen |= self._stack[depth].seen
        del self._stack[depth:]
        self._stack.append(_Level(reading.style, reading.ordinal, label_token(enum), seen))
        return depth + 1

    def _place(self, enum: str, lenient: bool = False) -> tuple[int, Reading] | None:
        options = readings(enum)
        for depth in range(len(self._stack) - 1, -1, -1):
            level = self._stack[depth]
            for reading in options:
                if reading.style == level.style and reading.lowest == level.ordinal + 1:
                    return depth, reading
        cross = _cross_style(enum)
        if cross is not None:
            return self._cross_place(cross)
        answered = self._answered(options, answer=self._answer and " " in enum.strip())
        if answered is not None:
            return answered
        used = {level.style for level in self._stack}
        first = LENIENT_FIRST if lenient else 1
        for reading in options:
            # a level the document numbers out of order opens at whichever point an answer
            # takes first ("REPLY TO GROUND FOR REVIEW NUMBER FOUR", then "… NUMBER ONE")
            opens = reading.lowest <= first or reading.style in self._reordered
            if opens and reading.style not in used and self._opens(reading):
                return len(self._stack), reading
        return None

    def _opens(self, reading: Reading) -> bool:
        """True unless ``reading`` numbers its point in its own enumerator ("1(a)") and the
        point above is not that one ("15(a) Claim …" wrapped under "II. … Section"): such a
        level opens only under the point whose number it carries."""
        if reading.style.startswith(NUMBERED_UNDER):  # "A-1." opens only under "A."
            letter = reading.style.removeprefix(NUMBERED_UNDER)
            return bool(self._stack) and self._stack[-1].token == letter
        if not reading.style.startswith(LETTERED_UNDER):
            return True
        point = int(reading.style.removeprefix(LETTERED_UNDER))
        return bool(self._stack) and self._stack[-1].ordinal == point

    def _answered(
        self, options: tuple[Reading, ...], *, answer: bool = False
    ) -> tuple[int, Reading] | None:
        """A word enumerator out of sequence ("Issue 5:" after "Issue 1:", then "Issues 2
        and 3:") goes beside the last point of its keyword's level when the document numbers
        that level out of order (see :func:`reordered_levels`) and none of its numbers has
        been used there: an answer takes the other side's points in its own order and keeps
        their numbers. So does any word enumerator of an answer (``answer``) whose numbers
        are new to its level: it keeps the numbers of the points it answers and skips those
        it leaves alone or has answered with another ("Issue 4:" after "Issue 2:", "ISSUE
        TWO:" after "ISSUES ONE AND FIVE ARGUED TOGETHER:"). A number printed again is no
        new point."""
        for depth in range(len(self._stack) - 1, -1, -1):
            level = self._stack[depth]
            for reading in options:
                numbers = reading.numbers
                kept = answer or reading.style in self._reordered
                if not kept or reading.style != level.style:
                    continue
                if level.seen.isdisjoint(numbers):
                    return depth, reading
        return None

    def _cross_place(self, style: str) -> tuple[int, Reading] | None:
        """An unnumbered cross-point ("Cross-Issue:") goes beside the last point of its
        keyword's level ("Issue Four:"), keeping its number for the points after it."""
        for depth in range(len(self._stack) - 1, -1, -1):
            level = self._stack[depth]
            if level.style == style:
                return depth, Reading(style, level.ordinal)
        return None


def _cross_style(enum: str) -> str | None:
    """The level style a cross-point names ("Cross-Issue" → "issue"), or None."""
    words = enum.upper().rstrip(".:").replace("-", " ").split()
    return words[1].lower() if len(words) == 2 and words[0] == "CROSS" else None


def reordered_levels(enums: Iterable[str]) -> frozenset[str]:
    """The word levels ``enums`` (a document's word enumerators in reading order: "Issue 1",
    "Issue 5", "Issues 2 and 3", …) number out of order, each number from 1 to the highest
    once: an answer taking the other side's points in its own order. A series that skips a
    number ("GROUND ONE", "GROUND THREE") or prints one twice is no such level."""
    numbers: dict[str, list[int]] = {}
    for enum in enums:
        for reading in _word_readings(enum) if " " in enum.strip() else ():
            numbers.setdefault(reading.style, []).extend(reading.numbers)
    return frozenset(
        style
        for style, found in numbers.items()
        if sorted(found) == list(range(1, len(found) + 1)) and found != sorted(found)
    )
