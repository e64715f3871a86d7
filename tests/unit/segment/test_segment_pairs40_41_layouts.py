"""Layouts of pairs40/41 the segmenter misread, in fictional motions written for the test:
arabic sub-points run in as short sentences under a lettered point ("1. Weight of the
evidence. This factor …"), which a run of them made read as numbered paragraphs — each with
the text of the same look that must stay body text."""

from __future__ import annotations

from tests.textfilings import BODY, outline

LONG = " ".join(BODY.split())


def _motion(*subs: str) -> str:
    return "\n\n".join(
        (
            "I. INTRODUCTION",
            LONG,
            "II. ARGUMENT",
            "A. The Presumption Has Been Rebutted.",
            LONG,
            "B. The Statutory Factors Favor Release.",
            LONG,
            *subs,
            "C. Conditions Can Assure His Appearance.",
            LONG,
            "III. CONCLUSION",
            "The motion should be granted.",
        )
    )


def test_arabic_factors_run_in_under_a_lettered_point_are_headings() -> None:
    text = _motion(
        "1. Nature of the offense. " + LONG,
        "2. Weight of the evidence. " + LONG,
        "3. History and characteristics of the defendant. " + LONG,
    )
    found = outline(text)
    assert ("II.B.1", "Nature of the offense.", 2) in found  # under B, one level down
    headings = [heading for _, heading, _ in found]
    assert "Weight of the evidence." in headings
    assert "History and characteristics of the defendant." in headings
    assert "Conditions Can Assure His Appearance." in headings


def test_numbered_paragraphs_of_long_sentences_under_a_lettered_point_stay_text() -> None:
    text = _motion(
        "1. On March 3, 2024, agents searched the storage unit, which two other people could "
        "open, and found the package in a locked box. " + LONG,
        "2. On March 5, 2024, the defendant, through counsel, told the agents that he had "
        "never rented the unit. " + LONG,
        "3. On March 9, 2024, the government, having reviewed the lease, charged him by "
        "complaint. " + LONG,
    )
    headings = [heading for _, heading, _ in outline(text)]
    assert not any(heading.startswith("On March") for heading in headings)


def test_a_pdr_identity_of_judge_parties_and_counsel_is_a_heading_over_a_roster() -> None:
    text = "\n\n".join(
        (
            "IDENTITY OF JUDGE, PARTIES, AND COUNSEL",
            "Trial Judge: Hon. Ada Reyes, 99th District Court.",
            "Appellant: Sam Doe.",
            "Counsel for the State: Lee Roe, Assistant District Attorney.",
            "STATEMENT OF THE CASE",
            LONG,
            "ARGUMENT",
            LONG,
            "PRAYER FOR RELIEF",
            "Petitioner asks the Court to grant review.",
        )
    )
    headings = [heading for _, heading, _ in outline(text)]
    assert headings[0] == "IDENTITY OF JUDGE, PARTIES, AND COUNSEL"
    assert not any(heading.startswith(("Trial Judge", "Appellant")) for heading in headings)
