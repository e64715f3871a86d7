"""Layouts of pairs50 and pairs51 read through plain text (segfix41), each rule both ways."""

from __future__ import annotations

from lawdiff.segment.regions import ends_caption
from tests.textfilings import BODY, outline


def _petition(mark: str, address: str) -> str:
    """A South Asian petition: the parties' marks set off by dots ("...Petitioner",
    "...Respondents"), a title in capitals naming the impugned order, the address to the
    court, then sections in capitals over paragraphs "1. That ..."."""
    return (
        "IN THE SUPREME COURT OF ATLANTIS\n(Appellate Jurisdiction)\n\n"
        "Civil Petition No. 12 of 2026\n\nJohn Smith son of Adam Smith, resident of Town.\n"
        f"...Petitioner\n\nVersus\n\n1. Jane Roe, resident of City.\n{mark}\n\n"
        "PETITION FOR LEAVE TO APPEAL AGAINST THE JUDGMENT DATED 14.09.2026\n\n"
        f"{address}\n\nSTATEMENT OF FACTS\n\n1. That {BODY}\n\n2. That {BODY}\n\n"
        f"MATTERS IN ISSUE\n\n3. That {BODY}\n\nGROUNDS\n\nA. That {BODY}\n\nB. That {BODY}\n\n"
        f"PRAYER\n\n{BODY}\n"
    )


def test_a_petition_s_sections_under_dotted_party_marks_and_its_address_are_read() -> None:
    got = [title for _, title, _ in outline(_petition("...Respondents", "Respectfully Sheweth:"))]
    assert got[:3] == ["STATEMENT OF FACTS", "MATTERS IN ISSUE", "GROUNDS"]


def test_dotted_marks_and_the_address_close_a_caption_a_sentence_does_not() -> None:
    assert ends_caption("...Respondents")
    assert ends_caption("\u2026Respondent")
    assert ends_caption("Most Respectfully Sheweth:")
    assert not ends_caption("...and the respondents were heard on the application.")
    assert not ends_caption("Respectfully, the petitioner shows that the order was wrong.")


def _statement(defending: str, dated: str) -> str:
    """A Commonwealth statement of case: the parties' capacities at each level joined by
    slashes in the caption's right column, sections in capitals, then the dated signature
    and the service lines in capitals."""
    return (
        "IN THE SUPREME COURT OF ATLANTIS\n\nCIVIL APPEAL NO. J4/1/2026\n\nBETWEEN:\n\n"
        "JOHN SMITH                              PLAINTIFF/RESPONDENT/APPELLANT\n\nAND\n\n"
        f"JANE ROE                                {defending}\n\n"
        f"STATEMENT OF CASE OF THE APPELLANT\n\nINTRODUCTION\n\n{BODY}\n\n"
        f"ARGUMENT\n\n{BODY}\n\nCONCLUSION\n\n{BODY}\n\n{dated}\n\n"
        "..........................\nJOHN DOE, ESQ.\nCOUNSEL FOR THE APPELLANT\n\n"
        "THE REGISTRAR\nSUPREME COURT\nACCRA\n\n"
        "AND FOR SERVICE ON THE RESPONDENT OR HER COUNSEL, JANE DOE, ESQ., ACCRA.\n"
    )


def test_a_slashed_defending_mark_and_a_capital_dated_line_end_the_body() -> None:
    text = _statement("DEFENDANT/APPELLANT/RESPONDENT", "DATED AT ACCRA THIS 4TH DAY OF MAY, 2026.")
    got = [title for _, title, _ in outline(text)]
    assert got == ["INTRODUCTION", "ARGUMENT", "CONCLUSION"]


def test_ordered_respondents_close_the_caption() -> None:
    assert ends_caption("KGATLENG LAND BOARD                      First Respondent")
    assert ends_caption("JANE ROE                         DEFENDANT/APPELLANT/RESPONDENT")
    assert not ends_caption("JOHN SMITH                       PLAINTIFF/RESPONDENT/APPELLANT")
