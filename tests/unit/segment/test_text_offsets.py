"""Hypothesis: DocumentText maps every offset back to its page and line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawdiff.core.model import Page
from lawdiff.core.text import DocumentText, lines_of, page_line_range

PAGE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


def document(texts: list[str]) -> DocumentText:
    return DocumentText([Page(i + 1, t, lines_of(t)) for i, t in enumerate(texts)])


@settings(max_examples=200)
@given(st.lists(PAGE_TEXT, min_size=1, max_size=5), st.data())
def test_locate_points_at_the_same_character(texts: list[str], data: st.DataObject) -> None:
    doc = document(texts)
    if not doc.text:
        return
    offset = data.draw(st.integers(0, len(doc.text) - 1))
    loc = doc.locate(offset)
    page = doc.pages[doc.page_index(offset)]
    assert page.number == loc.page
    if offset - doc.page_starts[doc.page_index(offset)] < len(page.text):
        assert page.text[loc.page_offset] == doc.text[offset]
        line = page.lines[loc.line_index]
        assert line.start <= loc.page_offset <= line.end
        assert loc.line == line.number
        assert "\n" not in page.text[line.start : loc.page_offset]


@settings(max_examples=200)
@given(st.lists(PAGE_TEXT, min_size=1, max_size=5), st.data())
def test_span_ends_are_consistent(texts: list[str], data: st.DataObject) -> None:
    doc = document(texts)
    if len(doc.text) < 1:
        return
    start = data.draw(st.integers(0, len(doc.text) - 1))
    end = data.draw(st.integers(start + 1, len(doc.text)))
    span = doc.span(start, end)
    assert (span.start, span.end) == (start, end)
    assert (span.start_page, span.start_line) <= (span.end_page, span.end_line)
    first = doc.pages[doc.page_index(start)]
    assert span.start_page_offset == start - doc.page_starts[doc.page_index(start)]
    assert 0 <= span.start_page_offset <= len(first.text)
    last_index = doc.page_index(end - 1)
    assert span.end_page_offset == end - doc.page_starts[last_index]


@pytest.mark.parametrize(("start", "end"), [(0, 0), (3, 2), (-1, 2), (0, 99)])
def test_bad_spans_raise(start: int, end: int) -> None:
    doc = document(["abc", "de"])
    with pytest.raises(ValueError, match="bad span"):
        doc.span(start, end)


def test_page_break_maps_to_next_page() -> None:
    doc = document(["ab\ncd", "ef"])
    assert doc.text == "ab\ncd\nef"
    assert (doc.locate(3).page, doc.locate(3).line) == (1, 2)
    assert (doc.locate(6).page, doc.locate(6).line, doc.locate(6).page_offset) == (2, 1, 0)


@pytest.mark.parametrize(
    ("span", "expected"),
    [((5, 12, 5, 12), "5:12"), ((5, 12, 5, 20), "5:12–20"), ((5, 12, 6, 3), "5:12–6:3")],
)
def test_page_line_range(span: tuple[int, int, int, int], expected: str) -> None:
    assert page_line_range(*span) == expected
