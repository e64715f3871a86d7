"""Layouts of pairs42 and pairs43 read through plain text (segfix36), each rule both ways."""

from __future__ import annotations

from lawdiff.core.model import Role
from tests.textfilings import BODY, numbered_paragraphs, outline

_POINT_ONE = (
    "I. The circuit court erred in granting summary judgment because the lease was renewed, "
    "in that the tenant gave written notice before the option lapsed."
)
_POINT_TWO = (
    "II. The circuit court erred in awarding fees because no contract provided for them, in "
    "that the lease holds no fee clause."
)


def _missouri_argument(*fields: str) -> str:
    """A Missouri argument: each point relied on repeated as its heading, then ``fields``
    (each a label alone over its paragraph), then the point's text."""
    under = "".join(f"{label}\n\n{BODY}\n\n" for label in fields)
    return (
        f"STATEMENT OF FACTS\n\n{BODY}\n\nARGUMENT\n\n"
        f"{_POINT_ONE}\n\n{under}{BODY}\n\n{_POINT_TWO}\n\n{under}{BODY}\n\n"
        f"CONCLUSION\n\n{BODY}\n"
    )


def test_a_label_every_point_repeats_is_the_points_text_and_the_points_are_read() -> None:
    got = outline(_missouri_argument("Standard of Review", "Preservation"))
    assert [(label, level) for label, _, level in got] == [
        ("STATEMENT OF FACTS", 0),
        ("ARGUMENT", 0),
        ("I", 1),
        ("II", 1),
        ("CONCLUSION", 0),
    ]


def test_a_standard_of_review_set_once_is_still_a_heading() -> None:
    text = (
        f"STATEMENT OF FACTS\n\n{BODY}\n\nARGUMENT\n\nStandard of Review\n\n{BODY}\n\n"
        f"{_POINT_ONE}\n\n{BODY}\n\n{_POINT_TWO}\n\n{BODY}\n\nCONCLUSION\n\n{BODY}\n"
    )
    got = [heading for _, heading, _ in outline(text)]
    assert "Standard of Review" in got


def test_a_sentence_point_tagged_with_the_points_it_answers_is_read() -> None:
    text = (
        f"STATEMENT OF FACTS\n\n{BODY}\n\nARGUMENT\n\n"
        "I. The tenant renewed the lease in time. (Response to Point I)\n\n"
        f"Standard of Review\n\n{BODY}\n\n{BODY}\n\n"
        "II. The fee award rests on the lease. (Response to Points II and III)\n\n"
        f"Standard of Review\n\n{BODY}\n\n"
        f"III. Damages should be awarded for a frivolous appeal.\n\n{BODY}\n\n"
        f"CONCLUSION\n\n{BODY}\n"
    )
    got = [(label, level) for label, _, level in outline(text, Role.OPPOSITION)]
    assert got == [
        ("STATEMENT OF FACTS", 0),
        ("ARGUMENT", 0),
        ("I", 1),
        ("II", 1),
        ("III", 1),
        ("CONCLUSION", 0),
    ]


def _findings(count: int) -> str:
    """``count`` numbered proposed findings, one sentence each."""
    return "".join(
        f"{n}. Petitioner signed the joint return for year {2000 + n} at the preparer's "
        "office without reading it.\n\n"
        for n in range(1, count + 1)
    )


def test_arabic_points_in_capitals_after_numbered_findings_are_the_outline() -> None:
    text = (
        f"PRELIMINARY STATEMENT\n\n{BODY}\n\n"
        f"PROPOSED FINDINGS OF FACT\n\n{_findings(12)}ARGUMENT\n\n"
        f"1. PETITIONER IS ENTITLED TO RELIEF UNDER SECTION 6015(b).\n\n{BODY}\n\n"
        f"2. PETITIONER MAY ELECT TO ALLOCATE THE DEFICIENCY.\n\n{BODY}\n\n"
        f"(a) The Omitted Receipts.\n\n{BODY}\n\n(b) The Retirement Distribution.\n\n{BODY}\n\n"
        f"CONCLUSION\n\n{BODY}\n"
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [
        ("PRELIMINARY STATEMENT", 0),
        ("PROPOSED FINDINGS OF FACT", 0),
        ("ARGUMENT", 0),
        ("1", 1),
        ("2", 1),
        ("2.(a)", 2),
        ("2.(b)", 2),
        ("CONCLUSION", 0),
    ]


def test_numbered_paragraphs_under_capital_sections_stay_paragraphs() -> None:
    text = (
        f"PRELIMINARY STATEMENT\n\n{BODY}\n\nPROPOSED FINDINGS OF FACT\n\n{_findings(12)}"
        f"RELIEF REQUESTED\n\n{BODY}\n"
    )
    got = [label for label, _, _ in outline(text)]
    assert got == ["PRELIMINARY STATEMENT", "PROPOSED FINDINGS OF FACT", "RELIEF REQUESTED"]


def _paragraph(number: int) -> str:
    return f"{number}. {BODY}\n\n"


def test_issues_listed_then_argued_under_their_own_lines_are_sections() -> None:
    text = (
        f"INTRODUCTION\n\n{_paragraph(1)}{_paragraph(2)}BACKGROUND\n\n{_paragraph(3)}"
        f"{_paragraph(4)}ISSUES FOR DETERMINATION\n\n"
        "5. The Petitioners submit that the following issues fall for determination:\n\n"
        "(a) Whether the Court has jurisdiction over the Petition;\n"
        "(b) Whether the cess offends the Constitution; and\n"
        "(c) Who should bear the costs.\n\n"
        f"(a) Whether the Court has jurisdiction over the Petition\n\n{_paragraph(6)}"
        f"{_paragraph(7)}(b) Whether the cess offends the Constitution\n\n{_paragraph(8)}"
        f"(i) Notice of the Bill\n\n{_paragraph(9)}(ii) The forums were not meaningful\n\n"
        f"{_paragraph(10)}(c) Who should bear the costs\n\n{_paragraph(11)}"
        f"CONCLUSION\n\n{_paragraph(12)}"
    )
    got = [(label, level) for label, _, level in outline(text)]
    assert got == [
        ("INTRODUCTION", 0),
        ("BACKGROUND", 0),
        ("ISSUES FOR DETERMINATION", 0),
        ("(a)", 0),
        ("(b)", 0),
        ("(b).(i)", 1),
        ("(b).(ii)", 1),
        ("(c)", 0),
        ("CONCLUSION", 0),
    ]


def test_a_listed_issue_with_no_line_of_its_own_stays_in_its_paragraph() -> None:
    text = (
        f"INTRODUCTION\n\n{_paragraph(1)}{_paragraph(2)}{_paragraph(3)}{_paragraph(4)}"
        "ISSUES FOR DETERMINATION\n\n"
        "5. The Petitioners submit that the following issues fall for determination:\n\n"
        "(a) Whether the Court has jurisdiction over the Petition;\n"
        "(b) Whether the cess offends the Constitution.\n\n"
        + "".join(_paragraph(n) for n in range(6, 12))
        + f"CONCLUSION\n\n{_paragraph(12)}"
    )
    got = [label for label, _, _ in outline(text)]
    assert got == ["INTRODUCTION", "ISSUES FOR DETERMINATION", "CONCLUSION"]


_IRISH_CAPTION = (
    "THE SUPREME COURT\n\nBETWEEN\n\nJOHN MURPHY\nPLAINTIFF/RESPONDENT\n\nAND\n\n"
    "ACME CIVIL ENGINEERING LIMITED\nDEFENDANT/APPELLANT\n\n"
    "WRITTEN LEGAL SUBMISSIONS OF THE APPELLANT\n\n"
)
_SIGNED = "Mary Byrne SC\nJohn Kelly BL\n\nCounsel for the Appellant\n\n16 October 2025"


def _irish(*blocks: str) -> list[tuple[str, int]]:
    text = numbered_paragraphs(_IRISH_CAPTION, *blocks, foot=_SIGNED)
    return [(heading, level) for _, heading, level in outline(text)]


def test_grounds_right_under_a_bare_submissions_title_are_its_points() -> None:
    got = _irish(
        "INTRODUCTION",
        "P",
        "BACKGROUND",
        "P",
        "SUBMISSIONS",
        "Ground 1: Late commencement imposed a duty of expedition",
        "P",
        "P",
        "Ground 2: The delay was inexcusable",
        "P",
        "Ground 3: Costs",
        "P",
        "CONCLUSION",
        "P",
    )
    assert got == [
        ("INTRODUCTION", 0),
        ("BACKGROUND", 0),
        ("SUBMISSIONS", 0),
        ("Late commencement imposed a duty of expedition", 1),
        ("The delay was inexcusable", 1),
        ("Costs", 1),
        ("CONCLUSION", 0),
    ]


def test_grounds_after_a_titled_section_with_text_stay_beside_it() -> None:
    got = _irish(
        "INTRODUCTION",
        "P",
        "THE TEST ON THIS APPEAL",
        "P",
        "Ground 1: Late commencement imposed a duty of expedition",
        "P",
        "Ground 2: The delay was inexcusable",
        "P",
        "CONCLUSION",
        "P",
    )
    assert ("The delay was inexcusable", 0) in got


def _memorandum(issues: str) -> str:
    return (
        "FEDERAL COURT OF APPEAL\n\nBETWEEN:\n\nACME FIRST NATION\n\nAppellant\n\nand\n\n"
        "ATTORNEY GENERAL OF CANADA\n\nRespondent\n\n"
        "MEMORANDUM OF FACT AND LAW OF THE APPELLANT\n\n"
        f"PART I – STATEMENT OF FACTS\n\n1. {BODY}\n\nPART II – POINTS IN ISSUE\n\n"
        f"2. This appeal raises the following issues:\n\n{issues}\n\n"
        f"PART III – SUBMISSIONS\n\nA. Standard of review\n\n3. {BODY}\n\n"
        f"B. The Judge erred on the spectrum\n\n4. {BODY}\n\n"
        f"PART IV – ORDER SOUGHT\n\n5. {BODY}\n\n"
        "ALL OF WHICH IS RESPECTFULLY SUBMITTED.\n\nMAPLE LAW LLP\nCounsel for the Appellant\n\n"
        "PART V – LIST OF AUTHORITIES\n\nHaida Nation v. British Columbia, 2004 SCC 73\n"
    )


def test_a_list_of_questions_set_one_to_a_line_is_text_and_a_part_after_the_signature_is_read() -> (
    None
):
    issues = (
        "(a) Did the Judge err in placing the duty at the low end of the spectrum?\n"
        "(b) Did the Judge err in finding that the consultation was meaningful?\n"
        "(c) What is the appropriate remedy?"
    )
    got = [heading for _, heading, _ in outline(_memorandum(issues))]
    assert got == [
        "PART I – STATEMENT OF FACTS",
        "PART II – POINTS IN ISSUE",
        "PART III – SUBMISSIONS",
        "Standard of review",
        "The Judge erred on the spectrum",
        "PART IV – ORDER SOUGHT",
        "PART V – LIST OF AUTHORITIES",
    ]


def test_questions_set_apart_over_their_paragraphs_stay_headings() -> None:
    text = (
        f"INTRODUCTION\n\n{BODY}\n\nARGUMENT\n\n"
        f"A. Did the Judge err on the spectrum?\n\n{BODY}\n\n"
        f"B. Was the consultation meaningful?\n\n{BODY}\n\nCONCLUSION\n\n{BODY}\n"
    )
    got = [heading for _, heading, _ in outline(text)]
    assert "Was the consultation meaningful?" in got
