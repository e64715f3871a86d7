"""A caption's field lines: the one rule for where a caption's title stops and its fields begin.

Beside or under a filing's title, a caption prints fields that name no document: the hearing's
"Date:", "Time:", "Judge:", "Courtroom:", "Hearing Date:", the W.D. Wash. "NOTE ON MOTION
CALENDAR" and "ORAL ARGUMENT REQUESTED", a complaint's "JURY TRIAL DEMANDED". Ingest stops a
title at the first of them and never takes one for the title; the segmenter ends the caption
after the last of them. Both ask :func:`is_field_cell` (one column of a caption line) or
:func:`has_field_cell` (any column of a visual line), so the two stages cannot drift apart.
"""

from __future__ import annotations

import re

# The labels of a caption's fields, each printed before a colon ("Date:", "Dept.:").
_LABEL = (
    r"(?:Date|Time|Judge|Courtroom|Ctrm|Crtrm|Dept|Place|Hearing(?:\s+Date)?|Action\s+Filed"
    r"|Trial\s+Date|Complaint\s+Filed|Note\s+on\s+Motion\s+Calendar|Noted\s+for\s+Consideration)"
)
# Fields printed with no colon: a banner line of its own.
_BANNER = (
    r"(?:NOTE\s+ON\s+MOTION\s+CALENDAR|ORAL\s+ARGUMENT\s+(?:IS\s+)?REQUESTED"
    r"|JURY\s+(?:TRIAL\s+)?DEMAND|DEMAND\s+FOR\s+JURY)"
)
# What opens a field cell: a label and its colon, or a banner.
_FIELD = rf"(?:{_LABEL}\.?\s*:|{_BANNER})"

FIELD_CELL = re.compile(rf"\s*{_FIELD}", re.IGNORECASE)
# A field in any column of a visual line: at its start, after a tab or after a wide gap.
FIELD_IN_LINE = re.compile(rf"(?:^|\t|\s{{3}})\s*{_FIELD}", re.IGNORECASE)


def is_field_cell(cell: str) -> bool:
    """Whether one column of a caption line is a field, not title text.

    A field opens with a known label and its colon ("Hearing Date: May 5"), is a banner
    ("JURY TRIAL DEMANDED"), or is a label alone whose value is printed in the other column
    (it ends in a colon: "HEARING DATE:").

    Args:
        cell: one column of a caption line (a tab, a ")" or a wide gap separates columns).

    Returns:
        True for a field line.
    """
    return FIELD_CELL.match(cell) is not None or cell.rstrip().endswith(":")


def has_field_cell(line: str) -> bool:
    """Whether any column of a visual line opens with a caption field ("Date: …", "NOTE ON
    MOTION CALENDAR"); a line merely ending in a colon ("TO ALL PARTIES …:") is none here,
    since a whole line can be a salutation, not a label.

    Args:
        line: one visual line, its columns separated by tabs or wide gaps.

    Returns:
        True when a column of the line is a caption field.
    """
    return FIELD_IN_LINE.search(line) is not None
