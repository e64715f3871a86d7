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
from pathlib import Path

import pytest

from lawdiff.core.model import SegmentDraft, SegmentKind, Span
from lawdiff.evaluation.briefheadings import Outcome, compare
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
    # pairs10 (held-out): real-world layouts the segmenter misreads, left as printed
    "dariz-stay-pending-appeal-nken-decimal/motion.txt": "a decimal outline ('1. INTRODUCTION', "
    "'4.1 …', '4.1.1 …') after a notice paragraph: every heading found at its level since "
    "segfix24, but the 'MEMORANDUM OF POINTS AND AUTHORITIES' title line the gold leaves out "
    "stays an empty top heading before '1. INTRODUCTION'",
    # pairs15 (held-out): real-world layouts the segmenter misreads, left as printed
    "masup-12b2-forum-word-underlined-headings/opposition.txt": "Word text whose unnumbered "
    "sentence-case argument headings are underlined by a row of '-' (one sub-heading not "
    "underlined): since the underlines are taken off on import (ingest/text_marks.py) 9 of 10 "
    "are found; the sub-heading not underlined is not (its mixed-case Certificate of Service "
    "is left out of the body and not asked, as one in capitals)",
    # pairs21 (held-out): real-world layouts the segmenter misreads, left as printed
    "wvsup-deliberate-intent-assignments-unnumbered-runin/opposition.txt": "West Virginia "
    "respondent's brief: its unnumbered full-sentence argument headings in sentence case are "
    "found since segfix22 (12 of 13), but the lone run-in 'The near-miss report.' (a noun "
    "phrase opening a paragraph, no sibling of its form) is read as body text",
    # pairs28 (held-out): real-world layouts the segmenter misreads, left as printed
    "nesup-farm-lease-notice-assignments-propositions/opposition.txt": "Nebraska appellees' brief: "
    "every gold heading is found and, since segfix26, the party line of the signature block is "
    "no heading, but 4 of its 17 printed headings are not at their gold level",
    # pairs43 (held-out): real-world layouts the segmenter misreads, left as printed
    "iesc-delay-dismissal-primor-grounds-summary/opposition.txt": "Irish Supreme Court "
    "submissions: SUBMISSIONS is read under THE FACTS and the short capital titles of the "
    "answers beside it, not under it (levels: 4 of 10 right)",
    # pairs48 (held-out): real-world layouts the segmenter misreads, left as printed
    "jcpc-tt-legitimate-expectation-the-issues-reasons/motion.txt": "Privy Council case for the "
    "appellants: since segfix39 the lettered sections A.-F. stand beside THE ISSUES and every "
    "heading is found, but REASONS is read under CONCLUSION, as the UK Supreme Court pair's gold "
    "has it, where this gold puts it at the top (levels: 15 of 16 right)",
    "jcpc-tt-legitimate-expectation-the-issues-reasons/opposition.txt": "Privy Council case for "
    "the respondent: since segfix39 sections A.-E. stand beside THE ISSUES and its '(1) BECAUSE' "
    "reasons are no headings, but REASONS is read under CONCLUSION as in the UK Supreme Court "
    "pair's gold, where this gold puts it at the top (levels: 13 of 14 right)",
    # pairs49 (held-out): real-world layouts the segmenter misreads, left as printed
    "nzca-leaky-building-longstop-summary-of-argument/opposition.txt": "New Zealand "
    "respondent's submissions: since segfix39 the sections after 'Summary of argument' stand "
    "beside it (before, every one nested under it: levels 6 of 12), but the four the gold nests "
    "under 'Limitation' and 'Quantum', bare sentence-case lines like them with nothing in the "
    "text to set them apart, are read as top sections too (levels: 8 of 12 right)",
    # pairs50 (held-out): real-world layouts the segmenter misreads, left as printed
    "wipo-udrp-dictionary-domain-policy-elements-rdnh/motion.txt": "WIPO UDRP complaint: the "
    "three element headings under V (lettered full sentences ending with the Policy and Rules "
    "cites in parentheses) and their seven arabic sub-headings are not read (15 of 25 found)",
    "wipo-udrp-dictionary-domain-policy-elements-rdnh/opposition.txt": "WIPO UDRP response: "
    "the 'RESPONSE' title line is read as a top heading and every section is nested under it "
    "(16 of 16 found, levels 0 of 16 right)",
    "stb-abandonment-exemption-10502-prongs-lettered/motion.txt": "STB petition: the three "
    "arabic sub-points of A (full sentences ending with § 10101 cites in parentheses) are not "
    "read, and '(a) Petitioner: ...' of the § 1152.60 information is read as a sub-heading "
    "(12 of 15 found)",
    "ghsc-family-land-res-judicata-omnibus-ground/motion.txt": "Ghana statement of case: the "
    "'4.1 GROUND (b): ...' to '4.5 THE OMNIBUS GROUND: ...' decimal headings are not read and "
    "the quoted grounds (a)-(d) are read as headings (7 of 12 found; the dated signature and "
    "service lines are left out since segfix41)",
    "ghsc-family-land-res-judicata-omnibus-ground/opposition.txt": "Ghana statement of case: "
    "the '4.1' to '4.3' decimal headings are not read, so the (i)/(ii) sub-headings nest under "
    "4.0 and each other (7 of 10 found; the signature and service lines are left out since "
    "segfix41)",
    "cat-ofcom-penalty-complaints-adr-grounds-numbered-paras/motion.txt": "CAT notice of "
    "appeal: every gold heading is found at its level, but counsel's names after the statement "
    "of truth are read as a heading (16 found, 17 segments)",
    "cat-ofcom-penalty-complaints-adr-grounds-numbered-paras/opposition.txt": "Ofcom's Defence: "
    "every gold heading is found at its level, but counsel's names and 'Instructed by Ofcom "
    "Legal' are read as headings (10 found, 12 segments)",
    # pairs51 (held-out): real-world layouts the segmenter misreads, left as printed
    "bwca-tribal-land-cancellation-heads-ground-headings/motion.txt": "Botswana appellant's "
    "heads: the third ground's '(b) In any event, ...' sub-heading is missed, and the numbered "
    "LIST OF AUTHORITIES entries are read as headings (the 'DATED AT GABORONE' line is not "
    "since segfix41)",
    "efta-advisory-opinion-transfer-undertakings-observations-numbered/motion.txt": "EFTA Court "
    "observations: the arabic question sections ('1 The first question') and four of the five "
    "decimal sub-points are not read (found 10 of 16); 'EFTA COURT' and 'WRITTEN OBSERVATIONS' "
    "title lines are read as headings",
    "efta-advisory-opinion-transfer-undertakings-observations-numbered/opposition.txt": "EFTA "
    "Court observations: section '3.3 Any dismissal ...' is not read (found 8 of 9); the title "
    "lines are read as headings",
    "itlos-provisional-measures-sand-extraction-chapters-paragraphs/opposition.txt": "ITLOS "
    "written observations: the decimal sections '3.1' and '3.2' under Chapter 3 are not read "
    "('4.1' is; found 9 of 11)",
    "pksc-cpla-preemption-talbs-lettered-grounds-concise-statement/motion.txt": "Pakistan "
    "petition for leave to appeal: the capital parts are read since segfix41 (the '...Respondents' "
    "mark and 'Respectfully Sheweth:' close the caption), but the run-in lettered grounds 'A. "
    "That ...' are not (found 4 of 12)",
    "pksc-cpla-preemption-talbs-lettered-grounds-concise-statement/opposition.txt": "Pakistan "
    "concise statement: the capital parts are read since segfix41, but not the run-in "
    "objections '1. That ...', the replies 'B & C. Incorrect ...' nor 'Paras 1 and 2.' (6 of 19)",
    # pairs52 (held-out): real-world layouts the segmenter misreads, left as printed
    "nclat-ibc-section9-mobilox-re-headings/motion.txt": "NCLAT appellant's written "
    "submissions: the capital 'GROUND A:' lines are read beside 'IV. GROUNDS AND SUBMISSIONS', "
    "not under it, and 'V. RELIEF SOUGHT' after them is lost (13 of 14 found, levels 4 of 11)",
    "nclat-ibc-section9-mobilox-re-headings/opposition.txt": "NCLAT respondent's written "
    "submissions: unnumbered capital sections, sentence-case 'Re: Ground A - ...' headings and "
    "'(a)' sub-heads over numbered paragraphs: only CONCLUSION is read (1 of 10 found)",
    "ugca-election-petition-grounds-argued-together/motion.txt": "Ugandan appellant's "
    "submissions: the caption's numbered respondents and the title are read as headings, and "
    "the bare 'GROUND 1' / 'GROUNDS 2 AND 4' labels take the next paragraph as their title "
    "(8 of 12 found, 7 headings no gold lists)",
    "ugca-election-petition-grounds-argued-together/opposition.txt": "Ugandan respondent's "
    "submissions: every gold heading is found, but the caption's numbered respondents and the "
    "title line are read as headings too (9 of 12 segments listed)",
    "gibca-skeleton-freezing-order-mixedcase-respondent/opposition.txt": "Gibraltar "
    "respondent's skeleton: of its unnumbered mixed-case headings the three ending in a "
    "'(Ground 3)' / '(Grounds 1 and 2)' parenthetical are read as body text (7 of 10 found)",
    # pairs53 (held-out): real-world layouts the segmenter misreads, left as printed
    "zmsc-business-tenancy-heads-ground-one/motion.txt": "Zambian heads of argument: the bare "
    "'GROUND ONE' line is merged with its '4.1.1 In support of ground one' paragraph, '(b)' under "
    "ground two is not read and the '(a)' heading is numbered from the grounds list; the other "
    "GROUND lines stand at the top beside '4.0 ARGUMENTS' (found 9 of 13, levels 4 of 13)",
    "zmsc-business-tenancy-heads-ground-one/opposition.txt": "Zambian respondent's heads: the "
    "'RESPONSE TO GROUND TWO' lines stand at the top beside '3.0 ARGUMENTS IN RESPONSE', not "
    "under it, and '4.0 CONCLUSION' after the additional ground is not read (found 8 of 9, "
    "levels 3 of 9)",
    "eacj-reference-ngo-deregistration-issues-framed/opposition.txt": "EACJ submissions: only the "
    "first 'Issue No. 1: Whether ...' line is read; 'Issue No. 2' to 'Issue No. 4', the "
    "'Preliminary point:' line and sub-issues (b) and (c) are body text (found 7 of 13)",
    "prc-3662-complaint-periodicals-answer-mtd/motion.txt": "PRC complaint: the 'COUNT I — The "
    "Postal Service Is ...' lines are read as counts named 'COUNT I' (not the gold's full line), "
    "and part VI and the parts after it are not read as headings (found 7 of 14)",
    "pgsc-s5-notice-grounds-error-of-law/opposition.txt": "PNG respondents' submissions: the lone "
    "'(b) The trade store' sub-heading is not read, and the 'Cross-appeal — ...' line is nested "
    "under 'Ground 5 — damages' instead of beside it (found 10 of 11)",
    "jmca-identification-skeleton-grounds-numbered-paras/motion.txt": "Jamaican skeleton: every "
    "gold heading is found at its level, but the run-in 'Ground 1: The learned trial judge ...' "
    "sentences of the GROUNDS OF APPEAL list, the numbered AUTHORITIES RELIED ON entries and the "
    "'Dated the ...' signature lines are read as headings too (16 headings no gold lists)",
    "jmca-identification-skeleton-grounds-numbered-paras/opposition.txt": "Jamaican Crown "
    "skeleton: every gold heading is found, but the numbered LIST OF AUTHORITIES entries and the "
    "'Dated the ...' / 'for DIRECTOR OF PUBLIC PROSECUTIONS' lines are read as headings (8 extra)",
}
PARAMS = [
    pytest.param(*case, id=i, marks=[pytest.mark.xfail(reason=KNOWN_GAPS[i], strict=True)])
    if i in KNOWN_GAPS
    else pytest.param(*case, id=i)
    for case, i in zip(CASES, IDS, strict=True)
]


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
