"""Split verdicts in the court's own words (issue 15, thirty-fourth pass).

The thirty-fourth pass's diagnostic found the largest loss on the tuning orders in arguments the
gold calls *mixed* that lawdiff read for one side, with the deciding sentence credited to the
argument but read with no cue: "We agree in part.", "Each is half right.", "The two claims fare
differently.", "Neither reading is compelled by the text." Sentences written for these rules,
each read both ways: as a split, and in the same words where they decide for one side.
"""

from __future__ import annotations

import pytest

from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.parties import party_names
from tests.rulingbases import sentence_side

BOOK = load_rulebook()
# Chirrup moves (plaintiff), Stratus opposes (defendant)
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")


@pytest.mark.parametrize(
    "text",
    [
        "We agree in part.",
        "The Court agrees in part.",
        "Each is half right.",
        "That is only half right.",
        "Chirrup's two contract theories fare differently.",
        "Chirrup points to two episodes, and they come out differently.",
        "Change Orders 4 and 6 stand differently.",
        "Neither reading is compelled by the text.",
        "Neither party's interpretation of the clause is correct.",
    ],
)
def test_a_split_verdict_reads_mixed(text: str) -> None:
    assert sentence_side(text) is Side.MIXED


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a reason, not a split: "in part because …"
        ("The Court agrees with Stratus, in part because the record is silent.", Side.RESPONDENT),
        ("The Court agrees with Chirrup.", Side.MOVANT),
        # no verdict at all
        ("The agreement was performed in part before the dispute arose.", None),
        ("Chirrup stands by its reading of the clause.", None),
        # one point set against the others is decided, not split
        ("The penny stock bar stands differently.", None),
    ],
)
def test_the_same_words_without_a_split_do_not_read_mixed(text: str, side: Side | None) -> None:
    assert sentence_side(text) is side
