"""Layouts of the pairs11 tuning batch's court styles, in fictional briefs written for the test:
a Virginia signature block (the party over "By Counsel"), a Seventh Circuit brief's CIRCUIT RULE
30(d) STATEMENT after its certificate, a sentence point naming a case, an appellee's alternative
ground after its ISSUE points, a Virginia demurrer's one-word division heading, a PTAB
petition's identification of the challenge, a run-in sentence ending in a lower-case word, and
pdftotext output (no blank line at a page break, a sub-heading wrapped over two lines) — each
with the body text that must stay body."""

from __future__ import annotations

import textwrap

from lawdiff.core.model import Filing, FilingMeta, Page, Role, SegmentKind
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from lawdiff.segment.sentences import is_sentence_heading, is_strict_title
from tests.textfilings import BODY, brief, outline


def texts(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every segment of ``text`` imported as a one-page brief."""
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    return [(s.kind.value, s.text) for s in segment_filing(filing).segments]


def paged_outline(*pages: str) -> list[tuple[str, str, int]]:
    """(label, heading, level) of the headings of a plain-text brief of several pages."""
    made = tuple(Page(n, text, lines_of(text)) for n, text in enumerate(pages, start=1))
    filing = Filing("x.txt", "0" * 64, "text", made, FilingMeta(role=Role.MOTION))
    segments = segment_filing(filing).segments
    return [(s.label, s.heading, s.level) for s in segments if s.kind == SegmentKind.HEADING]


# ---------------------------------------------------------------- Virginia signature block

SIGNED = (
    "WHEREFORE, the defendant asks the Court to sustain the demurrer.\n\n"
    "{party}\nBy Counsel\n\n"
    "Ellery J. Wainscott (VSB No. 80000)\nWAINSCOTT HALE PLC\n100 Main Street\n"
    "Fairfax, Virginia 22030\nCounsel for Defendant\n"
)


def test_the_party_over_by_counsel_is_a_signature_not_a_heading() -> None:
    for party in ("LORNA B. PETTIBONE", "ASHGROVE RESTORATION LLC"):
        text = brief("INTRODUCTION", "CONCLUSION") + "\n" + SIGNED.format(party=party)
        assert [heading for _, heading, _ in outline(text)] == ["INTRODUCTION", "CONCLUSION"]
        assert not any("Wainscott" in body for _, body in texts(text))


def test_by_counsel_inside_a_sentence_starts_no_signature() -> None:
    opening = (
        "Defendant Lorna B. Pettibone, by counsel, demurs to the Complaint and says that it "
        "fails to state a claim on which relief can be granted against her."
    )
    text = brief("INTRODUCTION", "CONCLUSION").replace(BODY, opening, 1)
    assert any(body == opening for _, body in texts(text))
    assert [heading for _, heading, _ in outline(text)] == ["INTRODUCTION", "CONCLUSION"]


# ---------------------------------------------------------------- Seventh Circuit back matter

CERTIFIED = (
    "CERTIFICATE OF COMPLIANCE\n\n"
    "This brief complies with the type-volume limitation of Circuit Rule 32(c).\n\n"
    "{title}\n\n"
    "Counsel certifies that all materials required by Circuit Rule 30(a) and (b) are included "
    "in the short appendix.\n"
)


def test_a_circuit_rule_statement_after_the_certificate_is_a_top_heading() -> None:
    text = (
        brief("ARGUMENT", "CONCLUSION")
        + "\n"
        + CERTIFIED.format(title="CIRCUIT RULE 30(d) STATEMENT")
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("CONCLUSION", 0),
        ("CIRCUIT RULE 30(d) STATEMENT", 0),
    ]
    assert not any("type-volume" in body for _, body in texts(text))
    assert any(body.startswith("Counsel certifies") for _, body in texts(text))


def test_another_title_after_the_certificate_stays_back_matter() -> None:
    text = brief("ARGUMENT", "CONCLUSION") + "\n" + CERTIFIED.format(title="SHORT APPENDIX")
    assert [heading for _, heading, _ in outline(text)] == ["ARGUMENT", "CONCLUSION"]
    assert not any(body.startswith("Counsel certifies") for _, body in texts(text))


# ---------------------------------------------------------------- a sentence point naming a case


def sentence_points(last: str) -> str:
    return brief(
        "ARGUMENT",
        "I. The district court took the facts in the plaintiff's favor.",
        "II. The officer is entitled to qualified immunity.",
        last,
        "CONCLUSION",
    )


def test_a_sentence_point_naming_a_case_is_a_heading() -> None:
    got = outline(sentence_points("III. In the alternative, Heck v. Humphrey bars the claim."))
    assert ("III", "In the alternative, Heck v. Humphrey bars the claim.", 1) in got


def test_a_numbered_sentence_citing_a_case_stays_body() -> None:
    line = "III. In the alternative, Heck v. Humphrey, 512 U.S. 477 (1994), bars the claim."
    got = outline(sentence_points(line))
    assert [label for label, _, _ in got] == ["ARGUMENT", "I", "II", "CONCLUSION"]


def test_a_case_named_alone_is_no_citation_in_a_sentence_heading() -> None:
    assert is_sentence_heading("Under Monell v. Department, the city is not liable.")
    assert not is_sentence_heading("Under Monell v. Department, 436 U.S. 658, it is not.")
    assert not is_sentence_heading("The city is not liable (2019).")


# ---------------------------------------------------------------- an alternative ground

ISSUES = (
    "ARGUMENT",
    "ISSUE I\nWHETHER THE TRIAL COURT CORRECTLY DENIED THE MOTION TO SUPPRESS. (RESTATED)",
    "ISSUE II\nWHETHER THE COSTS MUST BE STRICKEN. (RESTATED)",
)


def test_an_alternative_ground_after_the_issues_is_their_sibling() -> None:
    got = outline(brief(*ISSUES, "ALTERNATIVE GROUND FOR AFFIRMANCE ON ISSUE I", "CONCLUSION"))
    assert [(label, level) for label, _, level in got] == [
        ("ARGUMENT", 0),
        ("ISSUE I", 1),
        ("ISSUE II", 1),
        ("ALTERNATIVE GROUND FOR AFFIRMANCE ON ISSUE I", 1),
        ("CONCLUSION", 0),
    ]


def test_an_alternative_ground_with_no_point_before_it_and_other_titles_stay_on_top() -> None:
    got = outline(brief("STATEMENT OF THE CASE", "ALTERNATIVE GROUNDS FOR RELIEF", "ARGUMENT"))
    assert [level for _, _, level in got] == [0, 0, 0]
    got = outline(brief(*ISSUES, "REQUEST FOR ORAL ARGUMENT", "CONCLUSION"))
    assert ("REQUEST FOR ORAL ARGUMENT", 0) in [(label, level) for label, _, level in got]


# ---------------------------------------------------------------- a one-word division heading

GROUNDS = (
    "Ground One: The Statements in Count I Are Expressions of Opinion",
    "Ground Two: Count I Does Not Set Out the Words of the Email",
)


def test_one_capital_word_over_the_first_ground_is_a_division_heading() -> None:
    got = outline(
        "STANDARD OF DECISION\n\n" + BODY + "\n\nDEMURRER\n\n" + brief(*GROUNDS, "PLEA IN BAR")
    )
    assert [(label, level) for label, _, level in got] == [
        ("STANDARD OF DECISION", 0),
        ("DEMURRER", 0),
        ("Ground One", 1),
        ("Ground Two", 1),
        ("PLEA IN BAR", 0),
    ]


def test_one_capital_word_over_body_text_stays_body() -> None:
    got = outline(brief("STANDARD OF DECISION", "DEMURRER", "PLEA IN BAR"))
    assert [label for label, _, _ in got] == ["STANDARD OF DECISION", "PLEA IN BAR"]
    assert ("paragraph", "DEMURRER") in texts(brief("STANDARD OF DECISION", "DEMURRER"))


# ---------------------------------------------------------------- a PTAB challenge identified

CHALLENGE = (
    "Ground 1: claims 1-8 are obvious under 35 U.S.C. § 103 over Kessler in view of Morimoto. "
    "Ground 2: claims 9-14 are anticipated by Lindqvist. The petition is supported by the "
    "declaration of Dr. Straub."
)


def test_grounds_run_on_in_a_paragraph_in_lower_case_are_body_text() -> None:
    text = brief("I. REQUIREMENTS FOR REVIEW", "A. Identification of Challenge").replace(
        BODY, CHALLENGE, 2
    )
    assert [label for label, _, _ in outline(text)] == ["I", "I.A"]
    assert ("paragraph", CHALLENGE) in texts(text)


def test_a_ground_with_its_title_after_a_roman_point_is_the_heading_text() -> None:
    got = outline(brief("I. CLAIM CONSTRUCTION", "II. GROUND 1: Claims 1-8 Are Obvious"))
    assert got[-1] == ("II", "GROUND 1: Claims 1-8 Are Obvious", 0)
    got = outline(brief("ARGUMENT", "Ground 1: Claims 1-8 Are Obvious Over Kessler"))
    assert ("Ground 1", "Claims 1-8 Are Obvious Over Kessler", 1) in got


# ---------------------------------------------------------------- a sentence ending in lower case


def test_title_case_capitalises_the_last_word() -> None:
    sentence = 'Lindqvist Is the "Dealer Setup Guide" for the Lindqvist Tonic earbuds.'
    assert not is_strict_title(sentence)
    assert is_strict_title(sentence.replace("earbuds", "Earbuds"))
    assert is_strict_title("The Claim Fails as a Matter of Law")


def test_a_first_sentence_of_proper_nouns_ending_in_lower_case_is_no_run_in_heading() -> None:
    first = 'Lindqvist (Ex. 1006) Is the "Dealer Setup Guide" for the Lindqvist Tonic earbuds. '
    text = brief("ARGUMENT", "A. Lindqvist Is a Printed Publication").replace(
        BODY, first + BODY.replace("\n", " "), 2
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "A"]
    run_in = brief("ARGUMENT").replace(
        BODY, "Lindqvist Is a Printed Publication. " + BODY.replace("\n", " ")
    )
    assert [label for label, _, _ in outline(run_in)][-1] == "LINDQVIST IS A PRINTED PUBLICATION"


# ---------------------------------------------------------------- pdftotext output

FIRST_PAGE = brief(
    "DISCUSSION", "The Defendant's History Does Not Warrant a Variance of This Size"
).rstrip()


def test_a_heading_alone_at_the_top_of_a_page_is_read_after_a_finished_sentence() -> None:
    second = f"Pretrial Detention Conditions\n\n{BODY}\n"
    got = paged_outline(FIRST_PAGE, second)
    assert got[-1] == ("PRETRIAL DETENTION CONDITIONS", "Pretrial Detention Conditions", 1)


def test_a_paragraph_going_on_over_a_page_break_is_no_run_in_heading() -> None:
    second = f"Ostrowski Decl. Ex. 1. That the council also mentioned revenue does not\n{BODY}\n"
    assert len(paged_outline(FIRST_PAGE, second)) == 2
    unfinished = FIRST_PAGE + " It was"
    assert len(paged_outline(unfinished, f"Pretrial Detention Conditions\n\n{BODY}\n")) == 2


WRAPPED = textwrap.fill(
    "Post-arrest sobriety is commendable, but it is what the conditions of release required", 70
)


def test_a_sub_heading_wrapped_over_two_lines_without_a_period_nests_below_its_heading() -> None:
    got = paged_outline(FIRST_PAGE + "\n\n" + WRAPPED + "\n\n" + BODY + "\n")
    assert got[-1] == (WRAPPED.replace("\n", " ").upper(), WRAPPED.replace("\n", " "), 2)


def test_two_lines_ending_in_a_period_or_not_wrapped_stay_body() -> None:
    for block in (WRAPPED + ".", "Sobriety is commendable\nbut it is what release required"):
        got = paged_outline(FIRST_PAGE + "\n\n" + block + "\n\n" + BODY + "\n")
        assert len(got) == 2, block
