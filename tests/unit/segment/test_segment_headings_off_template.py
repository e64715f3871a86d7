"""Headings off the pleading-paper template (fictional briefs): run-in headings, a heading
that wraps after "Mr.", a lone Roman numeral above its title."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing


def segments(text: str) -> list[tuple[str, str, str]]:
    page = Page(1, text, lines_of(text))
    meta = FilingMeta(role=Role.OPPOSITION)
    result = segment_filing(Filing("x.txt", "0" * 64, "text", (page,), meta))
    return [(s.kind.value, s.label, s.heading or s.text) for s in result.segments]


def test_run_in_headings_are_split_from_their_text() -> None:
    text = (
        "ARGUMENT\n"
        "A. Standard of Review Generally, a motion to dismiss tests the complaint alone and\n"
        "nothing else that the parties filed.\n"
        "B. Acme Has No Contract Claim. The agreement let Globex end the service on notice\n"
        "and Globex gave that notice.\n"
    )
    got = segments(text)
    assert got == [
        ("heading", "ARGUMENT", "ARGUMENT"),
        ("heading", "A", "Standard of Review"),
        ("paragraph", "", got[2][2]),
        ("heading", "B", "Acme Has No Contract Claim."),
        ("paragraph", "", got[4][2]),
    ]
    assert got[2][2].startswith("Generally, a motion") and got[2][2].endswith("filed.")
    assert got[4][2].startswith("The agreement let Globex")


def test_a_sentence_with_a_title_case_start_is_no_run_in_heading() -> None:
    text = (
        "ARGUMENT\n"
        "A. The Court Should Deny the Motion\n"
        "The agreement let Globex end the service on notice. Acme does not dispute it.\n"
    )
    heads = [(label, body) for kind, label, body in segments(text) if kind == "heading"]
    assert heads == [("ARGUMENT", "ARGUMENT"), ("A", "The Court Should Deny the Motion")]


def test_a_heading_is_not_cut_after_mr() -> None:
    text = (
        "ARGUMENT\n"
        "A. The Court Should Exclude the Testimony of Mr.\n"
        "Roe on Damages\n"
        "Mr. Roe never saw the books.\n"
    )
    heads = [body for kind, _, body in segments(text) if kind == SegmentKind.HEADING.value]
    assert heads[1] == "The Court Should Exclude the Testimony of Mr. Roe on Damages"


def test_a_roman_numeral_alone_above_its_title_makes_one_heading() -> None:
    text = (
        "INTRODUCTION\n"
        "Acme asks for extraordinary relief.\n"
        "I.\n"
        "THE CONTRACT ALLOWED THE TERMINATION\n"
        "The agreement let Globex end the service on notice.\n"
        "II\n"
        "ACME SHOWS NO HARM\n"
        "Money repairs whatever harm Acme suffers.\n"
    )
    got = segments(text)
    heads = [(label, body) for kind, label, body in got if kind == "heading"]
    assert heads == [
        ("INTRODUCTION", "INTRODUCTION"),
        ("I", "THE CONTRACT ALLOWED THE TERMINATION"),
        ("II", "ACME SHOWS NO HARM"),
    ]
    assert all(body.strip() not in {"I.", "II"} for _, _, body in got)


def test_half_parenthesis_enumerators_nest_under_letters() -> None:
    text = (
        "I. ARGUMENT\n"
        "A. Acme Lacked Standing When It Filed\n"
        "The assignment came a year after the complaint.\n"
        "1) Mr. Roe's Declaration Is Irrelevant\n"
        "It speaks of a later agreement.\n"
        "2) The New Testimony Is Parol Evidence\n"
        "The contract is unambiguous.\n"
    )
    heads = [label for kind, label, _ in segments(text) if kind == "heading"]
    assert heads == ["I", "I.A", "I.A.1", "I.A.2"]


def blank_separated(*paragraphs: str) -> str:
    """Plain text as e-filed: one line per paragraph, blank lines between."""
    return "\n\n".join(paragraphs) + "\n"


# Plain text as e-filed: each paragraph on one long line; the sentence closing each body
# paragraph is there to make the lines as long as real ones.
MORE = " The record, read as a whole and in the light most favourable to the other side, says so."
UNNUMBERED_RUN_IN = blank_separated(
    "ARGUMENT",
    "Acme Is Likely to Succeed on the Merits. Acme is likely to prevail on both claims." + MORE,
    "Mr. Roe Took the Pricing File. He uploaded it eleven days before he resigned." + MORE,
    "Id. at 4. The upload is not disputed." + MORE,
    "A. That is correct, the witness said, and nothing more." + MORE,
    "See Ross-Simons of Warwick, Inc. v. Baccarat, Inc., 102 F.3d 12, 19 (1st Cir. 1996)." + MORE,
    "Each factor either favors Acme or is neutral.",
    "Laches Bars the Claims.",
    "Globex waited four years to sue." + MORE,
)


def test_unnumbered_run_in_and_standalone_headings_in_plain_text() -> None:
    got = segments(UNNUMBERED_RUN_IN)
    heads = [(label, body) for kind, label, body in got if kind == "heading"]
    assert heads == [
        ("ARGUMENT", "ARGUMENT"),
        ("ACME IS LIKELY TO SUCCEED ON THE MERITS", "Acme Is Likely to Succeed on the Merits."),
        ("MR. ROE TOOK THE PRICING FILE", "Mr. Roe Took the Pricing File."),
        ("LACHES BARS THE CLAIMS", "Laches Bars the Claims."),
    ]
    bodies = [body.removesuffix(MORE) for kind, _, body in got if kind == "paragraph"]
    # the run-in headings' paragraphs start after them, on the same line
    assert bodies[:2] == [
        "Acme is likely to prevail on both claims.",
        "He uploaded it eleven days before he resigned.",
    ]
    # "Id.", a deposition answer, a citation and a sentence in sentence case stay body text
    assert bodies[2:] == [
        "Id. at 4. The upload is not disputed.",
        "A. That is correct, the witness said, and nothing more.",
        "See Ross-Simons of Warwick, Inc. v. Baccarat, Inc., 102 F.3d 12, 19 (1st Cir. 1996).",
        "Each factor either favors Acme or is neutral.",
        "Globex waited four years to sue.",
    ]


def test_unnumbered_headings_sit_below_the_top_heading() -> None:
    text = "ARGUMENT\n\nLaches Bars the Claims.\n\nGlobex waited four years to sue.\n"
    page = Page(1, text, lines_of(text))
    result = segment_filing(
        Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    )
    levels = [(s.label, s.level) for s in result.segments if s.kind == SegmentKind.HEADING]
    assert levels == [("ARGUMENT", 0), ("LACHES BARS THE CLAIMS", 1)]


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        (  # New York "POINT" memoranda: points nest under ARGUMENT, letters under points
            [
                "ARGUMENT",
                "POINT I: THE CLAIM FAILS",
                "A. No Contract Was Formed",
                "Text.",
                "POINT II",
                "THE WAIVER IS VALID",
                "Text.",
            ],
            ["ARGUMENT", "ARGUMENT>POINT I", "ARGUMENT>POINT I>POINT I.A", "ARGUMENT>POINT II"],
        ),
        (  # decimal sub-points under numbered points
            [
                "ARGUMENT",
                "1. A Jury Could Find Confusion.",
                "1.1 The Mark Is Strong.",
                "Text.",
                "1.2 The Goods Are Related.",
                "Text.",
                "2. The Survey Is Sound.",
                "Text.",
            ],
            ["ARGUMENT", "ARGUMENT>1", "ARGUMENT>1>1.1", "ARGUMENT>1>1.2", "ARGUMENT>2"],
        ),
        (  # a third and fourth level under lettered headings
            [
                "I. ARGUMENT",
                "A. The First Claim Fails",
                "1. No Statute Governs the Dispute",
                "Text.",
                "a. The Regulation Is Silent",
                "Text.",
                "(i) The Agency Said So",
                "Text.",
                "2. The Email Was No Complaint",
                "Text.",
                "B. The Second Claim Fails",
                "Text.",
            ],
            [
                "I",
                "I>I.A",
                "I>I.A>I.A.1",
                "I>I.A>I.A.1>I.A.1.a",
                "I>I.A>I.A.1>I.A.1.a>I.A.1.a.(i)",
                "I>I.A>I.A.2",
                "I>I.B",
            ],
        ),
        (  # numbered questions presented and a numbered summary are lists, not headings
            [
                "STATEMENT OF THE ISSUES",
                "1. Whether the court erred in its review.",
                "2. Whether the remedy is reinstatement.",
                "SUMMARY OF ARGUMENT",
                "1. The claim fails because the contract allowed the termination.",
                "ARGUMENT",
                "I. The Court Erred",
                "Text.",
            ],
            ["STATEMENT OF THE ISSUES", "SUMMARY OF ARGUMENT", "ARGUMENT", "ARGUMENT>I"],
        ),
        (  # "SUMMARY JUDGMENT" in a heading is no summary: its points stay headings
            [
                "ARGUMENT",
                "I. DEFENDANTS ARE ENTITLED TO SUMMARY JUDGMENT",
                "A. The claim rests on allegations that discovery has shown to be false.",
                "Text.",
            ],
            ["ARGUMENT", "ARGUMENT>I", "ARGUMENT>I>I.A"],
        ),
    ],
)
def test_outline_levels_in_plain_text(lines: list[str], labels: list[str]) -> None:
    text = blank_separated(*lines)
    page = Page(1, text, lines_of(text))
    result = segment_filing(
        Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    )
    by_index = {s.index: s for s in result.segments}
    paths = []
    for seg in result.segments:
        if seg.kind != SegmentKind.HEADING:
            continue
        path, parent = [seg.label], seg.parent
        while parent is not None:
            path.append(by_index[parent].label)
            parent = by_index[parent].parent
        paths.append(">".join(reversed(path)))
    assert paths == labels
