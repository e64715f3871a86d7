"""Text before the first heading is kept (fictional filings): an order's opening, a notice of
motion bundled before the memorandum; and a paragraph ending in "argument." stays a paragraph."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing

CAPTION = """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NOWHERE
ACME WIDGETS LLC,\tNo. 2:20-cv-0001
Plaintiff,
v.\tORDER
GLOBEX CLOUD INC.,
Defendants.
"""


def segments(text: str, role: Role) -> list[tuple[str, str, str]]:
    page = Page(1, text, lines_of(text))
    result = segment_filing(Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=role)))
    return [(s.kind.value, s.label, s.text) for s in result.segments]


def test_an_orders_opening_before_its_first_heading_is_kept() -> None:
    text = CAPTION + (
        "Plaintiff asks the court to review documents in camera. The request is granted in part.\n"
        "I. Background\n"
        "Acme sued Globex over the hosting contract in 2020.\n"
    )
    got = segments(text, Role.ORDER)
    assert got[0][:2] == ("paragraph", "")
    assert got[0][2].startswith("Plaintiff asks the court")
    assert [label for kind, label, _ in got if kind == "heading"] == ["I"]
    assert not any("GLOBEX CLOUD" in body or "Defendants." in body for _, _, body in got)


def test_a_notice_of_motion_before_the_memorandum_is_kept_without_its_requests_as_outline() -> None:
    text = CAPTION.replace("ORDER", "MOTION TO DISMISS") + (
        "TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:\n"
        "PLEASE TAKE NOTICE that Globex will move the Court for an order:\n"
        "1. Dismissing the complaint; and\n"
        "2. Granting such further relief as is just.\n"
        "Dated: May 1, 2024\n"
        "/s/ Pat Lawyer\n"
        "MEMORANDUM OF POINTS AND AUTHORITIES\n"
        "I. INTRODUCTION\n"
        "Acme's complaint fails to state a claim.\n"
    )
    got = segments(text, Role.MOTION)
    headings = [label for kind, label, _ in got if kind == "heading"]
    assert headings == ["MEMORANDUM OF POINTS AND AUTHORITIES", "I"]
    bodies = " ".join(body for kind, _, body in got if kind != "heading")
    assert "PLEASE TAKE NOTICE" in bodies
    assert "Dismissing the complaint" in bodies
    assert "/s/ Pat Lawyer" not in bodies


def test_a_paragraph_ending_in_the_word_argument_is_no_heading() -> None:
    text = CAPTION + (
        "I. Background\n"
        "Globex raised the point only at the hearing, and the court declines to consider the\n"
        "argument.\n"
        "II. Discussion\n"
        "The request is granted in part.\n"
    )
    got = segments(text, Role.ORDER)
    assert [label for kind, label, _ in got if kind == "heading"] == ["I", "II"]
    assert all(kind != SegmentKind.HEADING.value or label != "ARGUMENT" for kind, label, _ in got)


def test_an_appeal_judgments_reasons_before_its_numbered_operative_part_are_kept() -> None:
    """A Court of Justice appeal names the other party by its role below, last in the caption
    ("defendant at first instance,"): the caption ends there, and the reasons under it (their
    paragraph numbers without a stop) are kept before the operative part's "1. … 2. …"."""
    text = (
        "JUDGMENT OF THE COURT (Second Chamber)\n"
        "In Case C-1/25 P,\n"
        "Nordwind AG, represented by A. Berg, lawyer,\n"
        "      appellant,\n"
        "the other party to the proceedings being:\n"
        "European Commission, represented by B. Cole, acting as Agent,\n"
        "      defendant at first instance,\n"
        "gives the following\n"
        "Judgment\n"
        "The first ground of appeal\n"
        "     1 The first ground of appeal must therefore be rejected as unfounded.\n"
        "On those grounds, the Court hereby:\n"
        "     1. Dismisses the appeal;\n"
        "     2. Orders Nordwind AG to pay the costs.\n"
    )
    bodies = [body for _, _, body in segments(text, Role.ORDER)]
    assert any("first ground of appeal must therefore be rejected" in body for body in bodies)
    assert not any("represented by A. Berg" in body for body in bodies)
