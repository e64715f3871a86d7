"""Claim-construction headings that open with a quotation mark, and patent claims quoted in a
brief that are no headings (fictional lines)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from lawdiff.segment.quoted import is_claim_term_title, is_patent_claim


def headings(text: str) -> list[tuple[str, str, int]]:
    page = Page(1, text, lines_of(text))
    meta = FilingMeta(role=Role.MOTION)
    result = segment_filing(Filing("x.txt", "0" * 64, "text", (page,), meta))
    return [(s.label, s.heading, s.level) for s in result.segments if s.kind.value == "heading"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("“substantially planar” (claims 1, 14)", True),
        ('"a pump" (claim 3)', True),
        ("‘fluidly coupled’ (claims 2, 8)", True),
        ("“inlet port” and “outlet port” (claim 5)", True),
        ('"hinge," "latch" and "bracket" (claims 4-6)', True),
        ("“retaining member”", True),
        ('"a pump" is construed by the Court as one or more pumps.', False),
        ("“Substantially” is a word of degree, and the patent gives a standard.", False),
        ("The Court Should Adopt Orrin's Construction", False),
    ],
)
def test_claim_term_titles(title: str, expected: bool) -> None:
    assert is_claim_term_title(title) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("A liquid cooling assembly comprising: a plurality of plates", True),
        ("A liquid cooling assembly, comprising: a plurality of plates", True),
        ("An apparatus for drying grain, consisting essentially of: a drum", True),
        ("The method of claim 1, comprising the further step of heating", True),
        ("A hinge including: a pin and a leaf", True),
        ("The Claims Comprising the Family Are Not Invalid", False),
        ("The Court Should Dismiss All Claims, Including the Fraud Claim", False),
        ("A Reasonable Jury Could Find Pretext", False),
    ],
)
def test_patent_claims(title: str, expected: bool) -> None:
    assert is_patent_claim(title) is expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1. “substantially planar” (claims 1, 14)", "2. “retaining member” (claim 3)"),
        ('A. "a pump" (claim 3)', 'B. "hinge" and "latch" (claims 4, 5)'),
        ("1. ‘fluidly coupled’ (claims 1, 9)", "2. ‘inlet port’ (claim 5)"),
    ],
)
def test_numbered_claim_term_headings_are_found(first: str, second: str) -> None:
    text = (
        "I. DISPUTED TERMS\n\n"
        f"{first}\n\n"
        "Orrin's Proposed Construction: plain and ordinary meaning\n"
        "Bexley's Proposed Construction: indefinite\n\n"
        "The term is one of degree, and the patent gives a standard for it, 2:10-20.\n\n"
        f"{second}\n\n"
        "The specification says the part may be formed of any metal, 5:44-52.\n\n"
        "II. CONCLUSION\n\n"
        "The Court should adopt Orrin's constructions.\n"
    )
    got = headings(text)
    titles = [heading for _, heading, _ in got]
    assert titles == [
        "DISPUTED TERMS",
        first.split(" ", 1)[1],
        second.split(" ", 1)[1],
        "CONCLUSION",
    ]
    assert [level for _, _, level in got] == [0, 1, 1, 0]


@pytest.mark.parametrize(
    "claim",
    [
        "1. A liquid cooling assembly comprising: a plurality of cold plates each on a chip.",
        "1. A liquid cooling assembly, comprising: a plurality of cold plates; and a manifold.",
        "    1. A hinge for a cabinet door, the hinge having a leaf and a pin.",
        "\t1. A latch for a gate; a bolt; a keeper fixed to the post.",
    ],
)
def test_a_quoted_patent_claim_is_no_heading(claim: str) -> None:
    text = (
        "I. THE PATENT\n\n"
        "The patent claims a modular assembly. Claim 1 is representative:\n\n"
        f"{claim}\n\n"
        "II. DISPUTED TERMS\n\n"
        "1. “cold plate” (claims 1, 9)\n\n"
        "The term needs no construction.\n"
    )
    got = headings(text)
    assert [(label, heading) for label, heading, _ in got] == [
        ("I", "THE PATENT"),
        ("II", "DISPUTED TERMS"),
        ("II.1", "“cold plate” (claims 1, 9)"),
    ]


def test_a_flush_numbered_heading_after_a_colon_is_still_a_heading() -> None:
    text = (
        "ARGUMENT\n\n"
        "The motion fails for two reasons:\n\n"
        "A. The Contract Allowed the Termination\n\n"
        "The agreement let Globex end the service on notice.\n"
    )
    assert [label for label, _, _ in headings(text)] == ["ARGUMENT", "A"]
