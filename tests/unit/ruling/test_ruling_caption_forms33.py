"""The thirty-third pass: the parties of captions that mark them in other words ("Plaintiff and
Appellant", "Claimant" against "Defendant"), briefs titled "BRIEF FOR APPELLANT", European
company forms ("AS", "SA"), two-word names whose initials spell a word, "et al." without a
comma, and a party's position put without "that". Fictional parties and captions."""

from __future__ import annotations

from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.parties import (
    caption_marks,
    filer_mark,
    marked_sides,
    party_names,
    title_movant,
)
from tests.rulingbases import party_side

BOOK = load_rulebook()

MONTANA = (
    "TOBIAS QUENNELL,\n\n"
    "          Plaintiff and Appellant,\n\n"
    "     v.\n\n"
    "BRIARWOOD GRAIN COOPERATIVE,\n\n"
    "          Defendant and Appellee.\n"
)
CLAIMS = (
    "ODETTE VARNHAGEN,\n"
    "                                                  DECISION AND ORDER\n"
    "                    Claimant,\n"
    "          v.                                      Motion No. M-000001\n"
    "THE STATE OF NEW YORK,\n\n"
    "                    Defendant.\n"
)
ET_AL = "WENDELL ASARO et al.,\n          Plaintiffs and Respondents,\n"


def test_two_marks_joined_by_and_are_both_read() -> None:
    marks = [(m.name, m.words) for m in caption_marks([MONTANA])]
    assert marks == [
        ("TOBIAS QUENNELL", ("plaintiff", "appellant")),
        ("BRIARWOOD GRAIN COOPERATIVE", ("defendant", "appellee")),
    ]
    movant, respondent, words = marked_sides(caption_marks([MONTANA]), ("appellant",), ())
    assert (movant, respondent) == ("TOBIAS QUENNELL", "BRIARWOOD GRAIN COOPERATIVE")
    assert words["appellee"] is Side.RESPONDENT


def test_a_brief_for_a_party_names_its_filer() -> None:
    assert filer_mark("BRIEF FOR APPELLANT") == ("appellant",)
    assert filer_mark("REPLY BRIEF FOR THE APPELLEE") == ("appellee",)
    assert filer_mark("MOTION FOR RELIEF FROM THE AUTOMATIC STAY") == ()


def test_a_claimant_is_a_role_and_the_other_marked_party_answers() -> None:
    assert title_movant("MEMORANDUM OF LAW IN SUPPORT OF CLAIMANT'S MOTION FOR LEAVE") == ""
    movant, respondent, words = marked_sides(caption_marks([CLAIMS]), ("claimant",), ())
    assert (movant, respondent) == ("ODETTE VARNHAGEN", "THE STATE OF NEW YORK")
    assert words["defendant"] is Side.RESPONDENT
    parties = party_names(movant, respondent, "", [], words)
    assert (
        party_side(parties, "Defendant is correct that the claim is untimely.") is Side.RESPONDENT
    )
    assert party_side(parties, "Varnhagen is correct that the delay is excused.") is Side.MOVANT


def test_a_european_company_form_is_no_name_of_its_own() -> None:
    parties = party_names("NORDHAVN FERGESELSKAP AS", "KVARNER BRODOGRADILISTE D.D.")
    assert parties.names["nordhavn"] is Side.MOVANT
    assert parties.names["kvarner"] is Side.RESPONDENT
    assert "as" not in parties.names


def test_initials_that_spell_a_word_are_no_short_name() -> None:
    parties = party_names("Plaintiff Sabine Olafsdottir", "Defendant Ivo Tremaine")
    assert "so" not in parties.names
    assert parties.names["olafsdottir"] is Side.MOVANT


def test_et_al_without_a_comma_is_cut_from_the_name() -> None:
    assert [m.name for m in caption_marks([ET_AL])] == ["WENDELL ASARO"]


def test_a_position_put_without_that_is_the_partys_not_the_courts() -> None:
    parties = party_names("Defendant Ruben Ostrander", "Plaintiff Calla Medeiros")
    reported = "Ostrander contends the trial court erred in admitting the license history."
    assert party_side(parties, reported) is None
    assert (
        party_side(parties, "The trial court erred in admitting the license history.") is not None
    )
