"""Layouts of pairs33 and pairs34 read through plain text (segfix29), each rule both ways."""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.evaluation.briefheadings import asked_headings
from tests.textfilings import brief, outline


def test_the_statement_alone_in_capitals_is_a_section() -> None:
    text = brief("INTRODUCTION", "STATEMENT", "ARGUMENT", "I. THE PANEL WAS RIGHT", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "STATEMENT" in got


def test_the_word_statement_in_a_sentences_case_stays_text() -> None:
    text = brief("INTRODUCTION", "Statement", "ARGUMENT", "I. THE PANEL WAS RIGHT", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "Statement" not in got


def test_a_writ_applications_jurisdiction_statement_after_the_cover_counsel_is_a_section() -> None:
    cover = (
        "APPLICATION FOR SUPERVISORY WRITS ON BEHALF OF ACME, L.L.C.\n\n"
        "Respectfully submitted:\n"
        "Jane Q. Roe (La. Bar No. 12345)\n"
        "ROE & DOE, L.L.C.\n"
        "100 Main Street\n"
        "Lafayette, Louisiana 70501\n"
        "Counsel for Relator, Acme, L.L.C.\n\n"
    )
    text = cover + brief(
        "STATEMENT OF THE GROUNDS FOR JURISDICTION",
        "STATEMENT OF THE CASE",
        "LAW AND ARGUMENT",
        "CONCLUSION",
    )
    got = [heading for _, heading, _ in outline(text)]
    assert got[0] == "STATEMENT OF THE GROUNDS FOR JURISDICTION"


def test_a_respondents_restated_issues_are_a_list() -> None:
    text = (
        brief("INTRODUCTION")
        + "\nRESTATEMENT OF THE ISSUES\n\n"
        + "1. Is the appeal moot where the tenant has surrendered possession?\n\n"
        + "2. Did the notice strictly comply with the statute?\n\n"
        + brief("STATEMENT OF THE CASE", "ARGUMENT", "I. THE APPEAL IS MOOT.", "CONCLUSION")
    )
    got = [(label, heading) for label, heading, _ in outline(text, Role.OPPOSITION)]
    assert ("RESTATEMENT OF THE ISSUES", "RESTATEMENT OF THE ISSUES") in got
    assert not any(label in ("1", "2") for label, _ in got)


def test_a_certificate_titled_by_the_word_alone_is_left_out() -> None:
    text = brief("ASSIGNMENTS OF ERROR", "ARGUMENT", "CONCLUSION")
    text += "CERTIFICATE\n\nPursuant to Rule 5:17(i), I certify that this petition was filed.\n"
    got = [heading for _, heading, _ in outline(text)]
    assert got == ["ASSIGNMENTS OF ERROR", "ARGUMENT", "CONCLUSION"]


def test_certificates_the_evaluation_does_not_ask_for() -> None:
    gold = [
        {"heading": "CONCLUSION", "level": 1},
        {"heading": "CERTIFICATE", "level": 1},
        {"heading": "VERIFICATION AND CERTIFICATE OF SERVICE", "level": 1},
        {"heading": "CERTIFICATE AUTHORITY OF THE AGENT", "level": 1},
    ]
    asked = [str(g["heading"]) for g in asked_headings(gold)]
    assert asked == ["CONCLUSION", "CERTIFICATE AUTHORITY OF THE AGENT"]


def test_roman_sections_after_a_notice_of_motion_are_top_sections() -> None:
    notice = (
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\n"
        "JANE ROE, Plaintiff,\nv.\nACME CORP., Defendant.\n\nCase No. 2:24-cv-01234\n\n"
        "PLAINTIFF'S NOTICE OF MOTION AND MOTION FOR PRELIMINARY APPROVAL\n\n"
        "Date: January 12, 2026\nTime: 10:00 a.m.\nCourtroom: 7B\n\n"
        "NOTICE OF MOTION AND MOTION\n\nTO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:\n\n"
        "PLEASE TAKE NOTICE that Plaintiffs will and hereby do move for preliminary approval.\n\n"
    )
    text = notice + brief(
        "I. INTRODUCTION", "II. BACKGROUND", "A. The Litigation", "III. CONCLUSION"
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [
        ("NOTICE OF MOTION AND MOTION", 0),
        ("I", 0),
        ("II", 0),
        ("II.A", 1),
        ("III", 0),
    ]


def test_roman_sections_under_a_memorandum_title_stay_under_it() -> None:
    text = brief(
        "NOTICE OF MOTION AND MOTION",
        "MEMORANDUM OF POINTS AND AUTHORITIES",
        "I. INTRODUCTION",
        "II. ARGUMENT",
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert ("I", 1) in got
    assert ("II", 1) in got


def test_a_capital_heading_wraps_onto_a_statutes_subsection_letters() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE NOTICE WAS UNTIMELY AND DEFECTIVE\nUNDER 40 U.S.C. § 3133(b)(2).",
        "II. THE ACTION IS TIME-BARRED.",
        "CONCLUSION",
    )
    got = [heading for _, heading, _ in outline(text)]
    assert "THE NOTICE WAS UNTIMELY AND DEFECTIVE UNDER 40 U.S.C. § 3133(b)(2)." in got


def test_a_statute_cited_on_its_own_line_stays_text() -> None:
    text = (
        brief("STATEMENT OF LEGAL ISSUES")
        + "\nSDCL 15-6-5(b)\nSDCL 2-14-1\n\n"
        + brief("STATEMENT OF THE CASE", "ARGUMENT", "CONCLUSION")
    )
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert not any("SDCL" in heading for heading in got)


def test_a_wrapped_certificate_title_ending_on_statement_is_no_section() -> None:
    text = (
        "CERTIFICATE OF INTERESTED PERSONS AND CORPORATE DISCLOSURE\nSTATEMENT\n\n"
        "Appellee adopts the certificate in the initial brief.\n\n"
    ) + brief("STATEMENT OF THE ISSUES", "ARGUMENT", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "STATEMENT" not in got


def _factum(issues: str) -> str:
    """An Ontario factum in plain text, every paragraph numbered, ``issues`` under B."""
    para = (  # e-filed text: one paragraph a line
        "The employer relied on the termination clause to deny the employee any notice beyond "
        "the statutory minimum, although the clause purports to contract out of the standards "
        "the statute sets for a dismissal for cause."
    )
    numbered = iter(f"{n}. {para}" for n in range(1, 40) if n != 10)  # 10 is under (i)

    def paras(count: int) -> str:
        return "\n\n".join(next(numbered) for _ in range(count))

    return (
        "ONTARIO\nSUPERIOR COURT OF JUSTICE\n\nBETWEEN:\n\nJANE ROE\nPlaintiff\n\n- and -\n\n"
        "ACME LOGISTICS INC.\nDefendant\n(Responding Party)\n\n"
        "FACTUM OF THE MOVING PARTY, THE PLAINTIFF\n"
        "(Motion for Summary Judgment, returnable January 14, 2027)\n\n"
        f"PART I – OVERVIEW\n\n{paras(3)}\n\nPART II – THE FACTS\n\n{paras(3)}\n\n"
        f"PART III – ISSUES AND THE LAW\n\nA. Summary judgment is appropriate\n\n{paras(2)}\n\n"
        f"B. The termination clause is unenforceable\n\n{paras(1)}\n\n{issues}\n\n{paras(2)}\n\n"
        f"PART IV – ORDER REQUESTED\n\n{paras(1)}\n\n"
        "ALL OF WHICH IS RESPECTFULLY SUBMITTED this 9th day of December, 2026.\n\n"
        "Roe Doe LLP\nLawyers for the Plaintiff\n\n"
        'SCHEDULE "A" – LIST OF AUTHORITIES\n\n1. Bardal v. Globe & Mail Ltd. (1960), 24 '
        'D.L.R. (2d) 140\n\nSCHEDULE "B" – TEXT OF STATUTES, REGULATIONS & BY-LAWS\n\n'
        "Employment Standards Act, 2000, S.O. 2000, c. 41, s. 5(1)\n"
    )


def test_a_factum_in_numbered_paragraphs_keeps_its_parts_sub_issues_and_schedules() -> None:
    issues = (
        "(i) The for-cause provision contravenes the statute\n\n"
        "10. The provision denies notice for misconduct short of wilful misconduct, which the "
        "statute does not permit, and so it is void from the start and cannot be enforced.\n\n"
        "(ii) The clause cannot be saved by severability"
    )
    got = [(heading, level) for _, heading, level in outline(_factum(issues))]
    assert got == [
        ("PART I – OVERVIEW", 0),
        ("PART II – THE FACTS", 0),
        ("PART III – ISSUES AND THE LAW", 0),
        ("Summary judgment is appropriate", 1),
        ("The termination clause is unenforceable", 1),
        ("The for-cause provision contravenes the statute", 2),
        ("The clause cannot be saved by severability", 2),
        ("PART IV – ORDER REQUESTED", 0),
        ('SCHEDULE "A" – LIST OF AUTHORITIES', 0),
        ('SCHEDULE "B" – TEXT OF STATUTES, REGULATIONS & BY-LAWS', 0),
    ]


def test_a_numbered_paragraphs_list_items_stay_its_text() -> None:
    items = "(i) a declaration that the clause is void;\n\n(ii) damages of $25,000."
    got = [heading for _, heading, _ in outline(_factum(items))]
    assert not any("declaration" in heading or "damages" in heading for heading in got)


def test_responses_to_assignments_sit_beside_an_unnumbered_point_before_them() -> None:
    text = brief(
        "STATEMENT OF THE CASE AND FACTS",
        "LAW AND ARGUMENT",
        "The Application Is Untimely",
        "Response to Assignment of Error No. 1",
        "The Conference Letter Was Also a Step",
        "Response to Assignment of Error No. 2",
        "CONCLUSION",
    )
    got = [(heading, level) for _, heading, level in outline(text, Role.OPPOSITION)]
    assert ("The Application Is Untimely", 1) in got
    assert ("Response to Assignment of Error No. 1", 1) in got
    assert ("The Conference Letter Was Also a Step", 2) in got
    assert ("Response to Assignment of Error No. 2", 1) in got
