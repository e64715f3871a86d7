"""Line numbers printed down a text page (a transcript's) come off its text and become the
lines' numbers; numbered lists and a few numbered rows stay as written."""

from __future__ import annotations

from pathlib import Path

from lawdiff.ingest.printed_lines import printed_line_numbers
from lawdiff.ingest.textfile import read_text


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


def test_a_page_whose_bare_first_numbered_row_went_as_its_header_loses_its_numbers(
    tmp_path: Path,
) -> None:
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
    assert page.text.split("\n")[0] == f"{words[2]} {words[5]}."
    assert [line.number for line in page.lines][:3] == [2, 3, 4]


def test_a_page_starting_at_four_keeps_its_numbers() -> None:
    rows = [f"{n:>2}  text of the line" for n in range(4, 20)]
    assert printed_line_numbers(rows) == {}
