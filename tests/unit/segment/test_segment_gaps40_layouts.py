"""Generic layouts behind the oldest KNOWN_GAPS, read through plain text (segfix40)."""

from __future__ import annotations

from tests.textfilings import BODY, outline

_LONE_A = "A. The expert's time was devoted principally to administration, not to practice."


def _point_with(sub: str, after: str) -> str:
    """A brief's point in capitals with its own text, ``sub`` over two paragraphs, ``after``."""
    return (
        f"STATEMENT OF THE FACTS\n\n{BODY}\n\nARGUMENT\n\n"
        f"I. THE TRIAL COURT CORRECTLY DISMISSED THE COMPLAINT.\n\n{BODY}\n\n"
        f"{sub}\n\n{BODY}\n\n{BODY}\n\n{after}"
    )


def test_a_lone_lettered_sentence_between_a_point_s_text_and_the_next_point_is_its_part() -> None:
    text = _point_with(_LONE_A, f"II. THE CLAIM SOUNDS IN MALPRACTICE.\n\n{BODY}\n")
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [("STATEMENT OF THE FACTS", 0), ("ARGUMENT", 0), ("I", 1), ("I.A", 2), ("II", 1)]


def test_a_lone_lettered_sentence_over_one_paragraph_stays_body_text() -> None:
    text = _point_with(_LONE_A, f"II. THE CLAIM SOUNDS IN MALPRACTICE.\n\n{BODY}\n")
    text = text.replace(f"{_LONE_A}\n\n{BODY}\n\n{BODY}", f"{_LONE_A}\n\n{BODY}")
    assert "I.A" not in [label for label, _, _ in outline(text)]


def test_a_lone_lettered_sentence_with_no_next_point_stays_body_text() -> None:
    text = _point_with(_LONE_A, f"CONCLUSION\n\n{BODY}\n")
    assert "I.A" not in [label for label, _, _ in outline(text)]


def test_a_lone_lettered_sentence_under_a_point_in_sentence_case_stays_body_text() -> None:
    text = _point_with(_LONE_A, f"II. THE CLAIM SOUNDS IN MALPRACTICE.\n\n{BODY}\n").replace(
        "I. THE TRIAL COURT CORRECTLY DISMISSED THE COMPLAINT.",
        "I. The trial court correctly dismissed the complaint, as the rule requires it.",
    )
    assert "I.A" not in [label for label, _, _ in outline(text)]


_CAPTION = (
    "Jane Roe (SBN 1)\nROE LLP\nAttorneys for Defendant John Doe\n\n"
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n"
    "ACME, INC.,\nPlaintiff,\nv.\nJOHN DOE,\nDefendant.\n\nCase No. 3:25-cv-1\n\n"
    "DEFENDANT'S NOTICE OF MOTION AND MOTION TO DISMISS; MEMORANDUM OF POINTS AND "
    "AUTHORITIES\n\nDate: December 18, 2025\nJudge: Hon. Jane Judge\n\n"
)


def _notice(title: str) -> str:
    return (
        f"{_CAPTION}{title}\n\nTO ALL PARTIES AND THEIR ATTORNEYS OF RECORD: PLEASE TAKE NOTICE "
        f"that Defendant will move to dismiss. {BODY}\n\n"
        f"Statement of Issues to Be Decided\n\n{BODY}\n\nArgument\n\n{BODY}\n"
    )


def test_the_notice_s_own_title_in_title_case_is_a_heading_as_in_capitals() -> None:
    for title in ("Notice of Motion and Motion", "NOTICE OF MOTION AND MOTION"):
        got = [(heading, level) for _, heading, level in outline(_notice(title))]
        assert got[:2] == [(title, 0), ("Statement of Issues to Be Decided", 0)]


def test_the_caption_s_full_title_in_title_case_is_no_heading() -> None:
    text = _notice("Notice of Motion and Motion to Dismiss the Complaint")
    got = [heading for _, heading, _ in outline(text)]
    assert got[0] == "Statement of Issues to Be Decided"


def _responses(last: str, labelled: int = 2) -> str:
    """An appellee's LAW AND ARGUMENT by labelled sentence points, then ``last``."""
    points = "".join(
        f"Response to Assignment of Error No. {n}: The trial court did not err on point {n}.\n\n"
        f"{BODY}\n\n"
        for n in range(1, labelled + 1)
    )
    return (
        f"STATEMENT OF THE CASE AND FACTS\n\n{BODY}\n\nLAW AND ARGUMENT\n\n{points}"
        f"{last}\n\n{BODY}\n\nCONCLUSION\n\n{BODY}\n"
    )


_OUTSIDE = "Appellant's statement of facts relies on materials outside the record."


def test_a_sentence_point_after_labelled_points_is_their_sibling() -> None:
    got = [(heading, level) for _, heading, level in outline(_responses(_OUTSIDE))]
    assert got[-2:] == [(_OUTSIDE, 1), ("CONCLUSION", 0)]


def test_a_sentence_after_one_labelled_point_stays_body_text() -> None:
    got = [heading for _, heading, _ in outline(_responses(_OUTSIDE, labelled=1))]
    assert _OUTSIDE not in got
