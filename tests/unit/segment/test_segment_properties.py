"""Hypothesis: whatever the text, segments keep consistent offsets and order."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lawdiff.core.model import Filing, FilingMeta, Page, Role, Segmentation, SegmentKind
from lawdiff.core.text import DocumentText, lines_of
from lawdiff.segment import segment_filing

WORDS = st.sampled_from(
    ["Acme", "contract", "notice", "the", "Court", "harm", "GLOBEX", "v.", "§", "¶", "“quoted”"]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)
LINE = st.one_of(
    SENTENCE,
    SENTENCE.map(lambda s: s + "."),
    st.integers(1, 40).flatmap(lambda n: SENTENCE.map(lambda s, n=n: f"{n}. {s}")),
    st.sampled_from(["I.", "II.", "A.", "B.", "1.", "a.", "(i)"]).flatmap(
        lambda e: SENTENCE.map(lambda s, e=e: f"{e} {s.capitalize()}")
    ),
    st.sampled_from(
        [
            "ARGUMENT",
            "INTRODUCTION",
            "COUNT I",
            "FIRST CAUSE OF ACTION",
            "CONCLUSION",
            "",
            "   ",
            "TABLE OF CONTENTS",
            "ARGUMENT ........ 3",
            "Dated: May 1",
            "CERTIFICATE OF SERVICE",
        ]
    ),
    st.text(alphabet=" .1Ia\t(", max_size=8),
)
PAGE = st.lists(LINE, max_size=25).map("\n".join)


def build(pages: list[str], role: Role) -> Filing:
    built = tuple(Page(i + 1, t, lines_of(t)) for i, t in enumerate(pages))
    return Filing("gen.txt", "0" * 64, "text", built, FilingMeta(role=role))


def squash(text: str) -> str:
    return " ".join(text.split())


def check(doc: DocumentText, result: Segmentation) -> None:
    segments = result.segments
    for position, seg in enumerate(segments):
        assert seg.index == position
        assert 0 <= seg.span.start < seg.span.end <= len(doc.text)
        assert seg.span == doc.span(seg.span.start, seg.span.end)
        assert seg.parent is None or seg.parent < seg.index
        if seg.parent is not None:
            parent = segments[seg.parent]
            assert parent.kind != SegmentKind.FOOTNOTE
            assert seg.level == parent.level + 1
        holes = [
            (o.span.start, o.span.end)
            for o in segments
            if o.kind == SegmentKind.FOOTNOTE and o.parent == seg.index
        ]
        raw = doc.text[seg.span.start : seg.span.end]
        if not holes:
            assert squash(seg.text) == squash(raw)
        assert "\n" not in seg.text
    starts = [s.span.start for s in segments]
    assert starts == sorted(starts)
    by_parent: dict[int | None, list[int]] = {}
    for seg in segments:
        by_parent.setdefault(seg.parent, []).append(seg.index)
    for siblings in by_parent.values():
        spans = [segments[i].span for i in siblings if segments[i].kind != SegmentKind.FOOTNOTE]
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start


@settings(max_examples=150, deadline=None)
@given(st.lists(PAGE, min_size=1, max_size=4), st.sampled_from(list(Role)))
def test_segments_are_consistent(pages: list[str], role: Role) -> None:
    filing = build(pages, role)
    check(DocumentText(filing.pages), segment_filing(filing))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=3))
def test_arbitrary_text_never_raises(pages: list[str]) -> None:
    filing = build(pages, Role.OTHER)
    check(DocumentText(filing.pages), segment_filing(filing))


def test_paragraph_text_joins_lines_and_keeps_hyphens() -> None:
    filing = build(["1. The hosting agree-\nment ended   early.\n2. Next."], Role.COMPLAINT)
    first = segment_filing(filing).segments[0]
    assert first.text == "The hosting agree- ment ended   early."
    assert re.sub(r"\s+", " ", first.text) == "The hosting agree- ment ended early."
