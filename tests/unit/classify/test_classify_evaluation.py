"""lawdiff.evaluation.claims: scoring, level matching, section lookup, report, label files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawdiff.classify import load_taxonomy
from lawdiff.core.errors import KnownError
from lawdiff.core.model import ClaimTag, SegmentDraft, SegmentKind, Span
from lawdiff.evaluation.claims import (
    ClaimScore,
    document_claims,
    evaluate_claims,
    find_section,
    format_claim_scores,
    labels_at_level,
    load_label_files,
    section_claims,
)

SPAN = Span(0, 1, 1, 1, 1, 1, 0, 1)


def test_evaluate_claims_counts_per_label() -> None:
    expected = {"a": ["contract", "antitrust"], "b": ["injunction"], "c": []}
    predicted = {"a": {"contract"}, "b": {"injunction", "contract"}}
    scores = evaluate_claims(expected, predicted)
    assert scores.per_claim == {
        "antitrust": ClaimScore(0, 0, 1),
        "contract": ClaimScore(1, 1, 0),
        "injunction": ClaimScore(1, 0, 0),
    }
    assert scores.total == ClaimScore(2, 1, 1)
    assert scores.per_claim["contract"].precision == 0.5
    assert scores.per_claim["antitrust"].recall == 0.0
    assert scores.misses == (("a", ("antitrust",), ()), ("b", (), ("contract",)))
    assert scores.units == 3


def test_empty_scores_are_perfect() -> None:
    assert ClaimScore().precision == 1.0
    assert ClaimScore().recall == 1.0


def test_format_claim_scores() -> None:
    report = format_claim_scores(evaluate_claims({"u": ["x"]}, {"u": {"y"}}), "T")
    lines = report.splitlines()
    assert lines[0] == "T (1 labelled units)"
    assert lines[2].split() == ["x", "1.00", "0.00", "0", "0", "1"]
    assert lines[4].split()[:3] == ["TOTAL", "(micro)", "0.00"]
    assert lines[-1] == "  ~ u: missing x; extra y"


@pytest.mark.parametrize(
    ("expected", "predicted", "result"),
    [
        (["contract"], ["contract.breach", "contract.implied-covenant"], {"contract"}),
        (["contract"], ["antitrust.general", "x.unknown"], {"antitrust"}),
        (
            ["antitrust.sherman-1"],
            ["antitrust.general", "antitrust.sherman-1"],
            {"antitrust.sherman-1"},
        ),
        (["contract.breach"], ["contract.notice-and-cure"], {"contract.breach"}),
        (["antitrust.sherman-1"], ["antitrust.concerted-action"], {"antitrust.sherman-1"}),
        (["contract.breach"], ["antitrust.concerted-action"], {"antitrust.concerted-action"}),
        (["contract.breach"], ["tort.interference"], {"tort.interference"}),
        (["antitrust.sherman-1"], ["antitrust.sherman-2"], {"antitrust.sherman-2"}),
    ],
)
def test_labels_at_level(expected: list[str], predicted: list[str], result: set[str]) -> None:
    assert labels_at_level(expected, predicted, load_taxonomy()) == result


def _seg(index: int, parent: int | None, label: str, kind: SegmentKind) -> SegmentDraft:
    return SegmentDraft(index, parent, kind, label, label, "", SPAN)


H, P, C = SegmentKind.HEADING, SegmentKind.PARAGRAPH, SegmentKind.COUNT
SEGMENTS = [
    _seg(0, None, "BACKGROUND", H),
    _seg(1, 0, "I", H),
    _seg(2, None, "ARGUMENT", H),
    _seg(3, 2, "I", H),
    _seg(4, 3, "", P),
    _seg(5, 3, "", P),
    _seg(6, 3, "", P),
    _seg(7, None, "COUNT I", C),
]


def _tag(claim: str, inherited: bool = False) -> ClaimTag:
    return ClaimTag(claim, 0.9, inherited=inherited)


@pytest.mark.parametrize(
    ("key", "index"),
    [("I", 1), ("ARGUMENT > I", 3), ("argument > i.", 3), ("COUNT I", 7), ("II", None)],
)
def test_find_section(key: str, index: int | None) -> None:
    assert find_section(SEGMENTS, key) == index


def test_section_and_document_claims() -> None:
    tags = [
        (),
        (),
        (),
        (_tag("injunction.tro"),),
        (_tag("contract.breach"), _tag("injunction.tro", inherited=True)),
        (_tag("contract.breach"),),
        (_tag("fraud.misrepresentation"),),
        (_tag("rico.civil"),),
    ]
    assert section_claims(SEGMENTS, tags, "ARGUMENT > I") == {
        "injunction.tro",
        "contract.breach",  # two of three paragraphs; fraud's one mention is not enough
    }
    assert section_claims(SEGMENTS, tags, "IV") is None
    # headings' own tags count; "contract.breach" is on 2 of 8 segments (>= 10 %, >= 2)
    assert document_claims(SEGMENTS, tags) == {"injunction.tro", "rico.civil", "contract.breach"}


def test_label_files_are_valid_and_name_known_labels() -> None:
    expected_dir = Path(__file__).resolve().parents[2] / "expected"
    files = load_label_files(expected_dir)
    assert len(files) >= 10
    taxonomy = load_taxonomy()
    known = set(taxonomy.groups()) | {t.id for t in taxonomy.types}
    for name, spec in files:
        labels = [
            *spec.get("groups", []),
            *(x for v in spec.get("sections", {}).values() for x in v),
        ]
        # a file with no claim at all (an extradition brief) says so with explicit empty lists
        assert labels or spec.get("groups") == [], name
        assert set(labels) <= known, name


def test_bad_label_file_is_known_error(tmp_path: Path) -> None:
    (tmp_path / "claims_x.json").write_text(json.dumps({"groups": []}))
    with pytest.raises(KnownError, match="'file'"):
        load_label_files(tmp_path)
