"""Layouts of the pairs17 tuning batch's court styles, in fictional briefs written for the test:
a Georgia argument heading tagged with the enumeration of error it argues ("… official
immunity. (Enumeration 4)") — each with the text that must stay as it was."""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.segment.sentences import reads_as_prose, untagged
from tests.textfilings import BODY, brief, outline

# a body paragraph on one line, as e-filed text holds it (no line wrapping)
LINE = BODY.replace("\n", " ")


def unwrapped(*parts: str) -> str:
    """A plain-text brief whose paragraphs are each one line: each part, then a paragraph."""
    return "\n\n".join(f"{part}\n\n{LINE}" for part in parts) + "\n"


def test_an_argument_heading_tagged_with_its_enumeration_is_a_heading() -> None:
    text = brief(
        "ARGUMENT",
        "1. The notice satisfied the statute.",
        "(a) The notice stated a specific amount of damages. (Enumeration 1)",
        "(b) Delivering the notice to the city attorney, who forwarded it, was presentment. "
        "(Enumeration 2)",
        "2. The supervisor breached a ministerial duty. (Enumeration 3)",
        "CONCLUSION",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("1", 1),
        ("1.(a)", 2),
        ("1.(b)", 2),
        ("2", 1),
        ("CONCLUSION", 0),
    ]


def test_a_numbered_sentence_with_a_parenthetical_cite_after_it_stays_prose() -> None:
    # a record cite or an exhibit after a sentence is no heading's tag: the sentence goes on
    assert reads_as_prose("The city was served on July 19. (R. 129-31)")
    assert reads_as_prose("The city was served on July 19. (See Exhibit 4)")
    assert untagged("The city was served. (See Exhibit 4)").endswith("(See Exhibit 4)")


def test_a_tag_is_taken_off_only_after_a_closing_sentence() -> None:
    assert untagged("Sutter breached a duty. (Enumeration 4)") == "Sutter breached a duty."
    assert untagged("Sutter breached a duty. (Assignment of Error No. 3)") == (
        "Sutter breached a duty."
    )
    assert untagged("Sutter breached a duty (Enumeration 4)").endswith("(Enumeration 4)")
    assert not reads_as_prose("Sutter breached a ministerial duty. (Enumeration 4)")


CAPTION = (
    "IN THE COURT OF APPEALS\nSTATE OF GEORGIA\n\nCASE NO. A26A0001\n\n"
    "JANE ROE,\nAppellant,\n\nv.\n\nCITY OF ELM,\nAppellee.\n\nBRIEF OF APPELLANT\n\n"
)


def test_a_part_label_over_its_title_is_one_top_heading_and_opens_the_body() -> None:
    text = CAPTION + brief(
        "PART ONE\nSTATEMENT OF THE CASE AND FACTS",
        "PART TWO\nENUMERATION OF ERRORS",
        "PART THREE\nARGUMENT AND CITATION OF AUTHORITY",
        "1. THE NOTICE SATISFIED THE STATUTE",
        "2. THE SUPERVISOR IS NOT IMMUNE",
        "CONCLUSION",
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("PART ONE STATEMENT OF THE CASE AND FACTS", 0),
        ("PART TWO ENUMERATION OF ERRORS", 0),
        ("PART THREE ARGUMENT AND CITATION OF AUTHORITY", 0),
        ("THE NOTICE SATISFIED THE STATUTE", 1),
        ("THE SUPERVISOR IS NOT IMMUNE", 1),
        ("CONCLUSION", 0),
    ]


def test_a_part_label_on_the_line_of_its_title_is_a_top_heading() -> None:
    text = CAPTION + brief(
        "PART ONE: APPELLEE'S STATEMENT OF THE CASE",
        "PART TWO: RESPONSE TO THE ENUMERATION OF ERRORS",
        "PART THREE: ARGUMENT AND CITATION OF AUTHORITY",
        "I. THE NOTICE FAILED",
        "II. THE SUPERVISOR IS IMMUNE",
    )
    assert [level for _, _, level in outline(text)] == [0, 0, 0, 1, 1]
    assert outline(text)[0][1] == "PART ONE: APPELLEE'S STATEMENT OF THE CASE"


def test_a_part_named_in_a_sentence_is_body_text() -> None:
    text = CAPTION + brief(
        "ARGUMENT",
        "PART ONE of the ordinance\ngoverns the notice, and the city relied on it.",
        "I. THE NOTICE FAILED",
    )
    assert [heading for _, heading, _ in outline(text)] == ["ARGUMENT", "THE NOTICE FAILED"]


def test_a_statement_of_preservation_opening_a_point_is_body_text() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE REPORT WAS A PROTECTED DISCLOSURE.",
        "Preservation: Preserved by Appellant's Response (R. 129-31).",
        "II. THE POSITION WAS ELIMINATED IN RETALIATION.",
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "ARGUMENT",
        "THE REPORT WAS A PROTECTED DISCLOSURE.",
        "THE POSITION WAS ELIMINATED IN RETALIATION.",
    ]


def test_a_title_case_sub_heading_naming_preservation_is_still_a_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE REPORT WAS A PROTECTED DISCLOSURE.",
        "The Duty of Preservation Was Breached.",
        "II. THE POSITION WAS ELIMINATED IN RETALIATION.",
    )
    assert "The Duty of Preservation Was Breached." in [h for _, h, _ in outline(text)]


def test_one_sentence_paragraph_under_a_capital_section_is_no_point() -> None:
    # a short sentence alone on its line opening a section: no run of sentence points under
    # ARGUMENT, though the statement of the case has a line of the same shape
    one = "The appellee accepts the appellant's account with three corrections."
    text = unwrapped("STATEMENT OF THE CASE", one, "ARGUMENT", one, "CONCLUSION")
    assert [heading for _, heading, _ in outline(text)] == [
        "STATEMENT OF THE CASE",
        "ARGUMENT",
        "CONCLUSION",
    ]


def test_sentence_points_in_a_run_under_the_argument_stay_points() -> None:
    text = unwrapped(
        "ARGUMENT",
        "The notice stated a specific amount of damages.",
        "The notice reached the mayor and council.",
        "CONCLUSION",
    )
    assert [level for _, _, level in outline(text)] == [0, 1, 1, 0]


PA_CAPTION = (
    "KEYSTONE SUPPLY, INC.,\nPlaintiff,\nv.\nROW BUILDERS, LLC,\nDefendant.\n\n"
    "COURT OF COMMON PLEAS\nPHILADELPHIA COUNTY\n\nNo. 02417\n\n"
)
ANSWER = PA_CAPTION + (
    "PLAINTIFF'S ANSWER TO DEFENDANT'S PETITION TO OPEN DEFAULT JUDGMENT\n\n"
    "Plaintiff answers the Petition as follows.\n\n"
    "1. Admitted.\n\n2. Denied. The notice was mailed to the registered office.\n\n"
    "WHEREFORE, Plaintiff requests that the Petition be denied.\n\n"
    "SMITH LLC\n\nBy: /s/ Jane Smith\nJane Smith, Esquire\nAttorney for Plaintiff\n\n"
)
MEMORANDUM = "MEMORANDUM OF LAW IN SUPPORT OF PLAINTIFF'S ANSWER TO DEFENDANT'S PETITION"


def test_a_memorandum_title_after_the_signed_answer_heads_its_points() -> None:
    text = ANSWER + MEMORANDUM + "\n\n" + brief("I. MATTER BEFORE THE COURT", "II. ARGUMENT")
    assert [(heading, level) for _, heading, level in outline(text, Role.OPPOSITION)] == [
        (MEMORANDUM, 0),
        ("MATTER BEFORE THE COURT", 1),
        ("ARGUMENT", 1),
    ]


def test_a_memorandum_title_heading_the_filing_itself_heads_nothing() -> None:
    # no signature above it: the filing's own title, its points at the top
    text = PA_CAPTION + MEMORANDUM + "\n\n" + brief("I. MATTER BEFORE THE COURT", "II. ARGUMENT")
    assert [(heading, level) for _, heading, level in outline(text, Role.OPPOSITION)] == [
        ("MATTER BEFORE THE COURT", 0),
        ("ARGUMENT", 0),
    ]


MATERIALITY = (
    "Materiality. The materiality threshold is low, and an omission is material if it bears "
    "a relationship to the estate or concerns the discovery of assets."
)
INTENT = (
    "Intent. The court did not infer intent from a careless omission, and it disbelieved the "
    "explanation the debtor gave for the false answer under oath."
)


def test_topic_labels_run_in_at_paragraphs_of_a_point_are_its_sub_headings() -> None:
    text = unwrapped("ARGUMENT", "I. THE FALSE OATH FINDING IS SOUND") + "\n".join(
        ("", MATERIALITY, "", INTENT, "", "CONCLUSION", "", LINE, "")
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("THE FALSE OATH FINDING IS SOUND", 1),
        ("Materiality.", 2),
        ("Intent.", 2),
        ("CONCLUSION", 0),
    ]


def test_a_label_alone_or_a_repeated_answer_or_a_statement_of_facts_is_text() -> None:
    denied = "Denied. The notice was mailed to the registered office, as the record shows."
    alone = unwrapped("ARGUMENT", "I. THE FALSE OATH FINDING IS SOUND") + f"\n{MATERIALITY}\n"
    repeated = unwrapped("ARGUMENT", "I. THE PETITION FAILS") + f"\n{denied}\n\n{denied}\n"
    facts = unwrapped("STATEMENT OF FACTS", "A. The Agreement") + f"\n{MATERIALITY}\n\n{INTENT}\n"
    for text in (alone, repeated, facts):
        assert all(level < 2 for _, _, level in outline(text)), outline(text)


def test_a_table_of_points_in_the_body_is_no_heading() -> None:
    # a Kentucky STATEMENT OF POINTS AND AUTHORITIES after the first sections: its rows of
    # dot leaders are the table's text, not one heading made of them
    rows = "INTRODUCTION ........................ i\nSTATEMENT OF THE CASE ............... 1"
    text = unwrapped("INTRODUCTION", "STATEMENT OF POINTS AND AUTHORITIES") + f"\n{rows}\n\n"
    text += unwrapped("STATEMENT OF THE CASE")
    assert [heading for _, heading, _ in outline(text)] == [
        "INTRODUCTION",
        "STATEMENT OF POINTS AND AUTHORITIES",
        "STATEMENT OF THE CASE",
    ]
