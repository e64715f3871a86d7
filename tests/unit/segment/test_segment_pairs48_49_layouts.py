"""Layouts of pairs48 and pairs49 read through plain text (segfix39), each rule both ways."""

from __future__ import annotations

from tests.textfilings import BODY, outline

_PLEADING = (
    "TO THE PRESIDENT AND MEMBERS OF THE COURT OF JUSTICE\n\n"
    "{title}\n\n{tail} by the\n\nEUROPEAN COMMISSION, represented by its Agents,\n\n"
    "in Case C-1/25 P.\n\n"
    f"I. INTRODUCTION\n\n1. {BODY}\n\nII. ON THE FIRST GROUND OF APPEAL\n\n2. {BODY}\n\n"
    f"III. CONCLUSION\n\n3. {BODY}\n"
)


def test_a_pleading_s_cover_title_over_the_rule_it_is_submitted_under_is_no_heading() -> None:
    text = _PLEADING.format(
        title="RESPONSE", tail="submitted pursuant to Article 172 of the Rules of Procedure"
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [("I", 0), ("II", 0), ("III", 0)]


def test_a_response_heading_over_a_sentence_stays_a_heading() -> None:
    text = (
        f"OBJECTION\n\n{BODY}\n\nRESPONSE\n\nThe claimant submitted the invoices on time.\n\n"
        f"CONCLUSION\n\n{BODY}\n"
    )
    got = [title for _, title, _ in outline(text)]
    assert "RESPONSE" in got


def _written_case(reasons: str, sub: tuple[str, str] = ("(i)", "(ii)")) -> str:
    """A Privy Council written case: THE ISSUES listed in a paragraph, lettered sections in
    capitals after it (no ARGUMENT over them), CONCLUSION and its REASONS."""
    return (
        f"INTRODUCTION\n\n1. {BODY}\n\nTHE ISSUES\n\n2. The issues are:\n\n"
        "(1) whether the promise was clear;\n(2) whether it was justified to frustrate it.\n\n"
        f"A. THE PROMISE WAS CLEAR\n\n3. {BODY}\n\n"
        f"{sub[0]} The Minister's words at the meeting\n\n4. {BODY}\n\n"
        f"{sub[1]} The letter confirmed the promise\n\n5. {BODY}\n\n"
        f"B. NO OVERRIDING PUBLIC INTEREST WAS SHOWN\n\n6. {BODY}\n\n"
        "CONCLUSION\n\n7. The appeal should be allowed for the following among other\n\n"
        f"REASONS\n\n{reasons}\n\nJANE DOE\nJOHN ROE\nCounsel for the Appellants\n"
    )


def test_lettered_sections_after_the_issues_stand_beside_it() -> None:
    text = _written_case("(1) BECAUSE the promise was clear.\n(2) BECAUSE it was not justified.")
    got = [(title, level) for _, title, level in outline(text)]
    assert got[:6] == [
        ("INTRODUCTION", 0),
        ("THE ISSUES", 0),
        ("THE PROMISE WAS CLEAR", 0),
        ("The Minister's words at the meeting", 1),
        ("The letter confirmed the promise", 1),
        ("NO OVERRIDING PUBLIC INTEREST WAS SHOWN", 0),
    ]


def test_reasons_ending_with_periods_are_no_headings_beside_numbered_points() -> None:
    text = _written_case(
        "(1) BECAUSE the promise was clear.\n\n(2) BECAUSE it was not justified.\n\n"
        "(3) BECAUSE the appeal is not academic.",
        sub=("(1)", "(2)"),
    )
    titles = [title for _, title, _ in outline(text)]
    assert not any(title.startswith("BECAUSE") for title in titles)
    assert titles[-1] == "REASONS"


def test_lettered_capitals_under_an_issues_section_of_questions_stay_under_it() -> None:
    text = (
        f"INTRODUCTION\n\n1. {BODY}\n\nTHE ISSUES\n\n"
        "A. WHETHER THE PROMISE WAS CLEAR\n\nB. WHETHER IT WAS JUSTIFIED TO FRUSTRATE IT\n\n"
        f"ARGUMENT\n\n2. {BODY}\n"
    )
    got = [(title, level) for _, title, level in outline(text)]
    assert ("THE PROMISE WAS CLEAR", 0) not in got


def _appeal(lead: str) -> str:
    """A CJEU appeal: numbered paragraphs 1-11 through the body, a ground with the one-line
    paragraph ``lead`` (numbered 12) over its two numbered parts."""
    paragraphs = "\n\n".join(f"{n}. {BODY}" for n in range(2, 12))
    return (
        f"I. INTRODUCTION\n\n1. {BODY}\n\nII. GROUNDS OF APPEAL\n\n"
        f"A. First ground of appeal, alleging an error of law\n\n{paragraphs}\n\n"
        f"B. Second ground of appeal, alleging errors in the calculation of the fine\n\n"
        f"12. {lead}\n\n1. First part, concerning the duration of the infringement\n\n"
        f"13. {BODY}\n\n"
        f"2. Second part, concerning the compliance programme\n\n14. {BODY}\n\n"
        f"III. FORM OF ORDER SOUGHT\n\n15. {BODY}\n"
    )


def test_a_short_sentence_numbered_next_in_a_run_of_paragraphs_is_one_of_them() -> None:
    text = _appeal("The second ground has two parts.")
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [
        ("I", 0),
        ("II", 0),
        ("II.A", 1),
        ("II.B", 1),
        ("II.B.1", 2),
        ("II.B.2", 2),
        ("III", 0),
    ]


_EXCEPTIONS = (
    "STATE OF CALIFORNIA\nPUBLIC EMPLOYMENT RELATIONS BOARD\n\nPERB Case No. LA-CE-1-E\n\n"
    "RESPONDENT'S STATEMENT OF EXCEPTIONS AND BRIEF IN SUPPORT OF EXCEPTIONS\n\n"
    "STATEMENT OF EXCEPTIONS\n\nRespondent excepts to the following parts of the proposed "
    "decision:\n\n1. The finding that telework was an established past practice (PD, p. 9).\n\n"
    "2. The proposed remedy ordering reimbursement of commuting expenses (PD, p. 24).\n\n"
    f"BRIEF IN SUPPORT OF EXCEPTIONS\n\nI. INTRODUCTION\n\n{BODY}\n\nII. ARGUMENT\n\n"
    f"EXCEPTION NO. 1: THE ALJ ERRED IN FINDING A PAST PRACTICE\n\n{BODY}\n\n"
    f"EXCEPTION NO. 2: THE REMEDY IS SPECULATIVE\n\n{BODY}\n\nIII. CONCLUSION\n\n{BODY}\n"
)


def test_exceptions_and_the_brief_in_support_are_titles_over_their_sections() -> None:
    got = [(title, level) for _, title, level in outline(_EXCEPTIONS)]
    assert got[:4] == [
        ("STATEMENT OF EXCEPTIONS", 0),
        ("BRIEF IN SUPPORT OF EXCEPTIONS", 0),
        ("INTRODUCTION", 1),
        ("ARGUMENT", 1),
    ]
    assert got[-1] == ("CONCLUSION", 1)


def _submissions(second: str) -> str:
    """New Zealand submissions: numbered paragraphs under bare headings in sentence case, the
    second section ``second``."""

    def paragraphs(first: int, last: int) -> str:
        return "\n\n".join(f"{n}. {BODY}" for n in range(first, last + 1))

    return (
        "IN THE COURT OF APPEAL OF NEW ZEALAND\n\nCA 1/2026\n\nSUBMISSIONS FOR THE RESPONDENT\n\n"
        "MAY IT PLEASE THE COURT:\n\n"
        f"Introduction\n\n{paragraphs(1, 2)}\n\n{second}\n\n{paragraphs(3, 5)}\n\n"
        f"The facts\n\n{paragraphs(6, 8)}\n\nLimitation\n\n{paragraphs(9, 11)}\n\n"
        f"Result sought\n\n{paragraphs(12, 13)}\n"
    )


def test_sections_after_a_summary_of_argument_stand_beside_it() -> None:
    got = [(title, level) for _, title, level in outline(_submissions("Summary of argument"))]
    assert got == [
        ("Introduction", 0),
        ("Summary of argument", 0),
        ("The facts", 0),
        ("Limitation", 0),
        ("Result sought", 0),
    ]


def test_a_point_in_capitals_opening_with_because_stays_a_heading() -> None:
    text = (
        f"ARGUMENT\n\n1. BECAUSE THE FACTS ARE INTERTWINED WITH THE MERITS, RULE 56 APPLIES\n\n"
        f"{BODY}\n\n2. THE DISCRETIONARY FUNCTION EXCEPTION DOES NOT APPLY\n\n{BODY}\n\n"
        f"CONCLUSION\n\n{BODY}\n"
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [("ARGUMENT", 0), ("1", 1), ("2", 1), ("CONCLUSION", 0)]
