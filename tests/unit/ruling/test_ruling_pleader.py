"""Whose failure a pleading's failure is (issue 15, thirtieth pass).

Sentences written for these rules: a state court's "Petition" is the plaintiff's pleading as a
complaint is; a sentence opening with a pronoun ("It does not
allege …") is about the party the sentence before opened with, not an expletive "It is …".
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import SegmentId
from lawdiff.core.rulings import Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.evidence import discourse_speakers, read_sentence, sentence_key
from lawdiff.ruling.parties import PartyNames, party_names
from lawdiff.ruling.sentences import Sentence

BOOK = load_rulebook()
# the County moves to dismiss (defendant), the farm opposes (plaintiff)
COUNTY = party_names(
    "Defendant Marsh County", "Plaintiff Quarry Ridge Farms, LLC", "Quarry Ridge v. Marsh County"
)


def _read(texts: list[str], parties: PartyNames = COUNTY) -> Side | None:
    """The side of the last of ``texts``, read in the context of the ones before it."""
    sentences = [Sentence(t, SegmentId(1), 1, i) for i, t in enumerate(texts)]
    last = sentences[-1]
    speaker = discourse_speakers(sentences, parties).get(sentence_key(last))
    reading = read_sentence(last, BOOK, parties, speaker=speaker)
    return reading.side if reading else None


@pytest.mark.parametrize(
    ("texts", "side"),
    [
        # the plaintiff's Petition fails: the movant (the County) wins the point
        (["The Petition does not allege that the County knew of the culvert."], Side.MOVANT),
        (["The Amended Petition fails to allege a permanent invasion."], Side.MOVANT),
        # the pronoun takes the subject of the sentence before
        (
            [
                "The Petition alleges three storms over eleven months.",
                "It does not allege that flooding will recur with every heavy rain.",
            ],
            Side.MOVANT,
        ),
        # ... which may be the movant too
        (
            [
                "The County relies on a 2019 engineering report.",
                "It has not shown that the report was part of the decision.",
            ],
            Side.RESPONDENT,
        ),
    ],
)
def test_a_pleadings_failure_is_its_pleaders(texts: list[str], side: Side) -> None:
    assert _read(texts) is side


def test_an_expletive_it_takes_no_subject_from_the_sentence_before() -> None:
    sentences = [
        Sentence("The Petition alleges three storms over eleven months.", SegmentId(1), 1, 1),
        Sentence("It is well settled that a taking needs more.", SegmentId(1), 1, 2),
    ]
    assert sentence_key(sentences[1]) not in discourse_speakers(sentences, COUNTY)


def test_a_pronoun_in_a_new_section_takes_no_subject_from_the_last() -> None:
    sentences = [
        Sentence("The Petition alleges three storms over eleven months.", SegmentId(1), 1, 1),
        Sentence("It does not allege a recurring invasion.", SegmentId(2), 1, 2),
    ]
    assert sentence_key(sentences[1]) not in discourse_speakers(sentences, COUNTY)
