"""Broken and hostile inputs, generated at test time (nothing binary lives in the repository).

Each :class:`Hostile` names the file and what lawdiff must do with it: refuse it with a
``KnownError`` whose message holds ``expect``, or (``imports=True``) import it with a warning
holding ``expect`` (``""``: any outcome with no warning required).
"""

from __future__ import annotations

import io
import json
import os
import random
import struct
import subprocess
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from tests.badfiles import raw_pdf_bytes
from tests.casedata import small_case

BODY = "The moving party failed to state a claim.\n\n"


@dataclass(frozen=True)
class Hostile:
    """One hostile input and the outcome lawdiff owes the user."""

    name: str
    path: Path
    expect: str
    imports: bool = False
    known_bug: str = ""  # why lawdiff still fails this one (reported; the test expects failure)


Maker = Callable[[Path], Hostile]


# ---------------------------------------------------------------------------- bombs


def deflate_repeated(chunk: bytes, times: int) -> tuple[bytes, int, int]:
    """Raw deflate of ``chunk * times`` in a fraction of the time compressing it would take.

    A full flush ends each block with an empty dictionary, so one compressed block can be
    repeated. Returns the raw stream, the CRC-32 and the Adler-32 of the inflated data.
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    crc, adler = 0, 1
    for _ in range(times):
        crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    return block * times + packer.flush(), crc, adler


def zlib_repeated(chunk: bytes, times: int) -> bytes:
    """A zlib stream (as PDF FlateDecode wants) of ``chunk * times``."""
    raw, _crc, adler = deflate_repeated(chunk, times)
    return b"\x78\xda" + raw + adler.to_bytes(4, "big")


@dataclass(frozen=True)
class Member:
    """One ZIP member, already compressed; ``size`` is what the directory claims."""

    name: str
    data: bytes
    crc: int
    size: int
    method: int = zipfile.ZIP_DEFLATED


def member(name: str, content: str | bytes) -> Member:
    raw = content.encode() if isinstance(content, str) else content
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Member(name, packer.compress(raw) + packer.flush(), zlib.crc32(raw), len(raw))


def write_zip(path: Path, members: list[Member]) -> Path:
    """A ZIP file written by hand, so its directory may say whatever a test needs."""
    body, directory = bytearray(), bytearray()
    for m in members:
        name = m.name.encode()
        fields = struct.pack(
            "<HHHHHIIIHH", 20, 0, m.method, 0, 0x21, m.crc, len(m.data), m.size, len(name), 0
        )
        directory += b"PK\x01\x02" + struct.pack("<H", 20) + fields
        directory += struct.pack("<HHHII", 0, 0, 0, 0, len(body)) + name
        body += b"PK\x03\x04" + fields + name + m.data
    end = struct.pack("<HHHHIIH", 0, 0, len(members), len(members), len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + b"PK\x05\x06" + end))
    return path


# ---------------------------------------------------------------------------- PDF


def pdf_bytes(pages: int = 3, text: str = "1. A numbered paragraph of a filing.") -> bytes:
    """A small valid PDF with ``text`` on each page."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for number in range(pages):
        pdf.drawString(72, 700, f"{text} Page {number + 1}.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def zero_pdf(folder: Path) -> Hostile:
    return Hostile("zero-byte PDF", _write(folder, "empty.pdf", b""), "is empty")


def truncated_pdf(folder: Path) -> Hostile:
    data = pdf_bytes(4)
    path = _write(folder, "truncated.pdf", data[: len(data) // 3])
    return Hostile("truncated PDF", path, "PDF")


def random_pdf(folder: Path) -> Hostile:
    data = random.Random(1).randbytes(50_000)
    return Hostile("random bytes as .pdf", _write(folder, "noise.pdf", data), "no PDF header")


def random_with_header(folder: Path) -> Hostile:
    data = b"%PDF-1.7\n" + random.Random(2).randbytes(50_000)
    path = _write(folder, "noise-header.pdf", data)
    return Hostile("PDF header then random bytes", path, "PDF")


def png_as_pdf(folder: Path) -> Hostile:
    data = b"\x89PNG\r\n\x1a\n" + bytes(200)
    return Hostile("PNG named .pdf", _write(folder, "scan.pdf", data), "PNG image")


def text_as_pdf(folder: Path) -> Hostile:
    path = _write(folder, "memo.pdf", BODY.encode() * 20)
    return Hostile("text named .pdf", path, "no PDF header")


def _qpdf(folder: Path, name: str, *args: str) -> Path:
    plain = _write(folder, f"plain-{name}", pdf_bytes(2))
    path = folder / name
    subprocess.run(
        ["qpdf", "--encrypt", *args, "256", "--", str(plain), str(path)],
        check=True,
        capture_output=True,
    )
    plain.unlink()
    return path


def encrypted_user(folder: Path) -> Hostile:
    path = _qpdf(folder, "locked.pdf", "user-secret", "owner-secret")
    return Hostile("PDF encrypted with a user password", path, "encrypted")


def encrypted_owner_only(folder: Path) -> Hostile:
    # An owner password only restricts printing/copying: anyone may read it, so it imports.
    path = _qpdf(folder, "restricted.pdf", "", "owner-secret")
    return Hostile("PDF with an owner password only", path, "", imports=True)


def too_many_pages(folder: Path) -> Hostile:
    count = 5001
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"] * count,
    ]
    path = _write(folder, "tiny-pages.pdf", raw_pdf_bytes(objects))
    return Hostile("PDF of 5,001 tiny pages", path, "at most 5000")


def blank_pages(folder: Path) -> Hostile:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for _ in range(3):
        pdf.showPage()
    pdf.save()
    path = _write(folder, "blank.pdf", buffer.getvalue())
    return Hostile("PDF whose pages carry no text", path, "no text", imports=True)


def _one_page(content: bytes) -> list[bytes]:
    """Objects of a one-page PDF (Helvetica as /F1) whose page content is ``content``."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def one_huge_line(folder: Path) -> Hostile:
    line = b"BT /F1 12 Tf 72 700 Td (" + b"x" * (5 * 1024 * 1024) + b") Tj ET"
    path = _write(folder, "one-line.pdf", raw_pdf_bytes(_one_page(zlib.compress(line))))
    return Hostile(
        "PDF whose text is one 5 MB line",
        path,
        "skipped",
        imports=True,
    )


def cyclic_page_tree(folder: Path) -> Hostile:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1000000000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    path = _write(folder, "cyclic.pdf", raw_pdf_bytes(objects))
    return Hostile("PDF whose page tree contains itself", path, "no text", imports=True)


def deflate_bomb(folder: Path) -> Hostile:
    stream = zlib_repeated(b"q Q " * 65536, 1600)  # 400 MB of no-op operators from ~400 KB
    path = _write(folder, "deflate-bomb.pdf", raw_pdf_bytes(_one_page(stream)))
    return Hostile(
        "PDF content stream inflating to 400 MB",
        path,
        "page 1",
        imports=True,
    )


def nested_forms_pdf(path: Path, times: int = 1000) -> Path:
    """A one-page PDF of about 1.2 KB: the page draws form A ``times`` times and A draws
    form B ``times`` times (a million drawings of B from a few hundred bytes)."""
    draws_a = zlib.compress(b"/A Do " * times)
    draws_b = zlib.compress(b"/B Do " * times)
    box = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792]"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /XObject << /A 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(draws_a)
        + draws_a
        + b"\nendstream",
        b"<< %s /Resources << /XObject << /B 6 0 R >> >> /Length %d /Filter /FlateDecode >>"
        b"\nstream\n" % (box, len(draws_b)) + draws_b + b"\nendstream",
        b"<< %s /Length 8 >>\nstream\n0 0 m 1 1 l\nendstream" % box,
    ]
    return _write(path.parent, path.name, raw_pdf_bytes(objects))


def nested_forms(folder: Path) -> Hostile:
    path = nested_forms_pdf(folder / "nested-forms.pdf")
    return Hostile("1 KB PDF drawing form A 1,000 times, A drawing B 1,000 times", path, "refused")


def deep_nesting_pdf(folder: Path) -> Hostile:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 20_000 + b"]" * 20_000 + b" >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    path = _write(folder, "nested.pdf", raw_pdf_bytes(objects))
    return Hostile("PDF with arrays nested 20,000 deep", path, "has no pages")


# ---------------------------------------------------------------------------- DOCX

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(body: str = "<w:p><w:r><w:t>1. A paragraph.</w:t></w:r></w:p>") -> str:
    return f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def _docx(folder: Path, name: str, parts: dict[str, str | bytes]) -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts.items():
            archive.writestr(part, data)
    return path


def _full_parts(**changes: Any) -> dict[str, str | bytes]:
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "word/document.xml": document_xml(),
    }
    parts.update(changes)
    return {k: v for k, v in parts.items() if v is not None}


def _docx_members(**changes: Any) -> list[Member]:
    return [member(name, data) for name, data in _full_parts(**changes).items()]


def docx_bomb(folder: Path) -> Hostile:
    raw, crc, _adler = deflate_repeated(bytes(1 << 20), 300)
    members = [*_docx_members(), Member("word/media/pad.bin", raw, crc, 300 << 20)]
    path = write_zip(folder / "bomb.docx", members)
    return Hostile("DOCX zip bomb (300 MB of zeros)", path, "zip bomb")


def docx_lying_sizes(folder: Path) -> Hostile:
    """A package whose directory claims 1 KB for a document.xml that inflates to 64 MB."""
    head = document_xml("<w:p><w:r><w:t>").encode()
    raw, crc, _adler = deflate_repeated(head + b"a" * ((1 << 20) - len(head)), 64)
    parts = [m for m in _docx_members() if m.name != "word/document.xml"]
    members = [*parts, Member("word/document.xml", raw, crc, 1000)]
    path = write_zip(folder / "liar.docx", members)
    return Hostile("DOCX whose zip directory lies about sizes", path, "Word document")


def docx_no_document(folder: Path) -> Hostile:
    parts = _full_parts()
    del parts["word/document.xml"]
    parts["word/styles.xml"] = "<x/>"
    path = _docx(folder, "no-body.docx", parts)
    return Hostile("DOCX missing word/document.xml", path, "missing word/document.xml")


def docx_no_content_types(folder: Path) -> Hostile:
    parts = _full_parts()
    del parts["[Content_Types].xml"]
    path = _docx(folder, "no-types.docx", parts)
    return Hostile("DOCX missing [Content_Types].xml", path, "missing [Content_Types].xml")


def docx_bad_xml(folder: Path) -> Hostile:
    path = _docx(folder, "bad-xml.docx", _full_parts(**{"word/document.xml": "<w:document"}))
    return Hostile("DOCX with malformed XML", path, "not a readable Word document")


def docx_billion_laughs(folder: Path) -> Hostile:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    xml = document_xml("<w:p><w:r><w:t>&a9;</w:t></w:r></w:p>").replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
    )
    path = _docx(folder, "laughs.docx", _full_parts(**{"word/document.xml": xml}))
    return Hostile("DOCX with an XML entity bomb", path, "Word document")


def docx_truncated(folder: Path) -> Hostile:
    full = _docx(folder, "whole.docx", _full_parts()).read_bytes()
    (folder / "whole.docx").unlink()
    path = _write(folder, "cut.docx", full[: len(full) // 2])
    return Hostile("truncated DOCX", path, "damaged")


def plain_zip_as_docx(folder: Path) -> Hostile:
    path = _docx(folder, "archive.docx", {"notes/readme.txt": "hello"})
    return Hostile("ZIP archive named .docx", path, "ZIP archive")


# ---------------------------------------------------------------------------- text


def nul_text(folder: Path) -> Hostile:
    path = _write(folder, "nul.txt", BODY.encode() + b"\x00\x00" + BODY.encode())
    return Hostile("text with NUL bytes", path, "NUL bytes")


def utf16_no_bom(folder: Path) -> Hostile:
    path = _write(folder, "utf16.txt", (BODY * 5).encode("utf-16-le"))
    return Hostile("UTF-16 text without a byte-order mark", path, "NUL bytes")


def utf16_bom(folder: Path) -> Hostile:
    path = _write(folder, "utf16-bom.txt", (BODY * 5).encode("utf-16"))
    return Hostile("UTF-16 text with a byte-order mark", path, "", imports=True)


def bad_utf8_after_bom(folder: Path) -> Hostile:
    path = _write(folder, "bom-then-junk.txt", b"\xef\xbb\xbf" + BODY.encode() + b"\xc3\x28")
    return Hostile("UTF-8 BOM then invalid UTF-8", path, "not valid utf-8-sig")


def control_chars(folder: Path) -> Hostile:
    data = bytes(random.Random(3).choice(range(1, 9)) for _ in range(5000))
    return Hostile("control characters as text", _write(folder, "ctrl.txt", data), "binary")


def cp1252_text(folder: Path) -> Hostile:
    data = ("Défendeur’s “motion” — 1. Paragraphe.\n\n" * 10).encode("cp1252")
    path = _write(folder, "windows.txt", data)
    return Hostile("Windows-1252 text", path, "", imports=True)


def huge_sparse_text(folder: Path) -> Hostile:
    path = folder / "huge.txt"
    with path.open("wb") as fh:  # sparse: 60 MB claimed, nothing written
        fh.write(BODY.encode())
        fh.truncate(60 * 1024 * 1024)
    return Hostile("60 MB text file", path, "larger than 50 MB")


def fifo_text(folder: Path) -> Hostile:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return Hostile("a named pipe, not a file", path, "not a regular file")


def folder_as_pdf(folder: Path) -> Hostile:
    path = folder / "folder.pdf"
    path.mkdir()
    return Hostile("a folder named .pdf", path, "is a folder")


def missing_file(folder: Path) -> Hostile:
    return Hostile("a file that does not exist", folder / "gone.pdf", "no such file")


# ---------------------------------------------------------------------------- JSON


def _json(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), "utf-8")
    return path


def _case_with(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = small_case()
    change(data)
    return data


def json_schema_violation(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][0].update(role="plaintiff"))
    path = _json(folder, "bad-role.json", data)
    return Hostile("JSON with a role outside the schema", path, "not a valid lawdiff JSON")


def json_missing_documents(folder: Path) -> Hostile:
    data = _case_with(lambda d: d.pop("documents"))
    path = _json(folder, "no-docs.json", data)
    return Hostile("JSON without documents", path, "not a valid lawdiff JSON")


def json_dangling_link(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["links"][0].update(target="d9.s9"))
    path = _json(folder, "dangling.json", data)
    return Hostile("JSON link to a missing segment", path, "is no segment")


def json_dangling_parent(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][0]["segments"][1].update(parent="d1.s7"))
    path = _json(folder, "orphan.json", data)
    return Hostile("JSON segment with a missing parent", path, "names parent")


def json_huge_page_count(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][0].update(pages=10**12))
    path = _json(folder, "pages.json", data)
    return Hostile('JSON claiming "pages": 10**12', path, "not a valid lawdiff JSON")


def json_huge_segment_page(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][0]["segments"][1].update(page=10**12))
    path = _json(folder, "segment-page.json", data)
    return Hostile("JSON segment on page 10**12", path, "not a valid lawdiff JSON")


def json_deeply_nested(folder: Path) -> Hostile:
    path = folder / "deep.json"
    path.write_text('{"format": "lawdiff", "x": ' + "[" * 200_000 + "]" * 200_000 + "}")
    return Hostile("JSON nested 200,000 deep", path, "nested too deeply")


def json_one_gb_claim(folder: Path) -> Hostile:
    path = folder / "gigabyte.json"
    with path.open("wb") as fh:  # sparse: claims 1 GB on disk, holds a few bytes
        fh.write(b'{"format": "lawdiff", "version": 1, "documents": [')
        fh.truncate(1024**3)
    return Hostile("JSON file of 1 GB (sparse)", path, "above 256 MB")


def json_truncated(folder: Path) -> Hostile:
    text = json.dumps(small_case())
    path = folder / "cut.json"
    path.write_text(text[: len(text) // 2], "utf-8")
    return Hostile("truncated JSON", path, "not valid JSON")


def json_not_utf8(folder: Path) -> Hostile:
    path = folder / "latin.json"
    path.write_bytes(json.dumps(small_case(), ensure_ascii=False).encode("utf-16"))
    return Hostile("JSON in UTF-16", path, "not UTF-8")


def json_repeated_ids(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][1]["segments"][0].update(id="d1.s1"))
    path = _json(folder, "repeats.json", data)
    return Hostile("JSON with a repeated segment id", path, "repeats")


def json_huge_string(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][0]["segments"][1].update(text="x" * 2_000_001))
    path = _json(folder, "long-text.json", data)
    return Hostile("JSON segment text over the 2 MB limit", path, "not a valid lawdiff JSON")


# ---------------------------------------------------------------------------- names


# Issue 17: JSON that parses but must still be refused, in one line.


def json_not_json(folder: Path) -> Hostile:
    path = _write(folder, "notes.json", b"{ this is not json")
    return Hostile(".json that is not JSON", path, "not a lawdiff JSON file")


def json_of_another_program(folder: Path) -> Hostile:
    path = _json(folder, "package.json", {"name": "x", "version": "1.0.0"})
    return Hostile("JSON of another program", path, "not a lawdiff JSON file")


def json_brackets_only(folder: Path) -> Hostile:
    path = _write(folder, "brackets.json", b"[" * 200_000 + b"]" * 200_000)
    return Hostile("200,000 nested brackets", path, "not a lawdiff JSON file")


def json_newer_version(folder: Path) -> Hostile:
    path = _json(folder, "v99.json", _case_with(lambda d: d.update(version=99)))
    return Hostile("JSON of format version 99", path, "made by a newer lawdiff")


def json_nan_score(folder: Path) -> Hostile:
    text = json.dumps(small_case()).replace('"score": 0.8', '"score": NaN')
    return Hostile("JSON with a NaN score", _write(folder, "nan.json", text.encode()), "finite")


def json_infinite_weight(folder: Path) -> Hostile:
    text = json.dumps(small_case()).replace('"weight": 0.5', '"weight": 1e999')
    path = _write(folder, "inf.json", text.encode())
    return Hostile("JSON with a weight of 1e999", path, "finite")


def json_float_pages(folder: Path) -> Hostile:
    path = _json(folder, "float.json", _case_with(lambda d: d["documents"][0].update(pages=2.0)))
    return Hostile("JSON with 2.0 pages", path, "not a valid lawdiff JSON")


def json_long_integer(folder: Path) -> Hostile:
    text = json.dumps(small_case()).replace('"line": 1,', '"line": ' + "9" * 5001 + ",", 1)
    path = _write(folder, "digits.json", text.encode())
    return Hostile("JSON with a 5,001-digit integer", path, "too large")


def json_huge_line(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][0]["segments"][1].update(line=10**20))
    return Hostile("JSON segment on line 10**20", _json(folder, "line.json", data), "too large")


def json_lone_surrogate(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][0].update(title="Complaint \ud800"))
    path = _json(folder, "surrogate.json", data)
    return Hostile("JSON title with a lone surrogate", path, "not valid Unicode")


def json_parent_elsewhere(folder: Path) -> Hostile:
    data = _case_with(lambda d: d["documents"][1]["segments"][1].update(parent="d1.s0"))
    path = _json(folder, "parent.json", data)
    return Hostile("JSON segment parent in another document", path, "names parent")


def json_million_pages(folder: Path) -> Hostile:
    def ten_big(data: dict[str, Any]) -> None:
        doc = data["documents"][0]
        data["links"] = []
        data["documents"] = [
            {**doc, "id": f"d{i}", "sha256": f"{i:064x}", "pages": 100_000, "segments": []}
            for i in range(10)
        ]

    path = _json(folder, "pages.json", _case_with(ten_big))
    return Hostile("1.7 KB JSON declaring 10 x 100,000 pages", path, "pages")


def shell_name(folder: Path) -> Hostile:
    path = _write(folder, "brief $(touch pwned); rm -rf ~ `id` & | > x.pdf", b"")
    return Hostile("shell metacharacters in the name", path, "is empty")


def unicode_name(folder: Path) -> Hostile:
    path = _write(folder, "Opposición — réponse “final” 📄.pdf", b"%PDF-1.7\n%%EOF\n")
    return Hostile("unicode name, damaged PDF", path, "PDF")


def spaced_name_imports(folder: Path) -> Hostile:
    path = _write(folder, "  my brief  (final) .txt", ("I. ARGUMENT\n\n" + BODY * 5).encode())
    return Hostile("spaces in the name, good text", path, "", imports=True)


def newline_name(folder: Path) -> Hostile:
    path = _write(folder, "two\nlines.pdf", b"")
    return Hostile("a newline in the name", path, "is empty")


MAKERS: tuple[Maker, ...] = (
    zero_pdf,
    truncated_pdf,
    random_pdf,
    random_with_header,
    png_as_pdf,
    text_as_pdf,
    encrypted_user,
    encrypted_owner_only,
    too_many_pages,
    blank_pages,
    one_huge_line,
    cyclic_page_tree,
    deflate_bomb,
    nested_forms,
    deep_nesting_pdf,
    docx_bomb,
    docx_lying_sizes,
    docx_no_document,
    docx_no_content_types,
    docx_bad_xml,
    docx_billion_laughs,
    docx_truncated,
    plain_zip_as_docx,
    nul_text,
    utf16_no_bom,
    utf16_bom,
    bad_utf8_after_bom,
    control_chars,
    cp1252_text,
    huge_sparse_text,
    fifo_text,
    folder_as_pdf,
    missing_file,
    json_schema_violation,
    json_missing_documents,
    json_dangling_link,
    json_dangling_parent,
    json_huge_page_count,
    json_huge_segment_page,
    json_deeply_nested,
    json_one_gb_claim,
    json_truncated,
    json_not_utf8,
    json_repeated_ids,
    json_huge_string,
    json_not_json,
    json_of_another_program,
    json_brackets_only,
    json_newer_version,
    json_nan_score,
    json_infinite_weight,
    json_float_pages,
    json_long_integer,
    json_huge_line,
    json_lone_surrogate,
    json_parent_elsewhere,
    json_million_pages,
    shell_name,
    unicode_name,
    spaced_name_imports,
    newline_name,
)


# Each takes seconds (thousands of pages, or a known hang given up on after a timeout).
SLOW: frozenset[Maker] = frozenset({too_many_pages})


def make_hostile_inputs(folder: Path) -> list[Hostile]:
    """Write every hostile input into ``folder`` (one sub-folder each) and describe them."""
    out = []
    for number, make in enumerate(MAKERS):
        sub = folder / f"{number:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        out.append(make(sub))
    return out
