"""Claims in context: a cue mentioned in a name, a citation or another proceeding is no claim
(fictional sentences)."""

from __future__ import annotations

import pytest

from lawdiff.classify import classify_segments, classify_text, load_taxonomy
from lawdiff.classify.cues import compile_cue, mask_spans
from lawdiff.core.model import SegmentDraft, SegmentKind, Span


def claims(text: str) -> set[str]:
    return {tag.claim for tag in classify_text(text)}


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        (
            "The patent issued from the United States Patent and Trademark Office in 2015.",
            "ip.trademark",
        ),
        (
            "The Debtors' likelihood of success in these Chapter 11 Cases depends on the plan.",
            "injunction.likelihood-of-success",
        ),
        (
            "Summary judgment is proper when no genuine dispute remains. Matsushita Elec. "
            "Indus. Co. v. Zenith Radio Corp., 475 U.S. 574, 587 (1986).",
            "antitrust.concerted-action",
        ),
        (
            "Defendants' remaining point is irrelevant to the contract claim.",
            "procedure.motion-in-limine",
        ),
        (  # a case caption
            "Only a fundamentally unsupported opinion is excluded. In re Widget Emp. Antitrust "
            "Litig., No. 11-CV-1, 2014 WL 1 (N.D. Cal. 2014).",
            "antitrust.general",
        ),
        (
            "See In re Acme & Co., Sec. Derivative & ERISA Litig., 2013 WL 2 (D.N.J. 2013).",
            "erisa.general",
        ),
        (  # a record cite's description of another filing
            "The rates were loaded for profit. Dkt. 63 (Acme's Mem. in Supp. of Summary "
            "Judgment) at 7-8.",
            "procedure.summary-judgment",
        ),
        (  # securities materiality, not a dispute of material fact
            "Acme failed to disclose a material fact about how it routed its customers' orders.",
            "procedure.summary-judgment",
        ),
        (  # a remedy, not an unjust-enrichment claim
            "Remedies for a breach of Rule 10b-5 include damages and restitution.",
            "quasi-contract.unjust-enrichment",
        ),
        (  # litigation conduct
            "Plaintiffs concealed the licence and repeatedly misrepresented to the Court who "
            "owned the patents.",
            "fraud.misrepresentation",
        ),
        (  # an earlier stage of the case
            "The Court rejected the same attack on Mr. Doe at class certification.",
            "procedure.class-certification",
        ),
        (  # exclusion words in a Daubert brief are expert admissibility
            "Globex moves to exclude the testimony of Acme's damages expert under Rule 702 and "
            "Daubert; the jury should not hear an unreliable opinion at trial.",
            "procedure.motion-in-limine",
        ),
    ],
)
def test_a_mention_is_not_a_claim(text: str, not_claim: str) -> None:
    assert not_claim not in claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Acme's trademark is registered with the Patent and Trademark Office, and Globex "
            "uses the trademark on its own boxes.",
            "ip.trademark",
        ),
        (
            "Acme shows a likelihood of success on the merits of its contract claim.",
            "injunction.likelihood-of-success",
        ),
        (
            "The competitors' agreement was concerted action under Matsushita Elec. Indus. Co.",
            "antitrust.concerted-action",
        ),
        (
            "Plaintiff's motion in limine asks to keep the irrelevant report out.",
            "procedure.motion-in-limine",
        ),
        (  # a motion in limine about an expert keeps its own strong cue
            "Globex's motion in limine No. 2 asks to exclude the testimony of Acme's expert "
            "under Daubert.",
            "procedure.motion-in-limine",
        ),
        (
            "Defendants conspired to fix prices; this is an antitrust case under the Sherman "
            "Act. Cf. In re Widget Antitrust Litig., 1 F.4th 1 (9th Cir. 2021).",
            "antitrust.general",
        ),
        (
            "There is no genuine dispute of material fact, so summary judgment is proper.",
            "procedure.summary-judgment",
        ),
        (
            "Acme was unjustly enriched, and restitution of the benefit conferred is owed.",
            "quasi-contract.unjust-enrichment",
        ),
        (
            "Globex made a fraudulent misrepresentation to Acme on which Acme justifiably relied.",
            "fraud.misrepresentation",
        ),
    ],
)
def test_the_claim_argued_is_still_found(text: str, claim: str) -> None:
    assert claim in claims(text)


def test_masking_keeps_offsets() -> None:
    text = "See the Patent and Trademark Office’s file."
    masked = mask_spans(text, [compile_cue("Patent and Trademark Office", "ip.trademark", 0.0)])
    assert len(masked) == len(text)
    assert "Trademark" not in masked
    assert masked.endswith("’s file.")


SPAN = Span(0, 1, 1, 1, 1, 1, 0, 1)
H, P = SegmentKind.HEADING, SegmentKind.PARAGRAPH
STANDARD_TEXT = (
    "A court must dismiss a complaint that fails to state a claim under Rule 12(b)(6); "
    "allegations of fraud must meet Rule 9(b), and an antitrust claim needs plausible facts."
)


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        # in a legal-standard section, only the standard's own (procedural) issues are argued
        ("LEGAL STANDARD", {"procedure"}),
        ("Standard of Review", {"procedure"}),
        # the same paragraph under an argument heading argues fraud and antitrust
        ("The Complaint Fails Under Rule 9(b)", {"procedure", "fraud", "antitrust"}),
    ],
)
def test_legal_standard_sections_keep_only_procedure(heading: str, kept: set[str]) -> None:
    segments = [
        SegmentDraft(0, None, H, "II", heading, "", SPAN),
        SegmentDraft(1, 0, P, "", "", STANDARD_TEXT, SPAN),
    ]
    taxonomy = load_taxonomy()
    tags = classify_segments(segments, taxonomy)
    assert {taxonomy.get(tag.claim).group for tag in tags[1]} == kept
