"""Features and gold labels of the learned heading-line measurement (scripts/headline_lines.py)."""

from __future__ import annotations

import pytest

from scripts.headline_lines import (
    FEATURES,
    Counts,
    caps_baseline,
    case_shares,
    gold_lines,
    layout_of,
    line_features,
    numbering,
)

TEXT = [
    "TABLE OF CONTENTS",
    "I. THE CLAIM IS TIME-BARRED ........ 3",
    "",
    "I. THE CLAIM IS TIME-BARRED",
    "",
    "    The statute runs from the date of the injury, and the complaint was filed late, so",
    "the claim fails. Smith v. Jones, 12 F.4th 34 (1st Cir. 2021).",
    "",
    "A. The Discovery Rule Does Not Save",
    "the Claim",
    "",
    "    Plaintiff knew of the injury by 2019.",
    "    Notice was late. The letter came a year after the deadline and said nothing of harm.",
]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("I. THE CLAIM", "roman"),
        ("(iv) a sub-point", "roman"),
        ("A. The Rule", "letter"),
        ("(b) the second", "letter"),
        ("1. First", "arabic"),
        ("4.1.2 Decimal", "arabic"),
        ("POINT II THE MOTION", "word"),
        ("The statute runs", "none"),
    ],
)
def test_numbering_kind(line: str, kind: str) -> None:
    assert numbering(line) == kind


def test_case_shares_count_capitals_and_capitalised_words() -> None:
    assert case_shares("THE CLAIM FAILS") == (1.0, 1.0)
    upper, title = case_shares("The Discovery Rule of the State")
    assert upper == 0.0
    assert title == 1.0  # "of" and "the" are small words
    assert case_shares("the claim fails") == (0.0, 0.0)


def test_a_heading_line_and_a_body_line_are_told_apart_by_their_features() -> None:
    layout = layout_of(TEXT)
    head = dict(
        zip(FEATURES, line_features(TEXT, 3, layout, rules=True, marked=False), strict=True)
    )
    body = dict(
        zip(FEATURES, line_features(TEXT, 6, layout, rules=False, marked=False), strict=True)
    )
    assert (head["rules"], head["num_roman"], head["upper_share"]) == (1.0, 1.0, 1.0)
    assert head["blank_before"] == head["blank_after"] == 1.0
    assert head["ends_sentence"] == 0.0
    assert (body["rules"], body["num_roman"]) == (0, 0)
    assert body["upper_share"] <= 0.1  # "Cir." alone
    assert body["ends_sentence"] == body["ends_citation"] == 1.0
    assert body["blank_before"] == 0.0
    # the paragraph's first line is indented four spaces more than its second
    first = dict(
        zip(FEATURES, line_features(TEXT, 5, layout, rules=False, marked=False), strict=True)
    )
    assert first["indent_vs_next"] == 0.4
    assert (first["short"], first["ends_sentence"]) == (0.0, 0.0)


def test_gold_lines_are_found_in_the_body_not_the_table_of_contents() -> None:
    got = gold_lines(
        TEXT, ["I. THE CLAIM IS TIME-BARRED", "A. The Discovery Rule Does Not Save the Claim"]
    )
    assert got == {3, 8, 9}  # the wrapped heading on both its lines


def test_a_run_in_heading_is_found_on_its_paragraphs_line() -> None:
    got = gold_lines(TEXT, ["Notice was late."])
    assert got == {12}
    assert gold_lines(TEXT, ["Plaintiff knew"]) == set()  # no sentence mark: not run in


def test_the_caps_baseline_and_the_counts() -> None:
    assert caps_baseline("ARGUMENT")
    assert not caps_baseline("The Claim Fails")
    counts = Counts()
    counts.add([True, True, False, False], [True, False, True, False])
    assert counts.prf() == (0.5, 0.5, 0.5)


def test_the_numpy_fitter_agrees_with_the_link_models_fitter() -> None:
    np = pytest.importorskip("numpy")
    from lawdiff.link.model import fit
    from scripts.headline_lines import fit_weights

    rng = np.random.default_rng(7)
    x = rng.normal(size=(300, 3))
    y = (x @ np.array([1.5, -2.0, 0.3]) + rng.normal(size=300)) > 0.2
    beta = fit_weights(x, y.astype(float))
    model = fit(("a", "b", "c"), x.tolist(), y.tolist())
    assert beta[0] == pytest.approx(model.bias, abs=1e-4)
    assert list(beta[1:]) == pytest.approx(list(model.weights), abs=1e-4)
