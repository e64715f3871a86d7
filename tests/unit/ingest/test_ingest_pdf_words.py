"""Characters -> words by pdfplumber's rules, and the fast path against pdfplumber itself."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from lawdiff.ingest import load_filing
from lawdiff.ingest.layout import Word
from lawdiff.ingest.pdf import _words, default_engine
from lawdiff.ingest.pdf_words import Char, dedupe_chars, words_from_chars
from tests.unit.ingest.test_ingest_pdf import pleading_pdf


def chars(
    text: str, x: float = 100.0, top: float = 50.0, font: str = "Times", width: float = 6.0
) -> list[Char]:
    """Touching characters of one line, ``width`` points each."""
    return [
        Char(c, x + i * width, x + (i + 1) * width, top, top + 12, font, 12.0)
        for i, c in enumerate(text)
    ]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ([chars("ab")], ["ab"]),
        ([chars("ab c")], ["ab", "c"]),  # a blank ends a word
        ([chars("ab"), chars("cd", x=114.0)], ["abcd"]),  # a gap of 2 points joins
        ([chars("ab"), chars("cd", x=115.5)], ["ab", "cd"]),  # of more than 3 splits
        ([chars("ab"), chars("cd", x=112.0, font="Times-Bold")], ["ab", "cd"]),  # font change
        ([chars("ab"), chars("cd", x=112.0, top=54.0)], ["ab", "cd"]),  # another line
        ([chars("\ufb01ne")], ["fine"]),  # ligatures expanded
        ([chars("cd", x=112.0), chars("ab")], ["abcd"]),  # one run is sorted by x
    ],
)
def test_words_follow_pdfplumbers_rules(pieces: list[list[Char]], expected: list[str]) -> None:
    flat = [c for piece in pieces for c in piece]
    assert [w.text for w in words_from_chars(flat)] == expected


def test_rotated_characters_make_no_words() -> None:
    sideways = [c._replace(upright=False) for c in chars("side")]
    assert [w.text for w in words_from_chars(sideways + chars("up", x=200))] == ["up"]


def test_overprinted_characters_are_deduplicated() -> None:
    once = chars("11")
    twice = [
        c
        for pair in zip(once, [c._replace(x0=c.x0 + 0.3) for c in once], strict=True)
        for c in pair
    ]
    assert [c.text for c in dedupe_chars(twice)] == ["1", "1"]
    assert dedupe_chars(twice) == once


def _position(word: Word) -> tuple[float, float]:
    return (round(word.top, 2), round(word.x0, 2))


def test_fast_words_equal_pdfplumbers_on_a_generated_filing(tmp_path: Path) -> None:
    from lawdiff.ingest.pdfium_pages import open_document, read_page

    path = tmp_path / "motion.pdf"
    pleading_pdf(path, 2)
    document = open_document(path)
    with pdfplumber.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            # The order of runs may differ (pdfminer's sizes carry rounding noise that
            # splits runs); the layout sorts words by position, so compare in that order.
            fast = sorted(words_from_chars(read_page(document, index).chars), key=_position)
            old = sorted(_words(page), key=_position)
            assert [w.text for w in fast] == [w.text for w in old]
            for a, b in zip(fast, old, strict=True):
                assert abs(a.x0 - b.x0) < 0.01 and abs(a.x1 - b.x1) < 0.01
                assert abs(a.top - b.top) < 0.01 and abs(a.bottom - b.bottom) < 0.01
    document.close()


def test_engine_is_chosen_by_parameter_or_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_engine() == "pdfium"
    monkeypatch.setenv("LAWDIFF_PDF_ENGINE", "pdfplumber")
    assert default_engine() == "pdfplumber"
    monkeypatch.setenv("LAWDIFF_PDF_ENGINE", "nonsense")
    assert default_engine() == "pdfium"
    path = tmp_path / "motion.pdf"
    pleading_pdf(path, 3)
    fast = load_filing(path, engine="pdfium")
    old = load_filing(path, engine="pdfplumber")
    assert [p.text for p in fast.pages] == [p.text for p in old.pages]
    assert [p.lines for p in fast.pages] == [p.lines for p in old.pages]
