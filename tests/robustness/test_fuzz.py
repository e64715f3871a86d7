"""Property tests for the text machinery: cleaners, segmenter, citation finder, offset map.

Properties: no exception on any input, every offset inside its text, segments in document
order. The suite runs a few dozen examples each; ``scripts/fuzz.py`` runs the same tests
with thousands (``LAWDIFF_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawdiff.cite import find_citations
from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import DocumentText, lines_of
from lawdiff.ingest.furniture import band_key
from lawdiff.ingest.layout import RawPage, Word, clean_pages, group_lines
from lawdiff.ingest.textfile import decode, text_page
from lawdiff.segment import segment_filing

EXAMPLES = int(os.environ.get("LAWDIFF_FUZZ_EXAMPLES", "40"))
settings.register_profile(
    "fuzz",
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=EXAMPLES <= 100,  # the suite is repeatable; long runs explore
)
FUZZ = settings.get_profile("fuzz")

# Legal-looking fragments mixed with arbitrary text, so the parsers' paths are reached.
FRAGMENTS = st.sampled_from(
    [
        "1. ",
        "12. ",
        "¶ 3",
        "COUNT I",
        "FIRST CAUSE OF ACTION",
        "I. ",
        "A. ",
        "(a) ",
        "ii. ",
        "ARGUMENT",
        "INTRODUCTION",
        "Compl. ¶ 12",
        "Mot. at 5",
        "Dkt. No. 10",
        "Id.",
        "Id. at 4",
        "Fed. R. Civ. P. 12(b)(6)",
        "15 U.S.C. § 1",
        "550 U.S. 544, 556 (2007)",
        "See ",
        "Twombly, 550 U.S. at 570",
        "RCW 19.86.020",
        "Ex. A",
        "\n",
        "\n\n",
        "\t",
        "  ",
        "\f",
        "Case 2:21-cv-00031 Document 10 Filed 01/13/21 Page 1 of 9",
        "“",
        "”",
        "—",
        "§§",
    ]
)
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=30)), max_size=40).map("".join)


def _filing(pages: list[str], role: Role) -> Filing:
    built = tuple(Page(n + 1, t, lines_of(t)) for n, t in enumerate(pages))
    return Filing("fuzz.txt", "0" * 64, "text", built, FilingMeta(role=role))


# ---------------------------------------------------------------------------- offset map


@FUZZ
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_document_text_maps_every_offset_back_to_its_page(pages: list[str]) -> None:
    doc = DocumentText([Page(n + 1, t, lines_of(t)) for n, t in enumerate(pages)])
    for index, page in enumerate(doc.pages):
        start = doc.page_starts[index]
        assert doc.text[start : start + len(page.text)] == page.text
        for offset in range(start, start + len(page.text)):
            loc = doc.locate(offset)
            assert loc.page == page.number
            assert page.text[loc.page_offset] == doc.text[offset]
            line = page.lines[loc.line_index]
            assert line.start <= loc.page_offset <= line.end


@FUZZ
@given(st.lists(TEXT, min_size=1, max_size=4), st.data())
def test_document_text_spans_stay_inside(pages: list[str], data: st.DataObject) -> None:
    doc = DocumentText([Page(n + 1, t, lines_of(t)) for n, t in enumerate(pages)])
    if len(doc) == 0:
        return
    start = data.draw(st.integers(0, len(doc) - 1))
    end = data.draw(st.integers(start + 1, len(doc)))
    span = doc.span(start, end)
    assert (span.start, span.end) == (start, end)
    assert (span.start_page, span.start_line) <= (span.end_page, span.end_line)
    numbers = [p.number for p in doc.pages]
    assert span.start_page in numbers and span.end_page in numbers


# ---------------------------------------------------------------------------- cleaners


WORD = st.builds(
    lambda text, x, w, top, h, size: Word(text, x, x + w, top, top + h, "Times-Bold", size),
    st.text(min_size=1, max_size=12).filter(lambda t: t.split() == [t]),  # as extracted
    st.floats(0, 600),
    st.floats(1, 120),
    st.floats(0, 780),
    st.floats(1, 14),
    st.floats(0, 14),
)
RAW = st.builds(
    lambda number, words, images: RawPage(number, 612.0, 792.0, tuple(words), (), images),
    st.integers(1, 50),
    st.lists(WORD, max_size=40),
    st.booleans(),
)


@FUZZ
@given(st.lists(WORD, max_size=60))
def test_group_lines_keeps_every_word_once(words: list[Word]) -> None:
    lines = group_lines(words)
    assert sorted(w for line in lines for w in line.words) == sorted(words)
    assert [ln.top for ln in lines] == sorted(ln.top for ln in lines)


@FUZZ
@given(st.lists(RAW, min_size=1, max_size=5))
def test_clean_pages_offsets_stay_inside_each_page(raws: list[RawPage]) -> None:
    pages = clean_pages(raws)
    assert [p.number for p in pages] == [r.number for r in raws]
    for page in pages:
        previous = 0
        for line in page.lines:
            assert previous <= line.start <= line.end <= len(page.text)
            assert "\n" not in page.text[line.start : line.end]
            previous = line.end


@FUZZ
@given(TEXT)
def test_band_key_treats_all_digits_alike(text: str) -> None:
    sevens = "".join("7" if c in "0123456789" else c for c in text)
    assert band_key(sevens) == band_key(text)


@FUZZ
@given(st.binary(max_size=400))
def test_text_decoding_refuses_or_maps_lines(data: bytes) -> None:
    from pathlib import Path

    from lawdiff.core.errors import KnownError

    try:
        text, _encoding = decode(data, Path("fuzz.txt"))
    except KnownError as exc:
        assert str(exc).startswith("fuzz.txt: ")
        return
    page = text_page(1, text.replace("\r\n", "\n"))
    for line in page.lines:
        assert 0 <= line.start <= line.end <= len(page.text)


# ---------------------------------------------------------------------------- segmenter


@FUZZ
@given(
    st.lists(TEXT, min_size=1, max_size=4),
    st.sampled_from([Role.COMPLAINT, Role.MOTION, Role.OPPOSITION, Role.ORDER, Role.OTHER]),
)
def test_segments_stay_inside_the_text_in_order(pages: list[str], role: Role) -> None:
    filing = _filing(pages, role)
    length = len(DocumentText(filing.pages))
    result = segment_filing(filing)
    starts = []
    for index, seg in enumerate(result.segments):
        assert seg.index == index
        assert 0 <= seg.span.start < seg.span.end <= length
        assert seg.parent is None or 0 <= seg.parent < index
        starts.append(seg.span.start)
    assert starts == sorted(starts)


# ---------------------------------------------------------------------------- citations


@FUZZ
@given(TEXT)
def test_citations_point_at_their_own_text(text: str) -> None:
    previous = 0
    for cite in find_citations(text):
        assert previous <= cite.start < cite.end <= len(text)
        assert text[cite.start : cite.end] == cite.text
        previous = cite.end
