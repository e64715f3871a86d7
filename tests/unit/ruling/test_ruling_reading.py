"""Which party a sentence's cue speaks about (issue 15, third pass).

Sentences written for these rules: a cue naming no party is about the argument the court last
reported; the owner of "X's argument that …" is X, not a name inside the that-clause; "it
does not" after a cue denies it; "neither side" is a finding against both; the Complaint
speaks for the plaintiff; in an order deciding numbered motions, a sentence about MIL No. 2
does not rule on MIL No. 1.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.evidence import discourse_speakers, read_sentence, sentence_key
from lawdiff.ruling.parties import party_names, with_experts
from lawdiff.ruling.sentences import Sentence, SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.rulingbases import sentence_side
from tests.textfilings import segment_info

BOOK = load_rulebook()
# Chirrup moves (plaintiff), Stratus opposes (defendant)
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the owner of the argument, not the name inside its that-clause
        (
            "Stratus's argument that the letter shows how Chirrup monitored temperature misses "
            "the mark.",
            Side.MOVANT,
        ),
        # after a clause break the nearest name speaks again
        (
            "Because Stratus's argument came late, Chirrup has not shown any harm.",
            Side.RESPONDENT,
        ),
        # "it does not" after the cue denies it
        (
            "Relief is proper only where the balance tips sharply toward Chirrup, and for the "
            "reasons below it does not.",
            Side.RESPONDENT,
        ),
        ("Neither side has shown that its witnesses are unwilling.", Side.MIXED),
        # the plaintiff's pleading is the plaintiff's
        ("The Complaint does not allege who made the statements.", Side.RESPONDENT),
        ("Section 8.2 permits a reserve; the Court agrees with Stratus.", Side.RESPONDENT),
    ],
)
def test_the_party_a_cue_speaks_about(text: str, side: Side) -> None:
    assert sentence_side(text) is side


def test_a_cue_naming_no_party_is_about_the_argument_last_reported() -> None:
    texts = [
        "Chirrup says the notice was effective.",
        "Stratus contends that the notice was defective.",
        "That argument is not persuasive.",
    ]
    sentences = [Sentence(t, SegmentId(1), 1, i) for i, t in enumerate(texts)]
    speakers = discourse_speakers(sentences, PARTIES)
    last = sentences[-1]
    assert speakers[sentence_key(last)] is Side.RESPONDENT
    reading = read_sentence(last, BOOK, PARTIES, speaker=speakers[sentence_key(last)])
    assert reading is not None and reading.side is Side.MOVANT  # Stratus's argument lost
    alone = read_sentence(last, BOOK, PARTIES)
    assert alone is not None and alone.side is Side.RESPONDENT  # without context: the movant's


def test_a_new_section_forgets_the_speaker() -> None:
    sentences = [
        Sentence("Stratus contends that the notice was defective.", SegmentId(1), 1, 1),
        Sentence("Irreparable harm is required.", SegmentId(2), 1, 2),
    ]
    assert sentence_key(sentences[1]) not in discourse_speakers(sentences, PARTIES)


def _segment(number: int, heading: str, text: str, document: int) -> SegmentInfo:
    return segment_info(number, heading, text, document=document)


def test_a_sentence_about_another_numbered_motion_does_not_rule_on_this_one() -> None:
    order = [
        _segment(10, "", "MIL No. 1 (warning letter): GRANTED. The letter is irrelevant.", 1),
        _segment(11, "", "MIL No. 2 (late witness): DENIED. Chirrup has not shown harm.", 1),
    ]
    arguments = [
        _segment(1, "MOTION IN LIMINE NO. 1: The Warning Letter Should Be Excluded", "", 2),
        _segment(2, "MOTION IN LIMINE NO. 2: The Late Witness Should Not Testify", "", 2),
    ]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    # the linker tied both arguments to both paragraphs (as with one big minute-order section)
    links = {
        SegmentId(1): [SegmentId(10), SegmentId(11)],
        SegmentId(2): [SegmentId(10), SegmentId(11)],
    }
    rulings = rule_arguments(text, arguments, links, PARTIES, BOOK, DispositionKind.GRANTED_IN_PART)
    assert [r.side for r in rulings] == [Side.MOVANT, Side.RESPONDENT]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a bench ruling's contractions are spelled out before the cues are matched
        ("Chirrup hasn't shown that the late disclosure harmed it.", Side.RESPONDENT),
        ("I'm with Stratus on the custodians.", Side.RESPONDENT),
        # a "serious questions" finding negated is against the party that had to show it
        ("Nor, for the reasons given, has Chirrup raised serious questions.", Side.RESPONDENT),
        ("The contract claim presents serious questions.", Side.MIXED),
        # "No. 5" is no negation
        ("MIL No. 5: GRANTED IN PART and DENIED IN PART.", Side.MIXED),
        # a pronoun opening a clause is the subject of the clause before
        (
            "The Complaint alleges that Stratus withheld the reserve; it does not allege that "
            "the reserve was segregated.",
            Side.RESPONDENT,  # against the Complaint's party, Chirrup (the movant here)
        ),
    ],
)
def test_bench_words_negation_and_pronouns(text: str, side: Side) -> None:
    assert sentence_side(text) is side


def test_a_section_that_states_its_ruling_first_decides_its_arguments() -> None:
    order = [
        _segment(
            10,
            "",
            "First cause of action (breach of lease): OVERRULED. Stratus argues that the lease "
            "is not attached. The complaint pleads its terms; nothing more is required. Stratus "
            "has failed to cite any authority otherwise, and Chirrup has not shown bad faith.",
            1,
        ),
    ]
    arguments = [_segment(1, "The Breach of Lease Claim Fails Because the Lease Is Absent", "", 2)]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    rulings = rule_arguments(text, arguments, {SegmentId(1): [SegmentId(10)]}, PARTIES, BOOK, None)
    assert rulings[0].side is Side.RESPONDENT  # overruled: the demurring movant lost


def test_in_a_motion_to_exclude_the_expert_speaks_for_the_respondent() -> None:
    parties = with_experts(PARTIES, ["Chirrup's Motion to Exclude Dr. Anne Becker's Opinions"])
    sentence = Sentence("Dr. Becker has established a proper foundation.", SegmentId(1), 1, 1)
    reading = read_sentence(sentence, BOOK, parties)
    assert reading is not None and reading.side is Side.RESPONDENT
    assert "becker" in parties.names and "becker" not in parties.party_words  # still a topic
    assert with_experts(PARTIES, ["Dr. Becker Has Established Foundation"]) is PARTIES


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a party's own request disposed of: granted is for that party, denied against it,
        # whichever side filed the motion the order decides
        (
            "Stratus's request for a protective order is granted as to the deposition.",
            Side.RESPONDENT,
        ),
        ("Stratus's request for fees is DENIED.", Side.MOVANT),
        ("Chirrup's motion is GRANTED.", Side.MOVANT),
        ("The motion is DENIED.", Side.RESPONDENT),
        # a request named without its owner is the movant's
        ("The request to dismiss the action should be denied.", Side.RESPONDENT),
        # "is GRANTED" inside "GRANTED in part" is no grant in full
        ("For these reasons, the Motion is GRANTED in part and DENIED in part.", Side.MIXED),
        # a claim dismissed is what the motion asked; a claim that survives is not
        ("Count Four is dismissed without prejudice.", Side.MOVANT),
        ("The UCL claim survives.", Side.RESPONDENT),
        ("Count II will proceed to trial.", Side.RESPONDENT),
        # a defense kept against a motion to strike
        (
            "The answer decides whether suit was timely, so the Second Defense stays in.",
            Side.RESPONDENT,
        ),
        (
            "It cannot be right on the pleadings alone, and the Fifth Defense stands.",
            Side.RESPONDENT,
        ),
        # the object of "DENIES" is someone's motion, the name misspelt: the motion decided
        ("Thus, the Court DENIES Chirup's motion as to Stratus's expert reports.", Side.RESPONDENT),
        # an appeal: the court below erred (for the appellant) or got it right
        ("The district court correctly granted summary judgment on this claim.", Side.RESPONDENT),
        ("We therefore vacate the judgment insofar as it dismissed the claim.", Side.MOVANT),
        ("The district court erred in holding the exclusion unambiguous.", Side.MOVANT),
        # an adverb between the party and "is right that"
        ("Stratus is therefore right that the claims are untimely.", Side.RESPONDENT),
    ],
)
def test_requests_disposed_of_and_their_owner(text: str, side: Side) -> None:
    assert sentence_side(text) is side


@pytest.mark.parametrize(
    "text", ["Each of the Rule 23(b)(3) factors favors a class.", "This factor favors transfer."]
)
def test_the_relief_sought_as_object_is_the_movants_side(text: str) -> None:
    # even while the respondent's argument is under discussion
    sentence = Sentence(text, SegmentId(1), 1, 1)
    reading = read_sentence(sentence, BOOK, PARTIES, speaker=Side.RESPONDENT)
    assert reading is not None and reading.side is Side.MOVANT


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a point granted to a party, then turned against it: read against it
        ("Stratus is right that the clause is mandatory.", Side.MOVANT),
        # a motion granted, then limited ("However, …"): still a grant
        ("Per the parties' agreement, the Court GRANTS Stratus's motion.", Side.RESPONDENT),
    ],
)
def test_a_concession_turned_at_once_but_not_a_grant(text: str, side: Side) -> None:
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, PARTIES, conceded=True)
    assert reading is not None and reading.side is side


def test_a_but_not_clause_turns_the_cue_round_for_the_point_it_names() -> None:
    text = (
        "Chirrup has shown a likelihood of success on its trademark claim, but not on its"
        " claim under the licensing agreement."
    )
    sentence = Sentence(text, SegmentId(1), 1, 1)
    licence = [text.index("licensing")]
    trademark = [text.index("trademark")]
    on_licence = read_sentence(sentence, BOOK, PARTIES, licence, focus=licence)
    on_trademark = read_sentence(sentence, BOOK, PARTIES, trademark, focus=trademark)
    assert on_licence is not None and on_licence.side is Side.RESPONDENT
    assert on_trademark is not None and on_trademark.side is Side.MOVANT


def test_a_new_york_caption_with_a_spaced_against_keeps_the_movants_short_name() -> None:
    # "- against -" between the sides (E.D.N.Y. / S.D.N.Y. style), read into the brief's party
    parties = party_names(
        "Defendant - Against - Greybridge Recovery Partners, LLC",
        "Plaintiff Tamsin Oyelaran",
        "TAMSIN OYELARAN, Plaintiff, - against - GREYBRIDGE RECOVERY PARTNERS, LLC, Defendant.",
    )
    assert parties.mentions("greybridge's objection is overruled.")[0][2] is Side.MOVANT
    reading = read_sentence(
        Sentence("Greybridge's objection is overruled.", SegmentId(1), 1, 1), BOOK, parties
    )
    assert reading is not None and reading.side is Side.RESPONDENT


def test_a_point_set_aside_elsewhere_leaves_a_section_of_its_own_to_the_disposition() -> None:
    order = [
        _segment(10, "A. The Forum Clause", "The forum clause names Tampa for every dispute.", 1),
        _segment(
            11,
            "B. Fees",
            "Because the case is transferred, the Court need not consider whether the"
            " Warranty Claims are time-barred.",
            1,
        ),
    ]
    arguments = [
        _segment(1, "The Forum Clause Requires Transfer to Tampa", "", 2),
        _segment(2, "The Warranty Claims Are Time-Barred", "", 2),
    ]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    links = {SegmentId(1): [SegmentId(10)], SegmentId(2): [SegmentId(11)]}
    rulings = rule_arguments(text, arguments, links, PARTIES, BOOK, DispositionKind.GRANTED)
    # the clause was answered in its own section (no cue: the disposition's side); the
    # limitations point is the one set aside
    assert [r.side for r in rulings] == [Side.MOVANT, Side.NOT_REACHED]


def test_moot_as_to_one_claim_does_not_set_aside_the_claims_decided_before_it() -> None:
    order = [
        _segment(10, "A. The Trademark", "Stratus sold shoes in Ohio.", 1),
        _segment(
            11,
            "CONCLUSION",
            "The Court will enter judgment for Chirrup on its infringement claim, and will deny the"
            " motion as moot as to the licensing claim.",
            1,
        ),
    ]
    arguments = [
        _segment(1, "Stratus Infringed the Trademark", "", 2),
        _segment(2, "The Licensing Agreement Was Breached", "", 2),
    ]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    links = {SegmentId(1): [SegmentId(10)]}
    rulings = rule_arguments(text, arguments, links, PARTIES, BOOK, DispositionKind.GRANTED)
    # the infringement claim was decided (no cue: the disposition's side); the licensing one not
    assert [r.side for r in rulings] == [Side.MOVANT, Side.NOT_REACHED]


def test_a_point_left_undecided_on_another_ground_in_its_own_section_is_not_reached() -> None:
    order = [
        _segment(
            10, "A. Notice", "The Court agrees with Chirrup that the notice was defective.", 1
        ),
        _segment(
            11,
            "B. The Statutory Argument",
            "Chirrup also argues that the agency's reading is contrary to the statute. Because "
            "the decision must be vacated on the grounds already discussed, the Court does not "
            "resolve either the forfeiture question or the merits question at this time.",
            1,
        ),
    ]
    arguments = [
        _segment(1, "The Notice Was Defective", "", 2),
        _segment(2, "The Agency's Reading Is Contrary to the Statute", "", 2),
    ]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    links = {SegmentId(1): [SegmentId(10)], SegmentId(2): [SegmentId(11)]}
    rulings = rule_arguments(text, arguments, links, PARTIES, BOOK, DispositionKind.GRANTED)
    assert [r.side for r in rulings] == [Side.MOVANT, Side.NOT_REACHED]
