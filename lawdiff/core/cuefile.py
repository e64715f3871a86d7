"""Reading the editable cue files in ``resources/`` (the claims taxonomy, the ruling cues).

One set of rules for both: the file is read as UTF-8 TOML, a table is a table, a weight is a
number between 0 and 1, and every problem is a :class:`KnownError` naming the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lawdiff.core.errors import KnownError


def read_cue_file(path: Path, what: str) -> tuple[dict[str, Any], str]:
    """The parsed TOML of ``path`` and its raw text (to find the line of each entry).

    Args:
        path: the file.
        what: what the file is, for messages ("taxonomy file", "ruling cue file").

    Raises:
        KnownError: the file cannot be read or is not valid TOML.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(f"cannot read the {what}: {exc}", path) from exc
    try:
        return tomllib.loads(raw), raw
    except tomllib.TOMLDecodeError as exc:
        raise KnownError(f"not a valid {what}: {exc}", path) from exc


def table(data: Mapping[str, Any], name: str, path: Path) -> dict[str, Any]:
    """The table ``[name]`` of ``data`` (empty when absent).

    Raises:
        KnownError: ``name`` is there but is not a table.
    """
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise KnownError(f"[{name}] must be a table", path)
    return value


def phrases(found: Mapping[str, Any], key: str, name: str, path: Path) -> tuple[str, ...]:
    """The list of phrases ``key`` of the table ``[name]`` (empty when absent), each stripped.

    Raises:
        KnownError: the value is not a list of non-blank strings.
    """
    value = found.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnownError(f"[{name}] {key} must be a list of phrases", path)
    return tuple(v.strip() for v in value)


def check_unit(value: object, what: str, path: Path) -> None:
    """Refuse anything but a number from 0 to 1 (booleans included, which TOML keeps apart).

    Raises:
        KnownError: naming ``what`` and the value found.
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise KnownError(f"{what} must be a number between 0 and 1, not {value!r}", path)


def weights_table(
    data: Mapping[str, Any], path: Path, defaults: Mapping[str, float]
) -> dict[str, float]:
    """The cue weights by level: ``defaults`` overridden by the file's ``[weights]`` table,
    each checked to lie between 0 and 1.

    Raises:
        KnownError: ``[weights]`` is not a table, or a weight is not a number from 0 to 1.
    """
    weights = {**defaults, **table(data, "weights", path)}
    for level, value in weights.items():
        check_unit(value, f"[weights] {level}", path)
    return weights
