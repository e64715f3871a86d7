"""Points in capitals under an umbrella heading (ARGUMENT, a class member's GROUNDS FOR
OBJECTION), each with lettered sub-points: the sub-points nest under their capital point, and
the next capital point stays under the umbrella (fictional briefs written for the test)."""

from __future__ import annotations

from tests.textfilings import headings

BODY = (
    "The objector bears no burden here, and the court weighs the settlement as a whole "
    "before it approves it."
)


def brief(*parts: str) -> str:
    return "\n\n".join(f"{part}\n\n{BODY}" for part in parts) + "\n"


def outline(text: str) -> list[tuple[str, int]]:
    return [(h.heading, h.level) for h in headings(text)]


def points(umbrella: str, first: str, second: str) -> str:
    return brief(
        "PRELIMINARY STATEMENT",
        umbrella,
        first,
        "A. The Cash Relief Is Too Small",
        "B. Unclaimed Funds Revert to Defendant",
        second,
        "A. The Fee Is Measured Against the Claims",
        "CONCLUSION",
    )


def test_lettered_sub_points_nest_under_a_capital_point_under_argument() -> None:
    text = points("ARGUMENT", "THE SETTLEMENT IS NOT FAIR", "THE FEE REQUEST IS EXCESSIVE")
    assert outline(text) == [
        ("PRELIMINARY STATEMENT", 0),
        ("ARGUMENT", 0),
        ("THE SETTLEMENT IS NOT FAIR", 1),
        ("The Cash Relief Is Too Small", 2),
        ("Unclaimed Funds Revert to Defendant", 2),
        ("THE FEE REQUEST IS EXCESSIVE", 1),
        ("The Fee Is Measured Against the Claims", 2),
        ("CONCLUSION", 0),
    ]


def test_word_enumerated_objections_nest_under_grounds_for_objection() -> None:
    first, second = "FIRST OBJECTION: THE RELIEF IS INADEQUATE", "SECOND OBJECTION: THE FEE"
    got = outline(points("GROUNDS FOR OBJECTION", first, second))
    assert got[1:4] == [
        ("GROUNDS FOR OBJECTION", 0),
        (first, 1),
        ("The Cash Relief Is Too Small", 2),
    ]
    assert (second, 1) in got and got[-1] == ("CONCLUSION", 0)


def test_capitals_after_numbered_points_under_argument_stay_a_top_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. The Settlement Is Not Fair",
        "II. The Fee Request Is Excessive",
        "REQUEST FOR HEARING",
        "CONCLUSION",
    )
    assert ("REQUEST FOR HEARING", 0) in outline(text)


def test_capitals_after_lettered_points_under_another_top_heading_stay_on_top() -> None:
    text = brief(
        "STATEMENT OF FACTS",
        "A. The Data Breach",
        "B. The Settlement",
        "PROCEDURAL HISTORY",
        "ARGUMENT",
        "CONCLUSION",
    )
    assert ("PROCEDURAL HISTORY", 0) in outline(text)
