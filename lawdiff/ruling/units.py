"""The order's text and the briefs' argument units.

:class:`OrderText` gives the sentences of an order's sections; :func:`argument_units` picks the
headings of a brief that make arguments (not its introduction, facts or conclusion), and
:func:`ruling_sentences` the order's sentences that may rule (not bare headings, background or
legal standards).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.ruling.matching import ancestors
from lawdiff.ruling.sentences import Sentence, SentenceLocator

NOT_ARGUMENT = re.compile(
    r"^\s*(?:introduction|preliminary statement|summary of (?:the )?argument|background|"
    r"(?:statement of )?(?:the )?facts?(?![\w-]|\s+(?!and\b|of\b)\w)|factual background|"
    r"procedural (?:history|background)|"
    r"statement of (?:issues?|the case)|issues? (?:presented|to be decided)|legal standards?|"
    r"standard of review|conclusion|table of (?:contents|authorities)|certificate of service|"
    r"notice of motion|relief requested|pendahuluan|latar belakang|kesimpulan|petitum)\b",
    re.IGNORECASE,
)


SETTING = re.compile(
    r"^\s*(?:background|(?:statement of )?(?:the )?facts?(?![\w-]|\s+(?!and\b|of\b)\w)|"
    r"factual background|procedural "
    r"(?:history|background)|legal standards?|standard of review|applicable law|"
    r"latar belakang|dasar hukum)\b",
    re.IGNORECASE,
)


PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d+|[IVX]+|[A-Z])[.)]\s+")


_CHECKED_BOX = re.compile(r"\[\s*[xX✓✔]\s*\]")
_CONTAINERS = re.compile(r"^\s*(?:argument|arguments|discussion|analysis|pembahasan)\s*$", re.I)


@dataclass(frozen=True)
class OrderText:
    """An order's segments and sentences, ready to be read."""

    document: DocumentId
    segments: Sequence[SegmentInfo]
    locator: SentenceLocator

    def section_sentences(self, section: SegmentId) -> list[Sentence]:
        """Sentences of a section and all its sub-sections, in document order."""
        inside = descendants(self.segments, section)
        return [
            sentence
            for segment in self.segments
            if segment.id in inside and segment.kind is not SegmentKind.FOOTNOTE
            for sentence in self.locator.sentences(segment)
        ]

    def section_text(self, section: SegmentId) -> str:
        """Headings and text of a section and its sub-sections."""
        inside = descendants(self.segments, section)
        return " ".join(f"{s.heading} {s.text}" for s in self.segments if s.id in inside)

    def all_sentences(self) -> list[Sentence]:
        return [s for seg in self.segments for s in self.locator.sentences(seg)]


def argument_units(segments: Sequence[SegmentInfo]) -> list[SegmentInfo]:
    """The headings of a brief that make arguments (not its introduction, facts, conclusion)."""
    by_id = {s.id: s for s in segments}
    units: list[SegmentInfo] = []
    for segment in segments:
        if segment.kind is not SegmentKind.HEADING or _CONTAINERS.match(segment.heading):
            continue
        path = ancestors(segment, by_id)
        if any(NOT_ARGUMENT.match(h.heading or h.label) for h in [segment, *path]):
            continue
        units.append(segment)
    return units


def ruling_sentences(order: OrderText, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that may rule: not bare headings, not those under a background, facts or
    legal-standard heading, nor in a paragraph that opens with one ("2. Legal standard. …")."""
    by_id = {s.id: s for s in order.segments}
    kept = []
    for sentence in sentences:
        segment = by_id.get(sentence.segment)
        if segment is None:
            continue
        if _bare_heading(segment):
            continue
        chain = [segment, *ancestors(segment, by_id)]
        # a heading of a few words; a long one is a numbered paragraph read as a heading
        heads = [h.heading for h in chain if h.heading and len(h.heading.split()) <= 8]
        heads.append(PARAGRAPH_NUMBER.sub("", segment.text))
        if not any(SETTING.match(h) for h in heads):
            kept.append(sentence)
    return kept


def _bare_heading(segment: SegmentInfo) -> bool:
    """A short heading with no text of its own ("A. Likelihood of Success"): it names a topic,
    it rules on nothing; a form order's line of boxes with one checked ("[ ] GRANTED [X]
    DENIED") rules."""
    own = segment.text.strip()
    return (
        segment.kind is SegmentKind.HEADING
        and len(segment.heading.split()) <= 8
        and (not own or own == segment.heading.strip())
        and not _CHECKED_BOX.search(segment.heading)
    )


def segments_inside(
    segments: Sequence[SegmentInfo], sections: Sequence[SegmentId]
) -> set[SegmentId]:
    """The segments of the given sections and their sub-sections."""
    return set().union(*(descendants(segments, section) for section in sections))


def descendants(segments: Sequence[SegmentInfo], root: SegmentId) -> set[SegmentId]:
    """A section and all its sub-sections."""
    inside = {root}
    for segment in segments:  # document order: a parent comes before its children
        if segment.parent in inside:
            inside.add(segment.id)
    return inside
