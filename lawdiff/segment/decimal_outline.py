"""A decimal outline that numbers a brief's own sections ("1. BACKGROUND", "3.1 …",
"3.1.1 …"): its depth is read from its numbers alone.

Such a brief may open with an unnumbered heading or title line before its first number (a
short INTRODUCTION, a MEMORANDUM OF POINTS AND AUTHORITIES line after the notice of motion);
"1." is still the outline's top level, not a point under that heading, as a roman "I." under
ARGUMENT is. The outline is read so when its "N." lines number a known section of a brief
(BACKGROUND, ARGUMENT, CONCLUSION) and a decimal sub-point "N.M" sits under one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawdiff.segment import patterns

_SUB_POINT = re.compile(r"^\s*(?P<top>\d{1,2})\.\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_TOP_POINT = re.compile(r"^\s*(?P<top>\d{1,2})\.\s+(?P<title>\S.*?)\s*$")


def numbers_own_sections(texts: Sequence[str]) -> bool:
    """True when the body lines ``texts`` hold a decimal outline whose "N." lines number the
    brief's own sections: one of them a known section heading, a "N.M" line under one."""
    tops: set[str] = set()
    known = False
    for text in texts:
        match = _TOP_POINT.match(text)
        if match is not None and len(match["title"]) <= 80:
            tops.add(match["top"])
            known = known or bool(patterns.KNOWN_HEADING.match(match["title"]))
    subs = {match["top"] for text in texts if (match := _SUB_POINT.match(text)) is not None}
    return known and bool(tops & subs)
