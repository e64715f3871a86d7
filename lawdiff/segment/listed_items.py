"""Lettered or numbered items of a list set out in one sentence, which are no headings: a
memorial's requests for relief ("20. The Claimant requests that the Tribunal:" over "(a)
DECLARE that …;", "(b) ORDER …;", "(c) ORDER … costs."), each item on the line right after the
one before, the items joined by semicolons."""

from __future__ import annotations

import re

# What a line ends with when the sentence goes on with the next item: a colon introducing
# the list, or an item's semicolon ("…;", "…; and", "…; or").
_INTRODUCES = re.compile(r"(?::|;(?:\s+(?:and|or))?)\s*$")
_ITEM_ENDS = re.compile(r";(?:\s+(?:and|or))?\s*$")


def is_listed_item(above: str | None, first_line: str) -> bool:
    """True when a numbered line is an item of a list in one sentence: the line right above
    it (``above``, None after a blank line) introduces the list or ends an item, and either
    this item's ``first_line`` ends with its own semicolon or the line above was an item's
    (the last item ends with the sentence's period). A heading after a paragraph ending in a
    colon is none: its title ends with no semicolon."""
    if above is None or not _INTRODUCES.search(above):
        return False
    return bool(_ITEM_ENDS.search(first_line) or _ITEM_ENDS.search(above))
