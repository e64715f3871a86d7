"""Recognise, read and validate interchange files, refusing hostile ones with clear messages."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from lawdiff.core.errors import KnownError
from lawdiff.core.files import read_head, readable_file
from lawdiff.core.paths import resource_path
from lawdiff.interchange.rulings import check_ruling_references

# 2 added the court's rulings, 3 the parts of bundled files; older files are read as before
FORMAT_VERSION = 3
MAX_BYTES = 256 * 1024 * 1024
MAX_PAGES = 5_000  # per document, as for a PDF: every declared page becomes a row
MAX_TOTAL_PAGES = 100_000  # in one file: 10 documents of 100,000 pages made a 71 MB case
MAX_LINE = 1_000_000  # a line number within a page
MAX_DIGITS = 18  # an integer literal; every integer of the format fits in 64 bits
NOT_LAWDIFF = "is not a lawdiff JSON file"


class _Refused(ValueError):
    """A literal the reader refuses (raised from inside ``json.loads``)."""


def is_interchange_file(path: Path) -> bool:
    """Whether ``path`` is meant as a lawdiff JSON file: named ``.json`` or starting like one.

    A ``.json`` file of another program is then refused by :func:`read_interchange` rather
    than imported as a plain-text filing.
    """
    if path.suffix.lower() == ".json" and path.is_file():
        return True
    try:
        head = read_head(path)
    except KnownError:
        return False
    return is_interchange_head(head)


def is_interchange_head(head: bytes, name: str = "") -> bool:
    """Whether a file named ``name`` whose first bytes (``core.files.HEAD`` of them) are
    ``head`` is meant as a lawdiff JSON file (any ``.json`` is, so a foreign one is refused)."""
    if name.lower().endswith(".json"):
        return True
    # A UTF-16 export is still meant as one: read_interchange then says it must be UTF-8.
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    return text.startswith("{") and '"lawdiff"' in text


def _integer_checker() -> Any:
    # JSON Schema calls 1.0 an integer; the importer counts with it, so we do not.
    def is_integer(_checker: Any, instance: Any) -> bool:
        return isinstance(instance, int) and not isinstance(instance, bool)

    return jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", is_integer)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schema", "lawdiff-case.schema.json").read_text("utf-8"))
    strict = jsonschema.validators.extend(
        jsonschema.Draft202012Validator, type_checker=_integer_checker()
    )
    return strict(schema)


def validate_interchange(data: Any, path: Path | None = None) -> None:
    """Check ``data`` against the schema, its own references and its declared sizes.

    Raises:
        KnownError: the first problem, with where it is.
    """
    _check_identity(data, path)
    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        raise KnownError(f"not a valid lawdiff JSON file: at {where}: {error.message[:200]}", path)
    _check_values(data, path)
    _check_references(data, path)


def _check_identity(data: Any, path: Path | None) -> None:
    if not isinstance(data, dict) or data.get("format") != "lawdiff":
        raise KnownError(f'{NOT_LAWDIFF} (it has no "format": "lawdiff")', path)
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise KnownError(
            f"was made by a newer lawdiff (format version {version}; this one reads "
            f"{FORMAT_VERSION}); please update lawdiff",
            path,
        )


def _check_values(data: Any, path: Path | None) -> None:
    """Every number finite and every string storable (no lone surrogates), walked without
    recursion."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            stack.extend((f"{where}/{k}", v) for k, v in value.items())
            stack.extend((f"{where}/{k}", k) for k in value)
        elif isinstance(value, list):
            stack.extend((f"{where}/{i}", v) for i, v in enumerate(value))
        elif isinstance(value, float) and not math.isfinite(value):
            raise KnownError(
                f"not a valid lawdiff JSON file: at {where or 'top level'}: {value} is not a "
                "finite number",
                path,
            )
        elif isinstance(value, str) and not _is_valid_unicode(value):
            raise KnownError(
                f"not a valid lawdiff JSON file: at {where or 'top level'}: text that is not "
                "valid Unicode (a lone surrogate)",
                path,
            )


def _is_valid_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_declared_sizes(data: dict[str, Any], path: Path | None = None) -> None:
    """Bound what a file declares, so a few bytes cannot make a case of gigabytes.

    Every declared page becomes a row: pages per document and in all, and line numbers, are
    bounded. Checked on import; an export of a bigger case is still written.

    Raises:
        KnownError: a bound is exceeded (named, with the limit).
    """
    total = 0
    for doc in data["documents"]:
        pages = max([doc["pages"], *(_last_page(seg) for seg in doc["segments"])])
        if pages > MAX_PAGES:
            raise KnownError(
                f"not a valid lawdiff JSON file: document {doc['id']} declares {pages} pages; "
                f"a document has at most {MAX_PAGES} pages",
                path,
            )
        total += pages
        for seg in doc["segments"]:
            _check_lines(seg, path)
    if total > MAX_TOTAL_PAGES:
        raise KnownError(
            f"not a valid lawdiff JSON file: it declares {total} pages in all; lawdiff imports "
            f"at most {MAX_TOTAL_PAGES} pages in all from one file",
            path,
        )


def _last_page(seg: dict[str, Any]) -> int:
    # Pages are rebuilt up to the highest page a segment names: bound it like "pages".
    return int(max(seg["page"], seg.get("end_page", 0)))


def _check_lines(seg: dict[str, Any], path: Path | None) -> None:
    line = max(seg["line"], seg.get("end_line", 0))
    if line > MAX_LINE:
        raise KnownError(
            f"not a valid lawdiff JSON file: segment {seg['id']} is on line {line}, which is "
            f"too large (at most {MAX_LINE})",
            path,
        )


def _check_references(data: dict[str, Any], path: Path | None) -> None:
    seen: set[str] = set()
    for doc in data["documents"]:
        in_document: set[str] = set()
        for seg in doc["segments"]:
            if seg["id"] in seen:
                raise KnownError(
                    f"not a valid lawdiff JSON file: segment id {seg['id']} repeats", path
                )
            if seg["parent"] is not None and seg["parent"] not in in_document:
                raise KnownError(
                    f"not a valid lawdiff JSON file: segment {seg['id']} names parent "
                    f"{seg['parent']}, which does not come before it in its document",
                    path,
                )
            seen.add(seg["id"])
            in_document.add(seg["id"])
        _check_parts(doc, path)
    for link in data["links"]:
        for end in ("source", "target"):
            if link[end] not in seen:
                raise KnownError(
                    f"not a valid lawdiff JSON file: a link's {end} {link[end]} is no segment",
                    path,
                )
    check_ruling_references(data, seen, path)


def _check_parts(doc: dict[str, Any], path: Path | None) -> None:
    """Each part starts at a segment of its document, after the part before it."""
    position = {seg["id"]: n for n, seg in enumerate(doc["segments"])}
    previous = -1
    for part in doc.get("parts", ()):
        first = position.get(part["first_segment"])
        if first is None or first <= previous:
            raise KnownError(
                f"not a valid lawdiff JSON file: a part of document {doc['id']} starts at "
                f"{part['first_segment']}, which is not a segment of it after the part before",
                path,
            )
        previous = first


def _parse_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_DIGITS:
        raise _Refused(f"a number of {len(literal)} digits is too large")
    return int(literal)


def _parse_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _Refused(f"{literal[:30]} is not a finite number")
    return value


def _parse_constant(literal: str) -> float:
    raise _Refused(f"{literal} is not a finite number")


def parse_json(raw: bytes, path: Path) -> Any:
    """Parse the bytes of a lawdiff JSON file, refusing what JSON allows but we do not.

    Raises:
        KnownError: not UTF-8, not JSON, nested too deeply, a number too large or not finite.
    """
    try:
        return json.loads(
            raw.decode("utf-8-sig"),
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except UnicodeDecodeError as exc:
        raise KnownError(f"{NOT_LAWDIFF} (it is not UTF-8 text)", path) from exc
    except json.JSONDecodeError as exc:
        raise KnownError(
            f"{NOT_LAWDIFF} (it is not valid JSON: line {exc.lineno}, column {exc.colno})", path
        ) from exc
    except _Refused as exc:
        raise KnownError(f"not a valid lawdiff JSON file: {exc}", path) from exc
    except RecursionError as exc:
        raise KnownError(f"{NOT_LAWDIFF} (it is nested too deeply)", path) from exc


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
    data = parse_json(path.read_bytes(), path)
    validate_interchange(data, path)
    check_declared_sizes(data, path)
    return data  # type: ignore[no-any-return]
