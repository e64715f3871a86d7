"""Layouts word processors export that no brief pair had yet: headings wrapped over two or
three lines, word ordinals ("FIRST ARGUMENT", "Issue I"), parenthesised capitals ("(I)",
"(A)"), decimal outlines three deep ("1.1.1"), and the argument named with its authorities
("AUTHORITY AND ARGUMENT", "ARGUMENT AND CITATION OF AUTHORITY") — each with the body text
that must stay body (fictional briefs written for the test)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from lawdiff.segment.patterns import ENUMERATOR_START, KNOWN_HEADING, POINT_START
from tests.textfilings import BODY, brief, outline


def test_a_title_case_heading_wrapped_over_two_lines_is_one_heading() -> None:
    text = brief(
        "ARGUMENT",
        "The Plaintiff's Contract Claim Fails Because the Agreement Was Never\n"
        "Signed by Both Parties",
        "The Fraud Claim Is Not Pleaded With the Particularity That Rule 9(b)\nRequires",
        "CONCLUSION",
    )
    got = outline(text)
    assert [(heading, level) for _, heading, level in got] == [
        ("ARGUMENT", 0),
        (
            "The Plaintiff's Contract Claim Fails Because the Agreement Was Never Signed by "
            "Both Parties",
            1,
        ),
        ("The Fraud Claim Is Not Pleaded With the Particularity That Rule 9(b) Requires", 1),
        ("CONCLUSION", 0),
    ]


def test_a_two_line_paragraph_in_sentence_case_stays_body() -> None:
    text = brief(
        "ARGUMENT",
        "The Court should deny the motion because the Plaintiff has not shown\n"
        "that any fact material to the claim is in dispute.",
        "CONCLUSION",
    )
    assert [heading for _, heading, _ in outline(text)] == ["ARGUMENT", "CONCLUSION"]


def test_short_title_case_lines_set_one_under_another_are_no_wrapped_heading() -> None:
    # a place and date above the signature, a signer's name above the office
    text = brief("ARGUMENT", "CONCLUSION") + (
        "\nHartford, Connecticut\nNovember 23, 2026\n\nRaymond K. Whitcombe\n"
        "United States District Judge\n"
    )
    assert [heading for _, heading, _ in outline(text)] == ["ARGUMENT", "CONCLUSION"]


def test_numbered_headings_wrapped_over_three_lines_keep_every_line() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE PLAINTIFF'S CONTRACT CLAIM FAILS AS A MATTER OF LAW BECAUSE\n"
        "THE AGREEMENT ON WHICH IT RESTS WAS NEVER SIGNED BY BOTH OF THE\nPARTIES TO IT",
        "A. The Complaint Does Not Identify Who Made the Statements, When\n"
        "They Were Made, or Why They Were False When Made",
        "CONCLUSION",
    )
    got = outline(text)
    assert got[1][0] == "I" and got[1][1].endswith("BOTH OF THE PARTIES TO IT")
    assert got[2][:2] == ("I.A", got[2][1]) and got[2][1].endswith("False When Made")
    assert [level for *_, level in got] == [0, 1, 2, 0]


@pytest.mark.parametrize(
    ("line", "enum"),
    [
        ("(I) THE CONTRACT CLAIM FAILS", "(I)"),
        ("(A) The Agreement Was Never Signed", "(A)"),
        ("(IV) THE EQUITIES FAVOR DEFENDANT", "(IV)"),
        ("1.1.1 No Signature Block Was Completed", "1.1.1"),
        ("2.3 The Statute of Frauds Applies", "2.3"),
    ],
)
def test_parenthesised_capitals_and_deep_decimals_are_enumerators(line: str, enum: str) -> None:
    match = ENUMERATOR_START.match(line)
    assert match is not None and match.group("enum") == enum


def test_parenthesised_capitals_number_an_outline() -> None:
    text = brief(
        "ARGUMENT",
        "(I) THE CONTRACT CLAIM FAILS",
        "(A) The Agreement Was Never Signed",
        "(B) The Statute of Frauds Bars It",
        "(II) THE FRAUD CLAIM FAILS",
        "CONCLUSION",
    )
    assert outline(text) == [
        ("ARGUMENT", "ARGUMENT", 0),
        ("(I)", "THE CONTRACT CLAIM FAILS", 1),
        ("(I).(A)", "The Agreement Was Never Signed", 2),
        ("(I).(B)", "The Statute of Frauds Bars It", 2),
        ("(II)", "THE FRAUD CLAIM FAILS", 1),
        ("CONCLUSION", "CONCLUSION", 0),
    ]


def test_a_parenthesised_capital_that_opens_no_level_stays_body() -> None:
    # "(C)" with no "(A)" before it: a clause quoted from a statute, not an outline
    text = brief("ARGUMENT", "I. THE CONTRACT CLAIM FAILS") + (
        "\n(C) The court may grant relief from a final judgment.\n\n" + BODY + "\n"
    )
    assert [label for label, *_ in outline(text)] == ["ARGUMENT", "I"]


def test_a_decimal_outline_three_deep() -> None:
    text = brief(
        "DISCUSSION",
        "1. The Contract Claim Fails",
        "1.1 The Agreement Was Never Signed",
        "1.1.1 No Signature Block Was Completed",
        "1.2 The Statute of Frauds Applies",
        "2. The Fraud Claim Fails",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("DISCUSSION", 0),
        ("1", 1),
        ("1.1", 2),
        ("1.1.1", 3),
        ("1.2", 2),
        ("2", 1),
    ]


@pytest.mark.parametrize(
    ("line", "enum", "title"),
    [
        ("FIRST ARGUMENT: THE CONTRACT CLAIM FAILS", "FIRST ARGUMENT", "THE CONTRACT CLAIM FAILS"),
        ("SECOND ARGUMENT", "SECOND ARGUMENT", ""),
        ("Second Argument: The Fraud Claim Fails", "Second Argument", "The Fraud Claim Fails"),
        ("Issue I", "Issue I", ""),
        ("Point Two", "Point Two", ""),
    ],
)
def test_word_ordinals_are_word_enumerators(line: str, enum: str, title: str) -> None:
    match = POINT_START.match(line)
    assert match is not None
    assert (match.group("enum"), match.group("title")) == (enum, title)


@pytest.mark.parametrize(
    "line",
    [
        "First argument, the defendant says, is waived.",
        "Issue I of the newsletter reported the merger.",
        "Point two of the agreement sets the price.",
    ],
)
def test_a_sentence_opening_with_an_ordinal_is_no_word_enumerator(line: str) -> None:
    assert POINT_START.match(line) is None


def test_first_and_second_argument_above_their_titles() -> None:
    text = brief(
        "INTRODUCTION",
        "FIRST ARGUMENT\n\nTHE CONTRACT CLAIM FAILS",
        "SECOND ARGUMENT\n\nTHE FRAUD CLAIM FAILS",
        "CONCLUSION",
    )
    got = outline(text)
    assert [(label, heading) for label, heading, _ in got] == [
        ("INTRODUCTION", "INTRODUCTION"),
        ("FIRST ARGUMENT", "THE CONTRACT CLAIM FAILS"),
        ("SECOND ARGUMENT", "THE FRAUD CLAIM FAILS"),
        ("CONCLUSION", "CONCLUSION"),
    ]


def test_a_michigan_issue_numbered_in_roman_above_its_title() -> None:
    text = brief(
        "ARGUMENT",
        "Issue I\n\nTHE TRIAL COURT ERRED IN GRANTING SUMMARY DISPOSITION",
        "Issue II\n\nTHE TRIAL COURT ERRED IN EXCLUDING THE EXPERT",
        "RELIEF REQUESTED",
    )
    assert outline(text) == [
        ("ARGUMENT", "ARGUMENT", 0),
        ("Issue I", "THE TRIAL COURT ERRED IN GRANTING SUMMARY DISPOSITION", 1),
        ("Issue II", "THE TRIAL COURT ERRED IN EXCLUDING THE EXPERT", 1),
        ("RELIEF REQUESTED", "RELIEF REQUESTED", 0),
    ]


@pytest.mark.parametrize(
    "umbrella",
    ["AUTHORITY AND ARGUMENT", "ARGUMENT AND CITATION OF AUTHORITY", "ARGUMENTS AND AUTHORITIES"],
)
def test_the_argument_named_with_its_authorities_gathers_the_headings_in_capitals(
    umbrella: str,
) -> None:
    text = brief(
        "STATEMENT OF FACTS",
        umbrella,
        "THE CONTRACT CLAIM FAILS",
        "THE FRAUD CLAIM FAILS",
        "CONCLUSION",
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("STATEMENT OF FACTS", 0),
        (umbrella, 0),
        ("THE CONTRACT CLAIM FAILS", 1),
        ("THE FRAUD CLAIM FAILS", 1),
        ("CONCLUSION", 0),
    ]


def test_a_washington_motions_evidence_relied_upon_is_a_known_section() -> None:
    assert KNOWN_HEADING.match("EVIDENCE RELIED UPON")
    assert KNOWN_HEADING.match("Evidence Relied Upon")
    assert not KNOWN_HEADING.match("EVIDENCE RELIED UPON BY THE JURY WAS HEARSAY")


def test_a_list_inside_a_paragraph_stays_body() -> None:
    text = brief("ARGUMENT", "I. THE CONTRACT CLAIM FAILS") + (
        "\nA contract needs three things:\n(1) an offer;\n(2) acceptance; and\n"
        "(3) consideration.\n\nThe court dismissed the claim.\n\n" + BODY + "\n"
    )
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    segments = segment_filing(filing).segments
    assert [s.label for s in segments if s.kind == SegmentKind.HEADING] == ["ARGUMENT", "I"]
    bodies = [s.text for s in segments if s.kind == SegmentKind.PARAGRAPH]
    assert "The court dismissed the claim." in bodies


def segments_of(text: str) -> list[tuple[str, str, int]]:
    """Every segment of ``text`` as (kind, label or text, level)."""
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    return [
        (s.kind.value, s.label if s.kind == SegmentKind.HEADING else s.text, s.level)
        for s in segment_filing(filing).segments
    ]


LOUISIANA_CAPTION = (
    "NINETEENTH JUDICIAL DISTRICT COURT FOR THE PARISH OF EAST BATON ROUGE\n\n"
    "STATE OF LOUISIANA\n\nNUMBER C-100200          SECTION 24\n\nALMA P. ROE\n\nVERSUS\n\n"
    "GULF HARBOR BOATS, L.L.C.\n\nMEMORANDUM IN SUPPORT OF PEREMPTORY EXCEPTION\n\n"
)


def test_the_address_to_the_court_ends_a_caption_with_no_party_mark() -> None:
    opening = (
        "Defendants, Gulf Harbor Boats, L.L.C. and its manager, submit this memorandum in "
        "support of their exception."
    )
    text = (
        LOUISIANA_CAPTION
        + f"MAY IT PLEASE THE COURT:\n\n{opening}\n\n"
        + brief("FACTS AND PROCEDURAL HISTORY", "LAW AND ARGUMENT", "CONCLUSION")
    )
    got = segments_of(text)
    assert got[0] == ("paragraph", opening, 0)
    heads = [label for kind, label, _ in got if kind == "heading"]
    assert heads == ["FACTS AND PROCEDURAL HISTORY", "LAW AND ARGUMENT", "CONCLUSION"]


@pytest.mark.parametrize(
    "line",
    [
        "FACTS AND PROCEDURAL HISTORY",
        "FACTUAL AND PROCEDURAL BACKGROUND",
        "Procedural History",
        "STATEMENT OF FACTS AND PROCEDURAL HISTORY",
        "COUNTER-STATEMENT OF QUESTIONS PRESENTED",
    ],
)
def test_sections_of_facts_history_and_questions_are_known_headings(line: str) -> None:
    assert KNOWN_HEADING.match(line)


def test_procedural_history_opening_a_sentence_is_no_known_heading() -> None:
    assert not KNOWN_HEADING.match("PROCEDURAL HISTORY OF THE CLAIM SHOWS DELAY")


def test_questions_numbered_by_word_are_a_list_and_the_issues_below_are_the_outline() -> None:
    text = (
        "STATEMENT OF QUESTIONS PRESENTED\n\n"
        "Issue I. Did Plaintiffs fail to serve the notice the statute requires?\n"
        "Defendants answer: Yes.\n\n"
        "Issue II. Was the defect outside the improved portion of the highway?\n"
        "Defendants answer: Yes.\n\n"
    ) + brief(
        "ARGUMENT",
        "Issue I: Plaintiffs' Notice Did Not State the Exact Location of the Defect",
        "Issue II: The Defect Was in the Shoulder",
        "RELIEF REQUESTED",
    )
    assert outline(text) == [
        ("STATEMENT OF QUESTIONS PRESENTED", "STATEMENT OF QUESTIONS PRESENTED", 0),
        ("ARGUMENT", "ARGUMENT", 0),
        ("Issue I", "Plaintiffs' Notice Did Not State the Exact Location of the Defect", 1),
        ("Issue II", "The Defect Was in the Shoulder", 1),
        ("RELIEF REQUESTED", "RELIEF REQUESTED", 0),
    ]


def test_a_word_count_certification_is_left_out_of_the_body() -> None:
    text = brief("ARGUMENT", "CONCLUSION") + (
        "\nWORD COUNT CERTIFICATION\n\nThe undersigned certifies that this memorandum "
        "contains 1,118 words.\n"
    )
    got = segments_of(text)
    assert not any("1,118" in label or "CERTIFICATION" in label for _, label, _ in got)


POINTS_TABLE = (
    "POINTS AND AUTHORITIES\n\n"
    "I. THE COURT ERRED IN DISMISSING THE CLAIM AS UNTIMELY BECAUSE THE\n"
    "FIVE-YEAR PERIOD GOVERNS ........................................... 6\n"
    "Adams v. Northern Gas Co., 211 Ill. 2d 32 (2004) ................. 6\n\n"
    "A. A Genuine Issue of Material Fact Exists ......................... 7\n"
    "Smith v. Jones, 123 Ill. 2d 456 (1990) ............................ 7\n\n"
)


def test_an_illinois_points_and_authorities_with_dot_leaders_is_a_table() -> None:
    text = POINTS_TABLE + brief(
        "NATURE OF THE CASE",
        "ARGUMENT",
        "I. THE COURT ERRED IN DISMISSING THE CLAIM AS UNTIMELY BECAUSE THE\n"
        "FIVE-YEAR PERIOD GOVERNS",
        "A. A Genuine Issue of Material Fact Exists",
        "CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("NATURE OF THE CASE", 0),
        ("ARGUMENT", 0),
        ("I", 1),
        ("I.A", 2),
        ("CONCLUSION", 0),
    ]


def test_points_and_authorities_above_body_text_stays_a_heading() -> None:
    text = brief("INTRODUCTION", "POINTS AND AUTHORITIES", "I. THE CLAIM FAILS", "CONCLUSION")
    assert [label for label, *_ in outline(text)][:2] == ["INTRODUCTION", "POINTS AND AUTHORITIES"]


def test_the_standard_of_review_between_the_umbrella_and_its_first_point_is_its_section() -> None:
    text = brief("ARGUMENT", "STANDARD OF REVIEW", "I. THE CLAIM FAILS", "CONCLUSION")
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("STANDARD OF REVIEW", 1),
        ("I", 1),
        ("CONCLUSION", 0),
    ]


def test_the_standard_of_review_before_the_argument_stays_a_top_heading() -> None:
    text = brief("STANDARD OF REVIEW", "ARGUMENT", "I. THE CLAIM FAILS", "CONCLUSION")
    assert [level for *_, level in outline(text)] == [0, 0, 1, 0]


def test_a_sentence_case_point_wrapped_over_two_lines_is_a_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE CLAIM IS TIMELY",
        "A. The five-year period of section 13-205 applies to every claim under the Act",
        "B. Under Cothron, a separate claim accrued with each scan, so the scans\n"
        "within five years of the complaint are timely",
        "CONCLUSION",
    )
    got = outline(text)
    assert [label for label, *_ in got] == ["ARGUMENT", "I", "I.A", "I.B", "CONCLUSION"]
    assert got[3][1].endswith("within five years of the complaint are timely")


def test_a_numbered_two_line_sentence_ending_in_a_period_stays_body() -> None:
    text = brief("ARGUMENT", "I. THE CLAIM IS TIMELY") + (
        "\nA. Plaintiff, a warehouse worker, scanned his finger every day, and the\n"
        "scans were stored by the vendor for years.\n\n" + BODY + "\n"
    )
    assert [label for label, *_ in outline(text)] == ["ARGUMENT", "I"]


def test_lettered_points_in_sentence_case_with_a_comma_open_the_outline() -> None:
    # a North Carolina brief: no roman level, the first point's sentence has a comma
    text = (
        brief(
            "ARGUMENT",
            "A. The covenant is enforceable, and at minimum its reasonableness cannot be decided "
            "on the pleadings",
            "1. A territory tied to the counties where the employer does business is reasonable",
            "B. The Complaint identifies the trade secrets the employee took",
            "CONCLUSION",
        )
        + "\nThis the 16th day of December, 2024.\n"
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("A", 1),
        ("A.1", 2),
        ("B", 1),
        ("CONCLUSION", 0),
    ]


def test_numbered_items_with_commas_above_one_another_stay_body() -> None:
    text = brief("ARGUMENT") + (
        "\n1. Compensatory damages, in an amount to be proven at trial\n\n"
        "2. Punitive damages, as the statute allows\n\n" + BODY + "\n"
    )
    assert [label for label, *_ in outline(text)] == ["ARGUMENT"]


def test_sentence_points_with_commas_wrapped_over_two_lines_vouch_for_each_other() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE CLAIM IS TIMELY",
        "A. The five-year period applies to every claim under the Act, as the\n"
        "supreme court held in Tims.",
        "B. Under Cothron, a separate claim accrued with each scan, so the scans\n"
        "within five years of the complaint are timely.",
        "CONCLUSION",
    )
    got = outline(text)
    assert [label for label, *_ in got] == ["ARGUMENT", "I", "I.A", "I.B", "CONCLUSION"]
    assert got[2][1].endswith("as the supreme court held in Tims.")


def test_a_run_in_heading_in_capitals_ending_in_a_colon_is_a_heading() -> None:
    text = (
        "ARGUMENT\n\n"
        f"THE CONTRACT CLAIM FAILS: {BODY.replace(chr(10), ' ')}\n\n"
        f"THE FRAUD CLAIM FAILS FOR WANT OF PARTICULARITY: {BODY.replace(chr(10), ' ')}\n\n"
        "CONCLUSION\n\nThe motion should be granted.\n"
    )
    assert outline(text) == [
        ("ARGUMENT", "ARGUMENT", 0),
        ("THE CONTRACT CLAIM FAILS", "THE CONTRACT CLAIM FAILS:", 1),
        (
            "THE FRAUD CLAIM FAILS FOR WANT OF PARTICULARITY",
            "THE FRAUD CLAIM FAILS FOR WANT OF PARTICULARITY:",
            1,
        ),
        ("CONCLUSION", "CONCLUSION", 0),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "NOTE: The court should read the statute as a whole before it reaches the history.",
        "ACME SUPPLY CO. Sued the bank in state court after the loan was called in 2019.",
    ],
)
def test_a_paragraph_opening_in_capitals_is_no_run_in_heading(line: str) -> None:
    text = brief("ARGUMENT") + f"\n{line}\n\n" + BODY + "\n"
    assert [label for label, *_ in outline(text)] == ["ARGUMENT"]


def test_capital_letters_with_a_half_parenthesis_and_lower_roman_sub_points() -> None:
    text = brief(
        "ARGUMENT",
        "A)  Count Two Fails to State a Claim Under the Act",
        "i.  A simple breach of contract is not a violation.",
        "ii.  The plaintiff alleges no loss caused by an unfair practice.",
        "B)  Count Three Is Barred by the Economic Loss Doctrine",
        "CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("A", 1),
        ("A.i", 2),
        ("A.ii", 2),
        ("B", 1),
        ("CONCLUSION", 0),
    ]


def test_a_texas_issue_numbered_with_no_and_the_identity_of_parties() -> None:
    text = (
        "IDENTITY OF PARTIES AND COUNSEL\n\n"
        "Appellants: Chidi Okafor and Adaeze Okafor, who own the lot at issue\n"
        "Counsel for Appellants: Ramona T. Ealy, State Bar No. 24077120, Houston\n\n"
    ) + brief(
        "ARGUMENT",
        "ISSUE NO. 1: The trial court erred in granting summary judgment.",
        "ISSUE NO. 2: The claim is barred by limitations.",
        "PRAYER",
    )
    assert outline(text) == [
        ("IDENTITY OF PARTIES AND COUNSEL", "IDENTITY OF PARTIES AND COUNSEL", 0),
        ("ARGUMENT", "ARGUMENT", 0),
        ("ISSUE NO. 1", "The trial court erred in granting summary judgment.", 1),
        ("ISSUE NO. 2", "The claim is barred by limitations.", 1),
        ("PRAYER", "PRAYER", 0),
    ]


def test_a_connecticut_signature_and_a_short_cite_line_are_no_headings() -> None:
    text = brief("ARGUMENT", "A. The Claim Fails") + (
        "\nUlbrich, 310 Conn. at 410-12.\n\n" + BODY + "\n\nCONCLUSION\n\nThe motion should be "
        "granted.\n\n          THE DEFENDANT,\n          MERIDIAN PANEL SUPPLY CO.\n\n"
        "          By: /s/ Owen R. Castellucci\n"
    )
    assert [label for label, *_ in outline(text)] == ["ARGUMENT", "A", "CONCLUSION"]
