"""Argument points set bare under the umbrella (sentence case, no closing punctuation, alone
above a paragraph, vouched for by a sibling), and numbered sub-points run in as a short
sentence under an unnumbered point of the argument (fictional briefs)."""

from __future__ import annotations

from lawdiff.core.model import Role
from tests.textfilings import headings


def outline(text: str) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in headings(text, Role.OPPOSITION)]


def brief(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


BODY = (
    "The panel heard four days of testimony, weighed the exhibits the parties offered, and "
    "issued a reasoned award that follows the contract's words closely and answers every "
    "question the parties put to it."
)
WAIVED = "The carrier waived its objection by proceeding to the hearing"
TIMELY = "The petition was served long after the three months allowed under section 12"
LONG = (
    "The covenant is unenforceable against the employee because she was not one of the "
    "employees the statute permits an employer to restrain"
)
CODE = "Harlow cannot recover expenses of litigation under O.C.G.A. § 13-6-11"


def test_bare_points_under_the_umbrella_with_siblings() -> None:
    text = brief(
        "Background",
        BODY,
        "Argument",
        WAIVED,
        BODY,
        LONG,
        BODY,
        TIMELY,
        BODY,
        CODE,
        BODY,
        "Conclusion",
        "The petition should be denied.",
    )
    assert outline(text) == [
        ("Background", 0),
        ("Argument", 0),
        (WAIVED, 1),
        (LONG, 1),  # up to a sentence point's words, vouched for by its siblings
        (TIMELY, 1),  # ends on a statute's section number
        (CODE, 1),
        ("Conclusion", 0),
    ]


def test_one_bare_line_under_the_umbrella_is_body_text() -> None:
    text = brief("Argument", WAIVED, BODY, BODY, "Conclusion", "The petition should be denied.")
    assert outline(text) == [("Argument", 0), ("Conclusion", 0)]


def test_bare_lines_outside_the_umbrella_stay_body_text() -> None:
    text = brief(
        "Background", WAIVED, BODY, TIMELY, BODY, "Conclusion", "The petition should be denied."
    )
    assert outline(text) == [("Background", 0), ("Conclusion", 0)]


def test_lines_cut_at_a_comma_or_semicolon_are_no_bare_points() -> None:
    text = brief("Argument", WAIVED + ",", BODY, TIMELY + ";", BODY, LONG + ":", BODY)
    assert [h for h, _ in outline(text)] == ["Argument"]


def test_summary_judgment_standard_is_a_top_section() -> None:
    text = brief(
        "Statement of undisputed material facts",
        BODY,
        "Summary judgment standard",
        BODY,
        "Argument",
        BODY,
    )
    assert outline(text) == [
        ("Statement of undisputed material facts", 0),
        ("Summary judgment standard", 0),
        ("Argument", 0),
    ]


POINT = "THE LOCAL CONTROVERSY EXCEPTION REQUIRES REMAND"
CITIZENS = "More than two-thirds of the class are Missouri citizens."
DEFENDANT = "The distributor is a significant local defendant."


def numbered(sentence: str, number: int) -> str:
    return f"{number}. {sentence} {BODY}"


def test_numbered_sentence_sub_points_run_in_under_an_argument_point() -> None:
    text = brief(
        "ARGUMENT",
        "THE AMOUNT IN CONTROVERSY IS NOT SHOWN",
        BODY,
        numbered(DEFENDANT, 1),
        numbered(CITIZENS, 2),
        POINT,
        BODY,
        numbered(CITIZENS, 1),
        numbered(DEFENDANT, 2),
        "CONCLUSION",
        "The case should be remanded.",
    )
    assert outline(text) == [
        ("ARGUMENT", 0),
        ("THE AMOUNT IN CONTROVERSY IS NOT SHOWN", 1),
        (DEFENDANT, 2),
        (CITIZENS, 2),
        (POINT, 1),  # the numbers restart: the sub-points are out of the outline
        (CITIZENS, 2),
        (DEFENDANT, 2),
        ("CONCLUSION", 0),
    ]


def test_a_lone_numbered_sentence_is_no_sub_point() -> None:
    text = brief("ARGUMENT", POINT, BODY, numbered(CITIZENS, 1), BODY)
    assert [h for h, _ in outline(text)] == ["ARGUMENT", POINT]


def test_numbered_sentences_outside_the_argument_are_no_sub_points() -> None:
    text = brief("BACKGROUND", numbered(CITIZENS, 1), numbered(DEFENDANT, 2), "ARGUMENT", BODY)
    assert [h for h, _ in outline(text)] == ["BACKGROUND", "ARGUMENT"]


def test_long_first_sentences_are_numbered_paragraphs() -> None:
    long = (
        "The distributor bought the units from the manufacturer, stored them in its St. Louis "
        "warehouse and sold them to retailers across the state."
    )
    text = brief("ARGUMENT", POINT, BODY, numbered(long, 1), numbered(long, 2))
    assert [h for h, _ in outline(text)] == ["ARGUMENT", POINT]
