"""Captions of the filings in ../shared/corpus/more (off the template), one row per layout.

The expected values are labels written by hand from each file's caption and ECF stamp (role,
kind of motion, docket, court, filing side, the first words of the title and of each party's
name); no text of the filings beyond those short labels is copied here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from lawdiff.core.model import Filing, Role

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


class Caption(NamedTuple):
    path: str
    layout: str  # what makes the caption hard
    role: Role
    motion_kind: str
    docket: str
    court: str
    side: str  # how the filing party starts
    title: str  # how the title starts
    parties: tuple[str, ...]  # how the first two party names start (() for "In re" captions)


CASES = (
    Caption(
        "more/gov.uscourts.cacd.646349.637.0_1.pdf",
        "title split over two columns, long attorney block",
        Role.OPPOSITION,
        "other",
        "2:16-cv-02859-CAS-GJS",
        "C.D. Cal.",
        "Defendants",
        "DEFENDANTS’ OPPOSITION TO MACOM’S MOTION",
        ("MACOM TECHNOLOGY SOLUTIONS HOLDINGS", "INFINEON TECHNOLOGIES AG"),
    ),
    Caption(
        "more/gov.uscourts.cacd.750548.175.0.pdf",
        "relator, not plaintiff or defendant; REDACTED banner above the title",
        Role.OPPOSITION,
        "other",
        "2:19-cv-05397-FLA-JPR",
        "C.D. Cal.",
        "Relator",
        "RELATOR’S OPPOSITION TO REQUEST FOR EXTRADITION",
        ("UNITED STATES OF AMERICA", "CHRISTOPHER PHILIP AHN"),
    ),
    Caption(
        "more/gov.uscourts.caed.277392.209.0.pdf",
        "court order, title ORDER alone",
        Role.ORDER,
        "other",
        "2:15-cv-00208-TLN-KJN",
        "E.D. Cal.",
        "Court",
        "ORDER",
        ("RICHARD JOSEPH CRANE", "RODRIGUEZ"),
    ),
    Caption(
        "more/gov.uscourts.cand.300924.163.0.pdf",
        "CLASS ACTION line above a mixed-case title; notice and memorandum bundled",
        Role.MOTION,
        "class-certification",
        "3:16-cv-03938-RS",
        "N.D. Cal.",
        "Plaintiff",
        "PLAINTIFFS’ MOTION FOR CLASS CERTIFICATION",
        ("ROBERT CRAGO", "CHARLES SCHWAB"),
    ),
    Caption(
        "more/gov.uscourts.cand.303681.2479.0.pdf",
        "MDL ')'-ruled caption; opposes and cross-moves at once",
        Role.OPPOSITION,
        "summary-judgment",
        "3:16-md-02741-VC",
        "N.D. Cal.",
        "Plaintiff",
        "PLAINTIFFS’",
        (),
    ),
    Caption(
        "more/gov.uscourts.cand.306678.551.1.pdf",
        "court order on Daubert motions",
        Role.ORDER,
        "other",
        "5:17-cv-00072-BLF",
        "N.D. Cal.",
        "Court",
        "ORDER ON DAUBERT MOTIONS",
        ("FINJAN, INC.", "CISCO SYSTEMS"),
    ),
    Caption(
        "more/gov.uscourts.cand.313162.93.0.pdf",
        "many defendants over several lines",
        Role.MOTION,
        "summary-judgment",
        "5:17-cv-03504-EJD",
        "N.D. Cal.",
        "Defendant",
        "DEFENDANTS NOTICE OF MOTION AND MOTION FOR SUMMARY JUDGMENT",
        ("MELANIE G. SAN PEDRO-SALCEDO", "THE HÄAGEN-DAZS SHOPPE COMPANY"),
    ),
    Caption(
        "more/gov.uscourts.cand.321533.146.3.pdf",
        "several case numbers; REDACTED banner",
        Role.REPLY,
        "dismiss",
        "3:18-cv-00360-WHA",
        "N.D. Cal.",
        "Defendant",
        "DEFENDANT APPLE INC.’S REPLY",
        ("UNILOC USA, INC.", "APPLE INC."),
    ),
    Caption(
        "more/gov.uscourts.cand.330639.212.0.pdf",
        "')'-ruled caption; the title runs over the rule",
        Role.OPPOSITION,
        "other",
        "3:18-cv-04954-CRB",
        "N.D. Cal.",
        "Plaintiff",
        "PLAINTIFF’S MEMORANDUM OF POINTS AND AUTHORITIES IN OPPOSITION",
        ("ELIZABETH A. BALLY", "STATE FARM LIFE INSURANCE"),
    ),
    Caption(
        "more/gov.uscourts.cand.340837.165.0.pdf",
        "'In re' caption ruled with ')'",
        Role.MOTION,
        "class-certification",
        "4:19-cv-02033-YGR",
        "N.D. Cal.",
        "Plaintiff",
        "LEAD PLAINTIFF’S NOTICE OF MOTION",
        (),
    ),
    Caption(
        "more/test4.pdf",
        "application (not 'motion') for default judgment; third-party caption below",
        Role.MOTION,
        "other",
        "2:18-cv-09321-MWF-JDE",
        "C.D. Cal.",
        "Defendants",
        "NOTICE AND APPLICATION FOR DEFAULT JUDGMENT",
        ("NEHEMIAH KONG", "BRENDA SUE GETTY"),
    ),
)


@pytest.fixture(scope="module")
def filings(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing]
) -> Callable[[str], Filing]:
    if not (corpus_dir / "more").is_dir():
        pytest.skip("corpus/more is absent")
    return lambda rel: load_corpus_filing(corpus_dir / rel)


def test_every_file_of_more_is_listed(corpus_dir: Path) -> None:
    on_disk = {f"more/{p.name}" for p in (corpus_dir / "more").glob("*.pdf")}
    assert on_disk == {case.path for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[Path(c.path).stem for c in CASES])
def test_caption(filings: Callable[[str], Filing], case: Caption) -> None:
    meta = filings(case.path).meta
    assert (meta.role, meta.motion_kind) == (case.role, case.motion_kind), meta.evidence
    assert meta.docket == case.docket
    assert meta.court == case.court
    assert meta.party.startswith(case.side), (meta.party, meta.evidence)
    assert meta.title.startswith(case.title), meta.title
    assert len(meta.parties) >= len(case.parties), meta.parties
    for got, want in zip(meta.parties, case.parties, strict=False):
        assert got.startswith(want), meta.parties
    assert meta.evidence
