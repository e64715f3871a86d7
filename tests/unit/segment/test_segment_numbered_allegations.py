"""A petition's and a verified answer's numbered allegations are numbered paragraphs "¶ n",
never headings of the outline; a brief's numbered headings stay headings (fictional filings).
"""

from __future__ import annotations

import textwrap

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing

ALLEGATIONS = [
    "Petitioner Marisol Achebe is the defendant in the action Tidewater Grain Co. v. Achebe.",
    "Respondent is the Superior Court of the State of California for the County of Marin.",
    "Real party in interest Tidewater Grain Co. is the plaintiff in the action below.",
    "On April 9, 2025, respondent court denied petitioner's motion to compel a deposition.",
    "The order rests on the view that the notice described its matters too broadly.",
    "Petitioner has no adequate remedy at law because the order cannot be appealed.",
]
ANSWERS = [
    "Real party admits the allegations of paragraph 1 of the petition.",
    "Real party admits the allegations of paragraph 2 of the petition.",
    "Admitted.",
    "Real party admits that respondent court entered the order and denies the rest.",
    "Denied.",
    "Real party denies the allegations of paragraph 6 of the petition in their entirety.",
]
MEMORANDUM = [
    "MEMORANDUM OF POINTS AND AUTHORITIES",
    "I. THE ORDER WAS AN ABUSE OF DISCRETION",
    "A party may depose an organization through the witness it names, and the notice here "
    "described each matter with reasonable particularity.",
    "A. The Notice Described Each Matter",
    "Each matter named a shipment, a month and the contract that governed it.",
    "1. Petitioner Is Entitled to the Deposition",
    "The statute leaves no discretion to refuse a deposition altogether.",
    "2. The Burden Claimed Is Not Shown",
    "Real party offered no declaration about the cost of preparing a witness.",
    "CONCLUSION",
    "The writ should issue.",
]


MEMORANDUM_LABELS = [
    "MEMORANDUM OF POINTS AND AUTHORITIES",
    "I",
    "I.A",
    "I.A.1",
    "I.A.2",
    "CONCLUSION",
]  # the memorandum's headings, after any allegations


def layout(rows: list[str], wrapped: bool) -> str:
    """One paragraph a line with blank lines between, or wrapped at 70 columns."""
    if not wrapped:
        return "\n\n".join(rows) + "\n"
    return "\n".join(textwrap.fill(row, 70) for row in rows) + "\n"


def segments(text: str, role: Role) -> list[tuple[str, str, str]]:
    page = Page(1, text, lines_of(text))
    result = segment_filing(Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=role)))
    return [(s.kind.value, s.label, s.heading or s.text) for s in result.segments]


def numbered(sentences: list[str], headings: dict[int, str]) -> list[str]:
    rows: list[str] = []
    for number, sentence in enumerate(sentences, 1):
        if number in headings:
            rows.append(headings[number])
        rows.append(f"{number}. {sentence}")
    return rows


@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize("role", [Role.OTHER, Role.MOTION])
def test_a_petitions_allegations_are_numbered_paragraphs(wrapped: bool, role: Role) -> None:
    rows = [
        "PETITION FOR WRIT OF MANDATE",
        "Petitioner alleges as follows:",
        *numbered(ALLEGATIONS, {1: "THE PARTIES", 4: "THE ORDER CHALLENGED"}),
        *MEMORANDUM,
    ]
    got = segments(layout(rows, wrapped), role)
    paragraphs = [(label, text) for kind, label, text in got if label.startswith("¶")]
    assert paragraphs == [(f"¶ {n}", s) for n, s in enumerate(ALLEGATIONS, 1)]
    heads = [label for kind, label, _ in got if kind == "heading"]
    assert not any(label.isdigit() for label in heads)  # no allegation read as a heading
    assert heads[-6:] == MEMORANDUM_LABELS
    assert "THE PARTIES" in heads and "THE ORDER CHALLENGED" in heads


def test_a_long_petition_keeps_its_memorandums_numbered_headings() -> None:
    """Ten allegations or more do not make the whole filing read like a complaint's, whose
    numbered lines are all paragraphs: the memorandum's "1." and "2." stay headings."""
    more = [
        f"Petitioner served notice {n} on real party a full week before the hearing."
        for n in range(7, 15)
    ]
    rows = [
        "PETITION FOR WRIT OF MANDATE",
        *numbered(ALLEGATIONS + more, {1: "THE PARTIES"}),
        *MEMORANDUM,
    ]
    got = segments(layout(rows, True), Role.OTHER)
    assert sum(1 for _, label, _ in got if label.startswith("¶")) == 14
    assert [label for kind, label, _ in got if kind == "heading"][-6:] == MEMORANDUM_LABELS


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_verified_answers_numbered_responses_are_numbered_paragraphs(wrapped: bool) -> None:
    rows = [
        "VERIFIED ANSWER",
        "Real party answers the petition as follows:",
        *numbered(ANSWERS, {}),
        *MEMORANDUM,
    ]
    got = segments(layout(rows, wrapped), Role.OTHER)
    assert [(label, text) for _, label, text in got if label.startswith("¶")] == [
        (f"¶ {n}", s) for n, s in enumerate(ANSWERS, 1)
    ]
    assert [label for kind, label, _ in got if kind == "heading"][-6:] == MEMORANDUM_LABELS


@pytest.mark.parametrize("wrapped", [False, True])
def test_numbered_sentence_headings_with_text_under_them_stay_headings(wrapped: bool) -> None:
    """Sentence-case numbered headings ending with a period, each with its text: no run of
    allegations, whatever their length."""
    rows = [
        "ARGUMENT",
        "1. The officers are entitled to qualified immunity because no case clearly forbade "
        "the use of a taser on a fleeing suspect.",
        "Qualified immunity shields an officer unless the law was clearly established.",
        "2. The failure to intervene claim fails because no officer had a realistic chance to "
        "stop the single shock.",
        "An officer must have had a realistic opportunity to intervene.",
        "3. The city cannot be liable without an underlying constitutional violation by one of "
        "its officers.",
        "Without a violation there is nothing for the city to answer for.",
    ]
    got = segments(layout(rows, wrapped), Role.MOTION)
    assert [label for kind, label, _ in got if kind == "heading"] == ["ARGUMENT", "1", "2", "3"]
    assert not any(label.startswith("¶") for _, label, _ in got)
