"""The sixteenth pass: which party a sentence credits, in caption styles whose filings name
their filer only by a mark (habeas and mandamus petitions, appellate briefs, a bankruptcy
motion), an officer sued by office ("the Warden"), a family ("the Szabos"), a caption read
with the court's lines in front, and a reviewing court reporting the decision under review.
Fictional parties and captions."""

from __future__ import annotations

import pytest

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import Page, Role
from lawdiff.core.rulings import Side
from lawdiff.ruling import analyze_order, load_rulebook
from lawdiff.ruling.evidence import concessions, read_sentence, sentence_key
from lawdiff.ruling.parties import (
    caption_marks,
    case_caption,
    filer_mark,
    marked_sides,
    office_words,
    party_names,
    title_filer,
)
from lawdiff.ruling.sentences import Sentence
from tests.rulingbases import party_side
from tests.textfilings import accepted_link, document_info, segment_info

BOOK = load_rulebook()

HABEAS = (
    "UNITED STATES DISTRICT COURT\n\n"
    "ORLANDO PEEK QUARRY,\n\n"
    "          Petitioner,                   Case No. 2:26-cv-00001\n"
    "                                        Honorable Ada B. Strand\n"
    "v.\n\n"
    "LUCIA FENWICK,\n\n"
    "          Respondent.\n"
    "_____________________________________/\n"
)
APPEAL = (
    "HESTER VANTONGEREN,                      )  Appeal from the Circuit Court\n"
    "                                         )  of Lake County.\n"
    "     Plaintiff-Appellant,                )\n"
    "v.                                       )  No. 2024-L-0001\n"
    "BRIGHTWATER GUTTERS, INC.,               )  Honorable\n"
    "                                         )  Ivo Padley,\n"
    "     Defendant-Appellee.                 )  Judge, Presiding.\n"
)
BANKRUPTCY = (
    "In re:                                       Chapter 13\n\n"
    "OTTILIE MARSH-FERRY,                         Case No. 2:25-bk-00001\n\n"
    "                    Debtor.\n\n"
    "GANTRY HOLLOW LOAN SERVICING, LLC,\n"
    "                    Movant,                  ORDER ON MOTION FOR\n"
    "v.                                           RELIEF FROM STAY\n"
    "OTTILIE MARSH-FERRY, et al.,\n"
    "                    Respondents.\n"
)
MANDAMUS = "In re: TALLOW RIDGE SYSTEMS, INC.,\nPetitioner\n______________________\n"


def test_a_marked_caption_gives_each_party_with_its_mark() -> None:
    habeas = caption_marks([HABEAS])
    assert [(m.name, m.words) for m in habeas] == [
        ("ORLANDO PEEK QUARRY", ("petitioner",)),
        ("LUCIA FENWICK", ("respondent",)),
    ]
    appeal = caption_marks([APPEAL])
    assert [(m.name, m.words) for m in appeal] == [
        ("HESTER VANTONGEREN", ("plaintiff", "appellant")),
        ("BRIGHTWATER GUTTERS, INC.", ("defendant", "appellee")),
    ]
    bankruptcy = [(m.name, m.words) for m in caption_marks([BANKRUPTCY])]
    assert ("GANTRY HOLLOW LOAN SERVICING, LLC", ("movant",)) in bankruptcy
    assert ("OTTILIE MARSH-FERRY", ("debtor",)) in bankruptcy
    assert ("OTTILIE MARSH-FERRY", ("respondents",)) in bankruptcy
    assert [m.name for m in caption_marks([MANDAMUS])] == ["TALLOW RIDGE SYSTEMS, INC."]


def test_text_without_a_mark_line_marks_no_one() -> None:
    assert (
        caption_marks(["ORDER\n\nThe Plaintiff moves to dismiss.\nThe motion is denied.\n"]) == []
    )
    # a mark with no name above it (the line above is the "v.")
    assert caption_marks(["v.\n     Defendant.\n"]) == []


@pytest.mark.parametrize(
    ("title", "mark"),
    [
        ("PETITION FOR A WRIT OF MANDAMUS", ("petitioner",)),
        ("BRIEF IN SUPPORT OF PETITION FOR A WRIT OF HABEAS CORPUS", ("petitioner",)),
        ("BRIEF AND ARGUMENT OF PLAINTIFF-APPELLANT", ("plaintiff", "appellant")),
        ("DEBTOR'S RESPONSE IN OPPOSITION TO MOTION FOR RELIEF FROM STAY", ("debtor",)),
        ("RESPONDENT TALLOW'S RESPONSE TO THE PETITION", ("respondent",)),
        ("ANSWER IN OPPOSITION TO PETITION FOR WRIT OF HABEAS CORPUS", ()),
        ("MOTION FOR RELIEF FROM THE AUTOMATIC STAY", ()),
    ],
)
def test_the_mark_a_title_gives_its_filer(title: str, mark: tuple[str, ...]) -> None:
    assert filer_mark(title) == mark


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "RESPONDENT QUILLFEATHER DATA LLC'S RESPONSE IN OPPOSITION TO THE PETITION",
            "QUILLFEATHER DATA LLC",
        ),
        ("DEBTOR'S RESPONSE IN OPPOSITION TO MOTION FOR RELIEF", ""),
        ("MEMORANDUM OF LAW IN OPPOSITION TO PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT", ""),
    ],
)
def test_the_name_a_title_gives_its_filer(title: str, name: str) -> None:
    assert title_filer(title) == name


def test_a_petitioner_moving_makes_the_respondent_the_other_side() -> None:
    movant, respondent, words = marked_sides(caption_marks([HABEAS]), ("petitioner",), ())
    assert (movant, respondent) == ("ORLANDO PEEK QUARRY", "LUCIA FENWICK")
    assert words["respondent"] is Side.RESPONDENT
    assert words["petitioner"] is Side.MOVANT
    parties = party_names(movant, respondent, "", [], words)
    assert (
        party_side(parties, "The Respondent is right that the claim is defaulted.")
        is Side.RESPONDENT
    )
    assert party_side(parties, "Quarry is right that the claim is exhausted.") is Side.MOVANT


def test_a_creditor_marked_movant_and_the_debtor_who_responds() -> None:
    marks = caption_marks([BANKRUPTCY])
    movant, respondent, words = marked_sides(marks, (), ("debtor",))
    assert movant == "GANTRY HOLLOW LOAN SERVICING, LLC"
    assert respondent == "OTTILIE MARSH-FERRY"
    assert words["debtor"] is Side.RESPONDENT
    assert words["respondents"] is Side.RESPONDENT
    # no mark the briefs name, no "Movant" mark: nobody is placed
    assert marked_sides(caption_marks([HABEAS]), (), ()) == ("", "", {})


def test_an_officer_sued_by_office_is_named_by_it() -> None:
    words = office_words(
        ["Orlando Peek Quarry v. LUCIA FENWICK, Warden"], "Quarry", "Lucia Fenwick"
    )
    assert words == {"warden": Side.RESPONDENT}
    parties = party_names("Petitioner Orlando Peek Quarry", "Lucia Fenwick", "", [], words)
    text = "Petitioner offers cause, but the Warden is right that the excuse must be exhausted."
    assert party_side(parties, text) is Side.RESPONDENT
    without = party_names("Petitioner Orlando Peek Quarry", "Lucia Fenwick", "")
    assert party_side(without, text) is Side.MOVANT  # the nearest name before the cue
    assert office_words(["Quarry v. Fenwick"], "Quarry", "Fenwick") == {}


def test_a_family_is_named_in_the_plural() -> None:
    parties = party_names(
        "Defendant Ridgeway Roofing, LLC", "Plaintiffs Dorian Szalai", "Dorian Szalai v. Ridgeway"
    )
    text = "The Szalais are correct that the statute permits fees."
    assert party_side(parties, text) is Side.RESPONDENT


def test_a_caption_with_the_courts_lines_in_front_names_the_party() -> None:
    caption = (
        "Commonwealth of Massachusetts Suffolk, ss. Civil Action No. 2584cv00001 Ilse Brannock "
        "v. Portside Freight, Inc."
    )
    parties = party_names("Defendant Portside Freight, Inc.", "Plaintiff Ilse Brannock", caption)
    assert parties.names["brannock"] is Side.RESPONDENT
    assert "commonwealth" not in parties.names


def test_a_judge_read_into_a_caption_is_no_party() -> None:
    captions = [
        "Quarry v. Honorable Ada B. Strand LUCIA FENWICK",
        "Quarry v. LUCIA FENWICK, Warden",
    ]
    assert case_caption(captions, []) == "Quarry v. LUCIA FENWICK, Warden"


def test_what_the_court_under_review_found_is_not_this_courts_holding() -> None:
    parties = party_names("Petitioner Tallow Ridge Systems", "Respondent Quillfeather Data", "")
    reported = (
        "The district court found most factors neutral and found that compulsory process "
        "weighed slightly in favor of transfer."
    )
    assert party_side(parties, reported) is None
    assert party_side(parties, "Compulsory process weighs in favor of transfer.") is Side.MOVANT
    # the report ends at a turn: the court's own answer after "but" is read
    turned = (
        "The district court held that the factor was neutral, but Tallow Ridge has shown otherwise."
    )
    assert party_side(parties, turned) is Side.MOVANT


def test_the_courts_lines_in_front_of_a_party_are_no_name() -> None:
    caption = (
        "In the Court of Common Pleas Montgomery County, Ohio Cardinal Mutual Insurance Company "
        "v. Tobias Renner"
    )
    parties = party_names(
        "Plaintiff Cardinal Mutual Insurance Company", "Defendant Tobias Renner", caption
    )
    assert parties.names["cardinal"] is Side.MOVANT
    assert "court" not in parties.names  # "the Court agrees" names no party
    text = "The Court agrees that the exclusion applies."
    assert party_side(parties, text) is Side.MOVANT  # no party named: the movant, not "Court"
    kings = "Supreme Court of the State of New York County of Kings Ines Palomar v. Ferrowell LLC"
    named = party_names("Plaintiff Ines Palomar", "Defendant Ferrowell LLC", kings)
    assert named.names["palomar"] is Side.MOVANT
    assert "supreme" not in named.names


def test_the_pleading_standard_accepts_no_ones_position() -> None:
    parties = party_names(
        "Defendant Ridgeway Roofing, LLC", "Plaintiffs Dorian Szalai", "Szalai v. Ridgeway"
    )
    standard = (
        "In ruling on preliminary objections, the Court accepts as true all well-pleaded "
        "material facts and the inferences reasonably drawn from them."
    )
    assert party_side(parties, standard) is None
    assert (
        party_side(parties, "The Court accepts Szalai's reading of the contract.")
        is Side.RESPONDENT
    )


def test_agreeing_with_another_court_credits_no_party() -> None:
    parties = party_names(
        "Defendant Ridgeway Roofing, LLC", "Plaintiffs Dorian Szalai", "Szalai v. Ridgeway"
    )
    for text in (
        "The undersigned agrees with the Seventh Circuit's analysis and finds the clause valid.",
        "The Court agrees with the courts that have read the statute narrowly.",
    ):
        assert party_side(parties, text) is None
    assert (
        party_side(parties, "The Court agrees with Ridgeway that the clause is valid.")
        is Side.MOVANT
    )


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "That conclusion makes it unnecessary to resolve the parties' dispute over the words "
            "subject to final paperwork.",
            Side.NOT_REACHED,
        ),
        ("The Court sets that debate aside, as it may.", Side.NOT_REACHED),
        # setting a judgment aside decides; an unnecessary filing is no point left open
        ("The Court sets the default judgment aside.", None),
        ("It was unnecessary to serve the Trustee.", None),
    ],
)
def test_a_ground_of_decision_that_leaves_the_rest_open(text: str, side: Side | None) -> None:
    parties = party_names(
        "Defendant Ridgeway Roofing, LLC", "Plaintiffs Dorian Szalai", "Szalai v. Ridgeway"
    )
    assert party_side(parties, text) is side


@pytest.mark.parametrize(
    ("turn", "conceded"),
    [
        ("The count fails for another reason.", True),
        ("It does not support a demand for fees in the contract count.", True),
        ("That does not help Ridgeway here.", True),
        ("That is not the question Count III presents.", True),
        ("The difficulty lies in the one remaining term.", True),
        ("That is the question the statute answers.", False),
        ("The count states a claim.", False),
        ("It does not appear in the contract.", False),
    ],
)
def test_a_concession_turned_by_the_next_sentence_without_but(turn: str, conceded: bool) -> None:
    first = Sentence(
        "Szalai is correct that the statement can be a deceptive act.", SegmentId(1), 1, 1
    )
    second = Sentence(turn, SegmentId(1), 1, 2)
    assert (sentence_key(first) in concessions([first, second])) is conceded
    parties = party_names(
        "Defendant Ridgeway Roofing, LLC", "Plaintiffs Dorian Szalai", "Szalai v. Ridgeway"
    )
    reading = read_sentence(first, BOOK, parties, conceded=conceded)
    assert reading is not None
    assert reading.side is (Side.MOVANT if conceded else Side.RESPONDENT)


def test_analyze_order_names_the_parties_of_a_marked_caption() -> None:
    """A habeas order whose briefs name their filers only by the petition and the answer: the
    order's caption marks Quarry the petitioner and Fenwick the respondent."""
    order = document_info(1, Role.ORDER, "Opinion and Order")
    petition = document_info(2, Role.MOTION, "PETITION FOR A WRIT OF HABEAS CORPUS")
    answer = document_info(3, Role.OPPOSITION, "ANSWER IN OPPOSITION TO PETITION")
    segments = [
        segment_info(10, "Ground One: the alibi witness", document=1),
        segment_info(
            11,
            text="Fenwick is right that the claim is procedurally defaulted.",
            parent=10,
            document=1,
        ),
    ]
    argument = segment_info(1, "Ground One Was Fairly Presented", document=2)
    link = accepted_link(argument, 10)

    def side(caption_page: str) -> Side:
        pages = [Page(1, caption_page, ())]
        found = analyze_order(
            order, segments, pages, petition, [argument], answer, [], [link], BOOK
        )
        return found.of_argument(argument.id).side  # type: ignore[union-attr]

    assert side(HABEAS) is Side.RESPONDENT
    # without the marked caption Fenwick is nobody: the cue falls to the movant
    assert side("OPINION AND ORDER\n\nThe petition is before the Court.\n") is Side.MOVANT
