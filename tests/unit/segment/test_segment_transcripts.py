"""Transcripts of hearings and depositions (invented): the cover page apart, a paragraph per
speaker's turn, question, answer and parenthetical, a long turn split where the reporter
indents a new paragraph; a brief quoting a hearing is no transcript."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.ingest import load_filing
from lawdiff.segment import segment_filing


def numbered(rows: list[str]) -> str:
    """Rows as a reporter prints them: line numbers 1, 2, … down the page."""
    return "\n".join(f"{n:>2}  {row}".rstrip() for n, row in enumerate(rows, start=1))


COVER = [
    "            SUPERIOR COURT OF THE STATE OF OREGON",
    "                 FOR THE COUNTY OF LANE",
    "",
    "MARISOL DEVEREUX,",
    "                   Plaintiff,",
    "     v.                          Case No. 24CV-08812",
    "PELLINGHAM ORCHARDS, LLC,",
    "                   Defendant.",
    "",
    "        TRANSCRIPT OF PROCEEDINGS -- HEARING ON DEMURRER",
    "             Eugene, Oregon, March 3, 2026",
    "",
    "APPEARANCES:",
    "For the Plaintiff:   TOBIAS K. WREN",
    "For the Defendant:   HALLIE ABERNATHY-COLE",
    "",
    "Reported by:         Juniper Osei, CSR",
]
FIRST = [
    "         (Proceedings begin at 9:14 a.m.)",
    "     THE COURT: Good morning. We're here on the demurrer",
    "to the second cause of action. I have read the papers.",
    "Mr. Wren, anything to add before I rule?",
    "     MR. WREN: Only that the lease itself is attached,",
    "Your Honor, and it says what we say it says.",
    "     THE COURT: Thank you. Here is my ruling.",
    "     The demurrer to the second cause of action is",
    "sustained. The complaint pleads an oral promise, and the",
    "statute of frauds reaches a promise that cannot be",
    "performed within a year. Leave to amend is granted.",
    "     The demurrer to the third cause of action is",
    "overruled. The quantum meruit count does not rest on",
    "the promise at all.",
]
SECOND = [
    "     MS. ABERNATHY-COLE: How long do we have to answer?",
    "     THE COURT: Twenty days from the amended pleading.",
    "         (Recess.)",
    "     THE CLERK: Remain seated.",
    "     THE COURT: We're back on the record briefly. The",
    "minute order will say what I said.",
    "         (Whereupon, the proceedings were",
    "         adjourned at 9:41 a.m.)",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
]


def transcript_file(tmp_path: Path) -> Path:
    pages = [numbered(COVER) + "\n\n                       1", numbered(FIRST + SECOND[:11])]
    path = tmp_path / "hearing.txt"
    path.write_text("\f".join(pages) + "\n\n                       2\n")
    return path


def texts(filing: Filing) -> list[str]:
    return [s.text for s in segment_filing(filing).segments]


def test_a_hearing_transcript_is_read_turn_by_turn(tmp_path: Path) -> None:
    got = texts(load_filing(transcript_file(tmp_path), ocr=False))
    cover, *body = got
    assert cover.startswith("TRANSCRIPT OF PROCEEDINGS") and cover.endswith("Juniper Osei, CSR")
    assert body == [
        "(Proceedings begin at 9:14 a.m.)",
        "THE COURT: Good morning. We're here on the demurrer to the second cause of action."
        " I have read the papers. Mr. Wren, anything to add before I rule?",
        "MR. WREN: Only that the lease itself is attached, Your Honor, and it says what we"
        " say it says.",
        "THE COURT: Thank you. Here is my ruling.",
        "The demurrer to the second cause of action is sustained. The complaint pleads an oral"
        " promise, and the statute of frauds reaches a promise that cannot be performed"
        " within a year. Leave to amend is granted.",
        "The demurrer to the third cause of action is overruled. The quantum meruit count"
        " does not rest on the promise at all.",
        "MS. ABERNATHY-COLE: How long do we have to answer?",
        "THE COURT: Twenty days from the amended pleading.",
        "(Recess.)",
        "THE CLERK: Remain seated.",
        "THE COURT: We're back on the record briefly. The minute order will say what I said.",
        "(Whereupon, the proceedings were adjourned at 9:41 a.m.)",
    ]


def test_a_turn_runs_on_across_a_page_break(tmp_path: Path) -> None:
    rows = FIRST[:8] + ["sustained; the complaint pleads an oral promise and the"] * 17
    pages = [numbered(COVER), numbered(rows), numbered(["statute of frauds bars it.", *SECOND])]
    path = tmp_path / "hearing.txt"
    path.write_text("\f".join(pages))
    got = texts(load_filing(path, ocr=False))
    ruling = next(t for t in got if t.startswith("The demurrer"))
    assert ruling.endswith("the statute of frauds bars it.")
    assert next(t for t in got if t.startswith("MS. ABERNATHY-COLE"))


DEPOSITION = """\
BY MR. WREN:
     Q. Did you sign the lease in March?
     A. I signed something in March. I don't know that it was
the lease.
     Q. Let me show you Exhibit 4.
     MS. ABERNATHY-COLE: Objection, form.
     A. That's my signature.
     Q. And the date beside it?
     A. March 9th.
"""


def test_a_deposition_excerpt_has_a_segment_per_question_and_answer() -> None:
    page = Page(1, DEPOSITION, lines_of(DEPOSITION))
    filing = Filing("dep.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.OTHER))
    got = texts(filing)
    assert got == [
        "BY MR. WREN:",
        "Q. Did you sign the lease in March?",
        "A. I signed something in March. I don't know that it was the lease.",
        "Q. Let me show you Exhibit 4.",
        "MS. ABERNATHY-COLE: Objection, form.",
        "A. That's my signature.",
        "Q. And the date beside it?",
        "A. March 9th.",
    ]


BRIEF = """\
ARGUMENT
I. THE COURT ALREADY DECIDED THE STATUTE OF FRAUDS QUESTION
At the hearing on the demurrer the Court put the point plainly. The exchange was short
and the Court's ruling could not have been clearer about the second cause of action:
        THE COURT: The demurrer to the second cause of action is sustained.
        MR. WREN: Even as to the written addendum?
        THE COURT: Even as to that.
Hr'g Tr. 2:8-14. Plaintiff's new theory asks the Court to undo that ruling, and the law
of the case does not allow it. The motion should be granted on that ground alone, and the
Court need not reach the remaining arguments that Pellingham raises in its papers.
II. THE ADDENDUM DOES NOT SATISFY THE STATUTE
The addendum names no term and no price. It is no memorandum of the agreement at all.
"""


@pytest.mark.parametrize("title", ["", "MOTION TO STRIKE THE ADDENDUM (HEARING TRANSCRIPT)\n"])
def test_a_brief_quoting_a_hearing_is_no_transcript(title: str) -> None:
    """Three turns quoted after the brief's headings, its title naming a transcript."""
    text = title + BRIEF
    page = Page(1, text, lines_of(text))
    filing = Filing("b.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    segments = segment_filing(filing).segments
    heads = [s.label for s in segments if s.kind == SegmentKind.HEADING]
    assert heads == ["ARGUMENT", "I", "II"]
    paragraphs = [s.text for s in segments if s.kind == SegmentKind.PARAGRAPH]
    assert paragraphs[0].startswith("At the hearing on the demurrer")


@pytest.mark.parametrize(
    "certificate",
    [
        [
            "              CERTIFICATE OF REPORTER",
            "     I, Juniper Osei, certify that the foregoing is a",
            "true and correct transcript of the proceedings.",
        ],
        [
            "        CERTIFICATE OF OFFICIAL REPORTER",
            "     I, Juniper Osei, Official Court Reporter for the",
            "Circuit Court, certify that the foregoing is a true",
            "and correct transcript.",
        ],
        [
            "              C E R T I F I C A T E",
            "     I certify that the foregoing is a correct",
            "transcript from the record of proceedings.",
        ],
        [
            "     I, Juniper Osei, do hereby certify that the foregoing",
            "is a correct transcript of the proceedings.",
            "     /s/ Juniper Osei          March 9, 2026",
        ],
    ],
    ids=["of-reporter", "of-official-reporter", "spaced-title", "untitled"],
)
def test_a_proceedings_banner_stands_apart_and_the_reporters_certificate_is_left_out(
    tmp_path: Path, certificate: list[str]
) -> None:
    """The banner above the first turn is a block of its own; the reporter's certificate
    after the last turn is back matter, left out of the body like a certificate of service."""
    banner = "              P R O C E E D I N G S"
    tail = ["     THE COURT: We're adjourned.", "", *certificate, *[""] * 10]
    pages = [numbered(COVER), numbered([banner, *FIRST, *SECOND[:6]]), numbered(tail)]
    path = tmp_path / "hearing.txt"
    path.write_text("\f".join(pages))
    got = texts(load_filing(path, ocr=False))
    assert got[0].endswith("Juniper Osei, CSR")
    assert got[1:3] == ["P R O C E E D I N G S", "(Proceedings begin at 9:14 a.m.)"]
    assert got[-1] == "THE COURT: We're adjourned."
    assert not any("certify" in text for text in got)
