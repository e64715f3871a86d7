"""Submissions numbered throughout: the lines between their numbered paragraphs are headings.

Commonwealth submissions (a New Zealand High Court's, a Scottish note of argument, an English
skeleton argument, a Hong Kong skeleton) number every paragraph from "1." to the end and head
groups of them with unnumbered lines of their own: "Summary of submissions", "Issue one: is
there reason to believe that the plaintiff will be unable to pay costs?", "The defenders'
first submission: the obligation to make reparation has prescribed", "Relief sought". Where
every paragraph carries a number, an unnumbered line standing alone between two of them is no
paragraph: it is a heading, however long, and a question mark may end it.

:mod:`lawdiff.segment.lone_headings` finds these lines among the paragraphs, and the one over
paragraph 1 where the body of such submissions starts; this module says which lines have
their form beyond a short line's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from lawdiff.segment import patterns

# A heading labelled before a colon ("Issue one: …", "The pursuer's second submission: …")
# holds at most this many words, its label at most this many.
MAX_LABELLED_WORDS = 20
MAX_LABEL_WORDS = 5
# The label before the colon, opening on a capital; the title after it.
_LABELLED = re.compile(r"^(?P<label>[A-Z][^:]*?):\s+(?P<title>\S.*)$")


def is_labelled_heading(text: str) -> bool:
    """True for a heading with a short label before a colon and its title after it ("Issue
    one: is there reason to believe …?", "The defenders' first submission: the obligation
    has prescribed"): at most twenty words, no final period, comma, semicolon or colon (a
    question mark may end it), no citation."""
    match = _LABELLED.match(text)
    if match is None or text[-1] in ".,;:!":
        return False
    label_words = len(patterns.WORD.findall(match.group("label")))
    if not 1 <= label_words <= MAX_LABEL_WORDS:
        return False
    if patterns.CITATION_HINT.search(text) or "¶" in text or "§" in text:
        return False
    return len(patterns.WORD.findall(text)) <= MAX_LABELLED_WORDS


def ends_in_question(text: str) -> bool:
    """True for a heading put as a question ("What amount of security is appropriate?")."""
    return text.endswith("?") and not text.endswith("??")


# A label's number: a numeral, a number word or an ordinal ("Issue one", "Ground 2", "The
# defenders' first submission").
_LABEL_NUMBER = re.compile(
    r"(?i)\b(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
# A series of labelled headings holds at least this many.
MIN_SERIES = 2


def series_key(text: str) -> str | None:
    """The label of a labelled heading with its number taken out ("Issue one: …" → "issue",
    "The pursuer's second submission: …" → "the pursuer's submission"), or None when ``text``
    is no labelled heading or its label holds no number."""
    match = _LABELLED.match(text)
    if match is None or not is_labelled_heading(text):
        return None
    label = match.group("label")
    if _LABEL_NUMBER.search(label) is None:
        return None
    return " ".join(_LABEL_NUMBER.sub(" ", label).lower().split())


def heading_series(headings: Sequence[tuple[int, str]]) -> tuple[frozenset[int], frozenset[int]]:
    """The lone headings (index, text, in document order) of one labelled series, and those
    between two of its members: the series ("Issue one: …" … "Issue four: …") are the
    submissions' top headings, siblings of the unlabelled ones around them ("Background",
    "Relief sought"); an unlabelled heading after one member and before the next
    ("Issue two: …", then "The merits of the claim are weak", then "Issue three: …") is the
    member's sub-heading. Empty sets when no label comes back twice."""
    keys = [(index, series_key(text)) for index, text in headings]
    counts = Counter(key for _, key in keys if key is not None)
    if not counts or counts.most_common(1)[0][1] < MIN_SERIES:
        return frozenset(), frozenset()
    chosen = counts.most_common(1)[0][0]
    members = [index for index, key in keys if key == chosen]
    nested = {
        index for index, _ in headings if members[0] < index < members[-1] and index not in members
    }
    return frozenset(members), frozenset(nested)
