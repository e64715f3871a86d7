"""Classification on real filings and the Indonesian news report (read from ../shared/corpus)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.classify import classify_segments, classify_text, load_taxonomy
from lawdiff.core.model import Filing, SegmentKind

pytestmark = pytest.mark.corpus


def _groups(claims: set[str]) -> set[str]:
    taxonomy = load_taxonomy()
    return {taxonomy.get(claim).group for claim in claims}


def test_indonesian_news_gets_antitrust_contract_and_tro(corpus_dir: Path) -> None:
    text = (corpus_dir / "news" / "parler-aws-response-id.txt").read_text(encoding="utf-8")
    tags = {tag.claim: tag for tag in classify_text(text)}
    assert {"contract.breach", "injunction.tro"} <= set(tags)
    assert "antitrust" in _groups(set(tags))
    assert all(tags[c].confidence >= 0.9 for c in ("contract.breach", "injunction.tro"))
    assert not _groups(set(tags)) & {"defamation", "rico", "erisa", "ip", "procedure"}


def _count_claims(
    path: Path, load: Callable[[Path], Filing]
) -> dict[str, tuple[set[str], list[set[str]]]]:
    """Each count's own claims and the claims of each of its paragraphs."""
    from lawdiff.segment import segment_filing

    segments = segment_filing(load(path)).segments
    tags = classify_segments(segments)
    counts: dict[str, tuple[set[str], list[set[str]]]] = {}
    for index, segment in enumerate(segments):
        if segment.kind is SegmentKind.COUNT:
            counts[segment.label] = ({t.claim for t in tags[index]}, [])
        elif segment.parent is not None and segments[segment.parent].kind is SegmentKind.COUNT:
            counts[segments[segment.parent].label][1].append({t.claim for t in tags[index]})
    return counts


def test_harvey_counts_and_their_paragraphs(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]
) -> None:
    counts = _count_claims(
        corpus_dir / "harvey-v-cnn" / "dkt37-1_amended_complaint.pdf", load_corpus_filing
    )
    expected = {
        "COUNT I": "defamation.libel-slander",
        "COUNT II": "defamation.false-light",
        "COUNT III": "remedies.punitive-damages",
    }
    for label, claim in expected.items():
        own, paragraphs = counts[label]
        assert claim in own, label
        assert paragraphs, label
        assert all(claim in p for p in paragraphs), label  # inherited or their own


@pytest.mark.slow
def test_monterey_counts(corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]) -> None:
    path = (
        corpus_dir
        / "monterey-bay-military-housing-v-pinnacle"
        / "dkt220_second_amended_complaint.pdf"
    )
    counts = _count_claims(path, load_corpus_filing)
    expected = {
        "COUNT I": "rico.civil",
        "COUNT II": "rico.conspiracy",
        "COUNT III": "fiduciary.breach",
        "COUNT IV": "fiduciary.breach",
        "COUNT V": "fraud.misrepresentation",
        "COUNT VI": "fraud.misrepresentation",
        "COUNT VII": "fraud.misrepresentation",
    }
    for label, claim in expected.items():
        assert claim in counts[label][0], label
    assert not _groups(counts["COUNT III"][0]) & {"antitrust", "contract", "injunction"}
