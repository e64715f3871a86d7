"""The basis of the ruling on each argument against a small order written for a test: Chirrup
moves, Stratus opposes (motion arguments in document 2, the opposition's in document 3)."""

from __future__ import annotations

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.core.rulings import DispositionKind, Side
from lawdiff.ruling import load_rulebook
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.evidence import read_sentence
from lawdiff.ruling.parties import PartyNames, party_names
from lawdiff.ruling.sentences import Sentence, SentenceLocator
from lawdiff.ruling.units import OrderText
from tests.textfilings import segment_info

BOOK = load_rulebook()
PARTIES = party_names("Plaintiff Chirrup, Inc.", "Defendant Stratus LLC", "Chirrup v. Stratus")
SIDES = {DocumentId(2): Side.MOVANT, DocumentId(3): Side.RESPONDENT}


def ruling_bases(paragraphs: list[str], arguments: list[SegmentInfo]) -> dict[str, str]:
    """The basis of the ruling on each argument (by heading) against an order of paragraphs
    that grants the motion in part."""
    order = [segment_info(10 + i, text=t, document=1) for i, t in enumerate(paragraphs)]
    text = OrderText(DocumentId(1), order, SentenceLocator([]))
    rulings = rule_arguments(
        text, arguments, {}, PARTIES, BOOK, DispositionKind.GRANTED_IN_PART, SIDES
    )
    headings = {a.id: a.heading for a in arguments}
    return {headings[r.argument]: r.basis for r in rulings}


def party_side(parties: PartyNames, text: str) -> Side | None:
    """The side one sentence of an order rules for, the parties named as in ``parties``."""
    reading = read_sentence(Sentence(text, SegmentId(1), 1, 1), BOOK, parties)
    return reading.side if reading else None


def sentence_side(text: str) -> Side | None:
    """The side one sentence of an order rules for (Chirrup moves, Stratus opposes), if any."""
    return party_side(PARTIES, text)
