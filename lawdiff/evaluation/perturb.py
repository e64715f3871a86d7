"""Layout perturbations of a plain-text brief: the same words, laid out as other tools print them.

Each perturbation is one function of a :class:`Brief` (the text's lines, with the lines its gold
headings sit on) and a seeded :class:`random.Random`; it returns the whole perturbed text. The
words of the brief are kept: what changes is what a user's copy adds around them (page breaks
with running headers and footers, pleading-paper line numbers, Markdown or underline marks,
OCR's misread characters, hard wraps and hyphens, re-cased headings, other enumerators).

Standard library only; the same seed gives the same text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# A heading's printed number: roman, letter or arabic with a period or in parentheses.
_ENUMERATOR = re.compile(r"^(\s*)([IVXLC]+\.|[A-Z]\.|\d{1,2}\.|\([a-z0-9]{1,3}\))\s+(\S.*)$")
_WORD = re.compile(r"[A-Za-z0-9]+")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "under",
        "v",
        "vs",
        "with",
    ]
)
_NUMBER_WORDS = [
    "ONE",
    "TWO",
    "THREE",
    "FOUR",
    "FIVE",
    "SIX",
    "SEVEN",
    "EIGHT",
    "NINE",
    "TEN",
    "ELEVEN",
    "TWELVE",
    "THIRTEEN",
    "FOURTEEN",
]
# Lines a page of pleading paper numbers in its margin.
PLEADING_LINES = 28
# Running headers a paginated copy prints at each page's top ({n} the page, {m} the pages).
_RUNNING_HEADERS = (
    "Defendants' Opposition to Motion to Dismiss - Page {n} of {m}",
    "Case No. 3:24-cv-01873-RGK",
    "MEMORANDUM IN SUPPORT OF MOTION - {n}",
    "Case 1:25-cv-00412-JMF Document 31 Filed 06/02/25 Page {n} of {m}",
)
_FOOTERS = ("{n}", "- {n} -", "Page {n}")


@dataclass(frozen=True)
class Brief:
    """A plain-text brief and where its gold headings are.

    Attributes:
        lines: the text's lines (no line endings).
        heads: for each gold heading found in the text, its first line's index mapped to
            (the index after its last line, its gold level).
    """

    lines: tuple[str, ...]
    heads: Mapping[int, tuple[int, int]]

    def heading_at(self, index: int) -> str:
        """The heading starting at line ``index``, its lines joined by spaces."""
        end = self.heads[index][0]
        return " ".join(row.strip() for row in self.lines[index:end] if row.strip())


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def locate_headings(text: str, gold: Sequence[Mapping[str, Any]]) -> Brief:
    """``text`` as a :class:`Brief`: each gold heading (in order) found on the first run of
    at most four lines from where the previous one ended whose words are the heading's."""
    lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    heads: dict[int, tuple[int, int]] = {}
    cursor = 0
    for entry in gold:
        wanted = _words(str(entry["heading"]))
        span = _find(lines, wanted, cursor) if wanted else None
        if span is not None:
            heads[span[0]] = (span[1], int(entry["level"]))
            cursor = span[1]
    return Brief(lines, heads)


def _find(lines: Sequence[str], wanted: str, start: int) -> tuple[int, int] | None:
    for index in range(start, len(lines)):
        if not lines[index].strip() or not wanted.startswith(_words(lines[index])[:1]):
            continue
        joined = ""
        for end in range(index, min(index + 4, len(lines))):
            joined = f"{joined} {_words(lines[end])}".strip()
            if joined == wanted:
                return index, end + 1
            if not wanted.startswith(joined):
                break
    return None


def _rows(brief: Brief) -> list[tuple[str, int]]:
    """The brief's rows, each heading joined onto one row: (text, level; 0 for body)."""
    rows: list[tuple[str, int]] = []
    index = 0
    while index < len(brief.lines):
        if index in brief.heads:
            end, level = brief.heads[index]
            rows.append((brief.heading_at(index), level))
            index = end
        else:
            rows.append((brief.lines[index], 0))
            index += 1
    return rows


# ------------------------------------------------------------------ (a) paginated with furniture


def paginated(brief: Brief, rng: random.Random) -> str:
    """Form feeds every 45-55 lines, a running header at each page's top and a bare page
    number at its foot."""
    header = rng.choice(_RUNNING_HEADERS)
    footer = rng.choice(_FOOTERS)
    sizes: list[int] = []
    while sum(sizes) < len(brief.lines):
        sizes.append(rng.randint(45, 55))
    total = len(sizes)
    out: list[str] = []
    start = 0
    for number, size in enumerate(sizes, 1):
        if number > 1:
            out += [header.format(n=number, m=total), ""]
        out += brief.lines[start : start + size]
        out += ["", footer.format(n=number).center(60).rstrip()]
        start += size
        if number < total:
            out.append("\f")
    return _joined(out)


def _joined(rows: Sequence[str], end: str = "\n") -> str:
    """Rows joined with ``end``, a form feed row glued to the next row as a PDF copy has it."""
    return end.join(rows).replace("\f" + end, "\f") + end


# ------------------------------------------------------------------------------- (b) OCR noise


def ocr_noise(brief: Brief, rng: random.Random) -> str:
    """A roman "I." read as "l." or "1.", a few capital O read as zero, a few doubled spaces,
    a hard wrap at 60-70 columns with some words hyphenated across the breaks."""
    width = rng.randint(60, 70)
    out: list[str] = []
    for row, level in _rows(brief):
        if level and re.match(r"\s*I\.\s", row):
            row = re.sub(r"I\.", rng.choice(("l.", "1.")), row, count=1)
        if rng.random() < 0.03:
            row = _zero_for_o(row, rng)
        if rng.random() < 0.05:
            row = _doubled_space(row, rng)
        out += _wrapped(row, width, rng)
    return _joined(out)


def _zero_for_o(row: str, rng: random.Random) -> str:
    spots = [m.start() for m in re.finditer(r"(?<=[A-Z])O|O(?=[A-Z])", row)]
    if not spots:
        return row
    at = rng.choice(spots)
    return row[:at] + "0" + row[at + 1 :]


def _doubled_space(row: str, rng: random.Random) -> str:
    spots = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", row)]
    if not spots:
        return row
    at = rng.choice(spots)
    return row[:at] + " " + row[at:]


def _wrapped(row: str, width: int, rng: random.Random) -> list[str]:
    """``row`` cut at spaces into lines of at most ``width`` characters; a long word across
    the edge hyphenated at the break now and then."""
    if len(row) <= width:
        return [row]
    out: list[str] = []
    line = ""
    for word in row.split(" "):
        if line and len(line) + 1 + len(word) > width:
            room = width - len(line) - 2
            if word.isalpha() and len(word) - room >= 3 and room >= 3 and rng.random() < 0.3:
                out.append(f"{line} {word[:room]}-")
                word = word[room:]
            else:
                out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, line]


# -------------------------------------------------------------------------------- (c) Markdown


def markdown(brief: Brief, rng: random.Random) -> str:
    """Headings marked as Markdown headings by level, in bold, or both; footnote marks after
    a few sentences and their notes at the end."""
    style = rng.randrange(3)  # 0: "## text", 1: "## **text**", 2: "**text**"
    out: list[str] = []
    notes = 0
    for row, level in _rows(brief):
        if level:
            text = f"**{row.strip()}**" if style else row.strip()
            out.append(text if style == 2 else "#" * min(level, 6) + " " + text)
        elif row.rstrip().endswith(".") and len(row) > 200 and rng.random() < 0.1:
            notes += 1
            out.append(f"{row.rstrip()}[^{notes}]")
        else:
            out.append(row)
    out += [""] + [f"[^{n}]: See id." for n in range(1, notes + 1)]
    return _joined(out)


# ----------------------------------------------------------------------- (d) Word "save as text"


def word_text(brief: Brief, rng: random.Random) -> str:
    """As Word saves a document as text: headings underlined with "=" (top) or "-" of their
    length, a tab after each enumerator, curly quotes, non-breaking spaces after section
    marks and in a few other places, CRLF line endings."""
    out: list[str] = []
    for row, level in _rows(brief):
        text = _curly(_ENUMERATOR.sub(r"\1\2\t\3", row))
        text = re.sub(r"(§+|¶+|No\.) ", "\\1\u00a0", text)
        if rng.random() < 0.05:
            text = text.replace(" ", "\u00a0", 1)
        out.append(text)
        if level:
            out.append(("=" if level == 1 else "-") * len(text.strip().expandtabs(4)))
    return _joined(out, "\r\n")


def _curly(text: str) -> str:
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


# ------------------------------------------------------------------------ (e) pleading paper


def pleading_paper(brief: Brief, rng: random.Random) -> str:
    """As ``pdftotext -layout`` prints pleading paper: body text wrapped at 66 columns and
    indented, headings centred by spaces, every page's lines numbered 1-28 in a left margin,
    a form feed between pages."""
    width = 66
    body: list[str] = []
    for row, level in _rows(brief):
        if level:
            body += [line.strip().center(width).rstrip() for line in _wrapped(row, 56, rng)]
        else:
            body += ["      " + line if line else "" for line in _wrapped(row, width - 6, rng)]
    gap = rng.choice((4, 5, 6))
    out: list[str] = []
    for start in range(0, len(body), PLEADING_LINES):
        if start:
            out.append("\f")
        for number, line in enumerate(body[start : start + PLEADING_LINES], 1):
            out.append((f"{number:>2}" + " " * gap + line).rstrip())
    return _joined(out)


# -------------------------------------------------------- (f) re-cased headings, other numbering


def recased(brief: Brief, rng: random.Random) -> str:
    """Headings in capitals put in title case and the others in capitals; roman numbers
    written as arabic ("1.") or as words ("POINT ONE", its title on the next line), arabic
    ones in parentheses ("(1)"). A letter that is also a roman numeral ("C.", "V.") counts
    as roman only after a roman number at the same level ("IV." then "V.", not "B." then "C.")."""
    words_style = rng.random() < 0.5
    out: list[str] = []
    roman_at: dict[int, bool] = {}
    for row, level in _rows(brief):
        if not level:
            out.append(row)
            continue
        match = _ENUMERATOR.match(row)
        label, text = (match.group(2), match.group(3)) if match else ("", row.strip())
        text = _title_case(text) if text.upper() == text else text.upper()
        value = label.rstrip(".")
        roman = bool(re.fullmatch(r"[IVXLC]+", value)) and (
            len(value) > 1 or value == "I" or roman_at.get(level, False)
        )
        roman_at[level] = roman
        out += _renumbered(label, text, words_style, roman=roman)
    return _joined(out)


def _renumbered(label: str, text: str, words_style: bool, *, roman: bool) -> list[str]:
    value = label.rstrip(".")
    if roman:
        number = _roman(value)
        if words_style and number <= len(_NUMBER_WORDS):
            return [f"POINT {_NUMBER_WORDS[number - 1]}", "", text]
        return [f"{number}. {text}"]
    if value.isdigit():
        return [f"({value}) {text}"]
    return [f"{label} {text}" if label else text]


def _roman(value: str) -> int:
    numerals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for here, after in zip(value, [*value[1:], ""], strict=True):
        sign = -1 if after and numerals[after] > numerals[here] else 1
        total += sign * numerals[here]
    return total


def _title_case(text: str) -> str:
    out = []
    for position, word in enumerate(text.split(" ")):
        lower = word.lower()
        if "." in word or any(c.isdigit() for c in word):
            out.append(word)
        elif position and lower in _SMALL_WORDS:
            out.append(lower)
        else:
            out.append(lower[:1].upper() + lower[1:])
    return " ".join(out)


PERTURBATIONS: Mapping[str, Callable[[Brief, random.Random], str]] = {
    "paginated": paginated,
    "ocr-noise": ocr_noise,
    "markdown": markdown,
    "word-text": word_text,
    "pleading-paper": pleading_paper,
    "recased": recased,
}


def perturbed(brief: Brief, name: str, seed: int) -> str:
    """The text of ``brief`` under the perturbation ``name``, with randomness from ``seed``."""
    return PERTURBATIONS[name](brief, random.Random(f"{name}:{seed}"))
