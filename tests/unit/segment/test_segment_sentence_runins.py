"""Argument headings plain text reads as body text unless their layout vouches for them, in
fictional briefs written for the test (the layouts of pairs21-23: West Virginia, Indiana and
an immigration court's DHS opposition): full-sentence points alone on their lines after a
standard of review, arabic sub-points run in as sentences under a roman point, and
sub-points run in as short sentences under a point in capitals — each with the text of the
same look that must stay body text."""

from __future__ import annotations

from tests.textfilings import BODY, outline

# One long paragraph on one line, as a text exported without hard wraps sets it.
LONG = " ".join(BODY.split())
CONCESSION = (
    "Respondent does not contest, for purposes of this appeal, that an unguarded pulley "
    "presents a high degree of risk and a strong probability of serious injury."
)


def _headings(text: str) -> list[str]:
    return [heading for _, heading, _ in outline(text)]


def _argument(*blocks: str) -> str:
    return "STATEMENT OF THE CASE\n\n" + LONG + "\n\nARGUMENT\n\n" + "\n\n".join(blocks)


def test_sentence_points_after_a_standard_of_review_are_headings() -> None:
    text = _argument(
        "Standard of review",
        LONG,
        "The record contains no evidence that the employer knew of the pulley.",
        LONG,
        "The circuit court acted within its discretion in striking the affidavit.",
        LONG,
        CONCESSION,
        LONG,
        "CONCLUSION",
        "The decision should be affirmed.",
    )
    headings = _headings(text)
    assert "The record contains no evidence that the employer knew of the pulley." in headings
    assert "The circuit court acted within its discretion in striking the affidavit." in headings
    assert CONCESSION in headings  # long, but after a sibling of its form


def test_a_lone_long_sentence_after_a_standard_of_review_stays_text() -> None:
    text = _argument("Standard of review", LONG, CONCESSION, LONG, "CONCLUSION", "Affirm.")
    assert CONCESSION not in _headings(text)


def _roman_point(*subs: str) -> str:
    return _argument(
        "I. The trial court's order is supported by its findings and the evidence.",
        LONG,
        *subs,
        "II. The findings support supervised parenting time.",
        LONG,
    )


def test_arabic_sub_points_run_in_as_sentences_under_a_roman_point_are_headings() -> None:
    text = _roman_point(
        "1. The substantial change was in the children's adjustment and the mother's "
        "availability, not merely in her address. " + LONG,
        "2. The mother waived any objection to the evaluator's report. " + LONG,
    )
    got = outline(text)
    labels = [label for label, _, _ in got]
    assert tuple(label for label in labels if label.isdigit()) == ("1", "2")
    by_label = {label: level for label, _, level in got}
    assert by_label["1"] == by_label["2"] == by_label["I"] + 1
    assert "The mother waived any objection to the evaluator's report." in _headings(text)


def test_numbered_paragraphs_of_long_sentences_under_a_roman_point_stay_text() -> None:
    text = _roman_point(
        "1. The court found, after a hearing that lasted two days, that the children had "
        "settled in. " + LONG,
        "2. The court also found, on the evaluator's report, that the mother worked nights. "
        + LONG,
    )
    assert not any(label.isdigit() for label, _, _ in outline(text))


def _capital_point(*paragraphs: str) -> str:
    return _argument(
        "THE MOTION IS UNTIMELY, AND EQUITABLE TOLLING IS NOT WARRANTED",
        *paragraphs,
        "THE EVIDENCE DOES NOT SHOW CHANGED COUNTRY CONDITIONS",
        LONG,
        "CONCLUSION",
        "The motion should be denied.",
    )


def test_sub_points_run_in_as_short_sentences_under_a_capital_point_are_headings() -> None:
    text = _capital_point(
        LONG,
        "Respondent did not exercise due diligence. " + LONG,
        "Prior counsel's performance did not prejudice Respondent. " + LONG,
    )
    got = outline(text)
    level = {heading: lvl for _, heading, lvl in got}
    point = level["THE MOTION IS UNTIMELY, AND EQUITABLE TOLLING IS NOT WARRANTED"]
    assert level["Respondent did not exercise due diligence."] == point + 1
    assert level["Prior counsel's performance did not prejudice Respondent."] == point + 1


def test_short_opening_sentences_of_prose_stay_text() -> None:
    cases = [
        # the point's first paragraph opens so too: the brief's prose style
        ("The motion is late. " + LONG, "The tolling rule is strict. " + LONG, "It fails. " + LONG),
        # one later paragraph opens on a longer sentence with a comma
        (
            LONG,
            "Respondent did not act. " + LONG,
            "Even so, the rule, as written, bars it. " + LONG,
        ),
        # a single later paragraph
        (LONG, "Respondent did not exercise due diligence. " + LONG),
        # a transition goes on with the prose
        (LONG, "Respondent did not act in time. " + LONG, "Finally, the rule applies. " + LONG),
    ]
    for paragraphs in cases:
        headings = _headings(_capital_point(*paragraphs))
        assert len(headings) == 5, (paragraphs, headings)
