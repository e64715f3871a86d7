"""find_citations: eyecite for cases and statutes, our patterns for rules and record cites."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawdiff.cite import find_citations
from lawdiff.cite.authorities import collapse_map
from lawdiff.cite.record import expand_numbers
from lawdiff.core.model import CitationKind, RecordTarget, Role

CASES: list[tuple[str, CitationKind, str, str]] = [
    # (text, kind, matched text, normalized)
    ("See Twombly, 550 U.S. 544, 556 (2007).", CitationKind.CASE, "550 U.S. 544", "550 U.S. 544"),
    ("Twombly, 550 U.S.\n   544 (2007)", CitationKind.CASE, "550 U.S.\n   544", "550 U.S. 544"),
    ("Daubert, 509 U.S. at 589.", CitationKind.CASE, "509 U.S. at 589", "509 U.S. at 589"),
    ("under 15 U.S.C. § 1 and", CitationKind.STATUTE, "15 U.S.C. § 1", "15 U.S.C. § 1"),
    ("under 15 U.S.C.\n§1 and", CitationKind.STATUTE, "15 U.S.C.\n§1", "15 U.S.C. § 1"),
    (
        "Fed. R. Civ. P. 65(b) requires",
        CitationKind.RULE,
        "Fed. R. Civ. P. 65(b)",
        "Fed. R. Civ. P. 65(b)",
    ),
    ("Fed. R. Evid. 702.", CitationKind.RULE, "Fed. R. Evid. 702", "Fed. R. Evid. 702"),
    (
        "Federal Rule of Civil Procedure 12(b)(6)",
        CitationKind.RULE,
        "Federal Rule of Civil Procedure 12(b)(6)",
        "Fed. R. Civ. P. 12(b)(6)",
    ),
    ("LCR 7(d) limits", CitationKind.RULE, "LCR 7(d)", "LCR 7(d)"),
    ("Civ. L.R. 7-3.", CitationKind.RULE, "Civ. L.R. 7-3", "Civ. L.R. 7-3"),
    ("Local Rule 7-3", CitationKind.RULE, "Local Rule 7-3", "L.R. 7-3"),
    ("under Rule 12(b)(6),", CitationKind.RULE, "Rule 12(b)(6)", "Rule 12(b)(6)"),
    ("Compl. ¶¶ 12–15.", CitationKind.RECORD, "Compl. ¶¶ 12–15", "Compl. ¶ 12-15"),
    ("Complaint ¶ 3", CitationKind.RECORD, "Complaint ¶ 3", "Compl. ¶ 3"),
    ("FAC ¶ 3;", CitationKind.RECORD, "FAC ¶ 3", "FAC ¶ 3"),
    ("First Am. Compl. ¶ 7", CitationKind.RECORD, "First Am. Compl. ¶ 7", "FAC ¶ 7"),
    ("Defs.' Mot. at 5", CitationKind.RECORD, "Mot. at 5", "Mot. at 5"),
    ("Opp. 7:3–9", CitationKind.RECORD, "Opp. 7:3–9", "Opp. at 7:3-9"),
    ("Opp’n at 7:3-8:2", CitationKind.RECORD, "Opp’n at 7:3-8:2", "Opp. at 7:3-8:2"),
    ("Reply at 2.", CitationKind.RECORD, "Reply at 2", "Reply at 2"),
    ("Dkt. No. 10 at 3", CitationKind.RECORD, "Dkt. No. 10 at 3", "Dkt. No. 10 at 3"),
    ("ECF No. 12.", CitationKind.RECORD, "ECF No. 12", "Dkt. No. 12"),
    ("See Ex. A.", CitationKind.RECORD, "Ex. A", "Ex. A"),
    ("Smith Decl. ¶ 4", CitationKind.RECORD, "Smith Decl. ¶ 4", "Smith Decl. ¶ 4"),
    ("See Decl. ¶ 4", CitationKind.RECORD, "Decl. ¶ 4", "Decl. ¶ 4"),
    ("Id.", CitationKind.ID, "Id.", "Id."),
    ("See id. at 5.", CitationKind.ID, "id. at 5", "Id. at 5"),
]


@pytest.mark.parametrize(("text", "kind", "matched", "normalized"), CASES)
def test_finds_each_kind(text: str, kind: CitationKind, matched: str, normalized: str) -> None:
    (cite,) = find_citations(text)
    assert (cite.kind, cite.text, cite.normalized) == (kind, matched, normalized)
    assert text[cite.start : cite.end] == cite.text


TARGETS: list[tuple[str, RecordTarget]] = [
    ("Compl. ¶¶ 12–15", RecordTarget(role=Role.COMPLAINT, paragraphs=(12, 13, 14, 15))),
    ("SAC ¶¶ 2, 5-6", RecordTarget(role=Role.COMPLAINT, paragraphs=(2, 5, 6))),
    ("Mot. at 5", RecordTarget(role=Role.MOTION, page=5)),
    ("Br. at 9", RecordTarget(role=Role.MOTION, page=9)),
    ("Opp. 7:3–9", RecordTarget(role=Role.OPPOSITION, page=7, line=3)),
    ("Reply at 2:20-3:4", RecordTarget(role=Role.REPLY, page=2, line=20)),
    ("Order at 4", RecordTarget(role=Role.ORDER, page=4)),
    ("Dkt. No. 10 at 3", RecordTarget(docket="10", page=3)),
    ("ECF 167-1", RecordTarget(docket="167-1")),
    ("Doc. 132 ¶¶117–121", RecordTarget(docket="132", paragraphs=(117, 118, 119, 120, 121))),
    ("Ex. 3 at 2", RecordTarget(exhibit="3", page=2)),
]


@pytest.mark.parametrize(("text", "target"), TARGETS)
def test_record_targets(text: str, target: RecordTarget) -> None:
    (cite,) = find_citations(text)
    assert cite.target == target


def test_id_after_record_cite_inherits_the_document() -> None:
    cites = find_citations("Compl. ¶ 3. Id. ¶ 4. Id.")
    assert [c.target for c in cites] == [
        RecordTarget(role=Role.COMPLAINT, paragraphs=(3,)),
        RecordTarget(role=Role.COMPLAINT, paragraphs=(4,)),
        RecordTarget(role=Role.COMPLAINT, paragraphs=(4,)),
    ]


def test_id_after_case_cite_has_no_record_target() -> None:
    cites = find_citations("Compl. ¶ 3; Twombly, 550 U.S. 544 (2007). Id. at 556.")
    assert cites[-1].kind is CitationKind.ID
    assert cites[-1].target is None


def test_longest_find_wins_and_order_is_by_offset() -> None:
    cites = find_citations("Fed. R. Civ. P. 12(b)(6); Compl. ¶ 2; 15 U.S.C. § 2")
    assert [c.normalized for c in cites] == [
        "Fed. R. Civ. P. 12(b)(6)",
        "Compl. ¶ 2",
        "15 U.S.C. § 2",
    ]


@pytest.mark.parametrize(
    "text", ["The motion was filed at 5 p.m.", "Exhibit the evidence.", "the complaint alleges"]
)
def test_prose_is_not_a_citation(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ("12", (12,)),
        ("12–15", (12, 13, 14, 15)),
        ("2, 5-6", (2, 5, 6)),
        ("7 and 9", (7, 9)),
        ("9-3", (9,)),
        ("1-9999", (1,)),
    ],
)
def test_expand_numbers(numbers: str, expected: tuple[int, ...]) -> None:
    assert expand_numbers(numbers) == expected


@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u200b§1.")), max_size=60))
def test_collapse_map_points_back_at_the_original(text: str) -> None:
    clean, origin = collapse_map(text)
    assert len(origin) == len(clean) + 1
    assert origin[-1] == len(text)
    for i, char in enumerate(clean):
        original = text[origin[i]]
        assert original == char or (char == " " and (original.isspace() or original == "\u200b"))
    assert origin == sorted(origin)


@given(
    st.lists(st.sampled_from(["\n", "  ", "\t", " \n  "]), min_size=5, max_size=5),
    st.text(alphabet="xy ", max_size=10),
)
def test_offsets_survive_line_breaks(gaps: list[str], prefix: str) -> None:
    case = f"Twombly,{gaps[0]}550{gaps[1]}U.S.{gaps[2]}544 (2007)"
    text = f"{prefix} See {case}; 15{gaps[3]}U.S.C.{gaps[4]}§ 1."
    cites = find_citations(text)
    assert [c.normalized for c in cites] == ["550 U.S. 544", "15 U.S.C. § 1"]
    for cite in cites:
        assert text[cite.start : cite.end] == cite.text
