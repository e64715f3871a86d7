"""Lettered or numbered items of a list set out in one sentence, which are no headings: a
memorial's requests for relief ("20. The Claimant requests that the Tribunal:" over "(a)
DECLARE that …;", "(b) ORDER …;", "(c) ORDER … costs."), each item on the line right after the
one before, the items joined by semicolons; or a list of questions set one to a line (a
Canadian memorandum's PART II – POINTS IN ISSUE: "(a) Did the Judge err in …?" right over "(b)
Did the Judge err in …?"), where a question argued as a heading stands apart."""

from __future__ import annotations

import re

from lawdiff.segment import patterns

# What a line ends with when the sentence goes on with the next item: a colon introducing
# the list, or an item's semicolon ("…;", "…; and", "…; or").
_INTRODUCES = re.compile(r"(?::|;(?:\s+(?:and|or))?)\s*$")
_ITEM_ENDS = re.compile(r";(?:\s+(?:and|or))?\s*$")
# A written case's reason (UK Supreme Court, Privy Council): "(1) BECAUSE …", the word in
# capitals, whatever each reason ends with (a point in capitals, "2. BECAUSE THE … DISPOSES OF
# ASYLUM, …", is no reason).
_REASON = re.compile(r"^\s*\(?\d{1,2}[.)]\s+BECAUSE\s+\S")


def is_listed_item(above: str | None, first_line: str, below: str | None = None) -> bool:
    """True when a numbered line is an item of a list in one sentence: the line right above
    it (``above``, None after a blank line) introduces the list or ends an item, and either
    this item's ``first_line`` ends with its own semicolon or the line above was an item's
    (the last item ends with the sentence's period). A heading after a paragraph ending in a
    colon is none: its title ends with no semicolon. A question is an item when the line
    right above or right below it (``below``; None before a blank line) is a numbered
    question too. An item ending with its semicolon right over the next numbered line is one
    too, whatever is above it (the first of a written case's reasons), and so is a written
    case's reason opening with BECAUSE in capitals."""
    if _is_question(first_line) and any(_numbered_question(other) for other in (above, below)):
        return True
    if _ITEM_ENDS.search(first_line) and below is not None and _enumerated(below):
        return True  # "(1) BECAUSE …;" right over "(2) BECAUSE …;" under REASONS: the first
    if _REASON.match(first_line) and first_line.upper() != first_line:
        return True  # "(2) BECAUSE the Authority established …." ending with its period
    if above is None or not _INTRODUCES.search(above):
        return False
    return bool(_ITEM_ENDS.search(first_line) or _ITEM_ENDS.search(above))


def _is_question(line: str) -> bool:
    return line.rstrip().endswith("?")


def _numbered_question(line: str | None) -> bool:
    """True for a line holding a whole numbered question ("(b) Did the Judge err …?")."""
    return line is not None and _is_question(line) and bool(patterns.ENUMERATOR_START.match(line))


def _enumerated(line: str) -> bool:
    return bool(patterns.ENUMERATOR_START.match(line))


def is_clause_item(title: str, previous: str | None) -> bool:
    """True for a labelled item of a list in one sentence set one to a paragraph, blank lines
    between ("Issue 1: whether the relationship … vicarious liability;" … "Issue 4: whether
    the Court of Appeal was entitled …."): its ``title`` a clause opening in lower case that
    ends with an item's semicolon, or that follows such an item (``previous``, the text of
    the line before it; the last item ends with the sentence's period)."""
    text = title.strip()
    if not text[:1].islower():
        return False
    return bool(_ITEM_ENDS.search(text)) or (
        previous is not None and bool(_ITEM_ENDS.search(previous))
    )
