"""Where lawdiff's bundled resources live (the repository's ``resources/`` folder)."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.errors import BugError

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("taxonomy.toml")``.

    Raises:
        BugError: the resource is missing (an incomplete installation).
    """
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise BugError(f"bundled resource missing: {path}")
    return path
