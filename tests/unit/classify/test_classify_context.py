"""Claims in context: a cue mentioned in a name, a citation or another proceeding is no claim
(fictional sentences)."""

from __future__ import annotations

import pytest

from lawdiff.classify import classify_text
from lawdiff.classify.cues import compile_cue, mask_spans


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
