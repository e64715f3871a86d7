"""Roman points that are full sentences with a comma, vouched for by the next point past
their own lettered sub-points; numbered paragraphs and lists in the body stay body text."""

from __future__ import annotations

from lawdiff.core.model import Role
from tests.textfilings import brief, outline

FIRST = (
    "I. The tenant did not give notice of the claim, because no letter reached the landlord's "
    "counsel within one year of the flood."
)
SECOND = (
    "II. The trial court did not abuse its discretion, and the question of waiver was never "
    "reached."
)


def test_sentence_points_with_sentence_sub_points_between_are_headings() -> None:
    text = brief(
        "ARGUMENT",
        FIRST,
        "A. An e-mail to the building manager is not notice of a claim.",
        "B. An adjuster's inspection is not notice to counsel.",
        SECOND,
        "CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text, Role.OPPOSITION)] == [
        ("ARGUMENT", 0),
        ("I", 1),
        ("I.A", 2),
        ("I.B", 2),
        ("II", 1),
        ("CONCLUSION", 0),
    ]


def test_numbered_paragraphs_between_vouch_for_no_prose_point() -> None:
    """Numbered paragraphs of several sentences between a prose "I." and "II." are no
    sub-points: nothing vouches for the prose lines, and all of them stay body text."""
    text = brief(
        "ARGUMENT",
        FIRST,
        "1. The tenant wrote to the manager in May. The manager forwarded nothing.",
        "2. The adjuster inspected the unit in June. He reported to the insurer alone.",
        SECOND,
        "CONCLUSION",
    )
    assert [label for label, _, _ in outline(text, Role.OPPOSITION)] == ["ARGUMENT", "CONCLUSION"]


def test_a_lettered_list_between_vouches_for_no_prose_point() -> None:
    """Lettered items set as a list (one to a line, no body text of their own) between a
    prose "I." and "II." are no sub-points: nothing vouches for the prose lines."""
    items = (
        "A. The tenant's e-mail to the manager of May 3, 2023.\n"
        "B. The adjuster's report to the insurer of June 9, 2023.\n"
        "C. The letter to the landlord's counsel of May 1, 2024."
    )
    text = brief("ARGUMENT", FIRST, items, SECOND, "CONCLUSION")
    assert [label for label, _, _ in outline(text, Role.OPPOSITION)] == ["ARGUMENT", "CONCLUSION"]
