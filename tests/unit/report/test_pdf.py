"""The PDF report, read back with pdfplumber: caption, claims, pin cites, pagination."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pdfplumber

from lawdiff.core.model import CaseSnapshot
from lawdiff.export import export_case
from lawdiff.gui.report_pdf import write_pdf
from lawdiff.report import build_report
from tests.unit.report.case_data import CAPTION, long_case
from tests.unit.report.conftest import Exporter, open_case


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _bands(path: Path) -> list[str]:
    """The running header and footer of each page (set in a smaller type than the body).

    Qt also writes, clipped and invisible, the lines of a table cell that began on the
    previous page, so the header is picked out by type size rather than by position.
    """
    with pdfplumber.open(path) as pdf:
        return [_small_print(page) for page in pdf.pages]


def _small_print(page: pdfplumber.page.Page) -> str:
    chars = [c for c in page.chars if c["size"] < 8]
    lines: dict[int, list[dict[str, object]]] = {}
    for c in chars:
        lines.setdefault(round(c["top"]), []).append(c)
    return "\n".join(
        "".join(str(c["text"]) for c in sorted(line, key=lambda c: c["x0"])).replace("\t", " ")
        for _, line in sorted(lines.items())
    )


def test_pdf_holds_caption_claims_and_pin_cites(export: Exporter, snapshot: CaseSnapshot) -> None:
    pages = _pages(export("pdf"))
    text = "\n".join(pages)
    report = build_report(snapshot)
    assert CAPTION in pages[0]
    for section in report.claims:
        assert section.name in text
    pins = {r.argument.pin for r in report.comparisons}
    pins |= {resp.passage.pin for r in report.comparisons for resp in r.responses}
    assert len(pins) == 9
    for pin in pins:
        assert pin in text
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_long_report_paginates_with_header_on_every_page(tmp_path: Path) -> None:
    with open_case(tmp_path, long_case(arguments=8)) as ws:
        path = export_case(ws, "pdf", tmp_path / "long.pdf", pdf=write_pdf)
    pages = _pages(path)
    assert len(pages) > 2
    bands = _bands(path)
    assert bands == [
        f"{CAPTION} — Comparison report\nPage {n} of {len(pages)}" for n in range(1, len(pages) + 1)
    ]
    text = "\n".join(pages)
    for n in (1, 4, 8):
        assert f"Moving point {n}" in text and f"Answering point {n}" in text


def test_pdf_creates_its_own_application_offscreen(tmp_path: Path) -> None:
    """From a bare process (the CLI): no QGuiApplication exists, and no display."""
    script = (
        "import sys; from pathlib import Path; "
        "from lawdiff.gui.report_pdf import write_pdf; "
        "from PySide6.QtGui import QGuiApplication; "
        "assert QGuiApplication.instance() is None; "
        "print(write_pdf('<h1>Hi</h1>', Path(sys.argv[1]), header='H'))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "x.pdf")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.strip() == "1"
    assert _pages(tmp_path / "x.pdf") == ["H\nHi\nPage 1 of 1"]
