"""Where ``lawdiff evaluate rulings`` loses an argument: was the sentence the court decided in
among the sentences lawdiff credited to the argument, and was its label right?

Every gold argument carries evidence quotes (the sentences that rule, at most 25 words, with
"…" where words are left out). An argument is put where its gold evidence lies: among the
sentences its ruling *shows* as evidence (lawdiff read the deciding sentence and used it), in
an order section *linked* to it (credited to it, but not what decided), or *elsewhere* in the
order (never credited to it: the argument was matched to the wrong sentences or sections).
Its label is then right, wrong on the kind of decision (mixed, not reached or not addressed on
either side), or wrong on the side (movant for respondent or the reverse). A miss whose gold
sentence lies elsewhere is lost to attribution; one whose gold sentence was credited is lost
in reading that sentence's verdict or side, or in combining the sentences.

Pure functions over plain strings, so that any stage's evaluation could use them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

PLACES = ("shown", "linked", "elsewhere", "no quote")
_PLACE_NAMES = {
    "shown": "gold sentence shown as the ruling's evidence",
    "linked": "gold sentence in a section linked to it",
    "elsewhere": "gold sentence not credited (attribution)",
    "no quote": "no gold evidence quote",
}
DECISIONS = frozenset({"mixed", "not_reached", "not_addressed"})
_WORD = re.compile(r"[a-z0-9]+")
_ELLIPSIS = re.compile(r"…|\.\.\.")
_LEAD_WORDS = 8  # a quote fragment is found by its first words (a page break may follow)
_FEWEST_WORDS = 3  # shorter fragments ("The", "Taken") say nothing


@dataclass(frozen=True)
class Credited:
    """One gold argument: where its gold evidence lies, and its gold and predicted labels."""

    place: str  # one of PLACES
    gold: str
    guess: str

    @property
    def outcome(self) -> str:
        """ "right", "decision" (a mixed / not reached / not addressed label on either side) or
        "side" (one side read for the other)."""
        if self.gold == self.guess:
            return "right"
        return "decision" if DECISIONS & {self.gold, self.guess} else "side"


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))


def fragments(quote: str) -> list[str]:
    """The pieces of a quote between its ellipses, each as its first words, normalised."""
    pieces = (_WORD.findall(p.lower().replace("’", "'")) for p in _ELLIPSIS.split(quote))
    return [" ".join(p[:_LEAD_WORDS]) for p in pieces if len(p) >= _FEWEST_WORDS]


def quoted_in(quotes: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether any piece of any quote stands in one of ``texts`` (case and punctuation
    aside)."""
    wanted = [f for quote in quotes for f in fragments(quote)]
    return any(f in _words(text) for text in texts for f in wanted)


def credit_place(quotes: Sequence[str], shown: Sequence[str], linked: Sequence[str]) -> str:
    """Where the gold evidence lies: among the ruling's evidence sentences (``shown``), in the
    text of the sections linked to the argument (``linked``), elsewhere, or "no quote"."""
    if not any(fragments(q) for q in quotes):
        return "no quote"
    if quoted_in(quotes, shown):
        return "shown"
    return "linked" if quoted_in(quotes, linked) else "elsewhere"


def stage_lines(rows: Sequence[Credited]) -> list[str]:
    """One short table: per place of the gold evidence, arguments, right, and the misses by
    kind (decision, side)."""
    counts = Counter((r.place, r.outcome) for r in rows)
    head = f"  {'':46}{'n':>6}{'right':>7}{'wrong: decision':>17}{'wrong: side':>13}"
    lines = [head]
    for place in PLACES:
        n = sum(counts[(place, o)] for o in ("right", "decision", "side"))
        if n:
            lines.append(
                f"  {_PLACE_NAMES[place]:46}{n:>6}{counts[(place, 'right')]:>7}"
                f"{counts[(place, 'decision')]:>17}{counts[(place, 'side')]:>13}"
            )
    return lines
