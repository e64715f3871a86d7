"""Text copied out of a PDF (no form feeds) cut back into its pages at its running furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.model import Filing, Segmentation, SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.ingest.text_breaks import cut_into_pages, running_rows
from lawdiff.segment import segment_filing

BODY = [
    "The agreement required the seller to deliver the panels by the first of June. It did",
    "not, and the buyer wrote to ask why. The seller answered that the order had been",
    "delayed by its supplier, which the agreement does not excuse. Section four allows a",
    "delay only for a cause beyond the seller's control, and a supplier's backlog is",
    "within it. The buyer waited two more months before it cancelled the order and",
    "bought the panels elsewhere at a higher price. It now claims the difference, the",
    "cost of storage while it waited, and the interest on the deposit it paid. The",
    "seller kept the deposit. Each of those items follows from the delay and was",
    "foreseeable when the parties signed, as the seller's own emails show. The court",
    "should hold the seller to the bargain it made and to the price of breaking it.",
    "Nothing in the record suggests that the buyer failed to mitigate its loss, and the",
    "seller does not say otherwise.",
]


def copied(pages: list[list[str]], header: str = "", footer: str = "", start: int = 1) -> str:
    """Pages of text joined as a copy from a PDF joins them: no form feed, the running
    header and footer (``{n}`` for the page number, from ``start``) left between them."""
    out: list[str] = []
    for number, rows in enumerate(pages, start=start):
        if header:
            out += [header.format(n=number), ""]
        out += rows
        if footer:
            out += ["", footer.format(n=number), ""]
    return "\n".join(out) + "\n"


def page(title: str, ending: str = ".") -> list[str]:
    # each page's lines differ in their letters, as real pages do
    word = title.split()[-1].lower()
    return [title, "", *(row.replace("panels", word) for row in BODY), f"Its end{ending}", ""]


def load(tmp_path: Path, text: str) -> tuple[Filing, Segmentation]:
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    filing = load_filing(path)
    return filing, segment_filing(filing)


def headings(segmentation: Segmentation) -> list[str]:
    return [s.text for s in segmentation.segments if s.kind == SegmentKind.HEADING]


STAMP = "Appellate Case: 25-6093     Document: 0101111     Date Filed: 07/14/2025     Page: {n}"
PAGES = [page("ARGUMENT"), page("I. THE FIRST POINT"), page("II. THE SECOND POINT"), page("III. X")]


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        (STAMP, ""),  # an e-filing stamp at the head of every page
        ("DOCKET NO. HHD-CV24-6187345-S", "Page {n} of 4"),  # a docket header, a footer
        ("", "- {n} -"),  # a bare page number at the foot
    ],
)
def test_running_furniture_cuts_the_text_into_numbered_pages(
    tmp_path: Path, header: str, footer: str
) -> None:
    filing, segmentation = load(tmp_path, copied(PAGES, header, footer))
    assert [p.number for p in filing.pages] == [1, 2, 3, 4]
    for got in filing.pages:
        assert "Page" not in got.text and "DOCKET" not in got.text and " -" not in got.text
    assert headings(segmentation) == [
        "ARGUMENT",
        "THE FIRST POINT",
        "THE SECOND POINT",
        "X",
    ]


def test_a_paragraph_cut_by_a_page_break_is_whole_again(tmp_path: Path) -> None:
    pages = [page("ARGUMENT", ending=" and"), page("I. THE POINT"), page("II. THE NEXT")]
    pages[1] = ["it goes on here.", "", *pages[1]]
    _, segmentation = load(tmp_path, copied(pages, header="", footer="Page {n} of 3"))
    texts = [s.text for s in segmentation.segments if s.kind == SegmentKind.PARAGRAPH]
    assert any("Its end and it goes on here." in t for t in texts), texts


def test_the_printed_page_numbers_number_the_pages(tmp_path: Path) -> None:
    # an excerpt: the copy starts at the PDF's fifth page; a footer numbers the page it ends
    filing, _ = load(tmp_path, copied(PAGES, footer="Page {n} of 9", start=5))
    assert [p.number for p in filing.pages] == [5, 6, 7, 8]


def test_a_header_numbers_the_page_it_opens(tmp_path: Path) -> None:
    filing, _ = load(tmp_path, copied(PAGES, header=STAMP, start=3))
    assert [p.number for p in filing.pages] == [3, 4, 5, 6]


# ---------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "rows",
    [
        # numbered responses close together: not pages apart
        [r for n in range(1, 8) for r in (f"Response to Paragraph {n}:", "Denied.", "")],
        # a statute cited three times, at irregular places
        [*BODY, "28 U.S.C. § 1332", *BODY * 5, "28 U.S.C. § 1332", *BODY, "28 U.S.C. § 1332"],
        # figures that neither stay nor count up by one
        [r for n in (3, 9, 4, 12) for r in (f"See Exhibit {n}", *BODY, *BODY)],
        # a repeated line with no figure is not evidence on its own
        [r for _ in range(4) for r in ("WHEREFORE, the court should deny the motion", *BODY * 3)],
    ],
)
def test_body_text_that_repeats_is_no_page_break(rows: list[str]) -> None:
    assert running_rows(rows) == {}
    assert cut_into_pages(rows) is None


def test_text_without_furniture_stays_one_page(tmp_path: Path) -> None:
    filing, _ = load(tmp_path, copied(PAGES))
    assert [p.number for p in filing.pages] == [1]


def test_form_feeds_still_make_the_pages(tmp_path: Path) -> None:
    text = "\f".join(copied([p], header=STAMP.replace("{n}", str(n))) for n, p in enumerate(PAGES))
    filing, _ = load(tmp_path, text)
    assert len(filing.pages) == 4
    assert all("Appellate Case" not in p.text for p in filing.pages)
