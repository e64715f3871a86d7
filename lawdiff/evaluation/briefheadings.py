"""Gold headings of a brief pair against the heading segments of its text.

Every brief pair (``data/briefpairs``) holds a motion and an opposition as plain text and a
``gold.json`` listing every heading in reading order with its level. A gold heading counts as
found when a heading segment carries its words (numbering, case and punctuation aside), in
document order. What the gold lists but the segmenter leaves out of the body on purpose (the
tables of contents and authorities, certificates, proofs of service, verifications and the
designation after them: see :mod:`lawdiff.segment.regions`) is not asked for.

The heading test (``tests/unit/segment/test_briefpair_headings.py``) and the layout
perturbation evaluation (:mod:`lawdiff.evaluation.layouts`) count with these functions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lawdiff.core.model import SegmentDraft, SegmentKind
from lawdiff.ingest.letter_spacing import joined
from lawdiff.segment.front_matter import CERTIFICATE_TITLES, alternation

# Parts regions.py keeps out of the body: front tables (an Illinois POINTS AND AUTHORITIES
# too), certificates (of service, of interested
# entities, of word count: in any case, as regions.py reads them, "Certificate of Service"
# too), proofs of service, verifications and what follows them.
LEFT_OUT = re.compile(
    r"^(?:TABLE\s+OF\s+CONTENTS|(?:TABLE|INDEX)\s+OF\s+AUTHORITIES|(?i:CERTIFICATE\s+OF)|"
    r"WORD\s+COUNT\s+CERTIFICATION\s*$|POINTS\s+AND\s+AUTHORITIES\s*$|"
    r"CERTIFICATION\b|DESIGNATION\s+OF|PROOF\s+OF\s+SERVICE|VERIFICATION\s*$|"
    # every certificate title the segmenter leaves out, in any case ("Word Count Certificate",
    # "COMBINED CERTIFICATIONS")
    r"(?i:" + alternation(CERTIFICATE_TITLES) + r")\s*[.:]?\s*$)"
)
_NUMBER = r"(?:[IVXLC]+|\d+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)"
_ORDINAL = r"(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)"
# word enumerators: "POINT I:", "GROUND ONE:", "PROPOSITION I:", "Issue One:", "ISSUE NO. 1:",
# "Cross-Issue:", "GROUND FOR REVIEW NUMBER ONE", "FIRST GROUND:", "ASSIGNMENT OF ERROR NO.
# 1:", "Response to Assignments of Error Nos. 1 and 2:", "FIRST ARGUMENT", "Issues 2 and 3:",
# "Exception No. 5:", "PLEA 2 -"
WORD_ENUMERATOR = (
    r"(?i:(?:POINT|GROUND|CLAIM|ISSUE|ARGUMENT|PROPOSITION|EXCEPTION|OBJECTION|PLEA)\s+"
    r"(?:NO\.\s*)?" + _NUMBER + r"\b"
    r"|(?:POINTS|GROUNDS|CLAIMS|ISSUES)\s+(?:NOS\.\s*)?"
    + _NUMBER
    + r"(?:\s*(?:,|AND|&)\s*"
    + _NUMBER
    + r")+\b"
    r"|CROSS[- ](?:ISSUE|POINT)\b"
    r"|(?:REPLY\s+TO\s+)?GROUNDS?\s+FOR\s+REVIEW\s+(?:NUMBERS?\s+|NOS?\.\s*)"
    + _NUMBER
    + r"(?:\s*(?:,|AND|&)\s*"
    + _NUMBER
    + r")*\b"
    r"|(?:RESPONSE\s+TO\s+)?(?:ASSIGNMENTS?\s+OF\s+ERROR|PROPOSITIONS?\s+OF\s+LAW)\s+"
    r"(?:NOS?\.?\s*)?" + _NUMBER + r"(?:\s*(?:,|AND|&)\s*" + _NUMBER + r")*\b"
    r"|"
    + _ORDINAL
    + r"\s+(?:GROUND|POINT|ISSUE|ARGUMENT|ASSIGNMENT\s+OF\s+ERROR|PROPOSITION\s+OF\s+LAW)\b)"
)
# Markdown marks a gold heading copied as printed may open with ("### 1. The …", "**A. …").
MARKS = re.compile(r"^\s*(?:#{1,6}\s+)?(?:\*\*|__)?")
ENUMERATOR = re.compile(
    r"^\s*(?:" + WORD_ENUMERATOR + r"\s*[.:\-–—]?\s*|(?:[IVXLC]+|[ivxlc]+|[A-Za-z]|\d+)[.)]\s+"
    r"|\d+(?:\.\d+)+\.?\s+|\([A-Za-z0-9]+\)\s+|\d+\([A-Za-z]\)\s+|[A-Z]-\d+\.\s+|\d{1,2}\s+(?=[A-Z])|§\s*\d+\.\s+)"
)


def words(heading: str, *, strip: bool = True) -> str:
    """A heading as compared: Markdown marks and enumerator gone (the enumerator unless not
    ``strip``), letter-spaced small capitals joined as the text import joins them
    (:mod:`lawdiff.ingest.letter_spacing`), lower case, letters and digits only."""
    heading = joined(MARKS.sub("", heading))
    text = ENUMERATOR.sub("", heading) if strip else heading
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def segment_keys(segment: SegmentDraft) -> set[str]:
    """The words a heading segment may match a gold heading by: its heading less an
    enumerator, or whole. A heading's own text may open with a word enumerator's words after
    its printed number ("VIII. GROUND 1: Claims 1-8 are obvious …": label "VIII", heading
    "GROUND 1: Claims …"), which the gold strips only once, with the number."""
    text = segment.heading or segment.label
    return {words(text), words(text, strip=False)}


def _unspaced(key: str) -> str:
    """``key`` without its spaces: a heading letter-spaced in its copy ("S TATUTORY", read
    whole or not, wrapped inside a word or not) matches its gold whatever its spacing."""
    return key.replace(" ", "")


def _letter_spaced(heading: str) -> bool:
    """True for a gold heading copied letter-spaced ("V. T HE  S TATUTORY  C AP"): only such
    a heading is matched by its letters whatever their spacing."""
    bare = MARKS.sub("", heading)
    return joined(bare) != bare


def level_is_printed(heading: str) -> bool:
    """True when plain text shows the level: numbered, or in capitals (a top heading)."""
    return bool(ENUMERATOR.match(heading)) or heading.upper() == heading


@dataclass(frozen=True)
class Outcome:
    """How one text's outline compares with its gold headings."""

    asked: int
    found: int
    level_right: int
    printed: int
    printed_right: int
    nested: int  # unprinted gold headings below a top heading, found
    below_top: int  # of those, how many the segmenter put below a top heading
    segments: int
    unexpected: tuple[str, ...]

    @property
    def fully_read(self) -> bool:
        """At least 95% of the asked headings found, and at least 95% of the heading
        segments gold headings (the heading test's first two checks)."""
        return self.found >= 0.95 * self.asked and self.found >= 0.95 * self.segments


def asked_headings(gold: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The gold headings a text's outline is asked for (the left-out parts aside; a gold
    heading copied with its Markdown marks, "**CERTIFICATE OF SERVICE**", or letter-spaced,
    "C ERTIFICATE  OF  S ERVICE", read as the import reads it)."""
    return [g for g in gold if not LEFT_OUT.match(joined(MARKS.sub("", str(g["heading"]))))]


def compare(gold: Sequence[Mapping[str, Any]], segments: Sequence[SegmentDraft]) -> Outcome:
    """Match gold headings to heading segments in document order."""
    heads = [s for s in segments if s.kind in (SegmentKind.HEADING, SegmentKind.COUNT)]
    keys = [segment_keys(s) for s in heads]
    asked = asked_headings(gold)
    found = level_right = printed = printed_right = nested = below_top = 0
    used: set[int] = set()
    start = 0
    for entry in asked:
        heading = str(entry["heading"])
        wanted = words(heading)
        hit = next((i for i in range(start, len(heads)) if wanted in keys[i]), None)
        if hit is None and _letter_spaced(heading):
            bare = _unspaced(wanted)
            hit = next(
                (i for i in range(start, len(heads)) if bare in map(_unspaced, keys[i])), None
            )
        printed += level_is_printed(heading)
        if hit is None:
            continue
        used.add(hit)
        start = hit + 1
        found += 1
        right = heads[hit].level + 1 == entry["level"]
        level_right += right
        printed_right += right and level_is_printed(heading)
        if not level_is_printed(heading) and entry["level"] > 1:
            nested += 1
            below_top += heads[hit].level > 0
    unexpected = tuple(heads[i].label for i in range(len(heads)) if i not in used)
    return Outcome(
        len(asked),
        found,
        level_right,
        printed,
        printed_right,
        nested,
        below_top,
        len(heads),
        unexpected,
    )
