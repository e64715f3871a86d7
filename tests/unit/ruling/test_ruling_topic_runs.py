"""The twenty-ninth pass: in one paragraph deciding several arguments, a sentence that opens a
topic ("On limitations, …", "As to waiver, …") starts a run of sentences about it; a sentence of
the run that names no argument itself is the evidence of the argument the run names, not of all
the arguments of the paragraph.

A small order written for these rules; Chirrup moves to strike, Stratus opposes.
"""

from __future__ import annotations

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.evidence import sentence_key
from lawdiff.ruling.matching import match_arguments
from lawdiff.ruling.parties import party_names
from lawdiff.ruling.rulebook import ScopeWords
from lawdiff.ruling.scope import foreign_sentences, topic_runs
from lawdiff.ruling.sentences import Sentence, SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")

VERDICT_ONE = "That is a question of fact for trial."
VERDICT_TWO = "Nothing more is required at this stage."
# one paragraph for both defenses: each verdict sentence names no topic; its run does
ORDER = [
    segment_info(10, "DISCUSSION", document=1),
    segment_info(
        11,
        text="The remaining challenges fail. On the limitations period, Chirrup says it was tolled "
        f"while the defect was concealed. {VERDICT_ONE} As to the arbitration clause, Chirrup "
        f"calls it unconscionable. {VERDICT_TWO}",
        parent=10,
        document=1,
    ),
]
TOLLING = segment_info(1, "The Limitations Period Was Not Tolled", document=2)
ARBITRATION = segment_info(2, "The Arbitration Clause Is Unconscionable", document=2)
BOTH = {TOLLING.id: [SegmentId(10)], ARBITRATION.id: [SegmentId(10)]}


def _foreign(words: ScopeWords) -> dict[SegmentId, set[str]]:
    arguments: list[SegmentInfo] = [TOLLING, ARBITRATION]
    text = OrderText(DocumentId(1), ORDER, SentenceLocator([]))
    sentences = text.all_sentences()
    topics = match_arguments(sentences, arguments, ignore=PARTIES.party_words)
    inside = {
        a: {s.id for s in ORDER if s.id in found or s.parent in found} for a, found in BOTH.items()
    }
    found = foreign_sentences(
        ORDER, sentences, arguments, inside, topics, ignore=list(PARTIES.party_words), words=words
    )
    texts = {sentence_key(s): s.text for s in sentences}
    return {a: {texts[k] for k in keys} for a, keys in found.items()}


def test_a_sentence_of_a_topic_run_goes_to_the_argument_the_run_names() -> None:
    foreign = _foreign(BOOK.scope)
    assert VERDICT_ONE not in foreign[TOLLING.id]
    assert VERDICT_ONE in foreign[ARBITRATION.id]
    assert VERDICT_TWO not in foreign[ARBITRATION.id]
    assert VERDICT_TWO in foreign[TOLLING.id]


def test_without_topic_openers_the_paragraph_decides_and_names_neither() -> None:
    foreign = _foreign(ScopeWords())
    assert VERDICT_ONE in foreign[TOLLING.id]
    assert VERDICT_ONE in foreign[ARBITRATION.id]


def test_a_run_ends_at_the_next_opener_or_the_paragraphs_end() -> None:
    def sentence(text: str, segment: int, line: int) -> Sentence:
        return Sentence(text, SegmentId(segment), 1, line)

    sentences = [
        sentence("The motion is granted in part.", 1, 1),
        sentence("On tolling, the record is thin.", 1, 2),
        sentence("It fails.", 1, 3),
        sentence("Finally, as to fees, they are premature.", 1, 4),
        sentence("Nothing else.", 2, 5),
    ]
    runs = topic_runs(sentences, BOOK.scope)
    keys = [sentence_key(s) for s in sentences]
    assert keys[0] not in runs and keys[4] not in runs
    assert runs[keys[2]] == "On tolling, the record is thin. It fails."
    assert runs[keys[3]] == "Finally, as to fees, they are premature."


def test_an_opener_that_names_no_topic_starts_no_run() -> None:
    sentences = [
        Sentence("On this record, the defense fails.", SegmentId(1), 1, 1),
        Sentence("On March 3, 2024, the goods arrived.", SegmentId(1), 1, 2),
        Sentence("On the other hand, it is late.", SegmentId(1), 1, 3),
    ]
    assert topic_runs(sentences, BOOK.scope) == {}
