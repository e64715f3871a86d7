"""Sentences, motion names and party names as orders write them."""

from __future__ import annotations

import pytest

from lawdiff.core.rulings import Side
from lawdiff.ruling.motions import find_motions
from lawdiff.ruling.parties import canonical_party, party_names
from lawdiff.ruling.sentences import split_sentences


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = (
        "See Acme Co. v. Best Serv. Corp., 465 U.S. 752, 764 (1984). Dr. Lee may testify. "
        "Motion in Limine No. 2 is GRANTED. The rest is DENIED."
    )
    assert split_sentences(text) == [
        "See Acme Co. v. Best Serv. Corp., 465 U.S. 752, 764 (1984).",
        "Dr. Lee may testify.",
        "Motion in Limine No. 2 is GRANTED.",
        "The rest is DENIED.",
    ]


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("Acme's Motion in Limine No. 1 (ECF 5): GRANTED.", ["acme mil 1"]),
        (
            "Defendants' Motions in Limine Nos. 2-4 are DENIED.",
            [f"defendants mil {n}" for n in (2, 3, 4)],
        ),
        (
            "Acme's motion to exclude the opinions of Dr. Jane Roe at ECF 9 is GRANTED.",
            ["acme exclude roe"],
        ),
        (
            "Accordingly, the Court DENIES Acme's motion to exclude Drs. Cole and Ng.",
            ["acme exclude cole"],
        ),
        (
            "Plaintiff's Motion for Temporary Restraining Order, Dkt. No. 2, is DENIED.",
            ["plaintiff tro"],
        ),
        ("The motion is DENIED.", ["motion"]),
    ],
)
def test_motions_are_keyed_by_party_kind_number_and_expert(sentence: str, keys: list[str]) -> None:
    assert [m.key for m in find_motions(sentence)] == keys


def test_party_names_come_from_filings_caption_and_defined_terms() -> None:
    names = party_names(
        "Plaintiff Parler LLC",
        "",
        "Parler LLC v. Amazon Web Services, Inc.",
        ['Defendant Amazon Web Services, Inc. ("AWS") opposes.'],
    )
    text = "The Court agrees with AWS that Parler has not shown it; Defendants say so."
    assert [(text[a:b], side) for a, b, side in names.mentions(text)] == [
        ("AWS", Side.RESPONDENT),
        ("Parler", Side.MOVANT),
        ("Defendants", Side.RESPONDENT),
    ]


def test_a_party_has_one_key_whatever_the_order_calls_it() -> None:
    caption = "Chirrup, Inc. v. Stratus Web Services, LLC"
    assert {
        canonical_party(n, caption) for n in ("Plaintiff", "Chirrup", "Plaintiff Chirrup, Inc.")
    } == {"chirrup"}
    assert canonical_party("Defendants", caption) == "stratus"
