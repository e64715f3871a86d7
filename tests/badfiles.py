"""Deliberately broken inputs, generated at test time (no committed binaries).

``make_bad_inputs(folder)`` writes each file and says which fragment the one-line
:class:`~lawdiff.core.errors.KnownError` message must contain.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class BadInput:
    """One broken file and a fragment its error message must contain."""

    name: str
    path: Path
    expected: str


def good_pdf_bytes(pages: int = 2) -> bytes:
    """A small valid PDF with a line of text per page."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    words = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf")
    for number in range(1, pages + 1):
        pdf.drawString(100, 400, f"Generated {words[number % len(words)]} text on page {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def raw_pdf_bytes(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file from object bodies (numbered from 1) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    return raw_pdf_bytes(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    )


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


_CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="x"></Types>'


def _qpdf_encrypt(source: Path, target: Path, user: str) -> bool:
    if shutil.which("qpdf") is None:
        return False
    command = ["qpdf", "--encrypt", user, "owner-secret", "256", "--", str(source), str(target)]
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def _writes(folder: Path) -> list[tuple[str, bytes, str]]:
    noise = random.Random(7).randbytes(4096)
    good = good_pdf_bytes()
    return [
        ("empty.pdf", b"", "is empty"),
        ("empty.docx", b"", "is empty"),
        ("random-bytes.pdf", noise, "not a PDF"),
        ("truncated.pdf", good[: len(good) // 2], "truncated"),
        ("header-only.pdf", b"%PDF-1.4\n", "truncated"),
        ("garbage-body.pdf", b"%PDF-1.4\n" + noise + b"\n%%EOF\n", "damaged"),
        ("zero-pages.pdf", zero_page_pdf(), "has no pages"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + noise, "PNG image"),
        ("archive.pdf", b"\x1f\x8b\x08\x00" + noise, "gzip"),
        ("webpage.pdf", b"<html><body>not a pdf</body></html>\n", "not a PDF"),
        ("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + noise, "old-style Office"),
        ("random-bytes.docx", noise, "not a Word document"),
        ("binary.txt", b"plain words\x00\x00\x01 more", "binary"),
        ("odd-utf16.txt", b"\xff\xfeA\x00B", "not valid utf-16"),
        (
            "export.json",
            json.dumps({"format": "lawdiff", "version": 1}).encode(),
            "lawdiff JSON export",
        ),
    ]


def _zips(folder: Path) -> list[BadInput]:
    cases = [
        (
            "spreadsheet.pdf",
            {"[Content_Types].xml": _CONTENT_TYPES, "xl/workbook.xml": b"<x/>"},
            "spreadsheet",
        ),
        (
            "slides.docx",
            {"[Content_Types].xml": _CONTENT_TYPES, "ppt/presentation.xml": b"<x/>"},
            "presentation",
        ),
        ("plain-zip.docx", {"notes.txt": b"hello"}, "ZIP archive"),
        (
            "no-document.docx",
            {"[Content_Types].xml": _CONTENT_TYPES, "word/styles.xml": b"<x/>"},
            "missing word/document.xml",
        ),
        (
            "broken-xml.docx",
            {"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": b"<w:document><unclosed>"},
            "not a readable Word document",
        ),
        (
            "zip-bomb.docx",
            {"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": b" " * (40 * 1024 * 1024)},
            "zip bomb",
        ),
    ]
    made = []
    for name, members, expected in cases:
        path = folder / name
        _zip(path, members)
        made.append(BadInput(name, path, expected))
    return made


def make_bad_inputs(folder: Path) -> list[BadInput]:
    """Write every broken input into ``folder``; return them with expected message parts."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[BadInput] = []
    for name, data, expected in _writes(folder):
        path = folder / name
        path.write_bytes(data)
        made.append(BadInput(name, path, expected))
    made.extend(_zips(folder))
    (folder / "a-folder.pdf").mkdir(exist_ok=True)
    made.append(BadInput("a-folder.pdf", folder / "a-folder.pdf", "is a folder"))
    made.append(BadInput("missing.pdf", folder / "missing.pdf", "no such file"))
    plain = folder / "plain.pdf"
    plain.write_bytes(good_pdf_bytes())
    locked = folder / "password.pdf"
    if _qpdf_encrypt(plain, locked, "user-secret"):
        made.append(BadInput("password.pdf", locked, "needs a password"))
    if hasattr(os, "geteuid") and os.geteuid() != 0:  # root reads anything
        unreadable = folder / "unreadable.pdf"
        unreadable.write_bytes(good_pdf_bytes())
        unreadable.chmod(0)
        made.append(BadInput("unreadable.pdf", unreadable, "cannot be read"))
    return made


def owner_password_pdf(folder: Path) -> Path | None:
    """A PDF with only an owner password (opens without one), or None without qpdf."""
    plain = folder / "owner-plain.pdf"
    plain.write_bytes(good_pdf_bytes())
    target = folder / "owner-only.pdf"
    return target if _qpdf_encrypt(plain, target, "") else None
