"""What kind of answer a link is, from who says what.

A concession counts only when the answering party makes it ("Brightwater withdraws its Fourth
Cause of Action", "we do not dispute"); the other side's concession ("Chirrup's own Complaint
concedes …", "which Defendants concede") is a point scored against the argument: rebuts. The
answer distinguishes when it distinguishes an authority the argument relied on. Who is who is
read from the briefs themselves: each describes the other side's arguments ("Ostrander argues",
"Plaintiff alleges"), so a name that argues in the answering brief is the moving party.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lawdiff.core.model import Relation

CONCESSION = re.compile(
    r"\b(?:do(?:es)?\s+not\s+(?:dispute|contest|challenge|oppose|object|seek|intend)|"
    r"concedes?|conceded|withdraws?|withdrawn|withdrawing|agrees?\s+(?:that|to|with)|"
    r"acknowledges?\s+that|do(?:es)?\s+not\s+ask|"
    r"no\s+longer\s+(?:pursues?|press(?:es)?|seeks?)|will\s+not\s+(?:pursue|oppose|press|offer|"
    r"introduce|seek|elicit|call)|(?:requests?|asks?|seeks?)\s+(?:only\s+)?leave\s+to\s+amend|"
    r"(?:is|are)\s+(?:abandoned|moot))\b",
    re.IGNORECASE,
)
# "does not dispute that X … but": a fact admitted on the way to disputing the argument
ADMITTED_FACT = re.compile(r"\bdo(?:es)?\s+not\s+dispute\b[^.;]*?\b(?:but|however|yet)\b", re.I)
DISTINGUISHING = re.compile(
    r"\b(?:distinguishable|inapposite|inapplicable|misplaced|distinguish(?:es|ed|ing)?|"
    r"unlike\s+(?:here|this\s+case|the\s+present)|(?:is|are)\s+not\s+(?:on\s+point|controlling)|"
    r"(?:is|was)\s+not\s+to\s+the\s+contrary|is\s+no\s+authority)\b",
    re.IGNORECASE,
)
# In one sentence about a case the motion relied on, any of these sets the case apart.
SETS_APART = re.compile(
    r"\b(?:distinguishable|inapposite|inapplicable|misplaced|distinguish(?:es|ed|ing)?|"
    r"unlike|differ(?:s|ent|ently)?|involved|concerned|"
    r"(?:does|did|do)\s+not\s+(?:help|apply|control|govern|hold|involve|address)|"
    r"(?:is|are|was|were)\s+not\s+(?:on\s+point|controlling|analogous|similar)|"
    r"(?:in\s+that\s+case|there)\s*,|by\s+contrast|here\s*,\s+(?:by\s+contrast|in\s+contrast)|"
    # what the cited case held or was about, said to set it apart
    r"held|found|rests?\s+on|was\s+decided|faulted|addressed|"
    r"(?:is|was)\s+not\s+to\s+the\s+contrary|does\s+not\s+support|is\s+no\s+authority)",
    re.IGNORECASE,
)
SAYS = re.compile(
    r"\b([A-Z][A-Za-z’'\-]+)(?:['’]s)?\s+(?:(?:also|further|now|next|first|then)\s+)?"
    # how a brief describes the other side ("moves", "seeks" a party says of itself)
    r"(?:argues?|contends?|asserts?|claims?|insists?|maintains?|suggests?|alleges?|says)\b"
)
FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
OTHER_PAPERS = re.compile(
    r"\b(?:own|complaint|motion|moving\s+(?:papers|brief)|opening\s+brief|opposition|"
    # a brief names its author or says "we"; "they", "he", "she" are the other side
    r"herself|himself|itself|themselves|they|he|she)\b",
    re.IGNORECASE,
)
CLAUSE_START = re.compile(r"[.;:!?]\s|\(|—")
PARTY = re.compile(r"\b[A-Z][A-Za-z’'\-]+\b")
NOT_NAMES = frozenset({"The", "This", "That", "It", "In", "But", "And", "As", "Here", "Id", "See"})
WINDOW = 160  # characters before a cue that can hold its subject
LEAD_SENTENCES = 3  # the heading line and the opening sentences say what a section does
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])|\n+")


@dataclass(frozen=True)
class Sides:
    """The names each side goes by, read from how the two briefs describe each other."""

    answering: frozenset[str]
    moving: frozenset[str]


def sides(moving_text: str, answering_text: str) -> Sides:
    """Guess the parties' names: a name that "argues" mostly in the answering brief moves."""
    in_motion = Counter(m[1] for m in SAYS.finditer(moving_text))
    in_answer = Counter(m[1] for m in SAYS.finditer(answering_text))
    names = (set(in_motion) | set(in_answer)) - NOT_NAMES
    moving = frozenset(n for n in names if in_answer[n] > in_motion[n])
    answering = frozenset(n for n in names if in_motion[n] > in_answer[n])
    return Sides(answering=answering, moving=moving)


def who_concedes(text: str, who: Sides) -> tuple[bool, bool]:
    """Whether the answering party concedes something in ``text``, and whether it points out
    a concession of the other side."""
    own = other = False
    for match in CONCESSION.finditer(text):
        if ADMITTED_FACT.match(text, match.start()):
            continue
        before = text[max(0, match.start() - WINDOW) : match.start()]
        clause = CLAUSE_START.split(before)[-1]
        # A brief speaks for its author: an unnamed subject of "does not dispute", "agrees",
        # "withdraws" is the answering party; "concedes" is how it reports the other side's.
        side = _speaker(clause, who) or (
            "moving" if match[0].lower().startswith("conced") else "answering"
        )
        own |= side == "answering"
        other |= side == "moving"
    return own, other


def lead(text: str) -> str:
    """The heading and first :data:`LEAD_SENTENCES` sentences of a section: where it says what
    it mainly does with the argument (docs/labelling.md: a section is labelled by its thrust)."""
    return " ".join(SENTENCE_END.split(text, maxsplit=LEAD_SENTENCES)[:LEAD_SENTENCES])


def _speaker(clause: str, who: Sides) -> str:
    """ "answering", "moving" or "" for the subject of a concession cue's clause."""
    names = [
        n.removesuffix("'s").removesuffix("’s") for n in PARTY.findall(clause) if n not in NOT_NAMES
    ]
    if OTHER_PAPERS.search(clause) or any(n in who.moving for n in names):
        return "moving"
    if FIRST_PERSON.search(clause) or any(n in who.answering for n in names):
        return "answering"
    return ""


def distinguishes_authority(text: str, cited: list[str], *, sentence: bool = False) -> bool:
    """Whether ``text`` distinguishes one of the ``cited`` authorities (cite text or a case
    name) within a sentence or two of a distinguishing word.

    A whole section needs an outright word ("inapposite", "distinguishable"); within one
    ``sentence`` about the case, saying what it held or involved sets it apart too.
    """
    cues = SETS_APART if sentence else DISTINGUISHING
    for match in cues.finditer(text):
        near = text[max(0, match.start() - 300) : match.end() + 300]
        if any(name and name in near for name in cited):
            return True
    return False


def relation(
    kinds: set[str],
    *,
    structural: bool,
    concedes: bool,
    distinguishes: bool,
) -> Relation:
    """The relation of a link from the signals behind it and the answering text's cues.

    Args:
        kinds: the signals that raised the pair's score.
        structural: either side is not an argument (introduction, facts, standard, conclusion).
        concedes: the answering party concedes.
        distinguishes: the answer distinguishes an authority the argument relied on.
    """
    if structural:
        return Relation.RESPONDS_GENERALLY
    if concedes:
        return Relation.CONCEDES
    if distinguishes:
        return Relation.DISTINGUISHES
    if kinds and kinds <= {"shared-authority", "shared-claim"}:
        if "shared-authority" in kinds:
            return Relation.CITES_SAME_AUTHORITY
        return Relation.RESPONDS_GENERALLY
    return Relation.REBUTS


def sentence_relation(sentence: str, who: Sides, relied_on: list[str]) -> tuple[Relation, str]:
    """What one answering sentence does with the moving argument, and who concedes in it.

    Args:
        sentence: the answering sentence.
        who: the parties' names (:func:`sides`).
        relied_on: authorities (cites, case names) the moving argument relies on.

    Returns:
        The relation (concedes, distinguishes or rebuts) and "answering", "moving" or "none".
    """
    own, other = who_concedes(sentence, who)
    speaker = "answering" if own else "moving" if other else "none"
    if own:
        return Relation.CONCEDES, speaker
    if distinguishes_authority(sentence, relied_on, sentence=True):
        return Relation.DISTINGUISHES, speaker
    return Relation.REBUTS, speaker
