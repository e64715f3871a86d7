"""A brief imported pre-segmented through the JSON interchange format links as its PDF does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawdiff import link
from lawdiff.core.model import LinkSuggestion, SegmentInfo
from lawdiff.interchange import snapshot_to_json
from lawdiff.workspace import Workspace

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample"
Row = tuple[str, int, str, int, float, str, tuple[str, ...]]


def _rows(suggestions: list[LinkSuggestion], segments: list[SegmentInfo]) -> list[Row]:
    """Suggestions by (label, order) of both ends, score, relation and reason texts."""
    by_id = {s.id: s for s in segments}
    return [
        (
            by_id[x.source].label,
            by_id[x.source].order,
            by_id[x.target].label,
            by_id[x.target].order,
            x.score,
            x.relation.value,
            tuple(r.text for r in x.reasons),
        )
        for x in suggestions
    ]


def _linked(case: Workspace) -> list[Row]:
    motion, opposition = sorted(case.documents(), key=lambda d: d.source_name)
    sources, targets = case.segments(motion.id), case.segments(opposition.id)
    return _rows(link.suggest_rebuttals(sources, targets), [*sources, *targets])


@pytest.mark.slow
def test_interchange_import_links_exactly_as_the_pdf_import(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "pdf.lawdiff", create=True) as from_pdf:
        from_pdf.import_files([SAMPLE / "02_tro_motion.pdf", SAMPLE / "03_opposition.pdf"])
        data = json.loads(json.dumps(snapshot_to_json(from_pdf.snapshot())))
        expected = _linked(from_pdf)
    with Workspace.open(tmp_path / "json.lawdiff", create=True) as from_json:
        from_json.import_interchange(data)
        found = _linked(from_json)
    assert len(expected) >= 10  # the sample motion's arguments are answered
    assert found == expected
