"""An Eighth Circuit brief opens with a summary of the case and a word on oral argument right
after its title (8th Cir. R. 28A(i)(1)): a top heading, not part of the caption (fictional
briefs written for the test)."""

from __future__ import annotations

import pytest

from tests.textfilings import headings

CAPTION = (
    "UNITED STATES COURT OF APPEALS\nFOR THE EIGHTH CIRCUIT\n\nNo. 25-1234\n\n"
    "JANE ROE,\nPetitioner,\n\nv.\n\nATTORNEY GENERAL,\nRespondent.\n\n"
    "On Petition for Review of a Final Order of the Board of Immigration Appeals\n\n"
    "OPENING BRIEF OF PETITIONER\n\n"
)
BODY = (
    "the agency's decision rests on an omission from a short interview, and the record "
    "compels the contrary conclusion. Ten minutes of argument would help the court."
)


def brief(first: str) -> str:
    return CAPTION + "\n\n".join(
        f"{part}\n\nThe petitioner argues that {BODY}"
        for part in (first, "JURISDICTIONAL STATEMENT", "ARGUMENT", "CONCLUSION")
    )


@pytest.mark.parametrize(
    "title",
    [
        "SUMMARY OF THE CASE AND REQUEST FOR ORAL ARGUMENT",
        "SUMMARY OF THE CASE AND STATEMENT REGARDING ORAL ARGUMENT",
        "SUMMARY OF THE CASE",
    ],
)
def test_the_summary_of_the_case_after_the_title_is_a_top_heading(title: str) -> None:
    got = [(h.heading, h.level) for h in headings(brief(title))]
    assert got[:2] == [(title, 0), ("JURISDICTIONAL STATEMENT", 0)]


def test_a_summary_of_the_case_inside_a_sentence_is_no_heading() -> None:
    text = brief("INTRODUCTION").replace(
        "Ten minutes", "A summary of the case and request for oral argument follow. Ten minutes", 1
    )
    got = [h.heading for h in headings(text)]
    assert got == ["INTRODUCTION", "JURISDICTIONAL STATEMENT", "ARGUMENT", "CONCLUSION"]
