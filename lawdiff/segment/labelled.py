"""Headings that open with a label word and a number ("GROUND ONE:", "Exception No. 5:",
"CHAPTER II — THE FACTS") or name a labelled point after their letter ("A. First plea in
law, alleging …", "C. On the first and third pleas, alleging …"), and a known section's
title run in at the head of its paragraph ("Standard of review. In a disciplinary …").

Real filings number their points with many such words (Ground, Point, Issue, Plea, Exception,
Chapter, Objection): the label and its number make the line a heading whatever the words after
it, at the level the label keeps (:func:`lawdiff.segment.outline.readings`).
"""

from __future__ import annotations

from lawdiff.segment import patterns
from lawdiff.segment.sentences import first_sentence_end

# A claim sentence run in after its label ("GROUND ONE: I have exhausted my administrative
# remedies. On June 2, …") holds at most this many words, …
MAX_CLAIM_WORDS = 30
# … and its paragraph goes on with at least this many words on the same line.
MIN_BODY_WORDS = 3


def claim_run_in(title: str) -> tuple[int, int] | None:
    """Where the claim sentence after a word enumerator ends (past its period) and its
    paragraph starts, within ``title`` (the rest of the enumerator's line): a pro se motion's
    "GROUND ONE: I have exhausted my administrative remedies. On June 2, 2026 I gave …". The
    sentence opens with a capital; None when the line holds the title alone (or one long
    sentence), so that a title alone on its lines keeps wrapping as before."""
    found = first_sentence_end(title)
    if found is None or not title.lstrip()[:1].isupper():
        return None
    head, body = title[: found[0]], title[found[1] :]
    if len(patterns.WORD.findall(head)) > MAX_CLAIM_WORDS:
        return None
    if len(body.split()) < MIN_BODY_WORDS or not body.lstrip()[:1].isupper():
        return None
    return found


def names_labelled_point(title: str) -> bool:
    """True for a numbered heading's title that names the point it argues by its label and
    ordinal ("First plea in law, alleging a manifest error of assessment", "On the first and
    third pleas, alleging …"): a heading, though it reads as a clause of prose."""
    return bool(patterns.LABELLED_POINT_TITLE.match(title))


# A known section's title run in at a paragraph's head holds at least this many words (a
# one-word "Facts." is a topic label, for its siblings to vouch for).
KNOWN_RUN_IN_WORDS = 2


def known_run_in(text: str) -> tuple[int, int] | None:
    """Where a known section's title run in at the head of a paragraph ends (past its period)
    and the paragraph starts ("Standard of review. In a disciplinary proceeding this Court
    …"): a title :data:`~lawdiff.segment.patterns.KNOWN_HEADING` knows, of at least
    :data:`KNOWN_RUN_IN_WORDS` words, then a sentence opening with a capital."""
    found = first_sentence_end(text)
    if found is None:
        return None
    head, body = text[: found[0]], text[found[1] :]
    if len(patterns.WORD.findall(head)) < KNOWN_RUN_IN_WORDS or not head.endswith("."):
        return None
    if not patterns.KNOWN_HEADING.match(head) or not body[:1].isupper():
        return None
    return found
