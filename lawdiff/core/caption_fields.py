"""A caption's field lines: the one rule for where a caption's title stops and its fields begin.

Beside or under a filing's title, a caption prints fields that name no document: the hearing's
"Date:", "Time:", "Judge:", "Courtroom:", "Hearing Date:", the W.D. Wash. "NOTE ON MOTION
CALENDAR" and "ORAL ARGUMENT REQUESTED", a complaint's "JURY TRIAL DEMANDED". Ingest stops a
title at the first of them and never takes one for the title; the segmenter ends the caption
after the last of them. Both ask this module (:func:`is_field_cell` for one column of a
caption line, :func:`has_field_cell` for any column of a visual line), so the two stages
cannot drift apart. A jury demand stops a title but does not end a caption: it is also the
heading of a complaint's last section (:func:`is_jury_demand`).
"""

from __future__ import annotations

import re

# The labels of a caption's fields, each printed before a colon ("Date:", "Dept.:").
_LABEL = (
    r"(?:Date|Time|Judge|Courtroom|Ctrm|Crtrm|Dept|Place|Hearing(?:\s+Date)?|Action\s+Filed"
    r"|Trial\s+Date|Complaint\s+Filed|Note\s+on\s+Motion\s+Calendar|Noted\s+for\s+Consideration)"
)
# Hearing fields printed with no colon: a banner line of its own.
_HEARING_BANNER = r"(?:NOTE\s+ON\s+MOTION\s+CALENDAR|ORAL\s+ARGUMENT\s+(?:IS\s+)?REQUESTED)"
# A jury demand: a caption field, and also the heading of a complaint's last section.
_JURY_DEMAND = r"(?:JURY\s+(?:TRIAL\s+)?DEMAND|DEMAND\s+FOR\s+JURY)"
# What opens a field: a label and its colon, or a banner.
_FIELD = rf"(?:{_LABEL}\.?\s*:|{_HEARING_BANNER})"

FIELD_CELL = re.compile(rf"\s*(?:{_FIELD}|{_JURY_DEMAND})", re.IGNORECASE)
# A field in any column of a visual line: at its start, after a tab, after a wide gap or
# after the ")" of a caption box ("                )  Dept.: C22").
FIELD_IN_LINE = re.compile(rf"(?:^|\t|\s{{3}}|\)\s+)\s*{_FIELD}", re.IGNORECASE)
JURY_DEMAND = re.compile(_JURY_DEMAND, re.IGNORECASE)


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
    MOTION CALENDAR"), so that the caption runs at least to this line.

    Two kinds of field cell are left out: a line merely ending in a colon ("TO ALL PARTIES
    …:") may be a salutation rather than a label, and a jury demand may be the heading of
    the complaint's last section, which on a short page would pass for the caption's end.

    Args:
        line: one visual line, its columns separated by tabs or wide gaps.

    Returns:
        True when a column of the line is a caption field.
    """
    return FIELD_IN_LINE.search(line) is not None


def is_jury_demand(text: str) -> bool:
    """Whether ``text`` holds a jury demand ("JURY TRIAL DEMANDED", "DEMAND FOR JURY
    TRIAL"): a caption field or a complaint's closing heading, never where a body starts."""
    return JURY_DEMAND.search(text) is not None
