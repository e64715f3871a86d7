"""Claim names and groups from the taxonomy, with a readable fallback while it is missing."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache
from typing import Any

from lawdiff.core.model import ClaimType


@cache
def taxonomy() -> dict[str, ClaimType]:
    """Claim types by id, from ``lawdiff.classify.load_taxonomy()`` when it is available."""
    loader = getattr(importlib.import_module("lawdiff.classify"), "load_taxonomy", None)
    if loader is None:
        return {}
    loaded: Any = loader()
    items: Iterable[Any] = loaded.values() if isinstance(loaded, dict) else loaded
    types = getattr(loaded, "claims", None) or getattr(loaded, "types", None)
    if types is not None:
        items = types.values() if isinstance(types, dict) else types
    return {t.id: t for t in items if isinstance(t, ClaimType)}


def claim_name(claim: str) -> str:
    """ "antitrust.sherman-1" → the taxonomy's name, else "Sherman 1 (antitrust)"."""
    found = taxonomy().get(claim)
    if found is not None:
        return found.name
    group, _, rest = claim.partition(".")
    if not rest:
        return group.replace("-", " ").capitalize()
    return f"{rest.replace('-', ' ').capitalize()} ({group.replace('-', ' ')})"


def claim_group(claim: str) -> str:
    found = taxonomy().get(claim)
    return found.group if found is not None else claim.partition(".")[0]
