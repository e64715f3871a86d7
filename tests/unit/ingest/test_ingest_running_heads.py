"""A short text file's running header (too few pages for the repeat rule) is furniture."""

from __future__ import annotations

from lawdiff.ingest.textfile import furniture_rows

BODY = ["The court erred because the statute says otherwise.", "", "More text follows here."]


def test_a_header_ending_with_its_page_number_is_furniture() -> None:
    pages = [["INTRODUCTION", "", *BODY], ["MEMORANDUM IN SUPPORT OF MOTION - 2", "", *BODY]]
    assert 0 in furniture_rows(pages)[1]


def test_the_same_line_opening_every_later_page_is_furniture() -> None:
    head = "Case No. 3:24-cv-01873-RGK"
    pages = [["INTRODUCTION", "", *BODY], [head, "", *BODY], [head, "", *BODY]]
    assert [0 in rows for rows in furniture_rows(pages)] == [False, True, True]


def test_a_heading_that_opens_a_page_stays() -> None:
    pages = [
        ["INTRODUCTION", "", *BODY],
        ["ARGUMENT", "", *BODY],
        ["POINT 3", "", *BODY],  # no dash or "Page": a heading, not a header
        ["A. The Claim Fails - 4 Reasons", "", *BODY],  # the number does not end the line
    ]
    assert [0 in rows for rows in furniture_rows(pages)] == [False, False, False, False]
