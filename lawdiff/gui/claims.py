"""Claim names and groups from the taxonomy, with a readable fallback for unknown ids."""

from __future__ import annotations

from functools import cache

from lawdiff.classify import claim_name, load_taxonomy
from lawdiff.core.model import ClaimType

__all__ = ["claim_group", "claim_name", "taxonomy"]  # claim_name: lawdiff.classify's


@cache
def taxonomy() -> dict[str, ClaimType]:
    """Claim types of ``resources/taxonomy.toml`` by id."""
    return {t.id: t for t in load_taxonomy().types}


def claim_group(claim: str) -> str:
    found = taxonomy().get(claim)
    return found.group if found is not None else claim.partition(".")[0]
