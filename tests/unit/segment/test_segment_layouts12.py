"""Layouts of the pairs12 tuning batch's court styles, in fictional briefs written for the
test: a short title-case heading of one or two words among title-case siblings (a Tennessee
response's "Punitive Damages"), and a motion to compel argued request by request ("REQUEST
FOR PRODUCTION NO. 4" under its point) — each with the body text that must stay body."""

from __future__ import annotations

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
