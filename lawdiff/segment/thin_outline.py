"""A warning when a brief's argument outline is implausibly thin for its length.

A brief imported as text or PDF whose headings the segmenter did not read (a layout no rule
knows: headings indented by tabs, set in a numbering it has not seen) comes out as a few
sections of long text, and the rebuttal map built on it is coarse: every argument of the
other side is answered by one unit. The user should know, and check the headings.

The rule: a motion, opposition or reply of at least :data:`MIN_WORDS` words of text (about
four double-spaced pages) with at most :data:`MAX_HEADINGS` argument heading. An argument
heading is a heading segment that is no named section (introduction, statement of facts,
standard of review, the ARGUMENT umbrella, conclusion: :data:`NAMED_SECTIONS`).

Measured on the labelled sets (every brief-pair text of ``data/briefpairs`` and
``../shared/briefpairs``, and the motions, oppositions and replies of ``../shared/corpus``,
segmented with the rules of 2026-11-30): every brief the segmenter reads right has at least 2
argument headings (a 404-word Finjan opposition to a motion in limine), and every one of at
least 1,000 words at least 4. Two files trigger it: the Minnesota opposition whose tab-indented
headings are read as text (a known gap: 0 headings in 1,112 words) and ``more/test4.pdf``, a
third-party complaint read as a motion (0 in 1,543 words).
"""

from __future__ import annotations

from collections.abc import Sequence

from lawdiff.core.model import Filing, Role, SegmentDraft, SegmentKind
from lawdiff.segment import patterns

# A brief of at least this many words of text (headings aside) is long enough to be argued
# under headings: about four pages of a double-spaced brief.
MIN_WORDS = 1000
# … and is thin when it holds at most this many argument headings.
MAX_HEADINGS = 1
# Words of a double-spaced page, to give a text file's length in pages.
WORDS_PER_PAGE = 250
# Sections a brief names that argue nothing of their own.
NAMED_SECTIONS = (
    patterns.KNOWN_HEADING,
    patterns.UMBRELLA_HEADING,
    patterns.CLOSING_HEADING,
    patterns.STANDARD_HEADING,
    patterns.MEMORANDUM_HEADING,
)
BRIEFS = frozenset({Role.MOTION, Role.OPPOSITION, Role.REPLY})
READ_FROM_LAYOUT = frozenset({"text", "pdf"})


def argument_headings(segments: Sequence[SegmentDraft]) -> int:
    """How many heading segments are argument headings (no named section)."""
    return sum(
        1
        for s in segments
        if s.kind == SegmentKind.HEADING
        and not any(p.match((s.heading or s.label).upper()) for p in NAMED_SECTIONS)
    )


def thin_outline_warning(filing: Filing, segments: Sequence[SegmentDraft]) -> str | None:
    """The warning for a brief imported as text or PDF whose outline is thin for its length,
    naming the file; None for any other filing."""
    if filing.kind not in READ_FROM_LAYOUT or filing.meta.role not in BRIEFS:
        return None
    words = sum(len(s.text.split()) for s in segments if s.kind != SegmentKind.HEADING)
    found = argument_headings(segments)
    if words < MIN_WORDS or found > MAX_HEADINGS:
        return None
    # a text file with no page breaks is one page: its length is told by its words
    estimate = round(words / WORDS_PER_PAGE)
    pages = f"{filing.page_count}" if filing.page_count >= estimate else f"about {estimate}"
    count = "no argument heading" if found == 0 else "only 1 argument heading"
    return (
        f"{filing.source_name}: {count} found in {pages} pages; the outline may be misread "
        "— check the headings"
    )
