"""Paragraphs are not split by redaction gaps, quotations within a sentence or deposition
excerpts (fictional briefs; indents stand in for the gaps a redaction box leaves)."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Line, Page, Role
from lawdiff.segment import segment_filing


def page_of(rows: list[tuple[float, str]]) -> Page:
    """One page whose lines carry the given left indents (points)."""
    text = "\n".join(row for _, row in rows)
    lines, start = [], 0
    for number, (indent, row) in enumerate(rows, start=1):
        lines.append(Line(start, start + len(row), number=number, indent=indent))
        start += len(row) + 1
    return Page(1, text, tuple(lines))


def kinds(rows: list[tuple[float, str]]) -> list[tuple[str, str]]:
    filing = Filing("x.pdf", "0" * 64, "pdf", (page_of(rows),), FilingMeta(role=Role.OPPOSITION))
    return [(s.kind.value, s.text) for s in segment_filing(filing).segments]


def test_text_after_a_redaction_gap_stays_in_its_paragraph() -> None:
    got = kinds(
        [
            (0, "INTRODUCTION"),
            (36, "Globex sent the letter about the production to Acme and asked for"),
            (0, "the documents back"),
            (250, ". Acme kept the documents for a month and used them at a"),
            (0, "deposition, which the order forbids."),
        ]
    )
    assert [kind for kind, _ in got] == ["heading", "paragraph"]
    assert got[1][1].endswith("order forbids.")


def test_a_quotation_inside_a_sentence_does_not_split_the_paragraph() -> None:
    got = kinds(
        [
            (0, "INTRODUCTION"),
            (36, "The parties read the agreement the same way. It says in section 4"),
            (0, "that Globex"),
            (72, "may end the service on thirty days' notice"),
            (0, "and Acme does not dispute that Globex gave that notice."),
        ]
    )
    assert [kind for kind, _ in got] == ["heading", "paragraph"]


def test_a_deposition_excerpt_is_one_quote_not_an_outline() -> None:
    got = kinds(
        [
            (0, "INTRODUCTION"),
            (36, "Mr. Roe admitted at his deposition, taken in May, that he never read"),
            (0, "the contract:"),
            (72, "Q. Did you read the agreement before you signed it?"),
            (72, "A. No."),
            (72, "Q. Did anyone read it to you?"),
            (72, "A. Not that I recall."),
            (36, "That ends the inquiry into what Mr. Roe knew when he signed the"),
            (0, "agreement."),
        ]
    )
    assert [kind for kind, _ in got] == ["heading", "paragraph", "quote", "paragraph"]
    assert got[2][1].count("Q.") == 2


def test_a_question_over_two_lines_does_not_end_the_excerpt() -> None:
    """The answer after a question that wrapped (its second line no "Q.") goes on."""
    got = kinds(
        [
            (0, "INTRODUCTION"),
            (36, "Globex's designee testified that it used one dialing system for all of"),
            (0, "its calls:"),
            (36, "Q. Let me rephrase that. Between May of 2018 and July of 2020 Globex"),
            (36, "used the one system, is that correct?"),
            (36, "A. Correct."),
            (36, "Q. Is that the only system it used?"),
            (36, "A. Correct."),
            (0, "(Ex. D, at 57:8-14.)"),
        ]
    )
    assert [kind for kind, _ in got] == ["heading", "paragraph", "quote", "paragraph"]
    assert got[2][1].count("A. Correct.") == 2


def test_track_changes_balloons_are_notes_not_body_text() -> None:
    got = kinds(
        [
            (0, "FACTS"),
            (0, "1. Globex published the article on May 1.\tDeleted: April 30"),
            (358, "Deleted: , and its editor"),
            (358, "approved it"),
            (0, "2. The article named Acme.\tFormatted: Font: 12 pt"),
            (0, "3. Acme lost customers."),
        ]
    )
    body = " ".join(text for kind, text in got if kind != "footnote")
    notes = [text for kind, text in got if kind == "footnote"]
    assert "Deleted" not in body and "Formatted" not in body
    assert notes == [
        "Deleted: April 30",
        "Deleted: , and its editor approved it",
        "Formatted: Font: 12 pt",
    ]


def test_a_footnote_is_attached_to_the_paragraph_calling_it_with_a_spaced_superscript() -> None:
    rows = [
        (0, "INTRODUCTION"),
        (36, "Globex was ordered to produce the memos for in-camera review. 1 (ECF No. 2"),
        (0, "06.) Counsel produced them in April."),
        (36, "The second paragraph cites ECF No. 1 and says nothing more."),
        (0, "1 Defendant Roe is represented by separate counsel."),
    ]
    page = page_of(rows)
    lines = tuple(
        Line(ln.start, ln.end, number=ln.number, indent=ln.indent, footnote=i == 4)
        for i, ln in enumerate(page.lines)
    )
    filing = Filing(
        "x.pdf", "0" * 64, "pdf", (Page(1, page.text, lines),), FilingMeta(role=Role.OPPOSITION)
    )
    segments = segment_filing(filing).segments
    note = next(s for s in segments if s.kind.value == "footnote")
    caller = next(s for s in segments if s.index == note.parent)
    assert caller.text.startswith("Globex was ordered")
    assert "separate counsel" not in " ".join(s.text for s in segments if s is not note)
