"""Real briefs whose table of contents corrects their outline: listed headings the body sets
as quotes are headings at the table's level, deposition colloquy quoted in the facts is no
top heading, and the table's warnings that pointed at those errors are gone.

Expectations written from the page images of each filing's contents and body.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.core.model import Filing, Segmentation, SegmentKind
from lawdiff.segment import segment_filing

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

ABANTE = "abante-rooter-v-total-merchant"


def segmented(corpus_dir: Path, load: Callable[[Path], Filing], rel: str) -> Segmentation:
    return segment_filing(load(corpus_dir / rel))


def outline(result: Segmentation) -> list[tuple[str, str]]:
    """(label, parent label) of each heading."""
    segments = result.segments
    return [
        (s.label, segments[s.parent].label if s.parent is not None else "")
        for s in segments
        if s.kind == SegmentKind.HEADING
    ]


def toc_warnings(result: Segmentation) -> list[str]:
    return [w for w in result.warnings if "table of contents" in w]


def test_abante_reply_points_set_as_quotes_are_headings(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]
) -> None:
    result = segmented(
        corpus_dir, load_corpus_filing, f"{ABANTE}/dkt79-3_pl_reply_ISO_class_cert.pdf"
    )
    found = outline(result)
    argument = [(label, parent) for label, parent in found if label.startswith("II.")]
    assert argument == [
        ("II.A", "II"),
        ("II.B", "II"),
        ("II.C", "II"),
        ("II.C.1", "II.C"),
        ("II.C.2", "II.C"),
        ("II.C.3", "II.C"),
        ("II.D", "II"),
        ("II.E", "II"),
        ("II.F", "II"),
    ]
    assert toc_warnings(result) == []


def test_abante_motion_colloquy_is_quoted_not_a_heading(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]
) -> None:
    result = segmented(corpus_dir, load_corpus_filing, f"{ABANTE}/dkt75_pl_motion_class_cert.pdf")
    found = outline(result)
    memo = "MEMORANDUM OF POINTS AND AUTHORITIES"
    tops = [label for label, parent in found if not parent]
    assert tops == [memo]
    assert [(label, parent) for label, parent in found if parent == memo] == [
        ("I", memo),
        ("II", memo),
        ("III", memo),
        ("IV", memo),
    ]
    witness = [s for s in result.segments if s.text.startswith("THE WITNESS: No")]
    assert [s.kind for s in witness] == [SegmentKind.QUOTE]
    assert toc_warnings(result) == []


def test_whatsapp_reply_sub_points_without_letters_nest_as_listed(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]
) -> None:
    rel = "whatsapp-v-nso/dkt144_pls_reply_ISO_motion_to_strike.pdf"
    result = segmented(corpus_dir, load_corpus_filing, rel)
    segments = result.segments
    levels = [s.level for s in segments if s.kind == SegmentKind.HEADING]
    assert levels == [0, 0, 1, 2, 2, 2, 1, 2, 2, 1, 0]
    relevant = next(s for s in segments if s.label == "PLAINTIFFS’ REQUESTED DISCOVERY IS RELEVANT")
    assert segments[relevant.parent or 0].label.startswith("THE REQUESTED DISCOVERY IS BOTH")
    assert toc_warnings(result) == []


@pytest.mark.parametrize(
    "rel",
    [
        "more/gov.uscourts.cand.303681.2479.0.pdf",
        "nantworks-v-bank-of-america/dkt50_boa_partial_MTD_FAC.pdf",
    ],
)
def test_contents_read_whole_leave_no_false_warnings(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing], rel: str
) -> None:
    # "iv. Obesity 25" and a page number alone on its line end their entries; sections a
    # table leaves out by custom (the notice, INTRODUCTION before "I.") are not warned of
    assert toc_warnings(segmented(corpus_dir, load_corpus_filing, rel)) == []


def test_nantworks_argument_is_not_nested_under_the_notice(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]
) -> None:
    # the notice's first line ("NOTICE OF MOTION AND MOTION TO THE COURT, …:") is the
    # notice's opening, kept in its part; the memorandum's points are top headings as listed
    rel = "nantworks-v-bank-of-america/dkt50_boa_partial_MTD_FAC.pdf"
    result = segmented(corpus_dir, load_corpus_filing, rel)
    assert [label for label, parent in outline(result) if not parent] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
    ]
    assert [part.title for part in result.parts][:1] == ["NOTICE OF MOTION"]
