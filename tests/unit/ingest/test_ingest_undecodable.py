"""Undecodable text layers: what a font without a Unicode map gives, and what it must not flag."""

from __future__ import annotations

import pytest

from lawdiff.ingest.undecodable import undecodable

PLAIN = "The court grants the motion in part and denies it in part. " * 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PLAIN, False),
        ("(cid:55)(cid:75)(cid:72)(cid:3)(cid:70)(cid:82)(cid:88)(cid:85)(cid:87)" * 4, True),
        ("7KHFRXUWJUDQWVWKHPRWLRQLQSDUWDQGGHQLHVLWLQSDUW\x13\x11\r\n" * 3, True),
        ("\ue001\ue002\ue003 \ue004\ue005 " * 10, True),
        ("Case 2:20-cv-01234 Document 5", False),  # too short to judge
        ("See 42 U.S.C. § 1983; Fed. R. Civ. P. 12(b)(6); ECF No. 12 at 3–4. " * 3, False),
        ("BNSF TRO ADR FRCP LLC NLRB " * 4 + PLAIN, False),
    ],
)
def test_undecodable(text: str, expected: bool) -> None:
    assert undecodable(text) is expected
