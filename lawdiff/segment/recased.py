"""Headings whose case is not the usual one: a brief whose argument points are printed in
title case ("The Claim Is Time-Barred") where most print them in capitals.

Pure text tests; the walker (:mod:`lawdiff.segment.walker.unnumbered_headings`) asks them
only for a line standing alone between blank lines under the argument's umbrella heading,
before any numbered point, over a paragraph of body text.
"""

from __future__ import annotations

import re

from lawdiff.segment import patterns
from lawdiff.segment.sentences import is_strict_title

# A point's title holds at least this many words ("Laches Bars Recovery"); two capitalised
# words alone are a name or a closing ("Respectfully Submitted", "Jane Doe").
MIN_POINT_WORDS = 3
# Lines in title case that are no point: a closing, a signature or date line, a party's
# name with its entity ("Castor Mills, Inc."), a case name.
NOT_A_POINT = (
    re.compile(r"^(?:Respectfully|Dated|Date|Signed|Submitted|By|Sincerely)\b", re.IGNORECASE),
    re.compile(r"\b(?:Inc|LLC|L\.L\.C|LLP|Corp|Co|Ltd|N\.A)\.?\s*,?\s*$"),
    re.compile(r"\bv\.?\s", re.IGNORECASE),
    re.compile(r"^/s/|\bEsq\b|\(\d{3}\)\s*\d{3}|@"),
)

# A statute's section closing a point ("… Required by § 39-2-911(2), MCA", "… Under 42
# U.S.C. § 1983"): the statute the point invokes, read apart from the title before it.
STATUTE_END = re.compile(
    r"\s+(?:(?:[A-Z][A-Za-z]*\.){1,5}\s+)?(?:[Ss]ection|§{1,2})\s*\d[\w.:-]*"
    r"(?:\([A-Za-z0-9]{1,4}\))*(?:,\s*[A-Z]{2,5})?\s*$"
)

CITE_SIGNAL_END = re.compile(r"\b(?:[Ss]ee(?:\s+also)?|[Cc]f\.|[Cc]ompare)\s*$")


def is_title_case_point(text: str) -> bool:
    """True when ``text`` (one line of plain text) reads as an argument point printed in
    title case: a strict title (nearly every longer word capitalised, no citation, no
    record cite: "Accordingly, the Motion (ECF No. 9) is GRANTED …" is a sentence),
    three words or more, no dot leader, not ending as a clause does ("," or ";"), and
    none of the lines :data:`NOT_A_POINT` lists. A statute's section may close it
    (:data:`STATUTE_END`); the title is read without it."""
    statute = STATUTE_END.search(text)
    if statute is not None:
        text = text[: statute.start()]
        if CITE_SIGNAL_END.search(text):
            return False  # "… Is Clear. See § 12": a citation sentence after the title
    words = patterns.WORD.findall(text)
    if len(words) < MIN_POINT_WORDS or not is_strict_title(text):
        return False
    if text.rstrip().endswith((",", ";")) or patterns.LEADER_DOTS.search(text):
        return False
    if patterns.CITATION_HINT.search(text) or "§" in text or "¶" in text:
        return False
    return not any(pattern.search(text) for pattern in NOT_A_POINT)
