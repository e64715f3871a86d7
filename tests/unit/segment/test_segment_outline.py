"""The outline tracker nests enumerators by style and rejects the ones that do not fit."""

from __future__ import annotations

import pytest

from lawdiff.segment.outline import OutlineTracker, Reading, readings, roman_value, to_roman


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("I", 1),
        ("iv", 4),
        ("IX", 9),
        ("XIV", 14),
        ("XL", 40),
        ("IIII", None),
        ("VX", None),
        ("A", None),
    ],
)
def test_roman_value(token: str, value: int | None) -> None:
    assert roman_value(token) == value


def test_roman_round_trip() -> None:
    for value in range(1, 400):
        assert roman_value(to_roman(value)) == value


@pytest.mark.parametrize(
    ("enum", "expected"),
    [
        ("I.", (Reading("roman", 1), Reading("upper", 9))),
        ("B.", (Reading("upper", 2),)),
        ("3.", (Reading("digit", 3),)),
        ("(ii)", (Reading("paren-lower-roman", 2),)),
        ("(c)", (Reading("paren-lower-roman", 100), Reading("paren-lower", 3))),
    ],
)
def test_readings(enum: str, expected: tuple[Reading, ...]) -> None:
    assert readings(enum) == expected


def run(tokens: list[str]) -> list[str | None]:
    tracker = OutlineTracker()
    out: list[str | None] = []
    for token in tokens:
        out.append(".".join(tracker.path) if tracker.accept(token) else None)
    return out


@pytest.mark.parametrize(
    ("tokens", "labels"),
    [
        (["I.", "A.", "1.", "2.", "B.", "II."], ["I", "I.A", "I.A.1", "I.A.2", "I.B", "II"]),
        (
            ["I.", "A.", "a.", "(i)", "(ii)", "b."],
            ["I", "I.A", "I.A.a", "I.A.a.(i)", "I.A.a.(ii)", "I.A.b"],
        ),
        # "A." again under II.C is not the next letter: a deposition answer, not a heading
        (
            ["I.", "II.", "A.", "B.", "C.", "A.", "D."],
            ["I", "II", "II.A", "II.B", "II.C", None, "II.D"],
        ),
        # "I." after "H." is the ninth letter, not a new roman section
        (
            ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I."],
            ["A", "B", "C", "D", "E", "F", "G", "H", "I"],
        ),
        (["II.", "A."], [None, "A"]),
        (["1.", "3."], ["1", None]),
    ],
)
def test_tracker(tokens: list[str], labels: list[str | None]) -> None:
    assert run(tokens) == labels


def test_reset_starts_again() -> None:
    tracker = OutlineTracker()
    assert tracker.accept("I.") == 1
    assert tracker.accept("II.") == 1
    tracker.reset()
    assert tracker.accept("I.") == 1
    assert tracker.path == ("I",)


def test_a_bold_heading_may_open_a_level_at_its_second_item() -> None:
    strict, lenient = OutlineTracker(), OutlineTracker()
    for tracker in (strict, lenient):
        tracker.accept("I.")
        tracker.accept("II.")
    assert strict.fits("b.") is None  # "a." was redacted
    assert lenient.accept("b.", lenient=True) == 2
    assert lenient.path == ("II", "b")
    assert lenient.accept("i.") == 3 and lenient.accept("c.") == 2
    assert lenient.fits("e.", lenient=True) is None  # a level's own items still run in order
