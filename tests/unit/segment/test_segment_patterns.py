"""Tables of line patterns: what starts a paragraph, a heading or a count."""

from __future__ import annotations

import pytest

from lawdiff.segment import patterns


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("12. Plaintiffs allege that the market is small.", "12"),
        ("18 251. Plaintiffs reallege the foregoing paragraphs.", "251"),
        ("   7.   Defendant is a corporation.", "7"),
        ("3.“Widget” means a device.", "3"),
        ("18 U.S.C. § 1962 prohibits racketeering.", None),
        ("2015. The parties met again.", "2015"),
        ("In 2015. the parties met.", None),
        ("12 months passed.", None),
    ],
)
def test_paragraph_start(line: str, number: str | None) -> None:
    match = patterns.PARAGRAPH_START.match(line)
    assert (match.group("num") if match else None) == number


@pytest.mark.parametrize(
    ("line", "enum", "title"),
    [
        ("I. THE MOTION SHOULD BE DENIED", "I.", "THE MOTION SHOULD BE DENIED"),
        ("A. The Claim Fails.", "A.", "The Claim Fails."),
        ("2. Irreparable harm", "2.", "Irreparable harm"),
        ("(i) Notice was given.", "(i)", "Notice was given."),
        ("iv. Balance of equities", "iv.", "Balance of equities"),
        ("a. “Serious questions” suffice", "a.", "“Serious questions” suffice"),
        ("12 B. Wrapped behind a margin number", "B.", "Wrapped behind a margin number"),
        ("A. that is lower case", None, None),
        ("Id. at 4.", None, None),
    ],
)
def test_enumerator_start(line: str, enum: str | None, title: str | None) -> None:
    match = patterns.ENUMERATOR_START.match(line)
    got = (match.group("enum"), match.group("title")) if match else (None, None)
    assert got == (enum, title)


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        (
            "COUNT I – Violation of Section 1 of the Sherman Act",
            "COUNT I",
            "Violation of Section 1 of the Sherman Act",
        ),
        ("Count 2: Breach of Contract", "Count 2", "Breach of Contract"),
        ("COUNT ONE", "COUNT ONE", ""),
        ("FIRST CAUSE OF ACTION", "FIRST CAUSE OF ACTION", ""),
        (
            "Second Claim for Relief (Unjust Enrichment)",
            "Second Claim for Relief",
            "(Unjust Enrichment)",
        ),
        ("Count I alleges a conspiracy.", None, None),
        ("Claim that the contract was breached.", None, None),
    ],
)
def test_count_heading(line: str, label: str | None, title: str | None) -> None:
    match = patterns.COUNT_NUMBERED.match(line) or patterns.COUNT_ORDINAL.match(line)
    got = (match.group("label"), match.group("title")) if match else (None, None)
    assert got == (label, title)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("The motion should be denied.", True),
        ("as the court held in Smith.1", True),
        ("the “reasonable person.”", True),
        ("The parties agree:", True),
        ("and the contract was", False),
        ("see 18 U.S.C. § 1961", False),
    ],
)
def test_terminal(line: str, ends: bool) -> None:
    assert bool(patterns.TERMINAL.search(line)) is ends


@pytest.mark.parametrize(
    ("line", "has_leader"),
    [
        ("ARGUMENT .................................. 4", True),
        ("C. The costs were inflated. ..68", True),
        ("Smith v. Jones, 1 F.3d 2 (9th Cir. 1999) ………… 3, 7", True),
        ("The court so held. See id.", False),
    ],
)
def test_leader(line: str, has_leader: bool) -> None:
    assert bool(patterns.LEADER_DOTS.search(line)) is has_leader


@pytest.mark.parametrize(
    ("line", "salutation"),
    [
        ("TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:", True),
        ("TO: ALL PARTIES AND THEIR COUNSEL OF RECORD", True),
        ("TO THE HONORABLE COURT:", True),
        ("TOBACCO USE WAS DISCLOSED", False),
    ],
)
def test_salutation(line: str, salutation: bool) -> None:
    assert bool(patterns.SALUTATION.match(line)) is salutation


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Acme Is Likely to Succeed. Acme will prevail.", "Acme Is Likely to Succeed."),
        ("Mr. Roe Took the File. He uploaded it.", "Mr. Roe Took the File."),
        ("Laches Bars Kestrel's Claims? It does not.", "Laches Bars Kestrel's Claims?"),
        ("The agreement let Globex end the service. Acme agreed.", None),
        ("Id. at 4. The upload is not disputed.", None),
        ("See Smith v. Jones, 1 U.S. 1 (1990). The Court held so.", None),
        ("Quillmark Is Likely to Succeed on the Merits.", None),  # nothing runs on after it
    ],
)
def test_run_in_title(text: str, split: str | None) -> None:
    from lawdiff.segment.sentences import run_in_title

    found = run_in_title(text)
    assert (text[: found[0]] if found else None) == split


@pytest.mark.parametrize(
    ("line", "cites"),
    [
        ("Casey v. City of Arden Falls, 509 F.3d 1278 (10th Cir. 2007), does not help", True),
        ("Under Pellam v. Northgate Lending, LLC, 41 F.4th 702 (9th Cir. 2023), a user", True),
        ("v. Redcliff Harbor Casino Corp., 88 F.3d 12 (9th Cir. 1996).", True),
        ("See Ostrander v. Pell, 99 F. Supp. 2d 12 (D. Mass. 2000)", True),
        ("Doe v. Roe, 2020 WL 123456, at *2", True),
        ("B. Harlow Shipping v. Teague Does Not Govern", False),
        ("v. The Fifth Reason", False),
        ("Jurisdiction Under 28 U.S.C. 1332", False),
        ("Rules v. Standards, 12 Points of Law", False),
    ],
)
def test_case_citation(line: str, cites: bool) -> None:
    assert bool(patterns.CASE_CITATION.search(line)) is cites
