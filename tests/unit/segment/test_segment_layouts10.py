"""Layouts of briefs copied out of PDFs and of Texas and Connecticut practice (the layouts10
tuning batch's shapes, in fictional briefs written for the test): a Texas IDENTITY OF PARTIES
AND COUNSEL roster, "ISSUE NO. 1:" points and an appellee's "Cross-Issue:", a Connecticut
memorandum's "A)" points with "i." sub-points, its signing party ("THE PLAINTIFF,"), headings
underlined by a row of dashes, and a short-form citation on a line of its own — each with the
body text that must stay body."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from lawdiff.segment.patterns import CITATION_HINT, POINT_START, UNDERLINE_ROW
from tests.textfilings import BODY, brief, outline


def segments(text: str) -> list[tuple[str, str]]:
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    return [(s.kind.value, s.text) for s in segment_filing(filing).segments]


# ---------------------------------------------------------------- Texas front matter and issues

ROSTER = (
    "IDENTITY OF PARTIES AND COUNSEL\n\n"
    "Appellants: Maria Delgado and Tomas Delgado\n"
    "Counsel for Appellants: Ana P. Reyes, State Bar No. 24000001, Reyes Law PLLC, Austin\n\n"
    "Appellee: Live Oak Ridge Owners Association, Inc.\n"
    "Counsel for Appellee: Carl B. Moore, State Bar No. 24000002, Moore & Lane, L.L.P., Austin"
)


def test_identity_of_parties_and_counsel_is_a_heading_over_a_roster() -> None:
    got = outline(f"{ROSTER}\n\n" + brief("STATEMENT OF THE CASE", "ARGUMENT"))
    assert [(heading, level) for _, heading, level in got] == [
        ("IDENTITY OF PARTIES AND COUNSEL", 0),
        ("STATEMENT OF THE CASE", 0),
        ("ARGUMENT", 0),
    ]


def test_the_same_label_lines_outside_the_roster_are_read_as_before() -> None:
    # under a section that is no roster, the rule does not apply: what the walker made of
    # the lines before stays (here: no heading of the roster's own)
    text = ROSTER.replace("IDENTITY OF PARTIES AND COUNSEL", "STATEMENT OF THE CASE")
    got = [heading for _, heading, _ in outline(f"{text}\n\n" + brief("ARGUMENT"))]
    assert "IDENTITY OF PARTIES AND COUNSEL" not in got
    assert got[0] == "STATEMENT OF THE CASE"


ISSUES = (
    "ISSUES PRESENTED\n\n"
    "Issue No. 1: Did the owners raise a fact issue on waiver of the setback restriction?\n\n"
    "Issue No. 2: Is the suit barred by the four-year statute of limitations?\n\n"
    "Cross-Issue: Did the trial court err in refusing conditional appellate fees?\n\n"
)


def test_issue_no_points_with_lettered_sentence_sub_points_are_the_outline() -> None:
    text = ISSUES + brief(
        "ARGUMENT",
        "ISSUE NO. 1: The trial court erred because fact issues exist on waiver.",
        "A. The number of existing violations raises a fact issue.",
        "B. Selective enforcement raises a fact issue on estoppel.",
        "ISSUE NO. 2: The claim is barred by limitations.",
        "Cross-Issue: The trial court erred in refusing conditional appellate fees.",
        "PRAYER",
    )
    assert outline(text) == [
        ("ISSUES PRESENTED", "ISSUES PRESENTED", 0),
        ("ARGUMENT", "ARGUMENT", 0),
        ("ISSUE NO. 1", "The trial court erred because fact issues exist on waiver.", 1),
        ("ISSUE NO. 1.A", "The number of existing violations raises a fact issue.", 2),
        ("ISSUE NO. 1.B", "Selective enforcement raises a fact issue on estoppel.", 2),
        ("ISSUE NO. 2", "The claim is barred by limitations.", 1),
        ("Cross-Issue", "The trial court erred in refusing conditional appellate fees.", 1),
        ("PRAYER", "PRAYER", 0),
    ]


def test_issue_questions_and_a_cross_issue_question_stay_a_list() -> None:
    got = segments(ISSUES + brief("ARGUMENT"))
    listed = [(kind, text) for kind, text in got if "Issue No. 1:" in text or "Cross-Issue" in text]
    assert listed and all(kind == "paragraph" for kind, _ in listed)
    assert "Cross-Issue: Did the trial court err" in " ".join(text for _, text in listed)


def test_a_cross_issue_with_no_issue_before_it_is_no_heading() -> None:
    text = brief("ARGUMENT", "Cross-Issue: The trial court erred in refusing appellate fees.")
    assert [heading for _, heading, _ in outline(text)] == ["ARGUMENT"]


@pytest.mark.parametrize(
    ("line", "enum"),
    [
        ("ISSUE NO. 3: The injunction is overbroad.", "ISSUE NO. 3"),
        ("Issue No. 2: Is the suit barred?", "Issue No. 2"),
        ("Cross-Issue: The court erred.", "Cross-Issue"),
        ("CROSS-POINT: THE COURT ERRED", "CROSS-POINT"),
        ("Issue no 2 is whether the court erred.", None),
        ("Cross-examination showed the witness was wrong.", None),
    ],
)
def test_point_start_reads_issue_no_and_cross_points(line: str, enum: str | None) -> None:
    match = POINT_START.match(line)
    assert (match.group("enum") if match else None) == enum


# ---------------------------------------------------------------- Connecticut memorandum


def test_half_parenthesised_capitals_with_lower_roman_sub_points() -> None:
    text = brief(
        "I. ARGUMENT",
        "A)  Count Two Fails to State a Claim Under the Statute",
        "i.  A simple breach of contract is not an unfair trade practice.",
        "ii.  The plaintiff alleges no ascertainable loss.",
        "B)  Count Three Is Barred by the Economic Loss Doctrine",
        "II. CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("I", 0),
        ("I.A", 1),
        ("I.A.i", 2),
        ("I.A.ii", 2),
        ("I.B", 1),
        ("II", 0),
    ]


def test_a_lettered_sentence_of_prose_stays_body() -> None:
    text = brief("I. ARGUMENT") + (
        "\nA) That is correct, the witness said, and the court agreed with him on every point"
        " that the parties raised.\n\n" + BODY + "\n"
    )
    assert [label for label, _, _ in outline(text)] == ["I"]


def test_a_short_form_citation_on_its_own_line_stays_in_its_paragraph() -> None:
    # double-spaced text (blank lines no paragraph break): a short line after a finished
    # sentence could open a heading, but a citation is none
    paragraph = (
        "The estimate was part of the bargain, and the only loss is that bargain.\n"
        "Tort claims that duplicate the contract are barred.\n"
        "Ulbrich, 310 Conn. at 410-12.\n"
    )
    text = "\n\n".join(["I. ARGUMENT", "B)  Count Three Is Barred", paragraph, "II. CONCLUSION"])
    got = outline(text + "\n\n" + BODY.replace("\n", "\n\n"))
    assert "Ulbrich" not in " ".join(heading for _, heading, _ in got)


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("Ulbrich, 310 Conn. at 410-12.", True),
        ("Id., 99 F.3d at 4", True),
        ("Jones v. Smith, 465 U.S. 783 (1984)", True),
        ("The Claim Accrued at 10 Years", False),
        ("Section 5 Applies at 10 Days", False),
    ],
)
def test_citation_hint_knows_a_short_form_cite(text: str, cites: bool) -> None:
    assert bool(CITATION_HINT.search(text)) is cites


SIGNATURE = (
    "\n                                        THE PLAINTIFF,\n"
    "                                        MARGARET DUBOIS-KELLEHER\n\n"
    "                                        By: /s/ Talia S. Brennan\n"
    "                                        Talia S. Brennan\n"
)


def test_the_signing_party_and_its_name_open_the_signature_block() -> None:
    text = brief("I. INTRODUCTION", "II. ARGUMENT", "III. CONCLUSION") + SIGNATURE
    assert [heading for _, heading, _ in outline(text)] == [
        "INTRODUCTION",
        "ARGUMENT",
        "CONCLUSION",
    ]


def test_a_name_in_capitals_without_the_signing_party_above_is_read_as_before() -> None:
    text = brief("I. INTRODUCTION", "II. ARGUMENT") + "\nTHE DEFENDANT'S REMAINING CLAIMS\n\n"
    text += BODY + "\n"
    headings_found = [heading for _, heading, _ in outline(text)]
    assert "THE DEFENDANT'S REMAINING CLAIMS" in headings_found


# ---------------------------------------------------------------- underlined headings


def test_a_row_of_dashes_under_a_heading_is_its_underline() -> None:
    text = (
        "I. INTRODUCTION\n---------------\n\n" + BODY + "\n\n"
        "II. ARGUMENT\n____________\n\n" + BODY + "\n"
    )
    got = segments(text)
    assert [kind for kind, _ in got] == ["heading", "paragraph", "heading", "paragraph"]
    assert not any(set(body.strip()) <= {"-", "_"} for _, body in got)


def test_a_row_of_dashes_after_body_text_is_left_to_the_body() -> None:
    # not under a heading: the rule does not take it
    text = "I. INTRODUCTION\n\n" + BODY + "\n-----\n\n" + BODY + "\n"
    got = segments(text)
    assert any("-----" in body for _, body in got)


@pytest.mark.parametrize(
    ("row", "rule"),
    [("-----", True), ("  ______ ", True), ("=====", True), ("--", False), ("- - -", False)],
)
def test_underline_row(row: str, rule: bool) -> None:
    assert bool(UNDERLINE_ROW.match(row)) is rule
