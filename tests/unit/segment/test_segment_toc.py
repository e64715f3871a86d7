"""Tables of contents: dash leaders, the table of authorities listed in them, and a
cross-check that warns only when a listed heading is really missing (fictional briefs)."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing

BODY = """INTRODUCTION
Acme asks for extraordinary relief. It is not entitled to it.
ARGUMENT
A. Acme Is Unlikely to Succeed on Its Contract Claim.
The agreement allowed Globex to end service on notice.
B. Acme Shows No Irreparable Harm.
Money can repair whatever harm Acme suffers.
CONCLUSION
The motion should be denied."""


def filing(*texts: str) -> Filing:
    pages = tuple(Page(number=i + 1, text=t, lines=lines_of(t)) for i, t in enumerate(texts))
    return Filing("brief.txt", "0" * 64, "text", pages, FilingMeta(role=Role.OPPOSITION))


def test_dash_leaders_make_a_table_not_headings() -> None:
    toc = """TABLE OF CONTENTS
INTRODUCTION ------------------------------ 1
ARGUMENT ---------------------------------- 1
A. Acme Is Unlikely to Succeed on Its Contract Claim ------ 1
B. Acme Shows No Irreparable Harm --------- 2
CONCLUSION -------------------------------- 2"""
    result = segment_filing(filing(toc, BODY))
    heads = [s.label for s in result.segments if s.kind == SegmentKind.HEADING]
    assert heads == ["INTRODUCTION", "ARGUMENT", "A", "B", "CONCLUSION"]
    assert result.warnings == ()


def test_numbered_contents_match_unnumbered_body_headings_by_title() -> None:
    toc = """TABLE OF CONTENTS
TABLE OF AUTHORITIES .......................... ii
I. INTRODUCTION ............................... 1
II. ARGUMENT .................................. 1
A. Acme Is Unlikely to Succeed on Its Contract Claim ........ 1
B. Acme Shows No Irreparable Harm ............. 2
III. CONCLUSION ............................... 2
TABLE OF AUTHORITIES
Cases
Smith v. Jones, 1 F.4th 1 (9th Cir. 2021) ......... 2"""
    result = segment_filing(filing(toc, BODY))
    assert result.warnings == ()


def test_a_heading_really_missing_is_still_warned() -> None:
    toc = """TABLE OF CONTENTS
INTRODUCTION .................................. 1
ARGUMENT ...................................... 1
A. Acme Is Unlikely to Succeed on Its Contract Claim ........ 1
B. Acme Shows No Irreparable Harm ............. 2
C. The Balance of Hardships Favors Globex ..... 2
CONCLUSION .................................... 2"""
    result = segment_filing(filing(toc, BODY))
    assert len(result.warnings) == 1
    assert "C (under ARGUMENT)" in result.warnings[0]


def test_levels_the_table_does_not_list_are_not_warned() -> None:
    toc = """TABLE OF CONTENTS
INTRODUCTION .................................. 1
ARGUMENT ...................................... 1
CONCLUSION .................................... 2"""
    result = segment_filing(filing(toc, BODY))
    assert [s.label for s in result.segments if s.kind == SegmentKind.HEADING][:3] == [
        "INTRODUCTION",
        "ARGUMENT",
        "A",
    ]
    # A and B sit one level below anything the table lists: no "not in the table" warning
    assert result.warnings == ()
    # a top heading the table leaves out is still reported
    extra = BODY.replace("CONCLUSION", "STATEMENT OF FACTS\nGlobex sent notice.\nCONCLUSION")
    warned = segment_filing(filing(toc, extra)).warnings
    assert warned == ("heading STATEMENT OF FACTS is not in the table of contents",)
