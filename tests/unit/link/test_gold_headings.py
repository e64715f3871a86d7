"""Gold headings of real filings found in an import (lawdiff.evaluation.linkpairs)."""

from __future__ import annotations

from lawdiff.core.model import SegmentKind
from lawdiff.evaluation.linkpairs import _as_text, _match_headings, outline_segments
from lawdiff.link import build_units
from tests.unit.link.linkfactory import seg


def test_a_misread_heading_is_found_by_its_number_and_most_of_its_words() -> None:
    part = seg(1, "III", "ARGUMENT", heading="ARGUMENT")
    misread = seg(
        1,
        "A",
        "NN Lump Sum Payments {om Are ee",
        heading="NN Lump Sum Payments {om Are ee",
        parent=part,
    )
    body = seg(1, "", "The settlement amount is relevant to damages.", parent=misread)
    other = seg(
        1,
        "B",
        "Aggregate Revenue Is Admissible",
        heading="Aggregate Revenue Is Admissible",
        parent=part,
    )
    found = _match_headings(
        [
            "A. Lump Sum Payments from the [redacted] Are Admissible",
            "C. Lump Sum Payments Are Admissible",  # same words, another number: not this one
        ],
        [part, misread, body, other],
    )
    assert found["A. Lump Sum Payments from the [redacted] Are Admissible"] == misread.id
    assert found["C. Lump Sum Payments Are Admissible"] is None


HEADING = "Plaintiff And Its Counsel Will Continue To Adequately Represent The Class"


def test_a_heading_merged_into_a_paragraph_gets_its_own_segment_in_the_json_variant() -> None:
    part = seg(1, "II", "ARGUMENT", heading="ARGUMENT")
    merged = seg(
        1,
        "",
        "The argument fails, as TMS argues. D.\tPlaintiff And Its Counsel Will Continue To "
        "Adequately Represent The Class. TMS next claims that Plaintiff is inadequate.",
        parent=part,
    )
    outline = [
        {"heading": "II. ARGUMENT", "level": 1},
        {"heading": f"D. {HEADING}", "level": 2},
    ]
    segments = outline_segments(_as_text([part, merged], outline), outline, 1)
    units = build_units(segments)
    assert [u.heading for u in units] == ["ARGUMENT", HEADING]
    # "argument" in the paragraph, in lower case, is not the ARGUMENT heading
    assert "The argument fails" in units[0].text
    assert "TMS next claims" in units[1].text
    assert segments[-1].kind is SegmentKind.PARAGRAPH
