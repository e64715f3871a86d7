"""The rulings gold files (issue 15) are well formed and say what their documents say.

Checks every ``tests/expected/rulings/*.json`` and ``data/rulings/*/gold.json`` against the format
in ``tests/expected/rulings/README.md``: the vocabularies, the evidence (each quote is found on the
page it names, and for plain-text orders on the line it names), the argument labels (each names a
heading printed in its brief, at the outline position given, and every argument heading of a brief
is labelled), and that a motion's disposition agrees with its parts. Real orders are read from
``../shared/corpus``; their checks skip where it is absent.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from tests.conftest import CORPUS, DATA, REPO

GOLD_DIR = REPO / "tests" / "expected" / "rulings"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json")) + sorted((DATA / "rulings").glob("*/gold.json"))

DISPOSITIONS = {
    "granted",
    "denied",
    "granted_in_part",
    "moot",
    "withdrawn",
    "submitted",
    "deferred",
    "terminated",
}
RULINGS = {"for_movant", "for_respondent", "mixed", "not_reached", "not_addressed"}
KINDS = {
    "motion_in_limine",
    "daubert",
    "tro",
    "preliminary_injunction",
    "dismiss",
    "demurrer",
    "strike",
    "summary_judgment",
    "other",
}
PARTIES = {"plaintiff", "defendant", "other"}
MAX_REAL_QUOTE_WORDS = 25
BODY_LEFT = 85.0  # points; pleading line numbers end at x ≈ 81

# Outline numbering of a heading: roman, capital letter, digit, small letter, small roman.
_NUMBERING = re.compile(r"^(?P<label>[IVXL]+|[A-Z]|\d{1,2}|[a-z]|[ivx]+)\.\s+(?P<text>\S.*)$")
_ROMAN = re.compile(r"^(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})$")
_SMALL_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
_CAPS_HEADING = re.compile(r"^[A-Z][A-Z ,'&-]{2,60}$")  # "ARGUMENT", "STATEMENT OF FACTS"
_CLOSING = re.compile(r"^CONCLUSION\b")
_ARGUMENT = re.compile(r"^(?:ARGUMENT|DISCUSSION)$")


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _resolve(rel: str) -> Path:
    """A path in a gold file: repository-relative, or ``../shared/corpus/…`` for real filings."""
    prefix = "../shared/corpus/"
    if rel.startswith(prefix):
        return CORPUS / rel[len(prefix) :]
    return REPO / rel


def _norm(text: str) -> str:
    """Quotes made straight and all whitespace dropped (PDF text glues or splits words)."""
    text = text.translate(
        str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
    )
    return re.sub(r"\s+", "", text).lower()


@functools.lru_cache(maxsize=16)
def _pages(path: Path) -> tuple[str, ...]:
    """The text of each page: form-feed pages of a text file, or the pages of a PDF."""
    if path.suffix.lower() == ".pdf":
        with pdfplumber.open(path) as pdf:
            texts = []
            for page in pdf.pages:
                # Right of the pleading line numbers and the court's rotated side stamp.
                body = page.crop((BODY_LEFT, 0, page.width, page.height))
                texts.append(body.extract_text() or "")
                page.close()
            return tuple(texts)
    return tuple(path.read_text(encoding="utf-8").split("\f"))


def _order_pages(gold: dict[str, Any]) -> tuple[str, ...]:
    path = _resolve(gold["order"]["path"])
    if not path.is_file():
        pytest.skip(f"order not found: {path}")
    return _pages(path)


def _evidence(gold: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for motion in gold["motions"]:
        found += motion["evidence"]
        for part in motion["parts"]:
            found += part["evidence"]
        for argument in motion["arguments"]:
            found += argument["evidence"]
    return found


@pytest.fixture(params=GOLD_FILES, ids=lambda p: p.parent.name if p.name == "gold.json" else p.stem)
def gold(request: pytest.FixtureRequest) -> dict[str, Any]:
    return _load(request.param)


def test_there_are_gold_files() -> None:
    slugs = {_load(path)["slug"] for path in GOLD_FILES}
    assert {"finjan-mil-order", "finjan-daubert-order", "sample-tro-order"} <= slugs
    assert len(slugs) == len(GOLD_FILES), "slugs must be unique"


def test_header_and_vocabulary(gold: dict[str, Any]) -> None:
    assert gold["format"] == "lawdiff.rulings-gold/1"
    assert isinstance(gold["fictional"], bool)
    chosen = gold.get("set", "held-out")
    assert re.fullmatch(r"tuning|held-out(?: \([\w -]+\))?", chosen), "set: tuning | held-out (…)"
    assert gold["order"]["path"] and gold["motions"]
    keys = [motion["key"] for motion in gold["motions"]]
    assert len(keys) == len(set(keys)), "motion keys must be unique"
    for motion in gold["motions"]:
        assert motion["kind"] in KINDS, motion["key"]
        assert motion["movant"] in PARTIES, motion["key"]
        assert motion["disposition"] in DISPOSITIONS, motion["key"]
        assert motion["as_printed"].strip(), motion["key"]
        assert motion["evidence"], f"{motion['key']}: a disposition needs evidence"
        for part in motion["parts"]:
            assert part["disposition"] in DISPOSITIONS, part["issue"]
            assert part["evidence"], part["issue"]
        for argument in motion["arguments"]:
            assert argument["ruling"] in RULINGS, argument
            assert argument["certainty"] in {"clear", "judgement"}, argument
            if argument["ruling"] == "not_addressed":
                assert argument["evidence"] == [], (
                    "a point the order never discusses has no evidence"
                )
            else:
                assert argument["evidence"], argument


def test_evidence_shape(gold: dict[str, Any]) -> None:
    for item in _evidence(gold):
        assert set(item) <= {"page", "line", "quote", "line_approx"}, item
        assert isinstance(item["page"], int) and item["page"] >= 1, item
        assert isinstance(item["line"], int) and item["line"] >= 1, item
        words = len(item["quote"].split())
        assert words >= 2, item
        if not gold["fictional"]:
            assert words <= MAX_REAL_QUOTE_WORDS, f"quote of a real filing too long: {item}"


def test_evidence_is_on_its_page(gold: dict[str, Any]) -> None:
    pages = _order_pages(gold)
    assert len(pages) == gold["order"]["pages"]
    plain = not gold["order"]["path"].lower().endswith(".pdf")
    wrong = [item for item in _evidence(gold) if not _quote_is_there(item, pages, plain=plain)]
    assert not wrong, f"{len(wrong)} quotes not where they say: {wrong}"


def _quote_is_there(item: dict[str, Any], pages: tuple[str, ...], *, plain: bool) -> bool:
    """The quote is on its page; in a plain-text order it also starts on its line."""
    if item["page"] > len(pages):
        return False
    page = pages[item["page"] - 1]
    quote = _norm(item["quote"])
    if quote not in _norm(page):
        return False
    if not plain:
        return True
    lines = page.split("\n")
    if item["line"] > len(lines):
        return False
    rest = _norm("\n".join(lines[item["line"] - 1 :]))
    return rest.find(quote) in range(max(len(_norm(lines[item["line"] - 1])), 1))


def test_disposition_agrees_with_parts(gold: dict[str, Any]) -> None:
    for motion in gold["motions"]:
        parts = {part["disposition"] for part in motion["parts"]}
        if not parts:
            continue
        if motion["disposition"] == "granted":
            assert "denied" not in parts, motion["key"]
        elif motion["disposition"] == "denied":
            assert "granted" not in parts, motion["key"]
        elif motion["disposition"] == "granted_in_part":
            assert "granted" in parts and parts & {"denied", "deferred", "moot"}, motion["key"]


# --- arguments named by brief heading ---------------------------------------------------------


def _heading_lines(path: Path) -> list[tuple[int, str, str]]:
    """(level, label, text) of each heading of a brief, in order.

    Markdown sources give the level by ``#`` count. In plain text the numbering style gives it
    (roman 1, capital letter 2, digit 3, small letter 4, small roman 5) and an unnumbered line in
    capitals ("ARGUMENT") is a heading of level 0.
    """
    found: list[tuple[int, str, str]] = []
    markdown = path.suffix.lower() == ".md"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        level = 0
        if markdown:
            if not line.startswith("#"):
                continue
            level = len(line) - len(line.lstrip("#"))
            line = re.sub(r"\s*\{[^}]*\}\s*$", "", line.lstrip("#").strip())
        match = _NUMBERING.match(line)
        if match is not None:
            label = match["label"]
            found.append((level if markdown else _plain_level(label), label, match["text"].strip()))
        elif markdown or _CAPS_HEADING.match(line):
            found.append((level, "", line))
    return found


def _plain_level(label: str) -> int:
    """Outline level of a plain-text heading from its numbering: I. / A. / 1. / a. / i."""
    if _ROMAN.match(label):
        return 1
    if label.isupper():
        return 2
    if label.isdigit():
        return 3
    if label in _SMALL_ROMAN:
        return 5
    return 4


def _outline(path: Path) -> list[tuple[str, str, bool]]:
    """(section path, heading text, is an argument heading) for each heading of a brief.

    Argument headings are those below the ARGUMENT (or DISCUSSION) heading and before the
    CONCLUSION.
    """
    stack: list[tuple[int, str]] = []
    out: list[tuple[str, str, bool]] = []
    argument_level: int | None = None
    for level, label, text in _heading_lines(path):
        if _ARGUMENT.match(text):
            argument_level = level
        elif _CLOSING.match(text) or (argument_level is not None and level <= argument_level):
            argument_level = None
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, label))
        section = ".".join(lab for _, lab in stack if lab)
        is_argument = argument_level is not None and level > argument_level
        out.append((section, text, is_argument))
    return out


def _brief_text(gold: dict[str, Any], role: str) -> Path:
    for brief in gold["briefs"]:
        if brief["role"] == role:
            return REPO / brief.get("text", brief["path"])
    raise AssertionError(f"{gold['slug']}: no {role} brief listed")


def test_arguments_name_printed_headings(gold: dict[str, Any]) -> None:
    for motion in gold["motions"]:
        for argument in motion["arguments"]:
            if "document" not in argument:
                assert argument["side"] in {"movant", "respondent"}, argument
                assert argument["summary"].strip(), argument
                assert not gold["briefs"], "summary-style arguments are for orders without briefs"
                continue
            outline = _outline(_brief_text(gold, argument["document"]))
            where = {text: section for section, text, _ in outline}
            heading = argument["heading"]
            assert heading in where, f"{argument['document']} has no heading {heading!r}"
            assert where[heading] == argument["section"], (heading, where[heading])


def test_every_argument_heading_is_labelled(gold: dict[str, Any]) -> None:
    if not gold["briefs"]:
        pytest.skip("the order's briefs are not available; arguments are the order's own summary")
    for brief in gold["briefs"]:
        role = brief["role"]
        labelled = {
            (argument["section"], argument["heading"])
            for motion in gold["motions"]
            for argument in motion["arguments"]
            if argument.get("document") == role
        }
        wanted = {
            (section, text) for section, text, arg in _outline(_brief_text(gold, role)) if arg
        }
        assert wanted, f"{gold['slug']}: no argument headings found in the {role}"
        assert wanted == labelled, (
            f"{gold['slug']} {role}: missing {wanted - labelled}, extra {labelled - wanted}"
        )


def test_fictional_orders_have_their_briefs() -> None:
    for path in sorted((DATA / "rulings").glob("*/gold.json")):
        gold = _load(path)
        assert gold["fictional"] is True
        assert (path.parent / "order.txt").is_file()
        assert {brief["role"] for brief in gold["briefs"]} == {"motion", "opposition"}, path
        for brief in gold["briefs"]:
            assert (REPO / brief["path"]).is_file(), brief["path"]
            assert (REPO / brief.get("text", brief["path"])).is_file(), brief
