"""Scale-free wording features: a candidate's rank and share among one argument's candidates."""

from __future__ import annotations

from lawdiff.link.scoring import FEATURES, PairRow, pair_rows
from tests.unit.link.linkfactory import seg


def _value(row: PairRow, name: str) -> float:
    return row.values[FEATURES.index(name)]


def test_the_closest_argument_ranks_first_and_a_non_argument_is_left_out() -> None:
    motion = [
        seg(1, "I", heading="I. The Covenant Is Enforceable"),
        seg(1, "", "The covenant protects goodwill and customer lists for two years."),
    ]
    facts = seg(2, "I", heading="I. STATEMENT OF FACTS")
    answer = [
        facts,
        seg(2, "", "The covenant, the goodwill and the customer lists in two years.", parent=facts),
        seg(2, "II", heading="II. The Covenant Is Unenforceable"),
        seg(2, "", "The covenant is broader than any goodwill or customer lists need."),
        seg(2, "III", heading="III. The Bond Should Be Substantial"),
        seg(2, "", "A bond of one million dollars is needed for the injunction."),
    ]
    rows = {r.target: r for r in pair_rows(motion, answer)}
    covenant, bond, narrative = rows[answer[2].id], rows[answer[4].id], rows[facts.id]
    assert _value(covenant, "own_body_rank") == 1.0
    assert _value(covenant, "own_body_share") == 1.0
    assert _value(bond, "own_body_rank") in (0.0, 0.5)  # second, or no shared word at all
    assert _value(bond, "own_body_share") < 0.5
    assert _value(narrative, "own_body") > 0.0  # the facts share words ...
    for name in ("body_rank", "own_body_rank", "heading_rank", "bm25_rank", "body_share"):
        assert _value(narrative, name) == 0.0  # ... but are not ranked among arguments


def test_the_best_of_candidates_that_barely_share_a_word_is_not_ranked_in_full() -> None:
    bond = seg(1, "I", heading="I. The Court Should Require Only a Nominal Bond")
    motion = [
        bond,
        seg(1, "", "Security may be set at zero where the harm is remote.", parent=bond),
    ]
    covenant, immunity = (
        seg(2, "I", heading="I. The Covenant Is Unenforceable"),
        seg(2, "II", heading="II. Section 230 Bars the Claims"),
    )
    answer = [
        covenant,
        seg(
            2,
            "",
            "The covenant is broader than goodwill needs; the harm is invented.",
            parent=covenant,
        ),
        immunity,
        seg(2, "", "A provider may restrict access to objectionable material.", parent=immunity),
    ]
    closest = next(r for r in pair_rows(motion, answer) if r.target == covenant.id)
    assert 0.0 < max(_value(closest, "body"), _value(closest, "own_body")) < 0.2
    for name in ("body_rank", "own_body_rank", "bm25_rank", "body_share", "own_body_share"):
        assert 0.0 < _value(closest, name) < 1.0  # the closest of them, but weak


def test_a_section_answering_two_arguments_is_close_to_each_in_one_of_its_paragraphs() -> None:
    covenant, bond = (
        seg(1, "I", heading="I. The Covenant Is Enforceable"),
        seg(1, "II", heading="II. Only a Nominal Bond Is Needed"),
    )
    motion = [
        covenant,
        seg(
            1,
            "",
            "The covenant protects goodwill and customer lists for two years within the county.",
            parent=covenant,
        ),
        bond,
        seg(
            1,
            "",
            "Security may be nominal because the restrained party risks no real financial harm.",
            parent=bond,
        ),
    ]
    merged = seg(2, "I", heading="I. Neither the Covenant Nor the Bond Request Holds")
    answer = [
        merged,
        seg(
            2,
            "",
            "The covenant reaches customer lists and goodwill far beyond the county, "
            "for longer than two years, and restrains ordinary competition for customers "
            "whom the employer never served, in markets its goodwill never touched.",
            parent=merged,
        ),
        seg(
            2,
            "",
            "Security must be substantial: a restrained business risks real financial harm, "
            "lost revenue and lost contracts, so a nominal bond would not protect it against "
            "the damages of a wrongful injunction running for months before trial.",
            parent=merged,
        ),
    ]
    rows = {(r.source, r.target): r for r in pair_rows(motion, answer)}
    for argument in (covenant, bond):
        row = rows[(argument.id, merged.id)]
        assert _value(row, "passage") > _value(row, "own_body") > 0.0


def test_a_section_of_one_paragraph_is_its_own_passage() -> None:
    argument = seg(1, "I", heading="I. The Covenant Is Enforceable")
    body = "The covenant protects goodwill and customer lists."
    motion = [argument, seg(1, "", body, parent=argument)]
    section = seg(2, "I", heading="I. The Covenant Is Overbroad")
    text = "The covenant reaches customer lists far beyond goodwill."
    answer = [section, seg(2, "", text, parent=section)]
    (row,) = pair_rows(motion, answer)
    assert _value(row, "passage") == _value(row, "own_body") > 0.0
