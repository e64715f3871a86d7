"""Cleaning positioned words: number column, lines, stamp, headers, footers, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawdiff.core.text import DocumentText
from lawdiff.ingest.furniture import band_key
from lawdiff.ingest.layout import (
    RawPage,
    Word,
    build_page,
    clean_pages,
    find_number_column,
    group_lines,
)

WIDTH, HEIGHT = 612.0, 792.0


def numbers(right: float = 86.0, doubled: bool = False) -> list[Word]:
    words = []
    for n in range(1, 29):
        text = str(n) * 2 if doubled else str(n)
        top = 60 + 24 * n
        words.append(Word(text, right - 7 * len(text), right, top, top + 14))
    return words


def line(
    text: str, top: float, x0: float = 104.0, font: str = "Times", size: float = 12
) -> list[Word]:
    words, x = [], x0
    for token in text.split():
        words.append(Word(token, x, x + 6 * len(token), top, top + size, font, size))
        x += 6 * len(token) + 4
    return words


def test_number_column_uses_most_common_right_edge() -> None:
    body = [*line("2019 was the year", 84), Word("5", 104, 110, 108, 122)]
    column = find_number_column(numbers() + body, WIDTH)
    assert column is not None
    assert column.right == pytest.approx(86.0)
    assert [n for n, _ in column.numbers] == list(range(1, 29))


def test_doubled_numbers_read_as_single() -> None:
    column = find_number_column(numbers(doubled=True), WIDTH)
    assert column is not None
    assert [n for n, _ in column.numbers] == list(range(1, 29))


def test_no_column_without_numbers() -> None:
    assert find_number_column(line("just some words", 100), WIDTH) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (line("one two", 100) + line("three", 130), ["one two", "three"]),
        # a superscript footnote mark stays on its line
        ([*line("claim", 100), Word("1", 140, 144, 97, 104, size=7)], ["claim 1"]),
        # a wide gap marks a second column
        (line("PLAINTIFF,", 100) + line("Case No. 1", 100, x0=330), ["PLAINTIFF,\tCase No. 1"]),
        # touching pieces are one word
        ([Word("Capit", 100, 130, 100, 112), Word("ol", 130.2, 140, 100, 112)], ["Capitol"]),
    ],
)
def test_group_lines(words: list[Word], expected: list[str]) -> None:
    assert [ln.text for ln in group_lines(words)] == expected


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("- iv -", "- 12 -", True),
        ("MOTION IN LIMINE NO. 3", "MOTION JN LIM/NE NO. 3", True),
        (
            "CASE NO. 2:16-CV-6794\t- ii -\tMEM. ISO MOT.",
            "CASE NO. 2:16-CV-6794\t- 7 -\tMEM. ISO MOT.",
            True,
        ),
        ("OPPOSITION TO MOTION", "REPLY ISO MOTION", False),
    ],
)
def test_band_key(first: str, second: str, same: bool) -> None:
    assert (band_key(first) == band_key(second)) is same


def pleading_page(number: int, total: int, body: list[str], images: bool = False) -> RawPage:
    stamp = f"Case 1:20-cv-00001-ABC Document 5 Filed 01/02/21 Page {number} of {total}"
    words = numbers() + line(stamp, 15, x0=56)
    for index, text in enumerate(body):
        words += line(text, 84 + 24 * index)
    words += line(f"DEFS. MOTION TO DISMISS {number}", 750, x0=250)
    return RawPage(number, WIDTH, HEIGHT, tuple(words), has_images=images)


def test_clean_pages_drops_stamp_numbers_and_footer() -> None:
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
    bodies = [[f"body {i} line {words[(n + i) % 6]} of page" for i in range(4)] for n in range(5)]
    pages = clean_pages([pleading_page(n + 1, 5, body) for n, body in enumerate(bodies)])
    for page, body in zip(pages, bodies, strict=True):
        assert page.text.split("\n") == body
        assert [ln.number for ln in page.lines] == [1, 2, 3, 4]


def test_one_page_file_loses_stamp_but_keeps_single_footer() -> None:
    (page,) = clean_pages([pleading_page(1, 1, ["only text here"])])
    assert page.text.split("\n") == ["only text here", "DEFS. MOTION TO DISMISS 1"]


def test_a_letterless_body_line_at_the_page_top_is_no_page_number() -> None:
    """Bare page numbers repeat at every foot; a record cite opening a page ("¶¶ 324-25.")
    has no letters either, but it is text, not their twin."""
    bodies = [
        [f"first line of page {word}", f"then {word} again"]
        for word in ("one", "two", "six", "ten")
    ]
    bodies[1][0] = "¶¶ 324-25."
    raws = []
    for number, body in enumerate(bodies, start=1):
        words = [w for index, text in enumerate(body) for w in line(text, 84 + 24 * index)]
        words += line(f"- {number} -", 750, x0=300)
        raws.append(RawPage(number, WIDTH, HEIGHT, tuple(words)))
    pages = clean_pages(raws)
    assert [page.text.split("\n") for page in pages] == bodies


def test_image_only_page_detected() -> None:
    raws = [pleading_page(1, 2, ["text page words"]), pleading_page(2, 2, [], images=True)]
    pages = clean_pages(raws)
    assert [p.image_only for p in pages] == [False, True]
    assert pages[1].text == ""


def test_bold_centered_and_footnote_hints() -> None:
    body = line("Body text runs across the whole page width here", 130)
    centre = (body[0].x0 + body[-1].x1) / 2
    words = (
        line("ARGUMENT", 100, x0=centre - 24, font="Times-Bold")
        + body
        + line("Another body line of ordinary size and width", 154)
        + line("1 A footnote in small type", 700, size=9)
    )
    page = build_page(RawPage(1, WIDTH, HEIGHT, tuple(words)), group_lines(words), None)
    heading, first, _, note = page.lines
    assert heading.bold and heading.centered and not first.bold and not first.centered
    assert note.footnote and not first.footnote
    assert first.indent == 0.0 and heading.indent > 100


texts = st.lists(
    st.lists(
        st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=8),
        min_size=1,
        max_size=6,
    ),
    min_size=1,
    max_size=12,
)


@given(texts)
def test_offsets_slice_back_to_lines(rows: list[list[str]]) -> None:
    words: list[Word] = []
    for index, tokens in enumerate(rows):
        words += line(" ".join(tokens), 100 + 20 * index)
    page = build_page(RawPage(1, WIDTH, HEIGHT, tuple(words)), group_lines(words), None)
    assert [page.text[ln.start : ln.end] for ln in page.lines] == [" ".join(r) for r in rows]
    document = DocumentText([page, page])
    assert document.locate(len(page.text) + 1).page == 1
    assert document.locate(0).line == 1


def test_small_type_without_a_marker_is_not_a_footnote() -> None:
    words = line("Body text of ordinary size", 130) + line("Firm name in small type", 700, size=9)
    page = build_page(RawPage(1, WIDTH, HEIGHT, tuple(words)), group_lines(words), None)
    assert [ln.footnote for ln in page.lines] == [False, False]


def test_same_size_footnotes_below_a_separator_rule() -> None:
    words = (
        line("Body text of ordinary size that runs on and on", 600)
        + line("and a second body line of the same paragraph", 624)
        + line("1 A footnote in the same type as the body", 680)
        + line("that wraps onto a second line", 694)
    )
    rules = ((104.0, 248.0, 668.0),)
    page = build_page(RawPage(1, WIDTH, HEIGHT, tuple(words), rules), group_lines(words), None)
    assert [ln.footnote for ln in page.lines] == [False, False, True, True]


def test_an_underline_or_a_numbered_paragraph_below_a_rule_is_no_footnote() -> None:
    words = line("I. Plaintiff's Allegations", 594) + line("12. The agreement ended in May", 640)
    rules = ((104.0, 240.0, 606.0), (104.0, 248.0, 630.0))
    page = build_page(RawPage(1, WIDTH, HEIGHT, tuple(words), rules), group_lines(words), None)
    assert [ln.footnote for ln in page.lines] == [False, False]


CONTINUED = [
    "Body text of ordinary size that runs on and on",
    "and a second body line of the same paragraph",
    "and a third one, double spaced as the body is",
]


@pytest.mark.parametrize(
    ("size", "pitch"),
    [(9.0, 24.0), (12.0, 12.0)],  # smaller type; or the body's type, set closer together
)
def test_a_note_continued_from_the_page_before_has_no_marker(size: float, pitch: float) -> None:
    words = [w for i, text in enumerate(CONTINUED) for w in line(text, 560 + 24 * i)]
    words += line("the rest of a note begun on the previous page", 650, size=size)
    words += line("and its last line, still part of that note", 650 + pitch, size=size)
    rules = ((104.0, 248.0, 640.0),)
    page = build_page(RawPage(1, WIDTH, HEIGHT, tuple(words), rules), group_lines(words), None)
    assert [ln.footnote for ln in page.lines] == [False, False, False, True, True]


def test_a_rule_off_the_margin_does_not_start_a_continued_note() -> None:
    """A rule in a side column (a track-changes balloon's) over closely set lines."""
    words = [w for i, text in enumerate(CONTINUED) for w in line(text, 560 + 24 * i)]
    words += line("text in a side column", 650, x0=380) + line("set close together", 662, x0=380)
    rules = ((380.0, 560.0, 640.0),)
    page = build_page(RawPage(1, WIDTH, HEIGHT, tuple(words), rules), group_lines(words), None)
    assert not any(ln.footnote for ln in page.lines)
