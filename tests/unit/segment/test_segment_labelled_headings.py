"""Headings opened by a label word and a number, or an unusual number form (segfix31): a pro
se motion's run-in "GROUND ONE: <claim>.", "Exception No. 5:", "A. First plea in law, alleging
…", a memorial's "CHAPTER I — INTRODUCTION" over numbered paragraphs, its requests for relief,
and the hyphenated "A-1." outline; each rule both ways."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Role
from lawdiff.evaluation.briefheadings import words
from lawdiff.segment.labelled import claim_run_in, known_run_in, names_labelled_point
from lawdiff.segment.listed_items import is_listed_item
from lawdiff.segment.outline import OutlineTracker
from tests.textfilings import BODY, brief, outline

GROUNDS = (
    "MOTION FOR COMPASSIONATE RELEASE\n\n"
    "I am asking the Court to reduce my sentence for the reasons below, which I set out one\n"
    "ground at a time as the form asks me to do.\n\n"
    "GROUND ONE: I have exhausted my remedies. On June 2 I gave a written request to the\n"
    "Warden, and he denied it on July 9, so more than thirty days have passed since then.\n\n"
    "GROUND TWO: My health is failing. I have diabetes that is not controlled and kidney\n"
    "disease, and the prison has not sent me to the specialist the doctor ordered for me.\n\n"
    "I declare under penalty of perjury that the foregoing is true and correct.\n\n"
    "Executed on September 14, 2026.\n\n"
    "Respectfully submitted,\n\n"
    "/s/ John Roe\n"
)


def test_a_ground_run_in_with_its_paragraph_is_headed_by_its_claim_sentence() -> None:
    got = [(label, heading) for label, heading, _ in outline(GROUNDS)]
    assert got == [
        ("GROUND ONE", "I have exhausted my remedies."),
        ("GROUND TWO", "My health is failing."),
    ]


def test_a_ground_alone_on_its_line_keeps_its_whole_title() -> None:
    text = brief(
        "ARGUMENT",
        "GROUND ONE: Counsel was ineffective at sentencing.",
        "GROUND TWO: The plea was not knowing.",
    )
    got = [(label, heading) for label, heading, _ in outline(text)]
    assert ("GROUND ONE", "Counsel was ineffective at sentencing.") in got


def test_a_claim_run_in_needs_a_second_sentence_on_its_line() -> None:
    assert claim_run_in("My health is failing. I have diabetes that is not") == (21, 22)
    assert claim_run_in("Counsel was ineffective at sentencing.") is None
    assert claim_run_in("counsel erred. Ground 2: claims 9-14 are obvious") is None


def test_a_declarations_executed_on_line_is_no_heading() -> None:
    got = [heading for _, heading, _ in outline(GROUNDS)]
    assert not any(heading.startswith("Executed") for heading in got)


EXCEPTIONS = (
    brief("STATEMENT OF FACTS", "ARGUMENTS AND AUTHORITIES")
    + "Exception No. 1: The panel's finding of dishonesty is not supported.\n\n"
    + BODY
    + "\n\nException No. 2: The panel failed to weigh the mitigating evidence.\n\n"
    + BODY
    + "\n\n"
    + brief("A. Personal or emotional problems.", "B. Timely restitution.")
    + "\nException No. 3: The panel erred in admitting Exhibit 14.\n\n"
    + BODY
    + "\n\n"
    + brief("CONCLUSION")
)


def test_exceptions_by_number_are_points_with_their_own_sub_points() -> None:
    got = [(label, level) for label, _, level in outline(EXCEPTIONS, Role.OPPOSITION)]
    assert got == [
        ("STATEMENT OF FACTS", 0),
        ("ARGUMENTS AND AUTHORITIES", 0),
        ("Exception No. 1", 1),
        ("Exception No. 2", 1),
        ("Exception No. 2.A", 2),
        ("Exception No. 2.B", 2),
        ("Exception No. 3", 1),
        ("CONCLUSION", 0),
    ]


def test_a_sentence_about_an_exception_is_no_point() -> None:
    text = brief("ARGUMENT") + "Exceptional circumstances exist here, as the panel found.\n"
    got = [heading for _, heading, _ in outline(text)]
    assert got == ["ARGUMENT"]


def test_the_gold_strips_an_exception_number_and_a_hyphenated_enumerator() -> None:
    assert words("Exception No. 5: The panel erred.") == "the panel erred"
    assert words("B-2. Plaintiff gave permission.") == "plaintiff gave permission"


PLEAS = (
    brief("I. INTRODUCTION", "II. PLEAS IN LAW")
    + "\nA. First plea in law, alleging infringement of the obligation to state reasons\n\n"
    + "5. The Council gave the applicant no reasons of its own for keeping his name on the\n"
    + "list, and the reasons it gave for the first listing no longer applied to him.\n\n"
    + "B. Second plea in law, alleging a manifest error of assessment\n\n"
    + "6. The evidence package does not show that the applicant still runs the business,\n"
    + "since he resigned from every post he held in it before the acts were adopted.\n\n"
    + brief("III. FORM OF ORDER SOUGHT")
)


def test_a_lettered_plea_in_law_with_its_comma_is_a_heading() -> None:
    got = [(label, level) for label, _, level in outline(PLEAS)]
    assert ("II.A", 1) in got
    assert ("II.B", 1) in got


def test_a_labelled_point_is_named_by_its_ordinal_and_label() -> None:
    assert names_labelled_point("On the first and third pleas, alleging a breach")
    assert names_labelled_point("Second ground of appeal, alleging an error of law")
    assert not names_labelled_point("First, the plea was entered late, and the court")


def _memorial(requests: str) -> str:
    sentences = [
        "This Memorial is submitted on behalf of the Claimant, Acme Holdings B.V., under the",
        "The Respondents sold the shares under a Share Purchase Agreement dated in May of the",
        "The Tribunal has jurisdiction under the arbitration clause of the Agreement, and the",
        "The Company was founded by Mr Roe in 1994 and was owned by him and his daughter, in",
        "The locked box accounts were prepared as at the end of the year and were audited by",
        "The Buyer discovered the leakage after completion when it reviewed the payments the",
        "The management fee was paid to an affiliate of the Sellers and was never disclosed",
        "The inventory was overstated because obsolete parts were carried at their full cost",
        "The Claimant advances two claims, the Leakage Claim and the Warranty Claim, set out",
        "Clause 6.1 of the Agreement forbids any Leakage after the Locked Box Date, and the",
        "The management fee exceeded the Permitted Leakage allowance by a large sum, and the",
    ]
    paragraphs = [
        f"{number}. {first}\nterms agreed between the parties, as the record shows in full."
        for number, first in enumerate(sentences, start=1)
    ]
    return (
        "CHAPTER I — INTRODUCTION\n\n"
        + "\n\n".join(paragraphs[:3])
        + "\n\nCHAPTER II — THE FACTS\n\n"
        + "\n\n".join(paragraphs[3:8])
        + "\n\nCHAPTER III — THE CLAIMS\n\nA. The Leakage Claim\n\n"
        + "\n\n".join(paragraphs[8:11])
        + "\n\nCHAPTER IV — RELIEF SOUGHT\n\n"
        + "12. The Claimant therefore requests that the Tribunal, for the reasons given above:\n"
        + requests
    )


REQUESTS = (
    "(a) DECLARE that the Sellers are in breach of Clause 6.1;\n"
    "(b) ORDER the Sellers to pay EUR 1,186,000 under Clause 6.3; and\n"
    "(c) ORDER the Sellers to bear the costs of the arbitration.\n"
)


@pytest.mark.parametrize("role", [Role.MOTION, Role.OTHER])
def test_a_memorials_chapters_are_top_headings_over_its_numbered_paragraphs(role: Role) -> None:
    got = [(label, level) for label, _, level in outline(_memorial(REQUESTS), role)]
    assert got == [
        ("CHAPTER I — INTRODUCTION", 0),
        ("CHAPTER II — THE FACTS", 0),
        ("CHAPTER III — THE CLAIMS", 0),
        ("A", 1),
        ("CHAPTER IV — RELIEF SOUGHT", 0),
    ]


def test_a_memorials_chapters_in_title_case_are_top_headings() -> None:
    text = _memorial(REQUESTS)
    for chapter in ("I — INTRODUCTION", "II — THE FACTS", "III — THE CLAIMS", "IV — RELIEF SOUGHT"):
        number, title = chapter.split(" — ")
        text = text.replace(f"CHAPTER {chapter}", f"Chapter {number.title()} — {title.title()}")
    got = [(heading, level) for _, heading, level in outline(text, Role.OTHER)]
    assert got[:3] == [
        ("Chapter I — Introduction", 0),
        ("Chapter Ii — The Facts", 0),
        ("Chapter Iii — The Claims", 0),
    ]


def test_a_chapter_cited_in_a_sentence_is_no_heading() -> None:
    text = brief("ARGUMENT") + "\nChapter 7 of the Bankruptcy Code governs the liquidation here.\n"
    got = [heading for _, heading, _ in outline(text)]
    assert got == ["ARGUMENT"]


def test_a_lettered_heading_after_a_colon_without_semicolons_stays_a_heading() -> None:
    assert is_listed_item("… requests that the Tribunal:", "(a) DECLARE that the Sellers are;")
    assert is_listed_item("(b) ORDER the Sellers to pay; and", "(c) ORDER the Sellers to bear")
    assert not is_listed_item("The motion fails for two reasons:", "A. The Claim Is Untimely")
    assert not is_listed_item(None, "(a) DECLARE that the Sellers are in breach;")


def test_numbered_titles_make_no_paragraph_run() -> None:
    names = ("Lease", "Notice", "Waiver", "Estoppel", "Tender", "Default", "Cure", "Damages")
    names += ("Interest", "Fees", "Costs", "Setoff")
    titles = "\n\n".join(
        f"{n}. The {name} Claim Fails\n\n{BODY}" for n, name in enumerate(names, start=1)
    )
    text = brief("ARGUMENT", "I. THE CLAIMS FAIL") + "\n" + titles + "\n"
    got = [label for label, _, _ in outline(text)]
    assert got[:4] == ["ARGUMENT", "I", "I.1", "I.2"]


HYPHENATED = brief(
    "ARGUMENT",
    "A. The first claim fails.",
    "A-1. No autodialer is alleged.",
    "A-2. No prerecorded voice is alleged.",
    "B. The second claim fails.",
    "B-1. Plaintiff is no residential subscriber.",
    "CONCLUSION",
)


def test_a_hyphenated_outline_nests_under_its_letter() -> None:
    got = [(label, level) for label, _, level in outline(HYPHENATED)]
    assert got == [
        ("ARGUMENT", 0),
        ("A", 1),
        ("A.A-1", 2),
        ("A.A-2", 2),
        ("B", 1),
        ("B.B-1", 2),
        ("CONCLUSION", 0),
    ]


def test_a_hyphenated_point_opens_only_under_its_own_letter() -> None:
    tracker = OutlineTracker()
    assert tracker.accept("A.") == 1
    assert tracker.accept("B.") == 1
    assert tracker.fits("A-1.") is None
    assert tracker.accept("B-1.") == 2


def test_a_known_sections_title_run_in_at_its_paragraphs_head_is_a_heading() -> None:
    text = (
        brief("STATEMENT OF THE CASE")
        + "\nNature of the case. This is an appeal from a judgment for the landlords after a\n"
        + "bench trial on their claim for possession and holdover damages under the lease.\n\n"
        + brief("ARGUMENT", "CONCLUSION")
    )
    got = [(heading, level) for _, heading, level in outline(text, Role.OPPOSITION)]
    assert ("Nature of the case.", 1) in got


def test_a_known_run_in_is_a_known_title_of_two_words_or_more() -> None:
    assert known_run_in("Nature of the case. This is an appeal") == (19, 20)
    assert known_run_in("Facts. The tenant paid rent") is None
    assert known_run_in("Nature of the lease. This is an appeal") is None
    assert known_run_in("Nature of the case. this is an appeal") is None
