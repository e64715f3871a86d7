"""A body line that holds a case citation ("Casey v. City of …, 509 F.3d 1278") is the text
under a heading: never the heading's wrapped title, never an outline item "v." (fictional
briefs in hard-wrapped plain text)."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing


def segments(text: str) -> list[tuple[str, str, str]]:
    page = Page(1, text, lines_of(text))
    meta = FilingMeta(role=Role.MOTION)
    result = segment_filing(Filing("x.txt", "0" * 64, "text", (page,), meta))
    return [(s.kind.value, s.label, s.heading or s.text) for s in result.segments]


def headings(text: str) -> list[tuple[str, str]]:
    return [(label, title) for kind, label, title in segments(text) if kind == "heading"]


def arbitration_brief(gap: str, body: str) -> str:
    return (
        "ARGUMENT\n\n"
        "I. A BINDING AGREEMENT TO ARBITRATE WAS FORMED\n\n"
        f"A. The Customer Accepted the Online Terms\n{gap}"
        f"{body}\n"
        "assent when the notice is conspicuous and the user clicks to go on.\n\n"
        f"B. The Arbitration Clause Reaches Every Claim\n{gap}"
        "The clause covers all disputes that arise out of the dealings of the parties.\n"
    )


EXPECTED_ARBITRATION = [
    ("ARGUMENT", "ARGUMENT"),
    ("I", "A BINDING AGREEMENT TO ARBITRATE WAS FORMED"),
    ("I.A", "The Customer Accepted the Online Terms"),
    ("I.B", "The Arbitration Clause Reaches Every Claim"),
]


def test_case_name_line_after_blank_is_not_the_heading_wrapped() -> None:
    body = "Pellam v. Northgate Lending Group, LLC, 41 F.4th 702 (9th Cir. 2023), finds"
    text = arbitration_brief("\n", body)
    assert headings(text) == EXPECTED_ARBITRATION
    texts = [title for kind, _, title in segments(text) if kind == "paragraph"]
    assert texts[0].startswith("Pellam v. Northgate Lending Group, LLC, 41 F.4th 702")


def test_case_name_line_right_under_the_heading_is_not_the_heading_wrapped() -> None:
    body = "Under Pellam v. Northgate Lending Group, LLC, 41 F.4th 702 (9th Cir. 2023), a"
    assert headings(arbitration_brief("", body)) == EXPECTED_ARBITRATION


def test_title_case_heading_still_wraps_over_a_case_name_without_a_citation() -> None:
    text = (
        "ARGUMENT\n\n"
        "I. THE DISMISSAL SHOULD STAND\n\n"
        "A. The Decision the Plaintiff Relies On, Harlow Shipping v.\n"
        "Teague, Does Not Govern a Claim of This Kind\n\n"
        "That case turned on a statute that has since been repealed by the legislature.\n"
    )
    assert headings(text)[-1] == (
        "I.A",
        "The Decision the Plaintiff Relies On, Harlow Shipping v. Teague, Does Not Govern a "
        "Claim of This Kind",
    )


def roman_items_brief(name_end: str) -> str:
    items = "".join(
        f"{numeral}. The {word} Reason\n\nThe {word} reason is set out in full here.\n\n"
        for numeral, word in (("i", "First"), ("ii", "Second"), ("iii", "Third"))
    )
    return (
        "ARGUMENT\n\n"
        "I. THE OFFICERS HAD PROBABLE CAUSE\n\n"
        "A. The Officers Knew the Facts\n\n"
        f"{items}"
        "iv. The Fourth Reason\n\n"
        "The officers acted with care. The same result was reached for the guard in Tallis\n"
        f"Security {name_end}\n"
        "v. Redcliff Harbor Casino Corp., 88 F.3d 12 (9th Cir. 1996).\n\n"
        "B. The Claim Is Barred\n\n"
        "Nothing in the record suggests otherwise.\n"
    )


def test_wrapped_case_name_starting_v_is_no_roman_item() -> None:
    for name_end in ("Co.", "Inc."):
        found = headings(roman_items_brief(name_end))
        labels = [label for label, _ in found]
        assert labels == ["ARGUMENT", "I", "I.A", "I.A.i", "I.A.ii", "I.A.iii", "I.A.iv", "I.B"]
        paragraphs = [
            t for kind, _, t in segments(roman_items_brief(name_end)) if kind == "paragraph"
        ]
        assert any("v. Redcliff Harbor Casino Corp., 88 F.3d 12" in t for t in paragraphs)


def test_lower_roman_item_v_is_still_a_heading() -> None:
    text = roman_items_brief("Co.").replace(
        "B. The Claim Is Barred", "v. The Fifth Reason\n\nIt is shorter.\n\nB. The Claim Is Barred"
    )
    assert ("I.A.v", "The Fifth Reason") in headings(text)


def test_case_name_wrapped_before_its_reporter_is_not_the_heading_wrapped() -> None:
    body = "Under Pellam v. Northgate Lending Group, LLC,\n41 F.4th 702 (9th Cir. 2023), a user"
    assert headings(arbitration_brief("\n", body)) == EXPECTED_ARBITRATION


def test_wrapped_v_line_with_its_reporter_on_the_next_line_is_no_roman_item() -> None:
    text = roman_items_brief("Co.").replace("Casino Corp., 88 F.3d", "Casino Corp.,\n88 F.3d")
    labels = [label for label, _ in headings(text)]
    assert labels == ["ARGUMENT", "I", "I.A", "I.A.i", "I.A.ii", "I.A.iii", "I.A.iv", "I.B"]


def test_roman_item_v_followed_by_a_cited_case_is_still_a_heading() -> None:
    text = roman_items_brief("Co.").replace(
        "B. The Claim Is Barred",
        "v. The Fifth Reason\n"
        "The court in Ostrander v. Pell, 12 F.3d 4 (1st Cir. 1990), held the same.\n\n"
        "B. The Claim Is Barred",
    )
    assert ("I.A.v", "The Fifth Reason") in headings(text)
