"""Line numbers printed down a text page (a transcript's) come off its text and become the
lines' numbers; numbered lists and a few numbered rows stay as written."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.model import SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.ingest.printed_lines import printed_line_numbers
from lawdiff.ingest.textfile import read_text
from lawdiff.segment import segment_filing


def test_a_transcript_page_loses_its_line_numbers(tmp_path: Path) -> None:
    rows = ["     THE COURT: Be seated.", "We are on the record.", "", *["more text."] * 10]
    page = "\n".join(f"{n:>2}  {row}".rstrip() for n, row in enumerate(rows, start=1))
    path = tmp_path / "t.txt"
    path.write_text(page + "\f" + page)
    pages = read_text(path).pages
    assert pages[1].text.split("\n")[:3] == [
        "     THE COURT: Be seated.",
        "We are on the record.",
        "",
    ]
    assert [line.number for line in pages[1].lines] == list(range(1, 14))


def test_numbers_must_count_down_the_page() -> None:
    rows = [f"{n}  item number {n}" for n in (1, 2, 3, 7, 9, 12, 15, 16, 20, 21, 22)]
    assert printed_line_numbers(rows) == {}


def test_a_short_numbered_list_is_no_line_numbering() -> None:
    rows = ["Plaintiff asks for:", "1  damages;", "2  costs;", "3  fees.", "Dated: May 1."]
    assert printed_line_numbers(rows) == {}


def test_a_restart_at_one_is_a_lost_page_break() -> None:
    rows = [f"{n:>2}  line" for n in [*range(1, 26), *range(1, 11)]]
    found = printed_line_numbers(rows)
    assert len(found) == 35 and found[25] == (1, 4)


def test_rows_that_all_read_one_are_no_line_numbering() -> None:
    # a restart at 1 needs a page of numbered rows before it: ten rows of "1" (a column of
    # ones, hypothesis's find) would otherwise pass for ten pages of one line each
    rows = ["1"] * 10 + ["1  text"] * 5
    assert printed_line_numbers(rows) == {}


def _pleading_page(off_grid: int) -> list[str]:
    """A page of pleading paper as ``pdftotext -layout`` prints it: line numbers 1-28, and
    ``off_grid`` heading rows without a number (set off the grid) after line 10."""
    rows = [f"{n:>2}    body text of line {n}" for n in range(1, 29)]
    heading = [f"     {chr(65 + i)}. A Heading Set Off the Grid" for i in range(off_grid)]
    return rows[:10] + heading + rows[10:]


def test_pleading_paper_keeps_its_grid_around_headings_off_it() -> None:
    # six off-grid rows of 34: too many for a partly numbered page, not for a full grid
    rows = _pleading_page(6)
    found = printed_line_numbers(rows)
    assert len(found) == 28 and found[16] == (11, 6)
    assert rows[10][found.get(10, (0, 0))[1] :].strip().startswith("A.")


def test_a_short_run_of_numbers_still_needs_nearly_every_row() -> None:
    # fifteen numbered rows among six unnumbered ones: no full grid, so no line numbering
    rows = _pleading_page(6)[:21]
    assert printed_line_numbers(rows) == {}


def test_a_full_grid_among_mostly_unnumbered_rows_is_no_line_numbering() -> None:
    rows = _pleading_page(0)
    rows = [row for pair in zip(rows, ["unnumbered text"] * 28, strict=True) for row in pair]
    assert printed_line_numbers(rows) == {}


def test_a_page_whose_bare_first_numbered_row_repeats_keeps_it_as_its_blank_line_one(
    tmp_path: Path,
) -> None:
    # the bare " 1" opening every page repeats at the page's top like a running header, but
    # it counts on into the grid: the blank line 1 of pleading paper, kept
    words = [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
        "india",
        "juliet",
        "kilo",
        "lima",
        "mike",
    ]
    pages = []
    for page_number in range(4):  # every page opens with a bare " 1": a repeating edge row
        body = [f"{words[(n + page_number) % 13]} {words[(n * 5) % 13]}." for n in range(28)]
        rows = [" 1", *(f"{n:>2}      {row}" for n, row in enumerate(body[1:], start=2))]
        pages.append("\n".join(rows))
    path = tmp_path / "pleading.txt"
    path.write_text("\f".join(pages))
    page = read_text(path).pages[1]
    assert page.text.split("\n")[:2] == ["", f"{words[2]} {words[5]}."]
    assert [line.number for line in page.lines][:3] == [1, 2, 3]


WORDS = ("court", "motion", "record", "order", "notice", "party", "claim", "ruling")


def _text_rows(page: int, count: int) -> list[str]:
    """``count`` rows of body text, none repeated on another page (digits aside)."""
    return [
        f"Row {n} of page {page}: the {WORDS[page % 8]} and the {WORDS[n % 8]} are body text."
        for n in range(count)
    ]


def _grid_page(rows: list[str], foot: str = "") -> str:
    """A page of pleading paper: ``rows`` on lines 1-28 (blank ones as a bare number), a
    page number ``foot`` under the grid."""
    numbered = [f"{n:>2}     {row}".rstrip() for n, row in enumerate(rows, start=1)]
    return "\n".join([*numbered, *([foot.center(60).rstrip()] if foot else [])])


def _read(tmp_path: Path, pages: list[str]) -> Path:
    path = tmp_path / "pleading.txt"
    path.write_text("\f".join(pages))
    return path


def test_the_grid_s_blank_last_row_stays_and_the_page_number_under_it_goes(
    tmp_path: Path,
) -> None:
    pages = [_grid_page(["", *_text_rows(n, 25), "", ""], foot=str(n)) for n in range(1, 5)]
    page = read_text(_read(tmp_path, pages)).pages[1]
    assert [line.number for line in page.lines] == list(range(1, 29))  # 28 kept, "2" gone
    assert page.text.split("\n")[-3:] == [_text_rows(2, 25)[-1], "", ""]


def test_numbered_paragraphs_on_the_grid_keep_their_numbers(tmp_path: Path) -> None:
    # a complaint's "1." and a list's "2." printed beside the grid's line numbers stay
    listed = ["1. Plaintiff owns the parcel.", "2.  Defendant", ""]
    pages = [
        _grid_page(["", *_text_rows(n, 3), *listed, *_text_rows(n + 4, 21)], foot=str(n))
        for n in range(1, 4)
    ]
    page = read_text(_read(tmp_path, pages)).pages[0]
    assert page.text.split("\n")[4:6] == ["1. Plaintiff owns the parcel.", "2.  Defendant"]


def test_a_bare_number_that_does_not_count_on_is_still_the_page_number(tmp_path: Path) -> None:
    # the grid's last row holds text: the bare "3" under it is the page number, not a 29
    pages = [_grid_page(["", *_text_rows(n, 27)], foot=str(n)) for n in range(1, 5)]
    page = read_text(_read(tmp_path, pages)).pages[2]
    assert [line.number for line in page.lines] == list(range(1, 29))
    assert page.text.split("\n")[-1] == _text_rows(3, 27)[-1]


def test_a_heading_at_the_foot_of_a_pleading_page_stays_apart_from_the_next_page(
    tmp_path: Path,
) -> None:
    # B.'s title wraps over lines 26-27 (its last row centred), line 28 is blank, and the
    # next page's text opens on its line 1
    title = ["B. The Balance of Hardships Favors the Movant, Who Stands", "to Lose Its Customers"]
    first = ["", "ARGUMENT".center(56), "", "A. The Movant Is Likely to Succeed on the Merits", ""]
    rows = [[*first, *_text_rows(1, 21), "", ""]]
    rows.append(["", *_text_rows(2, 23), "", title[0], title[1].center(len(title[0])), ""])
    rows.append([*_text_rows(3, 26), "", ""])
    pages = [_grid_page(page, foot=str(n)) for n, page in enumerate(rows, start=1)]
    found = segment_filing(load_filing(_read(tmp_path, pages), ocr=False)).segments
    assert [(s.label, s.heading) for s in found if s.kind == SegmentKind.HEADING] == [
        ("ARGUMENT", "ARGUMENT"),
        ("A", "The Movant Is Likely to Succeed on the Merits"),
        ("B", "The Balance of Hardships Favors the Movant, Who Stands to Lose Its Customers"),
    ]
