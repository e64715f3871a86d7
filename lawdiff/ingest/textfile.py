"""Plain text and Markdown: encoding detection, form feeds as page breaks."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Line, Page
from lawdiff.ingest.patterns import MARKDOWN_HEADING

MAX_TEXT_BYTES = 50 * 1024 * 1024

# Bytes Windows-1252 leaves undefined: text containing them is not cp1252.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of ``data`` and the encoding used (utf-8, utf-8-sig, utf-16, windows-1252).

    Raises:
        KnownError: the bytes are binary (NUL bytes) or in no encoding we recognise.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", path), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", path), "utf-16"
    if b"\x00" in data:
        raise KnownError("is a binary file (it contains NUL bytes), not text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if any(byte in _CP1252_HOLES for byte in data):
        return data.decode("latin-1"), "latin-1"
    return data.decode("cp1252"), "windows-1252"


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise KnownError(f"is not valid {encoding} text ({error.reason})", path) from None


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / len(sample)


def text_page(number: int, text: str) -> Page:
    """A :class:`Page` of plain text: one line per text line, Markdown headings marked."""
    rows = text.split("\n")
    lines: list[Line] = []
    pos = 0
    for index, row in enumerate(rows):
        heading = MARKDOWN_HEADING.match(row)
        level = len(heading.group(1)) if heading else 0
        lines.append(Line(pos, pos + len(row), index + 1, heading_level=level))
        pos += len(row) + 1
    return Page(number, text, tuple(lines))


def read_text(path: Path) -> tuple[tuple[Page, ...], str]:
    """Pages (split at form feeds) and the encoding of a text or Markdown file.

    Raises:
        KnownError: unreadable, too large, binary, or undecodable.
    """
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise KnownError("is larger than 50 MB; that is not a filing's text", path)
        data = path.read_bytes()
    except OSError as error:
        raise KnownError(f"cannot be read ({error.strerror or error})", path) from None
    text, encoding = decode(data, path)
    if _control_share(text) > 0.05:
        raise KnownError("looks like a binary file, not text", path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = [part.strip("\n") for part in text.split("\f")]
    parts = [part for part in parts if part.strip()] or [""]
    pages = tuple(text_page(i + 1, part) for i, part in enumerate(parts))
    return pages, encoding
