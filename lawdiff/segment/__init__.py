"""Segmentation: a filing's cleaned text → paragraphs, counts, headings, footnotes, quotes.

Public API::

    segment_filing(filing, segmenter=None) -> Segmentation
    Segmenter            # the protocol another segmenter implements
    RuleBasedSegmenter   # the default

Label convention (gold links and record-cite resolution rely on it):

* numbered complaint paragraphs: ``"¶ 12"`` (number as printed), kind PARAGRAPH;
* counts: the count label as printed in upper case (``"COUNT I"``, ``"FIRST CAUSE OF ACTION"``),
  kind COUNT, ``heading`` the title after it; the count's paragraphs have it as parent;
* unnumbered headings: the heading in upper case (``"ARGUMENT"``), kind HEADING;
* numbered headings: the outline path of printed enumerators joined by ``"."`` (``"I.A.1"``),
  kind HEADING, ``heading`` the text without its enumerator, ``level`` its depth;
* body paragraphs of briefs and orders: kind PARAGRAPH, label ``""``; block quotes: QUOTE;
* a transcript's cover page, and each speaker's turn ("THE COURT: …", the speaker kept in
  its text), question, answer and parenthetical: kind PARAGRAPH, label ``""``;
  footnotes: FOOTNOTE labelled ``"n.3"`` under the paragraph that calls them.

``span`` covers a segment's content without its enumerator; ``text`` is that span's text with
line breaks joined by single spaces (see :mod:`lawdiff.segment.blocks`).
"""

from __future__ import annotations

from typing import Protocol

from lawdiff.core.model import Filing, FilingMeta, Segmentation
from lawdiff.core.text import DocumentText
from lawdiff.segment.rules import RuleBasedSegmenter

__all__ = ["RuleBasedSegmenter", "Segmenter", "segment_filing"]


class Segmenter(Protocol):
    """Anything that turns a filing's text into segments."""

    def segment(self, text: DocumentText, meta: FilingMeta) -> Segmentation:
        """Split ``text`` (with the filing's ``meta``) into segments in document order."""
        ...


def segment_filing(filing: Filing, segmenter: Segmenter | None = None) -> Segmentation:
    """Segment an imported filing.

    Args:
        filing: the filing from ``lawdiff.ingest``.
        segmenter: the segmenter to use; the rule-based one when None.

    Returns:
        The segments in document order and the warnings the segmenter noticed.
    """
    chosen = segmenter if segmenter is not None else RuleBasedSegmenter()
    return chosen.segment(DocumentText(filing.pages), filing.meta)
