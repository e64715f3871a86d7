"""The one rule for a caption's field lines, and the two stages that ask it: ingest stops a
title at a field, the segmenter ends the caption after one (fictional caption lines)."""

from __future__ import annotations

import pytest

from lawdiff.core.caption_fields import has_field_cell, is_field_cell, is_jury_demand
from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta
from lawdiff.segment import segment_filing
from lawdiff.segment.regions import ends_caption

FIELDS = [
    "Date: July 3, 2025",
    "Time: 9:00 a.m.",
    "Judge: Hon. Jane Q. Alder",
    "Courtroom: 5, 17th Floor",
    "Ctrm: 4",
    "Crtrm.: 10A",
    "Dept.: 22",
    "Place: Courtroom 3",
    "HEARING DATE: July 3, 2025",
    "Hearing: TBD",
    "Action Filed: May 1, 2024",
    "Trial Date: None set",
    "Complaint Filed: May 1, 2024",
    "NOTE ON MOTION CALENDAR: July 3, 2025",
    "Noted for Consideration: July 3, 2025",
    "NOTE ON MOTION CALENDAR",
    "ORAL ARGUMENT REQUESTED",
    "ORAL ARGUMENT IS REQUESTED",
]
JURY_DEMANDS = ["JURY TRIAL DEMANDED", "DEMAND FOR JURY TRIAL", "Jury Demand"]
NOT_FIELDS = [
    "DEFENDANT'S MOTION TO DISMISS",
    "TIMELY OPPOSITION TO MOTION TO STRIKE",  # a label word opening a longer word
    "DATED MOTION FOR RELIEF",
    "HEARING REQUESTED ON MOTION TO COMPEL",  # "Hearing" with no colon is title text
    "ORDER GRANTING MOTION",
    "Defendants.",
    "",
]


@pytest.mark.parametrize("cell", FIELDS)
def test_a_field_cell_is_a_field_in_either_form(cell: str) -> None:
    assert is_field_cell(cell)
    assert is_field_cell("  " + cell)
    assert has_field_cell(cell)


@pytest.mark.parametrize("cell", NOT_FIELDS)
def test_title_text_is_no_field(cell: str) -> None:
    assert not is_field_cell(cell)
    assert not has_field_cell(cell)


@pytest.mark.parametrize("cell", ["HEARING DATE:", "DATE OF HEARING:", "MOTION CUT-OFF:  "])
def test_a_label_whose_value_sits_in_the_other_column_is_a_field_cell(cell: str) -> None:
    assert is_field_cell(cell)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("ALDER FINCH LLC,\tDate: July 3, 2025", True),
        ("Plaintiff,            Judge: Hon. Jane Q. Alder", True),
        ("  NOTE ON MOTION CALENDAR", True),
        ("The date: a question of fact", False),  # no column starts with it
        ("TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:", False),  # a salutation, not a label
        ("MOTION TO DISMISS\tHEARING DATE:", True),
    ],
)
def test_a_field_in_any_column_of_a_line(line: str, field: bool) -> None:
    assert has_field_cell(line) is field


def _caption(title: str, field: str) -> list[Page]:
    text = "\n".join(
        [
            "UNITED STATES DISTRICT COURT",
            "WESTERN DISTRICT OF WASHINGTON",
            "",
            "ALDER FINCH LLC,",
            "Plaintiff,",
            "v.",
            "BRAMBLE CORP.,",
            "",
            "Case No. 2:25-cv-00123",
            "",
            title,
            field.upper(),
            "",
            "Plaintiff seeks discovery it does not need.",
        ]
    )
    return [Page(1, text, lines_of(text))]


@pytest.mark.parametrize("field", FIELDS)
def test_both_stages_stop_at_the_same_field(field: str) -> None:
    title = "DEFENDANT'S OPPOSITION TO MOTION TO COMPEL"
    assert infer_meta(_caption(title, field), "filing.pdf").title == title
    assert ends_caption(field)


@pytest.mark.parametrize("text", [t for t in NOT_FIELDS if t.isupper()])
def test_title_text_runs_on_and_does_not_end_the_caption(text: str) -> None:
    title = "DEFENDANT'S OPPOSITION TO MOTION TO COMPEL"
    assert infer_meta(_caption(title, text), "filing.pdf").title == f"{title} {text}"
    assert not ends_caption(text)


@pytest.mark.parametrize("cell", JURY_DEMANDS)
def test_a_jury_demand_stops_a_title_but_ends_no_caption(cell: str) -> None:
    """A jury demand is a caption field, but also the heading of a complaint's last section:
    it ends no caption and opens no body."""
    assert is_field_cell(cell) and is_jury_demand(cell)
    assert not has_field_cell(cell) and not ends_caption(cell)
    title = "COMPLAINT FOR BREACH OF CONTRACT"
    assert infer_meta(_caption(title, cell), "filing.pdf").title == title


def test_a_short_complaints_closing_jury_demand_is_not_its_caption_end() -> None:
    """On a one-page complaint (plain text has one page) the JURY DEMAND heading is within
    the caption's reach: the introduction after the caption is still kept."""
    text = "\n".join(
        [
            *("UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF NOWHERE", "ACME LLC,"),
            *("Plaintiff,", "v.", "GLOBEX INC.,", "Defendant.", "", "COMPLAINT"),
            *("JURY TRIAL DEMANDED", "", "Acme brings this action against Globex.", ""),
            *("PARTIES", "1. Acme is a Delaware company.", "2. Globex is a Nevada company."),
            *("JURY DEMAND", "Acme demands a jury on all claims."),
        ]
    )
    filing = Filing(
        "c.txt", "0" * 64, "text", (Page(1, text, lines_of(text)),), FilingMeta(role=Role.COMPLAINT)
    )
    segments = segment_filing(filing).segments
    assert segments[0].text == "Acme brings this action against Globex."
    assert [s.label for s in segments if s.kind is SegmentKind.HEADING] == [
        "PARTIES",
        "JURY DEMAND",
    ]
