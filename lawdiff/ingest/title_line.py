"""A title printed in title case on a line of its own, above the opening of the filing.

An e-filing portal's text view (a Texas county clerk's, for one) gives the caption one cell a
line and the title in title case ("Contestant's Response to Proponent's Motion for Summary
Judgment"), never in the upper-case block a title is read from; the salutation ("To the
Honorable Judge of Said Court:") or the first paragraph follows it. Such a line is the title
when it names a role and nothing of the body has begun above it.

The courts of the European Union run a title in: its document word in capitals goes on in lower
case ("APPEAL against the judgment of the General Court of 5 March 2025", "ACTION brought on
…"). Such a line is the title when the capitals open a role's cue, above the body; below
a court's own heading ("JUDGMENT OF THE COURT (Fourth Chamber)") it restates the action the
judgment decides ("APPLICATION under Article 263 TFEU …"), and is no title.
"""

from __future__ import annotations

import re

from lawdiff.ingest.patterns import ORDER_IN_TEXT, ROLE_CUES

# A run-in title: a capitalised word of four letters or more, then a lower-case word.
RUN_IN = re.compile(r"^[A-Z]{4,}\s+[a-z]")
# What may open a filing's body right below its title.
OPENING = re.compile(
    r"^\s*(?:TO\s+THE\s+HONOU?RABLE|(?:NOW\s+)?COMES?\s+NOW|NOW\s+COMES?|MAY\s+IT\s+PLEASE)\b",
    re.I,
)
# The title lies within this many lines of text from the top.
HEAD_LINES = 25
# A line of this many words or more is a paragraph: the body has begun.
PARAGRAPH_WORDS = 25
# Words a title case line leaves in lower case.
SMALL_WORDS = frozenset(
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
        "upon",
        "with",
        "its",
        "his",
        "her",
        "their",
    ]
)


def _title_case(line: str) -> bool:
    """Mixed case, every word but the small ones capitalised; 4 to 24 words, no closing
    sentence mark."""
    words = line.split()
    if not 4 <= len(words) < PARAGRAPH_WORDS or line.isupper() or line.rstrip()[-1] in ".,;:":
        return False
    return all(
        word[0].isupper() or word.lower() in SMALL_WORDS for word in words if word[0].isalpha()
    )


def _opens_body(line: str) -> bool:
    """A salutation or the first paragraph."""
    return bool(OPENING.match(line)) or len(line.split()) >= PARAGRAPH_WORDS


def title_case_title(head: str) -> str:
    """The title case line naming a role right above the opening of the filing ``head``
    begins; "" when there is none before the body begins."""
    lines = [line.strip() for line in head.split("\n") if line.strip()][:HEAD_LINES]
    for index, line in enumerate(lines[:-1]):
        if _opens_body(line):
            return ""
        if (
            _title_case(line)
            and _opens_body(lines[index + 1])
            and any(cue.search(line.upper()) for _, cue in ROLE_CUES)
        ):
            return line
    return ""


def run_in_title(head: str) -> str:
    """The run-in title line whose capitals open a role's cue, before the body of the filing
    ``head`` or a court's own heading begins; "" when there is none."""
    lines = [line.strip() for line in head.split("\n") if line.strip()][:HEAD_LINES]
    for line in lines:
        if _opens_body(line) or ORDER_IN_TEXT.search(line):
            return ""
        if RUN_IN.match(line) and any(
            (match := cue.search(line.upper())) and match.start() == 0 for _, cue in ROLE_CUES
        ):
            return line
    return ""
