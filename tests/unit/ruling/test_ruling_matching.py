"""The rules that tie an order's sentences to arguments and read them (issue 15, second pass).

Each test is a small table of cases written for these rules: stems and the gloss, proper
names, matching sentences to argument headings (directly, by continuation, and not when a
sentence names another argument's subject), the "need not reach" scope, which sentences may
rule, moot over denied, and a parent heading taking its sub-arguments' result.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.matching import match_arguments, proper_names, stem, stems
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.sentences import Sentence, SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
GLOSS = BOOK.gloss


def _segment(
    number: int,
    heading: str = "",
    text: str = "",
    parent: int | None = None,
    document: int = 1,
) -> SegmentInfo:
    return segment_info(number, heading, text, parent=parent, document=document)


def _sentences(*paragraphs: list[str]) -> list[Sentence]:
    return [
        Sentence(text, SegmentId(100 + p), 1, i + 1)
        for p, paragraph in enumerate(paragraphs)
        for i, text in enumerate(paragraph)
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("harms", "harm"),
        ("suspension", "suspen"),
        ("suspend", "suspen"),
        ("interference", "interf"),
        ("interest", "intere"),
        ("class", "class"),
    ],
)
def test_stem_is_six_letters_after_a_plural_s(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("kepentingan publik atas persaingan usaha", {"public", "intere", "compet"}, set()),
        ("Hakim tidak yakin Chirrup akan menderita kerugian", {"harm", "damage"}, {"hakim"}),
        ("Pasal 230 Undang-Undang", {"sectio", "230", "act"}, set()),
        ("The Court agrees with the motion", set(), {"court", "motion", "the"}),
    ],
)
def test_stems_add_the_english_of_glossed_words(
    text: str, present: set[str], absent: set[str]
) -> None:
    found = stems(text, GLOSS)
    assert present <= found
    assert not absent & found


def test_party_names_never_count_as_words() -> None:
    assert "chirru" not in stems("Chirrup has not shown harm", ignore=["Chirrup"])
    assert "harm" in stems("Chirrup has not shown harm", ignore=["Chirrup"])


@pytest.mark.parametrize(
    ("texts", "names", "not_names"),
    [
        (
            ["The motion is denied as to Dr. Marchetti.", "Dr. Marchetti examined it."],
            {"marchetti"},
            {"motion"},
        ),
        (
            ["Sherman Act claims fail.", "The Sherman Act requires an agreement."],
            {"sherman"},
            {"act"},
        ),  # "Act": shorter than four letters
        (["Breach is alleged.", "There was no breach."], set(), {"breach"}),
    ],
)
def test_proper_names_are_only_ever_capitalised_inside_sentences(
    texts: list[str], names: set[str], not_names: set[str]
) -> None:
    found = proper_names(texts)
    assert names <= found
    assert not not_names & found


ARGUMENTS = [
    _segment(1, "Dr. Marchetti's Fracture Opinion Should Be Excluded", document=2),
    _segment(2, "Dr. Whitford's Earnings Opinion Is Speculative", document=2),
    _segment(3, "The Balance of Equities Favors Stratus", document=3),
]


@pytest.mark.parametrize(
    ("paragraphs", "argument", "about"),
    [
        # a proper name matches directly; the next sentence of the paragraph continues it
        (
            [
                [
                    "The motion is denied as to Dr. Marchetti.",
                    "It goes to weight, not admissibility.",
                ],
                ["Unrelated text about scheduling."],
            ],
            1,
            ["The motion is denied as to Dr. Marchetti.", "It goes to weight, not admissibility."],
        ),
        # a sentence naming another argument's subject is that argument's, not this one's
        (
            [["Dr. Whitford's opinion is excluded.", "Dr. Marchetti's opinion is not."]],
            1,
            ["Dr. Marchetti's opinion is not."],
        ),
        # a continuation does not cross into the next paragraph
        (
            [["The balance of equities tips toward Stratus."], ["Discovery closes in May."]],
            3,
            ["The balance of equities tips toward Stratus."],
        ),
        # Indonesian, through the gloss
        (
            [
                ["Keseimbangan kepentingan tidak condong ke arah Chirrup."],
                ["Pengacara Chirrup belum menanggapi."],
            ],
            3,
            ["Keseimbangan kepentingan tidak condong ke arah Chirrup."],
        ),
        # a word shared by chance is not enough
        (
            [["The opinion was filed on time."], ["Dr. Lee testified."]],
            2,
            [],
        ),
    ],
)
def test_sentences_are_matched_to_argument_headings(
    paragraphs: list[list[str]], argument: int, about: list[str]
) -> None:
    topics = match_arguments(
        _sentences(*paragraphs), ARGUMENTS, GLOSS, ["Stratus", "Chirrup"], BOOK.min_relevance
    )
    assert [s.text for s in topics.of(SegmentId(argument))] == about


def _rule(
    order_text: list[str], headings: list[tuple[int, str, int | None, int]]
) -> dict[str, Side]:
    """Rule each heading against an order made of paragraphs (no links: words only)."""
    order_segments = [_segment(10 + i, text=t, document=1) for i, t in enumerate(order_text)]
    arguments = [_segment(n, h, parent=p, document=d) for n, h, p, d in headings]
    text = OrderText(DocumentId(1), order_segments, SentenceLocator([]))
    parties = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")
    rulings = rule_arguments(text, arguments, {}, parties, BOOK, DispositionKind.DENIED)
    return {a.heading: r.side for a, r in zip(arguments, rulings, strict=True)}


@pytest.mark.parametrize(
    ("order_text", "heading", "side"),
    [
        # after the cue: what is set aside
        (
            [
                "Chirrup has not shown a Sherman Act conspiracy. Because it has not, the Court "
                "need "
                "not reach Stratus's Section 230 defense."
            ],
            "Section 230 Bars the Claims",
            Side.NOT_REACHED,
        ),
        (
            [
                "Chirrup has not shown a Sherman Act conspiracy. Because it has not, the Court "
                "need "
                "not reach Stratus's Section 230 defense."
            ],
            "Chirrup Shows a Sherman Act Conspiracy",
            Side.RESPONDENT,
        ),
        # "X or Y": both set aside
        (
            ["The Court does not reach the Section 230 argument or the amount of any bond."],
            "Only a Nominal Bond Is Needed",
            Side.NOT_REACHED,
        ),
        # before a party="before" cue
        (
            ["Chirrup's argument that the tariff never applied will be taken up at trial."],
            "The Tariff Never Applied to Chirrup",
            Side.NOT_REACHED,
        ),
        # a pronoun after the cue points back to the question the sentence puts
        (
            [
                "Chirrup has not shown a Sherman Act conspiracy. Whether the tariff's notice "
                "clause started the limitations clock is a fact-bound question, and the Court "
                "need not resolve it now."
            ],
            "The Claims Are Barred by the Statute of Limitations",
            Side.NOT_REACHED,
        ),
        # … but "the question whether X" names X
        (
            [
                "Chirrup has not shown a Sherman Act conspiracy, so the Court does not reach "
                "the question whether the tariff applied."
            ],
            "Chirrup Shows a Sherman Act Conspiracy",
            Side.RESPONDENT,
        ),
        # never mentioned
        (
            ["Chirrup has not shown a Sherman Act conspiracy."],
            "The Nominal Bond Suffices",
            Side.NOT_ADDRESSED,
        ),
        # one paragraph, two points, two sides
        (
            [
                "Stratus has not shown that the timing is innocent. But Chirrup has not shown "
                "irreparable harm: lost advertising revenue is compensable in damages."
            ],
            "Chirrup Will Suffer Irreparable Harm",
            Side.RESPONDENT,
        ),
        # moot is not reached, though "DENIED" is in the sentence
        (
            ["The motion as to Mr. Tran is DENIED AS MOOT because his designation was withdrawn."],
            "Mr. Tran's Warnings Opinions Are Unreliable",
            Side.NOT_REACHED,
        ),
        # a legal standard paragraph never rules
        (
            ["Legal standard. A movant must show that it is likely to succeed on the merits."],
            "Chirrup Is Likely to Succeed on the Merits",
            Side.NOT_ADDRESSED,
        ),
    ],
)
def test_each_argument_gets_the_ruling_of_its_own_sentences(
    order_text: list[str], heading: str, side: Side
) -> None:
    assert _rule(order_text, [(1, heading, None, 2)])[heading] is side


def test_a_heading_the_order_never_names_takes_its_sub_arguments_result() -> None:
    order = [
        "Chirrup has not shown a Sherman Act conspiracy.",
        "Nor has Chirrup shown a breach of the hosting contract; the contract claim fails.",
    ]
    sides = _rule(
        order,
        [
            (1, "Chirrup Will Win", None, 2),
            (2, "The Sherman Act Conspiracy Claim", 1, 2),
            (3, "The Hosting Contract Claim", 1, 2),
        ],
    )
    assert sides["The Sherman Act Conspiracy Claim"] is Side.RESPONDENT
    assert sides["Chirrup Will Win"] is Side.RESPONDENT


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("DENIED as to Dr. Helena Marchetti;", "acme exclude marchetti"),
        ("The motion is GRANTED as to Dr. Whitford.", "acme exclude whitford"),
        ("DENIED AS MOOT as to Mr. Julian Tran.", "acme exclude tran"),
    ],
)
def test_an_expert_ruled_on_as_to_is_keyed_by_surname(sentence: str, key: str) -> None:
    from lawdiff.ruling.dispositions import _with_expert
    from lawdiff.ruling.motions import MotionRef

    motion = MotionRef("Acme's Motion to Exclude", "acme exclude", "Acme", 0, "exclude")
    assert _with_expert(motion, sentence).key == key


@pytest.mark.parametrize(
    ("party", "short"),
    [
        ("Plaintiff Marisa Quill", "quill"),
        ("MARISA QUILL", "quill"),
        ("Plaintiff Superior Court of California, County of Alameda Marisa Quill", "quill"),
        ("Defendant Emeka Okafor", "okafor"),
    ],
)
def test_a_person_is_also_called_by_surname(party: str, short: str) -> None:
    assert party_names(party, "Defendant Tidewater Storage Co.").names[short] is Side.MOVANT


def test_a_company_is_not_called_by_its_last_word() -> None:
    names = party_names("Plaintiff Harbor Lantern Foods, Inc.", "Defendant Pelican Cold Chain, LLC")
    assert "foods" not in names.names and "chain" not in names.names


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Second cause of action (conversion): SUSTAINED WITH LEAVE TO AMEND.", {"granted"}),
        ("First cause of action (breach of lease): OVERRULED.", {"denied"}),
        ("The demurrer is SUSTAINED IN PART and OVERRULED IN PART.", {"granted-in-part"}),
        ("The objection is overruled.", {"denied"}),
        # an appeal: the appellant's brief is the motion
        ("The judgment of the district court is AFFIRMED.", {"denied"}),
        ("The judgment is reversed and the case remanded.", {"granted"}),
        (
            "The judgment of the district court is AFFIRMED in part and VACATED in part.",
            {"granted-in-part"},
        ),
    ],
)
def test_demurrer_words_dispose(sentence: str, kinds: set[str]) -> None:
    from lawdiff.ruling.dispositions import combine_kinds, disposition_kinds

    found = disposition_kinds(sentence, BOOK)
    assert found and {combine_kinds(found).value} == kinds


@pytest.mark.parametrize(
    ("word", "side"),
    [
        ("keseimbangan", Side.RESPONDENT),  # the balance: "tidak condong" is next to it
        ("", Side.MIXED),  # no argument word: the strongest cue ("pertanyaan serius")
    ],
)
def test_of_several_cues_the_one_nearest_the_arguments_words_speaks(word: str, side: Side) -> None:
    from lawdiff.ruling.evidence import read_sentence

    text = (
        "Namun, pertanyaan serius saja tidak cukup karena keseimbangan kepentingan tidak condong."
    )
    near = [text.lower().index(word)] if word else []
    parties = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC")
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, parties, near)
    assert reading is not None and reading.side is side


def test_an_argument_about_fact_issues_is_no_statement_of_facts() -> None:
    from lawdiff.ruling.units import argument_units

    headings = [
        (1, "STATEMENT OF FACTS", None),
        (2, "ARGUMENT", None),
        (3, "Fact Issues Preclude Summary Judgment on the Contract Claim", 2),
        (4, "Rusk's Inspection Attributes the Damage to the Storm", 3),
        (5, "Facts and Procedural History", None),
    ]
    segments = [_segment(n, h, parent=p, document=2) for n, h, p in headings]
    assert [s.heading for s in argument_units(segments)] == [
        "Fact Issues Preclude Summary Judgment on the Contract Claim",
        "Rusk's Inspection Attributes the Damage to the Storm",
    ]


def test_a_point_set_aside_by_another_name_sets_aside_its_sub_arguments() -> None:
    order = [
        "Chirrup waited five months to sue, and that delay is fatal: Chirrup has not shown "
        "irreparable harm. The Court offers no assessment of the likelihood of success."
    ]
    headings = [
        (1, "Chirrup Is Likely to Succeed on the Merits", None, 2),
        (2, "The Termination Breached the Implied Covenant of Good Faith", 1, 2),
        (3, "Chirrup Will Suffer Irreparable Harm", None, 2),
    ]
    sides = _rule(order, headings)
    assert sides["Chirrup Is Likely to Succeed on the Merits"] is Side.NOT_REACHED
    assert sides["The Termination Breached the Implied Covenant of Good Faith"] is Side.NOT_REACHED
    assert sides["Chirrup Will Suffer Irreparable Harm"] is Side.RESPONDENT


def test_a_sentence_in_a_section_answering_another_argument_does_not_rule_on_this_one() -> None:
    order_segments = [
        _segment(10, "Breach of Contract", "The Court agrees with Chirrup on this point.", None, 1),
        _segment(
            11,
            "Conversion",
            "The Complaint alleges that Stratus withheld the reserve under the Agreement; it "
            "does not allege that the reserve was held as a specific fund.",
            None,
            1,
        ),
    ]
    arguments = [
        _segment(1, "The Reserve Breached the Agreement", document=2),
        _segment(2, "Stratus Converted a Specific Fund", document=2),
    ]
    text = OrderText(DocumentId(1), order_segments, SentenceLocator([]))
    parties = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")
    links = {SegmentId(1): [SegmentId(10)], SegmentId(2): [SegmentId(11)]}
    rulings = rule_arguments(text, arguments, links, parties, BOOK, DispositionKind.GRANTED_IN_PART)
    assert [r.side for r in rulings] == [Side.MOVANT, Side.RESPONDENT]


def test_co_parties_the_order_defines_after_a_role_word_take_that_roles_side() -> None:
    opening = (
        "Upon the foregoing papers, plaintiff Marisa Quill moves for partial summary judgment. "
        "Defendants Bellmore Tower Owner LLC (Bellmore) and Granitefield Construction Corp. "
        '(Granitefield) oppose. Defendant Voltline Electric, Inc. ("Voltline") opposes and '
        "cross moves."
    )
    names = party_names("Plaintiff Marisa Quill", "Defendants", "", [opening]).names
    assert {names[n] for n in ("bellmore", "granitefield", "voltline")} == {Side.RESPONDENT}
    assert names["quill"] is Side.MOVANT
