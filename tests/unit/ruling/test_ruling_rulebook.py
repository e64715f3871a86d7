"""rulings.toml: the bundled file compiles; a broken entry is reported with its line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.core.ids import SegmentId
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling.decrees import decree_by_kind, decree_patterns
from lawdiff.ruling.motions import MotionRef
from lawdiff.ruling.parts import part_dispositions
from lawdiff.ruling.rulebook import RuleBook, disposition_verbs, load_rulebook
from lawdiff.ruling.sentences import Sentence

GOOD = """
[[disposition]]
kind = "granted"
strong = ["is GRANTED"]

[[cue]]
side = "against"
party = "before"
strong = ["has not shown"]
"""


def test_bundled_cues_cover_every_disposition_and_direction() -> None:
    book = load_rulebook()
    assert {DispositionKind(c.direction) for c in book.dispositions} == set(DispositionKind)
    assert {c.direction for c in book.cues} == {
        "for",
        "against",
        "movant",
        "respondent",
        "mixed",
        "not-reached",
    }
    assert any("sependapat" in c.text for c in book.cues)  # Indonesian cues are there


def test_a_user_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text(GOOD, encoding="utf-8")
    book = load_rulebook(path)
    assert [c.text for c in book.cues] == ["has not shown"]
    assert book.cues[0].party == "before"


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        ('kind = "granted"', 'kind = "won"', r"\[\[disposition\]\] entry 1 \(line 2\): 'kind'"),
        ('party = "before"', 'party = "left"', r"\[\[cue\]\] entry 1 \(line 6\).*party"),
        ('strong = ["has not shown"]', "strong = ['re:(']", r"line 6.*bad regular expression"),
        ('side = "against"', 'side = "against"\ncolour = 1', r"unknown key\(s\) colour"),
        ("[[cue]]", "[[cue]\n", r"not a valid ruling cue file"),
    ],
)
def test_mistakes_are_reported_with_their_line(
    tmp_path: Path, replace: str, by: str, message: str
) -> None:
    path = tmp_path / "r.toml"
    path.write_text(GOOD.replace(replace, by), encoding="utf-8")
    with pytest.raises(KnownError, match=message) as caught:
        load_rulebook(path)
    assert caught.value.path == path


def test_the_fallback_side_is_a_setting_and_a_wrong_one_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text('[settings]\nfallback_side = "respondent"\n' + GOOD, encoding="utf-8")
    assert load_rulebook(path).fallback_side == "respondent"
    path.write_text('[settings]\nfallback_side = "court"\n' + GOOD, encoding="utf-8")
    with pytest.raises(KnownError, match="fallback_side must be movant, respondent or mixed"):
        load_rulebook(path)


def test_the_disposition_verbs_are_one_table_read_by_the_part_reader(tmp_path: Path) -> None:
    sentence = Sentence("The request for attorney fees is ALLOWED.", SegmentId(1), 1, 1)
    assert part_dispositions([sentence]) == []  # "allow" is no verb of the bundled table
    path = tmp_path / "r.toml"
    path.write_text(
        '[disposition_verbs]\nmovant = ["allow"]\nrespondent = ["deny"]\n' + GOOD,
        encoding="utf-8",
    )
    book = load_rulebook(path)
    assert [p.side for p in part_dispositions([sentence], book=book)] == [Side.MOVANT]
    # a noun of the same beginning is no verb: "as to the request for dismissal" names a part
    bundled = disposition_verbs(load_rulebook())
    assert re.search(bundled.movant, "the request for dismissal", re.I) is None
    assert re.search(bundled.respondent, "the motion is DENIED", re.I) is not None


def test_a_bad_disposition_verb_list_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text('[disposition_verbs]\nmovant = "grant"\n' + GOOD, encoding="utf-8")
    with pytest.raises(KnownError, match=r"\[disposition_verbs\] movant must be a list"):
        load_rulebook(path)
    path.write_text('[disposition_verbs]\nwinner = ["grant"]\n' + GOOD, encoding="utf-8")
    with pytest.raises(KnownError, match=r"unknown key\(s\) winner"):
        load_rulebook(path)


def test_the_confidence_of_each_basis_is_a_table_and_calibrates_the_rulings(
    tmp_path: Path,
) -> None:
    from lawdiff.core.ids import DocumentId
    from lawdiff.core.rulings import ArgumentRuling
    from lawdiff.ruling.fallbacks import calibrated

    path = tmp_path / "r.toml"
    path.write_text("[confidence]\npart = 0.9\ncue-strong = 0.8\n" + GOOD, encoding="utf-8")
    book = load_rulebook(path)
    rulings = [
        ArgumentRuling(DocumentId(1), SegmentId(n), (), Side.MOVANT, 0.35, basis=basis)
        for n, basis in enumerate(["part", "cue-strong", "fallback-default", ""])
    ]
    assert [r.confidence for r in calibrated(rulings, book)] == [0.9, 0.8, 0.35, 0.35]
    assert all(basis in dict(load_rulebook().confidence) for basis in ("part", "cue-strong"))


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[confidence]\nluck = 0.5\n", "unknown basis 'luck'"),
        ("[confidence]\npart = 1.5\n", r"\[confidence\] part must be a number between 0 and 1"),
        ("confidence = 3\n", r"\[confidence\] must be a table"),
    ],
)
def test_a_bad_confidence_table_is_reported(tmp_path: Path, table: str, message: str) -> None:
    path = tmp_path / "r.toml"
    path.write_text(table + GOOD, encoding="utf-8")
    with pytest.raises(KnownError, match=message):
        load_rulebook(path)


def _kind_decreed(book: RuleBook, clause: str, kind: str) -> frozenset[DispositionKind]:
    motion = MotionRef("the motion", f"dalton {kind}", "Dalton", 0, kind)
    return decree_by_kind(clause, motion, lambda ref: ref, book)


def test_the_decree_words_are_data_a_user_file_can_change(tmp_path: Path) -> None:
    bundled = load_rulebook()
    assert bundled.decrees.kinds and bundled.decrees.closing_sections
    assert _kind_decreed(bundled, "The matter is ADJOURNED.", "adjourn") == frozenset()
    assert _kind_decreed(bundled, "Proceedings are STAYED.", "stay") == {DispositionKind.GRANTED}
    path = tmp_path / "r.toml"
    path.write_text(
        '[decrees]\nclosing_sections = ["ruling"]\n'
        '[[kind_decree]]\nkind = "adjourn"\ndone = ["adjourned"]\ncapitals = ["ADJOURNED"]\n'
        + GOOD,
        encoding="utf-8",
    )
    book = load_rulebook(path)
    assert _kind_decreed(book, "The matter is ADJOURNED.", "adjourn") == {DispositionKind.GRANTED}
    assert _kind_decreed(book, "The matter is adjourned.", "adjourn") == {DispositionKind.GRANTED}
    assert _kind_decreed(book, "Proceedings are STAYED.", "stay") == frozenset()  # not listed
    assert decree_patterns(book).closing.match("Ruling")
    assert not decree_patterns(book).closing.match("Conclusion")


def test_a_file_without_decree_words_keeps_the_bundled_ones(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_rulebook(path).decrees == load_rulebook().decrees


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[decrees]\ncolour = ["red"]\n', r"\[decrees\]: unknown key\(s\) colour"),
        ('[decrees]\ncontrasts = "but"\n', r"\[decrees\] contrasts must be a list of words"),
        ('[[kind_decree]]\nkind = "stay"\n', r"\[\[kind_decree\]\] entry 1: give 'done'"),
        ('[[kind_decree]]\ndone = ["stayed"]\n', r"entry 1: 'kind' must be a motion kind"),
        (
            '[[kind_decree]]\nkind = "stay"\ndone = ["stayed"]\nwithin = -1\n',
            r"'within' must be a whole number",
        ),
    ],
)
def test_bad_decree_words_are_reported(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "r.toml"
    path.write_text(text + GOOD, encoding="utf-8")
    with pytest.raises(KnownError, match=message):
        load_rulebook(path)
