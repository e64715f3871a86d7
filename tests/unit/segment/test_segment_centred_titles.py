"""Titles centred by spaces in plain text, as ``pdftotext -layout`` prints a brief set on
pleading paper: a long title wraps, its nearly full first row starts where the body does and
only its short last row shows the centring. Such a title is read whole, numbered or bare;
a row that is indented but not centred under the row above stays what it was (fictional
briefs)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from lawdiff.core.model import Role, SegmentKind
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing
from lawdiff.segment.centred import centred_under
from tests.textfilings import headings

WIDTH = 66


def outline(text: str) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in headings(text, Role.OPPOSITION)]


def centred(title: str) -> list[str]:
    """``title`` wrapped at 56 columns, each row centred in 66 (pdftotext's layout)."""
    return [row.center(WIDTH).rstrip() for row in textwrap.wrap(title, 56)]


def body(text: str) -> list[str]:
    """A paragraph hard-wrapped at 60 columns and indented by six spaces."""
    return ["      " + row for row in textwrap.wrap(text, 60)]


def page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


PARAGRAPH = (
    "The panel heard four days of testimony, weighed the exhibits the parties offered, and "
    "issued a reasoned award that follows the contract's words closely and answers every "
    "question the parties put to it."
)
CAP = "A. The Rejection Damages Exceed the Cap of Section 502(b)(6)"
TWICE = "B. The Claim Counts the Accelerated Rent Twice Over the Remaining Term"
PARTIAL = "The Arbitrator's disclosures defeat any claim of evident partiality"
WAIVED = "The carrier waived its partiality objection by proceeding to hearing"


def test_centred_under_both_ways() -> None:
    first, last = centred(CAP)
    assert centred_under(first, last)  # "502(b)(6)" centred under the row above
    assert not centred_under(first, "      502(b)(6)")  # at the body's margin
    assert not centred_under(first, "            502(b)(6)")  # indented, not centred
    assert not centred_under("      " + "word " * 11, "      " + "word " * 11)  # a quote's rows
    assert not centred_under(last, first)  # the longer row is not under the shorter


def test_a_numbered_title_goes_on_to_its_centred_last_row() -> None:
    text = page(
        centred("ARGUMENT"),
        centred(CAP),
        body(PARAGRAPH),
        centred(TWICE),
        body(PARAGRAPH),
    )
    assert [h for h, _ in outline(text)] == [
        "ARGUMENT",
        CAP[3:],
        TWICE[3:],
    ]


def test_bare_points_under_the_umbrella_wrap_over_centred_rows() -> None:
    text = page(
        centred("Argument"),
        centred(PARTIAL),
        body(PARAGRAPH),
        centred(WAIVED),
        body(PARAGRAPH),
        centred("Conclusion"),
        body("The petition should be denied."),
    )
    assert outline(text) == [("Argument", 0), (PARTIAL, 1), (WAIVED, 1), ("Conclusion", 0)]


def test_a_paragraph_whose_last_row_is_indented_but_not_centred_is_body_text() -> None:
    rows = centred(PARTIAL)
    off_centre = [rows[0], "  " + rows[1].strip()]
    text = page(
        centred("Argument"),
        off_centre,
        body(PARAGRAPH),
        centred(WAIVED),
        body(PARAGRAPH),
    )
    assert PARTIAL not in [h for h, _ in outline(text)]


def test_numbered_paragraphs_of_the_body_stay_paragraphs() -> None:
    # "7. Section 502(b)(6) limits …" hard-wrapped under a centred title: a numbered
    # paragraph, its rows at the margin, is no title
    numbered = body(
        "7. Section 502(b)(6) limits a lessor's claim for damages resulting from the "
        "termination of a lease to the rent reserved for the greater of one year or fifteen "
        "percent of the remaining term."
    )
    text = page(centred("ARGUMENT"), centred(CAP), numbered, centred(TWICE), body(PARAGRAPH))
    assert [h for h, _ in outline(text)] == ["ARGUMENT", CAP[3:], TWICE[3:]]


def test_unpunctuated_points_over_hard_wrapped_paragraphs() -> None:
    # the paragraph under each point wraps at 60 columns, so its first row alone is short
    # of a paragraph's words: the rows up to the blank line are read whole
    later = (
        "Financial information is relevant to punitive damages, which are not available "
        "under the statute, and the interrogatory is premature for that reason alone."
    )
    text = page(
        centred("ARGUMENT"),
        centred("A. The motion is untimely under D. Kan. Rule 37.1(b)"),
        body(PARAGRAPH),
        centred("B. The requests are overbroad, and the objections were specific"),
        body(later),
        centred("C. An award of expenses, in any event, would be unjust"),
        body(later),
    )
    assert [h for h, _ in outline(text)] == [
        "ARGUMENT",
        "The motion is untimely under D. Kan. Rule 37.1(b)",
        "The requests are overbroad, and the objections were specific",
        "An award of expenses, in any event, would be unjust",
    ]


def test_an_unpunctuated_line_over_a_few_words_stays_body_text() -> None:
    # "B. The parties agree, as before" over a row of a few words: no paragraph below
    text = page(
        centred("ARGUMENT"),
        centred("A. The motion is untimely under D. Kan. Rule 37.1(b)"),
        body(PARAGRAPH),
        centred("B. The parties agree, as before"),
        ["      On the dates set."],
        centred("C. Neither party objects, as before"),
        ["      To the schedule set."],
    )
    assert [h for h, _ in outline(text)] == [
        "ARGUMENT",
        "The motion is untimely under D. Kan. Rule 37.1(b)",
    ]


def test_a_motion_in_numbered_paragraphs_keeps_its_centred_wrapped_subheading() -> None:
    # a bankruptcy motion set in numbered paragraphs: its title-case subheadings are read
    # as a complaint's are, the one wrapped over a centred "362(d)(3)" too
    def numbered(start: int, count: int) -> list[list[str]]:
        return [
            body(
                f"{n}. The Debtor has made no payment on the loan since June, and the "
                f"property it owns is worth less than the debt it secures on day {n}."
            )
            for n in range(start, start + count)
        ]

    stay = "Relief Is Independently Warranted Under Section 362(d)(3)"
    text = page(
        centred("BASIS FOR RELIEF"),
        centred("Cause Exists to Lift the Stay"),
        *numbered(1, 4),
        centred(stay),
        *numbered(5, 4),
        centred("Waiver of the Fourteen-Day Stay"),
        *numbered(9, 3),
    )
    assert [h for h, _ in outline(text)] == [
        "BASIS FOR RELIEF",
        "Cause Exists to Lift the Stay",
        stay,
        "Waiver of the Fourteen-Day Stay",
    ]


def test_a_bare_point_s_paragraph_does_not_run_into_a_heading_atop_the_next_page(
    tmp_path: Path,
) -> None:
    # the last bare point's paragraph ends its page; the next page opens on a heading in
    # capitals standing alone: not a row of that paragraph, which stays body text below
    para = PARAGRAPH + " " + PARAGRAPH
    first = brief_lines(
        "ARGUMENT",
        "THE VERDICT IS SUPPORTED BY THE EVIDENCE",
        "Negligence: the causation standard was easily met",
        para,
        "Unseaworthiness: the slick deck was a condition of the vessel",
        para,
    )
    second = brief_lines("THE REFUSAL TO PAY CURE WAS WILLFUL", para, "CONCLUSION", "Deny it.")
    path = tmp_path / "brief.txt"
    path.write_text(first + "\f" + second)
    filing = load_filing(path, ocr=False)
    found = [s.heading for s in segment_filing(filing).segments if s.kind == SegmentKind.HEADING]
    assert "Unseaworthiness: the slick deck was a condition of the vessel" in found
    assert "THE REFUSAL TO PAY CURE WAS WILLFUL" in found


def brief_lines(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"
