"""The thirty-first pass: what a "need not reach" sentence's object is, and what it is not.

* A clause of its own after the point set aside ("does not reach the merits of the remarks,
  and Ground Three is denied as procedurally defaulted") decides what it names: it is no part
  of the point left open.
* Material left out of the record ("does not consider the affidavit …, which is outside the
  pleadings") sets no point aside.
* A cue with no object after it ("…, a point we do not resolve, Stratus offered …") names its
  point before it, not the clause that follows.
* "It does not reach physical harm" with a doctrine as the subject says what the doctrine
  covers; only the court (we, I, the undersigned) sets a point aside that way.
* A clause after the point that only finds it moot ("…, and the request is denied as moot")
  decides nothing: the point stays set aside.

A small order written for these rules; Chirrup moves, Stratus opposes.
"""

from __future__ import annotations

from tests.rulingbases import ruling_bases as _bases
from tests.textfilings import segment_info

DEFAULTED = segment_info(1, "Ground Three Is Procedurally Defaulted", document=3)
REMARKS = segment_info(2, "The Prosecutor's Remarks Denied a Fair Trial", document=2)


def test_a_clause_of_its_own_after_the_point_is_no_part_of_it() -> None:
    bases = _bases(
        [
            "The Court therefore does not reach the merits of the prosecutor's remarks, and "
            "Ground Three is denied as procedurally defaulted."
        ],
        [DEFAULTED, REMARKS],
    )
    assert bases[REMARKS.heading] == "set-aside"
    assert bases[DEFAULTED.heading] != "set-aside"


def test_a_further_point_listed_after_and_whether_is_still_set_aside() -> None:
    bases = _bases(
        [
            "The Court does not decide whether the prosecutor's remarks denied a fair trial, "
            "and whether Ground Three is procedurally defaulted."
        ],
        [DEFAULTED, REMARKS],
    )
    assert bases[REMARKS.heading] == bases[DEFAULTED.heading] == "set-aside"


SUPPLEMENTAL = segment_info(3, "The Court Should Decline Supplemental Jurisdiction", document=2)


def test_a_clause_after_and_comma_decides_what_it_names() -> None:
    bases = _bases(
        [
            "The Court expresses no opinion on the merits of the local claims and, exercising "
            "its discretion, declines supplemental jurisdiction over them."
        ],
        [SUPPLEMENTAL],
    )
    assert bases[SUPPLEMENTAL.heading] != "set-aside"


RETREATMENT = segment_info(4, "The Bond Limits the Obligation to Retreatment", document=2)


def test_material_left_out_of_the_record_sets_no_point_aside() -> None:
    bases = _bases(
        [
            "The Court does not consider the affidavit of the branch manager describing the "
            "retreatment under the bond, which is outside the pleadings."
        ],
        [RETREATMENT],
    )
    assert bases[RETREATMENT.heading] != "set-aside"


PRETEXT = segment_info(5, "The Attendance Reason Was Pretextual", document=2)
PRIMA_FACIE = segment_info(6, "Six Weeks Establish a Prima Facie Causal Link", document=2)


def test_a_cue_without_an_object_after_it_names_the_point_before_it() -> None:
    bases = _bases(
        [
            "Even if six weeks would establish a prima facie causal link, a point we do not "
            "resolve, Stratus offered a legitimate attendance reason, and Chirrup has not "
            "produced evidence that the attendance reason was pretextual."
        ],
        [PRETEXT, PRIMA_FACIE],
    )
    assert bases[PRETEXT.heading] != "set-aside"
    assert bases[PRIMA_FACIE.heading] == "set-aside"


OTHER_PROPERTY = segment_info(7, "The Loss of Live Birds Is Damage to Other Property", document=3)


def test_a_doctrine_that_does_not_reach_a_harm_sets_nothing_aside() -> None:
    bases = _bases(
        [
            "The economic loss doctrine bars tort recovery for a product's failure, but it does "
            "not reach physical damage to other property, and live birds are other property."
        ],
        [OTHER_PROPERTY],
    )
    assert bases[OTHER_PROPERTY.heading] != "set-aside"


PUNITIVE = segment_info(9, "The Demand for Punitive Damages Should Be Stricken", document=2)


def test_a_clause_after_the_point_that_only_finds_it_moot_decides_nothing() -> None:
    bases = _bases(
        [
            "Because the punitive damages demand rests on the fraud count, the Court need not "
            "take up whether punitive damages could be recovered on other theories, and the "
            "request to strike the punitive damages demand is denied as moot."
        ],
        [PUNITIVE],
    )
    assert bases[PUNITIVE.heading] == "set-aside"
