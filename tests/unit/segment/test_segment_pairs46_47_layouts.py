"""Layouts of pairs46 and pairs47 read through plain text (segfix38), each rule both ways."""

from __future__ import annotations

from lawdiff.segment.sentences import reads_as_prose
from tests.textfilings import BODY, outline

_STAND = "Claims 1, 3 and 15-18 stand or fall together with claim 1. The Examiner bears the burden."


def _appeal_argument(ground: str) -> str:
    """A patent appeal brief's argument: ``ground`` (a lettered ground of rejection), a line
    on how its claims stand, claim-group sub-points, then a second ground."""
    return (
        f"I. STATUS OF CLAIMS\n\n{BODY}\n\nII. ARGUMENT\n\n{ground}\n\n{_STAND}\n\n{BODY}\n\n"
        f"1. Claims 1 and 3: Smith does not teach a hinge.\n\n{BODY}\n\n"
        f"2. The objective indicia rebut any prima facie case.\n\n{BODY}\n\n"
        f"B. Ground 2: Claims 9-14 are supported by the written description.\n\n{BODY}\n\n"
        f"III. CONCLUSION\n\n{BODY}\n"
    )


def test_a_ground_naming_a_list_of_claims_is_a_heading_over_its_claim_groups() -> None:
    ground = "A. Ground 1: The rejection of claims 1, 3-8 and 15-18 over Smith should be reversed."
    got = [(label, level) for label, _, level in outline(_appeal_argument(ground))]
    assert got == [
        ("I", 0),
        ("II", 0),
        ("II.A", 1),
        ("II.A.1", 2),
        ("II.A.2", 2),
        ("II.B", 1),
        ("III", 0),
    ]


def test_a_list_of_claims_parts_no_clauses_but_a_clause_comma_does() -> None:
    assert not reads_as_prose("Ground 1: The rejection of claims 1, 3-8 and 15-18 was wrong.")
    assert reads_as_prose("The rejection fails, as the Examiner concedes.")
    assert reads_as_prose("In 2019, 14 cells failed the test.")
    assert reads_as_prose("The plaintiff agrees with paragraphs 1, 2, 3 and 7 of Part 2.")


def test_a_sentence_on_claims_standing_together_opens_no_point() -> None:
    ground = "A. Ground 1: The rejection over Smith should be reversed."
    got = [heading for _, heading, _ in outline(_appeal_argument(ground))]
    assert not any("stand or fall" in heading for heading in got)


def test_appendices_after_the_signature_are_read() -> None:
    text = (
        f"I. ARGUMENT\n\n{BODY}\n\nII. CONCLUSION\n\n{BODY}\n\nRespectfully submitted,\n\n"
        "/Jane Roe/\nJane Roe, Reg. No. 61,774\nAttorney for Appellant\n\n"
        "CLAIMS APPENDIX\n\n1. A door comprising a frame and a hinge.\n\n"
        "EVIDENCE APPENDIX\n\nDeclaration of Dr. Ann Lee, filed November 20, 2025.\n"
    )
    got = [label for label, _, _ in outline(text)]
    assert got[-2:] == ["CLAIMS APPENDIX", "EVIDENCE APPENDIX"]


def test_a_firm_line_after_the_signature_is_still_skipped() -> None:
    text = (
        f"I. ARGUMENT\n\n{BODY}\n\nRespectfully submitted,\n\n/Jane Roe/\nJane Roe\n\n"
        "ROE APPELLATE GROUP\n\nAttorney for Appellant\n"
    )
    got = [label for label, _, _ in outline(text)]
    assert got == ["I"]


def _submissions(lead_in: str) -> str:
    """Submissions by parts whose paragraphs are numbered 1 to 12 throughout, under grounds in
    the argument; paragraph 2 is ``lead_in`` over a lettered list."""
    paragraphs = []
    for number in range(3, 13):
        if number in (5, 9):
            paragraphs.append(f"Ground {number // 4}: the evidence had no probative value")
        paragraphs.append(
            f"{number}. The appellant relies on the evidence of the second witness at trial. "
            "The court below did not address it."
        )
    return (
        "APPELLANT'S SUBMISSIONS\n\nPART I: CERTIFICATION\n\n"
        "1. These submissions are in a form suitable for publication on the internet.\n\n"
        f"PART II: ISSUES\n\n2. {lead_in}\n\n(a) whether the evidence was admissible;\n\n"
        "(b) whether the proviso applies.\n\nPART III: ARGUMENT\n\n"
        + "\n\n".join(paragraphs)
        + "\n"
    )


def test_a_lead_in_keeps_the_run_of_numbered_paragraphs() -> None:
    got = [label for label, _, _ in outline(_submissions("The appeal raises two issues:"))]
    assert got == [
        "PART I: CERTIFICATION",
        "PART II: ISSUES",
        "PART III: ARGUMENT",
        "Ground 1",
        "Ground 2",
    ]


_EPO_PARAGRAPH = (
    "The Opposition Division held the claim obvious. It started from D1 and did not weigh "
    "the effect of the grafting level on impact strength."
)


def _epo(title: str, last: str) -> str:
    """An EPO appeal numbering every paragraph in decimals under "1." to "3.", ``last`` the
    paragraph under "3."."""
    return (
        f"{title}\n\nAppeal against the decision of the Opposition Division.\n\n"
        f"1. Requests\n\n1.1 {_EPO_PARAGRAPH}\n\n1.2 {_EPO_PARAGRAPH}\n\n"
        f"2. Inventive step\n\n2.1 {_EPO_PARAGRAPH}\n\n2.2 Closest prior art\n\n"
        f"2.2.1 {_EPO_PARAGRAPH}\n\n2.2.2 Objective technical problem\n\n"
        f"2.2.2.1 {_EPO_PARAGRAPH}\n\n2.2.2.2 {_EPO_PARAGRAPH}\n\n"
        f"3. Oral proceedings\n\n3.1 {last}\n\nFor the Respondent\n"
    )


def test_decimal_paragraphs_are_body_and_the_outline_goes_on_past_them() -> None:
    text = _epo("STATEMENT SETTING OUT THE GROUNDS OF APPEAL", "Oral proceedings are requested.")
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [
        ("1", 0),
        ("2", 0),
        ("2.2", 1),
        ("2.2.2", 2),
        ("3", 0),
    ]


def test_a_decimal_sentence_heading_stays_a_heading_where_paragraphs_are_unnumbered() -> None:
    text = (
        f"1. INTRODUCTION\n\n{BODY}\n\n2. ARGUMENT\n\n2.1 The court erred in denying the stay.\n\n"
        f"{BODY}\n\n2.2 The balance of harms favours a stay.\n\n{BODY}\n\n3. CONCLUSION\n\n{BODY}\n"
    )
    got = [label for label, _, _ in outline(text)]
    assert got == ["1", "2", "2.1", "2.2", "3"]


def test_a_statute_listed_by_year_and_chapter_is_no_heading() -> None:
    text = (
        f"PART I – FACTS\n\n{BODY}\n\nPART II – LEGISLATION\n\n"
        "Supreme Court Act, R.S.C. 1985, c. S-26, s. 40(1)\n"
        "Local Government Act, R.S.B.C. 2015, c. 1, s. 736\n"
    )
    got = [label for label, _, _ in outline(text)]
    assert got == ["PART I – FACTS", "PART II – LEGISLATION"]


def test_a_title_naming_an_act_is_still_a_heading() -> None:
    text = (
        f"PART I – FACTS\n\n{BODY}\n\nPART II – ARGUMENT\n\n"
        f"The Local Government Act Imposes No Duty\n\n{BODY}\n"
    )
    got = [heading for _, heading, _ in outline(text)]
    assert "The Local Government Act Imposes No Duty" in got


def _written_case(issues: str) -> str:
    """A UK Supreme Court written case: lettered sections, ``issues`` under THE ISSUES, then
    the conclusion's REASONS and counsel's names in capitals over "Counsel for …"."""
    return (
        f"A. INTRODUCTION\n\n1. {BODY}\n\nB. THE ISSUES\n\n2. The issues are:\n\n{issues}\n\n"
        f"C. ISSUE 1: CLOSE CONNECTION\n\n3. {BODY}\n\nD. CONCLUSION\n\n"
        "4. The Appellants submit that the appeal should be allowed for the following among "
        "other\n\nREASONS\n\n"
        "(1) BECAUSE the abuse was not closely connected with the role;\n"
        "(2) BECAUSE there was no basis to interfere with the judge's discretion.\n\n"
        "GWENDOLEN ASHBY KC\nTOBIAS FERRANT\nCounsel for the Appellants\n4 August 2026\n"
    )


_ISSUES = (
    "Issue 1: whether the abuse was so closely connected with the role that it is fair to "
    "hold the Trust liable;\n\n"
    "Issue 2: whether the Court of Appeal was entitled to interfere with the discretion."
)


def test_a_written_cases_issues_reasons_and_counsel_are_read_as_written() -> None:
    got = [(label, level) for label, _, level in outline(_written_case(_ISSUES))]
    assert got == [
        ("A", 0),
        ("B", 0),
        ("C", 0),
        ("D", 0),
        ("REASONS", 1),
    ]


def test_issues_argued_as_headings_stay_headings() -> None:
    text = (
        f"A. INTRODUCTION\n\n{BODY}\n\nB. ARGUMENT\n\n"
        f"Issue 1: the abuse was not closely connected with the role\n\n{BODY}\n\n"
        f"Issue 2: the Court of Appeal could not interfere\n\n{BODY}\n"
    )
    got = [label for label, _, _ in outline(text)]
    assert got == ["A", "B", "B.Issue 1", "B.Issue 2"]


def _examiners_answer(after_signature: str) -> str:
    """An Examiner's Answer: the form's "(1)" to "(3)" sections, capital sub-headings under
    "(1)", lettered grounds under "(2)", then ``after_signature``."""
    return (
        "EXAMINER'S ANSWER\n\nThis is in response to the appeal brief filed July 1, 2026.\n\n"
        f"(1) Grounds of Rejection to be Reviewed on Appeal\n\n{BODY}\n\n"
        f"WITHDRAWN REJECTIONS\n\n{BODY}\n\nNEW GROUNDS OF REJECTION\n\n{BODY}\n\n"
        f"(2) Response to Argument\n\nA. Ground 1: claims 1-8 over Smith\n\n{BODY}\n\n"
        f"1. The motivation to combine Smith and Jones\n\n{BODY}\n\n"
        f"B. Ground 2 and the Declaration\n\n{BODY}\n\n"
        "(3) Related Proceeding(s) Appendix\n\nNone.\n\nRespectfully submitted,\n\n"
        f"/Ann Lee/\nPrimary Examiner, Art Unit 1729\n\n{after_signature}"
    )


def test_an_examiners_answer_is_read_by_its_form_sections() -> None:
    requirement = (
        "REQUIREMENT UNDER 37 CFR 41.39(b)\n\nThis examiner's answer contains a new ground of "
        "rejection, and Appellant must within two months from the date of this answer respond.\n"
    )
    got = [(label, level) for label, _, level in outline(_examiners_answer(requirement))]
    assert got == [
        ("(1)", 0),
        ("WITHDRAWN REJECTIONS", 1),
        ("NEW GROUNDS OF REJECTION", 1),
        ("(2)", 0),
        ("(2).A", 1),
        ("(2).A.1", 2),
        ("(2).B", 1),
        ("(3)", 0),
        ("REQUIREMENT UNDER 37 CFR 41.39(B)", 0),
    ]


def test_a_notice_of_motions_numbered_requests_open_no_body() -> None:
    text = (
        "NOTICE OF MOTION\n\nDefendant will move the Court for an order:\n\n"
        "(1) compelling Plaintiff to answer the interrogatories;\n\n"
        f"I. ARGUMENT\n\n{BODY}\n"
    )
    got = [label for label, _, _ in outline(text)]
    assert "(1)" not in got


def test_a_captions_numbered_parties_in_capitals_open_no_body() -> None:
    text = (
        "IN THE HIGH COURT OF JUSTICE\n\nBETWEEN:\n\nMARGARET ELLIS\nClaimant\n\n- and -\n\n"
        "(1) BRACKENRIDGE SURVEYORS LLP\n(2) DESMOND PENROSE\nDefendants\n\n"
        f"SKELETON ARGUMENT ON BEHALF OF THE DEFENDANTS\n\nIntroduction\n\n1. {BODY}\n\n"
        f"The claim\n\n2. {BODY}\n"
    )
    got = [label for label, _, _ in outline(text)]
    assert "(1)" not in got and "(2)" not in got
