"""A Missouri point relied on (Rule 84.04(d)), repeated as the heading of its argument.

The rule prescribes the point's words: "The trial court erred in [the ruling] because [the
legal reasons], in that [why they apply]." One long sentence (40 to 60 words is common), too
long and too much like prose for the rules of ordinary sentence headings, but its formula
tells it from body text: a paragraph that says the court erred does not go on with both
"because" and "in that" and end there.
"""

from __future__ import annotations

import re

from lawdiff.segment.sentences import first_sentence_end

# "The trial court erred in …", "The circuit court abused its discretion in …", "The
# Commission erred in …": then "because …" and, later, "in that …".
_FORMULA = re.compile(
    r"^The\s+(?:[A-Za-z'-]+\s+){0,3}?(?:[Cc]ourt|[Cc]ommission|[Bb]oard|[Jj]udge)\s+"
    r"(?:erred|abused\s+its\s+discretion)\s+(?:in|by)\b.*?\bbecause\b.*\bin\s+that\b",
    re.DOTALL,
)
# The section listing the points before the argument ("POINTS RELIED ON").
RELIED_ON_LIST = re.compile(r"^\s*POINTS?\s+RELIED\s+(?:ON|UPON)\b", re.IGNORECASE)
# A point relied on holds at most this many words.
MAX_WORDS = 90


def is_point_relied_on(title: str) -> bool:
    """True when ``title`` (a numbered line's text after its number) is a point relied on:
    the formula, one sentence ending with a period, not too long."""
    text = " ".join(title.split())
    if not text.endswith(".") or len(text.split()) > MAX_WORDS:
        return False
    return bool(_FORMULA.match(text)) and first_sentence_end(text) is None
