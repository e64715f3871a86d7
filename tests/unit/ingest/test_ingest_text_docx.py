"""Text files (encodings, form feeds, Markdown) and DOCX (structure hints, page breaks)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

from lawdiff.core.text import DocumentText
from lawdiff.ingest import load_filing

SAMPLE = "Plaintiff’s “motion” — café\nsecond line"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("utf-8-sig"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("cp1252"), "windows-1252"),
    ],
)
def test_text_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    filing = load_filing(path)
    assert (filing.kind, filing.encoding) == ("text", encoding)
    assert filing.pages[0].text == SAMPLE


def test_form_feeds_split_pages_and_crlf_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_bytes(b"# INTRODUCTION\r\nfirst page\r\n\x0cSecond page\r\nmore\x0c")
    filing = load_filing(path)
    # the Markdown mark goes; the line keeps its level
    assert [p.text for p in filing.pages] == ["INTRODUCTION\nfirst page", "Second page\nmore"]
    assert filing.pages[0].lines[0].heading_level == 1
    assert [ln.number for ln in filing.pages[1].lines] == [1, 2]
    assert DocumentText(filing.pages).text.count("\n") == 3


def test_content_is_sniffed_not_the_name(tmp_path: Path) -> None:
    path = tmp_path / "really-text.dat"
    path.write_text("COMPLAINT FOR DAMAGES\nPlaintiff alleges as follows.", encoding="utf-8")
    filing = load_filing(path)
    assert filing.kind == "text"
    assert len(filing.sha256) == 64


def make_docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading("ARGUMENT", level=1)
    bold = document.add_paragraph()
    bold.add_run("The claim fails.").bold = True
    centred = document.add_paragraph("CERTIFICATE")
    centred.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("first numbered point", style="List Number")
    document.add_paragraph("second numbered point", style="List Number")
    breaker = document.add_paragraph("end of page one")
    breaker.add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("")
    document.add_paragraph("Page two text")
    document.save(str(path))


def test_docx_structure_hints(tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    make_docx(path)
    filing = load_filing(path)
    assert filing.kind == "docx"
    first, second = filing.pages
    rows = first.text.split("\n")
    assert rows[:3] == ["ARGUMENT", "The claim fails.", "CERTIFICATE"]
    heading, bold, centred, one, two, _ = first.lines
    assert heading.heading_level == 1
    assert bold.bold and not one.bold
    assert centred.centered
    assert (one.numbering, two.numbering) == ("1.", "2.")
    assert second.text == "Page two text"


def test_docx_named_pdf_is_read_by_content(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    make_docx(path)
    # a DOCX under a .pdf name is still read by content
    assert load_filing(path).kind == "docx"


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:id="-1"><w:p><w:r><w:t>separator</w:t></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>See the record at 4.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
FOOTNOTE_REL = (
    '<Relationship Id="rIdNotes" Target="footnotes.xml" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/footnotes"/></Relationships>'
)
FOOTNOTE_TYPE = (
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footnotes+xml"/></Types>'
)


def add_footnotes(source: Path, target: Path) -> None:
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", FOOTNOTE_REL.encode())
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", FOOTNOTE_TYPE.encode())
            new.writestr(item, data)
        new.writestr("word/footnotes.xml", FOOTNOTES)


def test_docx_footnotes_kept_apart_at_the_end(tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("Body paragraph.")
    document.save(str(plain))
    path = tmp_path / "notes.docx"
    add_footnotes(plain, path)
    (page,) = load_filing(path).pages
    body, note = page.lines
    assert page.text == "Body paragraph.\nSee the record at 4."
    assert (body.footnote, note.footnote, note.numbering) == (False, True, "1")
