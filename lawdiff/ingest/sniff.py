"""What a file really is, from its first bytes rather than its name."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from lawdiff.core.errors import KnownError
from lawdiff.core.files import read_head

_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0",
        "is an old-style Office file (.doc/.xls) or an encrypted Office file;"
        " save it as PDF or DOCX",
    ),
    (b"\x89PNG", "is a PNG image, not a filing; save the scan as a PDF"),
    (b"\xff\xd8\xff", "is a JPEG image, not a filing; save the scan as a PDF"),
    (b"GIF8", "is a GIF image, not a filing"),
    (b"II*\x00", "is a TIFF image, not a filing; save the scan as a PDF"),
    (b"MM\x00*", "is a TIFF image, not a filing; save the scan as a PDF"),
    (b"\x1f\x8b", "is a gzip archive, not a filing; unpack it first"),
    (b"Rar!", "is a RAR archive, not a filing; unpack it first"),
    (b"7z\xbc\xaf", "is a 7-Zip archive, not a filing; unpack it first"),
    (b"{\\rtf", "is an RTF file; save it as DOCX or PDF"),
)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise KnownError(f"is a damaged ZIP/Word file ({error})", path) from None
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        raise KnownError("is a spreadsheet (Excel), not a filing", path)
    if any(n.startswith("ppt/") for n in names):
        raise KnownError("is a presentation (PowerPoint), not a filing", path)
    raise KnownError("is a ZIP archive, not a Word document or PDF", path)


def _json_kind(path: Path, head: bytes) -> None:
    if not head.lstrip().startswith(b"{"):
        return
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, OSError):
        return
    if isinstance(data, dict) and (
        data.get("format") == "lawdiff" or any("lawdiff" in str(k).lower() for k in data)
    ):
        raise KnownError(
            "is a lawdiff JSON export; open it with Import case, not as a filing", path
        )


def sniff(path: Path, head: bytes | None = None) -> str:
    """``"pdf"``, ``"docx"`` or ``"text"`` for a file lawdiff can import.

    Args:
        path: the file.
        head: its first bytes when the caller has read them already (``core.files``).

    Raises:
        KnownError: the file is missing, unreadable or empty, is something else, or its name
            promises what it is not.
    """
    head = read_head(path) if head is None else head
    if not head:
        raise KnownError("is empty (0 bytes)", path)
    suffix = path.suffix.lower()
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, message in _FOREIGN_MAGIC:
        if head.startswith(magic):
            raise KnownError(message, path)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    if suffix == ".pdf":
        raise KnownError("is not a PDF (it has no PDF header); it may be damaged", path)
    if suffix in {".docx", ".docm"}:
        raise KnownError("is not a Word document (it is not a DOCX package)", path)
    _json_kind(path, head)
    return "text"
