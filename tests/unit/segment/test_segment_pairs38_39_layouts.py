"""Commonwealth and agency layouts of pairs38/39 read through plain text (segfix34), each rule
both ways (fictional briefs written for the test)."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentDraft
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from lawdiff.segment.outline import OutlineTracker
from tests.textfilings import brief, outline

ANSWER = (
    "I. INTRODUCTION",
    "II. REPLY ARGUMENT",
    "Issue 1: Test Year Adjustments",
    "Issue 2: Capital Structure",
    "Issue 4: Incentive Compensation",
    "III. CONCLUSION",
)


def test_an_answers_issue_keeps_the_number_of_the_issue_it_answers() -> None:
    got = [(label, level) for label, _, level in outline(brief(*ANSWER), Role.OPPOSITION)]
    assert got == [
        ("I", 0),
        ("II", 0),
        ("II.Issue 1", 1),
        ("II.Issue 2", 1),
        ("II.Issue 4", 1),
        ("III", 0),
    ]


def test_a_movants_issue_that_skips_a_number_stays_body_text() -> None:
    got = [label for label, _, _ in outline(brief(*ANSWER), Role.MOTION)]
    assert "II.Issue 4" not in got


def test_an_answer_keeps_word_numbers_only_once_and_not_for_letters() -> None:
    tracker = OutlineTracker(answer=True)
    assert tracker.accept("ISSUES ONE AND FIVE") == 1
    assert tracker.accept("ISSUE TWO") == 1
    assert tracker.accept("ISSUE FIVE") is None  # answered already
    assert tracker.accept("A.") == 2
    assert tracker.accept("C.") is None  # a letter skipped is no point


def test_issues_argued_together_number_a_point_and_the_next_keeps_its_number() -> None:
    text = brief(
        "ARGUMENT",
        "ISSUES ONE AND FIVE ARGUED TOGETHER: Whether the exemption clause applied",
        "ISSUE TWO: Whether special damages were proved",
        "CONCLUSION",
    )
    got = [(label, heading, level) for label, heading, level in outline(text, Role.OPPOSITION)]
    assert got[1] == (
        "ISSUES ONE AND FIVE",
        "ARGUED TOGETHER: Whether the exemption clause applied",
        1,
    )
    assert got[2] == ("ISSUE TWO", "Whether special damages were proved", 1)


def test_issues_named_without_argued_together_are_no_point() -> None:
    text = brief("ARGUMENT", "ISSUES ONE AND FIVE ARE WRONG", "CONCLUSION")
    got = [label for label, _, _ in outline(text, Role.OPPOSITION)]
    assert "ISSUES ONE AND FIVE" not in got


CAPTION = (
    "IN THE COURT OF APPEAL OF NIGERIA\nHOLDEN AT LAGOS\n\nAPPEAL NO: CA/L/1/2025\n\nBETWEEN:\n\n"
    "ACME LIMITED ............................ APPELLANT\n\nAND\n\n"
    "BETA HAULAGE LIMITED ........................ RESPONDENT\n\nAPPELLANT'S BRIEF OF ARGUMENT\n\n"
)
PARAGRAPH = (
    "{n} My Lords, the trial Court's conclusion rests on two errors. It treated an unsigned "
    "document as a term of the contract, and it allowed the Respondent to rely on it."
)


def zero_brief(*sections: tuple[str, str]) -> str:
    """A brief of argument under ``CAPTION``: each section "N.0 TITLE" (or a line of its
    own), then its numbered paragraph "N.1 …"."""
    parts = [f"{head}\n\n{PARAGRAPH.format(n=number)}" for head, number in sections]
    return CAPTION + "\n\n".join(parts) + "\n"


def test_sections_numbered_n_point_zero_are_top_headings_over_numbered_paragraphs() -> None:
    text = zero_brief(
        ("1.0 INTRODUCTION", "1.1"),
        ("2.0 STATEMENT OF FACTS", "2.1"),
        ("3.0 ARGUMENT", "3.1"),
        ("ISSUE ONE: Whether the clause was incorporated into the contract", "3.2"),
        ("ISSUE TWO: Whether special damages were strictly proved", "3.3"),
        ("4.0 CONCLUSION", "4.1"),
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [
        ("1", 0),
        ("2", 0),
        ("3", 0),
        ("3.ISSUE ONE", 1),
        ("3.ISSUE TWO", 1),
        ("4", 0),
    ]


def test_a_decimal_point_under_a_whole_numbered_section_stays_a_heading() -> None:
    text = brief("1. INTRODUCTION", "2. ARGUMENT", "2.1 The clause was never incorporated")
    got = [(label, level) for label, _, level in outline(text)]
    assert ("2.1", 1) in got


# e-filed text: each paragraph one line
TAIL = (
    " The Respondent says otherwise, but the documents it relies on were written after the "
    "event and none of them was put to the witnesses at the hearing before the adjudicator."
)


def series(part: str, with_text: bool) -> str:
    """Submissions numbered throughout, each paragraph on one line: lettered parts, then a
    labelled series of lone issues after ``part`` (with a paragraph of its own or none),
    each over its paragraphs."""
    lines = [
        "A. INTRODUCTION",
        "1. The Applicant applies to set aside the adjudication determination.",
        "B. BACKGROUND",
        "2. The parties entered into a subcontract for the works in 2023.",
        part,
    ]
    if with_text:
        lines.append("3. The following issues arise for determination in this application.")
    lines += [
        "Issue 1: Whether the payment claim was served in time",
        "4. The payment claim was served two days after the date fixed by the subcontract.",
        "Issue 2: Whether the adjudicator failed to consider the back-charges",
        "5. The determination does not mention the back-charges at all.",
        "D. CONCLUSION",
        "6. The determination should be set aside.",
        "7. The Respondent should pay the costs of this application.",
    ]
    return "\n\n".join(line + TAIL if line[0].isdigit() else line for line in lines) + "\n"


def test_a_labelled_series_after_a_part_with_text_of_its_own_stands_beside_it() -> None:
    text = series("C. ISSUES TO BE DETERMINED", with_text=True)
    got = [(heading, level) for _, heading, level in outline(text)]
    assert ("Whether the payment claim was served in time", 0) in got
    assert ("Whether the adjudicator failed to consider the back-charges", 0) in got
    assert ("CONCLUSION", 0) in got


def test_a_labelled_series_right_under_its_part_stays_under_it() -> None:
    text = series("C. GROUNDS OF CHALLENGE", with_text=False)
    got = [(heading, level) for _, heading, level in outline(text)]
    assert ("Whether the payment claim was served in time", 1) in got
    assert ("CONCLUSION", 0) in got


def heads(*parts: str, signed: str = "") -> str:
    """Heads of argument numbered throughout, each paragraph on one line (more than ten: read
    by its numbered paragraphs): ``parts`` are headings, two numbered paragraphs after each,
    then ``signed`` after the last paragraph."""
    number, lines = 0, []
    for part in parts:
        lines.append(part)
        for _ in range(2):
            number += 1
            lines.append(f"{number}. The respondent does not dispute these facts." + TAIL)
    return "\n\n".join(lines) + "\n\n" + signed


def test_one_word_in_capitals_among_numbered_paragraphs_is_a_section() -> None:
    text = heads("INTRODUCTION", "THE FACTS", "URGENCY", "THE MERITS", "COSTS", "CONCLUSION")
    got = [(heading, level) for _, heading, level in outline(text)]
    assert ("URGENCY", 0) in got
    assert ("COSTS", 0) in got


def test_a_lettered_sub_heading_under_a_section_in_capitals() -> None:
    text = heads(
        "INTRODUCTION",
        "THE FACTS",
        "THE APPLICANT WAS DEPRIVED OF POSSESSION",
        "(a) The padlock on the gate",
        "(b) The electricity supply",
        "CONCLUSION",
    )
    got = [(label, heading, level) for label, heading, level in outline(text)]
    assert ("(a)", "The padlock on the gate", 1) in got
    assert ("(b)", "The electricity supply", 1) in got


def test_mixed_case_lone_headings_sit_under_the_section_in_capitals() -> None:
    text = heads(
        "INTRODUCTION",
        "THE FACTS",
        "FIRST POINT IN LIMINE: NON-JOINDER",
        "SECOND POINT IN LIMINE: URGENCY",
        "THE MERITS",
        "Possession",
        "The padlock on the gate",
        "CONCLUSION",
    )
    got = [(heading, level) for _, heading, level in outline(text, Role.OPPOSITION)]
    assert ("THE MERITS", 0) in got
    assert ("Possession", 1) in got
    assert ("The padlock on the gate", 1) in got
    assert ("CONCLUSION", 0) in got


def segments_of(text: str) -> tuple[SegmentDraft, ...]:
    """Every segment lawdiff finds in ``text`` imported as a one-page text motion."""
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    return tuple(segment_filing(filing).segments)


AUTHORITIES = (
    "LIST OF AUTHORITIES\n\nNaidoo v Moodley 1982 (4) SA 82 (T)\nYeko v Qana 1973 (4) SA 735 (A)\n"
)


def test_counsels_initialled_name_is_a_signature_block_before_the_list_of_authorities() -> None:
    signed = (
        "J. VAN DER MERWE\nCounsel for the Applicant\nChambers, Cape Town\n21 February 2025\n\n"
    )
    text = heads("INTRODUCTION", "THE FACTS", "THE MERITS", "CONCLUSION", signed=signed)
    segments = segments_of(text + AUTHORITIES)
    assert not any("VAN DER MERWE" in segment.text for segment in segments)
    assert [s.heading for s in segments if s.heading][-1] == "LIST OF AUTHORITIES"


PETITION = (
    "PREFATORY STATEMENT",
    "DISCUSSION",
    "I. THE COURT OF APPEALS GRAVELY ERRED IN HOLDING THAT RESPONDENTS WERE BUYERS IN GOOD FAITH.",
    "A. Respondents are charged with the knowledge of their broker, who brokered the first sale.",
    "B. Respondents closed their eyes to petitioner's visible possession of the lot.",
    "II. THE COURT OF APPEALS ERRED IN DELETING THE AWARD OF DAMAGES.",
    "III. THE COURT OF APPEALS ERRED IN AWARDING ATTORNEY'S FEES.",
    "PRAYER",
)


def test_lettered_sentence_points_among_numbered_paragraphs_are_sub_points() -> None:
    got = [(label, level) for label, _, level in outline(heads(*PETITION))]
    assert ("I.A", 2) in got
    assert ("I.B", 2) in got


def test_a_lone_lettered_sentence_among_numbered_paragraphs_stays_body_text() -> None:
    got = [label for label, _, _ in outline(heads(*PETITION[:4], *PETITION[5:]))]
    assert "I.A" not in got


def test_a_prefatory_statement_opens_the_body() -> None:
    got = [(heading, level) for _, heading, level in outline(heads(*PETITION))]
    assert got[0] == ("PREFATORY STATEMENT", 0)


VERIFIED = (
    "VERIFICATION AND CERTIFICATION AGAINST FORUM SHOPPING\n\n"
    "I, ROSALINDA M. VILLAFLOR, of legal age, after having been sworn, depose and state that I "
    "am the petitioner and have read the Petition, and its allegations are true and correct.\n\n"
    "ROSALINDA M. VILLAFLOR\nAffiant\n\n"
    "EXPLANATION\n\n"
    "This Petition is served by registered mail, personal service not being practicable owing "
    "to the distance between the offices of counsel.\n"
)


def test_the_affiants_name_signs_and_the_explanation_after_it_is_a_section() -> None:
    signed = "DE LA PAZ AQUINO & REYES LAW OFFICES\nCounsel for Petitioner\nLipa City\n\n"
    got = [heading for _, heading, _ in outline(heads(*PETITION, signed=signed) + VERIFIED)]
    assert got[-2:] == ["VERIFICATION AND CERTIFICATION AGAINST FORUM SHOPPING", "EXPLANATION"]


def test_a_sentence_case_line_among_decimal_paragraphs_is_a_sub_heading() -> None:
    text = zero_brief(
        ("1.0 INTRODUCTION", "1.1"),
        ("2.0 ARGUMENT", "2.1"),
        ("ISSUE ONE: Whether the clause was incorporated into the contract", "2.2"),
        ("Incorporation of the standard conditions", "2.3"),
        ("The earlier case is distinguishable", "2.4"),
        ("3.0 CONCLUSION", "3.1"),
    )
    got = [(heading, level) for _, heading, level in outline(text)]
    assert ("Incorporation of the standard conditions", 2) in got
    assert ("The earlier case is distinguishable", 2) in got


def test_a_short_sentence_in_a_few_decimal_points_stays_body_text() -> None:
    text = brief(
        "1. INTRODUCTION",
        "2. ARGUMENT",
        "2.1 The Clause Was Never Incorporated",
        "The earlier case is distinguishable",
        "3. CONCLUSION",
    )
    got = [heading for _, heading, _ in outline(text)]
    assert "The earlier case is distinguishable" not in got
