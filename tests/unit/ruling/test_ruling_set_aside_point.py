"""The twenty-seventh pass: which point a "need not decide" sentence sets aside.

* A ground given after the point ("need not decide whether X, because Y") leaves X undecided,
  not Y: the words after "because" name no point set aside.
* A point named as one party's own argument ("does not decide Stratus's further argument that
  …") sets aside that party's arguments only, not the other brief's headings sharing its words.
* The words before a cue written ``party = "before"`` ("… remain for trial", "… is premature")
  set nothing aside when they decide the point themselves: a disposition ("DENIED as to the
  setoff, which remains for trial") or a cue for a party ("agrees with Stratus that the fee
  request is premature").

A small order written for these rules; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

from tests.rulingbases import ruling_bases as _bases
from tests.textfilings import segment_info

WAIVER = segment_info(1, "The Written Waiver Bars the Setoff Counterclaim", document=2)
GUARANTY = segment_info(2, "The Guaranty Was Revoked Before the Advance", document=3)


def test_a_ground_after_the_point_is_not_set_aside() -> None:
    bases = _bases(
        [
            "The Court need not decide whether the guaranty was revoked before the advance, "
            "because the written waiver bars the setoff counterclaim."
        ],
        [WAIVER, GUARANTY],
    )
    assert bases[GUARANTY.heading] == "set-aside"
    assert bases[WAIVER.heading] != "set-aside"


def test_the_ground_clause_alone_names_no_point() -> None:
    # the same words with the waiver as the point left open: it is set aside
    bases = _bases(
        ["The Court need not decide whether the written waiver bars the setoff counterclaim."],
        [WAIVER, GUARANTY],
    )
    assert bases[WAIVER.heading] == "set-aside"


TOLLING_RAN = segment_info(3, "The Limitations Period Was Not Tolled by the Audit", document=2)
TOLLED = segment_info(4, "The Audit Tolled the Limitations Period", document=3)


def test_a_partys_own_argument_set_aside_is_that_partys_only() -> None:
    bases = _bases(
        ["The Court does not decide Stratus's further argument that the audit tolled the period."],
        [TOLLING_RAN, TOLLED],
    )
    assert bases[TOLLED.heading] == "set-aside"
    assert bases[TOLLING_RAN.heading] != "set-aside"


def test_a_point_owned_by_no_party_sets_aside_both_briefs() -> None:
    bases = _bases(
        ["The Court does not decide whether the audit tolled the limitations period."],
        [TOLLING_RAN, TOLLED],
    )
    assert bases[TOLLED.heading] == bases[TOLLING_RAN.heading] == "set-aside"


SETOFF = segment_info(5, "The Setoff Defense Fails as a Matter of Law", document=2)
FEES = segment_info(6, "The Fee Request Is Premature", document=3)


def test_a_point_disposed_of_before_remains_for_trial_is_decided() -> None:
    decided = _bases(
        ["The motion is DENIED as to the setoff defense, which remains for trial."], [SETOFF]
    )
    assert decided[SETOFF.heading] != "set-aside"
    left = _bases(["The setoff defense remains for trial."], [SETOFF])
    assert left[SETOFF.heading] == "set-aside"


def test_a_party_agreed_with_that_a_point_is_premature_wins_it() -> None:
    agreed = _bases(["The Court agrees with Stratus that the fee request is premature."], [FEES])
    assert agreed[FEES.heading] != "set-aside"
    left = _bases(["The fee request is premature."], [FEES])
    assert left[FEES.heading] == "set-aside"


BOND = segment_info(7, "The Court Should Require Only a Nominal Bond", document=2)
IMMUNITY = segment_info(8, "Section 230 Immunity Bars the Claim", document=3)


def test_a_nobodys_point_listed_beside_a_partys_own_is_set_aside_for_both_briefs() -> None:
    bases = _bases(
        ["The Court does not reach Stratus's Section 230 argument, or the amount of any bond."],
        [BOND, IMMUNITY],
    )
    assert bases[BOND.heading] == bases[IMMUNITY.heading] == "set-aside"


def test_both_sides_points_set_aside_leave_the_dispute_open_for_both() -> None:
    bases = _bases(
        [
            "Chirrup's argument that the audit ended in March, and Stratus's contention that "
            "the audit tolled the limitations period, will be taken up at trial."
        ],
        [TOLLING_RAN, TOLLED],
    )
    assert bases[TOLLED.heading] == bases[TOLLING_RAN.heading] == "set-aside"
