"""Layouts of the pairs13 tuning batch's court styles, in fictional briefs written for the test:
a Missouri brief's points relied on, repeated under ARGUMENT as its headings ("I. The trial court
erred in … because …, in that …", one long sentence), and a California demurrer's caption box
and NOTICE OF DEMURRER AND DEMURRER (its address to the other side in capitals right below),
a § 2255 motion on the AO 243 form (numbered questions, then "GROUND ONE: …"), and an Oklahoma
brief (its SUMMARY OF THE RECORD after the INDEX, "PROPOSITION I" alone above its title or
before it after a colon) — each with the body text that must stay body."""

from __future__ import annotations

from lawdiff.core.caption_fields import has_field_cell
from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from lawdiff.segment.relied_on import is_point_relied_on
from tests.textfilings import BODY, outline


def texts(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every segment of ``text`` imported as a one-page brief."""
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    return [(s.kind.value, s.text) for s in segment_filing(filing).segments]


# ---------------------------------------------------------------- Missouri points relied on

# The body as a word processor saves it: a paragraph a line, a blank line between paragraphs.
PARAGRAPH = " ".join(BODY.split())
POINTS = (
    "The trial court erred in granting summary judgment on the contract claim because a "
    "genuine dispute of material fact remained about the date of delivery, in that the "
    "buyer's own invoice and the carrier's log record the delivery on different days.",
    "The trial court erred in excluding the testimony of the appraiser because the objection "
    "went to the weight and not the admissibility of her opinion, in that she used the same "
    "comparable sales method that the county assessor relied on for the same parcel.",
    "The circuit court abused its discretion in denying leave to amend the petition because "
    "justice required leave under Rule 55.33(a), in that the amendment arose from the same "
    "facts and the respondents showed no prejudice from the timing of the request.",
)


def missouri_brief(points: tuple[str, ...] = POINTS) -> str:
    """A Missouri appellant's brief: the points listed under POINTS RELIED ON (the number on
    its own line, the point and its authorities below), then argued under ARGUMENT; a
    paragraph a line."""
    romans = ("I.", "II.", "III.")
    listed = "".join(
        f"{roman}\n\n{point}\n\nAlden v. Birch, 100 S.W.3d 1 (Mo. banc 2003)\n\n"
        for roman, point in zip(romans, points, strict=False)
    )
    argued = "".join(
        f"{roman} {point}\n\n{PARAGRAPH}\n\n" for roman, point in zip(romans, points, strict=False)
    )
    return (
        f"STATEMENT OF FACTS\n\n{PARAGRAPH}\n\nPOINTS RELIED ON\n\n{listed}"
        f"ARGUMENT\n\n{argued}CONCLUSION\n\n{PARAGRAPH}\n"
    )


def test_the_argued_points_relied_on_are_headings_under_argument() -> None:
    found = outline(missouri_brief())
    assert [(label, level) for label, _, level in found] == [
        ("STATEMENT OF FACTS", 0),
        ("POINTS RELIED ON", 0),
        ("ARGUMENT", 0),
        ("I", 1),
        ("II", 1),
        ("III", 1),
        ("CONCLUSION", 0),
    ]
    assert [heading for label, heading, _ in found if label in ("I", "II", "III")] == list(POINTS)


def test_a_lone_point_relied_on_is_a_heading_too() -> None:
    found = outline(missouri_brief(POINTS[:1]))
    assert ("I", POINTS[0], 1) in found


def test_a_point_inline_in_the_points_relied_on_list_is_no_heading() -> None:
    text = missouri_brief().replace("I.\n\nThe trial", "I. The trial", 1)
    found = outline(text)
    assert [label for label, _, _ in found].count("I") == 1  # the argued one only


def test_a_numbered_paragraph_saying_the_court_erred_stays_body_text() -> None:
    # the formula's "because" without its "in that", and a paragraph of two sentences
    paragraphs = (
        "The trial court erred in granting summary judgment on the contract claim because a "
        "genuine dispute of material fact remained about the date of delivery, and the buyer "
        "never had a chance to depose the carrier's driver about the log.",
        "The trial court erred in excluding the appraiser because the objection went to "
        "weight, in that she used the assessor's method. The assessor agreed with her.",
    )
    for paragraph in paragraphs:
        text = f"ARGUMENT\n\n1. {paragraph}\n\n{PARAGRAPH}\n\nCONCLUSION\n\n{PARAGRAPH}\n"
        assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "CONCLUSION"]


def test_the_formula_of_a_point_relied_on() -> None:
    assert all(is_point_relied_on(point) for point in POINTS)
    assert is_point_relied_on(
        "The Commission erred in denying benefits because the award is not supported by "
        "competent evidence, in that no physician related the injury to the fall."
    )
    assert not is_point_relied_on(POINTS[0].rstrip("."))  # no closing period
    assert not is_point_relied_on("Appellants argue that the trial court erred because of it.")
    assert not is_point_relied_on(POINTS[0] + " " + POINTS[1])  # two sentences
    assert not is_point_relied_on(" ".join([POINTS[0][:-1]] + ["and more"] * 30) + ".")


# ---------------------------------------------------------------- California demurrer

CAPTION = """\
               SUPERIOR COURT OF THE STATE OF CALIFORNIA
                          COUNTY OF ALAMEDA

MARGO LINDQVIST,                          )  Case No. 25CV000111
                                          )
              Plaintiff,                  )  DEFENDANT'S NOTICE OF DEMURRER AND
     v.                                   )  DEMURRER TO COMPLAINT
                                          )
HARBORVIEW OWNERS ASSOCIATION,            )  Date:  April 2, 2026
              Defendant.                  )  Time:  9:00 a.m.
                                          )  Dept.: 17

"""
ADDRESS = "TO PLAINTIFF AND HER ATTORNEYS OF RECORD: PLEASE TAKE"
NOTICE = (
    "NOTICE that on April 2, 2026, at 9:00 a.m., in Department 17 of the above-entitled "
    "Court, Defendant will and hereby does demur to the Complaint under Code of Civil "
    "Procedure section 430.10."
)


def demurrer(title: str = "NOTICE OF DEMURRER AND DEMURRER") -> str:
    """A demurrer's first page: the caption box, the notice's title with the notice's first
    line in capitals right under it, then the memorandum."""
    return (
        f"{CAPTION}{title}\n{ADDRESS}\n{NOTICE}\n\n"
        f"MEMORANDUM OF POINTS AND AUTHORITIES\n\nI. INTRODUCTION\n\n{BODY}\n"
    )


def test_the_notice_of_demurrer_is_a_heading_over_its_notice() -> None:
    found = outline(demurrer())
    assert [(label, level) for label, _, level in found] == [
        ("NOTICE OF DEMURRER AND DEMURRER", 0),
        ("MEMORANDUM OF POINTS AND AUTHORITIES", 0),
        ("I", 1),
    ]
    notice = [body for kind, body in texts(demurrer()) if body.startswith(ADDRESS)]
    assert notice and NOTICE.split()[-1] in notice[0]  # the address opens the notice's text
    assert not any("Dept.:" in body for _, body in texts(demurrer()))  # the caption's field


def test_a_capital_line_opening_with_to_still_wraps_a_heading() -> None:
    # only an address to the other side ("TO … OF RECORD") opens text under capitals
    wrapped = "I. THE DEMURRER SHOULD BE SUSTAINED AS\nTO EVERY CAUSE OF ACTION IN THE COMPLAINT"
    text = demurrer().replace("I. INTRODUCTION", wrapped)
    assert outline(text)[-1][1] == (
        "THE DEMURRER SHOULD BE SUSTAINED AS TO EVERY CAUSE OF ACTION IN THE COMPLAINT"
    )


def test_a_caption_field_after_the_box_parenthesis() -> None:
    assert has_field_cell("                    )  Dept.: C22")
    assert has_field_cell("HARBORVIEW OWNERS, )  Date:  April 2, 2026")
    assert not has_field_cell("The order (Dkt. 12) dated March 3 is final.")


# ---------------------------------------------------------------- AO 243 form grounds

FORM = """\
MOTION UNDER 28 U.S.C. § 2255 TO VACATE, SET ASIDE, OR CORRECT
SENTENCE BY A PERSON IN FEDERAL CUSTODY

United States District Court          District: District of Nowhere

1. (a) Name and location of court which entered the judgment of conviction: this Court

2. Length of sentence: 120 months

3. Did you appeal from the judgment of conviction? Yes [ ] No [X]

4. For this motion, state every ground on which you claim that you are being held in \
violation of the Constitution, laws, or treaties of the United States.

GROUND ONE: My lawyer did not file the appeal I asked for.

(a) Supporting facts (Do not argue or cite law. Just state the specific facts.):
{facts}

GROUND TWO: My sentence was figured on the wrong guideline range.

(a) Supporting facts (Do not argue or cite law. Just state the specific facts.):
{facts}

5. Do you have any motion now pending in any court? Yes [ ] No [X]

MEMORANDUM OF LAW

ARGUMENT

{facts}
"""


def test_the_grounds_of_a_form_motion_are_headings() -> None:
    found = outline(FORM.format(facts=PARAGRAPH))
    assert [(label, level) for label, _, level in found][:2] == [
        ("GROUND ONE", 0),
        ("GROUND TWO", 0),
    ]
    assert found[0][1] == "My lawyer did not file the appeal I asked for."
    assert ("ARGUMENT", "ARGUMENT", 0) in found


def test_a_ground_named_inside_a_question_opens_no_body() -> None:
    text = FORM.format(facts=PARAGRAPH).replace("GROUND ONE: My", "Ground one: my")
    text = text.replace("GROUND TWO: My", "Ground two: my")
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT"]


# ---------------------------------------------------------------- Oklahoma propositions

INDEX = """\
INDEX

SUMMARY OF THE RECORD ........................................ 1
ARGUMENT AND AUTHORITIES ..................................... 2
PROPOSITION I: THE CLAIM WAS TIMELY .......................... 2
    51 O.S. § 156
CONCLUSION ................................................... 5

"""


def oklahoma_brief(*propositions: str, summary: str = "SUMMARY OF THE RECORD") -> str:
    """An Oklahoma brief: its INDEX, the summary of the record, then the propositions."""
    argued = "".join(f"{proposition}\n\n{PARAGRAPH}\n\n" for proposition in propositions)
    return (
        f"{INDEX}{summary}\n\n{PARAGRAPH}\n\nARGUMENT AND AUTHORITIES\n\n{argued}"
        f"CONCLUSION\n\n{PARAGRAPH}\n"
    )


def test_the_summary_of_the_record_after_the_index_is_a_heading() -> None:
    for summary in ("SUMMARY OF THE RECORD", "SUPPLEMENTAL SUMMARY OF THE RECORD"):
        found = outline(oklahoma_brief("PROPOSITION I: THE CLAIM WAS TIMELY", summary=summary))
        assert [(label, level) for label, _, level in found] == [
            (summary, 0),
            ("ARGUMENT AND AUTHORITIES", 0),
            ("PROPOSITION I", 1),
            ("CONCLUSION", 0),
        ]


def test_a_proposition_alone_above_its_title_is_one_heading() -> None:
    found = outline(
        oklahoma_brief(
            "PROPOSITION I\nThe Claim Was Timely Presented.",
            "PROPOSITION II\nThe City Waived the Notice.",
        )
    )
    assert [(label, heading) for label, heading, _ in found][1:4] == [
        ("ARGUMENT AND AUTHORITIES", "ARGUMENT AND AUTHORITIES"),
        ("PROPOSITION I", "The Claim Was Timely Presented."),
        ("PROPOSITION II", "The City Waived the Notice."),
    ]


def test_a_california_proposition_is_no_enumerator() -> None:
    labels = [label for label, _, _ in outline(oklahoma_brief("PROPOSITION 1 DOES NOT APPLY"))]
    assert "PROPOSITION 1 DOES NOT APPLY" in labels  # an unnumbered heading in capitals
