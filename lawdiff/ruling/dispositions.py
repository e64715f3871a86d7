"""Dispositions: how an order disposed of each motion it decides, and the sentence saying so.

A sentence disposes of a motion when a ``[[disposition]]`` cue matches it; the motion is the
one it names ("Finjan's Motion in Limine No. 1 …: GRANTED IN PART"), else the motion of the
section it sits in (a heading "B. Cisco's Motion in Limine No. 2"), else the order's own motion.
The closing section (ORDER, CONCLUSION) has the last word for every motion it names; other
motions take what the body says, and a motion granted as to some parts and denied as to others
is granted in part and denied in part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import SegmentInfo, SegmentKind
from lawdiff.core.rulings import Disposition, DispositionKind, Evidence
from lawdiff.ruling.decrees import (
    Canonical,
    aside_part_removed,
    decree_by_kind,
    decree_patterns,
    decree_text,
    side_request,
    stay_ended,
)
from lawdiff.ruling.motions import MotionRef, find_motions
from lawdiff.ruling.points import point_verdicts
from lawdiff.ruling.rulebook import RuleBook, folded_forms
from lawdiff.ruling.sentences import Sentence, SentenceLocator

_PRIORITY = (
    DispositionKind.GRANTED_IN_PART,
    DispositionKind.MOOT,
    DispositionKind.WITHDRAWN,
    DispositionKind.TERMINATED,
    DispositionKind.SUBMITTED,
    DispositionKind.DEFERRED,
    DispositionKind.GRANTED,
    DispositionKind.DENIED,
)


@dataclass(frozen=True)
class _Finding:
    motion: MotionRef
    kinds: frozenset[DispositionKind]
    sentence: Sentence
    closing: bool
    named: bool


def find_dispositions(
    order: DocumentId,
    segments: Sequence[SegmentInfo],
    locator: SentenceLocator,
    book: RuleBook,
    default_motion: MotionRef,
    canonical: Canonical = lambda ref: ref,
) -> list[Disposition]:
    """The disposition of every motion ``segments`` (one order, in document order) decides.

    Args:
        order: the order's document id.
        segments: the order's segments.
        locator: finds each sentence's page:line in the order.
        book: the cues.
        default_motion: the motion an order deciding one motion decides (from its title or
            the case's motion), for sentences that name none ("the motion is DENIED").
        canonical: maps a named motion onto the case's names ("Plaintiff's Motion for TRO"
            and "Chirrup's Motion for TRO" are one motion).
    """
    findings = list(_findings(segments, locator, book, default_motion, canonical))
    if not findings:
        findings = _point_findings(segments, locator, book, default_motion)
    by_key: dict[str, list[_Finding]] = {}
    for finding in findings:
        by_key.setdefault(finding.motion.key, []).append(finding)
    return [_decide(order, group) for group in by_key.values()]


def _findings(
    segments: Sequence[SegmentInfo],
    locator: SentenceLocator,
    book: RuleBook,
    default_motion: MotionRef,
    canonical: Canonical,
) -> list[_Finding]:
    by_id = {s.id: s for s in segments}
    first_child: dict[SegmentId, SegmentInfo] = {}
    for segment in segments:
        if segment.parent is not None:
            first_child.setdefault(segment.parent, segment)
    owners = _owners(segments, canonical)
    numbers = _docket_numbers(segments, default_motion, canonical, owners)
    patterns = decree_patterns(book)
    decretal = _decretal_start(segments, patterns.decretal)
    out: list[_Finding] = []
    previous: MotionRef | None = None  # the motion the last sentence named, for run-ons
    for index, segment in enumerate(segments):
        if segment.kind is SegmentKind.FOOTNOTE:
            continue
        path = _heading_path(segment, by_id)
        background = _in_background(path, patterns.skipped)
        closing = index >= decretal or any(patterns.closing.match(h) for h in path)
        context = _section_motion(segment, by_id, first_child, canonical) or default_motion
        if not context.movant and default_motion.movant:  # "The Demurrer …" is the movant's
            context = canonical(_with_movant(context, default_motion.movant))
        elif not context.movant and context.detail in owners:
            # a title without its movant ("… (the Commissioner's) Motion for Summary Judgment")
            # and one party the order names moving for that kind ("respondent's Motion for …")
            context = canonical(_with_movant(context, owners[context.detail]))
        here: MotionRef | None = None  # the numbered motion this paragraph last named
        for sentence in locator.sentences(segment):
            in_sentence: list[MotionRef] = []  # what the sentence's earlier clauses named
            for clause in disposition_clauses(sentence.text, book):
                named = _named(clause, context, canonical, owners) or _numbered(clause, numbers)
                if not named and in_sentence:
                    named = in_sentence[-1:]  # "…; it is DENIED as to Count II"
                elif not named and previous is not None and clause[:1].islower():
                    named = [previous]  # "and DEFERRED IN PART." continues the line above
                elif not named and here is not None and here.key != context.key:
                    named = [here]  # "MIL No. 4 (…): RESERVED. The Court defers ruling …"
                in_sentence += named
                here = next((m for m in reversed(named) if m.specific), here)
                previous = named[-1] if named else previous
                out += _clause_findings(
                    clause,
                    named,
                    context,
                    canonical,
                    book,
                    background,
                    closing,
                    default_motion,
                    sentence,
                )
    return out


def _in_background(path: Sequence[str], skipped: re.Pattern[str]) -> bool:
    """Whether a section lies under a short heading of history ("Background", "Procedural
    History"): its disposition words are the case's past, no decree."""
    return any(skipped.search(h) and len(h.split()) <= 6 for h in path)


# a verdict on a point of the motion named by label, as the motion's disposition of that part
_POINT_KINDS = {
    "won": DispositionKind.GRANTED,
    "lost": DispositionKind.DENIED,
    "in_part": DispositionKind.GRANTED_IN_PART,
}


def _point_findings(
    segments: Sequence[SegmentInfo],
    locator: SentenceLocator,
    book: RuleBook,
    motion: MotionRef,
) -> list[_Finding]:
    """When no decree disposes of any motion, the verdicts on the motion's points named by
    label: a tribunal's "(a) The Respondent's first objection is dismissed. … (c) The third
    objection is upheld" decides the objections in part, as an appellate body's "The first
    ground fails … Ground 2 succeeds" does the appeal. Background sections (the history of
    the points below) are not read."""
    by_id = {s.id: s for s in segments}
    skipped = decree_patterns(book).skipped
    sentences = [
        sentence
        for segment in segments
        if segment.kind is not SegmentKind.FOOTNOTE
        and not _in_background(_heading_path(segment, by_id), skipped)
        for sentence in locator.sentences(segment)
    ]
    return [
        _Finding(motion, frozenset({_POINT_KINDS[verdict]}), sentence, False, False)
        for sentence, verdict in point_verdicts(sentences, book)
        if verdict in _POINT_KINDS
    ]


# the decretal paragraphs of an order whose closing section has no heading of its own
# ("III. / Accordingly, IT IS ORDERED as follows: 1. …"): from there on, the last word
_DECRETAL_FROM = 0.6  # only in the order's last part: some orders open "IT IS HEREBY ORDERED"


def _decretal_start(segments: Sequence[SegmentInfo], decretal: re.Pattern[str]) -> int:
    """The index of the paragraph that opens the order's decretal part, past the end if none.

    The order's last part is measured in text, not in paragraphs: an order of a few long
    paragraphs of reasons and many short decretal lines ("1. The Motion … is GRANTED. 2. …
    3. …", the signature, the distribution list) opens its decree before 60% of its paragraphs.
    """
    first = _index_at_share(segments, _DECRETAL_FROM)
    for index in range(first, len(segments)):
        segment = segments[index]
        if segment.kind is SegmentKind.PARAGRAPH and decretal.match(segment.text):
            return index
    return len(segments)


def _index_at_share(segments: Sequence[SegmentInfo], share: float) -> int:
    """The index of the first segment that starts at or past ``share`` of the text (and of
    the paragraphs, whichever comes first)."""
    total = sum(len(s.text) for s in segments)
    read = 0
    for index, segment in enumerate(segments):
        if read >= total * share:
            return min(index, int(len(segments) * share))
        read += len(segment.text)
    return int(len(segments) * share)


def _clause_findings(
    clause: str,
    named: list[MotionRef],
    context: MotionRef,
    canonical: Canonical,
    book: RuleBook,
    background: bool,
    closing: bool,
    default_motion: MotionRef,
    sentence: Sentence,
) -> list[_Finding]:
    """What one clause of a sentence disposes of."""
    decree = decree_text(clause, book)
    kinds = disposition_kinds(decree, book) if decree else frozenset()
    if stay_ended(decree, book):  # "the automatic stay is TERMINATED": no motion terminated
        kinds -= {DispositionKind.TERMINATED}
    rest = aside_part_removed(decree, book) if DispositionKind.MOOT in kinds else None
    if rest is not None and disposition_kinds(rest, book) & _MERITS:
        kinds -= {DispositionKind.MOOT}  # "DENIED as to Counts I-III and … MOOT as to Voss"
    kinds |= decree_by_kind(decree, (named or [context])[0], canonical, book)
    if kinds and not named and side_request(clause, context, book):
        return []  # "Ms. Tierney's request for fees is therefore denied": a part of the motion
    if kinds and not named and _names_another_partys(clause, context, canonical):
        return []  # "Plaintiff's request for discovery be DENIED" in Defendant's motion
    if background:  # only a side motion disposed of there ("The request for judicial
        # notice is GRANTED" in the background); the main motion's words there are history
        named = [m for m in named if m.key != default_motion.key and not m.generic]
        if not named:
            return []
    if not kinds:
        return []
    motions = [_with_expert(m, clause) for m in named or [context]]
    return [_Finding(motion, kinds, sentence, closing, bool(named)) for motion in motions]


_CLAUSE_END = re.compile(r";\s+")


def disposition_clauses(text: str, book: RuleBook) -> list[str]:
    """A sentence cut where it turns from one motion's disposition to another's.

    A form order strings its decrees on semicolons ("ORDERED that Defendant's motion … is
    DENIED; and it is FURTHER ORDERED that Plaintiff's cross-motion … is GRANTED"); a docket
    text does the same ("granting [24] Motion to Dismiss; denying as moot [31] Motion to
    Stay"). Within a clause naming several motions, each motion takes the disposition words
    on its side of it: the words before it when the clause opens with a verb ("GRANTS
    Plaintiff's Motion … and DENIES Defendant's Cross-Motion …"), else the words after it
    ("Plaintiff's Motion … is GRANTED and Defendant's Cross-Motion … is DENIED").
    """
    clauses: list[str] = []
    for clause in _CLAUSE_END.split(text):
        clauses += _per_motion(clause, book)
    return [c for c in clauses if c.strip()]


def _per_motion(clause: str, book: RuleBook) -> list[str]:
    refs = [r for r in find_motions(clause) if not r.generic or r.movant]
    starts = sorted({r.start for r in refs})
    if len(starts) == 1:
        return _decree_before(clause, starts[0], book)
    if len(starts) < 2:
        return [clause]
    first = next(r for r in refs if r.start == starts[0])
    leads = bool(disposition_kinds(clause[: first.start + len(first.text)], book))
    if leads:  # the verb leads
        ends = [max(r.start + len(r.text) for r in refs if r.start == s) for s in starts]
        cuts = [0, *ends[:-1], len(clause)]
    else:
        cuts = [0, *starts[1:], len(clause)]
    pieces = [clause[a:b] for a, b in pairwise(cuts)]
    return _shared_verbs(pieces, book, leads)


_JOINED = re.compile(
    r"(?:,\s*(?:and|but)?|\b(?:and|but|while|whereas))\s+(?:the|its|their)?\s*$", re.I
)


def _decree_before(clause: str, start: int, book: RuleBook) -> list[str]:
    """A decree joined before the one motion a clause names is not that motion's: "leave will
    be granted, and the motion to dismiss will be denied as moot"."""
    before, after = clause[:start], clause[start:]
    if (
        _JOINED.search(before)
        and disposition_kinds(before, book)
        and disposition_kinds(after, book)
    ):
        return [before, after]
    return [clause]


def _shared_verbs(pieces: list[str], book: RuleBook, leads: bool) -> list[str]:
    """Motions sharing one verb keep it: a piece without one joins the piece whose verb it
    shares ("X's Motion to Dismiss and Motion to Strike are GRANTED": the one after; "DENIES X's
    Motion to Dismiss and Motion to Strike": the one before)."""
    out: list[str] = []
    pending = ""
    for piece in pieces:
        if leads and out and not disposition_kinds(piece, book):
            out[-1] += piece
        elif not leads and not disposition_kinds(piece, book):
            pending += piece
        else:
            out.append(pending + piece)
            pending = ""
    if pending and out:
        out[-1] += pending
    elif pending:
        out.append(pending)
    return out


def _owners(segments: Sequence[SegmentInfo], canonical: Canonical) -> dict[str, str]:
    """For each kind of motion the order names with one movant only ("DENYING PLAINTIFF'S
    MOTION TO STRIKE" in the title), that movant."""
    movants: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for segment in segments:
        for ref in find_motions(segment.text):
            key = canonical(ref).key
            party = key.removesuffix(ref.detail).strip()
            if ref.movant and not ref.generic and party and party != key:
                movants.setdefault(ref.detail, set()).add(party)
                names[ref.detail] = ref.movant
    return {detail: names[detail] for detail, keys in movants.items() if len(keys) == 1}


# a motion's docket number cited after its name ("Motion to Stay … (Dkt. No. 32)") or alone
# ("ECF No. 32 is DENIED AS MOOT")
_DOCKET_CITE = re.compile(
    r"\b(?:ECF|Dkt|Doc|Docket(?:\s+Entry)?)\b\.?\s*(?:No\b\.?|#)?\s*\[?\s*(\d{1,4})\b\]?"
)
_CITE_AFTER = 90  # characters after a motion's name its docket cite may sit


def _docket_numbers(
    segments: Sequence[SegmentInfo],
    context: MotionRef,
    canonical: Canonical,
    owners: dict[str, str],
) -> dict[str, MotionRef]:
    """The docket number of each motion the order names with one ("Defendant's Motion to
    Stay Pending Resolution of Venue (Dkt. No. 32)"): a number cited for two motions is no
    one's."""
    found: dict[str, set[MotionRef]] = {}
    for segment in segments:
        refs = [r for r in find_motions(segment.text) if not r.generic]
        afters = [r.start for r in refs[1:]] + [len(segment.text)] if refs else []
        for ref, after in zip(refs, afters, strict=True):
            end = min(after, ref.start + len(ref.text) + _CITE_AFTER)
            cite = _DOCKET_CITE.search(segment.text, ref.start, end)
            stop = re.search(r"[.;]\s", segment.text[ref.start + len(ref.text) : end])
            if cite and not (stop and ref.start + len(ref.text) + stop.start() < cite.start()):
                named = _named(segment.text[ref.start : cite.start()], context, canonical, owners)
                found.setdefault(cite.group(1), set()).update(named[:1])
    return {number: next(iter(refs)) for number, refs in found.items() if len(refs) == 1}


def _numbered(clause: str, numbers: dict[str, MotionRef]) -> list[MotionRef]:
    """The motion a clause names by its docket number alone ("ECF No. 32 is DENIED"); none
    when the clause names a motion ("… as to the renewed motion to compel (Dkt. 55)")."""
    if not numbers or any(not r.generic for r in find_motions(clause)):
        return []
    cited = [numbers[m.group(1)] for m in _DOCKET_CITE.finditer(clause) if m.group(1) in numbers]
    return cited[:1]


def _named(
    text: str, context: MotionRef, canonical: Canonical, owners: dict[str, str] | None = None
) -> list[MotionRef]:
    """The motions a sentence names, read in the light of the section's motion.

    A motion named only by its kind ("Finjan's motion to exclude …") inside a section about one
    numbered motion is that motion; one named without its movant is that of the one party the
    order names as moving for that kind (``owners``), else borrows the section's.
    """
    named: list[MotionRef] = []
    subject = _CONTEXT_SUBJECT.match(text)
    for ref in find_motions(text):
        if subject and ref.start >= subject.end() and _PART_OF.search(text[: ref.start]):
            continue  # "The motion is GRANTED … as to the renewed motion to compel": a part
        if _ORDER_BELOW.search(text[: ref.start]) or (
            _ORDER_BEFORE.search(text[: ref.start]) and _ORDER_TITLE.match(ref.text)
        ):
            continue  # "The order denying the plaintiff's motion … is affirmed": a ruling below
        crossing = _CROSS.search(text[: ref.start]) or _CROSS_NAME.search(ref.text)
        if ref.generic and ref.movant and context.detail and crossing:
            # "the cross motion of defendant Voltline", "Defendant's Cross-Motion (ECF No. 44)"
            # crosses the motion in context: it is of its kind
            key = f"{ref.key.split()[0]} {context.detail}"
            ref = MotionRef(ref.text, key, ref.movant, ref.start, context.detail)
        elif _own_motion(ref, context, canonical):
            ref = context  # "The Court DENIES Plaintiff's motion and GRANTS …": the motion
        if ref.generic:
            continue
        if context.specific and not ref.specific:
            ref = context
        elif not ref.movant and ref.detail != context.detail and ref.detail in (owners or {}):
            ref = _with_movant(ref, (owners or {})[ref.detail])  # the title's "PLAINTIFF'S …"
        elif not ref.movant and context.movant and not _CROSS.search(text[: ref.start]):
            ref = _with_movant(ref, context.movant)  # a cross-motion is the other side's
        named.append(canonical(ref))
    return named


# a clause whose subject is the motion in context ("2. The motion is GRANTED …"), and another
# motion named after it only as what a part of it concerns ("… as to the renewed motion to
# compel", "fees incurred on the motion to strike")
_CONTEXT_SUBJECT = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:the|this|that|its)\s+motion\s+(?:is|are|was|be|shall\s+be|"
    r"will\s+be|should\s+be|hereby\s+is)\b",
    re.IGNORECASE,
)
_PART_OF = re.compile(
    r"\b(?:as\s+to|with\s+respect\s+to|insofar\s+as\s+it\s+(?:seeks|concerns|relates\s+to)"
    r"[^,;]{0,40}?|(?:incurred|spent)\s+(?:on|in|opposing|bringing))\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:renewed\s+|earlier\s+|prior\s+|underlying\s+|first\s+|second\s+)?$",
    re.IGNORECASE,
)
# a motion named as what an order under review decided: "the order denying the plaintiff's
# motion for leave to amend", "the Circuit Court's \"Order Granting Defendants' Motion to
# Strike\"" (not an order's own title, "ORDER GRANTING DEFENDANT'S MOTION", which opens it)
_ORDER_BELOW = re.compile(
    r"\bthe\s+order\s+(?:granting|denying)\s+(?:in\s+part\s+)?(?:the\s+|an?\s+)?$", re.IGNORECASE
)
_ORDER_BEFORE = re.compile(r"(?:\bthe\s+|[\"“])$", re.IGNORECASE)
_ORDER_TITLE = re.compile(r"order\s+(?:granting|denying)\b", re.IGNORECASE)
_CROSS = re.compile(r"\bcross[-\s]?$", re.IGNORECASE)
_CROSS_NAME = re.compile(r"\bcross[-\s]?motion", re.IGNORECASE)


def _own_motion(ref: MotionRef, context: MotionRef, canonical: Canonical) -> bool:
    """Whether a motion named only by its movant ("Plaintiff's motion") is the motion in
    context, the movant being the same."""
    if not (ref.generic and ref.movant and context.movant and _MOTION_WORD.search(ref.text)):
        return False
    return canonical(ref).key.split()[0] == canonical(context).key.split()[0]


_MOTION_WORD = re.compile(r"\bmotion\b", re.IGNORECASE)


def _with_movant(ref: MotionRef, movant: str) -> MotionRef:
    return MotionRef(ref.text, ref.key, movant, ref.start, ref.detail)


def _names_another_partys(text: str, context: MotionRef, canonical: Canonical) -> bool:
    """Whether a sentence names only a motion, request or objection of a party other than the
    movant of the motion in context ("Plaintiff's request for jurisdictional discovery",
    "Defendant's objection that the Government may not proceed by proffer is overruled")."""
    if not context.movant:
        return False
    movant = canonical(context).key.split()[0]
    others = [canonical(r) for r in find_motions(text) if r.generic and r.movant]
    others += [
        canonical(MotionRef(m.group(1), "x", m.group(1), m.start(), "x"))
        for m in _OBJECTION.finditer(text)
    ]
    return bool(others) and all(r.key.split()[0] != movant for r in others)


# a party's objection made at a hearing, the subject of its clause ("Defendant's objection that
# … is overruled"; not the objections filed to a report, which are a motion of their own)
_OBJECTION = re.compile(
    r"^\W*(?:The\s+)?([A-Z][\w&-]*)['’]s?\s+objection\b(?!s)(?!\s+to\s+the\s+report)"
)


_AS_TO_EXPERT = re.compile(
    r"\bas to (?:Drs?|Mr|Ms|Mrs|Prof)\.\s+(?:[A-Z][\w'-]+\s+)*([A-Z][\w'-]+)\b"
)


def _with_expert(motion: MotionRef, text: str) -> MotionRef:
    """A motion to exclude several experts, ruled on "as to Dr. Marchetti": that expert's part
    is its own motion, as when the movant had filed one motion per expert. The expert is
    keyed by surname ("as to Dr. Helena Marchetti" = "marchetti")."""
    if motion.detail != "exclude":
        return motion
    expert = _AS_TO_EXPERT.search(text)
    if expert is None:
        return motion
    surname = expert.group(1).lower()
    return MotionRef(
        motion.text, f"{motion.key} {surname}", motion.movant, motion.start, f"exclude {surname}"
    )


def disposition_kinds(text: str, book: RuleBook) -> frozenset[DispositionKind]:
    """The kinds of disposition the cues find in one sentence."""
    folded, lowered = folded_forms(text)
    return frozenset(
        DispositionKind(cue.direction) for cue in book.dispositions if cue.spans(folded, lowered)
    )


def _heading_path(segment: SegmentInfo, by_id: dict[SegmentId, SegmentInfo]) -> list[str]:
    path: list[str] = []
    current: SegmentInfo | None = segment
    while current is not None and len(path) < 12:
        if current.kind is SegmentKind.HEADING:
            path.append(current.heading or current.label)
        current = by_id.get(current.parent) if current.parent is not None else None
    return path


def _section_motion(
    segment: SegmentInfo,
    by_id: dict[SegmentId, SegmentInfo],
    first_child: dict[SegmentId, SegmentInfo],
    canonical: Canonical,
) -> MotionRef | None:
    """The motion named by the nearest enclosing heading that names one.

    A heading cut off mid-sentence ("(2) Cisco's motion to exclude … Dr. James") is read on
    into the text below it.
    """
    current: SegmentInfo | None = segment
    while current is not None:
        if current.kind is SegmentKind.HEADING:
            heading = current.heading
            child = first_child.get(current.id)
            if child is not None and not heading.rstrip().endswith((".", ":", ";")):
                heading = f"{heading} {child.text[:120]}"
            motions = [
                m
                for m in find_motions(heading)
                if m.start < len(current.heading) or not _DECIDED_BELOW.search(heading[: m.start])
            ]
            if motions and not motions[0].generic:
                return canonical(motions[0])
        current = by_id.get(current.parent) if current.parent is not None else None
    return None


# read on into the text, a motion the court below decided is not the section's ("A. Value of
# the Property" / "Defendant argues that the trial court erred by denying his motion to dismiss")
_DECIDED_BELOW = re.compile(
    r"\b(?:erred|err)\s+(?:by\s+|in\s+)?(?:denying|granting)\s+(?:his|her|its|their|the)\s+$",
    re.IGNORECASE,
)


def _decide(order: DocumentId, group: Sequence[_Finding]) -> Disposition:
    closing = [f for f in group if f.closing and (f.named or _splits(f))] or [
        f for f in group if f.closing
    ]
    chosen = closing or list(group)
    kinds = frozenset().union(*(f.kinds for f in chosen))
    kind = _merits_over_aside(chosen) or combine_kinds(kinds)
    evidence_of = next(
        (f for f in reversed(chosen) if combine_kinds(f.kinds) is kind),
        next((f for f in reversed(chosen) if kind in f.kinds), chosen[-1]),
    )
    sentence = evidence_of.sentence
    confidence = 0.95 if closing else 0.8 if len(chosen) > 1 or kind in kinds else 0.6
    motion = group[-1].motion if not closing else closing[-1].motion
    return Disposition(
        order=order,
        motion=motion.text,
        key=motion.key,
        movant=motion.movant,
        kind=kind,
        evidence=Evidence(sentence.text, sentence.page, sentence.line),
        confidence=confidence,
    )


def _splits(finding: _Finding) -> bool:
    """A closing clause naming no motion that splits the decree keeps its say beside the
    clauses naming the motion: "IT IS ORDERED that defendants' Petition for Reconsideration is
    GRANTED. IT IS FURTHER ORDERED … that the Findings and Award … is AFFIRMED, EXCEPT that
    Finding of Fact No. 2 … [is] RESCINDED" is granted in part."""
    return DispositionKind.GRANTED_IN_PART in finding.kinds


_MERITS = frozenset(
    {DispositionKind.GRANTED, DispositionKind.DENIED, DispositionKind.GRANTED_IN_PART}
)


def _merits_over_aside(findings: Sequence[_Finding]) -> DispositionKind | None:
    """The disposition on the merits when some clauses decide the motion and others set a
    part of it aside: "The motion to stay is DENIED without prejudice. … Defendant's
    alternative request to stay … is DENIED as moot." is denied (its request is moot), as
    "GRANTED as to Count I; Count II is moot" is granted. None when no clause decides it on the
    merits, or every clause sets it aside (a clause's own words are read together: "DENIED as
    moot" is moot). Only the clauses that name the motion count when some do: a clause naming
    none ("the motion for certification is DENIED, and" before "the motion to stay …") may be
    another motion's."""
    named = [f for f in findings if f.named] or list(findings)
    each = [combine_kinds(f.kinds) for f in named]
    merits = frozenset(k for k in each if k in _MERITS)
    if not merits or len(merits) == len(set(each)):
        return None
    return combine_kinds(merits)


def combine_kinds(kinds: frozenset[DispositionKind]) -> DispositionKind:
    """One disposition from several: granted and denied (as to parts) = granted in part."""
    if (
        DispositionKind.GRANTED_IN_PART in kinds
        or {
            DispositionKind.GRANTED,
            DispositionKind.DENIED,
        }
        <= kinds
    ):
        return DispositionKind.GRANTED_IN_PART
    return next(k for k in _PRIORITY if k in kinds)


def section_motion(
    segment: SegmentInfo,
    by_id: dict[SegmentId, SegmentInfo],
    segments: Sequence[SegmentInfo],
    canonical: Canonical = lambda ref: ref,
) -> MotionRef | None:
    """The motion the section holding ``segment`` is about, if a heading names one."""
    first_child: dict[SegmentId, SegmentInfo] = {}
    for other in segments:
        if other.parent is not None:
            first_child.setdefault(other.parent, other)
    return _section_motion(segment, by_id, first_child, canonical)
