"""Consistency checks for the hand-labelled brief-pair gold files.

The gold files (``data/briefpairs/*/gold.json``, the shared pairs in ``../shared/briefpairs`` and
``tests/expected/briefpairs_corpus/*/gold.json``) are written by hand, so a typo in a heading
silently turns a gold link into one that no evaluator can ever match. These tests make every link,
primary answer, unanswered and new heading point at a heading that exists, and every heading of a
text pair occur at the start of a line of its text file. The format is described in
``docs/labelling.md``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
OWN_PAIRS = ROOT / "data" / "briefpairs"
SHARED_PAIRS = ROOT.parent / "shared" / "briefpairs"
CORPUS_GOLD = ROOT / "tests" / "expected" / "briefpairs_corpus"
CORPUS = ROOT.parent / "shared" / "corpus"

# "decides" is for a court order answering a brief (a court neither rebuts nor concedes).
RELATIONS = {"rebuts", "concedes", "distinguishes", "responds-generally", "decides"}
KINDS = {"argument", "non-argument"}
REQUIRED = {
    "style": str,
    "court": str,
    "moving": list,
    "response": list,
    "links": list,
    "primary": list,
    "unanswered": list,
    "new_in_response": list,
    "notes": str,
}


def _gold_files() -> list[Path]:
    files = sorted(OWN_PAIRS.glob("*/gold.json")) + sorted(CORPUS_GOLD.glob("*/gold.json"))
    if SHARED_PAIRS.is_dir():
        files += sorted(SHARED_PAIRS.glob("*/gold.json"))
    return files


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _headings(gold: dict[str, Any], side: str) -> dict[str, dict[str, Any]]:
    return {entry["heading"]: entry for entry in gold[side]}


GOLD_FILES = _gold_files()
IDS = [f"{path.parent.parent.name}/{path.parent.name}" for path in GOLD_FILES]


def test_the_new_pairs_are_present() -> None:
    """At least six pairs of our own and the two corpus pairs are labelled."""
    assert len(list(OWN_PAIRS.glob("*/gold.json"))) >= 6
    assert len(list(CORPUS_GOLD.glob("*/gold.json"))) >= 2


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_fields_and_heading_entries(path: Path) -> None:
    """Every required field has its type; every heading has a level, a kind and a role."""
    gold = _load(path)
    for key, kind in REQUIRED.items():
        assert isinstance(gold.get(key), kind), f"{path}: field {key!r}"
    for side in ("moving", "response"):
        names = [entry["heading"] for entry in gold[side]]
        assert len(names) == len(set(names)), f"{path}: duplicate {side} heading"
        for entry in gold[side]:
            assert entry["kind"] in KINDS, entry
            assert isinstance(entry["level"], int) and entry["level"] >= 1, entry
            assert isinstance(entry["role"], str) and entry["role"], entry


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_links_name_existing_argument_headings(path: Path) -> None:
    """A link joins a moving argument to a response argument, with a known relation, once."""
    gold = _load(path)
    moving, response = _headings(gold, "moving"), _headings(gold, "response")
    pairs = [(source, target) for source, target, _ in gold["links"]]
    assert len(pairs) == len(set(pairs)), f"{path}: duplicate link"
    for source, target, relation in gold["links"]:
        assert source in moving, f"{path}: unknown moving heading {source!r}"
        assert target in response, f"{path}: unknown response heading {target!r}"
        assert relation in RELATIONS, f"{path}: relation {relation!r}"
        assert moving[source]["kind"] == "argument", f"{path}: non-argument {source!r}"
        assert response[target]["kind"] == "argument", f"{path}: non-argument {target!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_primary_answers_are_links(path: Path) -> None:
    """primary is a subset of links, with at most one primary answer per moving heading."""
    gold = _load(path)
    pairs = {(source, target) for source, target, _ in gold["links"]}
    sources = [source for source, _ in gold["primary"]]
    assert len(sources) == len(set(sources)), f"{path}: two primary answers for one heading"
    for source, target in gold["primary"]:
        assert (source, target) in pairs, f"{path}: primary not in links: {source!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_every_moving_argument_is_linked_or_unanswered(path: Path) -> None:
    """Each moving argument is answered somewhere or listed as unanswered, never both."""
    gold = _load(path)
    linked = {source for source, _, _ in gold["links"]}
    answered_targets = {target for _, target, _ in gold["links"]}
    moving, response = _headings(gold, "moving"), _headings(gold, "response")
    for heading in gold["unanswered"]:
        assert heading in moving, f"{path}: unknown unanswered {heading!r}"
        assert heading not in linked, f"{path}: unanswered yet linked {heading!r}"
    for heading in gold["new_in_response"]:
        assert heading in response, f"{path}: unknown new heading {heading!r}"
        assert heading not in answered_targets, f"{path}: new yet linked {heading!r}"
    for heading, entry in moving.items():
        if entry["kind"] == "argument":
            assert heading in linked or heading in gold["unanswered"], f"{path}: {heading!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_non_argument_pairs_join_non_arguments(path: Path) -> None:
    """The optional non_argument_pairs join non-argument headings only."""
    gold = _load(path)
    moving, response = _headings(gold, "moving"), _headings(gold, "response")
    for source, target, relation in gold.get("non_argument_pairs", []):
        assert moving[source]["kind"] == "non-argument", source
        assert response[target]["kind"] == "non-argument", target
        assert relation == "responds-generally"


TEXT_PAIRS = [path for path in GOLD_FILES if (path.parent / "motion.txt").exists()]


def _join(lines: list[str]) -> str:
    """Lines of a wrapped heading joined by spaces, a word hyphenated at a line end made whole."""
    text = ""
    for line in lines:
        if text[-2:-1].isalpha() and text.endswith("-"):
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


@pytest.mark.parametrize("path", TEXT_PAIRS, ids=[p.parent.name for p in TEXT_PAIRS])
def test_headings_start_a_line_of_their_text(path: Path) -> None:
    """Each heading is a line of its brief, or opens one (a run-in heading opens its paragraph).

    A heading that wraps over two or three lines (as Word exports a long heading) is given in
    the gold joined with single spaces, and is found as those lines joined; a word the export
    hyphenated across the line end ('IMPAIR-' / 'MENT') is given whole, as typed.
    """
    gold = _load(path)
    for side, name in (("moving", "motion.txt"), ("response", "opposition.txt")):
        lines = [line.strip() for line in (path.parent / name).read_text("utf-8").splitlines()]
        wrapped = [_join(lines[i : i + n]) for n in (2, 3) for i in range(len(lines))]
        wrapped += [" ".join(lines[i : i + n]) for n in (2, 3) for i in range(len(lines))]
        for entry in gold[side]:
            heading = entry["heading"]
            assert any(line == heading or line.startswith(heading + " ") for line in lines) or any(
                text == heading for text in wrapped
            ), f"{path.parent.name}/{name}: heading not found: {entry['heading']!r}"


@pytest.mark.parametrize(
    "path", sorted(CORPUS_GOLD.glob("*/gold.json")), ids=lambda p: p.parent.name
)
def test_corpus_gold_names_its_documents(path: Path) -> None:
    """A corpus gold file names a moving and a response document under ../shared/corpus."""
    gold = _load(path)
    documents = gold["documents"]
    assert set(documents) == {"moving", "response"}
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    for relative in documents.values():
        assert (CORPUS / relative).is_file(), relative


RELATION_EXAMPLES = ROOT / "tests" / "expected" / "relations.json"


def test_relation_examples_are_grounded_in_the_pairs() -> None:
    """Each relation example quotes its pair's answering brief and names one of its gold links."""
    examples = _load(RELATION_EXAMPLES)["examples"]
    assert len(examples) >= 30
    for example in examples:
        pair = OWN_PAIRS / example["pair"]
        assert example["sentence"] in (pair / "opposition.txt").read_text("utf-8"), example
        links = [link[:2] for link in _load(pair / "gold.json")["links"]]
        assert [example["moving"], example["response"]] in links, example


def test_relation_examples_follow_who_concedes() -> None:
    """Only the answering party's concession is 'concedes'; the other side's is a rebuttal."""
    examples = _load(RELATION_EXAMPLES)["examples"]
    for example in examples:
        assert example["relation"] in RELATIONS - {"decides"}, example
        assert example["who_concedes"] in {"answering", "moving", "none"}, example
        if example["relation"] == "concedes":
            assert example["who_concedes"] == "answering", example
        if example["who_concedes"] == "moving":
            assert example["relation"] == "rebuts", example
    traps = [e for e in examples if e["who_concedes"] == "moving" and "concede" in e["sentence"]]
    assert len(traps) >= 5


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_order_links_carry_their_rulings(path: Path) -> None:
    """Every 'decides' link (an order answering a brief) has exactly one outcome in rulings."""
    gold = _load(path)
    decided = [(source, target) for source, target, rel in gold["links"] if rel == "decides"]
    rulings = [(source, target) for source, target, _ in gold.get("rulings", [])]
    assert sorted(decided) == sorted(rulings), path
