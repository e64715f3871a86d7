"""Where lawdiff's bundled resources live.

In the repository (and an editable install) they are the top-level ``resources/`` folder; an
installed package carries the same files as ``lawdiff/resources`` (mapped in ``setup.py``).
"""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.errors import BugError

_PACKAGED = Path(__file__).resolve().parents[1] / "resources"
_SOURCE = Path(__file__).resolve().parents[2] / "resources"
RESOURCES = _PACKAGED if _PACKAGED.is_dir() else _SOURCE


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("taxonomy.toml")``.

    Raises:
        BugError: the resource is missing (an incomplete installation).
    """
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise BugError(f"bundled resource missing: {path}")
    return path
