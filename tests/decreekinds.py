"""The dispositions the disposition reader finds for one motion in a short order written for a
test: the order's paragraphs in turn, the motion named as in its caption."""

from __future__ import annotations

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import DispositionKind
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import find_motions
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import segment_info

BOOK = load_rulebook()


def decree_kinds(caption: str, motion: str, paragraphs: list[str]) -> list[DispositionKind]:
    """The dispositions found for ``motion`` (of the case ``caption``) in an order made of
    ``paragraphs``."""
    canonical = motion_canonicalizer(caption)
    default = canonical(find_motions(motion)[0])
    segments: list[SegmentInfo] = [
        segment_info(n, "", t, kind=SegmentKind.PARAGRAPH) for n, t in enumerate(paragraphs, 1)
    ]
    found = find_dispositions(
        DocumentId(1), segments, SentenceLocator([]), BOOK, default, canonical
    )
    return [d.kind for d in found if d.key == default.key]
