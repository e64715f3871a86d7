"""The rule-based segmenter on small fictional filings."""

from __future__ import annotations

from dataclasses import replace

from lawdiff.core.model import (
    Filing,
    FilingMeta,
    Line,
    Page,
    Role,
    Segmentation,
    SegmentDraft,
    SegmentKind,
)
from lawdiff.core.text import DocumentText, lines_of
from lawdiff.segment import Segmenter, segment_filing


def filing(*texts: str, role: Role = Role.OTHER) -> Filing:
    """A filing with one page per text (fictional wording only)."""
    pages = tuple(Page(number=i + 1, text=t, lines=lines_of(t)) for i, t in enumerate(texts))
    return Filing("sample.txt", "0" * 64, "text", pages, FilingMeta(role=role))


COMPLAINT_CAPTION = """UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF NOWHERE
ACME WIDGETS LLC,
Plaintiff,
v.
GLOBEX CLOUD INC.,
Defendant.
COMPLAINT FOR DAMAGES
JURY TRIAL DEMANDED"""

COMPLAINT_BODY = """NATURE OF THE ACTION
1. Acme sells widgets to small shops across the valley.
2. Globex ended the hosting contract without the notice it
promised in the agreement.
PARTIES
3. Acme is a limited liability company.
18 4. Globex is a corporation that hosts web shops.
COUNT I – Breach of Contract
(Against Globex)
5. Acme realleges the paragraphs above.
6. Globex breached section 4 of the agreement.
COUNT II – Violation of Section 1 of the Sherman Act
8. Globex agreed with others to boycott Acme.
8. The boycott harmed competition in the valley.
PRAYER FOR RELIEF
WHEREFORE, Acme asks for damages.
Dated: May 1, 2024
/s/ Pat Lawyer
Counsel for Acme
CERTIFICATE OF SERVICE
I served this complaint by mail."""


def labels(seg_filing: Filing) -> list[tuple[str, str, str | None]]:
    result = segment_filing(seg_filing)
    by_index = {s.index: s for s in result.segments}
    return [
        (s.kind.value, s.label, by_index[s.parent].label if s.parent is not None else None)
        for s in result.segments
    ]


def test_complaint_paragraphs_counts_and_headings() -> None:
    got = labels(filing(COMPLAINT_CAPTION, COMPLAINT_BODY, role=Role.COMPLAINT))
    assert got == [
        ("heading", "NATURE OF THE ACTION", None),
        ("paragraph", "¶ 1", "NATURE OF THE ACTION"),
        ("paragraph", "¶ 2", "NATURE OF THE ACTION"),
        ("heading", "PARTIES", None),
        ("paragraph", "¶ 3", "PARTIES"),
        ("paragraph", "¶ 4", "PARTIES"),
        ("count", "COUNT I", None),
        ("paragraph", "¶ 5", "COUNT I"),
        ("paragraph", "¶ 6", "COUNT I"),
        ("count", "COUNT II", None),
        ("paragraph", "¶ 8", "COUNT II"),
        ("paragraph", "¶ 8", "COUNT II"),
        ("heading", "PRAYER FOR RELIEF", None),
        ("paragraph", "", "PRAYER FOR RELIEF"),
    ]


def test_complaint_details() -> None:
    result = segment_filing(filing(COMPLAINT_CAPTION, COMPLAINT_BODY, role=Role.COMPLAINT))
    seg = {s.label: s for s in result.segments}
    assert seg["¶ 2"].text == (
        "Globex ended the hosting contract without the notice it promised in the agreement."
    )
    assert seg["¶ 4"].text.startswith("Globex is a corporation")  # margin number "18" dropped
    assert seg["COUNT I"].heading == "Breach of Contract (Against Globex)"
    assert seg["COUNT II"].heading == "Violation of Section 1 of the Sherman Act"
    assert (seg["¶ 2"].span.start_page, seg["¶ 2"].span.start_line) == (2, 3)
    assert (seg["¶ 2"].span.end_page, seg["¶ 2"].span.end_line) == (2, 4)
    assert result.warnings == ("¶ 6 is followed by ¶ 8", "¶ 8 is followed by ¶ 8")
    assert not any("Pat Lawyer" in s.text or "served" in s.text for s in result.segments)


def test_paragraphs_found_without_role_when_numbered_in_sequence() -> None:
    body = "\n".join(f"{n}. Allegation number {n} is made here." for n in range(1, 13))
    result = segment_filing(filing(body))
    assert [s.label for s in result.segments] == [f"¶ {n}" for n in range(1, 13)]


BRIEF = """TABLE OF CONTENTS
INTRODUCTION ........................................ 1
ARGUMENT ............................................ 2
I. THE COURT SHOULD DENY THE TEMPORARY
RESTRAINING ORDER .............................. 2
A. Acme Is Unlikely to Succeed on Its Contract
Claim ................................................. 2
B. Acme Shows No Irreparable Harm ............... 3
CONCLUSION .......................................... 4
INTRODUCTION
Acme asks for extraordinary relief. It is not entitled to it.
ARGUMENT
I. THE COURT SHOULD DENY THE TEMPORARY
RESTRAINING ORDER.
A. Acme Is Unlikely to Succeed on Its Contract
Claim.
The agreement allowed Globex to end service on notice. Globex gave that notice in a letter
to Acme that nobody disputes.
Acme also says the letter came late. It did not.
B. Acme Shows No Irreparable Harm.
Money can repair whatever harm Acme suffers.
A. That is what the witness said.
CONCLUSION
The motion should be denied.
Respectfully submitted,
/s/ Sam Counsel"""


def test_brief_outline_and_body_paragraphs() -> None:
    got = labels(filing(BRIEF, role=Role.OPPOSITION))
    assert got == [
        ("heading", "INTRODUCTION", None),
        ("paragraph", "", "INTRODUCTION"),
        ("heading", "ARGUMENT", None),
        ("heading", "I", "ARGUMENT"),
        ("heading", "I.A", "I"),
        ("paragraph", "", "I.A"),
        ("paragraph", "", "I.A"),
        ("heading", "I.B", "I"),
        ("paragraph", "", "I.B"),
        ("heading", "CONCLUSION", None),
        ("paragraph", "", "CONCLUSION"),
    ]


def test_brief_heading_text_and_levels() -> None:
    result = segment_filing(filing(BRIEF, role=Role.OPPOSITION))
    heads = {s.label: s for s in result.segments if s.kind == SegmentKind.HEADING}
    assert heads["I"].heading == "THE COURT SHOULD DENY THE TEMPORARY RESTRAINING ORDER."
    assert heads["I.A"].heading == "Acme Is Unlikely to Succeed on Its Contract Claim."
    assert heads["I.A"].text == heads["I.A"].heading
    assert [heads[k].level for k in ("ARGUMENT", "I", "I.A", "I.B")] == [0, 1, 2, 2]
    assert result.warnings == ()


def test_toc_disagreement_is_warned() -> None:
    text = BRIEF.replace("B. Acme Shows No Irreparable Harm.\n", "B. Acme Shows No Harm at All.\n")
    result = segment_filing(filing(text, role=Role.OPPOSITION))
    assert len(result.warnings) == 1
    assert "I.B (under I)" in result.warnings[0]


def test_hints_footnotes_and_quotes() -> None:
    text = "\n".join(
        [
            "ARGUMENT",
            "The contract controls.1 Its words are plain:",
            "The provider may end service on thirty days notice.",
            "for any reason at all.",
            "Nothing more was needed.",
            "1 The contract is Exhibit A.",
        ]
    )
    base = lines_of(text)
    hints = [
        {},
        {},
        {"indent": 40.0},
        {"indent": 40.0},
        {"indent": 20.0},
        {"footnote": True},
    ]
    lines = tuple(
        Line(start=b.start, end=b.end, number=b.number, **h)
        for b, h in zip(base, hints, strict=True)
    )
    pages = (Page(number=1, text=text, lines=lines),)
    result = segment_filing(Filing("b.pdf", "0" * 64, "pdf", pages, FilingMeta(role=Role.MOTION)))
    kinds = [(s.kind.value, s.label) for s in result.segments]
    assert kinds == [
        ("heading", "ARGUMENT"),
        ("paragraph", ""),
        ("quote", ""),
        ("paragraph", ""),
        ("footnote", "n.1"),
    ]
    note = result.segments[-1]
    assert note.parent == 1 and note.text == "The contract is Exhibit A."


class _OneBlock:
    """A trivial segmenter: the whole text as one paragraph, with what it was told."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, FilingMeta]] = []

    def segment(self, text: DocumentText, meta: FilingMeta) -> Segmentation:
        self.seen.append((text.text, meta))
        span = text.span(0, len(text))
        draft = SegmentDraft(0, None, SegmentKind.PARAGRAPH, "", "", text.text, span)
        return Segmentation((draft,), ("one block",))


def test_segmenter_can_be_swapped() -> None:
    custom = _OneBlock()
    chosen: Segmenter = custom
    brief = filing(BRIEF, role=Role.MOTION)
    result = segment_filing(brief, chosen)
    assert [(s.kind, s.text) for s in result.segments] == [(SegmentKind.PARAGRAPH, BRIEF)]
    assert result.warnings == ("one block",)
    assert custom.seen == [(BRIEF, brief.meta)]
    assert len(segment_filing(brief).segments) > 1  # the rule-based one, when none is given


def test_empty_filing() -> None:
    assert segment_filing(filing("")).segments == ()
    assert segment_filing(filing("   \n\n ")).segments == ()


def test_a_line_ingest_marked_furniture_is_skipped() -> None:
    footer = "CASE NO. 1:24-CV-0001 - {} - OPPOSITION"
    texts = [f"ARGUMENT\nThe claim fails.\n{footer.format(1)}", f"CONCLUSION\n{footer.format(2)}"]

    def page(number: int, text: str, marked: bool) -> Page:
        lines = lines_of(text)
        last = replace(lines[-1], furniture=marked)
        return Page(number, text, (*lines[:-1], last))

    def headings(marked: bool) -> list[str]:
        pages = tuple(page(i + 1, t, marked) for i, t in enumerate(texts))
        result = segment_filing(Filing("x.txt", "0" * 64, "text", pages, FilingMeta()))
        return [s.text for s in result.segments]

    assert not any("CASE NO." in text for text in headings(marked=True))
    # the segmenter does not decide what is furniture: unmarked, the line is text
    assert any("CASE NO." in text for text in headings(marked=False))


def test_first_line_indent_starts_a_paragraph_not_a_quote() -> None:
    text = "\n".join(
        [
            "ARGUMENT",
            "The provider cut service on a Friday night with",
            "one day of notice, though the contract asks for thirty.",
            "The customer had cured every complaint it received, and",
            "the provider never said otherwise.",
        ]
    )
    hints = [{}, {"indent": 36.0}, {}, {"indent": 36.0}, {}]
    lines = tuple(
        Line(start=b.start, end=b.end, number=b.number, **h)
        for b, h in zip(lines_of(text), hints, strict=True)
    )
    pages = (Page(number=1, text=text, lines=lines),)
    result = segment_filing(Filing("b.pdf", "0" * 64, "pdf", pages, FilingMeta(role=Role.MOTION)))
    assert [(s.kind.value, s.span.start_line, s.span.end_line) for s in result.segments] == [
        ("heading", 1, 1),
        ("paragraph", 2, 3),
        ("paragraph", 4, 5),
    ]


def test_full_indented_line_ending_in_an_abbreviation_runs_on() -> None:
    first = "The customer's argument treats a suspension as a termination. Mot."
    text = "\n".join(
        ["ARGUMENT", first, "at 7. The contract treats them differently, as", "its words show."]
    )
    hints = [{}, {"indent": 36.0}, {}, {}]
    lines = tuple(
        Line(start=b.start, end=b.end, number=b.number, **h)
        for b, h in zip(lines_of(text), hints, strict=True)
    )
    pages = (Page(number=1, text=text, lines=lines),)
    result = segment_filing(Filing("b.pdf", "0" * 64, "pdf", pages, FilingMeta(role=Role.MOTION)))
    assert [s.kind.value for s in result.segments] == ["heading", "paragraph"]
    assert (
        result.segments[1].text.startswith("The customer's") and "at 7." in result.segments[1].text
    )
