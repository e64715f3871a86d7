"""Roles of the orders14 and pairs14 court styles, from fictional heads written for the test:
a Ninth Circuit memorandum disposition (its title "MEMORANDUM*" in the caption's right
column), a Texas court of appeals' MEMORANDUM OPINION, a Southern District of Indiana ENTRY, an
arbitration claimant's pre-hearing brief and a brief pasted from an online research service —
each beside the look-alike that keeps its other role."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Page, Role
from lawdiff.core.text import lines_of
from lawdiff.ingest import infer_meta


def pages(*lines: str) -> list[Page]:
    """One page of the given lines, a body paragraph after them."""
    text = "\n".join([*lines, "", "The parties' dispute concerns unpaid wages and fees.", ""])
    return [Page(1, text, lines_of(text))]


def district(*title_lines: str) -> list[Page]:
    """A district court caption above ``title_lines``."""
    return pages(
        "UNITED STATES DISTRICT COURT",
        "SOUTHERN DISTRICT OF INDIANA",
        "",
        "ALDER FINCH,\tPlaintiff,",
        "v.\t\tNo. 1:25-cv-00123",
        "BRAMBLE MUTUAL CO.,\tDefendant.",
        "",
        *title_lines,
    )


NINTH = (
    "                              NOT FOR PUBLICATION                        FILED",
    "                     UNITED STATES COURT OF APPEALS",
    "                           FOR THE NINTH CIRCUIT",
    "",
    "ALDER FINCH,                                     No. 26-1000",
    "                Plaintiff-Appellant,",
    "  v.",
    "                                                 {title}",
    "BRAMBLE FREIGHT, INC.,",
    "                Defendant-Appellee.",
)


def test_a_ninth_circuit_memorandum_disposition_is_an_order() -> None:
    meta = infer_meta(pages(*(line.format(title="MEMORANDUM*") for line in NINTH)), "x.txt")
    assert meta.role is Role.ORDER
    assert meta.title == "MEMORANDUM*"


def test_a_memorandum_without_its_star_names_no_role() -> None:
    meta = infer_meta(pages(*(line.format(title="MEMORANDUM") for line in NINTH)), "x.txt")
    assert meta.role is not Role.ORDER


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("MEMORANDUM OPINION", Role.ORDER),
        ("MEMORANDUM OPINION AND ORDER", Role.ORDER),
        # a brief citing an opinion is no opinion
        ("MEMORANDUM IN SUPPORT OF MOTION FOR REHEARING OF THE MEMORANDUM OPINION", Role.MOTION),
    ],
)
def test_a_texas_memorandum_opinion_is_an_order(title: str, role: Role) -> None:
    head = pages(
        "                                     In The",
        "                         Fourteenth Court of Appeals",
        "                             NO. 14-25-00612-CV",
        "                        PECAN HOLLOW LLC, Appellant",
        "                                       V.",
        "                  WESTHEIMER PARTNERS, LTD., Appellee",
        "",
        f"                              {title}",
    )
    assert infer_meta(head, "x.txt").role is role


@pytest.mark.parametrize(
    "title",
    [
        "ENTRY ON DEFENDANT'S MOTION FOR RELIEF FROM JUDGMENT",
        "ENTRY GRANTING PLAINTIFF'S MOTION TO REMAND",
    ],
)
def test_an_entry_on_a_motion_is_the_courts_order(title: str) -> None:
    meta = infer_meta(district(title), "x.txt")
    assert meta.role is Role.ORDER, meta.evidence


@pytest.mark.parametrize(
    "title",
    [
        "PLAINTIFF'S MOTION FOR ENTRY OF JUDGMENT",
        "ENTRY OF APPEARANCE AND MOTION FOR LEAVE TO APPEAR",
    ],
)
def test_a_motion_for_entry_stays_a_motion(title: str) -> None:
    assert infer_meta(district(title), "x.txt").role is Role.MOTION


ARBITRATION = (
    "AMERICAN ARBITRATION ASSOCIATION",
    "",
    "AAA Case No. 01-25-0000-0001",
    "",
    "ALDER FINCH,",
    "Claimant,",
    "v.",
    "BRAMBLE SOFTWARE, INC.,",
    "Respondent.",
    "",
)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("CLAIMANT'S PRE-HEARING BRIEF", Role.MOTION),
        ("CLAIMANT'S OPENING BRIEF", Role.MOTION),
        (
            "RESPONDENT'S PRE-HEARING BRIEF IN RESPONSE TO CLAIMANT'S PRE-HEARING BRIEF",
            Role.OPPOSITION,
        ),
        ("CLAIMANT'S REPLY BRIEF", Role.REPLY),
    ],
)
def test_an_arbitration_claimants_brief_moves(title: str, role: Role) -> None:
    assert infer_meta(pages(*ARBITRATION, title), "x.txt").role is role


def research_paste(
    title: str, first: str = "2025 WL 4418832 (N.D.Ill.) (Trial Motion)"
) -> list[Page]:
    """A brief as an online research service prints it: citation line, court, parties in
    mixed case, docket, date, then ``title``."""
    return pages(
        first,
        "United States District Court, N.D. Illinois, Eastern Division.",
        "",
        "Alder FINCH, Plaintiff,",
        "v.",
        "BRAMBLE COLD CHAIN, LLC, Defendant.",
        "",
        "No. 1:25-cv-03310.",
        "September 22, 2025.",
        "",
        title,
        "",
        "Kit Lund, Lund LLP, Chicago, Illinois, Counsel for Defendant.",
    )


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Defendant's Memorandum of Law in Support of Its Motion to Dismiss", Role.MOTION),
        ("Plaintiff's Response in Opposition to Defendant's Motion to Dismiss", Role.OPPOSITION),
    ],
)
def test_a_research_service_paste_has_its_title_read(title: str, role: Role) -> None:
    meta = infer_meta(research_paste(title), "x.txt")
    assert (meta.title, meta.role) == (title, role)


def test_a_text_without_the_service_citation_line_has_no_title_after_its_date() -> None:
    title = "Defendant's Memorandum of Law in Support of Its Motion to Dismiss"
    meta = infer_meta(research_paste(title, first="Filed electronically"), "x.txt")
    assert meta.title == ""
