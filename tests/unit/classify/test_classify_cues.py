"""Cue syntax: phrases, wildcards, acronyms, regex cues, and the index that picks candidates."""

from __future__ import annotations

import pytest

from lawdiff.classify.cues import (
    CueIndex,
    CueSyntaxError,
    Folded,
    compile_cue,
    fold,
    phrase_key,
    regex_key,
)


def _hits(cue_text: str, text: str) -> bool:
    cue = compile_cue(cue_text, "x.y", 0.5)
    folded = fold(text)
    return cue.found_in(folded, folded.lower())


@pytest.mark.parametrize(
    ("cue", "text", "expected"),
    [
        ("Sherman Act", "a claim under the SHERMAN  ACT here", True),
        ("Sherman Act", "the Sherman\nAct", True),
        ("Sherman Act", "the Shermanact", False),
        ("breach of contract", "its breach-of-contract claim", True),
        ("breach of contract", "its breach–of–contract claim", True),  # en dashes
        ("breach of contract", "breach of contracts", False),
        ("contract", "subcontract", False),
        ("contract", "contract_x", False),
        ("contract", "(contract)", True),
        ("monopoli*", "monopolization", True),
        ("monopoli*", "monopolistic conduct", True),
        ("monopoli*", "antimonopoli", False),
        ("U.S.C.", "15 USC 1", True),
        ("§ 1983", "42 U.S.C. §1983", True),
        ("§ 1983", "§ 19830", False),
        ("Winter's", "under Winter’s test", True),
        ("RICO", "a civil RICO claim", True),
        ("RICO", "Puerto Rico", False),
        ("TRO", "the TRO motion", True),
        ("TRO", "tro", False),
        ("wanprestasi", "Gugatan WANPRESTASI diajukan", True),
        ("perintah penahanan sementara", "meminta perintah\npenahanan sementara", True),
        ("401(k)", "the 401(k) plan", True),
        (r"re:\b15\s+U\.?S\.?C\.?\s*§+\s*1\b", "15 U.S.C. § 1", True),
        (r"re:\b15\s+U\.?S\.?C\.?\s*§+\s*1\b", "15 U.S.C. § 12", False),
        (r"re:\b15\s+U\.?S\.?C\.?\s*§+\s*1\b", "215 U.S.C. § 1", False),
    ],
)
def test_cue_matching(cue: str, text: str, expected: bool) -> None:
    assert _hits(cue, text) is expected


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("breach of contract", ("contract", False)),
        ("Section 1 of the Sherman Act", ("section", False)),
        ("monopoli*", ("mono", True)),
        ("monopoli* power", ("power", False)),
        ("U.S.C.", ("", False)),
        ("15 U.S.C. § 1", ("15", False)),
        ("act*", ("", False)),
    ],
)
def test_phrase_key(phrase: str, key: tuple[str, bool]) -> None:
    assert phrase_key(phrase.lower()) == key


@pytest.mark.parametrize(
    ("source", "key"),
    [
        (r"\b15\s+U\.?S\.?C", ("15", False)),
        (r"§+\s*1983", ("§", False)),
        (r"Fed\.?\s*R", ("fed", False)),
        (r"monopoli[sz]e", ("mono", True)),
        (r"abc?d", ("", False)),
        (r"sherman|clayton", ("", False)),
        (r"(?:sherman|clayton) act", ("", False)),
        (r"[a-z]+ act", ("", False)),
    ],
)
def test_regex_key(source: str, key: tuple[str, bool]) -> None:
    assert regex_key(source) == key


@pytest.mark.parametrize("bad", ["", "re:", "re:(unclosed", "*"])
def test_bad_cues_raise(bad: str) -> None:
    with pytest.raises(CueSyntaxError):
        compile_cue(bad, "x.y", 0.5)


def test_index_only_offers_cues_whose_key_occurs() -> None:
    cues = [
        compile_cue("breach of contract", "contract.breach", 0.9),
        compile_cue("monopoli*", "antitrust.monopolization", 0.9),
        compile_cue(r"re:(?:foo|bar)baz", "x.always", 0.5),
    ]
    index = CueIndex(cues)
    offered = {c.text for c in index.candidates("the contract was monopolized")}
    assert offered == {"breach of contract", "monopoli*", r"re:(?:foo|bar)baz"}
    assert {c.text for c in index.matches("the contract was monopolized")} == {"monopoli*"}
    assert {c.text for c in index.candidates("nothing here")} == {r"re:(?:foo|bar)baz"}


def test_a_prepared_text_is_matched_like_the_raw_text() -> None:
    index = CueIndex([compile_cue("Sherman Act", "a.b", 0.9), compile_cue("TRO", "c.d", 0.9)])
    text = "The SHERMAN\nACT claim — and a TRO — fail."
    prepared = Folded.of(text)
    assert prepared.tokens >= {"sherman", "act", "tro"}
    assert index.matches_in(prepared) == index.matches(text)
    assert {c.text for c in index.matches(text)} == {"Sherman Act", "TRO"}
