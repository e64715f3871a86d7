"""Filing text with markup, template syntax, entities and bidi controls stays verbatim and inert."""

from __future__ import annotations

import csv
import json
from html.parser import HTMLParser

import docx
import pdfplumber

from tests.unit.report.case_data import HOSTILE
from tests.unit.report.conftest import Exporter


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def test_html_escapes_and_keeps_text(export: Exporter) -> None:
    raw = export("html").read_text("utf-8")
    parser = _Text()
    parser.feed(raw)
    assert "script" not in parser.tags
    assert "<script>" not in raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert "&amp;amp; &amp;" in raw
    text = "".join(parser.chunks)
    assert text.count(HOSTILE) >= 3  # argument, response and note
    assert "49" not in text


def test_docx_keeps_text(export: Exporter) -> None:
    document = docx.Document(str(export("docx")))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert sum(HOSTILE in c for c in cells) >= 3
    assert not any("49" in c for c in cells)


def test_csv_keeps_text(export: Exporter) -> None:
    with export("csv").open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert HOSTILE in cells
    assert "Strongest answer " + HOSTILE in cells


def test_json_and_aif_keep_text(export: Exporter) -> None:
    data = json.loads(export("json").read_text("utf-8"))
    texts = [s["text"] for d in data["documents"] for s in d["segments"]]
    assert HOSTILE in texts
    assert data["links"][0]["note"].endswith(HOSTILE)
    aif = json.loads(export("aif").read_text("utf-8"))
    assert any(HOSTILE in n["text"] for n in aif["nodes"])


def test_pdf_prints_text_literally(export: Exporter) -> None:
    with pdfplumber.open(export("pdf")) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    for piece in ("<script>alert(1)</script>", "{{ 7*7 }}", "&amp; &"):
        assert piece in text
    hebrew = "\u05e9\u05dc\u05d5\u05dd"
    assert hebrew in text or hebrew[::-1] in text  # PDF text keeps visual (right-to-left) order
    assert "49" not in text
