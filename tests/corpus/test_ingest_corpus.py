"""Import of every real filing in ../shared/corpus: cleaned text, captions, scans.

The expected values below are labels written by hand from each file's caption (role, kind
of motion, docket, court, filing side); no text of the filings is copied here.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pdfplumber
import pytest

from lawdiff.core.model import Filing, Role
from lawdiff.core.text import DocumentText
from lawdiff.ingest import load_filing
from lawdiff.ingest.pdf_ocr import tesseract_available

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


class Expected(NamedTuple):
    path: str
    role: Role
    motion_kind: str
    docket: str
    court: str
    side: str  # how the filing party starts
    pleading: bool = True  # line numbers 1-28 down the left margin


CASES = (
    Expected(
        "abante-rooter-v-total-merchant/dkt75_pl_motion_class_cert.pdf",
        Role.MOTION,
        "class-certification",
        "3:19-cv-05711-EMC",
        "N.D. Cal.",
        "Plaintiff",
    ),
    Expected(
        "abante-rooter-v-total-merchant/dkt79-3_pl_reply_ISO_class_cert.pdf",
        Role.REPLY,
        "class-certification",
        "3:19-cv-05711-EMC",
        "N.D. Cal.",
        "Plaintiff",
    ),
    Expected(
        "finjan-v-cisco/dkt562_finjan_opp_to_cisco_MIL3.pdf",
        Role.OPPOSITION,
        "in-limine",
        "5:17-cv-00072-BLF",
        "N.D. Cal.",
        "Plaintiff",
    ),
    Expected(
        "finjan-v-cisco/dkt660_order_on_motions_in_limine.pdf",
        Role.ORDER,
        "in-limine",
        "5:17-cv-00072-BLF",
        "N.D. Cal.",
        "Court",
    ),
    Expected(
        "harvey-v-cnn/dkt37-1_amended_complaint.pdf",
        Role.COMPLAINT,
        "",
        "1:20-cv-03068-RDB",
        "D. Md.",
        "Plaintiff",
        pleading=False,
    ),
    Expected(
        "marshall-v-northrop-grumman/dkt167-1_defs_MIL_memo.pdf",
        Role.MOTION,
        "in-limine",
        "2:16-cv-06794-AB-JC",
        "C.D. Cal.",
        "Defendant",
    ),
    Expected(
        "marshall-v-northrop-grumman/dkt168-1_defs_MPSJ_memo.pdf",
        Role.MOTION,
        "summary-judgment",
        "2:16-cv-06794-AB-JC",
        "C.D. Cal.",
        "Defendant",
    ),
    Expected(
        "marshall-v-northrop-grumman/dkt198-1_defs_reply_ISO_MPSJ.pdf",
        Role.REPLY,
        "summary-judgment",
        "2:16-cv-06794-AB-JC",
        "C.D. Cal.",
        "Defendant",
    ),
    Expected(
        "marshall-v-northrop-grumman/dkt202_pls_opp_to_MIL.pdf",
        Role.OPPOSITION,
        "in-limine",
        "2:16-cv-06794-AB-JC",
        "C.D. Cal.",
        "Plaintiff",
    ),
    Expected(
        "monterey-bay-military-housing-v-pinnacle/dkt220_second_amended_complaint.pdf",
        Role.COMPLAINT,
        "",
        "5:17-cv-04992-BLF",
        "N.D. Cal.",
        "Plaintiff",
    ),
    Expected(
        "nantworks-v-bank-of-america/dkt50_boa_partial_MTD_FAC.pdf",
        Role.MOTION,
        "dismiss",
        "2:20-cv-07872-GW-PVC",
        "C.D. Cal.",
        "Defendant",
    ),
    Expected(
        "stockinger-v-toyota/dkt143-2_pls_opp_to_MSJ.pdf",
        Role.OPPOSITION,
        "summary-judgment",
        "2:17-cv-00035-VAP-KS",
        "C.D. Cal.",
        "Plaintiff",
    ),
    Expected(
        "thrive-v-level/dkt62_level_reply_ISO_motion_to_transfer.pdf",
        Role.REPLY,
        "transfer",
        "2:21-cv-02022-DOC-KES",
        "C.D. Cal.",
        "Defendant",
    ),
    # The file name says "motion to strike", but the caption's title is a reply in support
    # of a motion to compel discovery: not one of our motion kinds.
    Expected(
        "whatsapp-v-nso/dkt144_pls_reply_ISO_motion_to_strike.pdf",
        Role.REPLY,
        "other",
        "4:19-cv-07123-PJH",
        "N.D. Cal.",
        "Plaintiff",
    ),
)
IDS = [Path(case.path).stem for case in CASES]

STAMP = re.compile(r"Case\s+\S+\s+Document\s+\S+\s+Filed|Filed\s+\S+\s+Page\s+\d+\s+of\s+\d+")
BARE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")
WORD = re.compile(r"[A-Za-z]{4,}")


class Filings(dict[str, Filing]):
    """Corpus filings imported on first use, then kept for the session (OCR included)."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def __missing__(self, key: str) -> Filing:
        self[key] = load_filing(self.folder / key)
        return self[key]


@pytest.fixture(scope="session")
def filings(corpus_dir: Path) -> Filings:
    return Filings(corpus_dir)


def test_every_corpus_pdf_is_listed(corpus_dir: Path) -> None:
    # more/ (the README's second table) is listed in test_caption_more.py
    on_disk = {
        str(p.relative_to(corpus_dir))
        for p in corpus_dir.glob("*/*.pdf")
        if p.parent.name != "more"
    }
    assert on_disk == {case.path for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_caption_metadata(filings: dict[str, Filing], case: Expected) -> None:
    meta = filings[case.path].meta
    assert (meta.role, meta.motion_kind) == (case.role, case.motion_kind), meta.evidence
    assert meta.docket == case.docket
    assert meta.court == case.court
    assert meta.party.startswith(case.side), meta.party
    assert meta.evidence
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.filed)
    assert meta.ecf_number


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_pages_carry_no_stamp_numbers_or_footers(
    filings: dict[str, Filing], case: Expected
) -> None:
    filing = filings[case.path]
    edges: Counter[str] = Counter()
    for page in filing.pages:
        assert not STAMP.search(page.text), f"page {page.number} keeps the ECF stamp"
        rows = page.text.split("\n")
        runs = [all(BARE_NUMBER.match(r) for r in rows[i : i + 3]) for i in range(len(rows) - 2)]
        assert not any(runs), f"page {page.number} keeps a run of bare line numbers"
        edges.update({re.sub(r"\d+", "#", r) for r in rows[:2] + rows[-2:] if r.strip()})
    repeated = [line for line, count in edges.items() if count >= 0.6 * len(filing.pages)]
    assert not repeated, f"repeating header/footer lines survive: {repeated}"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_offsets_and_line_numbers(filings: dict[str, Filing], case: Expected) -> None:
    filing = filings[case.path]
    document = DocumentText(filing.pages)
    assert len(document) > 1000
    for page in filing.pages:
        assert page.text == "\n".join(page.text[ln.start : ln.end] for ln in page.lines)
        body = [ln.number for ln in page.lines if not ln.footnote]
        if case.pleading and body and not page.ocr:
            assert all(1 <= n <= 28 for n in body), f"page {page.number}"
            assert body == sorted(body), f"page {page.number} line numbers go backwards"


def _words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_body_words_survive(corpus_dir: Path, filings: dict[str, Filing], case: Expected) -> None:
    """Spot check against raw pdfplumber text: nothing invented, body words kept."""
    filing = filings[case.path]
    with pdfplumber.open(corpus_dir / case.path) as pdf:
        for index in sorted({0, len(pdf.pages) // 2, len(pdf.pages) - 1}):
            page = filing.pages[index]
            if page.ocr:
                continue
            raw_page = pdf.pages[index]
            upright = [w for w in raw_page.extract_words() if w["upright"]]
            low, high = raw_page.height * 0.15, raw_page.height * 0.85
            raw = _words(" ".join(w["text"] for w in upright))
            body = _words(" ".join(w["text"] for w in upright if low < w["top"] < high))
            clean = _words(page.text)
            assert not clean - raw, f"page {page.number}: words not in the PDF"
            kept = sum((body & clean).values())
            assert kept >= 0.97 * sum(body.values()), f"page {page.number} lost body words"


def test_stockinger_doubled_numbers_and_seal_stamp(filings: dict[str, Filing]) -> None:
    filing = filings["stockinger-v-toyota/dkt143-2_pls_opp_to_MSJ.pdf"]
    for number in (3, 5, 9):  # pages whose margin numbers come out overprinted
        page = filing.pages[number - 1]
        assert not re.search(r"\b(?:11 22 33|1100|2828)\b", page.text)
        assert len(page.lines) >= 20
        assert {ln.number for ln in page.lines} <= set(range(1, 29))
    assert not any("UNDER SEAL" in page.text[:200] for page in filing.pages[1:])


def test_finjan_scanned_pages(filings: dict[str, Filing]) -> None:
    filing = filings["finjan-v-cisco/dkt562_finjan_opp_to_cisco_MIL3.pdf"]
    assert [p.number for p in filing.pages if p.image_only] == [2, 3, 5, 6]
    assert any("2, 3, 5 and 6" in w for w in filing.warnings)
    if not tesseract_available():
        pytest.skip("Tesseract is not installed: OCR text cannot be checked")
    for number in (2, 3, 5, 6):
        page = filing.pages[number - 1]
        assert page.ocr
        assert sum(_words(page.text).values()) >= 150, f"page {number}"


def test_harvey_has_no_pleading_numbers(filings: dict[str, Filing]) -> None:
    filing = filings["harvey-v-cnn/dkt37-1_amended_complaint.pdf"]
    for page in filing.pages[:5]:
        assert [ln.number for ln in page.lines] == list(range(1, len(page.lines) + 1))


def test_news_text_file(corpus_dir: Path) -> None:
    filing = load_filing(corpus_dir / "news" / "parler-aws-response-id.txt")
    assert filing.kind == "text"
    assert filing.encoding in {"utf-8", "utf-8-sig"}
    assert sum(_words(filing.pages[0].text).values()) > 100


@pytest.mark.parametrize(
    ("key", "parties"),
    [
        ("harvey-v-cnn/dkt37-1_amended_complaint.pdf", ("HARVEY", "CABLE NEWS NETWORK")),
        ("marshall-v-northrop-grumman/dkt167-1_defs_MIL_memo.pdf", ("MARSHALL", "NORTHROP")),
        # "Defendants. Courtroom 7B" — the mark with the right column run on after it.
        ("marshall-v-northrop-grumman/dkt202_pls_opp_to_MIL.pdf", ("MARSHALL", "NORTHROP")),
    ],
)
def test_caption_parties(filings: dict[str, Filing], key: str, parties: tuple[str, str]) -> None:
    """Party names come from the caption's party column, not the address or title beside it."""
    found = filings[key].meta.parties
    assert len(found) == 2, found
    for name, expected in zip(found, parties, strict=True):
        assert expected in name.upper()
