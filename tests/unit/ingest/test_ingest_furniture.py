"""Page furniture (stamps, running headers and footers, page numbers) in text filings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawdiff.core.model import Filing, Segmentation, SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.ingest.furniture import (
    band_key,
    is_furniture,
    is_page_number,
    page_number_run,
    repeating_keys,
)
from lawdiff.ingest.textfile import furniture_rows, text_page
from lawdiff.segment import segment_filing

# The labeller's reproduction: three pages, each ending in its printed number.
OPPOSITION = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\n"
    "DEFENDANT'S OPPOSITION TO MOTION\n\nINTRODUCTION\n\nThe motion should be denied.\n\n"
    "ARGUMENT\n\nSome paragraph text that ends the page here.\n\n1\n"
    "\fI. Plaintiff Is Unlikely to Succeed on the Merits\n\nBody of argument one.\n\n"
    "A. The Ordinance Is Content Neutral\n\nMore body text.\n\n2\n"
    "\fII. Plaintiff Faces No Irreparable Harm\n\n"
    "Plaintiff shows no harm that money cannot repair.\n\n3\n"
)


def segments_of(tmp_path: Path, text: str, name: str = "opp.txt") -> tuple[Filing, Segmentation]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    filing = load_filing(path)
    return filing, segment_filing(filing)


def headings(segmentation: Segmentation) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in segmentation.segments if s.kind == SegmentKind.HEADING]


def paragraphs(segmentation: Segmentation) -> list[str]:
    return [s.text for s in segmentation.segments if s.kind == SegmentKind.PARAGRAPH]


# ---------------------------------------------------------------------------- the rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", True),
        ("   12   ", True),
        ("- 2 -", True),
        ("— 14 —", True),
        ("iv", True),
        ("Page 3", True),
        ("Page 3 of 12", True),
        ("3 of 12", True),
        ("12.", False),  # a complaint paragraph's number on its own line
        ("1. Introduction", False),
        ("$5,000", False),
        ("Page 3 of the brief", False),
    ],
)
def test_is_page_number(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


@pytest.mark.parametrize(
    ("text", "foot", "expected"),
    [
        ("2", True, True),
        ("2", False, False),  # a lone number at a page's top needs repetition
        ("Case 0:25-cv-01234-ABC Document 15 Filed 05/01/25 Page 3 of 12", False, True),
        ("CV-90 (06/04)      CIVIL MINUTES - GENERAL      Page 1 of 2", False, True),
        ("DEFENDANT'S OPPOSITION - 4", True, True),  # its letters repeat (see below)
        ("IN THE UNITED STATES DISTRICT COURT", False, False),  # repeats, but names a court
        ("The motion should be denied.", True, False),
    ],
)
def test_is_furniture(text: str, foot: bool, expected: bool) -> None:
    repeated = {band_key("DEFENDANT'S OPPOSITION - 1"), "INTHEUNITEDSTATESDISTRICTCOURT"}
    assert is_furniture(text, repeated, foot=foot) is expected


def test_repeating_keys_need_a_share_of_pages_and_a_least_count() -> None:
    pages = [["DEF. OPP. 1", "alpha"], ["DEF. OPP. 2", "beta"], ["gamma"]]
    assert repeating_keys(pages) == {"DEFOPP"}  # 2 of 3 pages: 67%
    assert repeating_keys(pages, least=3) == set()
    assert band_key("12.") != band_key("12") == band_key("iv")  # "12." is no page number


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # page numbers 2, 3, 4 well apart: a run
        ([*["text"] * 10, "2", *["text"] * 10, "- 3 -", *["text"] * 10, "4"], {10, 21, 32}),
        # the longest run wins over stray numbers
        (["7", *["text"] * 9, "1", *["text"] * 9, "2", *["text"] * 9, "3"], {10, 20, 30}),
        # two numbers are not enough evidence
        ([*["text"] * 10, "1", *["text"] * 10, "2", *["text"] * 10], set()),
        # numbers close together: a list, or pleading line numbers
        (["1", "a", "2", "b", "3", "c", "4"], set()),
        # numbered sections, as far apart as their text is long: not alike as pages are
        (
            ["1", *["text"] * 9, "2", *["text"] * 30, "3", *["text"] * 9, "4", "text"],
            set(),
        ),
        # pages alike in length, the last one short
        (["1", *["text"] * 19, "2", *["text"] * 24, "3", *["text"] * 8, "4"], {0, 20, 45, 54}),
        # not counting up by one
        ([*["text"] * 10, "3", *["text"] * 10, "7", *["text"] * 10, "12"], set()),
    ],
)
def test_page_number_run(rows: list[str], expected: set[int]) -> None:
    assert page_number_run(rows) == expected


# ---------------------------------------------------------------------------- reproduction


def test_page_numbers_no_longer_glue_a_page_to_the_heading_after_it(tmp_path: Path) -> None:
    filing, segmentation = segments_of(tmp_path, OPPOSITION)
    assert [page.text.split("\n")[-1] for page in filing.pages] == [
        "Some paragraph text that ends the page here.",
        "More body text.",
        "Plaintiff shows no harm that money cannot repair.",
    ]
    assert headings(segmentation) == [
        ("INTRODUCTION", "INTRODUCTION"),
        ("ARGUMENT", "ARGUMENT"),
        ("I", "Plaintiff Is Unlikely to Succeed on the Merits"),
        ("I.A", "The Ordinance Is Content Neutral"),
        ("II", "Plaintiff Faces No Irreparable Harm"),
    ]
    for text in paragraphs(segmentation):
        assert not any(word in {"1", "2", "3"} for word in text.split()), text


def test_page_and_line_still_point_into_the_file(tmp_path: Path) -> None:
    _, segmentation = segments_of(tmp_path, OPPOSITION)
    where = {s.text: (s.span.start_page, s.span.start_line) for s in segmentation.segments}
    assert where["Some paragraph text that ends the page here."] == (1, 12)
    assert where["Plaintiff Is Unlikely to Succeed on the Merits"] == (2, 1)
    assert where["The Ordinance Is Content Neutral"] == (2, 5)
    assert where["Plaintiff Faces No Irreparable Harm"] == (3, 1)


# ---------------------------------------------------------------------------- variants


def brief(footers: list[str], headers: list[str] | None = None) -> str:
    """The reproduction's three pages with other footers (and headers) printed on them."""
    pages = [page.rsplit("\n\n", 1)[0] for page in OPPOSITION.split("\f")]
    heads = headers or ["", "", ""]
    return "\f".join(
        f"{head}\n\n{page}\n\n{foot}\n" if head else f"{page}\n\n{foot}\n"
        for head, page, foot in zip(heads, pages, footers, strict=True)
    )


@pytest.mark.parametrize(
    "footers",
    [
        ["- 1 -", "- 2 -", "- 3 -"],
        ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"],
        ["                                    1", "                 2   ", "    3    "],
        ["1 | Defendant's Opposition", "2 | Defendant's Opposition", "3 | Defendant's Opposition"],
        [
            "DEFENDANT'S OPPOSITION TO MOTION FOR PRELIMINARY INJUNCTION - 1",
            "DEFENDANT'S OPPOSITION TO MOTION FOR PRELIMINARY INJUNCTION - 2",
            "DEFENDANT'S OPPOSITION TO MOTION FOR PRELIMINARY INJUNCTION - 3",
        ],
    ],
)
def test_footer_variants(tmp_path: Path, footers: list[str]) -> None:
    filing, segmentation = segments_of(tmp_path, brief(footers))
    assert [label for label, _ in headings(segmentation)][2:] == ["I", "I.A", "II"]
    for page, footer in zip(filing.pages, footers, strict=True):
        assert footer.strip() not in page.text


def test_running_headers_and_stamps_at_each_page_top(tmp_path: Path) -> None:
    stamp = "Case 0:25-cv-01234-ABC   Document 15   Filed 05/01/25   Page {} of 3"
    headers = [f"{stamp.format(n)}\nKessler v. City of Duluth, No. 25-cv-1234" for n in (1, 2, 3)]
    filing, segmentation = segments_of(tmp_path, brief(["1", "2", "3"], headers))
    assert not any("Document 15" in page.text or "Kessler" in page.text for page in filing.pages)
    assert [label for label, _ in headings(segmentation)][2:] == ["I", "I.A", "II"]
    # the stamp is gone from the text but its facts are read, as for a PDF
    assert (filing.meta.docket, filing.meta.ecf_number) == ("0:25-cv-01234-ABC", "15")
    # the heading on page 2 is on the page's 5th line of the file: header rows still count
    where = {s.text: (s.span.start_page, s.span.start_line) for s in segmentation.segments}
    assert where["Plaintiff Is Unlikely to Succeed on the Merits"] == (2, 4)


def test_a_court_line_opening_bundled_documents_is_kept(tmp_path: Path) -> None:
    court = "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF MINNESOTA\n\n"
    page = court + "Some text of this part of the filing, which goes on.\n"
    filing, _ = segments_of(tmp_path, "\f".join([page] * 3))
    assert all(p.text.startswith("IN THE UNITED STATES DISTRICT COURT") for p in filing.pages)


def test_a_line_repeated_on_two_pages_of_text_is_kept(tmp_path: Path) -> None:
    page = "Respectfully submitted,\n\nThe parties agree on this much.\n"
    filing, _ = segments_of(tmp_path, f"{page}\f{page}")
    assert [p.text.split("\n")[0] for p in filing.pages] == ["Respectfully submitted,"] * 2


def test_one_page_number_at_most_per_page_edge(tmp_path: Path) -> None:
    """A transcript page ends with its last (empty) numbered line, then its page number."""
    rows = [f"{n:2}  THE COURT: line {n} of the transcript." for n in range(1, 25)]
    page = "\n".join(rows) + "\n25\n\n                    {}\n"
    filing, _ = segments_of(tmp_path, "\f".join(page.format(n) for n in (1, 2, 3)))
    assert all(p.text.endswith("\n25") for p in filing.pages)


# ---------------------------------------------------------------------------- no page breaks


def pasted(numbers: list[str]) -> str:
    """Text pasted from a PDF: paragraphs of several lines, lone page numbers between."""
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
    pages = [
        "\n".join(f"This is line {c} of a paragraph on {word} that runs on" for c in "abcdefghi")
        + ".\n"
        for word in words[: len(numbers) + 1]
    ]
    pages[0] = f"ARGUMENT\n\n{pages[0]}"
    return "".join(f"{page}\n{number}\n\n" for page, number in zip(pages, numbers, strict=False))


def test_pasted_text_loses_page_numbers_that_count_up(tmp_path: Path) -> None:
    filing, segmentation = segments_of(tmp_path, pasted(["1", "2", "3", "4"]))
    # the page numbers show where the pages broke: the text is cut back into its pages
    assert [page.number for page in filing.pages] == [1, 2, 3, 4]
    for page in filing.pages:
        assert not {"1", "2", "3", "4"} & set(page.text.split("\n"))
    for text in paragraphs(segmentation):
        assert not {"1", "2", "3", "4"} & set(text.split()), text
    # kept lines keep their numbers on their page: page 2 opens with the number "1" and a
    # blank line, so its first kept line is its third
    assert [line.number for line in filing.pages[0].lines] == list(range(1, 12))
    assert filing.pages[1].lines[0].number == 3


@pytest.mark.parametrize("numbers", [["1"], ["1", "2"], ["2", "5", "9"]])
def test_pasted_text_keeps_lone_numbers_without_strong_evidence(
    tmp_path: Path, numbers: list[str]
) -> None:
    filing, _ = segments_of(tmp_path, pasted(numbers))
    rows = filing.pages[0].text.split("\n")
    assert [row for row in rows if row.isdigit()] == numbers


ROWS = st.lists(
    st.sampled_from(["", "  ", "1", "- 2 -", "Page 3 of 9", "OPP. 4", "Body text.", "12.", "A."]),
    min_size=1,
    max_size=12,
)


@given(st.lists(ROWS, min_size=1, max_size=5))
def test_kept_rows_keep_their_numbers_and_offsets(pages: list[list[str]]) -> None:
    for number, (rows, drop) in enumerate(zip(pages, furniture_rows(pages), strict=True)):
        page = text_page(number + 1, "\n".join(rows), drop)
        numbers = [line.number for line in page.lines]
        assert numbers == sorted(set(numbers))
        assert not drop & {n - 1 for n in numbers}
        for line in page.lines:
            assert page.text[line.start : line.end] == rows[line.number - 1]
        assert page.text == "\n".join(rows[n - 1] for n in numbers)
