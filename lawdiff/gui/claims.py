"""Claim names and groups from the taxonomy, with a readable fallback for unknown ids."""

from __future__ import annotations

from functools import cache

from lawdiff.classify import load_taxonomy
from lawdiff.core.model import ClaimType


@cache
def taxonomy() -> dict[str, ClaimType]:
    """Claim types of ``resources/taxonomy.toml`` by id."""
    return {t.id: t for t in load_taxonomy().types}


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
