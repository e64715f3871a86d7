"""Headings of plain text wrapped by hand at a narrow width, as OCR and some copies print it:
a title goes on over the line its next word did not fit on, and a point whose paragraph is
held on short lines still has a paragraph below it."""

from __future__ import annotations

import textwrap

from tests.textfilings import outline

WIDTH = 62
PARAGRAPH = (
    "The moving party bears the burden of showing that no genuine dispute of material fact "
    "exists, and the court views the record in the light most favorable to the other side. "
    "Plaintiff cannot meet that burden here, because the contract it relies on was never "
    "signed by both parties and the statute of frauds bars its enforcement."
)

# a paragraph of two lines at 90 columns, its first word too long for a full title's line
SHORT_PARAGRAPH = (
    "Content that a user chooses to share with friends or followers is not private in any "
    "sense the discovery rules protect. A privacy setting limits who may see a post."
)


def wrapped(*parts: str) -> str:
    """A brief hard-wrapped at ``WIDTH``: each part (a heading) wrapped too, a paragraph of
    body text after it."""
    body = textwrap.fill(PARAGRAPH, WIDTH)
    rows = [f"{textwrap.fill(part, WIDTH)}\n\n{body}" for part in parts]
    return "ARGUMENT\n\n" + "\n\n".join(rows) + "\n"


def test_a_title_goes_on_over_a_hard_wrap_to_its_last_short_line() -> None:
    text = wrapped(
        "I. PLAINTIFF SHOULD BE AWARDED HER EXPENSES UNDER FEDERAL RULE 37(a)(5)(A)",
        "II. THE AWARD OF COSTS IS WITHIN THE COURT'S DISCRETION",
    )
    assert "\n37(a)(5)(A)\n" in text  # the wrap this test is about
    titles = [heading for _, heading, _ in outline(text)]
    assert "PLAINTIFF SHOULD BE AWARDED HER EXPENSES UNDER FEDERAL RULE 37(a)(5)(A)" in titles


def test_a_sentence_title_goes_on_over_a_hard_wrap_to_a_capitalised_line() -> None:
    text = wrapped(
        "A. A technical supervision rule is not material merely because Medicare labels it "
        "a condition of payment.",
        "B. The relator pleads no scheme with particularity.",
    )
    titles = [heading for _, heading, _ in outline(text)]
    assert (
        "A technical supervision rule is not material merely because Medicare labels it "
        "a condition of payment." in titles
    )


def test_a_title_that_fits_its_line_does_not_take_the_next_line() -> None:
    # the next line's first word would have fit on the title's line: no wrap, two lines
    text = (
        "ARGUMENT\n\nI. THE CLAIM FAILS\nSee Smith v. Jones, 1 F.3d 2 (1st Cir. 1999).\n\n"
        + textwrap.fill(PARAGRAPH, WIDTH)
        + "\n"
    )
    assert ("I", "THE CLAIM FAILS", 1) in outline(text)


def test_a_wrapped_unpunctuated_point_over_a_hard_wrapped_paragraph_is_a_heading() -> None:
    text = wrapped(
        "A. Plaintiff's motion is untimely under D. Kan. Rule 37.1(b)",
        "B. Plaintiff misstates the burden, and the defendant's objections were specific",
        "C. The litigation hold notice is privileged",
    )
    assert [label for label, _, _ in outline(text)][-3:] == ["A", "B", "C"]


def test_a_lettered_paragraph_over_short_lines_stays_a_paragraph() -> None:
    # a sentence closing on a period, body text below: a lettered paragraph, no point
    text = wrapped(
        "A. Plaintiff's motion is untimely under D. Kan. Rule 37.1(b)",
        "B. Plaintiff says the notice was late, and the record shows it was served on the "
        "first day of the month as the lease requires.",
    )
    assert [label for label, _, _ in outline(text)][-1:] == ["A"]


def test_bare_points_under_the_umbrella_wrapped_by_hand_are_headings() -> None:
    text = wrapped(
        "The Arbitrator's disclosures defeat any claim of evident partiality on this record",
        "Ridgeline's challenge to the interim award is untimely under section twelve",
        "The award draws its essence from the parties' agreement and must be confirmed",
    )
    titles = [heading for _, heading, _ in outline(text)]
    assert titles[-3:] == [
        "The Arbitrator's disclosures defeat any claim of evident partiality on this record",
        "Ridgeline's challenge to the interim award is untimely under section twelve",
        "The award draws its essence from the parties' agreement and must be confirmed",
    ]


def test_short_lines_set_one_under_another_are_no_wrapped_point() -> None:
    # the second line's first word would have fit on the first: lines set apart, no wrap
    body = textwrap.fill(PARAGRAPH, WIDTH)
    blocks = [
        "The arbitrator disclosed it\nin writing, and Northgate made no objection for months",
        "Ridgeline filed its motion\nlate, well after the three months that the statute allows",
    ]
    text = "ARGUMENT\n\n" + "\n\n".join(f"{block}\n\n{body}" for block in blocks) + "\n"
    assert [heading for _, heading, _ in outline(text)] == ["ARGUMENT"]


def test_a_title_does_not_take_the_indented_first_line_of_its_paragraph() -> None:
    # no blank line under the title: the indented line opens the paragraph, no wrap
    body = textwrap.fill(PARAGRAPH, 90, initial_indent="     ")
    title = "Plaintiff Has No Reasonable Expectation of Privacy in Content She Shared With Others"
    text = (
        "ARGUMENT\n\nI. THE REQUESTS SEEK RELEVANT DISCOVERY\n\n"
        + body
        + "\n\nA. Posts Showing Physical Activity Are Directly Relevant to Damages\n\n"
        + body
        + f"\n\nB. {title}\n"
        + textwrap.fill(SHORT_PARAGRAPH, 90, initial_indent="     ")
        + "\n"
    )
    assert ("I.B", title, 2) in outline(text)


def test_a_centred_title_goes_on_to_its_centred_last_line() -> None:
    body = textwrap.fill(PARAGRAPH, WIDTH, initial_indent="     ")
    text = (
        "ARGUMENT\n\n"
        "I. THE COMPLAINT STATES A CAUSE OF ACTION FOR BREACH OF THE\n"
        "              IMPLIED WARRANTY OF HABITABILITY\n\n" + body + "\n"
    )
    titles = [heading for _, heading, _ in outline(text)]
    assert (
        "THE COMPLAINT STATES A CAUSE OF ACTION FOR BREACH OF THE IMPLIED WARRANTY OF HABITABILITY"
        in titles
    )
