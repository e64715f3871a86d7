"""claim_name: the one name of a claim everywhere (report, window, link reasons)."""

from __future__ import annotations

import pytest

from lawdiff.classify import UNCLASSIFIED, claim_name, claim_names, load_taxonomy


@pytest.mark.parametrize(
    ("claim", "name"),
    [
        ("contract.breach", "Breach of contract"),
        ("made-up.thing", "Thing (made up)"),
        ("made_up.some_thing", "Some thing (made_up)"),
        ("solo", "Solo"),
        (UNCLASSIFIED, "Not classified"),
    ],
)
def test_claim_names(claim: str, name: str) -> None:
    assert claim_name(claim) == name


def test_every_taxonomy_claim_is_named_as_the_taxonomy_says() -> None:
    types = load_taxonomy().types
    assert claim_names() == {t.id: t.name for t in types}
    assert all(claim_name(t.id) == t.name for t in types)
