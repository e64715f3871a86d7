"""The decree-form table of ``lawdiff evaluate rulings --perturb`` (evaluation/decreeforms.py)."""

from __future__ import annotations

from lawdiff.evaluation.decreeforms import DECREE_FORMS, applies, decree, fields, rewrite

MOTION = {
    "name": "Plaintiff's Motion for a Preliminary Injunction (Lanham Act claims)",
    "movant_name": "Arden",
    "ecf": "27",
    "disposition": "denied",
}
ORDER = (
    "ORDER\n\n     Arden moves for a preliminary injunction. The Court has read the briefs.\n\n"
    "     For these reasons, IT IS ORDERED that Plaintiff's Motion for a Preliminary\n"
    "Injunction is DENIED. The hearing set for May 2 is VACATED.\n\n     SO ORDERED.\n"
)


def test_fields_name_the_motion_its_relief_and_its_docket_number() -> None:
    found = fields(MOTION)
    assert found["name"] == "Plaintiff's Motion for a Preliminary Injunction"
    assert found["relief"] == "for a preliminary injunction"
    assert found["act"] == "grant a preliminary injunction"
    assert found["ecf"] == "27"
    assert fields({**MOTION, "name": "Defendant's Motion to Compel Discovery"})["act"] == (
        "compel discovery"
    )


def test_each_form_writes_the_gold_disposition_in_its_own_words() -> None:
    by_name = {f.name: f for f in DECREE_FORMS}
    assert decree(by_name["docket-number"], MOTION) == "ECF No. 27 is DENIED."
    assert decree(by_name["motion-fails"], MOTION) == "Accordingly, Arden's motion fails."
    granted = {**MOTION, "disposition": "granted"}
    assert decree(by_name["sustained-overruled"], granted) == "The motion is SUSTAINED."


def test_a_form_applies_only_where_it_has_words_and_the_fields_it_needs() -> None:
    by_name = {f.name: f for f in DECREE_FORMS}
    assert applies(by_name["court-declines"], MOTION)
    assert not applies(by_name["court-declines"], {**MOTION, "disposition": "granted"})
    assert not applies(by_name["docket-number"], {**MOTION, "ecf": ""})
    assert not applies(by_name["appellate"], MOTION)  # no appeal
    appeal = {"name": "Appellant's appeal from the judgment", "disposition": "denied"}
    assert applies(by_name["appellate"], appeal)
    assert not applies(by_name["terse"], appeal)


def test_rewrite_replaces_the_whole_sentence_a_quote_lies_in_across_line_breaks() -> None:
    quote = "IT IS ORDERED that Plaintiff's Motion for a Preliminary Injunction is DENIED."
    new = rewrite(ORDER, [quote], "Motion DENIED.")
    assert new is not None
    assert "Motion DENIED. The hearing set for May 2 is VACATED." in new
    assert "For these reasons" not in new  # the quote's sentence, from its start
    assert rewrite(ORDER, ["a sentence the order does not hold"], "Motion DENIED.") is None
    # a sentence lawdiff read that is not in the text is skipped, not an error
    assert rewrite(ORDER, [quote], "X.", ["not there"]) == rewrite(ORDER, [quote], "X.")


def test_rewrite_skips_a_sentence_lawdiff_read_that_is_a_quote_already_replaced() -> None:
    quote = "IT IS ORDERED that Plaintiff's Motion for a Preliminary Injunction is DENIED."
    # the sentence lawdiff read is the gold quote itself: rewritten once, not unwritable
    assert rewrite(ORDER, [quote], "X.", [quote]) == rewrite(ORDER, [quote], "X.")
    # a gold quote the order does not hold stays unwritable
    assert rewrite(ORDER, [quote, "not there"], "X.", [quote]) is None


def test_the_forms_of_unseen_styles_apply_only_to_the_motions_they_fit() -> None:
    by_name = {f.name: f for f in DECREE_FORMS}
    msj = {"name": "Defendant's Motion for Summary Judgment", "disposition": "granted"}
    assert fields(msj)["thing"] == "summary judgment"
    assert decree(by_name["conclusions-of-law"], {**msj, "movant_name": "Kestrel"}).endswith(
        "2. Kestrel is entitled to summary judgment."
    )
    # judgment entered is a decree of a motion that can end the case only
    assert applies(by_name["judgment-relief"], msj)
    assert not applies(by_name["judgment-relief"], {**msj, "name": "Motion to Compel"})
    # a demurrer is sustained or overruled; a motion is not a demurrer
    assert not applies(by_name["demurrer"], msj)
    assert applies(by_name["demurrer"], {**msj, "name": "Defendant's Demurrer"})
    # a relief without "for" has no thing to be entitled to
    assert not applies(by_name["conclusions-of-law"], {**msj, "name": "Motion to Compel"})
    # the tribunal and remand forms are an appeal's alone
    appeal = {"name": "Appellant's appeal from the judgment", "disposition": "granted"}
    assert applies(by_name["tribunal-decision"], appeal)
    assert not applies(by_name["tribunal-decision"], msj)
    assert "REMANDED" in decree(by_name["remand"], appeal)
