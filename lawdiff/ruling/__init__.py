"""What the court decided: dispositions per motion and the side taken on each argument.

Public API::

    load_rulebook(path=None) -> RuleBook
    analyze_order(order, order_segments, order_pages, motion=None, motion_segments=(),
                  opposition=None, opposition_segments=(), links=(), book=None) -> CaseRulings
    argument_units(segments) -> list[SegmentInfo]
    rule_order_sections(order, segments, pages, book=None) -> {heading id: (side, conf, evidence)}

The cues are ``resources/rulings.toml`` (documented at its top). This stage reads plain data
(``lawdiff.core``) and imports no store, workspace or Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lawdiff.core.ids import SegmentId
from lawdiff.core.model import (
    DocumentInfo,
    LinkInfo,
    LinkStatus,
    Page,
    SegmentInfo,
    SegmentKind,
)
from lawdiff.core.rulings import CaseRulings, Disposition, DispositionKind, Evidence, Side
from lawdiff.ruling.arguments import rule_arguments
from lawdiff.ruling.counsel import Brief, with_counsel
from lawdiff.ruling.dispositions import (
    combine_kinds,
    disposition_kinds,
    find_dispositions,
    section_motion,
)
from lawdiff.ruling.evidence import (
    concessions,
    discourse_speakers,
    read_sentence,
    sentence_key,
)
from lawdiff.ruling.matching import ancestors
from lawdiff.ruling.motions import MotionRef, find_motions, motion_kind
from lawdiff.ruling.parties import (
    PartyNames,
    canonical_party,
    caption_in,
    caption_marks,
    case_caption,
    filer_mark,
    marked_sides,
    office_words,
    party_names,
    reads_as_caption,
    title_filer,
    title_movant,
    with_experts,
)
from lawdiff.ruling.readings import DISPOSITION_SIDE, decide_side
from lawdiff.ruling.rulebook import RuleBook, load_rulebook
from lawdiff.ruling.sentences import Sentence, SentenceLocator
from lawdiff.ruling.units import OrderText, argument_units

__all__ = [
    "RuleBook",
    "analyze_order",
    "argument_units",
    "load_rulebook",
    "motion_canonicalizer",
    "rule_order_sections",
]


def analyze_order(
    order: DocumentInfo,
    order_segments: Sequence[SegmentInfo],
    order_pages: Sequence[Page],
    motion: DocumentInfo | None = None,
    motion_segments: Sequence[SegmentInfo] = (),
    opposition: DocumentInfo | None = None,
    opposition_segments: Sequence[SegmentInfo] = (),
    links: Sequence[LinkInfo] = (),
    book: RuleBook | None = None,
    answers: Sequence[tuple[SegmentId, SegmentId]] = (),
) -> CaseRulings:
    """Dispositions of the motions an order decides and its ruling on each argument.

    Args:
        order: the order, with its segments and pages (for page:line of each sentence).
        motion, motion_segments: the motion it decides, when in the case.
        opposition, opposition_segments: the opposition to that motion, when in the case.
        links: links from argument units to the order's segments (rejected ones are ignored).
        book: the cues; the bundled ``rulings.toml`` when None.
        answers: (motion segment, opposition segment answering it) pairs, the case's rebuttal
            links; each end is read as the argument unit it lies in.
    """
    book = book or load_rulebook()
    briefs = [d for d in (motion, opposition) if d is not None]
    caption = case_caption([order.caption, *(d.caption for d in briefs)], [d.party for d in briefs])
    locator = SentenceLocator(order_pages)
    canonical = motion_canonicalizer(caption)
    default = canonical(_default_motion(order, motion))
    dispositions = find_dispositions(order.id, order_segments, locator, book, default, canonical)
    if motion is None:
        return CaseRulings(tuple(dispositions))
    parties = _parties(
        motion, opposition, caption, order_segments, [p.text for p in order_pages[:1]]
    )
    arguments = argument_units(motion_segments) + argument_units(opposition_segments)
    if default.detail.split()[:1] in (["exclude"], ["mil"]):  # the experts are the other side's
        parties = with_experts(parties, [a.heading for a in argument_units(motion_segments)])
    parties = with_counsel(
        parties,
        [p.text for p in order_pages],
        _briefs(motion, motion_segments, opposition, opposition_segments),
        book,
    )
    order_ids = {s.id for s in order_segments}
    sections: dict[SegmentId, list[SegmentId]] = {}
    for link in links:
        if link.status is not LinkStatus.REJECTED and link.target in order_ids:
            sections.setdefault(link.source, []).append(link.target)
    kind = _motion_disposition(dispositions, default)
    text = OrderText(order.id, order_segments, locator)
    sides = {motion.id: Side.MOVANT, **({opposition.id: Side.RESPONDENT} if opposition else {})}
    units = _unit_of([*motion_segments, *opposition_segments], {a.id for a in arguments})
    pairs = [(units[a], units[b]) for a, b in answers if a in units and b in units]
    rulings = rule_arguments(text, arguments, sections, parties, book, kind, sides, pairs)
    return CaseRulings(tuple(dispositions), tuple(rulings))


def _briefs(
    motion: DocumentInfo,
    motion_segments: Sequence[SegmentInfo],
    opposition: DocumentInfo | None,
    opposition_segments: Sequence[SegmentInfo],
) -> list[Brief]:
    """The motion and the opposition as the counsel reader needs them."""
    filed = [(Side.MOVANT, motion, motion_segments)]
    if opposition is not None:
        filed.append((Side.RESPONDENT, opposition, opposition_segments))
    return [
        Brief(side, d.title or "", d.party or "", tuple(s.text for s in segments))
        for side, d, segments in filed
    ]


def _unit_of(segments: Sequence[SegmentInfo], units: set[SegmentId]) -> dict[SegmentId, SegmentId]:
    """For each segment, the argument unit it is or lies in (the nearest such heading)."""
    by_id = {s.id: s for s in segments}
    out: dict[SegmentId, SegmentId] = {}
    for segment in segments:
        chain = [segment, *ancestors(segment, by_id)]
        unit = next((s.id for s in chain if s.id in units), None)
        if unit is not None:
            out[segment.id] = unit
    return out


def _default_motion(order: DocumentInfo, motion: DocumentInfo | None) -> MotionRef:
    """The motion an order decides when a sentence names none."""
    if motion is not None:
        name = motion.title or "Motion"
        kind = motion_kind(name)
        if kind == "motion":  # "BRIEF IN SUPPORT OF PLAINTIFF'S MOTION TO DISQUALIFY …"
            kind = next((r.detail for r in find_motions(name) if r.movant and not r.generic), kind)
        movant = motion.party or title_movant(name)  # an intervenor is no caption party
        return MotionRef(_title_case(name), kind, movant, 0, kind)
    named = find_motions(order.title)
    if named:
        return named[0]
    return MotionRef("the motion", "motion", "", 0)


def motion_canonicalizer(caption: str) -> Callable[[MotionRef], MotionRef]:
    """Key motions by the caption's name of their movant ("Plaintiff" → "chirrup")."""

    def canonical(ref: MotionRef) -> MotionRef:
        party = canonical_party(ref.movant, caption)
        key = " ".join(x for x in (party, ref.detail or ref.key) if x)
        return MotionRef(ref.text, key, ref.movant, ref.start, ref.detail or ref.key)

    return canonical


def _parties(
    motion: DocumentInfo,
    opposition: DocumentInfo | None,
    caption: str,
    order_segments: Sequence[SegmentInfo],
    caption_texts: Sequence[str] = (),
) -> PartyNames:
    """The parties' names: the filing parties of the briefs, an intervenor (no caption party)
    by the name its motion's title gives ("Owyhee …'s Motion to Intervene"), the caption the
    order's or else the briefs' own ("A / VERSUS / B" on lines of their own)."""
    texts = [s.text for s in order_segments[:40]]
    if not reads_as_caption(caption):
        caption = caption_in(caption_texts) or caption
    movant = motion.party or title_movant(motion.title)
    respondent = opposition.party if opposition else ""
    marked_movant, marked_respondent, marked = marked_sides(
        caption_marks(caption_texts),
        _filer_words(movant) or filer_mark(motion.title),
        _filer_words(respondent) or (filer_mark(opposition.title) if opposition else ()),
    )
    if not _has_name(movant):  # "PETITION FOR A WRIT …" under "CASCADIA …, Petitioner."
        movant = marked_movant or movant
    if not _has_name(respondent) and opposition is not None:
        respondent = marked_respondent or respondent or title_filer(opposition.title)
    captions = [motion.caption, *([opposition.caption] if opposition else []), caption]
    for word, side in office_words(captions, movant, respondent).items():
        marked.setdefault(word, side)
    return party_names(movant, respondent, caption, texts, marked)


def _filer_words(party: str) -> tuple[str, ...]:
    """The role word a filing party starts with ("Defendant", "Plaintiffs"), if any."""
    first = party.split()[:1]
    return (first[0].lower().rstrip("s"),) if first else ()


def _has_name(party: str) -> bool:
    """Whether a filing party is named, not only a role ("Defendants")."""
    return bool(party) and bool(_ROLE_ONLY.sub("", party).strip())


_ROLE_ONLY = re.compile(
    r"(?i:\b(?:the|plaintiffs?|defendants?|petitioners?|respondents?|movants?|debtors?|"
    r"claimants?|applicants?|appellants?|appellees?|complainants?)\b)"
)


def _motion_disposition(
    dispositions: Sequence[Disposition], default: MotionRef
) -> DispositionKind | None:
    for disposition in dispositions:
        if disposition.key == default.key:
            return disposition.kind
    return dispositions[0].kind if len(dispositions) == 1 else None


def _title_case(title: str) -> str:
    return title.title() if title.isupper() else title


def rule_order_sections(
    order: DocumentInfo,
    segments: Sequence[SegmentInfo],
    pages: Sequence[Page],
    book: RuleBook | None = None,
) -> dict[SegmentId, tuple[Side | None, float, tuple[Evidence, ...]]]:
    """The side each heading section of an order rules for, read from the order alone.

    For orders whose briefs are not in the case: the movant of a section is the party whose
    motion the section (or an enclosing heading) names, else the order's own motion's.

    Returns:
        For each heading segment: the side (None when no cue speaks), a confidence and the
        evidence sentences.
    """
    book = book or load_rulebook()
    locator = SentenceLocator(pages)
    text = OrderText(order.id, segments, locator)
    default = _default_motion(order, None)
    by_id = {s.id: s for s in segments}
    out: dict[SegmentId, tuple[Side | None, float, tuple[Evidence, ...]]] = {}
    for segment in segments:
        if segment.kind is not SegmentKind.HEADING:
            continue
        motion = section_motion(segment, by_id, segments) or default
        parties = party_names(motion.movant, "", order.caption, [s.text for s in segments[:40]])
        if motion.detail.startswith("exclude"):  # "Dr. Becker has established …" is Cisco's
            chain = [segment, *ancestors(segment, by_id)]
            parties = with_experts(parties, [h.heading for h in chain])
        sentences = text.section_sentences(segment.id)
        speakers = discourse_speakers(sentences, parties)
        conceded = concessions(sentences)
        readings = [
            reading
            for sentence in sentences
            if (
                reading := read_sentence(
                    sentence,
                    book,
                    parties,
                    (),
                    speakers.get(sentence_key(sentence)),
                    sentence_key(sentence) in conceded,
                )
            )
            is not None
        ]
        readings.sort(key=lambda r: -r.weight)
        side, confidence = decide_side(readings, book)
        if side is None:  # no cue: what the section disposes of says who won
            side, confidence = _side_of_dispositions(text.section_sentences(segment.id), book)
        shown = tuple(r.evidence for r in readings if side is Side.MIXED or r.side is side)
        out[segment.id] = (side, round(confidence, 3), shown[:3])
    return out


def _side_of_dispositions(
    sentences: Sequence[Sentence], book: RuleBook
) -> tuple[Side | None, float]:
    kinds: frozenset[DispositionKind] = frozenset()
    for sentence in sentences:
        kinds |= disposition_kinds(sentence.text, book)
    if not kinds:
        return None, 0.0
    return DISPOSITION_SIDE[combine_kinds(kinds)], book.fallback_confidence
