"""The bundled sample case: committed files match the generator, and the gold data is right.

The sample is fictional (data/sample/README.md). These tests regenerate it into a temporary folder,
compare bytes, and check the PDFs the way an importer sees them: ECF header and 28 pleading line
numbers on every page, record cites pointing at the right pages.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample"
EXPECTED = REPO / "tests" / "expected" / "sample.json"
SCRIPT = REPO / "scripts" / "make_sample.py"
HEADER_RE = re.compile(
    r"Case 2:26-cv-00117-XYZ\s+Document (\d+)\s+Filed (\d\d)/(\d\d)/(\d\d)\s+Page (\d+) of (\d+)"
)


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return result


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample")
    subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--expected", str(out / "sample.json")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[tuple[str, list[dict[str, Any]]]]]:
    """Text and words of every page of every committed sample PDF."""
    pages: dict[str, list[tuple[str, list[dict[str, Any]]]]] = {}
    for path in sorted(SAMPLE.glob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            pages[path.name] = []
            for page in pdf.pages:
                pages[path.name].append((page.extract_text() or "", page.extract_words()))
                page.close()
    return pages


def _body(words: list[dict[str, Any]]) -> str:
    """Words right of the line numbers and between the ECF header and the footer rule."""
    return " ".join(w["text"] for w in words if w["x0"] > 95 and 30 < w["top"] < 700)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _segment(gold: dict[str, Any], document: str, label: str) -> dict[str, Any]:
    rows = gold["documents"][document]["segments"]
    found: list[dict[str, Any]] = [row for row in rows if row["label"] == label]
    assert found, f"{document} has no segment {label}"
    return found[0]


def test_generator_reproduces_committed_files(regenerated: Path) -> None:
    names = sorted(p.name for p in SAMPLE.glob("*.*") if p.suffix in {".pdf", ".docx"})
    assert names == sorted(p.name for p in regenerated.glob("*.*") if p.suffix != ".json")
    for name in names:
        assert (SAMPLE / name).read_bytes() == (regenerated / name).read_bytes(), name
    assert (regenerated / "sample.json").read_text(encoding="utf-8") == EXPECTED.read_text(
        encoding="utf-8"
    )


def test_expected_covers_every_sample_file(gold: dict[str, Any]) -> None:
    files = {p.name for p in SAMPLE.glob("*.*") if p.suffix in {".pdf", ".docx"}}
    assert set(gold["documents"]) == files
    roles = {row["role"] for row in gold["documents"].values()}
    assert {"complaint", "motion", "opposition"} <= roles


def test_every_page_has_ecf_header_with_right_numbers(
    gold: dict[str, Any], pdf_pages: dict[str, list[tuple[str, list[dict[str, Any]]]]]
) -> None:
    for name, pages in pdf_pages.items():
        expected = gold["documents"][name]
        assert len(pages) == expected["pages"] > 1
        year, month, day = expected["filed"].split("-")
        for number, (text, _) in enumerate(pages, start=1):
            match = HEADER_RE.search(text)
            assert match, f"{name} page {number}: no ECF header"
            assert match.groups() == (
                expected["ecf_number"],
                month,
                day,
                year[2:],
                str(number),
                str(len(pages)),
            )


def test_every_page_has_28_line_numbers_in_the_margin(
    pdf_pages: dict[str, list[tuple[str, list[dict[str, Any]]]]],
) -> None:
    for name, pages in pdf_pages.items():
        for number, (_, words) in enumerate(pages, start=1):
            margin = {w["text"] for w in words if w["x1"] < 85 and w["text"].isdigit()}
            assert margin == {str(n) for n in range(1, 29)}, f"{name} page {number}"


def test_segments_start_on_the_pages_the_gold_data_says(
    gold: dict[str, Any], pdf_pages: dict[str, list[tuple[str, list[dict[str, Any]]]]]
) -> None:
    for name, pages in pdf_pages.items():
        for row in gold["documents"][name]["segments"]:
            if row["kind"] == "footnote":
                continue
            opening = " ".join(row["starts_with"].split()[:4])
            assert opening in _flat(pages[row["page"] - 1][0]), f"{name} {row['label']}"


def test_complaint_counts_span_their_paragraphs(gold: dict[str, Any]) -> None:
    complaint = gold["documents"]["01_complaint.pdf"]
    paragraphs = [r for r in complaint["segments"] if r["kind"] == "paragraph"]
    assert [r["label"] for r in paragraphs] == [f"¶ {n}" for n in range(1, len(paragraphs) + 1)]
    assert 60 <= len(paragraphs) <= 80
    counts = complaint["counts"]
    assert [c["label"] for c in counts] == ["COUNT I", "COUNT II", "COUNT III", "COUNT IV"]
    for before, after in itertools.pairwise(counts):
        assert after["first_paragraph"] == before["last_paragraph"] + 1
    assert counts[-1]["last_paragraph"] == len(paragraphs)
    assert any(r["end_page"] > r["page"] for r in paragraphs), "no paragraph crosses a page"


def test_page_record_cites_land_on_the_cited_argument(
    gold: dict[str, Any], pdf_pages: dict[str, list[tuple[str, list[dict[str, Any]]]]]
) -> None:
    page_cites = [c for c in gold["record_cites"] if c["page"] is not None]
    assert any(c["text"].startswith("Mot. at") for c in page_cites)
    for cite in page_cites:
        target = _segment(gold, cite["target_document"], cite["target"])
        assert target["page"] == cite["page"], cite
        heading = " ".join(target["heading"].split()[:4])
        assert heading in _flat(pdf_pages[cite["target_document"]][cite["page"] - 1][0]), cite


def test_paragraph_record_cites_name_existing_paragraphs(
    gold: dict[str, Any], pdf_pages: dict[str, list[tuple[str, list[dict[str, Any]]]]]
) -> None:
    for cite in gold["record_cites"]:
        source = " ".join(_body(words) for _, words in pdf_pages[cite["document"]])
        assert cite["text"] in source, cite
        for number in cite["paragraphs"]:
            _segment(gold, cite["target_document"], f"¶ {number}")


def test_gold_links_join_existing_segments(gold: dict[str, Any]) -> None:
    for link in gold["links"]:
        _segment(gold, link["source_document"], link["source"])
        _segment(gold, link["target_document"], link["target"])
    answered = {
        link["source"]
        for link in gold["links"]
        if link["source_document"] == "02_tro_motion.pdf"
        and link["target_document"] == "03_opposition.pdf"
    }
    assert {"III.A.1", "III.A.2", "III.A.3", "III.B", "III.C", "III.D"} <= answered
    unanswered = {row["label"] for row in gold["unanswered"]}
    assert unanswered and not unanswered & answered
    assert gold["responses_answering_nothing"]


def test_docx_has_heading_styles_numbered_paragraphs_and_a_footnote() -> None:
    import docx

    document = docx.Document(str(SAMPLE / "01_complaint.docx"))
    styles = {p.style.name for p in document.paragraphs if p.text.strip() and p.style}
    assert {"Heading 1", "Heading 2"} <= styles
    numbered = [p.text for p in document.paragraphs if re.match(r"^\d+\.\t", p.text)]
    assert numbered[0].startswith("1.\t") and len(numbered) >= 60
    rels = [rel.reltype for rel in document.part.rels.values()]
    assert any(reltype.endswith("/footnotes") for reltype in rels)
