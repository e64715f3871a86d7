"""Lone unnumbered headings read by the document's habit (segfix26): colon-ended headings
where the known sections end in a colon, short lines among numbered paragraphs, and the
signer's lines at the foot that are no headings (see :mod:`lawdiff.segment.lone_headings`)."""

from __future__ import annotations

from lawdiff.core.model import Role
from tests.textfilings import BODY, numbered_paragraphs, outline

CAPTION = "IN THE COURT OF EXAMPLE\n\nACME CORP v. BETA LLC\n\nDEFENDANT'S BRIEF\n\n"


def _colon_brief(lead_in: str = "") -> str:
    parts = [
        "Introduction:",
        BODY,
        "Facts Not in Dispute:",
        BODY,
        "Argument:",
        "The claims were filed within the limitations period:",
        BODY,
        "The damage did not become apparent until 2022:",
        BODY
        + (
            f"\n\n{lead_in}\n\n    (a) the first thing; and\n    (b) the second." if lead_in else ""
        ),
        "Conclusion:",
        "The motion should be denied.",
    ]
    return CAPTION + "\n\n".join(parts) + "\n"


def test_colon_ended_sentence_case_headings_are_headings() -> None:
    got = [heading for _, heading, _ in outline(_colon_brief())]
    assert "Facts Not in Dispute:" in got
    assert "The claims were filed within the limitations period:" in got
    assert "The damage did not become apparent until 2022:" in got


def test_colon_ended_lead_in_to_a_list_stays_text() -> None:
    got = [heading for _, heading, _ in outline(_colon_brief("The statute provides as follows:"))]
    assert "The statute provides as follows:" not in got
    assert "The damage did not become apparent until 2022:" in got


def test_colon_lines_need_known_sections_ending_in_a_colon() -> None:
    text = CAPTION + "\n\n".join(
        [
            "INTRODUCTION",
            BODY,
            "ARGUMENT",
            "The court should consider two points:",
            BODY,
            "Each point is addressed in turn:",
            BODY,
            "CONCLUSION",
            "The motion should be denied.",
        ]
    )
    got = [heading for _, heading, _ in outline(text + "\n")]
    assert "The court should consider two points:" not in got
    assert "Each point is addressed in turn:" not in got


def _numbered(*blocks: str, foot: str = "") -> str:
    return numbered_paragraphs(CAPTION, *blocks, foot=foot)


SKELETON = (
    "Introduction",
    "P",
    "P",
    "The claim",
    "P",
    "Duty and its scope",
    "P",
    "P",
    "The disclaimer",
    "P",
    "Conclusion",
    "P",
)


def test_short_lines_among_numbered_paragraphs_are_headings() -> None:
    for role in (Role.MOTION, Role.OPPOSITION):
        got = [heading for _, heading, _ in outline(_numbered(*SKELETON), role)]
        assert "The claim" in got
        assert "Duty and its scope" in got
        assert "The disclaimer" in got


def test_a_short_sentence_among_numbered_paragraphs_stays_text() -> None:
    blocks = list(SKELETON)
    blocks.insert(5, "That is the whole claim.")
    got = [heading for _, heading, _ in outline(_numbered(*blocks))]
    assert "That is the whole claim." not in got
    assert "The claim" in got


def test_a_short_line_without_numbered_paragraphs_stays_text() -> None:
    text = CAPTION + "\n\n".join(
        ["INTRODUCTION", BODY, "ARGUMENT", BODY, "the claim", BODY, "CONCLUSION", BODY]
    )
    got = [heading.lower() for _, heading, _ in outline(text + "\n")]
    assert "the claim" not in got


def test_counsel_set_in_at_the_foot_is_no_heading() -> None:
    foot = (
        " " * 50
        + "OLIVIA THRELKELD\n"
        + " " * 50
        + "Fenwick Chambers\n"
        + " " * 50
        + "17 December 2025"
    )
    got = [heading for _, heading, _ in outline(_numbered(*SKELETON) + "\n" + foot + "\n")]
    assert "OLIVIA THRELKELD" not in got
    assert "The claim" in got


def test_party_line_over_a_signature_is_no_heading() -> None:
    text = CAPTION + "\n\n".join(
        [
            "ARGUMENT",
            BODY,
            "CONCLUSION",
            "The judgment should be reversed.",
            "LEONARD RUZICKA and MARLENE RUZICKA, Appellants",
            "By: /s/ Owen T. Brabec\nOwen T. Brabec, #24117",
        ]
    )
    got = [heading for _, heading, _ in outline(text + "\n")]
    assert not any("RUZICKA" in heading for heading in got)
    assert "CONCLUSION" in got


def test_a_centred_heading_set_in_stays_a_heading() -> None:
    text = CAPTION + "\n\n".join(
        ["INTRODUCTION", BODY, " " * 32 + "ARGUMENT", BODY, "CONCLUSION", BODY]
    )
    got = [heading for _, heading, _ in outline(text + "\n")]
    assert "ARGUMENT" in got


NARROW = (
    "I. INTRODUCTION\n\n{body}\n\nII. ARGUMENT\n\n"
    "A. THE GARAGE DID NOT COLLAPSE\nWITHIN THE MEANING OF THE POLICY\n\n{body}\n\n"
    "{point}\n\n{body}\n\n"
    "B. THE DENIAL WAS REASONABLE\n\n{body}\n\nIII. CONCLUSION\n\n{body}\n"
)


def test_a_capital_heading_wrapped_after_its_colon_is_one_heading() -> None:
    point = "1. THE DECAY WAS NOT HIDDEN:\nPLAINTIFFS' OWN INSPECTOR\nREPORTED IT IN 2021"
    got = outline(CAPTION + NARROW.format(body=BODY, point=point))
    assert (
        "II.A.1",
        "THE DECAY WAS NOT HIDDEN: PLAINTIFFS' OWN INSPECTOR REPORTED IT IN 2021",
        2,
    ) in got
    assert ("II.B", "THE DENIAL WAS REASONABLE", 1) in got


def test_a_capital_heading_ending_in_a_colon_over_its_text_stays_whole() -> None:
    point = "1. THE DECAY WAS NOT HIDDEN:\n\nTHE INSPECTOR REPORTED IT IN 2021."
    got = outline(CAPTION + NARROW.format(body=BODY, point=point))
    assert ("II.A.1", "THE DECAY WAS NOT HIDDEN:", 2) in got


def test_roman_points_closed_by_a_parenthesis_are_numbered() -> None:
    parts = ["I) INTRODUCTION", BODY, "II) BACKGROUND", BODY, "III) LEGAL STANDARD", BODY]
    parts += ["IV) ARGUMENT", "A) THE FIRST POINT", BODY, "B) THE SECOND POINT", BODY]
    parts += ["C) THE THIRD POINT", BODY, "D) THE FOURTH POINT", BODY]
    parts += ["V) CONCLUSION", "WHEREFORE, the motion should be granted."]
    got = outline("\n\n".join(parts) + "\n")
    assert ("IV", "ARGUMENT", 0) in got
    assert ("IV.D", "THE FOURTH POINT", 1) in got
    assert ("V", "CONCLUSION", 0) in got


def test_a_letter_point_closed_by_a_parenthesis_stays_a_letter() -> None:
    parts = ["I) INTRODUCTION", BODY, "II) ARGUMENT", "A) THE FIRST POINT", BODY]
    parts += ["B) THE SECOND POINT", BODY, "C) THE THIRD POINT", BODY, "III) CONCLUSION", BODY]
    got = outline("\n\n".join(parts) + "\n")
    assert ("II.C", "THE THIRD POINT", 1) in got
    assert ("III", "CONCLUSION", 0) in got


def test_a_roman_point_whose_first_is_lost_stays_a_heading() -> None:
    parts = ["II) ARGUMENT", "A) THE FIRST POINT", BODY, "B) THE SECOND POINT", BODY]
    parts += ["III) CONCLUSION", BODY]
    got = [heading for _, heading, _ in outline(BODY + "\n\n" + "\n\n".join(parts) + "\n")]
    assert any(heading.endswith("ARGUMENT") for heading in got)
    assert any(heading.endswith("CONCLUSION") for heading in got)
