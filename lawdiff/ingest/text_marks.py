"""Marks a text copy of a brief adds around its words, taken off its rows before segmenting.

A brief saved or converted as text carries its typography as characters: Markdown heading
marks and bold (``## **I. ARGUMENT**``) and footnote marks (``[^3]``); Word's "save as text"
underlines a heading with a row of ``=`` or ``-`` its length (other copies with a rule of
``_`` across the page), puts a tab after an enumerator and keeps non-breaking spaces; a
hard-wrapped copy (OCR, ``pdftotext``) hyphenates words across its rows and reads a capital
O as a zero ("C0NCLUSION") and a roman "I." as "l." or "1.". Each function here returns the
rows with such marks taken off and never adds or removes a row, so page:line keeps pointing
into the file.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

# "## Heading", "**Heading**", "# **I. Heading**": the marks around a Markdown heading.
_MARKDOWN_MARKS = re.compile(r"^(?P<indent>\s*)(?:#{1,6}\s+)?\*\*(?P<text>\S(?:.*\S)?)\*\*\s*$")
# A row wholly in emphasis ("_The Notice Was Defective_", "*The Notice …*", "__…__"): an
# underlined or italic sub-heading as a converter writes it, marked as a row in bold is. No
# mark inside: "_See_ Ex. 4 at _5_" is two runs in a sentence.
_EMPHASIS_ROW = re.compile(
    r"^(?P<indent>\s*)(?:#{1,6}\s+)?(?P<mark>__|_|\*)"
    r"(?P<text>[^\s*_](?:[^*_]*[^\s*_])?)(?P=mark)\s*$"
)
_HASHES = re.compile(r"^(?P<indent>\s*)#{1,6}\s+(?=\S)")
# "**The citations.** All eleven …": a bold run opening a row, text after it (a run-in title).
_BOLD_LEAD = re.compile(r"^(?P<indent>\s*)\*\*(?P<lead>[^*\s](?:[^*]*[^*\s])?)\*\*(?=\s+\S)")
# A footnote mark glued to the word or stop before it: "… facts.[^3]".
_FOOTNOTE_MARK = re.compile(r"(?<=\S)\[\^\d{1,3}\]")
# A row of one underline character, nothing else.
_UNDERLINE = re.compile(r"^\s*(?P<char>[=\-_])(?P=char){2,}\s*$")
# A document underlines its headings with rows of "_" when it does so this often at least.
UNDERSCORED_HEADINGS = 2
# An enumerator followed by a tab: "I.\tARGUMENT", "(a)\tText".
_TAB_AFTER_ENUMERATOR = re.compile(
    r"^(\s*(?:[IVXLC]+|[A-Za-z]|\d{1,3})[.)]|\s*\([A-Za-z0-9]{1,4}\))\t+"
)
# A word broken across rows: a row ending in letters and a hyphen.
_BROKEN_END = re.compile(r"(?<![\w-])(?P<left>[A-Za-z]+)-$")
_CONTINUATION = re.compile(r"^(?P<space>\s*)(?P<right>[A-Za-z]+)(?=[^\w-]|$)")
# A zero among capital letters: OCR's "C0NCLUSION", "0PPOSITION".
# A half of a word broken across rows this long is a word of its own (a compound's half).
WORD_HALF_CHARS = 7
_ZERO_FOR_O = re.compile(r"(?<=[A-Z])0(?=[A-Z])|\b0(?=[A-Z]{2,}\b)|(?<=\b[A-Z]{2})0\b")
# A zero in a two-letter word of a line in capitals: "STATEMENT 0F THE CASE", "T0", "N0".
_ZERO_IN_SHORT_WORD = re.compile(r"\b0(?=[FNR]\b)|(?<=\b[NT])0\b")
_CAPITAL_WORD = re.compile(r"\b[A-Z]{3,}\b")
_ROMAN_ONE = re.compile(r"^(\s*)I\.(?=\s+\S)")
_MISREAD_ONE = re.compile(r"^(\s*)[l1]\.(?=\s+[A-Z0-9])")
_LETTER_POINT = re.compile(r"^\s*[A-H]\.\s+\S")
_ROMAN_TWO = re.compile(r"^\s*II\.\s+\S")
_ARABIC_TWO = re.compile(r"^\s*2\.\s")


def markdown_level(row: str) -> int:
    """The level of a Markdown heading row (the number of its ``#``), 0 for any other row."""
    match = _HASHES.match(row)
    return len(match.group(0).strip()) if match else 0


def without_markdown(row: str) -> str:
    """``row`` without Markdown heading marks, the bold or emphasis around a whole row, the
    bold around the words opening it, and footnote marks; a ``#`` not followed by a space
    (``#5``) and bold or emphasis inside a sentence are kept."""
    match = _whole_row(row)
    row = match.group("indent") + match.group("text") if match else _HASHES.sub(r"\g<indent>", row)
    if match is None:
        row = _BOLD_LEAD.sub(r"\g<indent>\g<lead>", row)
    return _FOOTNOTE_MARK.sub("", row)


def bold_lead(row: str) -> int:
    """How many characters of the row :func:`without_markdown` leaves are set in Markdown
    bold from its start, as :attr:`lawdiff.core.model.Line.styled_lead` counts them: a run
    opening the row with text after it (``**The citations.** All …``: 14, a run-in title),
    or the whole row (``**The Ordinance**``, ``_The Ordinance_``: 13); 0 for a row with no
    bold lead."""
    whole = _whole_row(row)
    if whole:
        return len(whole["indent"]) + len(whole["text"])
    lead = _BOLD_LEAD.match(_HASHES.sub(r"\g<indent>", row))
    return len(lead["indent"]) + len(lead["lead"]) if lead else 0


def _whole_row(row: str) -> re.Match[str] | None:
    """The match of a row wholly in Markdown bold or emphasis, or None."""
    return _MARKDOWN_MARKS.match(row) or _EMPHASIS_ROW.match(row)


def underlined(rows: Sequence[str]) -> dict[int, int]:
    """``{index of an underline row: level of the heading above it}``: a row of ``=`` (level
    1) or ``-`` (level 2) of about the length of the row of text right above it. A rule
    after a blank row, or of another length than the text above, is not an underline."""
    found: dict[int, int] = {}
    for index in range(1, len(rows)):
        match = _UNDERLINE.match(rows[index])
        above = rows[index - 1].strip().expandtabs(4)
        if match is None or not above or _UNDERLINE.match(above):
            continue
        length = len(rows[index].strip())
        if match.group("char") == "_":
            continue  # a rule of "_" goes by its own test: see underscored()
        if 0.7 * len(above) <= length <= 1.3 * len(above) + 2:
            found[index] = 1 if match.group("char") == "=" else 2
    return found | underscored(rows)


def underscored(rows: Sequence[str]) -> dict[int, int]:
    """``{index of a "_" rule: 2}`` for the rows of ``_`` that underline headings (level 2,
    as a ``-`` row). A rule of ``_`` is printed across the page whatever the length of the
    text above, so its length says nothing; it underlines a heading when it sits right under
    a row of text no longer than itself, over a blank row (or the end), and the document
    underlines two headings so at least. A signature line (the name right below it, or
    the rule after a blank row), a rule under a paragraph's last row or a caption's
    closing lines are none."""
    found: dict[int, int] = {}
    for index in range(1, len(rows)):
        match = _UNDERLINE.match(rows[index])
        if match is None or match.group("char") != "_":
            continue
        above = rows[index - 1].strip().expandtabs(4)
        below = rows[index + 1].strip() if index + 1 < len(rows) else ""
        alone = index < 2 or not rows[index - 2].strip()
        if not above or not alone or _UNDERLINE.match(above) or below:
            continue
        if above.startswith("/s/"):
            continue
        found[index] = 2
    return found if len(found) >= UNDERSCORED_HEADINGS else {}


def plain_spacing(row: str) -> str:
    """``row`` with non-breaking spaces as spaces and a tab after an enumerator as a space."""
    return _TAB_AFTER_ENUMERATOR.sub(r"\1 ", row.replace("\u00a0", " ").replace("\u202f", " "))


def ocr_zeros(row: str) -> str:
    """``row`` with a zero among capital letters read as the letter O, and in a line with
    words in capitals, a zero in "0F", "0N", "0R", "T0" and "N0"."""
    row = _ZERO_FOR_O.sub("O", row)
    return _ZERO_IN_SHORT_WORD.sub("O", row) if _CAPITAL_WORD.search(row) else row


def joined_hyphens(rows: Sequence[str], vocabulary: Collection[str]) -> list[str]:
    """``rows`` with each word hyphenated across a row break made whole on the first row
    ("Rem-" / "and to …" -> "Remand" / "to …"). The hyphen stays (the word is a compound
    broken at its hyphen) when ``vocabulary`` (lower-case words of the document, but for the
    halves of its broken words) knows the compound, or both halves are words (known, or
    long) and the joined word is unknown."""
    out = list(rows)
    for index in range(len(out) - 1):
        end = _BROKEN_END.search(out[index])
        start = _CONTINUATION.match(out[index + 1]) if end else None
        if end is None or start is None or not _same_case(end["left"], start["right"]):
            continue
        left, right = end["left"], start["right"]
        joint = "" if _drops_hyphen(left, right, vocabulary) else "-"
        out[index] = out[index][: end.start()] + left + joint + right
        out[index + 1] = start["space"] + out[index + 1][start.end() :].lstrip()
    return out


def _same_case(left: str, right: str) -> bool:
    return right.islower() or (left.isupper() and right.isupper())


def _drops_hyphen(left: str, right: str, vocabulary: Collection[str]) -> bool:
    lower_left, lower_right = left.lower(), right.lower()
    joined = lower_left + lower_right
    if joined in vocabulary:
        return True
    if f"{lower_left}-{lower_right}" in vocabulary:
        return False
    return not (_known(lower_left, vocabulary) and _known(lower_right, vocabulary))


def _known(half: str, vocabulary: Collection[str]) -> bool:
    """A half of a broken word is a word of its own when the document uses it elsewhere or
    it is long: a break inside a word leaves a stub on one side ("disp-" / "ute", "rem-" /
    "and"), a compound's halves are words ("contemporaneous-" / "objection")."""
    return half in vocabulary or len(half) >= WORD_HALF_CHARS


def roman_ones(rows: Sequence[str]) -> list[str]:
    """``rows`` with OCR's "l." or "1." read back as the roman "I." where the outline says
    so: a row opening "II." follows with no "I." row before it (since the last "II."), and
    of the rows opening "l."/"1." before a capital or a digit ("l. 1SG OKAFOR …"), the last
    one that no "2." row follows at its level: a "2." after a lettered row ("A.") below it
    numbers a sub-point of its own ("1. THE COURT ERRED", "A. …", "1. …", "2. …", "II.")."""
    out = list(rows)
    since = 0
    for index, row in enumerate(rows):
        if not _ROMAN_TWO.match(row):
            continue
        span = range(since, index)
        since = index + 1
        if any(_ROMAN_ONE.match(rows[i]) for i in span):
            continue
        ones = [i for i in span if _MISREAD_ONE.match(rows[i])]
        one = next((i for i in reversed(ones) if not _two_at_level(rows, i, index)), None)
        if one is not None:
            out[one] = _MISREAD_ONE.sub(r"\1I.", rows[one], count=1)
    return out


def _two_at_level(rows: Sequence[str], one: int, end: int) -> bool:
    """True when a "2." row follows row ``one`` before ``end`` with no lettered row between."""
    for index in range(one + 1, end):
        if _LETTER_POINT.match(rows[index]):
            return False
        if _ARABIC_TWO.match(rows[index]):
            return True
    return False
