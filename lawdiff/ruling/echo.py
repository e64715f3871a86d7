"""The court restating an argument's heading as its own finding.

"The goods are related." under the heading "Coffee and Craft Beer Are Related Goods Sold in the
Same Channels" carries no cue, yet the court adopts the argument; "The goods are not related."
would reject it. A sentence about an argument, not reporting a party's position, most of whose
words are the heading's, is read as adopting the heading's side, or the other side when one of
the two is negated and the other is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lawdiff.core.rulings import OPPOSITE, Evidence, Side
from lawdiff.ruling.evidence import NEGATION, REPORTING_VERBS, Reading
from lawdiff.ruling.matching import stems
from lawdiff.ruling.sentences import Sentence

ECHO_WEIGHT = 0.6
_SHARE = 0.6  # of the sentence's own words that must be the heading's
_NEGATION = re.compile(NEGATION, re.IGNORECASE)
_REPORTED = re.compile(rf"\b{REPORTING_VERBS}\b", re.IGNORECASE)
# a finding has a verb; a run-in topic label ("Compulsory process.") has none
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|does|do|did|will|would|can|could|may|must|"
    r"shall|should|adalah|merupakan)\b|\b\w{3,}(?:ed|es)\b",
    re.IGNORECASE,
)


def echo_reading(
    sentence: Sentence,
    heading: str,
    side: Side,
    gloss: Sequence[tuple[str, str]] = (),
    ignore: Iterable[str] = (),
) -> Reading | None:
    """The side a sentence takes by restating ``heading`` (an argument of ``side``), or None
    when it does not restate it (fewer than two of its words, or under ``_SHARE`` of them, are
    the heading's), reports a party's position ("Emberoak argues that …") or has no verb (a
    run-in topic label)."""
    if side not in OPPOSITE or _REPORTED.search(sentence.text) or not _FINITE.search(sentence.text):
        return None
    ignored = list(ignore)
    said = stems(sentence.text, gloss, ignored)
    shared = said & stems(heading, ignore=ignored)
    if len(shared) < 2 or len(shared) < _SHARE * len(said):
        return None
    denied = bool(_NEGATION.search(sentence.text)) != bool(_NEGATION.search(heading))
    adopted = OPPOSITE[side] if denied else side
    evidence = Evidence(sentence.text, sentence.page, sentence.line, "", adopted)
    return Reading(adopted, ECHO_WEIGHT, evidence)
