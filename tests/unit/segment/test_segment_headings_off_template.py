"""Headings off the pleading-paper template (fictional briefs): run-in headings, a heading
that wraps after "Mr.", a lone Roman numeral above its title."""

from __future__ import annotations

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
