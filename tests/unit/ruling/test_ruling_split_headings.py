"""The thirty-seventh pass: a heading whose point the court split across its sub-arguments.

A motion granted in part often splits a heading's point by count, defendant or period: the
court finds for the movant on one sub-argument and for the respondent on another, and the
heading's own sentence ("The contract claim survives.") speaks for one half only. The heading
is then *mixed*; its own one-sided cue no longer decides it. A small order written for this
rule; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")
ORDER = [
    "The Court agrees with Chirrup that Stratus owes the unpaid balance under the supply contract.",
    "Chirrup has shown that the spring invoices are due; Stratus offers no evidence that the "
    "spring deliveries were defective.",
    "Chirrup has not shown that the autumn deliveries were accepted, and a genuine dispute "
    "of material fact remains on the autumn invoices.",
]
ARGUMENTS = [
    segment_info(1, "Stratus Owes the Unpaid Balance Under the Supply Contract", document=2),
    segment_info(2, "The Spring Invoices Are Due", parent=1, document=2),
    segment_info(3, "The Autumn Invoices Are Due", parent=1, document=2),
]


def _sides(disposition: DispositionKind) -> list[Side]:
    order = [segment_info(10 + i, text=t, document=1) for i, t in enumerate(ORDER)]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    rulings = rule_arguments(text, ARGUMENTS, {}, PARTIES, BOOK, disposition)
    return [r.side for r in rulings]


def test_a_heading_split_by_its_sub_arguments_is_mixed_when_granted_in_part() -> None:
    assert _sides(DispositionKind.GRANTED_IN_PART) == [Side.MIXED, Side.MOVANT, Side.RESPONDENT]


def test_the_heading_keeps_its_own_cue_when_the_motion_is_decided_whole() -> None:
    assert _sides(DispositionKind.GRANTED)[0] is Side.MOVANT
