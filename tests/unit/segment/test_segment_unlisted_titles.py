"""Front matter under titles no list holds (segfix14): fictional briefs written for the test,
with section titles made up so that no list of known headings can hold them — the segmenter
must read them by their layout."""

from __future__ import annotations

from tests.textfilings import BODY, brief, outline

CAPTION = (
    "No. 25-0001\n\n"
    "IN THE UNITED STATES COURT OF APPEALS\nFOR THE TWELFTH CIRCUIT\n\n"
    "DANA QUIST,\nPlaintiff-Appellant,\n\nv.\n\nHARBOR LANE LLC,\nDefendant-Appellee.\n\n"
    "BRIEF OF PLAINTIFF-APPELLANT DANA QUIST\n\n"
    "Jolene M. Vasquez\n220 Lyon Street NW\nGrand Rapids, Michigan 49503\n\n"
    "Counsel for Plaintiff-Appellant\n\n"
)


def test_an_unlisted_title_in_capitals_over_text_before_the_first_known_heading_is_a_heading() -> (
    None
):
    text = CAPTION + brief(
        "POSITION ON HEARING THE APPEAL IN PERSON",
        "THE COURT'S POWER TO DECIDE",
        "SUMMARY OF THE ARGUMENT",
        "ARGUMENT",
        "I. The lease was never assigned.",
        "CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("POSITION ON HEARING THE APPEAL IN PERSON", 0),
        ("THE COURT'S POWER TO DECIDE", 0),
        ("SUMMARY OF THE ARGUMENT", 0),
        ("ARGUMENT", 0),
        ("I", 1),
        ("CONCLUSION", 0),
    ]


def test_the_filings_title_over_its_opening_paragraph_stays_out_of_the_outline() -> None:
    caption = (
        "UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\n\n"
        "UNITED STATES OF AMERICA,\nPlaintiff,\nv.\nTOMAS ARDELEAN,\nDefendant.\n\n"
        "NO. CR25-0417-MLO\n\n"
        "UNITED STATES' RESPONSE TO DEFENDANT'S MOTION TO DISMISS\n\n"
    )
    text = caption + brief("HOW THE CHARGES AROSE", "ARGUMENT", "I. The delay was excluded.")
    assert [label for label, _, _ in outline(text)] == ["HOW THE CHARGES AROSE", "ARGUMENT", "I"]


def test_a_capitals_line_over_a_short_line_is_no_front_heading() -> None:
    # a firm's name over its address is a block of the signature, not a section
    text = (
        CAPTION
        + "HOLLOWAY AND STERN LLP\n\n100 Main Street\n\n"
        + brief("SUMMARY OF THE ARGUMENT", "ARGUMENT", "I. The lease was never assigned.")
    )
    assert [label for label, _, _ in outline(text)] == ["SUMMARY OF THE ARGUMENT", "ARGUMENT", "I"]


def test_a_capitals_line_under_the_opening_paragraph_is_a_heading_though_no_title_is_above() -> (
    None
):
    caption = (
        "STATE OF LOUISIANA\n\nNUMBER C-1\n\nLUCIEN ARCENEAUX\n\nVERSUS\n\nBAYOU MARINE, L.L.C.\n\n"
        "MEMORANDUM IN OPPOSITION TO EXCEPTIONS\n\nMAY IT PLEASE THE COURT:\n\n"
        "Plaintiff opposes the exceptions filed by the defendants for the reasons below.\n\n"
    )
    text = caption + brief("WHAT HAPPENED ON THE WATER", "ARGUMENT", "I. The claim is timely.")
    assert [label for label, _, _ in outline(text)][:2] == [
        "WHAT HAPPENED ON THE WATER",
        "ARGUMENT",
    ]


def test_the_first_unlisted_title_is_taken_for_the_filings_title_when_none_is_printed() -> None:
    # no title below the caption: the first capitals line over text is read as the title, so
    # a brief that opens straight into an unlisted section keeps it as introduction text
    caption = CAPTION.replace("BRIEF OF PLAINTIFF-APPELLANT DANA QUIST\n\n", "")
    text = caption + brief(
        "THE COURT'S POWER TO DECIDE", "ARGUMENT", "I. The lease was never assigned."
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I"]


POINTS = (
    "Halyard's motion is untimely because it came after the compliance date.",
    "The privilege does not shield the workpapers.",
)


def test_sentence_points_right_under_an_unlisted_division_title_are_its_points() -> None:
    # the division's title straight over its first point, no text between; a paragraph a line
    text = CAPTION + brief("HOW THE DISPUTE AROSE") + "\nLEGAL ANALYSIS\n\n"
    text = (text + brief(*POINTS, "CLOSING REMARKS")).replace(BODY, " ".join(BODY.split()))
    got = [(heading, level) for _, heading, level in outline(text)]
    assert got == [
        ("HOW THE DISPUTE AROSE", 0),
        ("LEGAL ANALYSIS", 0),
        (POINTS[0], 1),
        (POINTS[1], 1),
        ("CLOSING REMARKS", 0),
    ]


def test_a_section_opening_on_a_paragraph_is_no_division_for_later_short_sentences() -> None:
    # the short sentences stand alone inside a facts section that opens on body text: body
    text = CAPTION + brief("HOW THE DISPUTE AROSE", *POINTS, "CLOSING REMARKS")
    text = text.replace(BODY, " ".join(BODY.split()))
    assert [heading for _, heading, _ in outline(text)] == [
        "HOW THE DISPUTE AROSE",
        "CLOSING REMARKS",
    ]


def test_questions_under_a_statement_of_the_issues_are_its_text_not_points() -> None:
    # the same shape as sentence points under a division title: alone on their lines, each a
    # short sentence ending in a period; but the statement of the issues states questions
    issues = (
        "Whether the buyer's claim is barred because he did not exhaust the seller's written "
        "internal appeal procedure.",
        "Whether the District Court correctly held that the buyer was discharged during his "
        "probationary period.",
        "Whether the seller followed its written policy and had good cause for the discharge.",
        "Whether the District Court acted within its discretion in striking the two affidavits.",
    )
    body = " ".join(BODY.split())
    text = CAPTION + "STATEMENT OF THE ISSUES\n\n" + "".join(f"{q}\n\n" for q in issues)
    text += "HOW THE DISPUTE AROSE\n\n" + body + "\n\nLEGAL ANALYSIS\n\n"
    text += "".join(f"{point}\n\n{body}\n\n" for point in POINTS) + "CLOSING REMARKS\n"
    got = [(heading, level) for _, heading, level in outline(text)]
    assert got == [
        ("STATEMENT OF THE ISSUES", 0),
        ("HOW THE DISPUTE AROSE", 0),
        ("LEGAL ANALYSIS", 0),
        (POINTS[0], 1),
        (POINTS[1], 1),
        ("CLOSING REMARKS", 0),
    ]
