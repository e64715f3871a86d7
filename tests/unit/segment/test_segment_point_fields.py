"""Argument outlines of appellate and trial briefs whose layout plain text misread, in
fictional briefs written for the test (the layouts of pairs24-26: an Oregon opening and
answering brief, a Texas trial motion numbered by section signs): assignments of error over
their quoted statement and run-in "Preservation of Error." / "Standard of Review." fields,
answers headed "Response to the Second Assignment of Error", and "§ 5." sections — each with
the text of the same look that must stay as it is read today."""

from __future__ import annotations

from lawdiff.segment.point_fields import is_point_statement, is_run_in_field
from tests.textfilings import BODY, outline

LONG = " ".join(BODY.split())
PRESERVED = "Preservation of Error. Plaintiff opposed the motion in writing and at the hearing."
REVIEW = "Standard of Review. The court reviews a grant of summary judgment for errors of law."


def _headings(text: str) -> list[tuple[str, int]]:
    return [(heading, level) for _, heading, level in outline(text)]


def _opening_brief(*argument: str) -> str:
    front = ["STATEMENT OF THE CASE", "Nature of the Action", LONG, "Statement of Facts", LONG]
    return "\n\n".join([*front, *argument, "CONCLUSION", "The judgment should be reversed."])


def _assignment(ordinal: str, statement: str, *rest: str) -> list[str]:
    return [f"{ordinal} ASSIGNMENT OF ERROR", statement, PRESERVED, REVIEW, LONG, *rest]


def test_assignments_of_error_over_their_statements_are_top_headings() -> None:
    text = _opening_brief(
        *_assignment(
            "FIRST",
            "The trial court erred in granting defendant's motion for summary judgment.",
            "A. Plaintiff was not using the path for a recreational purpose.",
            LONG,
            "B. The parking fee is a charge that removes the immunity.",
            LONG,
        ),
        *_assignment("SECOND", "The trial court erred in striking the expert's declaration."),
    )
    headings = _headings(text)
    assert ("FIRST ASSIGNMENT OF ERROR", 0) in headings
    assert ("SECOND ASSIGNMENT OF ERROR", 0) in headings
    assert ("Plaintiff was not using the path for a recreational purpose.", 1) in headings
    # the statement and the run-in fields are the point's text
    texts = [heading for heading, _ in headings]
    assert not any(
        t.startswith(("The trial court erred", "Preservation", "Standard")) for t in texts
    )


def test_a_point_title_right_under_its_enumerator_stays_its_title() -> None:
    # an Arkansas "POINT I" over its sentence-case title, no blank line between
    text = "\n\n".join(
        [
            "ARGUMENT",
            "POINT I\nThe circuit court clearly erred in finding a boundary by acquiescence.",
            LONG,
            "POINT II\nThe appellees cannot claim the strip by adverse possession.",
            LONG,
        ]
    )
    headings = _headings(text)
    assert ("The circuit court clearly erred in finding a boundary by acquiescence.", 1) in headings
    assert ("The appellees cannot claim the strip by adverse possession.", 1) in headings


def test_answers_to_assignments_by_ordinal_are_siblings() -> None:
    text = "\n\n".join(
        [
            "STATEMENT OF THE CASE",
            LONG,
            "Response to the First Assignment of Error",
            PRESERVED,
            LONG,
            "A. The immunity turns on the city's permission, not on the user's purpose.",
            LONG,
            "B. A parking permit is not a charge for permission to use the land.",
            LONG,
            "Response to the Second and Fourth Assignments of Error",
            LONG,
            "Response to the Third Assignment of Error",
            LONG,
            "CONCLUSION",
            "The judgment should be affirmed.",
        ]
    )
    levels = dict(_headings(text))
    first = levels["Response to the First Assignment of Error"]
    assert levels["Response to the Second and Fourth Assignments of Error"] == first
    assert levels["Response to the Third Assignment of Error"] == first
    assert levels["The immunity turns on the city's permission, not on the user's purpose."] == (
        first + 1
    )
    assert not any(h.startswith("Preservation") for h in levels)


def test_a_standard_of_review_alone_on_its_line_stays_a_heading() -> None:
    text = "\n\n".join(["ARGUMENT", "Standard of Review", LONG, "I. The Claim Fails", LONG])
    assert ("Standard of Review", 1) in _headings(text)


def test_a_title_case_run_in_heading_that_is_no_field_stays_a_heading() -> None:
    text = "\n\n".join(
        [
            "ARGUMENT",
            "Quillmark Is Likely to Succeed on the Merits. " + LONG,
            "Quillmark Will Suffer Irreparable Harm. " + LONG,
        ]
    )
    headings = [heading for heading, _ in _headings(text)]
    assert "Quillmark Is Likely to Succeed on the Merits." in headings


def test_fields_and_statements_are_told_apart() -> None:
    assert is_run_in_field(PRESERVED)
    assert is_run_in_field(REVIEW)
    assert is_run_in_field("Preservation of the Issue. The State objected. Tr. 4.")
    assert not is_run_in_field("Standard of Review")  # alone: a section heading
    assert not is_run_in_field("Standard of review. the record shows it.")
    assert not is_run_in_field("Standard of review is de novo, and the court agrees.")
    assert not is_run_in_field("Preservation requires a timely objection. Tr. 4.")
    assert is_point_statement("The trial court erred in awarding defendant a fee under ORS 20.190.")
    assert not is_point_statement("THE TRIAL COURT ERRED IN AWARDING A FEE.")
    assert not is_point_statement("The Trial Court Erred in Awarding a Fee.")
    assert not is_point_statement(
        "The Court Erred in Refusing to Sanction It under 14 M.R.S. § 6321-A."
    )
    assert not is_point_statement("It erred.")


def _section_motion(*sections: str) -> str:
    return "\n\n".join(["TO THE HONORABLE JUDGE OF SAID COURT:", LONG, *sections])


def test_sections_numbered_by_a_section_sign_are_top_headings() -> None:
    text = _section_motion(
        "§ 1. Summary of the motion",
        LONG,
        "§ 2. The DTPA claim is time-barred.",
        LONG,
        "(a) The limitations period began no later than June 2021.",
        LONG,
        "(b) The discovery rule does not save the claim.",
        LONG,
        "§ 3. Prayer",
        "Apex asks the Court to grant this motion.",
    )
    assert outline(text) == [
        ("§ 1", "Summary of the motion", 0),
        ("§ 2", "The DTPA claim is time-barred.", 0),
        ("§ 2.(a)", "The limitations period began no later than June 2021.", 1),
        ("§ 2.(b)", "The discovery rule does not save the claim.", 1),
        ("§ 3", "Prayer", 0),
    ]


def test_a_statute_section_opening_a_line_is_no_heading() -> None:
    text = _section_motion(
        "I. The Claim Is Barred",
        "The statute reads in full:",
        "§ 16.003. Two-Year Limitations Period",
        "§ 17.50(c) provides a further remedy.",
        "§ 1291. " + LONG,
        LONG,
    )
    headings = [heading for _, heading, _ in outline(text)]
    assert headings == ["The Claim Is Barred"]


def _argument(*blocks: str) -> str:
    return "\n\n".join(
        ["STATEMENT OF THE CASE", LONG, "ARGUMENT", *blocks, "CONCLUSION", "Affirm."]
    )


def test_propositions_of_error_listed_up_front_are_that_section_s_text() -> None:
    # an Oklahoma brief-in-chief lists its propositions, then argues each under its line
    text = "\n\n".join(
        [
            "SUMMARY OF THE RECORD",
            LONG,
            "PROPOSITIONS OF ERROR",
            "I. The trial court applied the wrong test of production.\n"
            "II. Any cessation of production was temporary and excused.",
            "ARGUMENT AND AUTHORITIES",
            "PROPOSITION I\nTHE TRIAL COURT APPLIED THE WRONG TEST OF PRODUCTION.",
            LONG,
            "PROPOSITION II\nANY CESSATION OF PRODUCTION WAS TEMPORARY AND EXCUSED.",
            LONG,
        ]
    )
    headings = [heading for heading, _ in _headings(text)]
    assert "PROPOSITIONS OF ERROR" in headings
    assert "THE TRIAL COURT APPLIED THE WRONG TEST OF PRODUCTION." in headings
    assert not any(h.startswith(("The trial court", "Any cessation")) for h in headings)


def test_a_sentence_sub_point_may_open_with_a_quoted_term() -> None:
    text = _argument(
        "I. THE EXCLUSION DOES NOT BAR COVERAGE.",
        LONG,
        'A. "Continuous seepage" reaches only slow leakage over weeks, not a fitting that fails.',
        LONG,
        "B. The ensuing-loss clause restores coverage for the collapse of the subfloor.",
        LONG,
    )
    headings = [heading for heading, _ in _headings(text)]
    assert (
        '"Continuous seepage" reaches only slow leakage over weeks, not a fitting that fails.'
        in (headings)
    )


def test_a_lettered_run_in_sentence_with_commas_needs_a_short_sibling() -> None:
    first = 'A. The words "continuous or repeated" have a settled, ordinary meaning. ' + LONG
    short = "B. The undisputed evidence established how long the water escaped. " + LONG
    long_too = "B. The evidence, which the court weighed, established the period. " + LONG
    vouched = [h for h, _ in _headings(_argument("I. THE EXCLUSION APPLIES.", LONG, first, short))]
    assert vouched[-3:-1] == [
        'The words "continuous or repeated" have a settled, ordinary meaning.',
        "The undisputed evidence established how long the water escaped.",
    ]
    # two lettered paragraphs opening with long sentences with commas: a lettered list
    alone = [h for h, _ in _headings(_argument("I. THE EXCLUSION APPLIES.", LONG, first, long_too))]
    assert alone[-2] == "THE EXCLUSION APPLIES."


def test_a_short_body_sentence_alone_on_its_line_stays_text() -> None:
    text = _argument(
        "I. THE EXCLUSION APPLIES.",
        LONG,
        "The district court agreed.",
        LONG,
        "II. LEAVE TO AMEND WAS PROPERLY DENIED.",
        LONG,
    )
    headings = [heading for heading, _ in _headings(text)]
    assert "The district court agreed." not in headings


def test_a_part_s_sections_in_sentence_case_nest_under_it() -> None:
    # a Georgia brief: "PART ONE" over its title, its sections in sentence case (Ga. Ct. App.
    # R. 25(a)), then PART TWO
    text = "\n\n".join(
        [
            "PART ONE\nSTATEMENT OF THE CASE AND FACTS",
            "Jurisdiction",
            LONG,
            "Proceedings below",
            LONG,
            "Statement of facts",
            LONG,
            "Preservation of error",
            LONG,
            "PART TWO\nENUMERATION OF ERRORS",
            "1. The trial court erred in granting summary judgment.",
        ]
    )
    headings = _headings(text)
    for name in (
        "Jurisdiction",
        "Proceedings below",
        "Statement of facts",
        "Preservation of error",
    ):
        assert (name, 1) in headings


def test_a_supplemental_statement_after_the_section_s_text_nests_under_it() -> None:
    text = "\n\n".join(
        [
            "STATEMENT OF THE CASE",
            "Respondent accepts appellant's statement of the case.",
            "Supplemental Statement of Facts",
            LONG,
            "ARGUMENT",
            "I. THE IMMUNITY APPLIES",
            LONG,
        ]
    )
    assert ("Supplemental Statement of Facts", 1) in _headings(text)


def test_a_known_section_after_a_front_section_s_text_stays_a_top_heading() -> None:
    text = "\n\n".join(
        ["STATEMENT OF THE CASE", LONG, "Argument", LONG, "I. THE IMMUNITY APPLIES", LONG]
    )
    assert ("Argument", 0) in _headings(text)
