"""Word enumerators ("GROUND ONE:", "Issue One:", "ASSIGNMENT OF ERROR NO. 1:", "Response to
Assignments of Error Nos. 1 and 2:") number a level of the outline as "POINT I" does, and an
Ohio appellate brief's front sections are headings (fictional briefs written for the test)."""

from __future__ import annotations

import pytest

from lawdiff.segment.outline import follows, readings
from lawdiff.segment.patterns import POINT_START
from tests.textfilings import headings


def outline(text: str) -> list[tuple[str, str, int]]:
    return [(s.label, s.heading, s.level) for s in headings(text)]


BODY = (
    "The petitioner must show that the state court's decision was contrary to clearly "
    "established federal law, and the record before that court governs the inquiry."
)


@pytest.mark.parametrize(
    ("line", "enum", "title"),
    [
        ("GROUND ONE: Counsel failed to object.", "GROUND ONE", "Counsel failed to object."),
        ("FIRST GROUND: Counsel failed to object.", "FIRST GROUND", "Counsel failed to object."),
        ("CLAIM TWO - The charge coerced the jury", "CLAIM TWO", "The charge coerced the jury"),
        ("Issue One: Whether the stay applies", "Issue One", "Whether the stay applies"),
        ("Argument 2. The stay does not apply", "Argument 2", "The stay does not apply"),
        ("ASSIGNMENT OF ERROR NO. 3: The court erred.", "ASSIGNMENT OF ERROR NO. 3", None),
        ("FIRST ASSIGNMENT OF ERROR", "FIRST ASSIGNMENT OF ERROR", ""),
        (
            "Response to Assignments of Error Nos. 1 and 2: The ice was natural.",
            "Response to Assignments of Error Nos. 1 and 2",
            "The ice was natural.",
        ),
    ],
)
def test_a_word_enumerator_and_its_title(line: str, enum: str, title: str | None) -> None:
    match = POINT_START.match(line)
    assert match is not None
    assert match.group("enum") == enum
    assert title is None or match.group("title") == title


@pytest.mark.parametrize(
    "line",
    [
        "Claim 1 recites a method of sorting packets.",
        "Issue one is whether the stay applies.",
        "GROUNDS FOR RELIEF",
        "Ground rules of the trial court were announced on the record.",
        "POINTER ONE",
    ],
)
def test_a_sentence_or_heading_starting_with_the_word_is_no_word_enumerator(line: str) -> None:
    assert POINT_START.match(line) is None


def test_word_enumerators_have_a_level_per_keyword_and_a_range_counts_its_last_number() -> None:
    assert follows("GROUND ONE", "GROUND TWO")
    assert follows("FIRST GROUND", "GROUND TWO")
    assert not follows("GROUND ONE", "POINT II")
    assert not follows("GROUND ONE", "GROUND THREE")
    both = "Response to Assignments of Error Nos. 1 and 2"
    assert follows(both, "Response to Assignment of Error No. 3")
    assert follows("ASSIGNMENT OF ERROR NO. 1", "ASSIGNMENT OF ERROR NO. 2")
    assert readings(both)[0].lowest == 1
    assert readings("I.")[0].lowest == 1


def test_habeas_grounds_number_a_level_under_a_roman_point() -> None:
    text = (
        "ARGUMENT\n\n"
        "I. THE STATE COURT'S ORDER FORFEITS DEFERENCE\n\n"
        f"{BODY}\n\n"
        "II. GROUNDS FOR RELIEF\n\n"
        "GROUND ONE: Trial counsel was ineffective for failing to move to suppress.\n\n"
        f"{BODY}\n\n"
        "1. Counsel had no strategic reason to forgo the motion.\n\n"
        f"{BODY}\n\n"
        "2. There is a reasonable probability of a different outcome.\n\n"
        f"{BODY}\n\n"
        "GROUND TWO: The State suppressed the second 911 call.\n\n"
        f"{BODY}\n\n"
        "III. REQUEST FOR AN EVIDENTIARY HEARING\n\n"
        f"{BODY}\n\n"
        "CONCLUSION\n\n"
        "The Court should grant the writ.\n"
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [
        ("ARGUMENT", 0),
        ("I", 1),
        ("II", 1),
        ("II.GROUND ONE", 2),
        ("II.GROUND ONE.1", 3),
        ("II.GROUND ONE.2", 3),
        ("II.GROUND TWO", 2),
        ("III", 1),
        ("CONCLUSION", 0),
    ]


def test_a_ground_line_that_skips_a_number_is_body_text() -> None:
    text = (
        "ARGUMENT\n\n"
        "GROUND ONE: Trial counsel was ineffective.\n\n"
        f"{BODY}\n\n"
        "GROUND THREE: The charge coerced the verdict.\n\n"
        f"{BODY}\n"
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "GROUND ONE"]


OHIO = (
    "ASSIGNMENTS OF ERROR\n\n"
    "1. The trial court erred in granting summary judgment.\n"
    "2. The trial court erred in taxing costs.\n\n"
    "ISSUES PRESENTED FOR REVIEW\n\n"
    "1. Whether the ice was a natural accumulation.\n"
    "2. Whether a videotaped deposition is a taxable cost.\n\n"
    "STATEMENT OF THE CASE AND FACTS\n\n"
    f"{BODY}\n\n"
    "LAW AND ARGUMENT\n\n"
    "Standard of Review\n\n"
    f"{BODY}\n\n"
    "{first}\n\n"
    f"{BODY}\n\n"
    "(1) The downspout created the accumulation.\n\n"
    f"{BODY}\n\n"
    "{second}\n\n"
    f"{BODY}\n\n"
    "CONCLUSION\n\n"
    "The judgment should be reversed.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "ASSIGNMENT OF ERROR NO. 1: The trial court erred in granting summary judgment.",
            "ASSIGNMENT OF ERROR NO. 2: The trial court erred in taxing costs.",
        ),
        (
            "Response to Assignments of Error Nos. 1 and 2: The ice was natural and obvious.",
            "Response to Assignment of Error No. 3: The Act imposes no duty to remove ice.",
        ),
    ],
)
def test_an_ohio_appellate_brief(first: str, second: str) -> None:
    got = outline(OHIO.replace("{first}", first).replace("{second}", second))
    one, two = (line.split(":")[0] for line in (first, second))
    assert [(label, level) for label, _, level in got] == [
        ("ASSIGNMENTS OF ERROR", 0),
        ("ISSUES PRESENTED FOR REVIEW", 0),
        ("STATEMENT OF THE CASE AND FACTS", 0),
        ("LAW AND ARGUMENT", 0),
        ("STANDARD OF REVIEW", 1),  # a known heading in mixed case under the umbrella
        (one, 1),
        (f"{one}.(1)", 2),
        (two, 1),
        ("CONCLUSION", 0),
    ]
    assert got[5][1] == first.split(": ", 1)[1]


def test_a_known_heading_in_mixed_case_under_a_mixed_case_umbrella_stays_on_top() -> None:
    text = (
        "Argument\n\n"
        f"{BODY}\n\n"
        "Standard of Review\n\n"
        f"{BODY}\n\n"
        "Conclusion\n\n"
        "The writ should issue.\n"
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("STANDARD OF REVIEW", 0),
        ("CONCLUSION", 0),
    ]
