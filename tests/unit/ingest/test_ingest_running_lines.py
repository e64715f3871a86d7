"""Running lines left inside a page (pleading-paper footers, stamps, "Page N of M", a repeated
docket header) are marked furniture by ingest, in place, and the segmenter leaves them out
(fictional filings written for the test)."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.ingest import load_filing
from lawdiff.ingest.running_lines import mark_running_lines, running_key, running_lines
from lawdiff.segment import segment_filing
from tests.textfilings import brief

BODY = textwrap.fill(
    "The moving party bears the burden of showing that relief is warranted, and the court "
    "weighs the record as a whole before it decides whether the judgment should stand.",
    72,
)
FIRM = "MARLOWE QUILL PLLC\n400 Pine Street, Suite 1200, Seattle, WA 98101 / (206) 555-0190"


def footer(page: int, title: str = "DEFENDANT'S MOTION TO VACATE JUDGMENT") -> str:
    return f"{title} - {page}\n{FIRM}"


def parts(*texts: str) -> str:
    return "\n\n".join(texts) + "\n"


def pages_of(*texts: str) -> tuple[Page, ...]:
    """Pages as a reader makes them, one per text, before running lines are marked."""
    return tuple(Page(i + 1, text, lines_of(text)) for i, text in enumerate(texts))


def marked(*texts: str) -> list[str]:
    """The lines ingest marks furniture in a file of these pages, in order."""
    return [
        page.text[line.start : line.end].strip()
        for page in mark_running_lines(pages_of(*texts))
        for line in page.lines
        if line.furniture
    ]


def prose(number: int) -> str:
    """A body paragraph of its own for each page (a paragraph on every page would run)."""
    words = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    return textwrap.fill(
        f"On the {words[number]} point the record shows what the moving party says, and the "
        f"court reads the {words[number]} exhibit with the rest before it rules.",
        72,
    )


def imported(*texts: str, role: Role = Role.MOTION) -> Filing:
    """A filing of these pages as ingest hands it on: running lines marked."""
    return Filing(
        "x.txt", "0" * 64, "text", mark_running_lines(pages_of(*texts)), FilingMeta(role=role)
    )


def segments(*texts: str, role: Role = Role.MOTION) -> list[tuple[str, str, int]]:
    """(kind, label or text, level) of each segment of the pages once ingest marked them."""
    return [
        (s.kind.value, s.label if s.kind == SegmentKind.HEADING else s.text, s.level)
        for s in segment_filing(imported(*texts, role=role)).segments
    ]


def heading_labels(*texts: str, role: Role = Role.MOTION) -> list[str]:
    return [label for kind, label, _ in segments(*texts, role=role) if kind == "heading"]


# ---------------------------------------------------------------------------- pleading footers


def test_a_numbered_title_footer_and_the_firm_under_it_are_no_headings() -> None:
    text = parts(
        "I. RELIEF REQUESTED",
        BODY,
        footer(2),
        "II. STATEMENT OF FACTS",
        BODY,
        footer(3),
        "III. ARGUMENT",
        BODY,
        "IV. CONCLUSION",
        BODY,
        footer(4),
    )
    got = segment_filing(imported(text)).segments
    assert [s.heading for s in got if s.kind == SegmentKind.HEADING] == [
        "RELIEF REQUESTED",
        "STATEMENT OF FACTS",
        "ARGUMENT",
        "CONCLUSION",
    ]
    assert marked(text) == [
        line for page in (2, 3, 4) for line in footer(page).split("\n")
    ]  # title, firm and address of each of the three footers


def test_the_footer_twice_between_numbered_issues_keeps_the_sections_on_top() -> None:
    text = parts(
        "I. RELIEF REQUESTED",
        BODY,
        footer(2),
        "II. ISSUES PRESENTED",
        "1. Was the summons served on the registered agent?",
        "III. ARGUMENT",
        BODY,
        footer(5),
    )
    got = [(label, level) for kind, label, level in segments(text) if kind == "heading"]
    assert got[0] == ("I", 0) and ("II", 0) in got and ("III", 0) in got


def test_a_dash_numbered_line_printed_once_is_kept() -> None:
    text = parts("I. ARGUMENT", BODY, "THE RULE OF SECTION 4 - 2", BODY, "II. CONCLUSION", BODY)
    assert marked(text) == []


def test_a_dash_numbered_line_repeated_with_the_same_number_is_kept() -> None:
    line = "COMPARE THE TABLE IN EXHIBIT A - 2"
    text = parts("I. ARGUMENT", BODY, line, BODY, line, BODY, "II. CONCLUSION", BODY)
    assert marked(text) == []


def test_lines_under_the_footers_that_differ_are_kept() -> None:
    text = parts(
        "I. ARGUMENT",
        BODY,
        "MOTION TO VACATE JUDGMENT - 2\nSee the declaration of the owner.",
        BODY,
        "MOTION TO VACATE JUDGMENT - 3\nThe receipt confirms delivery.",
        BODY,
    )
    assert marked(text) == ["MOTION TO VACATE JUDGMENT - 2", "MOTION TO VACATE JUDGMENT - 3"]


def test_a_short_dash_numbered_title_is_no_footer() -> None:
    text = parts("I. ARGUMENT", BODY, "EXHIBIT - 2", BODY, "EXHIBIT - 3", BODY)
    assert marked(text) == []


# ---------------------------------------------------------------------------- stamps and headers


def test_page_stamps_footers_and_a_repeated_docket_header_copied_from_a_pdf_are_left_out() -> None:
    stamp = "Appellate Case: 25-6093     Document: 010111187342     Date Filed: 07/14/2025"
    text = (
        brief("ARGUMENT", "I. THE VERDICT RESTS ON THE EVIDENCE")
        + f"\n{stamp}     Page: 3\n\nPage 3 of 5\n\nDOCKET NO. HHD-CV24-6187345-S\n\n"
        + brief("II. THE PUNITIVE AWARD STANDS")
        + "\nPage 4 of 5\n\nDOCKET NO. HHD-CV24-6187345-S\n\n"
        + brief("III. INTEREST RUNS FROM THE VERDICT")
        + "\nDOCKET NO. HHD-CV24-6187345-S\n\n"
        + brief("CONCLUSION")
    )
    got = segments(text)
    assert [label for kind, label, _ in got if kind == "heading"] == [
        "ARGUMENT",
        "I",
        "II",
        "III",
        "CONCLUSION",
    ]
    assert not any("Page" in label or "DOCKET" in label for _, label, _ in got)
    assert len(marked(text)) == 6


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Page 3 of 12", True),
        ("  page 3 OF 12  ", True),
        ("Case 1:23-cv-01234-ABC Document 12 Filed 01/02/23 Page 3 of 10 PageID #: 45", True),
        ("Appellate Case: 25-6093 Document: 010111187342 Date Filed: 07/14/2025 Page: 3", True),
        ("See page 3 of 12 of the contract.", False),
        ("Page 3", False),
    ],
)
def test_a_page_mark_alone_on_its_line_is_furniture_once(line: str, expected: bool) -> None:
    text = parts("ARGUMENT", BODY, line, BODY, "CONCLUSION")
    assert marked(text) == ([line.strip()] if expected else [])


def test_a_docket_number_line_once_is_no_running_header() -> None:
    text = "DOCKET NO. HHD-CV24-6187345-S\n\n" + brief("ARGUMENT", "CONCLUSION")
    assert marked(text) == []


def test_a_docket_number_line_twice_is_no_running_header_three_times_is() -> None:
    header = "CASE NO. 2:24-cv-01234"
    twice = parts(header, BODY, header, BODY)
    assert marked(twice) == []
    assert marked(parts(twice, header, BODY)) == [header] * 3


def test_a_running_footer_on_every_page_is_no_heading() -> None:
    footer = "CASE NO. 1:24-CV-0001 - {} - OPPOSITION"
    pages = [
        f"ARGUMENT\nThe claim fails.\n{footer.format(1)}",
        f"The defence fails too.\n{footer.format(2)}",
        f"CONCLUSION\nThe motion should be denied.\n{footer.format(3)}",
    ]
    assert heading_labels(*pages, role=Role.OPPOSITION) == ["ARGUMENT", "CONCLUSION"]
    assert marked(*pages) == [footer.format(n) for n in (1, 2, 3)]


# ---------------------------------------------------------------------------- lines on many pages


def test_a_line_on_half_the_pages_is_running_on_fewer_it_is_not() -> None:
    header = "Reply in Support of the Motion to Dismiss"
    six = [f"{header}\n{prose(n)}" if n < 3 else prose(n) for n in range(6)]
    assert marked(*six) == [header] * 3
    eight = [*six, prose(6), prose(7)]  # three of eight pages: under half
    assert marked(*eight) == []


def test_a_line_on_every_page_of_two_pages_is_not_running() -> None:
    header = "Reply in Support of the Motion to Dismiss"
    assert marked(f"{header}\n{prose(0)}", f"{header}\n{prose(1)}") == []


def test_a_short_line_on_every_page_is_not_running() -> None:
    assert marked(*[f"Argument\n{prose(n)}" for n in range(4)]) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("- 12 -", "- 13 -"),
        ("Motion to Dismiss  Page 4", "MOTION TO DISMISS PAGE 17"),
        ("Case No. 2:24-cv-01234", "Case  No.  3:25-cv-00001"),
    ],
)
def test_running_lines_are_compared_digits_spacing_and_case_aside(a: str, b: str) -> None:
    assert running_key(a) == running_key(b)


def test_running_lines_count_pages_not_lines() -> None:
    header = "Reply in Support of the Motion to Dismiss"
    # three copies on one page of three: not on half the pages three times
    assert running_lines([0, 0, 0, 1, 2], [header, header, header, "", ""], 3) == set()
    assert running_lines([0, 1, 2], [header] * 3, 3) == {0, 1, 2}


# ---------------------------------------------------------------------------- the pages


def test_marking_keeps_the_text_offsets_and_line_numbers() -> None:
    before = pages_of(
        parts("I. ARGUMENT", prose(0), footer(2)), parts("II. CONCLUSION", prose(1), footer(3))
    )
    after = mark_running_lines(before)
    assert [page.text for page in after] == [page.text for page in before]
    unmarked = [[replace(line, furniture=False) for line in page.lines] for page in after]
    assert unmarked == [list(page.lines) for page in before]
    assert any(line.furniture for page in after for line in page.lines)
    assert mark_running_lines(after) == after  # marking twice changes nothing


def test_pages_with_nothing_running_are_returned_as_they_are() -> None:
    pages = (*pages_of(brief("ARGUMENT")), Page(2, "", ()))
    assert mark_running_lines(pages) == pages


def test_a_text_file_arrives_with_its_running_lines_marked(tmp_path: Path) -> None:
    path = tmp_path / "motion.txt"
    path.write_text(
        parts("I. ARGUMENT", BODY, footer(2), "II. CONCLUSION", BODY, footer(3)), encoding="utf-8"
    )
    filing = load_filing(path)
    furniture = [
        page.text[line.start : line.end]
        for page in filing.pages
        for line in page.lines
        if line.furniture
    ]
    assert furniture == [*footer(2).split("\n"), *footer(3).split("\n")]
    got = segment_filing(filing).segments
    assert [s.label for s in got if s.kind == SegmentKind.HEADING] == ["I", "II"]
    assert not any("PLLC" in s.text for s in got)
