"""The Word and PDF copies of one filing: recognised by their text and offered as a duplicate;
a DOCX without page breaks gets an estimated page count, not 1 (the bundled sample case)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.model import Page
from lawdiff.core.text import lines_of
from lawdiff.ingest.same_text import same_text
from lawdiff.workspace import Workspace

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


def pages(*texts: str) -> list[Page]:
    return [Page(i + 1, t, lines_of(t)) for i, t in enumerate(texts)]


BRIEF = " ".join(
    f"Acme argues point {n} about the hosting contract and its notice clause." for n in range(12)
)


def test_same_words_in_other_lines_and_margins_are_the_same_text() -> None:
    pdf = pages("1 " + BRIEF[:300], "Case 2:20-cv-1 Document 5\n" + BRIEF[300:] + "\n12")
    docx = pages(BRIEF)
    assert same_text(pdf, docx)
    assert not same_text(docx, pages(BRIEF.replace("Acme", "Globex").replace("notice", "fee")))


@pytest.mark.slow
def test_importing_the_docx_copy_of_an_imported_pdf_warns(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "case.lawdiff", create=True) as ws:
        first = ws.import_files([SAMPLE / "01_complaint.pdf", SAMPLE / "02_tro_motion.pdf"])
        assert not any("same text" in w for w in first.warnings)
        second = ws.import_files([SAMPLE / "01_complaint.docx"])
        assert second.documents_added
        warned = [w for w in second.warnings if "same text" in w]
        assert len(warned) == 1 and "01_complaint.pdf" in warned[0]
        docx = next(d for d in ws.documents() if d.source_name == "01_complaint.docx")
        pdf = next(d for d in ws.documents() if d.source_name == "01_complaint.pdf")
        assert docx.page_count > 1
        assert abs(docx.page_count - pdf.page_count) <= pdf.page_count // 2
