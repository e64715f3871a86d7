"""The heading level ingest records (a Word "Heading N" style, a Markdown "#" mark) makes an
unnumbered line a heading and places it in the outline by its level."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.model import Page
from lawdiff.ingest.docx_reader import read_docx
from lawdiff.ingest.textfile import text_page
from tests.textfilings import BODY, nested_outline

CAPTION = "UNITED STATES DISTRICT COURT\n\nDEFENDANT'S MOTION FOR SUMMARY JUDGMENT"


def _markdown(*rows: str) -> list[tuple[str, str, int]]:
    text = "\n\n".join([CAPTION, *(f"{row}\n\n{BODY}" for row in rows)]) + "\n"
    return nested_outline((text_page(1, text),), "x.md")


def test_markdown_marks_nest_unnumbered_headings() -> None:
    found = _markdown(
        "## Background",
        "### the policy at issue",
        "#### the tender of the claim came late",
        "### the insurer refused to defend",
        "## Argument",
        "### the complaint alleges covered damage",
        "## Conclusion",
    )
    assert found == [
        ("Background", "", 0),
        ("the policy at issue", "Background", 1),
        ("the tender of the claim came late", "the policy at issue", 2),
        ("the insurer refused to defend", "Background", 1),
        ("Argument", "", 0),
        ("the complaint alleges covered damage", "Argument", 1),
        ("Conclusion", "", 0),
    ]


def test_unmarked_sentence_stays_a_paragraph() -> None:
    found = _markdown("## Background", "the policy at issue", "## Conclusion")
    assert [heading for heading, _, _ in found] == ["Background", "Conclusion"]


def _docx(path: Path, rows: list[tuple[str, str]]) -> tuple[Page, ...]:
    import docx

    document = docx.Document()
    document.add_paragraph("UNITED STATES DISTRICT COURT")
    document.add_paragraph("DEFENDANT'S MOTION FOR SUMMARY JUDGMENT")
    for style, text in rows:
        document.add_paragraph(text, style=style)
        document.add_paragraph(BODY.replace("\n", " "))
    document.save(str(path))
    return read_docx(path)


def test_heading_styles_make_plain_lines_headings_at_their_level(tmp_path: Path) -> None:
    pages = _docx(
        tmp_path / "motion.docx",
        [
            ("Heading 1", "Background"),
            ("Heading 2", "the policy at issue"),
            ("Heading 1", "Argument"),
            ("Heading 2", "the complaint alleges covered damage"),
            ("Normal", "the insurer refused to defend"),
        ],
    )
    assert nested_outline(pages, "motion.docx") == [
        ("Background", "", 0),
        ("the policy at issue", "Background", 1),
        ("Argument", "", 0),
        ("the complaint alleges covered damage", "Argument", 1),
    ]


def test_a_point_in_capitals_keeps_its_rules_when_its_letters_share_its_mark() -> None:
    # Word's text export underlines every heading below the top one with "-": the lettered
    # points share their capital point's mark, yet sit under it
    top = ("PRELIMINARY STATEMENT", "GROUNDS FOR OBJECTION")
    points = (
        "FIRST OBJECTION: THE SETTLEMENT IS NOT FAIR",
        "A. The Cash Relief Is a Fraction of the Losses",
        "B. Unclaimed Funds Revert to Defendant",
        "SECOND OBJECTION: THE NOTICE DID NOT REACH THE CLASS",
    )
    found = _markdown(
        *(f"{title}\n{'=' * len(title)}" for title in top),
        *(f"{title}\n{'-' * len(title)}" for title in points),
    )
    assert [(heading[:16], parent[:16], level) for heading, parent, level in found] == [
        ("PRELIMINARY STAT", "", 0),
        ("GROUNDS FOR OBJE", "", 0),
        ("FIRST OBJECTION:", "GROUNDS FOR OBJE", 1),
        ("The Cash Relief ", "FIRST OBJECTION:", 2),
        ("Unclaimed Funds ", "FIRST OBJECTION:", 2),
        ("SECOND OBJECTION", "GROUNDS FOR OBJE", 1),
    ]
