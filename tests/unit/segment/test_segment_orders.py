"""An order's decree: the numbered items after "IT IS ORDERED" or an ORDER heading are
orders, not an outline (fictional orders)."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing

OPENING = """I. Background
Acme sued Globex over the hosting contract in 2020.
II. Discussion
The request for documents is granted in part.
"""


def headings(text: str) -> list[tuple[str, str]]:
    page = Page(1, text, lines_of(text))
    result = segment_filing(Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.ORDER)))
    return [(s.label, s.heading) for s in result.segments if s.kind.value == "heading"]


def test_items_after_it_is_ordered_are_no_headings() -> None:
    text = OPENING + (
        "III. Conclusion\n"
        "Accordingly, IT IS HEREBY ORDERED that:\n"
        "1. Globex shall produce the memos within thirty days.\n"
        "2. Acme's motion for an extension of time is denied.\n"
        "IT IS SO ORDERED.\n"
    )
    assert headings(text) == [("I", "Background"), ("II", "Discussion"), ("III", "Conclusion")]


def test_items_under_an_order_heading_are_no_headings() -> None:
    text = OPENING + (
        "III. ORDER\n"
        "For the foregoing reasons:\n"
        "(1) Globex's motion to exclude Dr. Roe is GRANTED.\n"
        "(2) Acme's motion to exclude Mr. Doe is DENIED.\n"
    )
    assert [label for label, _ in headings(text)] == ["I", "II", "III"]
