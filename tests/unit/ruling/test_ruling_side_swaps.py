"""The nineteenth pass: arguments credited to the wrong side (gold for the movant read for the
respondent, or the reverse). Who the parties of a caption "NAME, Appellant" are, a premise
granted and turned in one sentence, and an appellate court's issue-by-issue rulings ("We
overrule the first issue."). Fictional parties, captions and sentences."""

from __future__ import annotations

import pytest

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import Page, Role
from lawdiff.core.rulings import Side
from lawdiff.ruling import analyze_order, load_rulebook
from lawdiff.ruling.evidence import concessions, read_sentence, sentence_key
from lawdiff.ruling.parties import caption_marks, party_names
from lawdiff.ruling.readings import asks_own_relief, for_own_request
from lawdiff.ruling.sentences import Sentence
from tests.textfilings import accepted_link, document_info, segment_info

BOOK = load_rulebook()
PARTIES = party_names("Orchard Lane Creamery, LLC", "Bramble Yard Holdings, Ltd.")

# a Texas court of appeals: the caption centred, each role after its party's name
MEMORANDUM = (
    "Affirmed in Part, Reversed and Remanded in Part, and Memorandum Opinion filed May 4, 2026.\n\n"
    "                                 In The\n"
    "                        Ninth Court of Appeals\n"
    "                           NO. 09-26-00101-CV\n\n"
    "                  ORCHARD LANE CREAMERY, LLC, Appellant\n\n"
    "                                   V.\n\n"
    "                 BRAMBLE YARD HOLDINGS, LTD., Appellee\n\n"
    "                  On Appeal from the County Court at Law No. 3\n"
    "                          MEMORANDUM OPINION\n\n"
    "     The tenant, appellant Orchard Lane Creamery, LLC, raises three issues.\n"
)


def _side(text: str, conceded: bool = False) -> Side | None:
    sentence = Sentence(text, SegmentId(1), 1, 1)
    reading = read_sentence(sentence, BOOK, PARTIES, conceded=conceded)
    return reading.side if reading else None


def test_a_caption_with_the_role_after_the_name_marks_both_parties() -> None:
    marks = caption_marks([MEMORANDUM])
    assert [(m.name, m.words) for m in marks] == [
        ("ORCHARD LANE CREAMERY, LLC", ("appellant",)),
        ("BRAMBLE YARD HOLDINGS, LTD.", ("appellee",)),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # prose that ends with a role word is no caption line
        "This matter is before the court on the motion of Quill Mill, Inc., Plaintiff.",
        "The tenant, appellant Orchard Lane Creamery, LLC, raises three issues, appellant.",
        # a court's line is no party
        "IN THE NINTH COURT OF APPEALS, Appellant",
    ],
)
def test_a_line_that_is_no_name_before_its_role_marks_no_one(line: str) -> None:
    assert caption_marks([line]) == []


def test_analyze_order_names_the_parties_of_an_appellate_caption() -> None:
    """Briefs that name their filers only as "Appellant" and "Appellee": the memorandum's
    caption gives the names, so "Orchard Lane argues that the trial court erred" is the
    appellant's report, not the court's finding, and "Bramble Yard is right" is the
    appellee's."""
    order = document_info(1, Role.ORDER, "Memorandum Opinion")
    brief = document_info(2, Role.MOTION, "BRIEF OF APPELLANT")
    answer = document_info(3, Role.OPPOSITION, "BRIEF OF APPELLEE")
    segments = [
        segment_info(10, "II. Exclusion of the broker's testimony", document=1),
        segment_info(
            11,
            text=(
                "In its second issue, Orchard Lane argues that the trial court erred by "
                "excluding the broker's testimony. Bramble Yard is right that the broker's "
                "testimony was cumulative of the owner's."
            ),
            parent=10,
            document=1,
        ),
    ]
    argument = segment_info(1, "The Trial Court Erred by Excluding the Broker", document=2)
    link = accepted_link(argument, 10)

    def side(caption_page: str) -> Side:
        pages = [Page(1, caption_page, ())]
        found = analyze_order(order, segments, pages, brief, [argument], answer, [], [link], BOOK)
        return found.of_argument(argument.id).side  # type: ignore[union-attr]

    assert side(MEMORANDUM) is Side.RESPONDENT
    # without the names the report reads as the court's "the trial court erred"
    assert side("MEMORANDUM OPINION\n\nThe appeal is before the court.\n") is Side.MOVANT


@pytest.mark.parametrize(
    ("text", "conceded"),
    [
        (
            "Orchard Lane is right that the asking rate was above the market when the space was "
            "first listed, but the manager lowered the rate twice within four months.",
            True,
        ),
        ("Bramble Yard is correct that the fee is out of line; yet its own figure is low.", True),
        ("Orchard Lane correctly points out that the lease is silent, but that is no help.", True),
        # granted without a turn: a point won
        ("Orchard Lane is right that the asking rate was above the market.", False),
        (
            "Orchard Lane is right that the rate was above the market, and the listing was late.",
            False,
        ),
        # a turn before the concession turns nothing that follows it
        ("The rate was high, but Orchard Lane is right that the listing was prompt.", False),
    ],
)
def test_a_premise_granted_and_turned_in_one_sentence(text: str, conceded: bool) -> None:
    sentence = Sentence(text, SegmentId(1), 1, 1)
    assert (sentence_key(sentence) in concessions([sentence])) is conceded


def test_a_premise_turned_in_its_sentence_is_read_against_its_party() -> None:
    text = (
        "Orchard Lane is right that the asking rate was above the market, but the manager "
        "lowered the rate twice within four months."
    )
    sentence = Sentence(text, SegmentId(1), 1, 1)
    assert _side(text, conceded=sentence_key(sentence) in concessions([sentence])) is (
        Side.RESPONDENT
    )


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("We overrule the first issue.", Side.RESPONDENT),
        ("We therefore overrule Orchard Lane's second issue.", Side.RESPONDENT),
        ("We overrule the first two issues.", Side.RESPONDENT),
        ("We sustain the third issue.", Side.MOVANT),
        ("We sustain appellant's fourth point of error.", Side.MOVANT),
        # an objection overruled at trial is no issue of the appeal
        ("The trial court overruled the hearsay objection.", None),
        ("The Court overrules the objection to the exhibit.", None),
    ],
)
def test_an_appellate_court_rules_issue_by_issue(text: str, side: Side | None) -> None:
    assert _side(text) is side


@pytest.mark.parametrize(
    ("party", "short"),
    [
        # a Wisconsin caption read into the filing party: its classification code, its branch
        ("Defendant Case Code: 30301 Quarry Hill Packaging, Inc.", "quarry"),
        ("Plaintiff State of Wisconsin Circuit Court Dane County Branch 9 Oxbow Dairy", "oxbow"),
        ("Defendant Case No.: 2:24-cv-00001 Fennel Widgets, Inc.", "fennel"),
        # a name that only looks like one
        ("Plaintiff Casey Number Nine LLC", "casey"),
        ("Defendant Branch Banking Company", "branch"),
    ],
)
def test_caption_lines_read_into_a_party_are_no_part_of_its_name(party: str, short: str) -> None:
    names = party_names(party, "Plaintiff Lark Meadow Farms").names
    assert names.get(short) is Side.MOVANT


@pytest.mark.parametrize(
    ("heading", "own"),
    [
        ("Alternatively, the Court Should Permit Jurisdictional Discovery", True),
        ("Lark Meadow Should Be Granted Leave to Amend", True),
        ("Any Dismissal Must Be Conditioned to Protect Plaintiffs", True),
        ("Defendants Should Be Permitted to Answer and Defend on the Merits", True),
        # the opposition's usual ask is the motion's denial, not relief of its own
        ("The Motion Should Be Denied Because the Forum Clause Is Permissive", False),
        ("The Complaint Should Not Be Dismissed", False),
        ("Venue Is Proper in This District", False),
    ],
)
def test_an_opposition_heading_that_asks_relief_of_its_own(heading: str, own: bool) -> None:
    assert asks_own_relief(heading) is own


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the request the heading asks for, granted or refused
        ("The Court grants discovery limited to the distributor agreement.", Side.RESPONDENT),
        ("The request to answer is denied.", Side.MOVANT),
        # the motion's own disposition stays the motion's
        ("The motion to dismiss is granted.", Side.MOVANT),
        # a request whose owner is named is read by its owner already
        ("Orchard's request for fees is denied.", Side.RESPONDENT),
        # no disposing verb: the reading stands
        ("Bramble Yard is right that the record is thin.", Side.RESPONDENT),
    ],
)
def test_a_grant_or_refusal_on_the_respondents_own_request(text: str, side: Side) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES)
    assert reading is not None
    assert for_own_request([reading], PARTIES, BOOK)[0].side is side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Nor does Orchard Lane show that the delay was excusable.", Side.RESPONDENT),
        ("Nor does Bramble Yard explain the gap in its records.", Side.MOVANT),
        # "nor" turning the sentence before, with no party after it: no side of its own
        ("Nor does the timing of the motion undercut that showing.", None),
        ("Nor does the sixth: the default did not result from excusable neglect.", None),
    ],
)
def test_nor_does_speaks_against_the_party_it_names_only(text: str, side: Side | None) -> None:
    assert _side(text) is side


def test_a_section_of_citations_only_concedes_nothing() -> None:
    cites = [Sentence("See Lyons v. Poe, 1 F.4th 1 (1st Cir. 2021).", SegmentId(1), 1, 1)]
    assert concessions(cites) == frozenset()
    assert concessions([]) == frozenset()
