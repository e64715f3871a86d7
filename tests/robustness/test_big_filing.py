"""A 2,000-page filing imports, reporting progress page by page (issue 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lawdiff.ingest import load_filing

PAGES = 2000
WORDS = ("notice", "breach", "market", "rival", "harm", "equity", "policy", "host", "cure")


def long_filing(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for number in range(1, PAGES + 1):
        pdf.setFont("Times-Roman", 12)
        # Pages must differ in more than their digits, or the line is a running header.
        words = " ".join(WORDS[(number * k) % len(WORDS)] for k in range(1, 6))
        pdf.drawString(108, 650, f"{number}. Paragraph {number} is about {words}.")
        pdf.drawString(108, 626, f"It continues with {WORDS[number % len(WORDS)]} and more.")
        pdf.showPage()
    pdf.save()
    return path


@pytest.mark.slow
def test_two_thousand_pages_import_with_progress(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    filing = load_filing(
        long_filing(tmp_path / "long.pdf"),
        progress=lambda done, total, message: seen.append((done, total)),
        ocr=False,
    )
    assert len(filing.pages) == PAGES
    assert "Paragraph 1999 is about" in filing.pages[1998].text
    assert len(seen) >= PAGES // 10  # the user sees it move
    assert {total for _, total in seen} == {PAGES}
    dones = [done for done, _ in seen]
    assert dones == sorted(dones) and dones[-1] == PAGES
