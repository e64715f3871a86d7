"""Roles from titles that name two documents, and caption lines that name none ("NOTE ON
MOTION CALENDAR"): fictional captions."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta


def caption(*title_lines: str) -> list[Page]:
    text = "\n".join(
        [
            "UNITED STATES DISTRICT COURT",
            "WESTERN DISTRICT OF WASHINGTON",
            "AT SEATTLE",
            "",
            "ALDER FINCH LLC,",
            "Plaintiff,",
            "v.",
            "BRAMBLE CORP.,",
            "Defendant.",
            "",
            "Case No. 2:25-cv-00123",
            "",
            *title_lines,
            "",
            "I. INTRODUCTION",
            "",
            "Plaintiff seeks discovery it does not need.",
        ]
    )
    return [Page(1, text, lines_of(text))]


@pytest.mark.parametrize(
    ("title_lines", "role"),
    [
        (
            [
                "DEFENDANT'S OPPOSITION TO PLAINTIFF'S MOTION TO COMPEL AND CROSS-MOTION FOR",
                "PROTECTIVE ORDER",
            ],
            Role.OPPOSITION,
        ),
        (
            [
                "PLAINTIFF'S CROSS-MOTION FOR SUMMARY JUDGMENT AND OPPOSITION TO DEFENDANT'S",
                "MOTION FOR SUMMARY JUDGMENT",
            ],
            Role.MOTION,
        ),
        (["DEBTOR'S OBJECTION TO THE BANK'S MOTION FOR RELIEF FROM STAY"], Role.OPPOSITION),
        (["REPLY IN SUPPORT OF MOTION TO DISMISS"], Role.REPLY),
        (["[PROPOSED] ORDER GRANTING MOTION TO COMPEL"], Role.ORDER),
        (["DECLARATION OF JANE DOE IN OPPOSITION TO MOTION TO COMPEL"], Role.OTHER),
        (
            [
                "DEFENDANT'S OPPOSITION TO MOTION TO COMPEL",
                "",
                "NOTE ON MOTION CALENDAR: July 3, 2025",
            ],
            Role.OPPOSITION,
        ),
    ],
)
def test_the_first_document_kind_of_the_title_is_the_role(
    title_lines: list[str], role: Role
) -> None:
    meta = infer_meta(caption(*title_lines), "filing.pdf")
    assert meta.role is role, meta.evidence
    assert "NOTE ON" not in meta.title


def test_a_hearing_line_alone_gives_no_role() -> None:
    meta = infer_meta(caption("NOTE ON MOTION CALENDAR: July 3, 2025"), "filing.pdf")
    assert meta.role is Role.OTHER
    assert meta.title == ""


def test_a_title_in_mixed_case_is_not_taken_from_a_hearing_line() -> None:
    """A title in mixed case is not read (sentences of an order name motions too); the
    hearing line below it must not stand in for it."""
    meta = infer_meta(
        caption(
            "Defendant's Opposition to Plaintiff's Motion", "", "NOTE ON MOTION CALENDAR: July 3"
        ),
        "filing.pdf",
    )
    assert (meta.role, meta.title) == (Role.OTHER, "")


def test_a_sentence_naming_a_motion_is_no_title() -> None:
    meta = infer_meta(
        caption("Defendant moves for summary judgment on every claim, for the reasons below."),
        "filing.pdf",
    )
    assert meta.title == ""
