"""Structural rules of the ninth pass (issue 15): partial dispositions of one part, the most
specific argument a "does not decide" sentence names, and dispositions per part.

Small orders written for these rules; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.dispositions import combine_kinds, disposition_kinds
from lawdiff.ruling.evidence import read_sentence
from lawdiff.ruling.matching import match_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.parts import part_dispositions, part_sides
from lawdiff.ruling.sentences import Sentence, SentenceLocator, split_sentences
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")


def _segment(number: int, heading: str, text: str, document: int, parent: int = 0) -> SegmentInfo:
    return segment_info(number, heading, text, parent=parent, document=document)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Special Exception No. 5 is SUSTAINED IN PART.", DispositionKind.GRANTED_IN_PART),
        ("The motion is GRANTED IN PART.", DispositionKind.GRANTED_IN_PART),
        ("Special Exception No. 6 is OVERRULED AS MOOT.", DispositionKind.MOOT),
        ("Special Exception No. 3 is SUSTAINED.", DispositionKind.GRANTED),
        ("The demurrer is OVERRULED.", DispositionKind.DENIED),
    ],
)
def test_one_half_of_a_partial_disposition_and_overruled_as_moot(
    text: str, kind: DispositionKind
) -> None:
    assert combine_kinds(disposition_kinds(text, BOOK)) is kind


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Special Exception No. 5 is SUSTAINED IN PART.", Side.MIXED),
        ("Special Exception No. 5 is SUSTAINED.", Side.MOVANT),
    ],
)
def test_sustained_in_part_is_no_sustained(text: str, side: Side) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert reading is not None and reading.side is side


def test_a_point_left_undecided_sets_aside_the_sub_argument_it_names_not_its_heading() -> None:
    facts = "The splitter was sold in May. The log was oak. The lever sat on the left side."
    order = [
        _segment(9, "I. Background", facts, 1),
        _segment(10, "A. Dr. Brandt", "", 1),
        _segment(
            11,
            "",
            "The design opinion rests on a tested model and is admissible. The Court does"
            " not decide whether Dr. Brandt is qualified to offer warnings opinions.",
            1,
            10,
        ),
    ]
    arguments = [
        _segment(1, "Dr. Brandt's Opinions Should Be Excluded", "", 2),
        _segment(2, "Her Design Opinion Is Speculation", "", 2, 1),
        _segment(3, "She Is Not Qualified to Offer Warnings Opinions", "", 2, 1),
    ]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    rulings = rule_arguments(text, arguments, {}, PARTIES, BOOK, DispositionKind.GRANTED_IN_PART)
    sides = {r.argument: r.side for r in rulings}
    assert sides[SegmentId(3)] is Side.NOT_REACHED
    assert sides[SegmentId(1)] is not Side.NOT_REACHED


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(t, SegmentId(1), 1, 1) for t in split_sentences(text)]


def test_each_as_to_clause_takes_the_disposition_verb_before_it() -> None:
    parts = part_dispositions(
        _sentences(
            "The motion is GRANTED as to the Title VII harassment claim and DENIED as to the"
            " design defect and implied warranty claims, and DENIED AS MOOT as to her warnings"
            " opinions. The motion is denied as to this opinion. It is DENIED as to Counts I"
            " and V."
        )
    )
    found = {" ".join(sorted(p.words)): p.side for p in parts}
    assert found == {
        "harass title": Side.MOVANT,  # a roman numeral numbers a count: no word of a part
        "defect design": Side.RESPONDENT,
        "implie warran": Side.RESPONDENT,
        "opinio warnin": Side.NOT_REACHED,
    }


def test_an_argument_is_about_a_part_whose_words_its_heading_or_a_parent_holds() -> None:
    parts = part_dispositions(
        _sentences("The motion is DENIED as to standing and GRANTED as to the negligence per se.")
    )
    arguments = [
        _segment(1, "Plaintiffs Lack Article III Standing", "", 2),
        _segment(2, "The Risk of Identity Theft Is Not a Concrete Injury", "", 2, 1),
        _segment(3, "The Negligence Claim Is Barred", "", 2),
        _segment(4, "Section 5 Cannot Support Negligence Per Se", "", 2),
    ]
    sides = {a: p.side for a, p in part_sides(arguments, parts).items()}
    # the negligence claim is not the negligence per se claim: every word of the part counts
    assert sides == {
        SegmentId(1): Side.RESPONDENT,
        SegmentId(2): Side.RESPONDENT,
        SegmentId(4): Side.MOVANT,
    }


def test_a_parts_disposition_outweighs_a_cue_about_another_point_of_its_section() -> None:
    order = [
        _segment(
            10,
            "A. Standing",
            "Standing is the first question. Standing asks for an injury. Chirrup's standing"
            " turns on risk. The narrower point about resale value is well taken. Standing"
            " needs no market. The risk is substantial.",
            1,
        ),
        _segment(11, "CONCLUSION", "The motion is DENIED as to standing.", 1),
    ]
    arguments = [_segment(1, "Chirrup Lacks Standing", "", 2)]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    links = {SegmentId(1): [SegmentId(10)]}
    rulings = rule_arguments(text, arguments, links, PARTIES, BOOK, DispositionKind.GRANTED_IN_PART)
    assert rulings[0].side is Side.RESPONDENT


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Stratus attacks the clause directly, but the attack does not succeed.", Side.MOVANT),
        ("Stratus is not entitled to qualified immunity on Count II.", Side.MOVANT),
        ("Chirrup is entitled to qualified immunity on Count I.", Side.MOVANT),
        ("Stratus has standing to seek damages on each claim.", Side.RESPONDENT),
        ("The negligence claim stands.", Side.RESPONDENT),
        ("A jury could find that she had an opportunity to intervene.", Side.RESPONDENT),
        ("A genuine dispute of material fact remains as to the lever.", Side.RESPONDENT),
        ("No reasonable jury could find that the warning was inadequate.", Side.MOVANT),
        ("There is no genuine dispute that the danger was obvious.", Side.MOVANT),
    ],
)
def test_generic_verdicts_on_an_attack_a_claim_immunity_and_standing(text: str, side: Side) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert reading is not None and reading.side is side


def test_a_partys_position_reported_as_such_is_no_finding_until_the_court_turns() -> None:
    def side(text: str) -> Side | None:
        reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
        return reading.side if reading else None

    assert side("Stratus argues that Ms. Rao, a mere beneficiary, lacks standing.") is None
    assert side("Chirrup lacks standing.") is Side.RESPONDENT
    # the court's answer after the turn counts
    assert side("Stratus argues that the clause is void, but Stratus has not shown it.") is (
        Side.MOVANT
    )


def test_the_ground_of_a_need_not_decide_sentence_decides_the_argument_it_names() -> None:
    order = [
        _segment(9, "I. Background", "The debtor owns a building. The lender holds a note.", 1),
        _segment(
            10,
            "A. Relief From the Stay",
            "Because the Debtor has begun interest payments under section 362(d)(3), the Court"
            " need not decide whether the plan has a reasonable possibility of confirmation.",
            1,
        ),
    ]
    arguments = [
        _segment(1, "The Stay Should Be Lifted Under Section 362(d)(3)", "", 2),
        _segment(2, "The Plan Has No Reasonable Possibility of Confirmation", "", 2),
    ]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    links = {SegmentId(1): [SegmentId(10)], SegmentId(2): [SegmentId(10)]}
    rulings = rule_arguments(text, arguments, links, PARTIES, BOOK, DispositionKind.DENIED)
    # the stay argument was decided (no cue: the denial's side); the plan's prospects were not
    assert [r.side for r in rulings] == [Side.RESPONDENT, Side.NOT_REACHED]


def test_a_point_named_first_and_then_not_taken_up_is_not_reached() -> None:
    order = [
        _segment(9, "I. Background", "Chirrup sold boxes online. Stratus subscribed in 2023.", 1),
        _segment(
            10,
            "A. Formation",
            "By pressing the button Stratus assented to the 2023 Terms. Chirrup's alternative"
            " theory, that the renewal email bound Stratus, makes no difference, and the Court"
            " does not take it up.",
            1,
        ),
    ]
    arguments = [_segment(1, "The Renewal Email Bound Stratus", "", 2)]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    rulings = rule_arguments(text, arguments, {}, PARTIES, BOOK, DispositionKind.GRANTED)
    assert rulings[0].side is Side.NOT_REACHED


def test_a_run_in_label_gives_its_whole_paragraph_its_topic() -> None:
    paragraph = (
        "1. The alternative design opinion. Stratus objects that the expert never built a"
        " prototype. That would matter more if the idea were new. It is not. A comparable"
        " machine has been sold since 2019, and she examined it. The criticisms are fair"
        " material for cross-examination. This opinion is admissible."
    )
    sentences = [Sentence(t, SegmentId(11), 1, 1) for t in split_sentences(paragraph)]
    arguments = [
        _segment(1, "The Alternative Design Opinion Is Speculation", "", 2),
        _segment(2, "The Causation Opinion Lacks Facts", "", 2),
    ]
    topics = match_arguments(sentences, arguments, min_relevance=BOOK.min_relevance)
    assert sentences[-1] in topics.of(SegmentId(1))
    assert sentences[-1] not in topics.of(SegmentId(2))


def test_the_heading_of_the_one_order_section_answering_an_argument_names_its_part() -> None:
    parts = part_dispositions(_sentences("The motion is DENIED as to the request for dismissal."))
    arguments = [
        _segment(1, "Section 3 of the Act Requires a Stay", "", 2),
        _segment(2, "The Clause Is Not Unconscionable", "", 2),
    ]
    sections = {SegmentId(1): ["D. Stay or dismissal"]}
    sides = {a: p.side for a, p in part_sides(arguments, parts, (), sections).items()}
    assert sides == {SegmentId(1): Side.RESPONDENT}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # one table of negation words for a refused showing, a turned cue and a denied echo
        ("Neither has Stratus raised serious questions on the merits.", Side.MOVANT),
        ("Nor has Stratus raised serious questions on the merits.", Side.MOVANT),
        ("Stratus has raised serious questions on the merits.", Side.MIXED),
        ("The Court does not find Stratus's contention persuasive.", Side.MOVANT),
    ],
)
def test_the_negation_words_are_one_table(text: str, side: Side) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert reading is not None and reading.side is side


def test_a_disposition_whose_subject_names_a_part_decides_that_part() -> None:
    parts = part_dispositions(
        _sentences(
            "The motion is SUSTAINED in part and OVERRULED in part. Stratus's request for a new"
            " trial on all issues is OVERRULED. Its alternative request for remittitur is"
            " SUSTAINED. The Fourth and Seventh Affirmative Defenses are STRICKEN."
            " Defendant's Motion for Summary Judgment is GRANTED."
        ),
        PARTIES.party_words,
    )
    found = {(" ".join(sorted(p.words)), tuple(sorted(p.numbers))): p.side for p in parts}
    # the motion itself (in part, or by its own name) is no part
    assert found == {
        ("new trial", ()): Side.RESPONDENT,
        ("remitt", ()): Side.MOVANT,
        ("affirm defens", (4,)): Side.MOVANT,
        ("affirm defens", (7,)): Side.MOVANT,
    }


def test_a_respondents_own_request_denied_is_a_part_for_the_movant() -> None:
    sentences = _sentences("Chirrup's request for attorney fees is DENIED.")
    owner = {sentences[0].text: Side.RESPONDENT}.get
    parts = part_dispositions(sentences, PARTIES.party_words, owner)
    assert [p.side for p in parts] == [Side.MOVANT]
    assert [p.side for p in part_dispositions(sentences, PARTIES.party_words)] == [Side.RESPONDENT]


def test_a_numbered_part_is_found_by_its_number_not_by_its_shared_words() -> None:
    parts = part_dispositions(
        _sentences(
            "The motion is GRANTED as to the Fourth Affirmative Defense. The motion is DENIED"
            " as to the First, Second and Fifth Affirmative Defenses."
        )
    )
    arguments = [
        _segment(1, "Failure to Mitigate Damages (Second Defense)", "", 2),
        _segment(2, "Waiver and Estoppel (Fourth Defense)", "", 2),
        _segment(3, "The Defenses Are Bare Legal Conclusions", "", 2),
        _segment(4, "The Seventh Defense Is Redundant", "", 2),
    ]
    sides = {a: p.side for a, p in part_sides(arguments, parts).items()}
    assert sides == {SegmentId(1): Side.RESPONDENT, SegmentId(2): Side.MOVANT}


@pytest.mark.parametrize(
    ("text", "not_reached"),
    [
        ("The Court does not reach the bond question.", True),
        ("Because the motion fails, the undersigned does not reach the remaining factors.", True),
        ("We need not and do not reach the waiver argument.", True),
        # what a thing covers is no point set aside
        ("Because the injunction does not reach printed bags, that cost will not arise.", False),
        ("The statute does not reach conduct abroad.", False),
    ],
)
def test_does_not_reach_sets_a_point_aside_only_with_the_court_as_subject(
    text: str, not_reached: bool
) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert (reading is not None and reading.side is Side.NOT_REACHED) is not_reached


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "The finding is within the evidence, and the Court overrules this part of the motion.",
            Side.RESPONDENT,
        ),
        ("We deny that branch of Stratus's motion.", Side.RESPONDENT),
        ("The Court therefore sustains this portion of the motion.", Side.MOVANT),
        ("The Court grants the remaining part of the request.", Side.MOVANT),
    ],
)
def test_the_courts_own_verb_on_this_part_of_the_motion(text: str, side: Side) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert reading is not None and reading.side is side


def test_a_part_of_a_motion_named_without_the_courts_verb_is_no_ruling() -> None:
    text = "Stratus argues that this part of the motion should be overruled."
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    # a party's word is reported, the court's verb cue does not fire
    assert reading is None or "part" not in reading.evidence.cue


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Admitting the opinion was not error, and if it was, it was harmless.", Side.RESPONDENT),
        ("Any failure to disclose was harmless.", Side.RESPONDENT),
        ("The ruling was not an abuse of discretion.", Side.RESPONDENT),
    ],
)
def test_no_error_or_a_harmless_one_is_against_the_party_claiming_it(text: str, side: Side) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert reading is not None and reading.side is side


def test_an_error_found_harmful_is_no_finding_of_harmlessness() -> None:
    text = "Admitting the opinion was error, and the error was not harmless."
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert reading is None or reading.side is not Side.RESPONDENT
