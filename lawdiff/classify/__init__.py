"""Claims and issues: tag text and segments with taxonomy types, with the cues that matched.

Public API::

    load_taxonomy(path=None) -> Taxonomy
    classify_text(text, taxonomy=None) -> tuple[ClaimTag, ...]
    classify_segments(segments, taxonomy=None) -> list[tuple[ClaimTag, ...]]
    merge_user_tags(auto, user) -> tuple[ClaimTag, ...]
    effective_tags(segment) -> tuple[ClaimTag, ...]        (a stored segment's claims)
    claim_name(claim) -> str                               (the taxonomy's name, or a readable id)

The taxonomy is ``resources/taxonomy.toml`` (documented at its top); scoring and the inheritance
rule are described in :mod:`lawdiff.classify.classifier`. This package imports no other stage.
"""

from __future__ import annotations

from lawdiff.classify.classifier import classify_segments, classify_text
from lawdiff.classify.names import UNCLASSIFIED, claim_name, claim_names
from lawdiff.classify.taxonomy import Taxonomy, load_taxonomy
from lawdiff.classify.user_tags import effective_tags, merge_user_tags

__all__ = [
    "UNCLASSIFIED",
    "Taxonomy",
    "claim_name",
    "claim_names",
    "classify_segments",
    "classify_text",
    "effective_tags",
    "load_taxonomy",
    "merge_user_tags",
]
