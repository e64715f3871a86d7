"""A PDF that bundles a motion and a proposed order (fictional): the order, after its own
caption, is kept under its own top-level heading and the caption is not body text."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role, Segmentation
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from tests.bundled import CAPTION, DECLARATION, NOTICE, ORDER

MOTION = (
    CAPTION.format(title="MOTION TO DISMISS")
    + """I. INTRODUCTION
Acme's complaint fails to state a claim against Globex.
II. CONCLUSION
The Court should dismiss the complaint.
Dated: May 1, 2024
/s/ Pat Lawyer
Counsel for Globex
"""
)


def test_a_proposed_order_after_the_motion_is_its_own_part() -> None:
    pages = tuple(Page(i + 1, t, lines_of(t)) for i, t in enumerate((MOTION, ORDER)))
    result = segment_filing(Filing("x.txt", "0" * 64, "text", pages, FilingMeta(role=Role.MOTION)))
    tops = [s.label for s in result.segments if s.kind.value == "heading" and s.parent is None]
    assert tops == ["I", "II", "[PROPOSED] ORDER GRANTING MOTION"]
    order = next(s for s in result.segments if s.label.startswith("[PROPOSED]"))
    under = [s.text for s in result.segments if s.parent == order.index]
    assert under and under[0].startswith("Having considered the motion")
    body = " ".join(s.text for s in result.segments)
    assert "GLOBEX CLOUD" not in body and "Pat Lawyer" not in body
    assert any("page 2 starts another document" in w for w in result.warnings)


def _segment(texts: tuple[str, ...], role: Role = Role.MOTION, title: str = "") -> Segmentation:
    pages = tuple(Page(i + 1, t, lines_of(t)) for i, t in enumerate(texts))
    meta = FilingMeta(role=role, title=title)
    return segment_filing(Filing("x.txt", "0" * 64, "text", pages, meta))


def _parts(result: Segmentation) -> list[tuple[str, str, int, int, bool]]:
    return [(p.title, p.role.value, p.first_page, p.last_page, p.argument) for p in result.parts]


MEMORANDUM = """MEMORANDUM OF POINTS AND AUTHORITIES
I. INTRODUCTION
Acme's complaint fails to state a claim against Globex.
II. ARGUMENT
The contract claim fails because no contract was formed.
"""
EXHIBIT = """EXHIBIT A
The letter of March 3, 2023 from Acme to Globex.
"""


@pytest.mark.parametrize(
    ("texts", "title", "expected"),
    [
        pytest.param(
            (MOTION, ORDER),
            "MOTION TO DISMISS",
            [
                ("MOTION TO DISMISS", "motion", 1, 1, True),
                ("[PROPOSED] ORDER GRANTING MOTION", "order", 2, 2, False),
            ],
            id="motion-and-proposed-order",
        ),
        pytest.param(
            (NOTICE, MEMORANDUM),
            "NOTICE OF MOTION AND MOTION TO DISMISS",
            [
                ("NOTICE OF MOTION", "motion", 1, 1, False),
                ("MEMORANDUM OF POINTS AND AUTHORITIES", "motion", 2, 2, True),
            ],
            id="notice-without-its-own-caption",
        ),
        pytest.param(
            (NOTICE, MEMORANDUM, DECLARATION, ORDER),
            "NOTICE OF MOTION AND MOTION TO DISMISS",
            [
                ("NOTICE OF MOTION", "motion", 1, 1, False),
                ("MEMORANDUM OF POINTS AND AUTHORITIES", "motion", 2, 2, True),
                ("DECLARATION OF PAT LAWYER", "other", 3, 3, False),
                ("[PROPOSED] ORDER GRANTING MOTION", "order", 4, 4, False),
            ],
            id="notice-memorandum-declaration-order",
        ),
        pytest.param((MOTION,), "MOTION TO DISMISS", [], id="one-document"),
    ],
)
def test_bundled_documents_are_parts_with_roles(
    texts: tuple[str, ...], title: str, expected: list[tuple[str, str, int, int, bool]]
) -> None:
    result = _segment(texts, title=title)
    assert _parts(result) == expected
    for part in result.parts:  # every part holds segments, and is marked when not argument
        assert result.part_of(part.first_segment) == part
        noted = any(part.title in w and "not argument" in w for w in result.warnings)
        assert noted == (not part.argument)


def test_nothing_of_a_bundle_is_dropped() -> None:
    result = _segment((NOTICE, MEMORANDUM, DECLARATION, ORDER), title=NOTICE.split("\n")[3])
    kept = " ".join(s.text for s in result.segments)
    for words in (
        "PLEASE TAKE NOTICE that on June 1, 2024",
        "no contract was formed",
        "true copy of the letter",
        "the Court grants it",
    ):
        assert words in kept
