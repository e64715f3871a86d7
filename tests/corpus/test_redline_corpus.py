"""The Harvey amended complaint is a redline: its track-changes balloons are notes, not body."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.core.model import Filing, SegmentKind
from lawdiff.segment import segment_filing

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

BALLOON = re.compile(r"\b(?:Deleted|Formatted|Inserted):")


def test_harvey_balloons_stay_out_of_body_segments(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]
) -> None:
    filing = load_corpus_filing(corpus_dir / "harvey-v-cnn/dkt37-1_amended_complaint.pdf")
    segments = segment_filing(filing).segments
    body = [s for s in segments if s.kind != SegmentKind.FOOTNOTE]
    assert not [s.label for s in body if BALLOON.search(f"{s.heading} {s.text}")]
    notes = [s for s in segments if s.label.startswith("rev.")]
    assert len(notes) >= 100  # the balloons are kept, as notes
    opening = re.compile(r"(?:Deleted|Formatted|Inserted|Moved|Field Code|Comment)")
    assert sum(bool(opening.match(s.text)) for s in notes) >= 0.9 * len(notes)
