"""The layout perturbations of a plain-text brief (lawdiff.evaluation.perturb) and their
evaluation (lawdiff.evaluation.layouts), on a brief written here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lawdiff.cli import main
from lawdiff.evaluation.layouts import (
    UNPERTURBED,
    BriefText,
    evaluate_layouts,
    layout_table,
    run_layout_eval,
)
from lawdiff.evaluation.perturb import PERTURBATIONS, locate_headings, perturbed

BODY = (
    'The Complaint alleges that Defendant\'s "policy" was applied to every employee '
    "without exception, yet it pleads no fact about any employee but Plaintiff, and the "
    "Court should not accept conclusions dressed up as facts under 42 U.S.C. § 1983."
)
GOLD = [
    {"heading": "INTRODUCTION", "level": 1},
    {"heading": "ARGUMENT", "level": 1},
    {"heading": "I. THE COMPLAINT FAILS TO STATE A CLAIM", "level": 2},
    {"heading": "A. No Policy Is Alleged", "level": 3},
    {"heading": "B. No Injury Is Alleged", "level": 3},
    {"heading": "II. THE CLAIMS ARE TIME-BARRED", "level": 2},
    {"heading": "CONCLUSION", "level": 1},
]
TEXT = "\n\n".join(
    part for heading in (g["heading"] for g in GOLD) for part in (heading, BODY, BODY, BODY, BODY)
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def test_headings_are_located_on_their_lines_with_their_levels() -> None:
    brief = locate_headings(TEXT, GOLD)
    assert [(brief.heading_at(i), level) for i, (_, level) in sorted(brief.heads.items())] == [
        (g["heading"], g["level"]) for g in GOLD
    ]


def test_a_heading_wrapped_over_two_lines_is_located_whole() -> None:
    brief = locate_headings(
        "Intro text.\n\nI. THE COMPLAINT FAILS\nTO STATE A CLAIM\n\nBody.", GOLD
    )
    assert brief.heads == {2: (4, 2)}


@pytest.mark.parametrize("name", list(PERTURBATIONS))
def test_each_perturbation_is_seeded_and_changes_the_layout(name: str) -> None:
    brief = locate_headings(TEXT, GOLD)
    first = perturbed(brief, name, 7)
    assert first == perturbed(brief, name, 7)
    assert first != TEXT


@pytest.mark.parametrize("name", ["paginated", "markdown", "word-text", "pleading-paper"])
def test_the_words_of_the_brief_are_kept_in_order(name: str) -> None:
    text = perturbed(locate_headings(TEXT, GOLD), name, 3)
    kept = _words(text)
    wanted = _words(TEXT)
    at = 0
    for word in kept:  # the brief's words are a subsequence of the perturbed text's
        if at < len(wanted) and word == wanted[at]:
            at += 1
    assert at == len(wanted)


def test_pleading_paper_numbers_every_page_one_to_twenty_eight() -> None:
    text = perturbed(locate_headings(TEXT, GOLD), "pleading-paper", 1)
    pages = text.split("\f")
    assert len(pages) > 1
    numbers = [int(row.split()[0]) for row in pages[0].split("\n") if row.strip()]
    assert numbers == list(range(1, 29))


def test_word_text_underlines_headings_and_ends_lines_with_crlf() -> None:
    text = perturbed(locate_headings(TEXT, GOLD), "word-text", 1)
    rows = text.split("\r\n")
    assert rows[rows.index("INTRODUCTION") + 1] == "=" * len("INTRODUCTION")
    assert "A.\tNo Policy Is Alleged" in rows
    assert "-" * len("A.\tNo Policy Is Alleged".expandtabs(4)) in rows
    assert "\u201cpolicy\u201d" in text


def test_recased_headings_change_case_and_numbering() -> None:
    text = perturbed(locate_headings(TEXT, GOLD), "recased", 1)
    assert "Introduction" in text.split("\n")
    assert "B. NO INJURY IS ALLEGED" in text.split("\n")
    assert "I. THE COMPLAINT" not in text


def test_the_evaluation_counts_headings_found_per_perturbation() -> None:
    tallies = evaluate_layouts([BriefText("made-up/motion.txt", TEXT, GOLD)], ["markdown"])
    assert tallies[UNPERTURBED].files == 1
    assert tallies[UNPERTURBED].asked == len(GOLD)
    assert tallies[UNPERTURBED].found == len(GOLD)
    table = layout_table(tallies)
    assert "markdown" in table
    assert f"{len(GOLD)}/{len(GOLD)}" in table


def test_the_layout_table_reads_tuning_pairs_and_skips_held_out_ones(tmp_path: Path) -> None:
    for name, gold_set in (("tuned", "tuning (layouts9)"), ("held", "held-out (pairs99)")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "motion.txt").write_text(TEXT, encoding="utf-8")
        gold = {"set": gold_set, "moving": GOLD, "response": GOLD}
        (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    table = run_layout_eval(tmp_path, ["word-text"])
    assert "none" in table
    assert "word-text" in table
    assert f"{len(GOLD)}/{len(GOLD)}" in table  # one text: the held-out pair is left out
    assert f"{2 * len(GOLD)}/" not in table


def test_perturb_is_refused_for_anything_but_segments_and_rulings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", "links", "--perturb"]) == 2
    assert "--perturb measures segments or rulings" in capsys.readouterr().err
