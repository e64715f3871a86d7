"""Headings in plain text whose paragraphs are marked by a first-line indent, no blank lines
(an e-filing portal's text view): a flush-left title right above an indented paragraph is a
heading; the flush-left last line of a wrapped paragraph, a list's item and a signature's line
are not."""

from __future__ import annotations

import textwrap

from lawdiff.core.model import Page, Role
from lawdiff.core.text import DocumentText, lines_of
from lawdiff.segment.indented import indent_marks_paragraphs, is_indent_heading
from lawdiff.segment.lines import text_lines
from lawdiff.segment.quoted import plain_indent
from tests.textfilings import outline

INDENT = "     "
CAPTION = (
    "Cause No. 2026-0412\n"
    "In the Matter of the Estate of\n"
    "Marion Pell, Deceased\n"
    "In the County Court at Law No. 3\n"
    "Applicant's Motion for Summary Judgment\n"
    "To the Honorable Judge of Said Court:\n"
)
SENTENCES = (
    "The applicant offered the will for probate within four years of the death, and the "
    "contestant does not dispute that the will was signed before two witnesses. "
    "The record holds no evidence that the testator lacked capacity on the day she signed. "
    "Her physician saw her that week and recorded that she was alert and oriented. "
)


def paragraph(words: str = SENTENCES, *, width: int = 0) -> str:
    """One paragraph opened by the indent: on one line, or wrapped at ``width``."""
    if not width:
        return INDENT + words.strip() + "\n"
    return textwrap.fill(words.strip(), width, initial_indent=INDENT) + "\n"


def filing(*parts: str) -> str:
    """The caption, the opening paragraph, then ``parts`` with no blank line anywhere."""
    return CAPTION + paragraph() + "".join(parts)


def test_a_title_over_an_indented_paragraph_is_a_heading() -> None:
    text = filing(
        "Summary of the Motion\n",
        paragraph(),
        "Argument and Authorities\n",
        "The Will Was Properly Executed\n",
        paragraph(),
        paragraph(),
        "The Contestant Has No Evidence of Undue Influence\n",
        paragraph(),
        "Prayer\n",
        paragraph(),
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("Summary of the Motion", 0),
        ("Argument and Authorities", 0),
        ("The Will Was Properly Executed", 1),
        ("The Contestant Has No Evidence of Undue Influence", 1),
        ("Prayer", 0),
    ]


def test_wrapped_paragraphs_keep_their_flush_left_lines_as_text() -> None:
    # the last line of a wrapped paragraph, in title case by chance, is flush left over the
    # next paragraph's indent: it goes on from a line that ends no sentence
    ending = "Reviewed Under the Familiar Standard That Governs Summary Judgment"
    body = paragraph(SENTENCES + "The applicant moves for judgment on every ground", width=72)
    text = filing(
        "Argument and Authorities\n",
        body.rstrip("\n") + "\n" + ending + "\n",
        paragraph(width=72),
        "The Will Was Properly Executed\n",
        paragraph(width=72),
        paragraph(width=72),
    )
    found = [heading for _, heading, _ in outline(text)]
    assert found == ["Argument and Authorities", "The Will Was Properly Executed"]


def test_a_list_and_a_signature_over_an_indented_paragraph_stay_text() -> None:
    text = filing(
        "Argument and Authorities\n",
        paragraph(),
        "Exhibit A Affidavit of the Drafting Attorney\n",
        "Exhibit B Medical Records of the Testator\n",
        paragraph(),
        "Respectfully submitted,\n",
        "Nora Quill\n",
        "Quill and Pardo Law Offices\n",
        "Attorney for the Applicant\n",
        paragraph(),
    )
    assert [heading for _, heading, _ in outline(text)] == ["Argument and Authorities"]


def test_blank_lines_between_paragraphs_keep_the_rules_of_blank_lines() -> None:
    # the same flush-left line, but the paragraphs are parted by blank lines: the indent
    # marks nothing, and the line runs on into its paragraph (no blank line under it)
    text = filing(
        "\nArgument and Authorities\n\n",
        paragraph(),
        "\n",
        paragraph(),
        "\nThe Will Was Properly Executed\n",
        paragraph(),
        "\n",
        paragraph(),
    )
    assert "The Will Was Properly Executed" not in [h for _, h, _ in outline(text, Role.MOTION)]


def test_the_rule_asks_for_a_finished_sentence_above_and_an_indent_below() -> None:
    text = (
        INDENT + "The applicant moves for judgment on every ground the contestant\n"
        "Reviewed Under the Familiar Standard That Governs Summary Judgment\n"
        + paragraph()
        + "Argument and Authorities\n"
        + paragraph()
        + "The Will Was Properly Executed\n"
        + "Exhibit A Affidavit of the Drafting Attorney\n"
        + paragraph()
    )
    lines = text_lines(DocumentText((Page(1, text, lines_of(text)),)))
    indents = {line.index: float(plain_indent(line.text)) for line in lines}
    assert indent_marks_paragraphs(lines, indents)

    def heading(at: int, *, after_heading: bool = False) -> bool:
        above = lines[at - 1] if at else None
        return is_indent_heading(
            lines[at], lines[at + 1], above, indents, after_heading=after_heading
        )

    assert not heading(1)  # a wrapped paragraph's last line
    assert heading(3)
    assert not heading(5)  # no indented paragraph below it
    assert not heading(6)  # a list's item after a line ending no sentence
    assert heading(6, after_heading=True)


def test_text_with_blank_lines_is_not_marked_by_indents() -> None:
    text = "".join(f"Title Line {n}\n{paragraph()}\n" for n in range(6))
    lines = text_lines(DocumentText((Page(1, text, lines_of(text)),)))
    indents = {line.index: float(plain_indent(line.text)) for line in lines}
    assert not indent_marks_paragraphs(lines, indents)
