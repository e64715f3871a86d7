"""Each signal of the linker on hand-built argument units, and how they combine."""

from __future__ import annotations

import pytest

from lawdiff.core.model import CitationKind, SegmentInfo
from lawdiff.link import build_units, signals, suggest_rebuttals
from lawdiff.link.signals import WEIGHTS, Features
from lawdiff.link.suggest import score_pairs
from tests.unit.link.linkfactory import cite, seg

FILLER_A = "The parties dispute many unrelated procedural matters concerning scheduling deadlines."
FILLER_B = "Venue discovery sanctions appear nowhere else whatsoever in this brief section."


def reasons_for(sources: list[SegmentInfo], targets: list[SegmentInfo]) -> dict[str, str]:
    """signal → reason text of the best suggestion for the first source."""
    found = [s for s in score_pairs(sources, targets) if s.source == sources[0].id]
    assert found, "no suggestion at all"
    return {r.signal: r.text for r in found[0].reasons}


def test_record_cite_resolved_by_the_workspace() -> None:
    para = seg(1, "¶ 52", "Amazon terminated the hosting agreement without notice.")
    answer = seg(
        2,
        "II.B",
        FILLER_B,
        heading="Notice Was Given",
        cites=(cite("Compl. ¶ 52-55", CitationKind.RECORD, target=para.id),),
    )
    # the citation text is what the paralegal sees
    assert reasons_for([para], [answer])["record-cite"] == "cites Compl. ¶ 52-55"


def test_record_cite_named_by_paragraph_number_without_resolution() -> None:
    para = seg(1, "¶ 53", "Something entirely different about server hosting.")
    answer = seg(
        2, "I", FILLER_B, heading="Argument", cites=(cite("Compl. ¶ 52-55", CitationKind.RECORD),)
    )
    assert "record-cite" in reasons_for([para], [answer])


def test_record_cite_into_a_body_paragraph_counts_for_its_section() -> None:
    section = seg(1, "I.A", heading="Likelihood of Success")
    body = seg(1, "", FILLER_A, parent=section)
    answer = seg(
        2,
        "III",
        FILLER_B,
        heading="Remedies",
        cites=(cite("Mot. at 5", CitationKind.RECORD, target=body.id),),
    )
    assert reasons_for([section, body], [answer])["record-cite"] == "cites Mot. at 5"


def test_shared_authority_names_the_authority() -> None:
    left = seg(
        1, "I", FILLER_A, heading="Antitrust", cites=(cite("15 U.S.C. § 1", CitationKind.STATUTE),)
    )
    right = seg(
        2, "IV", FILLER_B, heading="Remedies", cites=(cite("15 U.S.C. § 1", CitationKind.STATUTE),)
    )
    assert reasons_for([left], [right])["shared-authority"] == "both cite 15 U.S.C. § 1"


def test_short_case_cite_matches_its_full_cite() -> None:
    left = seg(1, "I", FILLER_A, heading="Pleading", cites=(cite("550 U.S. 544"),))
    right = seg(2, "IV", FILLER_B, heading="Remedies", cites=(cite("550 U.S. at 556"),))
    assert reasons_for([left], [right])["shared-authority"] == "both cite 550 U.S. 544"


def test_shared_claim_reads_as_a_topic() -> None:
    left = seg(1, "I", FILLER_A, heading="Count One", claims=("contract.breach-of-contract",))
    right = seg(2, "IV", FILLER_B, heading="Remedies", claims=("contract.breach-of-contract",))
    assert reasons_for([left], [right])["shared-claim"] == "both about breach of contract"


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        (
            "Parler Is Likely to Succeed on Its Antitrust Claim",
            "Parler Is Unlikely to Succeed on Its Antitrust Claim",
        ),
        (
            "The Expert's Testimony Should Be Excluded",
            "The Court Should Admit the Expert's Testimony",
        ),
        ("Plaintiff Will Suffer Irreparable Harm", "Plaintiff Will Not Suffer Irreparable Harm"),
    ],
)
def test_headings_mirror_each_other_despite_polarity(mine: str, theirs: str) -> None:
    left = seg(1, "A", FILLER_A, heading=mine)
    right = seg(2, "C", FILLER_B, heading=theirs)
    said = reasons_for([left], [right])["heading-parallel"]
    assert said in ("headings mirror each other", "headings take opposite sides of the same point")


def test_lexical_similarity_reports_a_percentage() -> None:
    words = (
        "the termination clause required thirty days written notice before suspension of services"
    )
    left = seg(1, "¶ 3", words)
    right = seg(2, "B", words.replace("required", "demanded"), heading="Notice")
    assert reasons_for([left], [right])["lexical"].startswith("similar wording (")


def test_quoted_passage() -> None:
    passage = (
        "AWS may suspend the service immediately if it determines the use poses a security risk"
    )
    left = seg(1, "¶ 40", f"The agreement provides that {passage}.")
    right = seg(
        2,
        "B",
        f"{FILLER_B} The contract says \u201c{passage}\u201d and so it did.",
        heading="Termination",
    )
    assert reasons_for([left], [right])["quote"].startswith("quotes the other side: “")


def test_same_outline_place_counts_as_much_as_the_outlines_agree() -> None:
    left = [
        seg(1, "II.A", FILLER_A, heading="Alpha"),
        seg(1, "II.B", "market power network effects", heading="Market Power Exists"),
    ]
    right = [
        seg(2, "II.A", FILLER_B, heading="Omega"),
        seg(2, "II.B", "no market power at all", heading="Market Power Does Not Exist"),
    ]
    found = [
        s for s in score_pairs(left, right) if (s.source, s.target) == (left[0].id, right[0].id)
    ]
    (outline,) = [r for r in found[0].reasons if r.signal == "outline"]
    assert outline.text == "same place in the outline (II.A)"
    # one of two places agrees: the outline evidence is scaled from the chance level up
    reason = signals.outline(*_features(left, right), agreement=0.5)
    assert reason is not None
    assert reason.weight == pytest.approx(WEIGHTS["outline"] * 0.5)


def test_unrelated_outlines_give_no_outline_evidence() -> None:
    left = seg(1, "II.B", FILLER_A, heading="Alpha")
    right = seg(2, "II.B", FILLER_B, heading="Omega")
    assert "outline" not in reasons_for([left], [right])


def _features(
    left: list[SegmentInfo], right: list[SegmentInfo]
) -> tuple[Features, Features, frozenset[str]]:
    units = build_units(left), build_units(right)
    mine = signals.features(units[0][0], [], {}, "II.A")
    theirs = signals.features(units[1][0], [], {}, "II.A")
    return mine, theirs, frozenset({"II.A", "II.B"})


def test_record_cite_raises_the_score_above_similar_wording() -> None:
    para = seg(1, "¶ 7", "Defendant cut off the platform two days after the riot.")
    echo = seg(
        2, "A", "Defendant cut off the platform two days after the riot happened.", heading="Facts"
    )
    citing = seg(
        2,
        "B",
        FILLER_B,
        heading="Law",
        cites=(
            cite("Compl. ¶ 7", CitationKind.RECORD, target=para.id),
            cite("Compl. ¶ 7", CitationKind.RECORD, target=para.id),
        ),
    )
    uncited = seg(2, "B", FILLER_B, heading="Law")
    cited = {s.target: s for s in score_pairs([para], [echo, citing])}[citing.id]
    plain = {s.target: s for s in score_pairs([para], [echo, uncited])}[uncited.id]
    assert "record-cite" in {r.signal for r in cited.reasons}
    assert cited.score > plain.score


def test_unrelated_sections_are_not_suggested_at_the_default_threshold() -> None:
    left = seg(1, "I", FILLER_A, heading="Jurisdiction")
    right = seg(2, "IV", FILLER_B, heading="Remedies")
    found = suggest_rebuttals([left], [right])
    # the closest candidate of an argument with no suggestion may be shown, marked weak
    assert all(s.weak for s in found)
    assert all(s.score < 0.05 for s in found)


def test_suggestions_are_grouped_by_source_best_first() -> None:
    a = seg(1, "I", "alpha bravo charlie delta echo foxtrot", heading="Alpha Bravo")
    b = seg(1, "II", "golf hotel india juliet kilo lima", heading="Golf Hotel")
    x = seg(2, "I", "golf hotel india juliet kilo lima mike", heading="Golf Hotel")
    y = seg(2, "II", "alpha bravo charlie delta echo foxtrot xray", heading="Alpha Bravo")
    ranked = suggest_rebuttals([a, b], [x, y], threshold=0.0)
    firsts = {s.source: s.target for s in reversed(ranked)}
    assert firsts == {a.id: y.id, b.id: x.id}
    assert [s.source for s in ranked] == sorted(s.source for s in ranked)
