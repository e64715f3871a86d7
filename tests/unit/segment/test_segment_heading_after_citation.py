"""A numbered heading right after a paragraph that ends in a citation, a record cite or a
quotation (no terminal period) starts a heading of its own (fictional briefs)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing


def segments(text: str) -> list[tuple[str, str, str]]:
    page = Page(1, text, lines_of(text))
    meta = FilingMeta(role=Role.OPPOSITION)
    result = segment_filing(Filing("x.txt", "0" * 64, "text", (page,), meta))
    return [(s.kind.value, s.label, s.heading or s.text) for s in result.segments]


def brief(ending: str, heading: str, gap: str) -> str:
    return (
        "ARGUMENT\n"
        "I. THE ORDINANCE IS A VALID EXERCISE OF THE POLICE POWER\n"
        "The Wellsford ordinance regulates where kiosks may stand, not what they may say,\n"
        "and a rule of that kind stands when it serves a real interest, as the Eighth\n"
        f"Circuit held of a nearly identical rule. {ending}\n"
        f"{gap}{heading}\n"
        "The harms the Vendors allege are the costs of moving a kiosk twenty feet.\n"
    )


ENDINGS = [
    "Dunmore Cnty. v. Pell, 998 F.3d 1123, 1130 (8th Cir. 2021)",  # citation parenthetical
    "See Decl. of R. Abernathy ¶ 14; Compl. ¶¶ 22-23",  # record cites
    "Tr. 41:3-9; Dkt. No. 57 at 4",
    "The rule reaches only “placement within the right of way”",  # closing quotation
]


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize("ending", ENDINGS)
def test_a_heading_after_an_unpunctuated_paragraph_end(ending: str, gap: str) -> None:
    got = segments(brief(ending, "II. THE BALANCE OF HARMS FAVORS THE CITY", gap))
    heads = [(label, body) for kind, label, body in got if kind == "heading"]
    assert heads[-1] == ("II", "THE BALANCE OF HARMS FAVORS THE CITY")
    paragraphs = [body for kind, _, body in got if kind == "paragraph"]
    assert paragraphs[0].endswith(ending)
    assert paragraphs[1].startswith("The harms the Vendors allege")


def test_a_title_case_heading_after_a_citation() -> None:
    got = segments(brief(ENDINGS[0], "II. The Balance of Harms Favors the City", ""))
    heads = [(label, body) for kind, label, body in got if kind == "heading"]
    assert heads[-1] == ("II", "The Balance of Harms Favors the City")


@pytest.mark.parametrize(
    "line",
    [
        # the numbering does not continue the outline ("IV." after "I.")
        "IV. THE BALANCE OF HARMS FAVORS THE CITY",
        # a sentence going on, not a heading in capitals or title case
        "II. at 1131, where the court went on to weigh the harms of moving a kiosk",
    ],
)
def test_a_line_that_is_no_heading_goes_on_with_the_paragraph(line: str) -> None:
    got = segments(brief(ENDINGS[0], line, ""))
    assert [label for kind, label, _ in got if kind == "heading"] == ["ARGUMENT", "I"]


def test_a_wrapped_sentence_after_a_citation_stays_one_paragraph() -> None:
    """A line opening "A." after a citation's parenthetical goes on with the sentence when
    the outline has no place for it (the paragraph sits under "I.", no "A." yet given a
    heading in capitals)."""
    text = brief(ENDINGS[0], "A. Pell's reasoning applies with full force here, as the", "")
    got = segments(text)
    assert [label for kind, label, _ in got if kind == "heading"] == ["ARGUMENT", "I"]
