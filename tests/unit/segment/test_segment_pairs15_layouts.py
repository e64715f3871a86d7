"""Layouts of the pairs15 tuning batch's court styles, in fictional briefs written for the test:
a statement of the questions under whatever title the court gives it (Minnesota's LEGAL ISSUES,
each roman-numbered question over the ruling below and its "Most apposite authorities:" list;
Pennsylvania's COUNTER-STATEMENT OF THE QUESTIONS INVOLVED), Wisconsin's STATEMENT ON ORAL
ARGUMENT AND PUBLICATION first after the contents — each with the text that must stay body."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from tests.textfilings import BODY, brief, outline

CAPTION = (
    "No. A25-0001\n\n"
    "STATE OF MINNESOTA\nIN COURT OF APPEALS\n\n"
    "Harbor Lane LLC,\nRespondent,\n\nvs.\n\nDana Quist,\nAppellant.\n\n"
    "APPELLANT'S BRIEF\n\n"
)


def contents(*titles: str) -> str:
    """A table of contents listing ``titles``, paged."""
    rows = [f"{title} {'.' * (60 - len(title))} {page}" for page, title in enumerate(titles, 1)]
    return "TABLE OF CONTENTS\n\n" + "\n".join(rows) + "\n\n"


MINNESOTA_ISSUES = (
    "I. Did the amendment that added a suite discharge the guaranty of the original lease?\n\n"
    "The district court held that the consent clause kept the guaranty in force.\n\n"
    "Most apposite authorities:\n"
    "Valley Supply, Inc. v. Gale, 700 N.W.2d 1 (Minn. 2005)\n"
    "Restatement (Third) of Suretyship and Guaranty § 41 (1996)\n\n"
    "II. Is a clause that accelerates all rent upon default an unenforceable penalty?\n\n"
    "The district court held that it is a valid liquidated-damages provision.\n\n"
    "Most apposite authority:\n"
    "Stone Co. v. Ruud, 250 Minn. 1, 90 N.W.2d 1 (1958)\n\n"
)


def test_minnesota_legal_issues_and_their_questions_are_front_matter() -> None:
    text = (
        CAPTION
        + contents("LEGAL ISSUES", "STATEMENT OF THE CASE", "ARGUMENT", "CONCLUSION")
        + "LEGAL ISSUES\n\n"
        + MINNESOTA_ISSUES
        + brief(
            "STATEMENT OF THE CASE",
            "ARGUMENT",
            "I. The amendment discharged the guaranty.",
            "II. The acceleration clause is a penalty.",
            "CONCLUSION",
        )
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("LEGAL ISSUES", 0),
        ("STATEMENT OF THE CASE", 0),
        ("ARGUMENT", 0),
        ("I", 1),
        ("II", 1),
        ("CONCLUSION", 0),
    ]


def test_a_respondents_statement_of_the_legal_issues_opens_the_body() -> None:
    text = (
        CAPTION
        + contents("STATEMENT OF THE LEGAL ISSUES", "ARGUMENT", "CONCLUSION")
        + "STATEMENT OF THE LEGAL ISSUES\n\n"
        + BODY
        + "\n\nMost apposite authorities:\nValley Supply, Inc. v. Gale, 700 N.W.2d 1 "
        "(Minn. 2005)\n\n" + brief("ARGUMENT", "I. THE GUARANTY REMAINED IN FORCE.", "CONCLUSION")
    )
    assert [label for label, _, _ in outline(text)] == [
        "STATEMENT OF THE LEGAL ISSUES",
        "ARGUMENT",
        "I",
        "CONCLUSION",
    ]


def test_a_counter_statement_of_the_questions_involved_opens_the_body() -> None:
    questions = (
        "1. Did the trial court correctly hold that the gist of the action doctrine bars "
        "the claim?\n\nAnswered in the affirmative below.\n\nSuggested answer: Yes.\n\n"
        "2. Did the trial court act within its discretion in denying leave to amend?\n\n"
        "Answered in the affirmative below.\n\nSuggested answer: Yes.\n\n"
    )
    text = (
        "IN THE SUPERIOR COURT OF PENNSYLVANIA\n\nNo. 1 MDA 2025\n\nBRIEF FOR APPELLEE\n\n"
        + contents("COUNTER-STATEMENT OF THE QUESTIONS INVOLVED", "ARGUMENT", "CONCLUSION")
        + "COUNTER-STATEMENT OF THE QUESTIONS INVOLVED\n\n"
        + questions
        + brief("ARGUMENT", "I. THE GIST OF THE ACTION DOCTRINE BARS THE CLAIM.", "CONCLUSION")
    )
    assert [label for label, _, _ in outline(text)] == [
        "COUNTER-STATEMENT OF THE QUESTIONS INVOLVED",
        "ARGUMENT",
        "I",
        "CONCLUSION",
    ]


def test_a_wisconsin_statement_on_oral_argument_and_publication_opens_the_body() -> None:
    text = (
        "STATE OF WISCONSIN\nCOURT OF APPEALS\n\nBRIEF OF DEFENDANTS-RESPONDENTS\n\n"
        + contents("STATEMENT ON ORAL ARGUMENT AND PUBLICATION", "ARGUMENT", "CONCLUSION")
        + "STATEMENT ON ORAL ARGUMENT AND PUBLICATION\n\n"
        "The Town does not request oral argument. Publication is not warranted.\n\n"
        + brief("ARGUMENT", "I. The Town is immune.", "CONCLUSION")
    )
    assert [label for label, _, _ in outline(text)] == [
        "STATEMENT ON ORAL ARGUMENT AND PUBLICATION",
        "ARGUMENT",
        "I",
        "CONCLUSION",
    ]


def test_a_line_naming_legal_issues_in_a_sentence_stays_body() -> None:
    text = brief("ARGUMENT", "I. THE CLAIM FAILS.") + "\nLegal issues\n\n" + BODY + "\n"
    assert "Legal issues" not in [label for label, _, _ in outline(text)]


# ---------------------------------------------------------------- Massachusetts signature block

SIGNATURE = (
    "                                        HALVORSEN MARINE GMBH,\n"
    "                                        By its attorneys,\n\n"
    "                                        /s/ Cordelia V. Ashbury\n"
    "                                        Cordelia V. Ashbury (BBO #688412)\n"
    "                                        ASHBURY WENTWORTH LLP\n\n"
    "Dated: September 12, 2025\n"
)


def test_a_party_line_over_by_its_attorneys_is_the_signature_block() -> None:
    text = brief("ARGUMENT", "I. THE COURT LACKS JURISDICTION", "CONCLUSION") + "\n" + SIGNATURE
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I", "CONCLUSION"]


def test_the_conclusion_over_the_party_line_keeps_its_text() -> None:
    text = brief("ARGUMENT", "I. THE COURT LACKS JURISDICTION", "CONCLUSION") + "\n" + SIGNATURE
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    segments = segment_filing(filing).segments
    conclusion = next(s for s in segments if s.label == "CONCLUSION")
    under = [s.text for s in segments if s.parent == conclusion.index]
    assert under and under[0].startswith("The moving party bears the burden")
    assert not any("HALVORSEN" in s.text for s in segments)


def test_a_capital_line_ending_in_a_comma_without_by_its_attorneys_is_not_signature() -> None:
    # only the "By its attorneys," line makes the line above it a party's name
    text = brief("ARGUMENT", "I. THE COURT LACKS JURISDICTION,", "CONCLUSION")
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I", "CONCLUSION"]


# ---------------------------------------------------------------- run-in lettered sentences

RUN_IN_A = (
    "A. The consent clause covers this amendment. The guaranty's words reach any extension, "
    "renewal or modification of the lease, and an amendment that adds a suite is one."
)
RUN_IN_B = (
    "B. Lindahl signed the amendment himself. He initialed the paragraph that recites his "
    "continuing guaranty and did not sign only as the tenant's president."
)


def test_lettered_sentences_run_in_under_a_capital_point_are_its_sub_points() -> None:
    text = brief("ARGUMENT", "I. THE GUARANTY REMAINED IN FORCE.") + (
        f"\n{RUN_IN_A}\n\n{RUN_IN_B}\n\n" + brief("II. THE CLAUSE IS VALID.", "CONCLUSION")
    )
    assert outline(text) == [
        ("ARGUMENT", "ARGUMENT", 0),
        ("I", "THE GUARANTY REMAINED IN FORCE.", 1),
        ("I.A", "The consent clause covers this amendment.", 2),
        ("I.B", "Lindahl signed the amendment himself.", 2),
        ("II", "THE CLAUSE IS VALID.", 1),
        ("CONCLUSION", "CONCLUSION", 0),
    ]


def test_a_lone_lettered_sentence_run_in_stays_a_paragraph() -> None:
    # no sibling of its shape vouches for it: "A." alone may open a lettered paragraph
    text = brief("ARGUMENT", "I. THE GUARANTY REMAINED IN FORCE.") + (
        f"\n{RUN_IN_A}\n\n" + brief("II. THE CLAUSE IS VALID.", "CONCLUSION")
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I", "II", "CONCLUSION"]


def test_lettered_paragraphs_whose_first_sentence_is_long_stay_paragraphs() -> None:
    long_a = (
        "A. The consent clause, which the parties negotiated at length in the spring of "
        "2018, covers every amendment the landlord and tenant later signed. It says so."
    )
    long_b = (
        "B. Lindahl, who was the tenant's president and its only shareholder, signed the "
        "amendment in both capacities on the same day. He initialed it too."
    )
    text = brief("ARGUMENT", "I. THE GUARANTY REMAINED IN FORCE.") + (
        f"\n{long_a}\n\n{long_b}\n\n" + brief("CONCLUSION")
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I", "CONCLUSION"]
