"""The title of a filing pasted from an online research service.

A brief copied from Westlaw opens with the service's citation line ("2025 WL 4418832
(N.D.Ill.) (Trial Motion, Memorandum and Affidavit)"), then the court, the parties in mixed
case, the docket number and the date ("September 22, 2025."); the title follows on its own
line in title case ("Defendant's Memorandum of Law in Support of Its Motion to Dismiss"),
never in the upper-case caption block a title is read from.
"""

from __future__ import annotations

import re

# The service's citation line, first in the text: year, "WL", document number, court.
SERVICE_CITATION = re.compile(r"^\s*\d{4}\s+WL\s+\d+\s+\(")
# The filing date on a line of its own.
DATE_LINE = re.compile(
    r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+\d{4}\.?\s*$"
)
# The title follows the date within this many lines of text.
HEAD_LINES = 20


def pasted_title(head: str) -> str:
    """The line after the date in a research-service paste that ``head`` opens; "" when
    ``head`` is no such paste."""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    if not lines or not SERVICE_CITATION.match(lines[0]):
        return ""
    for index, line in enumerate(lines[:HEAD_LINES]):
        if DATE_LINE.match(line) and index + 1 < len(lines):
            return lines[index + 1]
    return ""
