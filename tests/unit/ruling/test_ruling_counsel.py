"""The forty-fifth pass: counsel named in the party's place ("Ms Quillfeather submits that …",
"Mr Galloway KC contends …", "Learned counsel for the respondent urged …"). Apex, Commonwealth
and international courts report a position by counsel's name; the order's appearances (or
counsel's first mention, or the briefs' signature blocks) say whose counsel each is, so a
sentence naming counsel names that party. Fictional names and orders written for these rules.
"""

from __future__ import annotations

import pytest

from lawdiff.core.model import Page, Role, SegmentInfo
from lawdiff.core.rulings import Side
from lawdiff.ruling import analyze_order, load_rulebook
from lawdiff.ruling.counsel import Brief, appearances, counsel_words, signatures, with_counsel
from lawdiff.ruling.parties import party_names
from tests.textfilings import accepted_link, document_info, segment_info

BOOK = load_rulebook()
WORDS = counsel_words(BOOK)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Rhiannon Quillfeather (instructed by Avon Law Centre) for the Appellant\n"
            "Dominic Tarrant-Howe (instructed by Clift Lane LLP) for the Respondent\n",
            [("Rhiannon Quillfeather", "Appellant"), ("Dominic Tarrant-Howe", "Respondent")],
        ),
        (
            "N R Galloway SC with J M Ferris for the appellant (instructed by Dunmore Legal)\n",
            [("N R Galloway", "appellant"), ("J M Ferris", "appellant")],
        ),
        (
            "Counsel:        P T Ngaio and H L Marsden for Appellant\n"
            "                R J Whitlow for Respondent\n",
            [
                ("P T Ngaio", "Appellant"),
                ("H L Marsden", "Appellant"),
                ("R J Whitlow", "Respondent"),
            ],
        ),
        (
            "Counsel for the Plaintiff:                      T. Lindgard\n",
            [("T. Lindgard", "Plaintiff")],
        ),
        (
            "For the applicant: Adv L Mashaba with Adv P van Stade, instructed by Sithole Inc\n",
            [("L Mashaba", "applicant"), ("P van Stade", "applicant")],
        ),
        (
            "For the Complainant:\n     Nadia F. Kowalczyk, Esq.; Kowalczyk Driver Advocacy\n",
            [("Nadia F. Kowalczyk", "Complainant")],
        ),
        (
            "Counsel for the         Ms R Anandan\nApplicant:\n",
            [("R Anandan", "Applicant")],
        ),
        (
            "Appellant                                        Respondent\n"
            "Desmond Lightfoot KC                             Harriet Coyne KC\n"
            "(Instructed by Farrant Hale LLP)                 (Instructed by Greyfriars LLP)\n",
            [("Desmond Lightfoot", "Appellant"), ("Harriet Coyne", "Respondent")],
        ),
    ],
)
def test_an_appearance_names_counsel_and_the_party(text: str, found: list[tuple[str, str]]) -> None:
    assert sorted(appearances([text], WORDS)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "We have heard Ms. Radhika Venkatram, learned senior counsel for the appellant, and "
            "Mr. Omkar Deshmane, learned counsel for the respondent.",
            [("Radhika Venkatram", "appellant"), ("Omkar Deshmane", "respondent")],
        ),
        (
            "Learned counsel for the respondent, N. A. Obiora, Esq., distilled four issues.",
            [("N. A. Obiora", "respondent")],
        ),
        (
            "Curtis B. Haymore appeared for the Defendant, and the Plaintiff appeared in person.",
            [("Curtis B. Haymore", "Defendant")],
        ),
        (
            "Ms Quillfeather, for the appellant, submits that the Tribunal erred.",
            [("Quillfeather", "appellant")],
        ),
    ],
)
def test_a_first_mention_names_counsel_and_the_party(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert sorted(appearances([text], WORDS)) == sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Judgment for the Respondent.\n",
        "The order is set aside for the reasons given by the Court of Appeal.\n",
        "restore the order of the High Court giving judgment for the appellant in the sum of\n",
        "The Court, for the reasons below, allows the appeal.\n",
    ],
)
def test_a_line_naming_a_party_but_no_counsel_is_no_appearance(text: str) -> None:
    assert appearances([text], WORDS) == []


def test_a_brief_is_signed_by_its_counsel() -> None:
    assert signatures(["Respectfully submitted,", "/s/ Harlan P. Devenish"], WORDS) == [
        "Harlan P. Devenish"
    ]
    assert signatures(["P T Ngaio / H L Marsden", "Counsel for the appellant"], WORDS) == [
        "P T Ngaio",
        "H L Marsden",
    ]
    signed = ["Anton J. Berisko (P71893)\nBERISKO WALLACE PLLC\nCounsel for Plaintiff"]
    assert signatures(signed, WORDS) == ["Anton J. Berisko"]
    assert signatures(["The Court should grant the motion."], WORDS) == []


APPEARANCES = (
    "EMPLOYMENT APPEAL TRIBUNAL\n\n"
    "Rhiannon Quillfeather (instructed by Avon Law Centre) for the Appellant\n"
    "Dominic Tarrant-Howe (instructed by Clift Lane LLP) for the Respondent\n"
)
BRIEFS = [
    Brief(Side.MOVANT, "APPELLANT'S SKELETON ARGUMENT", "", ()),
    Brief(Side.RESPONDENT, "RESPONDENT'S SKELETON ARGUMENT", "", ()),
]


def _sides(parties_text: str, sentence: str, briefs: list[Brief] = BRIEFS) -> list[Side]:
    parties = with_counsel(party_names("", "", ""), [parties_text], briefs, BOOK)
    return [side for _, _, side in parties.mentions(sentence)]


def test_counsel_takes_the_side_of_the_brief_naming_its_party() -> None:
    """Neither brief names its party but by its title ("APPELLANT'S …"): the appellant's
    counsel is the movant's, the respondent's counsel the respondent's."""
    assert _sides(APPEARANCES, "Ms Quillfeather submits that the Tribunal erred.") == [Side.MOVANT]
    assert _sides(APPEARANCES, "Mr. Tarrant-Howe's second submission fails.") == [Side.RESPONDENT]
    assert _sides(APPEARANCES, "Learned counsel for the respondent urged delay.") == [
        Side.RESPONDENT
    ]
    # a brief filed by the respondents (an interlocutory application) makes them the movant
    swapped = [
        Brief(Side.MOVANT, "RESPONDENTS' OUTLINE OF SUBMISSIONS", "", ()),
        Brief(Side.RESPONDENT, "APPLICANT'S OUTLINE OF SUBMISSIONS IN OPPOSITION", "", ()),
    ]
    fca = "Counsel for the         Mr P Costain SC\nRespondents:\n"
    assert _sides(fca, "Mr Costain SC contends otherwise.", swapped) == [Side.MOVANT]


def test_a_surname_that_is_the_other_sides_party_stays_the_party() -> None:
    parties = party_names("Appellant Dora Quillfeather", "Respondent Severn Logistics Ltd", "")
    before = dict(parties.names)
    after = with_counsel(parties, [APPEARANCES.replace("Tarrant-Howe", "Quillfeather")], [], BOOK)
    assert after.names["quillfeather"] is before["quillfeather"]
    assert "mr quillfeather" not in after.names or after.names["mr quillfeather"] is Side.MOVANT


def test_without_appearances_the_briefs_signatures_name_counsel() -> None:
    briefs = [
        Brief(Side.MOVANT, "Motion", "", ("/s/ Harlan P. Devenish", "Counsel for Defendant")),
        Brief(Side.RESPONDENT, "Opposition", "", ("/s/ Imogen Talley", "Counsel for Plaintiff")),
    ]
    order = "ORDER\n\nThe motion is before the Court.\n"
    assert _sides(order, "Mr. Devenish argues the claim is late.", briefs) == [Side.MOVANT]
    assert _sides(order, "Ms. Talley says it is not.", briefs) == [Side.RESPONDENT]


def _order(text: str, heading: str) -> list[SegmentInfo]:
    return [
        segment_info(10, heading, document=1),
        segment_info(11, text=text, parent=10, document=1),
    ]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "Ms Quillfeather submits that at paragraph 61 the Tribunal substituted its own view. "
            "I do not accept that.",
            Side.RESPONDENT,
        ),
        (
            "Mr Tarrant-Howe submits that the Tribunal weighed the cover costs. I do not accept "
            "that.",
            Side.MOVANT,
        ),
        ("Mr Tarrant-Howe is right that the Tribunal weighed the cover costs.", Side.RESPONDENT),
    ],
)
def test_analyze_order_reads_counsel_as_the_party(sentence: str, side: Side) -> None:
    """An appeal whose briefs name their filer only by the title's mark and whose judgment
    names only counsel: without the appearances the sentence names no one."""
    order = document_info(1, Role.ORDER, "Judgment")
    appeal = document_info(2, Role.MOTION, "APPELLANT'S SKELETON ARGUMENT")
    answer = document_info(3, Role.OPPOSITION, "RESPONDENT'S SKELETON ARGUMENT")
    segments = _order(sentence, "Ground 1: substitution")
    argument = segment_info(1, "The Tribunal Substituted Its Own View", document=2)
    pages = [Page(1, APPEARANCES, ())]
    found = analyze_order(
        order, segments, pages, appeal, [argument], answer, [], [accepted_link(argument, 10)], BOOK
    )
    ruling = found.of_argument(argument.id)
    assert ruling is not None
    assert ruling.side is side


def test_an_opposition_to_the_defendants_application_makes_the_claimants_counsel_its_own() -> None:
    """Briefs whose titles were not read: the opposition says whose application it opposes
    (the defendant's), so the defendant is the movant and the claimant, the other party the
    appearances name, the respondent."""
    briefs = [
        Brief(Side.MOVANT, "motion.txt", "", ("for the hearing of its application",)),
        Brief(
            Side.RESPONDENT,
            "opposition.txt",
            "",
            ("in opposition to the Defendant's application dated 14 August 2026",),
        ),
    ]
    order = (
        "Naomi Prendergrass (instructed by Calloway LLP) for the Claimant\n"
        "Tobias Ellery (instructed by Hebden Marsh Solicitors) for the Defendant\n"
    )
    assert _sides(order, "Ms Prendergrass is right that it is no abuse.", briefs) == [
        Side.RESPONDENT
    ]
    assert _sides(order, "Mr Ellery submits that the claim adds nothing.", briefs) == [Side.MOVANT]
    # without the opposition's words neither party has a side, and counsel names no one
    unread = [Brief(b.side, b.title, "", ()) for b in briefs]
    assert _sides(order, "Ms Prendergrass is right that it is no abuse.", unread) == []
