"""A letter brief's role from its "Re:" line or its first paragraph (fictional letters): a
letter to the court has no title under a caption."""

from __future__ import annotations

from lawdiff.core.model import Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta
from lawdiff.ingest.letter import letter_text

HEAD = [
    "ALDER FINCH LLP",
    "40 Mill Race Plaza",
    "Morristown, New Jersey 07960",
    "",
    "March 3, 2026",
    "",
    "VIA ECF",
    "",
    "Honorable Leda M. Fairbrook, U.S.M.J.",
    "United States District Court for the District of New Jersey",
    "",
]
REGARDING = ["Re: Alder Finch LLC v. Bramble Corp.", "Civil Action No. 2:25-cv-00123"]
SUPPORTS = (
    "This firm represents plaintiff Alder Finch LLC. Please accept this letter brief in lieu "
    "of a more formal brief in support of its motion for leave to amend the Complaint."
)
OPPOSES = (
    "We represent defendant Bramble Corp. and submit this letter brief in opposition to "
    "plaintiff's motion for leave to amend."
)
NEUTRAL = "We write on behalf of both parties about the schedule for expert discovery."


def pages(*lines: str) -> list[Page]:
    text = "\n".join([*HEAD, *lines, "", "Background", "", NEUTRAL])
    return [Page(1, text, lines_of(text))]


def role(*lines: str) -> Role:
    return infer_meta(pages(*lines), "filing.txt").role


def test_the_first_paragraph_after_the_salutation_names_the_role() -> None:
    assert role(*REGARDING, "", "Dear Judge Fairbrook:", "", SUPPORTS) is Role.MOTION
    assert role(*REGARDING, "", "Dear Magistrate Judge Fairbrook:", "", OPPOSES) is Role.OPPOSITION


def test_the_re_line_names_the_role_before_the_paragraph() -> None:
    regarding = [*REGARDING, "Opposition to Plaintiff's Motion for Leave to Amend (ECF No. 31)"]
    meta = infer_meta(pages(*regarding, "", "Your Honor:", "", NEUTRAL), "filing.txt")
    assert meta.role is Role.OPPOSITION
    assert meta.evidence[0] == 'letter says "OPPOSITION"'


def test_a_letter_naming_no_paper_or_a_paragraph_with_no_salutation_has_no_role() -> None:
    assert role(*REGARDING, "", "Dear Judge Fairbrook:", "", NEUTRAL) is Role.OTHER
    # the same first paragraph in a filing that is no letter is body text, not a title
    assert role(*REGARDING, "", SUPPORTS) is Role.OTHER
    assert letter_text("\n".join([*REGARDING, "", SUPPORTS])) == ""
