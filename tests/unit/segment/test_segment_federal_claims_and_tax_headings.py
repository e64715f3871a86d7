"""Headings of Court of Federal Claims and Tax Court filings (fictional filings): a
questions-presented section and a summary-judgment statement of undisputed facts (or the
response to one) open the body as non-argument headings, and a government signer's name in
capitals in the signature block after the conclusion is no heading."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role, Segmentation, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.segment import patterns, segment_filing

CLAIMS_CAPTION = (
    "IN THE UNITED STATES COURT OF FEDERAL CLAIMS\n\n"
    "HALVERSON MARINE WORKS, INC.,\nPlaintiff,\nv.\nTHE UNITED STATES,\nDefendant.\n\n"
    "DEFENDANT'S MOTION TO DISMISS\n\n"
)
TAX_CAPTION = (
    "UNITED STATES TAX COURT\n\n"
    "ALDER CREEK ORCHARDS, LLC,\nPetitioner,\nv.\n"
    "COMMISSIONER OF INTERNAL REVENUE,\nRespondent.\n\n"
    "RESPONDENT'S MOTION FOR SUMMARY JUDGMENT\n\n"
)
ARGUMENT = (
    "ARGUMENT\n\n"
    "I. THE COURT LACKS JURISDICTION OVER THE UNCERTIFIED CLAIM\n\n"
    "A contractor must present a certified claim to the contracting officer before it\n"
    "sues, and no claim for the dredging costs was ever certified.\n\n"
    "CONCLUSION\n\n"
    "The complaint should be dismissed.\n\n"
)


def segmented(text: str) -> Segmentation:
    page = Page(1, text, lines_of(text))
    meta = FilingMeta(role=Role.MOTION)
    return segment_filing(Filing("x.txt", "0" * 64, "text", (page,), meta))


def headings(result: Segmentation) -> list[str]:
    return [s.label for s in result.segments if s.kind == SegmentKind.HEADING]


@pytest.mark.parametrize(
    "title",
    ["QUESTIONS PRESENTED", "QUESTION PRESENTED", "STATEMENT OF THE QUESTIONS PRESENTED"],
)
def test_questions_presented_opens_the_body_as_a_heading(title: str) -> None:
    text = (
        CLAIMS_CAPTION + f"{title}\n\n"
        "Whether the contractor's claim was certified before suit.\n\n"
        "STATEMENT OF THE CASE\n\n"
        "The Navy awarded the contract in 2015 for dredging work at a naval pier.\n\n" + ARGUMENT
    )
    result = segmented(text)
    assert headings(result) == [title, "STATEMENT OF THE CASE", "ARGUMENT", "I", "CONCLUSION"]
    question = next(s for s in result.segments if s.text.startswith("Whether"))
    assert question.kind == SegmentKind.PARAGRAPH
    assert result.segments[question.parent].label == title


@pytest.mark.parametrize(
    "title",
    [
        "STATEMENT OF UNDISPUTED FACTS",
        "STATEMENT OF UNDISPUTED MATERIAL FACTS",
        "RESPONSE TO STATEMENT OF UNDISPUTED FACTS",
        "PETITIONER'S RESPONSE TO RESPONDENT'S STATEMENT OF UNDISPUTED MATERIAL FACTS",
        "COUNTER-STATEMENT OF FACTS",
    ],
)
def test_a_summary_judgment_statement_of_facts_opens_the_body(title: str) -> None:
    text = (
        TAX_CAPTION + f"{title}\n\n"
        "1. Petitioner filed its 2019 return on October 15, 2020.\n\n"
        "2. On March 3, 2023, respondent mailed the notice of deficiency.\n\n" + ARGUMENT
    )
    result = segmented(text)
    assert headings(result) == [title, "ARGUMENT", "I", "CONCLUSION"]
    assert patterns.KNOWN_HEADING.match(title)
    facts = [s for s in result.segments if "notice of deficiency" in s.text]
    assert facts and all(s.kind == SegmentKind.PARAGRAPH for s in facts)
    assert not any(s.label.startswith("¶") for s in result.segments)


@pytest.mark.parametrize("opening", ["", "Respectfully submitted,\n\n"])
def test_a_government_signers_name_in_capitals_is_no_heading(opening: str) -> None:
    text = (
        TAX_CAPTION + "STATEMENT OF FACTS\n\n"
        "1. Petitioner filed its 2019 return on October 15, 2020.\n\n" + ARGUMENT + opening + ""
        "MARGARET L. OKONJO-HARTE\nChief Counsel\nInternal Revenue Service\n\n"
        "By: /s/ Daniel P. Ruiz\nDANIEL P. RUIZ\nSenior Counsel (Large Business & International)\n"
    )
    result = segmented(text)
    assert headings(result) == ["STATEMENT OF FACTS", "ARGUMENT", "I", "CONCLUSION"]
    words = " ".join(s.heading + " " + s.text for s in result.segments)
    assert "OKONJO-HARTE" not in words and "Internal Revenue Service" not in words


def test_a_heading_in_capitals_right_above_a_signature_stays() -> None:
    """A closing heading with nothing under it is no signer's name."""
    text = (
        TAX_CAPTION + "STATEMENT OF FACTS\n\n"
        "1. Petitioner filed its 2019 return on October 15, 2020.\n\n"
        "ARGUMENT\n\nI. THE PENALTY WAS APPROVED IN WRITING\n\n"
        "The supervisor signed the penalty form before the notice was mailed.\n\n"
        "CONCLUSION\n\nDated: May 2, 2025\n/s/ Daniel P. Ruiz\n"
    )
    assert headings(segmented(text)) == ["STATEMENT OF FACTS", "ARGUMENT", "I", "CONCLUSION"]
