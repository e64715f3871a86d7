"""classify_text, classify_segments (inheritance) and merge_user_tags on hand-written snippets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawdiff.classify import classify_segments, classify_text, load_taxonomy, merge_user_tags
from lawdiff.core.model import ClaimTag, Origin, SegmentDraft, SegmentKind, Span

SPAN = Span(0, 1, 1, 1, 1, 1, 0, 1)


def _claims(text: str) -> set[str]:
    return {tag.claim for tag in classify_text(text)}


def _groups(tags: Sequence[ClaimTag]) -> set[str]:
    taxonomy = load_taxonomy()
    return {taxonomy.get(tag.claim).group for tag in tags}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plaintiff alleges a violation of Section 1 of the Sherman Act.", {"antitrust.sherman-1"}),
        ("Defendants violated 15 U.S.C. § 2 by monopolizing the market.", {"antitrust.sherman-2"}),
        ("COUNT II — Breach of Contract", {"contract.breach"}),
        (
            "AWS breached the implied covenant of good faith and fair dealing.",
            {"contract.implied-covenant"},
        ),
        ("Parler is unlikely to succeed on the merits.", {"injunction.likelihood-of-success"}),
        ("Parler has not shown irreparable harm.", {"injunction.irreparable-harm"}),
        (
            "The balance of equities tips sharply in AWS's favor.",
            {"injunction.balance-of-equities"},
        ),
        ("There are serious questions going to the merits.", {"injunction.serious-questions"}),
        ("Count III: tortious interference with a business expectancy", {"tort.interference"}),
        (
            "AWS is immune under Section 230 of the Communications Decency Act.",
            {"immunity.section-230"},
        ),
        ("The complaint fails under Twombly and Iqbal.", {"procedure.plausibility"}),
        (
            "Defendants move to exclude the expert testimony under Daubert.",
            {"procedure.expert-admissibility"},
        ),
        ("The case should be transferred under 28 U.S.C. § 1404(a).", {"procedure.venue-transfer"}),
        ("Parler menuduh Amazon melakukan wanprestasi.", {"contract.breach"}),
        ("Praktik monopoli dan persaingan usaha tidak sehat.", {"antitrust.monopolization"}),
        ("Hakim mengeluarkan putusan sela.", {"injunction.tro"}),
        ("Gugatan perbuatan melawan hukum terhadap Amazon.", {"tort.general"}),
        ("Parler meminta perintah pengadilan sementara.", {"injunction.tro"}),
        ("AWS melakukan pemutusan kontrak secara sepihak.", {"contract.termination"}),
    ],
)
def test_classify_text_finds_claim(text: str, expected: set[str]) -> None:
    assert expected <= _claims(text)


@pytest.mark.parametrize(
    ("text", "absent_group"),
    [
        # one mention of "contract" in a defamation paragraph is not a contract claim
        ("CNN published false and defamatory statements about a contract worker.", "contract"),
        ("The agreement was signed in 2019.", "contract"),
        ("The witness testified at trial about the harm.", "injunction"),
        ("The plan participants live in Puerto Rico.", "rico"),
        ("The public was informed.", "injunction"),
    ],
)
def test_classify_text_avoids_false_positive(text: str, absent_group: str) -> None:
    assert absent_group not in _groups(classify_text(text))


def test_tag_carries_confidence_and_cues() -> None:
    (tag,) = [
        t for t in classify_text("breach of contract; the contract") if t.claim == "contract.breach"
    ]
    assert tag.cues == ("breach of contract", "breach", "contract")
    assert tag.confidence == pytest.approx(1 - 0.1 * 0.75 * 0.75, abs=1e-3)
    assert tag.origin is Origin.AUTO
    assert not tag.inherited


def test_weak_cues_add_up() -> None:
    assert "contract.breach" not in _claims("the contract and the agreement")
    assert "contract.breach" in _claims("the contract and the agreement were breached")


def test_tags_are_ordered_by_confidence() -> None:
    tags = classify_text("Sherman Act; the contract and the agreement were breached")
    assert [t.confidence for t in tags] == sorted((t.confidence for t in tags), reverse=True)


def _seg(index: int, parent: int | None, text: str, heading: str = "") -> SegmentDraft:
    kind = SegmentKind.HEADING if heading else SegmentKind.PARAGRAPH
    return SegmentDraft(index, parent, kind, "", heading, text, SPAN)


def _by_claim(tags: Sequence[ClaimTag]) -> dict[str, ClaimTag]:
    return {tag.claim: tag for tag in tags}


def test_paragraph_inherits_count_claim() -> None:
    segments = [
        _seg(0, None, "", heading="COUNT I — Breach of Contract"),
        _seg(1, 0, "Defendant failed to pay the invoices on time."),
        _seg(2, 1, "See Exhibit A."),  # grandchild: inherits without further decay
    ]
    count, para, note = (_by_claim(tags) for tags in classify_segments(segments))
    assert not count["contract.breach"].inherited
    assert para["contract.breach"].inherited
    assert para["contract.breach"].confidence == pytest.approx(
        count["contract.breach"].confidence * load_taxonomy().inherit_factor, abs=1e-3
    )
    assert para["contract.breach"].cues == count["contract.breach"].cues
    assert note["contract.breach"].confidence == para["contract.breach"].confidence


def test_sibling_issue_replaces_inherited_one() -> None:
    segments = [
        _seg(0, None, "", heading="B. Parler has not shown irreparable harm"),
        _seg(1, 0, "The balance of equities tips sharply in AWS's favor."),
        _seg(2, 0, "Money damages would be adequate."),
    ]
    _, sibling, plain = (_by_claim(tags) for tags in classify_segments(segments))
    assert "injunction.irreparable-harm" not in sibling
    assert "injunction.balance-of-equities" in sibling
    assert plain["injunction.irreparable-harm"].inherited


def test_refinement_keeps_inherited_claim() -> None:
    segments = [
        _seg(0, None, "", heading="COUNT II — Breach of Contract"),
        _seg(1, 0, "AWS violated the implied covenant of good faith and fair dealing."),
        _seg(2, 0, "AWS also violated the Sherman Act."),
    ]
    _, covenant, antitrust = (_by_claim(tags) for tags in classify_segments(segments))
    assert {"contract.breach", "contract.implied-covenant"} <= set(covenant)
    assert covenant["contract.breach"].inherited
    assert {"contract.breach", "antitrust.general"} <= set(antitrust)


def test_own_mention_of_parent_claim_is_not_inherited() -> None:
    segments = [
        _seg(0, None, "", heading="COUNT II — Breach of Contract"),
        _seg(1, 0, "The contract was breached when the agreement ended."),
    ]
    tags = _by_claim(classify_segments(segments)[1])
    assert not tags["contract.breach"].inherited
    assert tags["contract.breach"].confidence >= 0.9 * 0.85


def test_parent_order_and_bad_parents_do_not_matter() -> None:
    segments = [
        _seg(0, 2, "Money damages would be adequate."),
        _seg(1, 1, "It loops to itself."),
        _seg(2, None, "", heading="Irreparable harm"),
        _seg(3, 99, "Parent out of range."),
    ]
    first, self_loop, _, orphan = classify_segments(segments)
    assert _by_claim(first)["injunction.irreparable-harm"].inherited
    assert self_loop == ()
    assert orphan == ()


def test_custom_taxonomy_is_used(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text('[[type]]\nid = "x.widget"\nname = "W"\ngroup = "x"\nstrong = ["widget"]\n')
    taxonomy = load_taxonomy(path)
    assert [t.claim for t in classify_text("a widget", taxonomy)] == ["x.widget"]
    assert classify_segments([_seg(0, None, "a widget")], taxonomy)[0][0].claim == "x.widget"


WORDS = ["breach of contract", "Sherman Act", "irreparable harm", "the", "contract", "harm", "x"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(-1, 8), st.lists(st.sampled_from(WORDS), max_size=5)),
        max_size=8,
    )
)
def test_segments_properties(rows: list[tuple[int, list[str]]]) -> None:
    segments = [
        _seg(i, parent if parent >= 0 else None, " ".join(words))
        for i, (parent, words) in enumerate(rows)
    ]
    result = classify_segments(segments)
    assert len(result) == len(segments)
    for segment, tags in zip(segments, result, strict=True):
        assert len({t.claim for t in tags}) == len(tags)
        assert all(0.0 <= t.confidence <= 1.0 for t in tags)
        own = {t.claim for t in classify_text(segment.text)}
        assert own <= {t.claim for t in tags}
        assert all(t.claim not in own for t in tags if t.inherited)


AUTO = (
    ClaimTag("contract.breach", 0.9, cues=("breach of contract",)),
    ClaimTag("antitrust.general", 0.6, cues=("antitrust",)),
)


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ((), [("contract.breach", 0.9, Origin.AUTO), ("antitrust.general", 0.6, Origin.AUTO)]),
        (
            (ClaimTag("antitrust.general", 0.0),),
            [("contract.breach", 0.9, Origin.AUTO)],
        ),
        (
            (ClaimTag("contract.breach", 1.0), ClaimTag("tort.interference", 1.0)),
            [
                ("contract.breach", 1.0, Origin.USER),
                ("antitrust.general", 0.6, Origin.AUTO),
                ("tort.interference", 1.0, Origin.USER),
            ],
        ),
        (
            (ClaimTag("tort.negligence", 0.0),),
            [("contract.breach", 0.9, Origin.AUTO), ("antitrust.general", 0.6, Origin.AUTO)],
        ),
    ],
)
def test_merge_user_tags(
    user: tuple[ClaimTag, ...], expected: list[tuple[str, float, Origin]]
) -> None:
    merged = merge_user_tags(AUTO, user)
    assert [(t.claim, t.confidence, t.origin) for t in merged] == expected


@pytest.mark.slow
def test_twenty_thousand_segments_in_a_few_seconds() -> None:
    import time

    sentences = [
        "Defendants conspired in restraint of trade in violation of the Sherman Act.",
        "The agreement required thirty days' written notice before termination.",
        "Plaintiff will suffer irreparable harm absent a temporary restraining order.",
        "The witness testified about the plan's recordkeeping fees at trial.",
        "Parler menuduh Amazon melanggar kontrak dan undang-undang antimonopoli.",
    ]
    segments = [
        _seg(i, i - 1 if i % 10 else None, " ".join(sentences[(i + k) % 5] for k in range(4)))
        for i in range(20_000)
    ]
    load_taxonomy()
    start = time.process_time()
    result = classify_segments(segments)
    elapsed = time.process_time() - start
    assert len(result) == 20_000
    assert elapsed < 15.0  # ≈2-3 s of CPU measured on the 2-core dev machines
