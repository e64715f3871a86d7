"""An umbrella heading (ARGUMENT, LEGAL ARGUMENT, DISCUSSION) on its own line and the POINT
headings under it; a firm's name above a signature is no heading (fictional briefs)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from tests.textfilings import headings


def outline(text: str) -> list[tuple[str, str, int]]:
    return [(s.label, s.heading, s.level) for s in headings(text)]


BODY = (
    "Once a defendant challenges jurisdiction, the plaintiff must prove it by a preponderance "
    "of the evidence, and the Court weighs the affidavits of both sides before it rules."
)


@pytest.mark.parametrize("umbrella", ["ARGUMENT", "LEGAL ARGUMENT", "DISCUSSION", "Argument"])
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("POINT ONE: THE COURT LACKS JURISDICTION", "POINT TWO: THE FORUM IS INCONVENIENT"),
        ("POINT I\nTHE COURT LACKS JURISDICTION", "POINT II\nTHE FORUM IS INCONVENIENT"),
        ("POINT 1 - THE COURT LACKS JURISDICTION", "POINT 2 - THE FORUM IS INCONVENIENT"),
        ("POINT ONE. THE COURT LACKS JURISDICTION", "POINT TWO. THE FORUM IS INCONVENIENT"),
    ],
)
def test_an_umbrella_line_and_the_point_below_are_two_headings(
    umbrella: str, first: str, second: str
) -> None:
    text = (
        "PRELIMINARY STATEMENT\n\n"
        f"{BODY}\n\n"
        f"{umbrella}\n\n"
        f"{first}\n\n"
        f"{BODY}\n\n"
        "A. Rowan Is Not at Home in This State\n\n"
        f"{BODY}\n\n"
        f"{second}\n\n"
        f"{BODY}\n\n"
        "CONCLUSION\n\n"
        "The Court should dismiss the complaint.\n"
    )
    got = outline(text)
    point_one, point_two = (" ".join(p.split()[:2]).rstrip(".:") for p in (first, second))
    assert [(label, level) for label, _, level in got] == [
        ("PRELIMINARY STATEMENT", 0),
        (umbrella.upper(), 0),
        (point_one, 1),
        (f"{point_one}.A", 2),
        (point_two, 1),
        ("CONCLUSION", 0),
    ]
    assert got[1][1] == umbrella  # the umbrella keeps nothing of the POINT line
    assert (got[2][1], got[4][1]) == ("THE COURT LACKS JURISDICTION", "THE FORUM IS INCONVENIENT")


def test_a_capital_heading_in_plain_text_does_not_wrap_across_a_blank_line() -> None:
    text = (
        "BACKGROUND\n\n"
        f"{BODY}\n\n"
        "THE COURT SHOULD DISMISS THE COMPLAINT\n\n"
        "FOR WANT OF JURISDICTION OVER THE PERSON\n\n"
        f"{BODY}\n"
    )
    titles = [heading for _, heading, _ in outline(text)]
    assert titles == [
        "BACKGROUND",
        "THE COURT SHOULD DISMISS THE COMPLAINT",
        "FOR WANT OF JURISDICTION OVER THE PERSON",
    ]


def test_a_capital_heading_wraps_onto_the_next_line_without_a_blank() -> None:
    text = (
        "BACKGROUND\n\n"
        f"{BODY}\n\n"
        "THE COURT SHOULD DISMISS THE COMPLAINT\n"
        "FOR WANT OF JURISDICTION OVER THE PERSON\n\n"
        f"{BODY}\n"
    )
    titles = [heading for _, heading, _ in outline(text)]
    assert titles[1] == (
        "THE COURT SHOULD DISMISS THE COMPLAINT FOR WANT OF JURISDICTION OVER THE PERSON"
    )


@pytest.mark.parametrize(
    "firm",
    [
        "SCHENCK ADEBAYO LLP\nAttorneys for Defendant Rowan Maschinen GmbH",
        "Brandt & Oyelaran, P.C.\nAttorneys for Plaintiff",
        "LAW OFFICES OF JANE Q. DOE\nCounsel for Defendants",
        "HALE FINCH PLLC\n\nCounsel for Plaintiff Orrin Mills",
    ],
)
def test_a_firm_name_above_the_signature_is_no_heading(firm: str) -> None:
    text = (
        "ARGUMENT\n\n"
        f"{BODY}\n\n"
        "CONCLUSION\n\n"
        "The Court should dismiss the complaint.\n\n"
        f"{firm}\n\n"
        "By: /s/ Helena R. Doe\n"
        "Dated: October 6, 2025\n"
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "CONCLUSION"]


@pytest.mark.parametrize(
    "last_line",
    ["Counsel for Plaintiff failed to respond.", "Counsel for both parties met and conferred."],
)
def test_a_sentence_about_counsel_above_the_signature_stays_in_the_body(last_line: str) -> None:
    text = f"ARGUMENT\n\n{BODY}\n\n{last_line}\n\nDated: October 6, 2025\nBy: /s/ Helena R. Doe\n"
    page = Page(1, text, lines_of(text))
    result = segment_filing(
        Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    )
    assert any(last_line in s.text for s in result.segments)
