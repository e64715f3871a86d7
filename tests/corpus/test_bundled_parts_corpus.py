"""Filings of ``more/`` that bundle a notice of motion with its memorandum: each is split
into its parts, the notice (no caption of its own) kept and marked as not argument.

Expectations written from the page images (the notice's first page, the page where the
memorandum starts).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.core.model import Filing
from lawdiff.segment import segment_filing

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

MEMO = "MEMORANDUM OF POINTS AND AUTHORITIES"
EXPECTED = {
    "more/gov.uscourts.cand.300924.163.0.pdf": [
        ("NOTICE OF MOTION", "motion", 3, False),
        (MEMO, "motion", 10, True),
    ],
    "more/gov.uscourts.cand.313162.93.0.pdf": [
        ("NOTICE OF MOTION", "motion", 2, False),
        (MEMO, "motion", 8, True),
    ],
    "more/gov.uscourts.cand.340837.165.0.pdf": [
        ("NOTICE OF MOTION", "motion", 8, False),
        (MEMO, "motion", 8, True),
    ],
    # one document, no parts
    "more/gov.uscourts.cand.330639.212.0.pdf": [],
    "marshall-v-northrop-grumman/dkt167-1_defs_MIL_memo.pdf": [],
}


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_bundled_filings_are_split_into_parts(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing], rel: str
) -> None:
    result = segment_filing(load_corpus_filing(corpus_dir / rel))
    found = [(p.title, p.role.value, p.first_page, p.argument) for p in result.parts]
    assert found == EXPECTED[rel]
    segments = result.segments
    for number, part in enumerate(result.parts):
        following = result.parts[number + 1] if number + 1 < len(result.parts) else None
        end = following.first_segment if following else len(segments)
        assert end > part.first_segment  # every part keeps segments
        assert segments[part.first_segment].span.start_page == part.first_page
