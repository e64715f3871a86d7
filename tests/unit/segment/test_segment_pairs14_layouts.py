"""Layouts of the pairs14 tuning batch's court styles, in fictional briefs written for the test:
an arbitration pre-hearing brief whose roman sections are in sentence case, one of them over a
numbered list of issues, sub-points whose only comma is a written-out date's, and a Utah brief
(each issue's "Standard of Review:" field, the ADDENDUM after the certificate, listed last in
the contents with no page), a D.C. Circuit brief's front matter (the CERTIFICATE AS TO PARTIES,
RULINGS, AND RELATED CASES before the contents, the GLOSSARY after them) and a Nebraska BRIEF ON
CROSS-APPEAL (its ARGUMENT ON CROSS-APPEAL gathers a capital point) — each with the text that
must stay body."""

from __future__ import annotations

from tests.textfilings import BODY, brief, outline

ISSUES = (
    "1. Whether the employer owes the commission under the plan, and whether its forfeiture "
    "clause is enforceable.\n\n"
    "2. Whether the employer owes statutory penalties after the written demand.\n\n"
    "3. The claimant's damages, fees and costs.\n\n"
)


def sections(*parts: str) -> str:
    """A plain-text brief of the given parts, each followed by a paragraph of body text."""
    return "\n\n".join(f"{part}\n\n{BODY}" for part in parts) + "\n"


def test_the_section_after_a_numbered_list_of_issues_is_a_heading() -> None:
    text = (
        "I. Introduction\n\n"
        + BODY
        + "\n\nII. Issues to be decided\n\n"
        + ISSUES
        + sections(
            "III. Summary of anticipated evidence",
            "IV. Argument",
            "A. The commission was earned when the contract was booked",
            "V. Conclusion",
        )
    )
    assert [(label, heading) for label, heading, _ in outline(text)] == [
        ("I", "Introduction"),
        ("II", "Issues to be decided"),
        ("III", "Summary of anticipated evidence"),
        ("IV", "Argument"),
        ("IV.A", "The commission was earned when the contract was booked"),
        ("V", "Conclusion"),
    ]


def test_the_issues_of_a_list_stay_items() -> None:
    text = "I. Introduction\n\n" + BODY + "\n\nII. Issues to be decided\n\n" + ISSUES
    assert [heading for _, heading, _ in outline(text)] == [
        "Introduction",
        "Issues to be decided",
    ]


def test_an_item_numbered_after_a_numbered_issues_heading_stays_an_item() -> None:
    # "1. Issues presented" over "1." and "2.": the "2." item numbers after the heading's
    # own number, but an item of its style came before it
    text = (
        "1. Issues presented\n\n"
        "1. Whether the covenant not to compete is enforceable under the statute\n\n"
        "2. Whether the employer waived the covenant by its conduct\n\n" + BODY + "\n"
    )
    assert [heading for _, heading, _ in outline(text)] == ["Issues presented"]


def test_a_sub_point_whose_comma_is_a_dates_is_a_heading() -> None:
    text = sections(
        "I. ARGUMENT",
        "A. The order form was executed on December 18, 2024",
        "B. The forfeiture clause is unenforceable under the statute",
    )
    assert [label for label, _, _ in outline(text)] == ["I", "I.A", "I.B"]


def test_a_numbered_sentence_with_a_date_and_a_clause_comma_stays_body() -> None:
    sentence = (
        "A. The order form was executed on December 18, 2024, and Finance entered it the "
        "same day in the billing system."
    )
    text = sections("I. ARGUMENT") + "\n" + sentence + "\n\n" + BODY + "\n"
    assert [label for label, _, _ in outline(text)] == ["I"]


# ---------------------------------------------------------------- Utah issues and addendum

UTAH_ISSUES = (
    "STATEMENT OF THE ISSUES\n\n"
    "Issue 1: Whether final completion occurred when the city issued the certificate.\n\n"
    "{field}\n\n"
    "Preservation: Appellant raised the issue in its memorandum (R. 124-26).\n\n"
)


def test_a_standard_of_review_field_of_an_issue_is_no_heading() -> None:
    text = UTAH_ISSUES.format(field="Standard of Review: Correctness.") + brief(
        "STATEMENT OF THE CASE", "ARGUMENT", "CONCLUSION"
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "STATEMENT OF THE ISSUES",
        "STATEMENT OF THE CASE",
        "ARGUMENT",
        "CONCLUSION",
    ]


def test_a_standard_of_review_heading_outside_the_issues_stays_a_heading() -> None:
    text = brief("ARGUMENT", "Standard of Review: Correctness.", "CONCLUSION")
    assert "Standard of Review: Correctness." in [heading for _, heading, _ in outline(text)]


CONTENTS = (
    "TABLE OF CONTENTS\n\n"
    "INTRODUCTION ........................................ 1\n"
    "ARGUMENT ............................................ 2\n"
    "CONCLUSION .......................................... 9\n"
    "CERTIFICATE OF COMPLIANCE ........................... 10\n"
    "{last}\n\n"
)
SIGNED = (
    "DATED this 3rd day of October, 2025.\n\n/s/ Evangeline S. Huish\nAttorneys for Appellant\n\n"
    "CERTIFICATE OF COMPLIANCE\n\nThis brief complies with the word limit of rule 24(g)(1).\n\n"
)


def test_the_addendum_after_the_certificate_is_a_heading() -> None:
    text = (
        CONTENTS.format(last="ADDENDUM")
        + brief("INTRODUCTION", "ARGUMENT", "CONCLUSION")
        + SIGNED
        + "ADDENDUM\n\nUtah Code §§ 38-1a-102, 38-1a-502\nOrder Granting Summary Judgment\n"
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "INTRODUCTION",
        "ARGUMENT",
        "CONCLUSION",
        "ADDENDUM",
    ]


def test_a_sentence_naming_the_addendum_is_no_heading() -> None:
    text = (
        CONTENTS.format(last="")
        + brief("INTRODUCTION", "ARGUMENT", "CONCLUSION")
        + SIGNED
        + "The statutes are reproduced in the addendum.\n"
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "INTRODUCTION",
        "ARGUMENT",
        "CONCLUSION",
    ]


# ---------------------------------------------------------------- D.C. Circuit front matter

DC_CAPTION = (
    "IN THE UNITED STATES COURT OF APPEALS\nFOR THE DISTRICT OF COLUMBIA CIRCUIT\n\n"
    "No. 25-1187\n\nSANDHILL COALITION,\nPetitioner,\n\nv.\n\n"
    "FEDERAL ENERGY REGULATORY COMMISSION,\nRespondent.\n\n"
    "On Petition for Review of Orders of the Federal Energy Regulatory Commission\n\n"
    "OPENING BRIEF OF PETITIONER\n\n"
)
DC_CONTENTS = (
    "TABLE OF CONTENTS\n\n"
    "CERTIFICATE AS TO PARTIES, RULINGS, AND RELATED CASES ............ i\n"
    "GLOSSARY ........................................................ iv\n"
    "STATEMENT OF THE CASE ........................................... 1\n"
    "SUMMARY OF ARGUMENT ............................................. 4\n"
    "STANDING ........................................................ 5\n"
    "ARGUMENT ........................................................ 6\n"
    "CONCLUSION ...................................................... 9\n\n"
)
SECTIONS = ("STATEMENT OF THE CASE", "SUMMARY OF ARGUMENT", "STANDING", "ARGUMENT", "CONCLUSION")
GLOSSARY = "GLOSSARY\n\nEIS\tFinal Environmental Impact Statement\nNGA\tNatural Gas Act\n\n"


def test_the_dc_circuit_certificate_before_the_contents_and_the_glossary_are_headings() -> None:
    text = (
        DC_CAPTION
        + "CERTIFICATE AS TO PARTIES, RULINGS, AND RELATED CASES\n\n"
        + "Pursuant to D.C. Circuit Rule 28(a)(1), Petitioner states as follows.\n\n"
        + DC_CONTENTS
        + GLOSSARY
        + brief(*SECTIONS)
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "CERTIFICATE AS TO PARTIES, RULINGS, AND RELATED CASES",
        "GLOSSARY",
        *SECTIONS,
    ]


def test_a_brief_without_the_certificate_starts_its_body_after_the_contents() -> None:
    text = (
        DC_CAPTION
        + "Pursuant to the Court's order, Petitioner files this brief.\n\n"
        + DC_CONTENTS
        + brief(*SECTIONS)
    )
    assert [heading for _, heading, _ in outline(text)] == list(SECTIONS)


def test_a_glossary_named_in_mixed_case_is_no_heading() -> None:
    text = brief("ARGUMENT") + "Glossary\n\n" + BODY + "\n"
    assert [heading for _, heading, _ in outline(text)] == ["ARGUMENT"]


# ---------------------------------------------------------------- Nebraska cross-appeal


def test_the_point_under_argument_on_cross_appeal_nests_under_it() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE ALIMONY AWARD WAS REASONABLE",
        "BRIEF ON CROSS-APPEAL",
        "ARGUMENT ON CROSS-APPEAL",
        "THE COURT SHOULD HAVE INCLUDED THE GRAIN SALES IN THE MARITAL ESTATE",
        "CONCLUSION",
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("THE ALIMONY AWARD WAS REASONABLE", 1),
        ("BRIEF ON CROSS-APPEAL", 0),
        ("ARGUMENT ON CROSS-APPEAL", 0),
        ("THE COURT SHOULD HAVE INCLUDED THE GRAIN SALES IN THE MARITAL ESTATE", 1),
        ("CONCLUSION", 0),
    ]


def test_a_capital_section_after_an_assignment_on_cross_appeal_stays_a_top_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE ALIMONY AWARD WAS REASONABLE",
        "BRIEF ON CROSS-APPEAL",
        "ASSIGNMENT OF ERROR ON CROSS-APPEAL",
        "THE COURT ERRED IN EXCLUDING THE GRAIN SALES",
        "CONCLUSION",
    )
    assert [level for _, _, level in outline(text)] == [0, 1, 0, 0, 0, 0]
