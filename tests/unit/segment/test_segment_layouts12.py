"""Layouts of the pairs12 tuning batch's court styles, in fictional briefs written for the
test: a short title-case heading of one or two words among title-case siblings (a Tennessee
response's "Punitive Damages"), a motion to compel argued request by request ("REQUEST FOR
PRODUCTION NO. 4" under its point), a paragraph's first sentence full of names (no run-in
title), and a D.N.J. letter brief's flat sections (title-case sections and points of one type
are siblings, labels under a sentence point are its sub-points, a letter's numbered points are
sections of the letter) — each with the layout that must read as before."""

from __future__ import annotations

from lawdiff.core.model import Role
from tests.textfilings import BODY, brief, outline

# a paragraph on one line, as e-filed text and the brief pairs hold it
LINE = " ".join(BODY.split())


def letter(*parts: str) -> str:
    """A plain-text brief of one-line paragraphs: each part, then a paragraph after it."""
    return "\n\n".join(f"{part}\n\n{LINE}" for part in parts) + "\n"


# ------------------------------------------------ a short title-case heading among its siblings

TITLED_POINTS = (
    "The Motion Relies on Matters Outside the Complaint",
    "The Complaint Pleads Ordinary Negligence in Maintaining a Ramp",
)


def test_a_two_word_title_between_paragraphs_with_title_siblings_is_a_heading() -> None:
    text = letter("LAW AND ARGUMENT", *TITLED_POINTS, "Punitive Damages", "CONCLUSION")
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("LAW AND ARGUMENT", 0),
        (TITLED_POINTS[0], 1),
        (TITLED_POINTS[1], 1),
        ("Punitive Damages", 1),
        ("CONCLUSION", 0),
    ]


def test_a_lone_short_title_with_no_title_siblings_stays_body_text() -> None:
    text = letter("ARGUMENT", "I. THE CLAIM FAILS", "Punitive Damages", "CONCLUSION")
    assert "Punitive Damages" not in [heading for _, heading, _ in outline(text)]


def test_a_short_line_not_in_title_case_or_not_between_paragraphs_stays_body_text() -> None:
    lower = letter("LAW AND ARGUMENT", *TITLED_POINTS, "Punitive damages", "CONCLUSION")
    assert "Punitive damages" not in [heading for _, heading, _ in outline(lower)]
    # right under a heading, with no paragraph above it: not between paragraphs
    under = letter("LAW AND ARGUMENT", *TITLED_POINTS).replace(
        f"{TITLED_POINTS[1]}\n\n", f"{TITLED_POINTS[1]}\n\nPunitive Damages\n\n"
    )
    got = [heading for _, heading, _ in outline(under)]
    assert "Punitive Damages" not in got


# ------------------------------------------------------- a motion to compel, request by request


def test_a_request_heading_in_capitals_nests_under_the_point_above_it() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE GENERAL OBJECTIONS ARE IMPROPER",
        "II. DEFENDANT MUST PRODUCE THE DISCOVERY REQUESTED",
        "REQUEST FOR PRODUCTION NO. 4",
        "INTERROGATORY NO. 3",
        "REQUESTS FOR ADMISSION NOS. 2 AND 5",
        "III. PLAINTIFF SHOULD BE AWARDED HER EXPENSES",
        "CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("I", 1),
        ("II", 1),
        ("REQUEST FOR PRODUCTION NO. 4", 2),
        ("INTERROGATORY NO. 3", 2),
        ("REQUESTS FOR ADMISSION NOS. 2 AND 5", 2),
        ("III", 1),
        ("CONCLUSION", 0),
    ]


def test_a_request_heading_right_under_the_umbrella_is_its_child() -> None:
    text = brief("ARGUMENT", "REQUEST FOR PRODUCTION NO. 4", "INTERROGATORY NO. 3", "CONCLUSION")
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("REQUEST FOR PRODUCTION NO. 4", 1),
        ("INTERROGATORY NO. 3", 1),
        ("CONCLUSION", 0),
    ]


def test_requests_outside_an_argument_stay_top_headings() -> None:
    # discovery responses: the requests are the document's own sections, not a point's
    text = brief("GENERAL OBJECTIONS", "INTERROGATORY NO. 1", "INTERROGATORY NO. 2")
    assert [(label, level) for label, _, level in outline(text)] == [
        ("GENERAL OBJECTIONS", 0),
        ("INTERROGATORY NO. 1", 0),
        ("INTERROGATORY NO. 2", 0),
    ]
    # a sentence naming a request is body text wherever it is
    sentence = f"Request for Production No. 4 asks for every file. {BODY}"
    got = outline(brief("ARGUMENT", "I. THE OBJECTIONS FAIL") + f"\n{sentence}\n")
    assert [label for label, _, _ in got] == ["ARGUMENT", "I"]


# ------------------------------------------------- a first sentence of names is no run-in title

FACTS = (
    "Plaintiff served her First Requests for Production and First Interrogatories on October "
    "6, 2025. Defendant served its responses a month later and produced nothing beyond the "
    "final selection matrix."
)
RUN_IN = (
    "The Requests Seek Relevant Documents. Defendant served its responses a month later and "
    "produced nothing beyond the final selection matrix."
)


def test_a_first_sentence_with_a_content_word_in_lower_case_is_no_run_in_title() -> None:
    text = f"BACKGROUND\n\n{FACTS}\n\nARGUMENT\n\n{LINE}\n"
    assert [label for label, _, _ in outline(text)] == ["BACKGROUND", "ARGUMENT"]


def test_a_run_in_title_with_every_longer_word_capitalised_is_still_a_heading() -> None:
    text = f"BACKGROUND\n\n{LINE}\n\nARGUMENT\n\n{RUN_IN}\n"
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("BACKGROUND", 0),
        ("ARGUMENT", 0),
        ("The Requests Seek Relevant Documents.", 1),
    ]


# -------------------------------------- sections of one typography are siblings (a letter brief)

POINTS = ("Good Cause Exists to Amend After the Deadline", "There Was No Undue Delay in Moving")
LABELS = ("Fraudulent Inducement", "Consumer Fraud Act", "The Parent Company")
FUTILE = "The Proposed Claims Are Not Futile"


def levels(text: str) -> list[tuple[str, int]]:
    return [(heading, level) for _, heading, level in outline(text)]


def test_title_case_points_after_a_title_case_section_with_text_are_its_siblings() -> None:
    text = letter("Background", "Legal Standard", *POINTS, "Conclusion")
    assert levels(text) == [
        ("Background", 0),
        ("Legal Standard", 0),
        (POINTS[0], 0),
        (POINTS[1], 0),
        ("Conclusion", 0),
    ]


def test_a_section_in_capitals_an_umbrella_or_one_with_no_text_first_gathers_them() -> None:
    for top in ("LEGAL STANDARD", "Argument"):
        got = levels(letter("Background", top, *POINTS, "Conclusion"))
        assert got[2:4] == [(POINTS[0], 1), (POINTS[1], 1)], top
    # "Objection" with no paragraph of its own before the first heading below it
    text = letter("Background", *POINTS, "Conclusion").replace(
        "Background\n\n" + LINE, "Background\n\n" + LINE + "\n\nObjection", 1
    )
    got = levels(text)
    assert got[1:4] == [("Objection", 0), (POINTS[0], 1), (POINTS[1], 1)]


def test_a_run_of_labels_under_a_sentence_point_are_its_sub_points() -> None:
    text = letter("Legal Standard", POINTS[0], FUTILE, *LABELS, "Conclusion")
    assert levels(text) == [
        ("Legal Standard", 0),
        (POINTS[0], 0),
        (FUTILE, 0),
        (LABELS[0], 1),
        (LABELS[1], 1),
        (LABELS[2], 1),
        ("Conclusion", 0),
    ]


def test_a_lone_label_after_a_sentence_point_is_its_sibling() -> None:
    text = letter("Legal Standard", FUTILE, "Consumer Fraud Act", POINTS[1], "Conclusion")
    assert levels(text) == [
        ("Legal Standard", 0),
        (FUTILE, 0),
        ("Consumer Fraud Act", 0),
        (POINTS[1], 0),
        ("Conclusion", 0),
    ]


SALUTATION = "Re: Harborline Provisions, Inc. v. Coldmark, LLC\n\nDear Judge Fairbrook:\n\n"
NUMBERED = (
    "1. Harborline has not shown good cause or diligence",
    "2. The amendment is prejudicial",
)


def test_a_letter_briefs_numbered_points_are_sections_of_the_letter() -> None:
    text = SALUTATION + f"{LINE}\n\n" + letter("Preliminary Statement", *NUMBERED, "Conclusion")
    assert [(label, level) for label, _, level in outline(text, Role.OPPOSITION)] == [
        ("PRELIMINARY STATEMENT", 0),
        ("1", 0),
        ("2", 0),
        ("CONCLUSION", 0),
    ]


def test_without_a_salutation_or_under_an_umbrella_the_points_nest_as_before() -> None:
    brief_text = f"{LINE}\n\n" + letter("Preliminary Statement", *NUMBERED, "Conclusion")
    umbrella = SALUTATION + f"{LINE}\n\n" + letter("Argument", *NUMBERED, "Conclusion")
    for text in (brief_text, umbrella):
        got = [(label, level) for label, _, level in outline(text, Role.OPPOSITION)]
        assert got[1:3] == [("1", 1), ("2", 1)], text[:40]
