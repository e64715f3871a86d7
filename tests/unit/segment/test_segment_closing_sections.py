"""Sections that are no argument, wherever they sit: a verification between a petition and
its memorandum, a certificate of interested entities before the brief, a certificate of word
count or of filing and service (with the signature block after it) at the end. Each is left
out of the body up to the next heading the body goes on with, like a certificate of service
(fictional filings)."""

from __future__ import annotations

import pytest

from lawdiff.core.model import Filing, FilingMeta, Page, Role, Segmentation
from lawdiff.core.text import lines_of
from lawdiff.segment import patterns, segment_filing

CAPTION = (
    "COURT OF APPEAL OF THE STATE OF CALIFORNIA\n"
    "FIRST APPELLATE DISTRICT\n\n"
    "ODILE FENWICK,\nPetitioner,\nv.\n"
    "SUPERIOR COURT FOR THE COUNTY OF MARIN,\nRespondent;\n"
    "TIDEWATER GRAIN CO.,\nReal Party in Interest.\n\n"
)
MEMORANDUM = (
    "MEMORANDUM OF POINTS AND AUTHORITIES\n\n"
    "I. THE ORDER DENYING THE DEPOSITION WAS AN ABUSE OF DISCRETION\n\n"
    "A party may depose an organization through the witness it names, and the notice here\n"
    "described each matter with reasonable particularity.\n\n"
    "II. THE PETITIONER HAS NO ADEQUATE REMEDY\n\n"
    "The order cannot be appealed before judgment.\n\n"
    "CONCLUSION\n\n"
    "The writ should issue.\n\n"
)


def segmented(text: str, role: Role = Role.OTHER) -> Segmentation:
    page = Page(1, text, lines_of(text))
    return segment_filing(Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=role)))


def all_text(result: Segmentation) -> str:
    return " ".join(s.heading + " " + s.text for s in result.segments)


def headings(result: Segmentation) -> list[str]:
    return [s.label for s in result.segments if s.kind.value == "heading"]


def test_a_verification_between_petition_and_memorandum_is_left_out() -> None:
    text = (
        CAPTION + "PRAYER\n\n"
        "Petitioner asks the Court to direct respondent court to vacate its order.\n\n"
        "VERIFICATION\n\n"
        "I, Odile Fenwick, declare: I am the petitioner and have read the petition. I declare\n"
        "under penalty of perjury that the foregoing is true and correct.\n\n"
        "/s/ Odile Fenwick\n\n" + MEMORANDUM
    )
    result = segmented(text)
    assert headings(result) == [
        "PRAYER",
        "MEMORANDUM OF POINTS AND AUTHORITIES",
        "I",
        "II",
        "CONCLUSION",
    ]
    assert "penalty of perjury" not in all_text(result)
    assert "VERIFICATION" not in all_text(result)


def test_a_certificate_of_interested_entities_before_the_brief_is_left_out() -> None:
    text = (
        CAPTION + "CERTIFICATE OF INTERESTED ENTITIES OR PERSONS\n\n"
        "Petitioner knows of no entity or person that must be listed under rule 8.208.\n\n"
        "INTRODUCTION\n\n"
        "The trial court refused a deposition that the statute allows.\n\n" + MEMORANDUM
    )
    result = segmented(text)
    assert headings(result)[:2] == ["INTRODUCTION", "MEMORANDUM OF POINTS AND AUTHORITIES"]
    assert "rule 8.208" not in all_text(result)


@pytest.mark.parametrize(
    "certificate",
    [
        "CERTIFICATE OF WORD COUNT\n\nCounsel certifies that this petition holds 2,140 words.",
        # a local rule's conference before the motion (S.D. Fla. L.R. 7.1(a)(3)), then the
        # signature block
        "CERTIFICATE OF GOOD FAITH CONFERENCE\n\n"
        "Under Local Rule 7.1(a)(3), counsel for petitioner conferred with counsel for the real\n"
        "party in interest by telephone, who opposes the relief sought.\n\n"
        "Dated: May 6, 2025\n\nRespectfully submitted,\n\n/s/ Renata Quillan",
        "CERTIFICATE OF FILING AND SERVICE\n\n"
        "I HEREBY CERTIFY that on May 6, 2025, the foregoing was filed through the Florida\n"
        "Courts E-Filing Portal, which served every counsel of record.\n\n"
        "QUILLAN & BOSE, P.A.\nCounsel for Petitioner\n14 Harbor Row, Suite 3\n"
        "Tampa, Florida 33602\nTelephone: (813) 555-0142\n\n"
        "By: /s/ Renata Quillan\nRenata Quillan, Esq.\nFlorida Bar No. 0246810",
    ],
)
def test_a_closing_certificate_and_its_signature_block_are_left_out(certificate: str) -> None:
    result = segmented(CAPTION + MEMORANDUM + certificate + "\n")
    assert headings(result)[-1] == "CONCLUSION"
    conclusion = result.segments[-1]
    assert conclusion.text == "The writ should issue."


def test_certificates_listed_in_the_contents_are_not_reported_missing() -> None:
    text = (
        CAPTION + "TABLE OF CONTENTS\n\n"
        "CERTIFICATE OF INTERESTED ENTITIES OR PERSONS ........................ 2\n"
        "MEMORANDUM OF POINTS AND AUTHORITIES ................................. 3\n"
        "I. THE ORDER DENYING THE DEPOSITION WAS AN ABUSE OF DISCRETION ........ 3\n"
        "II. THE PETITIONER HAS NO ADEQUATE REMEDY ............................ 4\n"
        "CONCLUSION .......................................................... 4\n"
        "VERIFICATION ........................................................ 5\n"
        "CERTIFICATE OF WORD COUNT ........................................... 5\n"
        "CERTIFICATE OF SERVICE .............................................. 6\n\n"
        + MEMORANDUM
        + "VERIFICATION\n\nI declare under penalty of perjury that the petition is true.\n\n"
        "CERTIFICATE OF WORD COUNT\n\nThis petition holds 2,140 words.\n\n"
        "CERTIFICATE OF SERVICE\n\nI served the petition on every party by e-mail.\n"
    )
    result = segmented(text)
    assert headings(result) == ["MEMORANDUM OF POINTS AND AUTHORITIES", "I", "II", "CONCLUSION"]
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("CERTIFICATE OF SERVICE", True),
        ("CERTIFICATE OF FILING AND SERVICE", True),
        ("Certificate of E-Service", True),
        ("CERTIFICATE OF WORD COUNT", True),
        ("STATEMENT OF COMPLIANCE WITH WORD LIMITATION", True),
        ("Statement of Compliance with Word Limitation", True),
        ("STATEMENT OF COMPLIANCE WITH THE CONSENT DECREE", False),
        ("CERTIFICATE OF INTERESTED ENTITIES OR PERSONS", True),
        ("CERTIFICATION AND NOTICE OF INTERESTED PARTIES", True),
        ("VERIFICATION", True),
        ("   Verification", True),
        ("verification", False),  # a wrapped paragraph's last word
        ("Verification of the invoices took a week.", False),
        ("CERTIFICATE OF ACCEPTANCE", False),
    ],
)
def test_certificate_start(line: str, starts: bool) -> None:
    assert bool(patterns.CERTIFICATE_START.match(line)) is starts
