"""Benchmark: lawdiff's PDF import against raw pypdfium2 and bare pdfplumber, in one run.

Run ``.venv/bin/python bench/ingest.py``. Reads the longest filing of ../shared/corpus (the
87-page Monterey Bay complaint) four ways in the same run and prints seconds, pages per
second and the ratios. Targets (issue 13): lawdiff's import without OCR costs at most 3x raw
pypdfium2 text plus every character box. The machine is shared: trust the ratios of one
run, not the seconds; ``--repeat N`` takes each figure's best of N. Beside wall-clock
seconds each figure has its CPU seconds (this process and the worker processes it waited
for), which a busy machine disturbs less; lawdiff's import spreads over two processes, so
its CPU seconds exceed its wall-clock seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from lawdiff.ingest import load_filing

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("LAWDIFF_CORPUS", REPO.parent / "shared" / "corpus"))
LONGEST = "monterey-bay-military-housing-v-pinnacle/dkt220_second_amended_complaint.pdf"


def raw_pdfium(path: Path) -> None:
    """pypdfium2 alone: every page's text and every character's box, one process."""
    document = pdfium.PdfDocument(str(path))
    for page in document:
        textpage = page.get_textpage()
        textpage.get_text_range()
        for index in range(textpage.count_chars()):
            textpage.get_charbox(index)
        textpage.close()
        page.close()
    document.close()


def bare_extract_words(path: Path) -> None:
    """pdfplumber ``extract_words`` on every page, one process."""
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()


def cpu_seconds() -> float:
    """CPU time of this process plus that of the child processes it has waited for."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """The shortest of ``repeat`` wall times of ``run``, and the least of its CPU times."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_seconds() - start_cpu)
    return min(walls), min(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="best of N for each figure")
    parser.add_argument("--file", type=Path, default=CORPUS / LONGEST)
    args = parser.parse_args()
    path = args.file
    if not path.is_file():
        print(f"skipped: corpus filing not found at {path}")
        return 0
    pages = len(pdfium.PdfDocument(str(path)))
    figures = {
        "raw pypdfium2 text + char boxes": best_of(args.repeat, lambda: raw_pdfium(path)),
        "bare pdfplumber extract_words": best_of(args.repeat, lambda: bare_extract_words(path)),
        "lawdiff import, no OCR (pdfium)": best_of(
            args.repeat, lambda: load_filing(path, ocr=False, engine="pdfium")
        ),
        "lawdiff import, no OCR (pdfplumber)": best_of(
            args.repeat, lambda: load_filing(path, ocr=False, engine="pdfplumber")
        ),
    }
    raw, raw_cpu = figures["raw pypdfium2 text + char boxes"]
    print(f"file: {path.name} ({pages} pages)")
    print(
        f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    )
    print(f"{'':<38} {'wall':>8}  {'pages/s':>7}  {'x raw':>6}   {'CPU':>7}  {'x raw':>6}")
    for label, (seconds, cpu) in figures.items():
        print(
            f"{label:<38} {seconds:6.2f} s  {pages / seconds:7.1f}  {seconds / raw:5.2f}x"
            f"   {cpu:5.2f} s  {cpu / raw_cpu:5.2f}x"
        )
    fast, fast_cpu = figures["lawdiff import, no OCR (pdfium)"]
    verdict = "met" if fast <= 3 * raw else "MISSED"
    print(f"target: lawdiff import <= 3x raw pypdfium2: {fast / raw:.2f}x wall ({verdict}),")
    print(f"        {fast_cpu / raw_cpu:.2f}x in CPU seconds (two processes against one)")
    bare = figures["bare pdfplumber extract_words"][0]
    print(f"lawdiff fast / bare extract_words: {fast / bare:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
