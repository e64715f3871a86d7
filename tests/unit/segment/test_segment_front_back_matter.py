"""Front and back matter a court's rules name, in fictional briefs written for the test (the
pairs23 and pairs22 court styles): a front section only one court names (Mississippi's
STATEMENT OF ASSIGNMENT), a list of the points argued under its own front heading (Arkansas's
POINTS ON APPEAL), known sections in mixed case under a front section in capitals (a Wyoming
STATEMENT OF THE CASE, a New Mexico SUMMARY OF PROCEEDINGS), and closing certificates under
titles of their own ("COMBINED CERTIFICATIONS", "Word Count Certificate") — each with the text
that must stay as it was."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.evaluation.briefheadings import asked_headings
from lawdiff.segment import segment_filing
from tests.textfilings import brief, headings, outline

CAPTION = (
    "IN THE COURT OF APPEALS OF THE STATE OF MISSISSIPPI\n\n"
    "No. 2025-KA-00417-COA\n\n"
    "TERRELL DACE, APPELLANT\n\nv.\n\nSTATE OF MISSISSIPPI, APPELLEE\n\n"
    "BRIEF OF APPELLANT\n\n"
)
INTERESTED = (
    "CERTIFICATE OF INTERESTED PERSONS\n\n"
    "The undersigned counsel of record certifies that the following listed persons have an "
    "interest in the outcome of this case.\n\n"
    "1. Terrell Dace, Appellant\n2. Hon. Carter B. Whitlow, Circuit Court Judge\n\n"
    "S/ Nadine P. Rusk\nNADINE P. RUSK\n\n"
)


def levels(text: str) -> list[tuple[str, int]]:
    return [(heading, level) for _, heading, level in outline(text)]


def test_a_court_named_front_section_after_the_certificate_is_a_heading() -> None:
    text = (
        CAPTION
        + INTERESTED
        + brief(
            "STATEMENT OF ASSIGNMENT",
            "STATEMENT OF THE ISSUES",
            "ARGUMENT",
            "I. THE TRIAL COURT ERRED IN DENYING THE BATSON CHALLENGE",
            "CONCLUSION",
        )
    )
    assert [heading for heading, _ in levels(text)] == [
        "STATEMENT OF ASSIGNMENT",
        "STATEMENT OF THE ISSUES",
        "ARGUMENT",
        "THE TRIAL COURT ERRED IN DENYING THE BATSON CHALLENGE",
        "CONCLUSION",
    ]


def test_the_section_name_inside_a_sentence_stays_text() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE TRIAL COURT ERRED IN DENYING THE BATSON CHALLENGE\n\n"
        "The State filed its brief with a statement under Rule 16, and the\n"
        "statement of assignment\n"
        "it gave asks for the Court of Appeals.",
    )
    assert [heading for heading, _ in levels(text)] == [
        "ARGUMENT",
        "THE TRIAL COURT ERRED IN DENYING THE BATSON CHALLENGE",
    ]


def test_every_court_section_after_a_certificate_is_a_heading() -> None:
    for title in ("STATEMENT OF ASSIGNMENT", "POINTS ON APPEAL", "SUMMARY OF PROCEEDINGS"):
        text = CAPTION + INTERESTED + brief(title, "ARGUMENT")
        assert [heading for heading, _ in levels(text)] == [title, "ARGUMENT"]


POINTS = (
    "POINTS ON APPEAL\n\n"
    "I. The circuit court clearly erred in finding a boundary by acquiescence.\n\n"
    "II. The appellees cannot claim the strip by adverse possession.\n\n"
    "III. The circuit court erred in awarding timber damages.\n\n"
)


def test_the_points_listed_under_their_front_heading_are_its_text() -> None:
    text = POINTS + brief(
        "JURISDICTIONAL STATEMENT",
        "ARGUMENT",
        "I. The circuit court clearly erred in finding a boundary by acquiescence.",
        "II. The appellees cannot claim the strip by adverse possession.",
        "CONCLUSION",
    )
    assert levels(text) == [
        ("POINTS ON APPEAL", 0),
        ("JURISDICTIONAL STATEMENT", 0),
        ("ARGUMENT", 0),
        ("The circuit court clearly erred in finding a boundary by acquiescence.", 1),
        ("The appellees cannot claim the strip by adverse possession.", 1),
        ("CONCLUSION", 0),
    ]


def test_the_same_points_under_the_argument_stay_its_points() -> None:
    text = brief(
        "JURISDICTIONAL STATEMENT",
        "ARGUMENT",
        "I. The circuit court clearly erred in finding a boundary by acquiescence.",
        "II. The appellees cannot claim the strip by adverse possession.",
        "III. The circuit court erred in awarding timber damages.",
    )
    assert [level for _, level in levels(text)] == [0, 0, 1, 1, 1]


def test_known_sections_in_mixed_case_nest_under_a_front_section_in_capitals() -> None:
    text = brief(
        "STATEMENT OF THE ISSUES",
        "STATEMENT OF THE CASE\n\nNature of the Case",
        "Course of Proceedings",
        "Statement of the Facts",
        "STANDARD OF REVIEW",
        "ARGUMENT",
        "I. THE DISTRICT COURT ERRED IN HOLDING THE DISCLAIMER EFFECTIVE",
    )
    assert levels(text) == [
        ("STATEMENT OF THE ISSUES", 0),
        ("STATEMENT OF THE CASE", 0),
        ("Nature of the Case", 1),
        ("Course of Proceedings", 1),
        ("Statement of the Facts", 1),
        ("STANDARD OF REVIEW", 0),
        ("ARGUMENT", 0),
        ("THE DISTRICT COURT ERRED IN HOLDING THE DISCLAIMER EFFECTIVE", 1),
    ]


def test_a_known_section_in_mixed_case_after_a_section_of_its_own_text_stays_top() -> None:
    # the capital heading has its paragraph first: the mixed-case section is its sibling
    text = brief(
        "INTRODUCTION",
        "Statement of the Facts",
        "Argument",
        "I. THE DISTRICT COURT ERRED IN HOLDING THE DISCLAIMER EFFECTIVE",
    )
    assert [level for _, level in levels(text)][:3] == [0, 0, 0]


def test_known_sections_in_mixed_case_throughout_stay_siblings() -> None:
    text = brief(
        "Statement of the Case\n\nNature of the Case", "Statement of the Facts", "Argument"
    )
    assert [level for _, level in levels(text)] == [0, 0, 0, 0]


CLOSING = brief(
    "ARGUMENT",
    "I. THE LETTER OVERSHADOWED THE VALIDATION NOTICE",
    "CONCLUSION",
)


def test_combined_certifications_are_left_out_of_the_body() -> None:
    text = CLOSING + (
        "\nCOMBINED CERTIFICATIONS\n\n"
        "1. Bar membership. I certify that I am a member in good standing of the bar.\n\n"
        "2. Word count. This brief contains 2,614 words.\n"
    )
    assert [heading for heading, _ in levels(text)][-1] == "CONCLUSION"
    found = headings(text)
    assert not any("Bar membership" in s.heading for s in found)


def test_a_mixed_case_word_count_certificate_is_left_out_of_the_body() -> None:
    text = CLOSING + (
        "\nWord Count Certificate\n\nI verify that this brief contains no more than 14,000 "
        "words.\n\nCertificate of Service\n\nI certify that the foregoing was served.\n"
    )
    assert [heading for heading, _ in levels(text)][-1] == "CONCLUSION"


def test_certifications_argued_in_a_heading_stay_a_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE CERTIFICATIONS WERE FALSE",
        "II. THE COMPANY KNEW OF THE CERTIFICATIONS",
    )
    assert [level for _, level in levels(text)] == [0, 1, 1]


def test_the_outline_evaluation_asks_for_no_certificate_the_segmenter_leaves_out() -> None:
    gold = [
        {"heading": "Conclusion", "level": 1},
        {"heading": "Word Count Certificate", "level": 1},
        {"heading": "COMBINED CERTIFICATIONS", "level": 1},
        {"heading": "Certificate of Service", "level": 1},
        {"heading": "I. The certifications were false", "level": 2},
    ]
    assert [entry["heading"] for entry in asked_headings(gold)] == [
        "Conclusion",
        "I. The certifications were false",
    ]


KENTUCKY = (
    "COMMONWEALTH OF KENTUCKY\nCOURT OF APPEALS\nNO. 2025-CA-0618\n\n"
    "MARCUS L. ABERNATHY                                    APPELLANT\n\nv.\n\n"
    "HARLOW COUNTY FISCAL COURT                             APPELLEE\n\n"
    "BRIEF FOR APPELLEE\n\n"
    "Submitted by:\nNadine Carr Fultz\nCounsel for Appellee\n\n"
    "CERTIFICATE REQUIRED BY CR 76.12(6)\n\n"
    "I certify that a copy of this brief was served by mail on counsel for Appellant.\n\n"
    "/s/ Nadine Carr Fultz\n\n"
)
POINTS_TABLE = (
    "COUNTERSTATEMENT OF POINTS AND AUTHORITIES\n\n"
    "Counterstatement of the case .............................................. 1\n"
    "Argument .................................................................. 3\n"
    "1. The report was not a protected disclosure .............................. 3\n"
    "2. The position was eliminated for budgetary reasons ...................... 6\n"
    "Conclusion ................................................................ 11\n\n"
)


def test_a_statement_of_points_and_authorities_is_a_heading_over_its_rows() -> None:
    text = (
        KENTUCKY
        + POINTS_TABLE
        + brief(
            "Counterstatement of the case",
            "Argument",
            "1. The report was not a protected disclosure.",
            "2. The position was eliminated for budgetary reasons.",
            "Conclusion",
        )
    )
    assert levels(text) == [
        ("COUNTERSTATEMENT OF POINTS AND AUTHORITIES", 0),
        ("Counterstatement of the case", 0),
        ("Argument", 0),
        ("The report was not a protected disclosure.", 1),
        ("The position was eliminated for budgetary reasons.", 1),
        ("Conclusion", 0),
    ]


def test_a_certificate_required_by_a_rule_is_left_out_of_the_body() -> None:
    text = KENTUCKY + brief("INTRODUCTION", "ARGUMENT")
    assert [heading for heading, _ in levels(text)] == ["INTRODUCTION", "ARGUMENT"]
    gold = [{"heading": "CERTIFICATE REQUIRED BY CR 76.12(6)", "level": 1}]
    assert asked_headings(gold) == []


def test_an_appendix_after_the_signature_is_a_heading() -> None:
    text = CLOSING + (
        "\nRespectfully submitted,\n\n/s/ Simone A. Treadway\nCounsel for Appellant\n\n"
        "APPENDIX\n\nTab 1: Opinion and Order, March 21, 2025\nTab 2: KRS 61.101-61.103\n"
    )
    assert [heading for heading, _ in levels(text)][-2:] == ["CONCLUSION", "APPENDIX"]


def test_the_word_appendix_in_a_sentence_or_mixed_case_stays_text() -> None:
    text = CLOSING + (
        "\nRespectfully submitted,\n\n/s/ Simone A. Treadway\nCounsel for Appellant\n\n"
        "Appendix\n\nTab 1: Opinion and Order, March 21, 2025\n"
    )
    assert [heading for heading, _ in levels(text)][-1] == "CONCLUSION"


def test_a_statement_of_appellate_jurisdiction_under_the_counsel_block_is_a_heading() -> None:
    text = (
        "UNITED STATES BANKRUPTCY APPELLATE PANEL\nOF THE NINTH CIRCUIT\n\n"
        "BAP No. EC-25-1177\n\nWENDELL ARLO PRYSOCK,\nAppellant,\n\nv.\n\n"
        "JANINE OSTERGAARD, Chapter 7 Trustee,\nAppellee.\n\n"
        "APPELLEE'S RESPONSE BRIEF\n\n"
        "Harlan B. Esterly (SBN 198320)\nESTERLY & NGATA LLP\n"
        "Attorneys for Janine Ostergaard, Chapter 7 Trustee\n\n"
    ) + brief("STATEMENT OF APPELLATE JURISDICTION", "STANDARD OF REVIEW", "ARGUMENT")
    assert [heading for heading, _ in levels(text)] == [
        "STATEMENT OF APPELLATE JURISDICTION",
        "STANDARD OF REVIEW",
        "ARGUMENT",
    ]


def test_a_signer_named_over_counsel_for_with_no_signature_line_is_no_heading() -> None:
    # an English skeleton argument ends with counsel's name in capitals, "Counsel for …" under
    # it, chambers and the date: no "Respectfully submitted" nor "/s/" line opens the block
    text = CLOSING + (
        "\nHARRIET OSTROWSKA\nCounsel for the Appellant\nTemple Row Chambers\n3 March 2026\n"
    )
    assert [heading for heading, _ in levels(text)][-1] == "CONCLUSION"


def test_a_firm_named_over_counsel_for_opens_the_signature_block() -> None:
    text = CLOSING + (
        "\nMARASIGAN BELTRAN & ONG LAW OFFICES\nCounsel for Respondents\n"
        "4/F Roxas Tower, Iloilo City\n\nBy:\nATTY. CORAZON D. BELTRAN\n"
        "Roll of Attorneys No. 61207\n"
    )
    assert [heading for heading, _ in levels(text)][-1] == "CONCLUSION"


def test_the_place_and_date_a_brief_is_signed_at_is_no_heading() -> None:
    text = CLOSING + (
        "\nCebu City for Manila, 14 January 2026.\n\n"
        "MARASIGAN BELTRAN & ONG LAW OFFICES\nCounsel for Respondents\n"
    )
    assert [heading for heading, _ in levels(text)][-1] == "CONCLUSION"


def test_a_verification_under_a_longer_title_after_the_counsel_block_is_a_heading() -> None:
    text = CLOSING + (
        "\nMARASIGAN BELTRAN & ONG LAW OFFICES\nCounsel for Petitioner\n\n"
        "VERIFICATION AND CERTIFICATION AGAINST FORUM SHOPPING\n\n"
        "I, ROWENA T. SALCEDO, of legal age, after having been sworn, depose and state that I "
        "am the petitioner in this case and have read the petition.\n"
    )
    assert [heading for heading, _ in levels(text)][-2:] == [
        "CONCLUSION",
        "VERIFICATION AND CERTIFICATION AGAINST FORUM SHOPPING",
    ]


def test_the_explanation_of_service_after_the_counsel_block_is_kept() -> None:
    text = CLOSING + (
        "\nMARASIGAN BELTRAN & ONG LAW OFFICES\nCounsel for Respondents\n\n"
        "By:\nATTY. CORAZON D. BELTRAN\nRoll of Attorneys No. 61207\n\nEXPLANATION\n\n"
        "This Comment is served by registered mail, personal service not being practicable "
        "owing to the distance between the offices of counsel.\n"
    )
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    kept = " ".join(segment.text for segment in segment_filing(filing).segments)
    assert "personal service not being practicable" in kept
    assert "Roll of Attorneys" not in kept


def test_a_lettered_consideration_tagged_with_the_rule_it_invokes_is_a_heading() -> None:
    text = brief(
        "ARGUMENT",
        "A. The decision conflicts with this Court's decisions on common areas. RAP 13.4(b)(1).",
        "B. The question of a landlord's duty is of substantial public interest. RAP 13.4(b)(4).",
        "CONCLUSION",
    )
    assert [heading for heading, _ in levels(text)] == [
        "ARGUMENT",
        "The decision conflicts with this Court's decisions on common areas. RAP 13.4(b)(1).",
        "The question of a landlord's duty is of substantial public interest. RAP 13.4(b)(4).",
        "CONCLUSION",
    ]
