"""Layouts of pairs48 and pairs49 read through plain text (segfix39), each rule both ways."""

from __future__ import annotations

from tests.textfilings import BODY, outline

_PLEADING = (
    "TO THE PRESIDENT AND MEMBERS OF THE COURT OF JUSTICE\n\n"
    "{title}\n\n{tail} by the\n\nEUROPEAN COMMISSION, represented by its Agents,\n\n"
    "in Case C-1/25 P.\n\n"
    f"I. INTRODUCTION\n\n1. {BODY}\n\nII. ON THE FIRST GROUND OF APPEAL\n\n2. {BODY}\n\n"
    f"III. CONCLUSION\n\n3. {BODY}\n"
)


def test_a_pleading_s_cover_title_over_the_rule_it_is_submitted_under_is_no_heading() -> None:
    text = _PLEADING.format(
        title="RESPONSE", tail="submitted pursuant to Article 172 of the Rules of Procedure"
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [("I", 0), ("II", 0), ("III", 0)]


def test_a_response_heading_over_a_sentence_stays_a_heading() -> None:
    text = (
        f"OBJECTION\n\n{BODY}\n\nRESPONSE\n\nThe claimant submitted the invoices on time.\n\n"
        f"CONCLUSION\n\n{BODY}\n"
    )
    got = [title for _, title, _ in outline(text)]
    assert "RESPONSE" in got
