"""Evidence scoped to the argument, not the section (the thirteenth pass).

An order section linked to several arguments of one brief (one "LAW AND ANALYSIS" for fourteen
arguments, a strike order deciding six defenses in one section) rules on each of them in its own
sentences. Each sentence of such a section is the evidence of the argument whose topic words it
shares most — the argument's heading words (see :mod:`.matching`), or those of the argument of
the other brief that the rebuttal links pair with it — read first in the sentence itself, then in
its paragraph, then in the nearest sub-heading above it inside the section. When no argument wins
clearly at any of these levels, the sentence is no argument's evidence there. A section linked
to a single argument of a brief (with its sub-arguments and enclosing headings, which are the same
line of argument) keeps its whole pool. An argument answered in a section of its own is no rival
in the sections it only visits; sub-arguments of a heading the section answers too keep a
sentence none of them wins (it is that heading's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo
from lawdiff.ruling.evidence import SentenceKey, sentence_key
from lawdiff.ruling.matching import Topics, ancestors, relevance, stems
from lawdiff.ruling.sentences import Sentence

# the winner's score must lead the best rival's by this factor to count as a clear win
CLEAR_LEAD = 1.5


def foreign_sentences(
    segments: Sequence[SegmentInfo],
    sentences: Sequence[Sentence],
    arguments: Sequence[SegmentInfo],
    inside: Mapping[SegmentId, AbstractSet[SegmentId]],
    topics: Topics,
    answers: Sequence[tuple[SegmentId, SegmentId]] = (),
    floor: float = 1.0,
    ignore: Sequence[str] = (),
    gloss: Sequence[tuple[str, str]] = (),
    tied: dict[SegmentId, set[SentenceKey]] | None = None,
) -> dict[SegmentId, set[SentenceKey]]:
    """For each argument, the sentences of its linked sections that belong to another argument
    of its brief linked to the same section, or to none of them.

    Args:
        segments: the order's segments, in document order.
        sentences: the order's sentences.
        arguments: the argument units of both briefs.
        inside: for each argument, the order segments of its linked sections (with their
            sub-sections and paragraphs).
        topics: the sentences' scores against each argument (:func:`.matching.match_arguments`).
        answers: (motion argument, opposition argument) pairs from the rebuttal links.
        floor: the least score that makes a sentence about an argument (``min_relevance``).
        ignore: party names, whose words never count.
        gloss: foreign words and their English (see :func:`.matching.stems`).
        tied: filled, when given, with each argument's share of those sentences that it
            names as much as any rival does (no argument wins them clearly): the verdict of
            an argument that has no sentence of its own (see :func:`_ties`).
    """
    by_id = {s.id: s for s in segments}
    kin = _kin(arguments)
    by_argument = {a.id: a for a in arguments}
    above = {a.id: {h.id for h in ancestors(a, by_argument)} for a in arguments}
    partners = _partners(answers)
    document = {a.id: a.document for a in arguments}
    owners = _owners(arguments, inside)
    index = {sentence_key(s): i for i, s in enumerate(topics.sentences)}
    scorer = _Scorer(topics, partners, list(ignore), gloss)
    out: dict[SegmentId, set[SentenceKey]] = {}
    homed = _homed(arguments, inside, owners, kin)
    for sentence in sentences:
        sharing = owners.get(sentence.segment, {})
        for argument in (a for group in sharing.values() for a in group):
            rivals = _rivals(argument, sharing[document[argument]], kin) - homed
            if not rivals:
                continue
            levels = [scorer.sentence(index.get(sentence_key(sentence)))]
            levels += scorer.contexts(sentence.segment, by_id, inside[argument])
            if _one_line(argument, rivals, sharing[document[argument]], above) and not _loses(
                argument, rivals, levels, floor
            ):
                continue
            if not _wins(argument, rivals, levels, floor):
                out.setdefault(argument, set()).add(sentence_key(sentence))
                if tied is not None and _ties(argument, rivals, levels, floor):
                    tied.setdefault(argument, set()).add(sentence_key(sentence))
    return out


class _Scorer:
    """Scores of the arguments (with their rebuttal partners' words) on a sentence, a
    paragraph or a heading."""

    def __init__(
        self,
        topics: Topics,
        partners: Mapping[SegmentId, set[SegmentId]],
        ignore: list[str],
        gloss: Sequence[tuple[str, str]],
    ) -> None:
        self._topics = topics
        self._partners = partners
        self._ignore = ignore
        self._gloss = gloss

    def _with_partners(self, argument: SegmentId) -> list[SegmentId]:
        return [argument, *sorted(self._partners.get(argument, set()))]

    def sentence(self, index: int | None) -> Mapping[SegmentId, float]:
        scores = self._topics.scores
        if index is None:
            return {}
        return {
            a: max(scores[p][index] for p in self._with_partners(a) if p in scores) for a in scores
        }

    def text(self, text: str) -> Mapping[SegmentId, float]:
        bag = stems(text, self._gloss, self._ignore)
        queries, idf = self._topics.queries, self._topics.idf
        return {
            a: max(relevance(queries[p], bag, idf) for p in self._with_partners(a) if p in queries)
            for a in queries
        }

    def contexts(
        self,
        segment: SegmentId,
        by_id: Mapping[SegmentId, SegmentInfo],
        linked: AbstractSet[SegmentId],
    ) -> list[Mapping[SegmentId, float]]:
        """The paragraph's scores, then each heading's above it inside the linked section."""
        here = by_id.get(segment)
        if here is None:
            return []
        levels = [self.text(here.text)]
        chain = [here, *ancestors(here, by_id)]
        levels += [self.text(h.heading) for h in chain if h.heading and h.id in linked]
        return levels


def _first_speaking(
    argument: SegmentId,
    rivals: AbstractSet[SegmentId],
    levels: Sequence[Mapping[SegmentId, float]],
    floor: float,
) -> tuple[float, float] | None:
    """The argument's and its best rival's scores at the first level at which some competitor
    reaches ``floor`` (None when no level speaks)."""
    for scores in levels:
        mine = scores.get(argument, 0.0)
        best_rival = max((scores.get(r, 0.0) for r in rivals), default=0.0)
        if max(mine, best_rival) >= floor:
            return mine, best_rival
    return None


def _wins(
    argument: SegmentId,
    rivals: AbstractSet[SegmentId],
    levels: Sequence[Mapping[SegmentId, float]],
    floor: float,
) -> bool:
    """Whether the argument wins clearly the first level that speaks (False when that level
    has no clear winner, or no level speaks)."""
    spoken = _first_speaking(argument, rivals, levels, floor)
    return spoken is not None and spoken[0] >= floor and spoken[0] >= CLEAR_LEAD * spoken[1]


def _ties(
    argument: SegmentId,
    rivals: AbstractSet[SegmentId],
    levels: Sequence[Mapping[SegmentId, float]],
    floor: float,
) -> bool:
    """Whether the argument leads at the first level that speaks, though not clearly: a
    sentence the section's arguments share ("summary judgment on the account is denied", said
    of the balance and of the account), named by this one at least as much as by any other."""
    spoken = _first_speaking(argument, rivals, levels, floor)
    return spoken is not None and spoken[0] >= floor and spoken[0] >= spoken[1]


def _one_line(
    argument: SegmentId,
    rivals: AbstractSet[SegmentId],
    sharing: Sequence[SegmentId],
    above: Mapping[SegmentId, AbstractSet[SegmentId]],
) -> bool:
    """Whether the argument and its rivals are sub-arguments of one heading that the section
    answers too: a sentence none of them wins is that heading's, and speaks for all of them."""
    return any(all(head in above[r] for r in rivals) for head in above[argument] if head in sharing)


def _loses(
    argument: SegmentId,
    rivals: AbstractSet[SegmentId],
    levels: Sequence[Mapping[SegmentId, float]],
    floor: float,
) -> bool:
    """Whether a rival wins clearly the first level that speaks."""
    spoken = _first_speaking(argument, rivals, levels, floor)
    return spoken is not None and spoken[1] >= floor and spoken[1] >= CLEAR_LEAD * spoken[0]


def _homed(
    arguments: Sequence[SegmentInfo],
    inside: Mapping[SegmentId, AbstractSet[SegmentId]],
    owners: Mapping[SegmentId, Mapping[DocumentId, Sequence[SegmentId]]],
    kin: Mapping[SegmentId, AbstractSet[SegmentId]],
) -> set[SegmentId]:
    """The arguments answered in a section of their own (linked to no other argument of their
    brief but their own line): elsewhere they are visitors, no rival for a sentence."""
    out: set[SegmentId] = set()
    for argument in arguments:
        for segment in inside.get(argument.id, ()):
            sharing = owners[segment][argument.document]
            if all(a == argument.id or a in kin[argument.id] for a in sharing):
                out.add(argument.id)
                break
    return out


def _owners(
    arguments: Sequence[SegmentInfo], inside: Mapping[SegmentId, AbstractSet[SegmentId]]
) -> dict[SegmentId, dict[DocumentId, list[SegmentId]]]:
    """For each order segment, the arguments of each brief whose linked sections hold it."""
    out: dict[SegmentId, dict[DocumentId, list[SegmentId]]] = {}
    for argument in arguments:
        for segment in inside.get(argument.id, ()):
            out.setdefault(segment, {}).setdefault(argument.document, []).append(argument.id)
    return out


def _rivals(
    argument: SegmentId,
    sharing: Sequence[SegmentId],
    kin: Mapping[SegmentId, AbstractSet[SegmentId]],
) -> set[SegmentId]:
    """The other arguments of the brief linked to the same section, less the argument's own
    line (its enclosing headings and sub-arguments)."""
    return {a for a in sharing if a != argument and a not in kin[argument]}


def _kin(arguments: Sequence[SegmentInfo]) -> dict[SegmentId, set[SegmentId]]:
    """Each argument's enclosing headings and sub-arguments among the arguments."""
    by_id = {a.id: a for a in arguments}
    out: dict[SegmentId, set[SegmentId]] = {a.id: set() for a in arguments}
    for argument in arguments:
        for above in ancestors(argument, by_id):
            out[argument.id].add(above.id)
            out[above.id].add(argument.id)
    return out


def _partners(answers: Sequence[tuple[SegmentId, SegmentId]]) -> dict[SegmentId, set[SegmentId]]:
    out: dict[SegmentId, set[SegmentId]] = {}
    for moving, answering in answers:
        out.setdefault(moving, set()).add(answering)
        out.setdefault(answering, set()).add(moving)
    return out
