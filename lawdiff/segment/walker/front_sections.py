"""Mixed-case sub-headings of a front-matter section printed in capitals.

A brief whose top headings are in capitals may split a front-matter section under sub-headings
in title case that are section names themselves: a Wyoming STATEMENT OF THE CASE over "Nature of
the Case", "Course of Proceedings" and "Statement of the Facts", a New Mexico
SUMMARY OF PROCEEDINGS over "Nature of the Case" right below it (Rule 12-318(A)(3) NMRA). Such a
known name in mixed case is a sub-heading there, not a top heading beside the section: the first
right under the section's title (no text of the section before it), the next after a sibling in
mixed case. A known heading in mixed case after the section's own text, or under an umbrella,
a memorandum or a closing heading, keeps the rules that place it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawdiff.core.model import SegmentKind
from lawdiff.segment import patterns
from lawdiff.segment.blocks import Block
from lawdiff.segment.lines import is_upper_text

# The label of a brief's part before its title in one heading (a Georgia "PART ONE" line
# joined with the title below it).
PART_PREFIX = re.compile(
    r"^\s*PART\s+(?:ONE|TWO|THREE|FOUR|FIVE|SIX|[IVX]{1,4}|\d{1,2})\s*[.:]?\s+"
)


# A front section that supplements the one above it, set after that section's own text (an
# Oregon answering brief's STATEMENT OF THE CASE accepting the appellant's, then its
# "Supplemental Statement of Facts").
SUPPLEMENT = re.compile(r"^\s*Supplement(?:al|ary)\s+Statement\b", re.IGNORECASE)


def is_front_section(heading: str) -> bool:
    """True for a front-matter section's title in capitals (STATEMENT OF THE CASE): a known
    heading gathering no argument (no umbrella, memorandum or closing heading)."""
    heading = PART_PREFIX.sub("", heading)  # "PART ONE STATEMENT OF THE CASE AND FACTS"
    if not is_upper_text(heading) or not patterns.KNOWN_HEADING.match(heading):
        return False
    gathers = (patterns.UMBRELLA_HEADING, patterns.MEMORANDUM_HEADING, patterns.CLOSING_HEADING)
    return not any(pattern.match(heading) for pattern in gathers)


def under_front_section(
    blocks: Sequence[Block], top: int | None, section: int | None, text: str
) -> bool:
    """True when the known heading ``text``, in mixed case, is a sub-heading of the top heading
    ``top``: a front-matter section in capitals whose last block (``section``) is its own title
    (nothing of its text read yet) or a sub-heading in mixed case under it."""
    if top is None or section is None or is_upper_text(text):
        return False
    if not is_front_section(blocks[top].heading):
        return False
    if section == top:
        # right under the title, no paragraph between; after the section's own text, only
        # a section that supplements it ("Supplemental Statement of Facts")
        return len(blocks) == top + 1 or bool(SUPPLEMENT.match(text))
    block = blocks[section]
    return (
        block.kind == SegmentKind.HEADING
        and block.parent == top
        and not is_upper_text(block.heading)
    )
