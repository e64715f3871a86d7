"""Layouts of pairs29 and pairs30 read through plain text (segfix27), each rule both ways."""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.segment.sentences import is_strict_title
from tests.textfilings import brief, outline


def test_the_standard_alone_in_capitals_is_a_section() -> None:
    text = brief("STATEMENT OF FACTS", "STANDARD", "ARGUMENT", "I. THE CLAIM FAILS", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "STANDARD" in got


def test_the_standard_centred_in_capitals_is_a_section() -> None:
    text = brief(
        "STATEMENT OF FACTS", " " * 36 + "STANDARD", "ARGUMENT", "I. THE CLAIM FAILS", "CONCLUSION"
    )
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "STANDARD" in got


def test_the_word_standard_in_a_sentences_case_stays_text() -> None:
    text = brief("STATEMENT OF FACTS", "Standard", "ARGUMENT", "I. THE CLAIM FAILS", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "Standard" not in got


def test_a_title_case_sub_heading_ending_in_a_year_is_a_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE CLAIM FAILS.",
        "The Use Was Permissive",
        "The Use Was Not Exclusive",
        "The Use Was Interrupted in 2019",
        "CONCLUSION",
    )
    got = [(heading, level) for _, heading, level in outline(text)]
    assert ("The Use Was Interrupted in 2019", 2) in got


def test_title_case_lines_holding_a_year_under_a_section_are_headings() -> None:
    text = brief(
        "INTRODUCTION",
        "STATEMENT OF DISPUTED FACTS",
        "The Road Before 1987",
        "The 1997 Conversation",
        "ARGUMENT",
        "I. THE CLAIM FAILS.",
        "CONCLUSION",
    )
    got = [heading for _, heading, _ in outline(text, Role.OPPOSITION)]
    assert "The Road Before 1987" in got
    assert "The 1997 Conversation" in got


def test_a_year_makes_no_title_of_a_sentence_or_a_date() -> None:
    assert is_strict_title("The Use Was Interrupted in 2019")
    assert is_strict_title("The 1997 Conversation")
    assert not is_strict_title("The gate was locked in 2019")
    assert not is_strict_title("In 1987 and 2019")  # no capitalised word but the first
    assert not is_strict_title("The Road in No. 2019-0012")
    # the year of a date at the foot of an order is no title word
    assert not is_strict_title("Signed: December 1, 2026")
    assert not is_strict_title("ENTERED: December 3, 2026")
    assert not is_strict_title("Entered May 2026")


def test_numbered_questions_answered_on_their_line_are_headings() -> None:
    text = brief(
        "Argument",
        "1. Is the negligence claim timely? Yes.",
        "(a) Did the concealment toll the limitations period? Yes.",
        "2. Does the disclaimer bar the warranty claims? No.",
        "3. Is there a genuine dispute about why the roof collapsed? Yes.",
        "Conclusion",
    )
    got = [(label, level) for label, _, level in outline(text, Role.OPPOSITION)]
    assert ("1", 1) in got
    assert ("1.(a)", 2) in got
    assert ("2", 1) in got
    assert ("3", 1) in got


def test_a_numbered_question_going_on_past_its_answer_stays_text() -> None:
    text = brief(
        "Argument",
        "1. Did the buyer know of the defect? No. He was told the trusses met the plans.",
        "2. Was the notice timely? Yes, because it came within the year.",
        "Conclusion",
    )
    labels = [label for label, _, _ in outline(text, Role.OPPOSITION)]
    assert "1" not in labels
    assert "2" not in labels


def test_a_known_title_wrapped_onto_standard_stays_one_heading() -> None:
    text = brief(
        "ARGUMENT", "I. THE CLAIM FAILS", "II. SUMMARY JUDGMENT\nSTANDARD", "III. NO DAMAGES"
    )
    got = [(label, heading) for label, heading, _ in outline(text)]
    assert ("II", "SUMMARY JUDGMENT STANDARD") in got
    assert all(heading != "STANDARD" for _, heading in got)


def test_a_capital_title_wrapped_onto_standard_keeps_it() -> None:
    text = brief("ARGUMENT", "I. THE BOARD MISAPPLIED THE UNNECESSARY HARDSHIP\nSTANDARD.")
    got = [(label, heading) for label, heading, _ in outline(text)]
    assert ("I", "THE BOARD MISAPPLIED THE UNNECESSARY HARDSHIP STANDARD.") in got
    assert all(heading.strip(".") != "STANDARD" for _, heading in got)


def test_years_do_not_tip_a_sentence_into_title_case() -> None:
    # 11 of its 13 longer words capitalised: short of a title's share, years or not
    sentence = (
        "Section Fifteen of the Biometric Information Privacy Act (West 2022) and section "
        "Twelve of the Code of Civil Procedure (West 2022) are set out in the appendix"
    )
    assert not is_strict_title(sentence)


def test_unnumbered_questions_in_a_series_under_the_argument_are_points() -> None:
    text = brief(
        "ARGUMENT",
        "Is the claim time-barred?",
        "Did the contract disclaim the implied warranties? No.",
        "Is there evidence that the builder caused the collapse?",
        "CONCLUSION",
    )
    got = [(heading, level) for _, heading, level in outline(text)]
    assert ("Is the claim time-barred?", 1) in got
    assert ("Did the contract disclaim the implied warranties? No.", 1) in got
    assert ("Is there evidence that the builder caused the collapse?", 1) in got


def test_a_rhetorical_question_alone_on_its_line_stays_text() -> None:
    text = brief("ARGUMENT", "Why would a buyer read the second page?", "CONCLUSION")
    got = [heading for _, heading, _ in outline(text)]
    assert got == ["ARGUMENT", "CONCLUSION"]


def test_a_question_inside_a_paragraph_stays_text() -> None:
    paragraph = (
        "Is the claim time-barred? It is not, because the period ran from discovery.\n"
        "Did the contract disclaim the warranties? It did not, on its second page."
    )
    text = brief("ARGUMENT", "I. THE CLAIM IS TIMELY") + "\n" + paragraph + "\n"
    got = [heading for _, heading, _ in outline(text)]
    assert got == ["ARGUMENT", "THE CLAIM IS TIMELY"]
