"""Where ``lawdiff evaluate rulings`` loses an argument: the gold evidence sentence shown as the
ruling's evidence, in a section linked to the argument, or never credited to it."""

from __future__ import annotations

import pytest

from lawdiff.evaluation.evidencestages import (
    Credited,
    credit_place,
    fragments,
    quoted_in,
    stage_lines,
)

SHOWN = ["The Court agrees with Stratus that the bond is too low."]
LINKED = [
    "Chirrup argues that no bond is needed.\n The Court agrees with Stratus that the bond is "
    "too low. A bond of $50,000 is required.",
]


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            "The Court agrees with Stratus that the bond is too low.",
            ["the court agrees with stratus that the bond"],
        ),
        (
            "… the bond is too low … A bond of $50,000 is required",
            ["the bond is too low", "a bond of 50 000 is required"],
        ),
        ("The … Taken", []),  # one-word pieces find nothing
    ],
)
def test_a_quote_is_found_by_the_first_words_of_each_piece(quote: str, expected: list[str]) -> None:
    assert fragments(quote) == expected


def test_a_quote_matches_across_case_punctuation_and_line_breaks() -> None:
    assert quoted_in(
        ["the Court agrees with  Stratus’s"], ["THE COURT AGREES WITH\nStratus's view."]
    )
    assert not quoted_in(["The Court agrees with Chirrup"], SHOWN)


@pytest.mark.parametrize(
    ("quotes", "shown", "linked", "place"),
    [
        (["agrees with Stratus that the bond is too low"], SHOWN, LINKED, "shown"),
        (["A bond of $50,000 is required."], SHOWN, LINKED, "linked"),
        (["The motion is DENIED as to the bond."], SHOWN, LINKED, "elsewhere"),
        (["Granted."], SHOWN, LINKED, "no quote"),  # nothing to find
        ([], [], [], "no quote"),
    ],
)
def test_each_argument_is_put_where_its_gold_evidence_lies(
    quotes: list[str], shown: list[str], linked: list[str], place: str
) -> None:
    assert credit_place(quotes, shown, linked) == place


def test_a_miss_is_a_decision_miss_when_either_label_is_not_a_side() -> None:
    assert Credited("shown", "for_movant", "for_movant").outcome == "right"
    assert Credited("shown", "mixed", "for_movant").outcome == "decision"
    assert Credited("shown", "for_movant", "not_reached").outcome == "decision"
    assert Credited("shown", "for_movant", "for_respondent").outcome == "side"


def test_the_table_counts_each_place_by_outcome() -> None:
    rows = [
        Credited("shown", "for_movant", "for_movant"),
        Credited("shown", "for_movant", "for_respondent"),
        Credited("elsewhere", "mixed", "for_respondent"),
        Credited("elsewhere", "for_respondent", "for_respondent"),
    ]
    lines = stage_lines(rows)
    assert len(lines) == 3  # the header, then the two places that occur
    assert lines[1].split()[-4:] == ["2", "1", "0", "1"]
    assert "attribution" in lines[2]
    assert lines[2].split()[-4:] == ["2", "1", "1", "0"]


def test_the_evaluation_prints_the_table_under_the_tuning_sets_tables() -> None:
    from lawdiff.rulings_eval import OrderScore, _tables

    score = OrderScore(
        "o",
        arguments=[("motion I", "for_movant", "for_respondent", True)],
        bases=[("cue-strong", 0.9)],
        credits=[Credited("elsewhere", "for_movant", "for_respondent")],
    )
    lines = _tables([score])
    at = next(i for i, line in enumerate(lines) if "gold evidence" in line)
    assert lines[at + 2].split()[-4:] == ["1", "0", "0", "1"]
    assert "attribution" in lines[at + 2]
