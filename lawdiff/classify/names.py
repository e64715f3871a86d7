"""What a claim is called: the taxonomy's name, else a readable form of its id.

The one home of claim names: reports, the window and the linker's reasons all call
:func:`claim_name`.
"""

from __future__ import annotations

from functools import cache

from lawdiff.classify.taxonomy import load_taxonomy

UNCLASSIFIED = ""  # the claim of an argument no claim was found in
UNCLASSIFIED_NAME = "Not classified"


@cache
def claim_names() -> dict[str, str]:
    """Claim id → name, from the bundled taxonomy."""
    return {t.id: t.name for t in load_taxonomy().types}


def claim_name(claim: str) -> str:
    """ "antitrust.sherman-1" → the taxonomy's name, else "Sherman 1 (antitrust)".

    :data:`UNCLASSIFIED` is "Not classified".
    """
    if claim == UNCLASSIFIED:
        return UNCLASSIFIED_NAME
    found = claim_names().get(claim)
    if found is not None:
        return found
    group, _, rest = claim.partition(".")
    if not rest:
        return group.replace("-", " ").replace("_", " ").capitalize()
    return f"{rest.replace('-', ' ').replace('_', ' ').capitalize()} ({group.replace('-', ' ')})"
