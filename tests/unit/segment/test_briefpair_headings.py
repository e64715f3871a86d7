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
    # pairs7 (held-out): real-world layouts the segmenter misreads, left as printed
    "ohapp8-assignments-of-error-ice/opposition.txt": "the unnumbered sentence after the "
    "'Response to Assignment of Error No. 5: …' headings ('Appellant's Statement of Facts relies "
    "on materials outside the record.'), their sibling, is read as body text",
    # pairs10 (held-out): real-world layouts the segmenter misreads, left as printed
    "dariz-stay-pending-appeal-nken-decimal/motion.txt": "a decimal outline ('1. INTRODUCTION', "
    "'4.1 …', '4.1.1 …') after a notice paragraph: the 'MEMORANDUM OF POINTS AND AUTHORITIES' "
    "title line becomes a top heading over it, and the '4.1.1' sub-points are read as body text",
    # pairs15 (held-out): real-world layouts the segmenter misreads, left as printed
    "masup-12b2-forum-word-underlined-headings/opposition.txt": "Word text whose unnumbered "
    "sentence-case argument headings are underlined by a row of '-' (one sub-heading not "
    "underlined): since the underlines are taken off on import (ingest/text_marks.py) 9 of 10 "
    "are found; the sub-heading not underlined is not (its mixed-case Certificate of Service "
    "is left out of the body and not asked, as one in capitals)",
    # pairs16 (held-out): real-world layouts the segmenter misreads, left as printed
    "dor-md-export-cgl-dutytodefend/motion.txt": "a Markdown export ('#' to '####' heading "
    "lines, **bold** caption and title, [^1] footnotes): the '#' levels are read (15 of 17 "
    "headings found, '### The policy' under '## Background'), but the front '# LR 7-1 "
    "Certification' and '# Motion' fall before the body start the regions find and are lost, "
    "and the known '## Introduction' … '## Argument' stay top headings beside '# Memorandum in "
    "support' rather than under it",
    # pairs21 (held-out): real-world layouts the segmenter misreads, left as printed
    "wvsup-deliberate-intent-assignments-unnumbered-runin/opposition.txt": "West Virginia "
    "respondent's brief: its unnumbered full-sentence argument headings in sentence case are "
    "found since segfix22 (12 of 13), but the lone run-in 'The near-miss report.' (a noun "
    "phrase opening a paragraph, no sibling of its form) is read as body text",
    # pairs24 (held-out): real-world layouts the segmenter misreads, left as printed
    "minndist-msj-home-warranty-word-tabs-bullets/opposition.txt": "Minnesota memorandum saved "
    "from Word as plain text, every paragraph opening with a tab: its unnumbered mixed-case "
    "argument headings (one tab) and sentence-case sub-headings (two tabs), with no final period, "
    "are read as body text; only the capital section headings are found",
    "dkan-new-trial-retaliation-letterspaced-smallcaps/motion.txt": "D. Kan. memorandum exported "
    "from a PDF with letter-spaced small-capital headings ('I. T HE  V ERDICT  I S ...'): the "
    "headings are found, but the closing 'C ERTIFICATE  OF  S ERVICE' is neither read as a "
    "heading nor left out as a certificate",
    "dkan-new-trial-retaliation-letterspaced-smallcaps/opposition.txt": "the same letter-spaced "
    "export on the plaintiff's side: the closing 'C ERTIFICATE  OF  S ERVICE' is neither read "
    "as a heading nor left out as a certificate",
    # pairs25 (held-out): real-world layouts the segmenter misreads, left as printed
    "dutah-pi-signcode-bold-markdown/motion.txt": "D. Utah motion exported as Markdown-like "
    "text, every heading only in '**' bold marks with no numbers: the four bold sentence-case "
    "sub-points ending in a period and the short fact sub-heading '**The Ordinance**' are read "
    "as body text, and '**CERTIFICATE OF SERVICE**' in its marks is neither a heading nor left "
    "out as a certificate (the capital and title-case headings are found, levels right)",
    "dutah-pi-signcode-bold-markdown/opposition.txt": "D. Utah opposition in the same '**' "
    "export: the three bold run-in fact sub-headings ('**The citations.** All eleven ...') are "
    "read as body text and '**CERTIFICATE OF SERVICE**' is neither a heading nor left out",
    "dnm-cwa-citizen-suit-decimal-outline/motion.txt": "D.N.M. motion in a decimal outline "
    "('1. BACKGROUND', '3.1 …', '3.1.1 …') after a short unnumbered INTRODUCTION: every heading "
    "is found, but the numbered top sections are nested under INTRODUCTION, so all sit one "
    "level too deep",
    "dnm-cwa-citizen-suit-decimal-outline/opposition.txt": "D.N.M. response in the same decimal "
    "outline after an unnumbered INTRODUCTION: all found, all one level too deep under it",
    # pairs26 (held-out): real-world layouts the segmenter misreads, left as printed
    "ndcal-latex-cfaa-dtsa-decimal-sections/motion.txt": "N.D. Cal. motion typeset in LaTeX and "
    "converted to text: the '4.1' / '4.1.1' headings are found, but the section lines numbered "
    "by a bare integer with no period ('1 Introduction' ... '5 Conclusion') and the unnumbered "
    "'Notice of Motion and Motion' are read as body text (10 of 16 found)",
    "ndcal-latex-cfaa-dtsa-decimal-sections/opposition.txt": "N.D. Cal. opposition in the same "
    "LaTeX numbering: the bare-integer sections ('1 Introduction', '3 Argument', '4 Conclusion') "
    "are read as body text, so the '3.1' / '3.1.1' headings found sit one level too high",
    # pairs27 (held-out): real-world layouts the segmenter misreads, left as printed
    "ewhc-cpr24-valuer-skeleton-grounds/motion.txt": "English High Court skeleton argument: "
    "numbered paragraphs under short unnumbered sentence-case headings; the 'Ground 1: "
    "limitation' lines are found (nested under Introduction), but 'The claim', 'The test on this "
    "application' and the sub-headings 'Primary limitation' / 'Section 14A' are read as body "
    "text, and counsel's name at the foot is read as a heading (7 of 11 found)",
    "ewhc-cpr24-valuer-skeleton-grounds/opposition.txt": "English High Court skeleton in answer: "
    "of its one- to five-word sentence-case headings over numbered paragraphs 'The test', 'Duty "
    "and its scope', 'The disclaimer' and 'Other compelling reason for a trial' are read as body "
    "text, and counsel's name at the foot is read as a heading (5 of 9 found)",
    "ncsup-msj-builder-repose-colon-headings/motion.txt": "North Carolina brief whose unnumbered "
    "mixed-case headings end in a colon: the Title Case argument headings are found, but 'Facts "
    "Not in Dispute:', 'The Summary Judgment Standard:', 'Punitive Damages:' and the two "
    "sentence-case sub-headings under the repose point are read as body text (7 of 12 found)",
    "ncsup-msj-builder-repose-colon-headings/opposition.txt": "North Carolina opposition with the "
    "same colon-ended headings in sentence case: only the known section names (Introduction:, "
    "Statement of Facts:, Argument:, Conclusion:) are found; every argument heading is read as "
    "body text (4 of 10 found)",
    # pairs28 (held-out): real-world layouts the segmenter misreads, left as printed
    "cit-rule562-cvd-specificity-afa-sentencecase/motion.txt": "CIT Rule 56.2 motion: the run-in "
    "'Administrative determination under review.' / 'Issues presented.' labels of the RULE 56.2 "
    "STATEMENT are read as body text (15 of 17 found)",
    "dccir-fcc-spectrum-relocation-standing-titlecase/motion.txt": "D.C. Circuit petitioner's "
    "brief: the run-in labels of the certificate as to parties are misread; 'Related Cases. None.' "
    "is read as one heading with its one-word text (21 of 23 found)",
    "nesup-farm-lease-notice-assignments-propositions/motion.txt": "Nebraska appellants' brief: "
    "the run-in STATEMENT OF THE CASE labels ('Nature of the case.', 'Issues tried.') are read as "
    "body text, and the capital party line of the signature block is read as a heading (16 of 20)",
    "nesup-farm-lease-notice-assignments-propositions/opposition.txt": "Nebraska appellees' brief: "
    "every gold heading is found, but the capital party line of the signature block ('GERALD "
    "DVORAK and PATRICIA DVORAK, Trustees, ...') is read as an extra heading",
    "dpr-law75-dealer-mtd-right-parenthesis/motion.txt": "D.P.R. motion numbered with a right "
    "parenthesis ('I)' / 'A)' / '1)'): every heading up to the last point is found at its level, "
    "but 'V) CONCLUSION' before the WHEREFORE paragraph is not read (12 of 13 found)",
    "wdwash-collapse-ifca-narrowcolumn-hyphenated/opposition.txt": "W.D. Wash. opposition "
    "hard-wrapped at 42 columns: capital headings wrapped over three lines with a hyphen at the "
    "line end ('COL-' / 'LAPSE\"', 'POSI-' / 'TION', 'UN-' / 'DISCLOSED') are split or missed, a "
    "colon-broken sub-point becomes two headings (5 of 10 found)",
    # pairs30 (held-out): real-world layouts the segmenter misreads, left as printed
    "arkcir-msj-poultry-house-question-headings/opposition.txt": "Arkansas circuit court response "
    "whose sentence-case argument headings are questions with their answer on the line ('1. Is "
    "... timely? Yes.', '(a) Did ... toll ...? Yes.'): none of the five is read (4 of 9 found, "
    "the title-case Introduction / Statement of Facts / Argument / Conclusion)",
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
