"""A brief in continuously numbered paragraphs under unnumbered headings on their own lines
(a bankruptcy motion's layout): each heading is a heading, each paragraph "¶ n" under it
(fictional motion)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing

CAPTION = (
    "UNITED STATES BANKRUPTCY COURT\n"
    "MIDDLE DISTRICT OF FLORIDA\n\n"
    "In re:\n"
    "DOCK STREET HOLDINGS, LLC,\n"
    "Debtor.\n\n"
    "Case No. 8:25-bk-01111\n\n"
    "BANK'S MOTION FOR RELIEF FROM THE AUTOMATIC STAY\n"
)
PARAGRAPHS = [
    "The Debtor owns one asset, a warehouse on Dock Street that secures the Bank's loan.",
    "The Court has jurisdiction under 28 U.S.C. § 1334, and venue is proper in this district.",
    "The Bank made the loan in 2021, and the Debtor stopped paying it in the spring of 2024.",
    "The Debtor filed its petition on the eve of the foreclosure sale set for that summer.",
    "The Bank asks the Court to lift the stay so that the foreclosure sale may go forward.",
    "Cause exists because the Debtor offers no adequate protection of any kind to the Bank.",
    "The collateral loses value every month while the Debtor pays nothing at all on the loan.",
    "The insurance on the warehouse lapsed in April, and the county taxes are unpaid as well.",
    "The Debtor has no equity in the warehouse, which is worth less than the debt it secures.",
    "Notice of this motion has been given to the Debtor and to the United States Trustee.",
    "No prior request for this relief has been made to this or to any other court at all.",
]
# heading lines above paragraph n (0-based), top-level or not
HEADINGS = {
    0: [("Preliminary Statement", 0)],
    1: [("Jurisdiction and Venue", 0)],
    2: [("Background", 0)],
    4: [("Relief Requested", 0)],
    5: [("Basis for Relief", 0), ("Cause Exists to Lift the Stay Under Section 362(d)(1)", 1)],
    7: [("The Debtor Failed to Insure the Warehouse", 1)],
    8: [("The Debtor Has No Equity in the Warehouse", 1)],
    9: [("Notice", 0)],
    10: [("No Prior Request", 0)],
}


def motion(blank_lines: bool, capitals: bool, wrapped: bool) -> str:
    rows: list[str] = []
    for index, paragraph in enumerate(PARAGRAPHS):
        for heading, _ in HEADINGS.get(index, []):
            rows.append(heading.upper() if capitals else heading)
        text = f"{index + 1}. {paragraph}"
        if wrapped:
            words = text.split()
            text = " ".join(words[:10]) + "\n" + " ".join(words[10:])
        rows.append(text)
    rows.append("WHEREFORE, the Bank asks the Court to lift the stay.")
    return CAPTION + "\n" + ("\n\n" if blank_lines else "\n").join(rows) + "\n"


def segments(text: str) -> list[tuple[str, str, str, int]]:
    page = Page(1, text, lines_of(text))
    result = segment_filing(
        Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    )
    return [(s.kind.value, s.label, s.heading or s.text, s.level) for s in result.segments]


LAYOUTS = [
    (True, False, False),
    (True, True, False),
    (True, False, True),
    (False, False, True),
    (False, True, True),
]


@pytest.mark.parametrize(("blank_lines", "capitals", "wrapped"), LAYOUTS)
def test_headings_and_numbered_paragraphs(blank_lines: bool, capitals: bool, wrapped: bool) -> None:
    got = segments(motion(blank_lines, capitals, wrapped))
    heads = [(text, level) for kind, _, text, level in got if kind == "heading"]
    wanted = [h for index in sorted(HEADINGS) for h in HEADINGS[index]]
    assert [text for text, _ in heads] == [text.upper() if capitals else text for text, _ in wanted]
    if not capitals:  # in capitals every heading reads as a top heading
        assert [level for _, level in heads] == [level for _, level in wanted]
    paragraphs = [(label, text) for kind, label, text, _ in got if label.startswith("¶")]
    assert [label for label, _ in paragraphs] == [f"¶ {n}" for n in range(1, 12)]
    # no heading is absorbed into a paragraph, and every paragraph keeps its own words
    for (_, text), expected in zip(paragraphs, PARAGRAPHS, strict=True):
        assert text.startswith(expected)


def test_each_paragraph_sits_under_the_heading_above_it() -> None:
    text = motion(blank_lines=True, capitals=False, wrapped=False)
    page = Page(1, text, lines_of(text))
    result = segment_filing(
        Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    )
    by_index = list(result.segments)
    parent_of = {
        s.label: by_index[s.parent].heading
        for s in by_index
        if s.label.startswith("¶") and s.parent is not None
    }
    assert parent_of["¶ 1"] == "Preliminary Statement"
    assert parent_of["¶ 5"] == "Relief Requested"
    assert parent_of["¶ 7"] == "Cause Exists to Lift the Stay Under Section 362(d)(1)"
    assert parent_of["¶ 11"] == "No Prior Request"
    assert not result.warnings
