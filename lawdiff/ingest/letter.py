"""What a letter to the court says it is.

A letter brief (a D.N.J. letter in lieu of a formal brief, a letter motion) has no title under
a caption: the firm's letterhead, the judge's address, a "Re:" line naming the case (and often
the paper: "Opposition to Plaintiff's Motion for Leave to Amend"), "Dear Judge …:", then a first
paragraph saying what the letter is ("please accept this letter brief … in support of
Harborline's motion for leave …"). Those two places are where its role is read.
"""

from __future__ import annotations

from lawdiff.ingest.patterns import LETTER_GREETING, LETTER_REGARDING, LETTER_SALUTATION


def letter_text(head: str) -> str:
    """The "Re:" block and the first paragraph after the salutation of the letter ``head``
    opens, each on one line; "" when ``head`` holds no salutation to the court, or when its
    first greeting is to someone else (chambers writing to counsel, quoting counsel's letter)."""
    lines = head.split("\n")
    at = next((i for i, line in enumerate(lines) if LETTER_GREETING.match(line)), None)
    if at is None or not LETTER_SALUTATION.match(lines[at]):
        return ""
    regarding = next((i for i, line in enumerate(lines[:at]) if LETTER_REGARDING.match(line)), None)
    opening = next((i for i in range(at + 1, len(lines)) if lines[i].strip()), None)
    return "\n".join(block for block in (_block(lines, regarding), _block(lines, opening)) if block)


def _block(lines: list[str], start: int | None) -> str:
    """The lines from ``start`` to the next blank line, on one line ("" for no start)."""
    if start is None:
        return ""
    block: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            break
        block.append(line.strip())
    return " ".join(block)
