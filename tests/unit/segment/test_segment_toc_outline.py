"""The table of contents as a check on the outline (fictional briefs typeset like PDF imports):
it confirms a listed heading the other rules miss, vetoes a top heading in capitals it does not
list (deposition colloquy quoted in the facts), nests unnumbered entries by their indent, and
changes nothing in a brief without one."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Page, SegmentKind
from lawdiff.core.text import DocumentText, lines_of
from lawdiff.segment import segment_filing
from lawdiff.segment.lines import text_lines
from lawdiff.segment.toc import parse_toc
from lawdiff.segment.walker.contents import ContentsHeadings
from tests.textfilings import BODY, typeset_filing, typeset_outline

LONG_C = (
    "C. Plaintiff's Remaining Theories Of Recovery, Including Promissory Estoppel,",
    "Unjust Enrichment, Quantum Meruit, And Breach Of An Implied Contract, Fail",
    "Because Each Of Them Depends On A Promise That Defendant Never Made And On",
    "Reliance That Was Never Reasonable Under Any Of The Circumstances Alleged",
)

CONTENTS = "\n".join(
    (
        "*TABLE OF CONTENTS",
        "*I. INTRODUCTION ............................................ 1",
        "*II. ARGUMENT ............................................... 1",
        "*>A. The Contract Was Never Formed .......................... 1",
        "*>B. The Statute Of Frauds Bars Enforcement ................. 2",
        f"*>{LONG_C[0]}",
        *(f"*>>{line}" for line in LONG_C[1:-1]),
        f"*>>{LONG_C[-1]} ........ 3",
        "*>D. The Damages Claimed Are Speculative .................... 4",
        "*III. CONCLUSION ............................................ 5",
        "",
    )
)


def body(*parts: str) -> str:
    """Typeset parts: a heading in bold (its wrapped lines joined by newlines) is followed by
    a paragraph of flush body text; other parts stand as given."""
    out: list[str] = []
    for part in parts:
        out.append(part)
        if part.startswith("*"):
            out.append(BODY)
    return "\n".join(out) + "\n"


ARGUMENT = body(
    "*I. INTRODUCTION",
    "*II. ARGUMENT",
    "*>A. The Contract Was Never Formed.",
    "*>B. The Statute Of Frauds Bars Enforcement.",
    "\n".join((f"*>{LONG_C[0]}", *(f"*>>{line}" for line in LONG_C[1:-1]), f"*>>{LONG_C[-1]}.")),
    "*>D. The Damages Claimed Are Speculative.",
    "*III. CONCLUSION",
)


def labels(text: str) -> list[tuple[str, int]]:
    return [(label, level) for label, _, level in typeset_outline(text)]


def test_a_listed_heading_the_rules_miss_is_confirmed_at_the_tables_level() -> None:
    # four long lines are too long for a heading by the rules alone: without the table
    # C is lost and D, which cannot follow B, with it
    bare = labels(ARGUMENT)
    assert ("II.C", 1) not in bare and ("II.D", 1) not in bare
    listed = labels(CONTENTS + ARGUMENT)
    assert listed == [
        ("I", 0),
        ("II", 0),
        ("II.A", 1),
        ("II.B", 1),
        ("II.C", 1),
        ("II.D", 1),
        ("III", 0),
    ]
    result = segment_filing(typeset_filing(CONTENTS + ARGUMENT))
    heading_c = next(s for s in result.segments if s.label == "II.C")
    assert heading_c.heading.endswith("Under Any Of The Circumstances Alleged.")
    assert result.warnings == ()


def test_a_line_that_only_resembles_an_entry_is_not_confirmed() -> None:
    # the body's C is about something else: the table vouches for no heading there
    other = ARGUMENT.replace("Promissory Estoppel", "Fraud, Conversion, Trespass To Chattels")
    other = other.replace("Unjust Enrichment, Quantum Meruit", "Interference, Negligence")
    assert ("II.C", 1) not in labels(CONTENTS + other)


COLLOQUY = body(
    "*I. INTRODUCTION",
    "*II. STATEMENT OF FACTS",
    ">Q. Did the company keep any record of consent?",
    ">MR. JONES: Objection to form.",
    ">THE WITNESS: No.",
    ">BY MR. SMITH:",
    ">Q. None at all?",
    ">A. None.",
    "*III. ARGUMENT",
    "*>A. The Class Is Ascertainable.",
    "*IV. CONCLUSION",
)

COLLOQUY_CONTENTS = "\n".join(
    (
        "*TABLE OF CONTENTS",
        "*I. INTRODUCTION ............................................ 1",
        "*II. STATEMENT OF FACTS ...................................... 1",
        "*III. ARGUMENT .............................................. 2",
        "*>A. The Class Is Ascertainable ............................. 2",
        "*IV. CONCLUSION ............................................. 3",
        "",
    )
)


def test_quoted_colloquy_is_no_top_heading_when_the_table_lists_the_top_level() -> None:
    # without a table the speaker lines in capitals read as a top heading, as before, and
    # ARGUMENT nests under it
    bare = typeset_outline(COLLOQUY)
    assert any(label.startswith("THE WITNESS: NO") and level == 0 for label, _, level in bare)
    assert ("III", "ARGUMENT", 1) in bare
    listed = typeset_outline(COLLOQUY_CONTENTS + COLLOQUY)
    assert [(label, level) for label, _, level in listed] == [
        ("I", 0),
        ("II", 0),
        ("III", 0),
        ("III.A", 1),
        ("IV", 0),
    ]
    segments = segment_filing(typeset_filing(COLLOQUY_CONTENTS + COLLOQUY)).segments
    witness = next(s for s in segments if s.text.startswith("THE WITNESS: No."))
    assert witness.kind == SegmentKind.QUOTE


def test_known_top_headings_the_table_leaves_out_stay() -> None:
    # the memorandum's title is not listed by custom; nor is it vetoed, nor warned of
    text = COLLOQUY_CONTENTS + body("*MEMORANDUM OF POINTS AND AUTHORITIES") + COLLOQUY
    result = segment_filing(typeset_filing(text))
    heads = [s.label for s in result.segments if s.kind == SegmentKind.HEADING]
    assert heads[0] == "MEMORANDUM OF POINTS AND AUTHORITIES"
    assert not any("MEMORANDUM" in warning for warning in result.warnings)


NESTED_CONTENTS = "\n".join(
    (
        "TABLE OF CONTENTS",
        "INTRODUCTION ................................................ 1",
        "ARGUMENT .................................................... 2",
        ">DISCOVERY SHOULD PROCEED DURING THE APPEAL ................. 2",
        ">>The Appeal Raises Only Limited Legal Questions ............ 3",
        ">>The Claimed Immunity Is No Protection From Suit ........... 5",
        ">THE DISCOVERY SOUGHT IS RELEVANT AND PROPORTIONAL .......... 8",
        "CONCLUSION .................................................. 9",
        "",
    )
)

# the word processor dropped the sub-points' letters: set indented, in roman type
NESTED = "\n".join(
    (
        "INTRODUCTION",
        BODY,
        "ARGUMENT",
        ">DISCOVERY SHOULD PROCEED DURING THE APPEAL",
        BODY,
        ">>The Appeal Raises Only Limited Legal Questions",
        BODY,
        ">>The Claimed Immunity Is No Protection From Suit",
        BODY,
        ">THE DISCOVERY SOUGHT IS RELEVANT AND PROPORTIONAL",
        BODY,
        "CONCLUSION",
        BODY,
        "",
    )
)


def test_unnumbered_entries_nest_by_indent_and_confirm_their_headings() -> None:
    bare = typeset_outline(NESTED)
    assert "THE APPEAL RAISES ONLY LIMITED LEGAL QUESTIONS" not in [s[0] for s in bare]
    listed = typeset_outline(NESTED_CONTENTS + NESTED)
    assert [(label, level) for label, _, level in listed] == [
        ("INTRODUCTION", 0),
        ("ARGUMENT", 0),
        ("DISCOVERY SHOULD PROCEED DURING THE APPEAL", 1),
        ("THE APPEAL RAISES ONLY LIMITED LEGAL QUESTIONS", 2),
        ("THE CLAIMED IMMUNITY IS NO PROTECTION FROM SUIT", 2),
        ("THE DISCOVERY SOUGHT IS RELEVANT AND PROPORTIONAL", 1),
        ("CONCLUSION", 0),
    ]
    assert segment_filing(typeset_filing(NESTED_CONTENTS + NESTED)).warnings == ()


def test_a_brief_without_a_table_segments_as_without_these_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = (ARGUMENT, COLLOQUY, NESTED)
    with_rules = [segment_filing(typeset_filing(text)) for text in texts]
    monkeypatch.setattr(ContentsHeadings, "_listed_heading", lambda self, line: None)
    monkeypatch.setattr(ContentsHeadings, "_unlisted_top", lambda self, line: False)
    without = [segment_filing(typeset_filing(text)) for text in texts]
    assert with_rules == without
    # and the rules do act where a table is present
    listed = segment_filing(typeset_filing(CONTENTS + ARGUMENT))
    assert "II.C" not in [s.label for s in listed.segments]


def toc_entries(text: str) -> list[tuple[str, str, str]]:
    page = Page(1, text, lines_of(text))
    lines = text_lines(DocumentText((page,)))
    return [(e.label, e.parent, e.title) for e in parse_toc(lines)]


def test_an_entry_ends_at_a_bare_page_number() -> None:
    # "iv. Obesity 25" has no leader, and a page number may sit alone on its line
    entries = toc_entries(
        "A. Other Causes Were Ruled Out ....... 20\n"
        "i. Hepatitis ........ 21\n"
        "ii. Age ........ 22\n"
        "iii. Smoking ........ 23\n"
        "iv. Obesity 25\n"
        "v. Radiation ........ 26\n"
        "B. New Opinions Are Barred\n"
        "28\n"
        "i. Only General Causation Experts May Offer Them ....... 29\n"
    )
    assert entries[4:] == [
        ("A.iv", "A", "Obesity"),
        ("A.v", "A", "Radiation"),
        ("B", "", "New Opinions Are Barred"),
        ("B.i", "B", "Only General Causation Experts May Offer Them"),
    ]


def test_the_table_keeps_the_capital_headings_it_lists_and_vetoes_the_others() -> None:
    # a line in capitals the table lists is kept though no known heading; one it leaves out
    # is vetoed, as the table is trusted over the look of the line
    contents = "\n".join(
        (
            "*TABLE OF CONTENTS",
            "*INTRODUCTION ............................................... 1",
            "*THE LEASE AND ITS RENEWAL ................................... 2",
            "*CONCLUSION ................................................. 3",
            "",
        )
    )
    text = body(
        "*INTRODUCTION", "*THE LEASE AND ITS RENEWAL", "*THE TENANT'S DEFAULT", "*CONCLUSION"
    )
    assert [label for label, _, _ in typeset_outline(text)] == [
        "INTRODUCTION",
        "THE LEASE AND ITS RENEWAL",
        "THE TENANT'S DEFAULT",
        "CONCLUSION",
    ]
    assert [label for label, _, _ in typeset_outline(contents + text)] == [
        "INTRODUCTION",
        "THE LEASE AND ITS RENEWAL",
        "CONCLUSION",
    ]
