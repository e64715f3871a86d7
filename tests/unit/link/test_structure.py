"""Structure-aware scoring: parts of a brief, lead-in headings, one answer per level, page cites."""

from __future__ import annotations

import pytest

from lawdiff.core.model import CitationKind, SegmentInfo, SegmentKind
from lawdiff.link.suggest import NESTED_SHARE, OTHER_PART, score_pairs
from lawdiff.link.textnorm import part_of
from tests.unit.link.linkfactory import cite, seg

EXPERT = "The expert lacks experience with emerging markets funds and fiduciary process reviews."
UNRELATED = "Venue discovery sanctions appear nowhere else whatsoever in this brief section."


def scores(sources: list[SegmentInfo], targets: list[SegmentInfo]) -> dict[tuple[int, int], float]:
    return {(s.source, s.target): s.score for s in score_pairs(sources, targets)}


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("INTRODUCTION", "introduction"),
        ("Preliminary Statement", "introduction"),
        ("STATEMENT OF FACTS", "facts"),
        ("FACTUAL BACKGROUND", "facts"),
        ("BACKGROUND", "facts"),
        ("ARGUMENT", "argument"),
        ("LEGAL STANDARD", "argument"),
        ("CONCLUSION", "conclusion"),
        ("CLAIMS FOR RELIEF", "argument"),  # a complaint's claims are what an argument answers
        ("Causes of Action", "argument"),
        ("Claims Are Barred by Section 230", ""),
        ("Pomerantz Lacks the Requisite Qualifications", ""),
        ("Argument Three Fails Because the Contract Says Otherwise", ""),
    ],
)
def test_part_of_a_structural_heading(heading: str, part: str) -> None:
    assert part_of(heading) == part


def test_facts_answer_facts_and_arguments_answer_arguments() -> None:
    argument = seg(1, "ARGUMENT", heading="ARGUMENT")
    point = seg(1, "I.A", EXPERT, heading="Qualifications", parent=argument)
    background = seg(2, "BACKGROUND", heading="BACKGROUND")
    facts = seg(2, "I.A", EXPERT, heading="Qualifications", parent=background)
    answer_part = seg(2, "ARGUMENT", heading="ARGUMENT")
    answer = seg(2, "I.B", EXPERT, heading="Qualifications", parent=answer_part)
    found = scores([argument, point], [background, facts, answer_part, answer])
    # same wording and heading: only the part differs
    assert found[(point.id, facts.id)] == pytest.approx(found[(point.id, answer.id)] * OTHER_PART)


def test_a_record_cite_answers_across_parts() -> None:
    facts = seg(1, "BACKGROUND", heading="BACKGROUND")
    para = seg(1, "¶ 7", UNRELATED, parent=facts)
    argument = seg(2, "ARGUMENT", heading="ARGUMENT")
    citing = seg(
        2, "I", EXPERT, heading="Notice", parent=argument,
        cites=(cite("Compl. ¶ 7", CitationKind.RECORD, target=para.id),),
    )  # fmt: skip
    found = [s for s in score_pairs([facts, para], [argument, citing]) if s.source == para.id]
    assert found[0].target == citing.id and found[0].score >= 0.8


def test_a_lead_in_heading_is_read_with_its_sub_sections() -> None:
    point = seg(1, "II", EXPERT, heading="The Contract Was Breached")
    lead_in = seg(2, "II", heading="No Breach")
    sub = seg(2, "II.A", EXPERT, heading="Suspension Allowed", parent=lead_in)
    found = {r.signal for s in score_pairs([point], [lead_in, sub]) for r in s.reasons
             if s.target == lead_in.id}  # fmt: skip
    assert "lexical" in found  # the lead-in has no words of its own; its sub-section's count


def test_one_answer_per_level_demotes_the_nested_second_answer() -> None:
    point = seg(1, "III", EXPERT, heading="Harm")
    parent = seg(2, "III", EXPERT, heading="Harm")
    child = seg(2, "III.A", EXPERT + " " + UNRELATED, heading="Money", parent=parent)
    ranked = list(score_pairs([point], [parent, child]))
    assert [s.target for s in ranked] == [parent.id, child.id]
    alone = scores([point], [child])[(point.id, child.id)]
    assert ranked[1].score == pytest.approx(round(alone * NESTED_SHARE, 6), abs=1e-5)


def test_a_whole_page_cite_means_the_argument_on_that_page_worded_most_alike() -> None:
    first = seg(1, "I", UNRELATED, heading="Alpha", pages=(6, 6))
    second = seg(1, "II", EXPERT, heading="Beta", pages=(6, 7))
    citing = seg(
        2, "A", EXPERT, heading="Gamma",
        cites=(cite("Mot. at 6", CitationKind.RECORD, target=first.id),),
    )  # fmt: skip
    reasons = {
        s.source: r.weight
        for s in score_pairs([first, second], [citing])
        for r in s.reasons
        if r.signal == "record-cite"
    }
    # resolved to the first segment on page 6, but the citing section speaks of the second
    assert reasons == {second.id: pytest.approx(0.8)}


@pytest.mark.parametrize(
    ("normalized", "resolved", "cited"),
    [
        ("Compl. ¶ 31-35", True, True),  # a range resolved to ¶ 31 still names ¶ 33
        ("Compl. ¶ 31-35", False, True),
        ("Venkataraman Decl. ¶ 31-35", False, False),  # a witness's paragraphs
        ("Compl. ¶ 36", False, False),
    ],
)
def test_paragraph_ranges_name_each_paragraph(normalized: str, resolved: bool, cited: bool) -> None:
    first = seg(1, "¶ 31", UNRELATED)
    para = seg(1, "¶ 33", UNRELATED)
    target = first.id if resolved else None
    citing = seg(
        2, "I", EXPERT, heading="Intro", cites=(cite(normalized, CitationKind.RECORD, target),)
    )
    found = [s for s in score_pairs([first, para], [citing]) if s.source == para.id]
    assert any(r.signal == "record-cite" for s in found for r in s.reasons) is cited


def test_outline_place_is_counted_within_the_part() -> None:
    """The motion's "III.A" under "III. ARGUMENT" is the order's "IV.A" under "IV. DISCUSSION"."""
    argument = seg(1, "III", heading="ARGUMENT")
    point = seg(1, "III.A", UNRELATED, heading="Likelihood of Success", parent=argument)
    other = seg(1, "III.B", EXPERT, heading="Irreparable Harm", parent=argument)
    discussion = seg(2, "IV", heading="DISCUSSION")
    ruling = seg(2, "IV.A", "Filler words about scheduling.", heading="Merits", parent=discussion)
    harm = seg(2, "IV.B", EXPERT, heading="Irreparable Harm", parent=discussion)
    found = score_pairs([argument, point, other], [discussion, ruling, harm])
    outline = {
        (s.source, s.target): r.text for s in found for r in s.reasons if r.signal == "outline"
    }
    assert outline[(point.id, ruling.id)] == "same place in the outline (III.A)"


def test_a_count_is_answered_by_argument_not_by_facts() -> None:
    count = seg(1, "COUNT II", EXPERT, heading="Breach of Contract", kind=SegmentKind.COUNT)
    background = seg(2, "BACKGROUND", heading="BACKGROUND")
    facts = seg(2, "A", EXPERT, heading="Breach of Contract", parent=background)
    argument = seg(2, "ARGUMENT", heading="ARGUMENT")
    answer = seg(2, "B", EXPERT, heading="Breach of Contract", parent=argument)
    found = scores([count], [background, facts, argument, answer])
    assert found[(count.id, facts.id)] == pytest.approx(found[(count.id, answer.id)] * OTHER_PART)


def test_a_page_cite_means_the_section_when_its_sub_section_is_barely_closer() -> None:
    lead_in = seg(1, "II", heading="The Expert Lacks Experience", pages=(6, 6))
    sub = seg(1, "II.A", EXPERT, heading="Suspension", parent=lead_in, pages=(6, 6))
    citing = seg(
        2, "B", EXPERT, heading="Gamma",
        cites=(cite("Opp. at 6", CitationKind.RECORD, target=sub.id),),
    )  # fmt: skip
    cited = {
        s.source
        for s in score_pairs([lead_in, sub], [citing])
        for r in s.reasons
        if r.signal == "record-cite"
    }
    assert cited == {lead_in.id}


def test_the_same_place_section_answers_before_its_citing_sub_section() -> None:
    argument = seg(1, "III", heading="ARGUMENT")
    point = seg(1, "III.A", EXPERT, heading="The Contract Was Breached", parent=argument)
    answer_part = seg(2, "III", heading="ARGUMENT")
    answer = seg(2, "III.A", heading="The Contract Was Not Breached", parent=answer_part)
    pins = ("Mot. at 1:3", "Mot. at 1:9")  # cited twice: 0.96, more than the answer's evidence
    detail = seg(
        2, "III.A.1", UNRELATED, heading="Suspension", parent=answer,
        cites=tuple(cite(pin, CitationKind.RECORD, target=point.id) for pin in pins),
    )  # fmt: skip
    ranked = [s for s in score_pairs([argument, point], [answer_part, answer, detail])
              if s.source == point.id]  # fmt: skip
    assert [s.target for s in ranked[:2]] == [answer.id, detail.id]
    assert any(r.signal == "record-cite" for r in ranked[1].reasons)
