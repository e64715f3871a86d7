"""Benchmark: lawdiff's full PDF import against bare pdfplumber word extraction.

Run ``.venv/bin/python bench/ingest.py``. Imports the longest filing of ../shared/corpus
(the 87-page Monterey Bay complaint) both ways in the same run and prints pages per
second and the ratio (target: lawdiff costs at most 1.3x bare ``extract_words``).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pdfplumber

from lawdiff.ingest import load_filing

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("LAWDIFF_CORPUS", REPO.parent / "shared" / "corpus"))
LONGEST = "monterey-bay-military-housing-v-pinnacle/dkt220_second_amended_complaint.pdf"


def bare_extract_words(path: Path) -> tuple[int, float]:
    """Pages and seconds for pdfplumber ``extract_words`` on every page, one process."""
    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        count = len(pdf.pages)
        for page in pdf.pages:
            page.extract_words()
            page.close()
    return count, time.perf_counter() - start


def lawdiff_import(path: Path, ocr: bool = True) -> tuple[int, float, int]:
    """Pages, seconds and OCR'd pages for :func:`lawdiff.ingest.load_filing`."""
    start = time.perf_counter()
    filing = load_filing(path, ocr=ocr)
    return len(filing.pages), time.perf_counter() - start, sum(p.ocr for p in filing.pages)


def main() -> int:
    path = CORPUS / LONGEST
    if not path.is_file():
        print(f"skipped: corpus filing not found at {path}")
        return 0
    pages, bare = bare_extract_words(path)
    _, full, scanned = lawdiff_import(path)
    _, no_ocr, _ = lawdiff_import(path, ocr=False)
    print(f"file: {path.name} ({pages} pages, {scanned} read by OCR)")
    print(
        f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    )
    print(f"pdfplumber extract_words:     {bare:6.2f} s  {pages / bare:6.1f} pages/s")
    print(f"lawdiff load_filing:          {full:6.2f} s  {pages / full:6.1f} pages/s")
    print(f"lawdiff load_filing, no OCR:  {no_ocr:6.2f} s  {pages / no_ocr:6.1f} pages/s")
    print(f"ratio lawdiff / bare:         {full / bare:6.2f}x  (target <= 1.30x)")
    print(f"ratio without OCR / bare:     {no_ocr / bare:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
