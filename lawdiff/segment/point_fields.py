"""The labels of a point's procedural fields, in one place.

An appellate brief may open each assignment of error or issue with fields a court's rule asks
for: how the error was preserved and the standard of review (ORAP 5.45(4): "Preservation of
Error." and "Standard of Review." run in at the head of a paragraph under each assignment;
Ky. CR 76.12(4)(c)(v) "Preservation: …"; a Utah statement of the issues' "Standard of Review:
Correctness."). Such a label is the paragraph's, never a heading of the outline, whatever its
title case says: the point's headings are the assignment and its lettered sub-points.

The assignment itself may be quoted as a sentence under its word enumerator, a blank line
between (ORAP 5.45(3): "FIRST ASSIGNMENT OF ERROR", then "The trial court erred in …"): the
enumerator's line is the heading, the statement the point's first paragraph.

A standard of review set alone on its line ("STANDARD OF REVIEW", "Standard of review" above
its paragraph) is a section heading and is no field: only a label run in with its text is,
unless the same label in mixed case stands alone again further on (a Missouri brief's
"Standard of Review" and "Preservation" lines under every point, Rule 84.04(e)): a label the
points repeat is a field of each point, the text of the point above it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from lawdiff.segment.front_matter import alternation
from lawdiff.segment.lines import is_title_case, is_upper_text
from lawdiff.segment.sentences import is_strict_title

# How the issue was preserved below.
PRESERVATION_LABELS: tuple[str, ...] = (
    r"Preservation(?:\s+of\s+(?:the\s+)?(?:Error|Issues?|Argument))?",
    r"Issues?\s+Preserved",
    r"Issue\s+Preservation",  # MCR 7.212(C)(7)'s preservation, as Michigan briefs label it
)
# The standard the court reviews the ruling by.
REVIEW_LABELS: tuple[str, ...] = (
    r"(?:Scope\s+and\s+)?Standards?\s+of\s+Review",
    r"Scope\s+of\s+Review",
)

# One field label, or two a point states together ("Preservation and Standard of Review.", a
# New Mexico answer brief's, Rule 12-318(A)(4) NMRA; "Standard of Review and Preservation").
_FIELD_LABEL = alternation(PRESERVATION_LABELS + REVIEW_LABELS)
_FIELD_LABELS = _FIELD_LABEL + r"(?:\s+(?:and|&)\s+" + _FIELD_LABEL + r")?"

# A field label run in at a paragraph's head, a period after it and the field's text going on
# on the line ("Preservation of Error. Plaintiff opposed the motion …").
RUN_IN_FIELD = re.compile(r"^\s*(?i:" + _FIELD_LABELS + r")\.\s+[“\"(]?[A-Z0-9]")


# A field label, a colon after it and the field's text on the line ("Preservation: Preserved
# by … (R. 129-31).", "Issue Preservation: Preserved.", "Standard of Review: De Novo."): the
# text of the point or issue above wherever it stands, however short and title-cased.
COLON_FIELD = re.compile(r"^\s*(?i:" + _FIELD_LABELS + r")\s*:\s*\S")


# A field label alone on its line, a period or colon after it at most ("Standard of Review",
# "Preservation").
_LONE_FIELD = re.compile(r"^\s*(?i:(?P<label>" + _FIELD_LABELS + r"))[.:]?\s*$")


def repeated_lone_fields(lines: Sequence[str]) -> frozenset[int]:
    """The indices of ``lines`` holding a field label alone in mixed case whose label stands
    alone on another line too (every point's "Standard of Review", then its "Preservation"):
    fields the points repeat, no headings. A label in capitals is left to the outline."""
    found = {
        index: " ".join(match.group("label").lower().split())
        for index, text in enumerate(lines)
        if (match := _LONE_FIELD.match(text)) and not is_upper_text(text)
    }
    counts = Counter(found.values())
    return frozenset(index for index, label in found.items() if counts[label] > 1)


def is_run_in_field(text: str) -> bool:
    """True for a line opening with a point's field label run in with its text."""
    return RUN_IN_FIELD.match(text) is not None


def is_colon_field(text: str) -> bool:
    """True for a line opening with a point's field label, a colon and the field's text."""
    return COLON_FIELD.match(text) is not None


# A point's statement (an assignment of error quoted as a sentence under its word enumerator)
# opens with at least this many words on its first line: a short title is no statement.
STATEMENT_MIN_WORDS = 5


def is_point_statement(first_line: str) -> bool:
    """True for the first line of a point's statement set apart under its word enumerator
    ("FIRST ASSIGNMENT OF ERROR", a blank line, "The trial court erred in granting …", ORAP
    5.45(3); an answer's "Response to the Third Assignment of Error", a blank line, "The city
    concedes that …"): prose in sentence case, opening with a capital, not a title in
    capitals or title case ("The Court Erred in Refusing … under 14 M.R.S. § 6321-A." is a
    title). Whether it stands apart is for the caller to see."""
    text = first_line.strip()
    if len(text.split()) < STATEMENT_MIN_WORDS or not text[:1].isupper():
        return False
    return not (is_upper_text(text) or is_strict_title(text) or is_title_case(text))


# A field of a statement of the case, labelled in sentence case before a colon, its text a
# sentence after it (a Texas petition's "Trial court: The Honorable Lisa M. Gruber, 414th
# District Court, McLennan County.", "Court of appeals: Tenth Court of Appeals, Waco."): the
# label's second word or a later one in lower case shows it is no title.
_SENTENCE_LABEL = re.compile(
    r"^\s*(?P<label>[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+[a-z]{4,}):\s+[“\"(]?[A-Z0-9].*[.!?][”\"')]?\s*$"
)


def is_labelled_field(text: str) -> bool:
    """True for a line holding a field labelled in sentence case and its text ("Trial court:
    The Honorable …, McLennan County."): the text of a section, however its text is cased,
    no heading. A heading labelled so ("Issue one: the threshold") is no sentence."""
    return _SENTENCE_LABEL.match(text) is not None
