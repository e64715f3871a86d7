"""Outlines of the brief pairs imported as plain text, against the headings of their gold.

Every brief pair (``data/briefpairs``, and ``../shared/briefpairs`` where present) holds a
motion and an opposition as plain text and a ``gold.json`` listing every heading in reading
order with its level. Each text is imported as a user would import it (``load_filing``) and
segmented; a gold heading counts as found when a heading segment carries its words (numbering,
case and punctuation aside), in document order. What the gold lists but the segmenter leaves
out of the body on purpose (the tables of contents and authorities, certificates, proofs of
service, verifications and the designation after them: see :mod:`lawdiff.segment.regions`) is
not asked for.

Plain text keeps no typography, so the level of an unnumbered heading in mixed case (a run-in
heading in bold at level 2 or bold italic at level 3) cannot be read from it: for those the
test asks only that the ones the gold puts below a top heading sit below one (a bankruptcy
motion's mixed-case sections, "Relief Requested", "Notice", are top headings themselves).
Every other heading must have its level.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lawdiff.core.model import SegmentDraft, SegmentKind, Span
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing

ROOT = Path(__file__).resolve().parents[3]
FOLDERS = sorted((ROOT / "data" / "briefpairs").glob("*/gold.json"))
SHARED = ROOT.parent / "shared" / "briefpairs"
if SHARED.is_dir():
    FOLDERS += sorted(SHARED.glob("*/gold.json"))
CASES = [
    (gold.parent, name, side)
    for gold in FOLDERS
    for name, side in (("motion.txt", "moving"), ("opposition.txt", "response"))
]
IDS = [f"{folder.name}/{name}" for folder, name, _ in CASES]
# Files of the held-out sets (pairs4 to pairs10) whose outline the segmenter does not yet get
# right: listed, not hidden. strict: a fix makes the test say so.
KNOWN_GAPS = {
    "calsup-compel-arb-paga-pleading/motion.txt": "the gold puts I.-V. at the top while the "
    "segmenter nests them under MEMORANDUM OF POINTS AND AUTHORITIES, as the 340837 corpus "
    "expectation and the calapp pair's gold do",
    # pairs7 (held-out): real-world layouts the segmenter misreads, left as printed
    "ohapp8-assignments-of-error-ice/opposition.txt": "the unnumbered sentence after the "
    "'Response to Assignment of Error No. 5: …' headings ('Appellant's Statement of Facts relies "
    "on materials outside the record.'), their sibling, is read as body text",
    # pairs9 (held-out): real-world layouts the segmenter misreads, left as printed
    "pacp-preliminary-objections-demurrer-wherefore/motion.txt": "Pennsylvania preliminary "
    "objections (NOTICE TO PLEAD, 'AND NOW comes', continuously numbered paragraphs under "
    "'FIRST PRELIMINARY OBJECTION: DEMURRER ...' capital headings, a WHEREFORE after each): "
    "no heading is found, the whole text comes out as two paragraphs",
    # pairs10 (held-out): real-world layouts the segmenter misreads, left as printed
    "dariz-stay-pending-appeal-nken-decimal/motion.txt": "a decimal outline ('1. INTRODUCTION', "
    "'4.1 …', '4.1.1 …') after a notice paragraph: the 'MEMORANDUM OF POINTS AND AUTHORITIES' "
    "title line becomes a top heading over it, and the '4.1.1' sub-points are read as body text",
    "mdfla-settlement-objection-databreach/motion.txt": "the NOTICE OF INTENT TO APPEAR after "
    "the signature is lost (the 'FIRST OBJECTION: …' points now nest under GROUNDS FOR "
    "OBJECTION)",
    # pairs15 (held-out): real-world layouts the segmenter misreads, left as printed
    "pasuper-utpcpl-hicpa-questions-involved/opposition.txt": "Pennsylvania appellee's brief "
    "opening (after its TABLE OF CONTENTS) with COUNTER-STATEMENT OF THE QUESTIONS INVOLVED, "
    "numbered questions and 'Answered in the affirmative below.' lines: that heading is not found",
    "wiapp-culvert-immunity-oral-argument-publication/opposition.txt": "Wisconsin respondents' "
    "brief whose first section after the TABLE OF CONTENTS is STATEMENT ON ORAL ARGUMENT AND "
    "PUBLICATION (two short sentences): that heading is not found",
    "masup-12b2-forum-word-underlined-headings/motion.txt": "Word text with headings underlined "
    "by rows of '=' / '-': the outline is right, but the indented signature block's party line "
    "('HALVORSEN MARINE GMBH,' over 'By its attorneys,') is read as a top heading",
    "masup-12b2-forum-word-underlined-headings/opposition.txt": "Word text whose unnumbered "
    "sentence-case argument headings are underlined by a row of '-' (one sub-heading not "
    "underlined): none of the six argument headings is found, only the '='-underlined sections "
    "(and the indented signature block's party line is read as a heading)",
    "mnapp-guaranty-acceleration-legal-issues-apposite/motion.txt": "Minnesota LEGAL ISSUES: "
    "the heading is lost and its roman-numbered questions (each with the ruling below and a "
    "'Most apposite authorities:' list) are read as five top headings",
    "mnapp-guaranty-acceleration-legal-issues-apposite/opposition.txt": "Minnesota respondent's "
    "STATEMENT OF THE LEGAL ISSUES (first after the TABLE OF CONTENTS) is not found, nor are "
    "the run-in lettered sub-points ('A. The consent clause covers this amendment. The ...')",
    # pairs16 (held-out): real-world layouts the segmenter misreads, left as printed
    "cit-rule562-antidumping-pafa-cohensd/motion.txt": "a CIT Rule 56.2 memorandum: the "
    "'RULE 56.2 STATEMENT' heading after the PUBLIC VERSION legend and the memorandum's title "
    "is not found, so its A./B. sub-headings come out as top headings",
    "dor-md-export-cgl-dutytodefend/motion.txt": "a Markdown export ('#' to '####' heading "
    "lines, **bold** caption and title, [^1] footnotes): no '#' line is read as a heading; the "
    "bold title becomes the only heading",
    "dor-md-export-cgl-dutytodefend/opposition.txt": "a Markdown export ('##' to '####' "
    "heading lines, **bold** caption and title, [^2] footnote): no '#' line is read as a "
    "heading; the bold title becomes the only heading",
    "massappct-zoning-standing-wrapped-headings/motion.txt": "a Massachusetts Appeals Court "
    "heading wrapped over three lines whose last line opens 'G. L. c. 40A, § 17.': that line "
    "is not joined to point I, so the heading does not match",
    "massappct-zoning-standing-wrapped-headings/opposition.txt": "a sentence-case lettered "
    "sub-heading wrapped over two lines ('A. Density alone, without proof of a particularized' "
    "/ 'harm to the plaintiffs, ...') is read as body text",
    # pairs18 (held-out): real-world layouts the segmenter misreads, left as printed
    "aksup-covenant-atwill-authorities-relied-upon/opposition.txt": "an Alaska appellee's "
    "AUTHORITIES PRINCIPALLY RELIED UPON opening with a short sentence ending in a period "
    "('AS 23.05.140(b) is set out in the Brief of Appellant.'): that sentence is read as a heading",
    "caaf-issues-granted-phone-scope-art31/motion.txt": "a CAAF brief whose ISSUES GRANTED are "
    "roman-numbered capital 'WHETHER ...' questions: they are read as top headings 'I' and 'II' "
    "(the argument points I. and II. after them are then missed), and the counsel's name over "
    "the signature block ('CAPT MIRELLA S. DOANE') is read as a heading",
    "caaf-issues-granted-phone-scope-art31/opposition.txt": "a CAAF answer whose ISSUES GRANTED "
    "are roman-numbered capital 'WHETHER ...' questions: they are read as top headings 'I' and "
    "'II', and the signature block's name and title lines are read as headings",
    "aaa-email-plaintext-72col-compel-production/opposition.txt": "an opposition e-mailed as "
    "plain text hard-wrapped at 72 columns, with unnumbered sentence-case headings (one wrapped "
    "over two lines): only 2 of its 8 headings are found, the rest are read as body text",
    "risup-mtd-condo-roman-lowercase-paren-letters/motion.txt": "the outline (I. / A. / i. / "
    "(a)) is right, but the signature block's party line ('QUINNIPECK BUILDERS, INC.,' over "
    "'By its attorneys,') is read as a top heading",
    "risup-mtd-condo-roman-lowercase-paren-letters/opposition.txt": "run-in argument headings "
    "(a sentence opening its paragraph) under a capital ARGUMENT: none of the five is found, "
    "and the signature block's party line is read as a top heading",
}
PARAMS = [
    pytest.param(*case, id=i, marks=[pytest.mark.xfail(reason=KNOWN_GAPS[i], strict=True)])
    if i in KNOWN_GAPS
    else pytest.param(*case, id=i)
    for case, i in zip(CASES, IDS, strict=True)
]

# Parts regions.py keeps out of the body: front tables (an Illinois POINTS AND AUTHORITIES
# too), certificates (of service, of interested
# entities, of word count), proofs of service, verifications and what follows them.
LEFT_OUT = re.compile(
    r"^(?:TABLE\s+OF\s+CONTENTS|(?:TABLE|INDEX)\s+OF\s+AUTHORITIES|CERTIFICATE\s+OF|"
    r"WORD\s+COUNT\s+CERTIFICATION\s*$|POINTS\s+AND\s+AUTHORITIES\s*$|"
    r"CERTIFICATION\b|DESIGNATION\s+OF|PROOF\s+OF\s+SERVICE|VERIFICATION\s*$)"
)
_NUMBER = r"(?:[IVXLC]+|\d+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)"
_ORDINAL = r"(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)"
# word enumerators: "POINT I:", "GROUND ONE:", "PROPOSITION I:", "Issue One:", "ISSUE NO. 1:",
# "Cross-Issue:", "FIRST GROUND:", "ASSIGNMENT OF ERROR NO. 1:", "Response to Assignments of
# Error Nos. 1 and 2:", "FIRST ARGUMENT"
WORD_ENUMERATOR = (
    r"(?i:(?:POINT|GROUND|CLAIM|ISSUE|ARGUMENT|PROPOSITION)\s+(?:NO\.\s*)?" + _NUMBER + r"\b"
    r"|CROSS[- ](?:ISSUE|POINT)\b"
    r"|(?:RESPONSE\s+TO\s+)?(?:ASSIGNMENTS?\s+OF\s+ERROR|PROPOSITIONS?\s+OF\s+LAW)\s+"
    r"(?:NOS?\.?\s*)?" + _NUMBER + r"(?:\s*(?:,|AND|&)\s*" + _NUMBER + r")*\b"
    r"|"
    + _ORDINAL
    + r"\s+(?:GROUND|POINT|ISSUE|ARGUMENT|ASSIGNMENT\s+OF\s+ERROR|PROPOSITION\s+OF\s+LAW)\b)"
)
ENUMERATOR = re.compile(
    r"^\s*(?:" + WORD_ENUMERATOR + r"\s*[.:\-–—]?\s*|(?:[IVXLC]+|[ivxlc]+|[A-Za-z]|\d+)[.)]\s+"
    r"|\d+(?:\.\d+)+\.?\s+|\([A-Za-z0-9]+\)\s+)"
)


def words(heading: str, *, strip: bool = True) -> str:
    """A heading as compared: enumerator gone (unless not ``strip``), lower case, letters and
    digits only."""
    text = ENUMERATOR.sub("", heading) if strip else heading
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def segment_keys(segment: SegmentDraft) -> set[str]:
    """The words a heading segment may match a gold heading by: its heading less an
    enumerator, or whole. A heading's own text may open with a word enumerator's words after
    its printed number ("VIII. GROUND 1: Claims 1-8 are obvious …": label "VIII", heading
    "GROUND 1: Claims …"), which the gold strips only once, with the number."""
    text = segment.heading or segment.label
    return {words(text), words(text, strip=False)}


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


def compare(gold: list[dict[str, Any]], segments: list[SegmentDraft]) -> Outcome:
    """Match gold headings to heading segments in document order."""
    heads = [s for s in segments if s.kind in (SegmentKind.HEADING, SegmentKind.COUNT)]
    keys = [segment_keys(s) for s in heads]
    asked = [g for g in gold if not LEFT_OUT.match(g["heading"])]
    found = level_right = printed = printed_right = nested = below_top = 0
    used: set[int] = set()
    start = 0
    for entry in asked:
        wanted = words(entry["heading"])
        hit = next((i for i in range(start, len(heads)) if wanted in keys[i]), None)
        printed += level_is_printed(entry["heading"])
        if hit is None:
            continue
        used.add(hit)
        start = hit + 1
        found += 1
        right = heads[hit].level + 1 == entry["level"]
        level_right += right
        printed_right += right and level_is_printed(entry["heading"])
        if not level_is_printed(entry["heading"]) and entry["level"] > 1:
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


def outcome(folder: Path, name: str, side: str) -> Outcome:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))[side]
    segmentation = segment_filing(load_filing(folder / name, ocr=False))
    return compare(gold, list(segmentation.segments))


@pytest.mark.parametrize(("folder", "name", "side"), PARAMS)
def test_every_gold_heading_is_a_heading_with_its_level(folder: Path, name: str, side: str) -> None:
    got = outcome(folder, name, side)
    assert got.found >= 0.95 * got.asked, got
    assert got.found >= 0.95 * got.segments, f"headings no gold lists: {got.unexpected}"
    assert got.printed_right >= 0.95 * got.printed, got
    # an unnumbered heading in mixed case the gold nests sits below a top heading
    assert got.below_top >= got.nested, got


def held_out(folder: Path) -> bool:
    """True for a pair of a batch still held out (its gold ``set`` starts with ``held-out``)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return str(gold.get("set", "")).startswith("held-out")


# Tuning batches written for the segmenter whose layouts it has not been fixed for yet: left out
# of the overall figure (their files are checked one by one above, most as KNOWN_GAPS) until the
# segmenter helper working on them removes the batch from this set.
AWAITING_SEGMENTER: set[str] = set()


def awaiting_segmenter(folder: Path) -> bool:
    """True for a pair of a tuning batch the segmenter has not been fixed for yet."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return str(gold.get("set", "")) in AWAITING_SEGMENTER


def test_over_all_pairs_most_levels_are_right() -> None:
    # A batch still held out is left out of this overall figure until it has been scored once
    # and becomes tuning data (data/briefpairs/README.md); its files are checked one by one above.
    outcomes = [
        outcome(*case)
        for case in CASES
        if not held_out(case[0]) and not awaiting_segmenter(case[0])
    ]
    asked = sum(o.asked for o in outcomes)
    assert sum(o.found for o in outcomes) >= 0.97 * asked
    assert sum(o.level_right for o in outcomes) >= 0.9 * asked


def test_a_heading_missed_or_invented_is_counted() -> None:
    gold = [
        {"heading": "ARGUMENT", "level": 1},
        {"heading": "A. The Claim Fails", "level": 2},
        {"heading": "CERTIFICATE OF SERVICE", "level": 1},
    ]
    span = Span(0, 0, 1, 1, 1, 1, 0, 0)
    heads = [
        SegmentDraft(0, None, SegmentKind.HEADING, "ARGUMENT", "ARGUMENT", "", span, 0),
        SegmentDraft(1, 0, SegmentKind.HEADING, "EACH FACTOR", "Each Factor", "", span, 1),
    ]
    got = compare(gold, heads)
    assert (got.asked, got.found, got.level_right, got.unexpected) == (2, 1, 1, ("EACH FACTOR",))


def test_a_word_enumerator_after_the_number_is_matched_as_heading_text() -> None:
    gold = [
        {"heading": "VIII. GROUND 1: Claims 1-8 are obvious", "level": 1},
        {"heading": "Ground Two: Count I Fails", "level": 2},
    ]
    span = Span(0, 0, 1, 1, 1, 1, 0, 0)
    heads = [
        SegmentDraft(
            0, None, SegmentKind.HEADING, "VIII", "GROUND 1: Claims 1-8 are obvious", "", span, 0
        ),
        SegmentDraft(1, 0, SegmentKind.HEADING, "Ground Two", "Count I Fails", "", span, 1),
    ]
    assert compare(gold, heads).found == 2
    heads[0] = SegmentDraft(0, None, SegmentKind.HEADING, "VIII", "GROUND 2: Claims", "", span, 0)
    assert compare(gold, heads).found == 1
