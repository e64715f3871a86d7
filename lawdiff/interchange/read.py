"""Recognise, read and validate interchange files, refusing hostile ones with clear messages."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from lawdiff.core.errors import KnownError
from lawdiff.core.files import read_head, readable_file
from lawdiff.core.paths import resource_path
from lawdiff.interchange.rulings import check_ruling_references

FORMAT_VERSION = 2  # 2 added the court's rulings; version 1 files are read as before
MAX_BYTES = 256 * 1024 * 1024
MAX_PAGES = 100_000  # as the schema's "pages" maximum


def is_interchange_file(path: Path) -> bool:
    """Whether ``path`` looks like a lawdiff JSON export (by its first bytes, not its name)."""
    try:
        head = read_head(path)
    except KnownError:
        return False
    return is_interchange_head(head)


def is_interchange_head(head: bytes) -> bool:
    """Whether a file's first bytes (``core.files.HEAD`` of them) are a lawdiff JSON export."""
    # A UTF-16 export is still meant as one: read_interchange then says it must be UTF-8.
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    return text.startswith("{") and '"lawdiff"' in text


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schema", "lawdiff-case.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def validate_interchange(data: Any, path: Path | None = None) -> None:
    """Check ``data`` against the schema and its own references.

    Raises:
        KnownError: the first problem, with where it is.
    """
    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        raise KnownError(f"not a valid lawdiff JSON file: at {where}: {error.message[:200]}", path)
    _check_references(data, path)


def _check_references(data: dict[str, Any], path: Path | None) -> None:
    seen: set[str] = set()
    for doc in data["documents"]:
        for seg in doc["segments"]:
            _check_pages(seg, path)
            if seg["id"] in seen:
                raise KnownError(
                    f"not a valid lawdiff JSON file: segment id {seg['id']} repeats", path
                )
            if seg["parent"] is not None and seg["parent"] not in seen:
                raise KnownError(
                    f"not a valid lawdiff JSON file: segment {seg['id']} names parent "
                    f"{seg['parent']}, which does not come before it in its document",
                    path,
                )
            seen.add(seg["id"])
    for link in data["links"]:
        for end in ("source", "target"):
            if link[end] not in seen:
                raise KnownError(
                    f"not a valid lawdiff JSON file: a link's {end} {link[end]} is no segment",
                    path,
                )
    check_ruling_references(data, seen, path)


def _check_pages(seg: dict[str, Any], path: Path | None) -> None:
    # Pages are rebuilt up to the highest page a segment names: bound it like "pages".
    page = max(seg["page"], seg.get("end_page", 0))
    if page > MAX_PAGES:
        raise KnownError(
            f"not a valid lawdiff JSON file: segment {seg['id']} is on page {page}; "
            f"a document has at most {MAX_PAGES} pages",
            path,
        )


def read_interchange(path: Path) -> dict[str, Any]:
    """Read and validate an interchange file.

    Raises:
        KnownError: too large, not JSON, not UTF-8, or not valid against the schema.
    """
    size = readable_file(path).stat().st_size
    if size > MAX_BYTES:
        raise KnownError(
            f"is {size // 2**20} MB; lawdiff JSON files above 256 MB are refused", path
        )
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise KnownError("is not UTF-8 text, so not a lawdiff JSON file", path) from exc
    except json.JSONDecodeError as exc:
        raise KnownError(
            f"is not valid JSON (line {exc.lineno}, column {exc.colno})", path
        ) from exc
    except RecursionError as exc:
        raise KnownError("is nested too deeply to be a lawdiff JSON file", path) from exc
    validate_interchange(data, path)
    return data  # type: ignore[no-any-return]
