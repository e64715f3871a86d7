"""The thin-outline warning: a brief imported as text or PDF whose outline holds one argument
heading or none over several pages says so, on import (the pipeline), in the CLI's notes; a
brief read with its headings, a short one, or another kind of filing does not."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.pipeline import analyze_filing
from lawdiff.segment import segment_filing
from lawdiff.segment.thin_outline import MIN_WORDS, thin_outline_warning
from tests.textfilings import BODY

REPO = Path(__file__).resolve().parents[3]
ROLE = ["--role", "opposition"]
LONG = " ".join(BODY.split())  # 58 words on one line
PARAGRAPHS = MIN_WORDS // len(LONG.split()) + 2  # a little over MIN_WORDS of text


def _filing(text: str, role: Role = Role.OPPOSITION, kind: str = "text") -> Filing:
    page = Page(1, text, lines_of(text))
    return Filing("thin.txt", "0" * 64, kind, (page,), FilingMeta(role=role))


def _brief(*headings: str, paragraphs: int = PARAGRAPHS) -> str:
    """An opposition: INTRODUCTION, ARGUMENT, ``headings`` sharing ``paragraphs`` of text,
    CONCLUSION."""
    each = max(1, paragraphs // max(1, len(headings)))
    blocks = ["INTRODUCTION", LONG, "ARGUMENT"]
    for heading in headings or ("",):
        blocks += [heading] if heading else []
        blocks += [LONG] * each
    return "\n\n".join([*blocks, "CONCLUSION", "The motion should be denied."]) + "\n"


def _warning(filing: Filing) -> str | None:
    return thin_outline_warning(filing, segment_filing(filing).segments)


def test_a_long_brief_with_one_argument_heading_is_warned_of() -> None:
    warning = _warning(_filing(_brief("I. THE MOTION IS UNTIMELY")))
    assert warning is not None
    assert warning.startswith("thin.txt: only 1 argument heading found in ")
    assert warning.endswith("pages; the outline may be misread — check the headings")


def test_a_long_brief_whose_headings_were_not_read_is_warned_of() -> None:
    warning = _warning(_filing(_brief()))
    assert warning is not None and re.match(
        r"thin\.txt: no argument heading found in about \d+ pages", warning
    )


def test_a_brief_read_with_its_headings_is_not() -> None:
    text = _brief("I. THE MOTION IS UNTIMELY", "II. THE CLAIM IS PLEADED", "III. NO PREJUDICE")
    assert _warning(_filing(text)) is None


def test_a_short_brief_is_not() -> None:
    assert _warning(_filing(_brief("I. THE MOTION IS UNTIMELY", paragraphs=5))) is None


def test_only_briefs_read_from_their_layout_are_checked() -> None:
    text = _brief()
    assert _warning(_filing(text, role=Role.ORDER)) is None
    assert _warning(_filing(text, kind="docx")) is None  # headings come from Word's styles
    # a PDF's pages are printed pages; a text file of one page is told its length in words
    pdf = _warning(_filing(text, kind="pdf"))
    assert pdf is not None and re.search(r" found in about \d+ pages", pdf)


def test_the_import_carries_the_warning() -> None:
    thin = analyze_filing(_filing(_brief()))
    assert any("no argument heading found" in w for w in thin.filing.warnings)
    read = analyze_filing(_filing(_brief("I. ONE POINT", "II. ANOTHER", "III. A THIRD")))
    assert not any("argument heading" in w for w in read.filing.warnings)
    # the filing's own warnings stay first
    warned = analyze_filing(replace(_filing(_brief()), warnings=("page 1: noted",)))
    assert warned.filing.warnings[0] == "page 1: noted"


def test_the_cli_prints_it_on_import(tmp_path: Path) -> None:
    brief = tmp_path / "thin.txt"
    brief.write_text(_brief(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "lawdiff", "import", str(tmp_path / "c.lawdiff"), str(brief), *ROLE],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert re.search(
        r"^note: thin\.txt: no argument heading found in about \d+ pages", result.stderr, re.M
    )
