"""Analysis for every import path: JSON without claims or citations is classified and
cite-scanned as a PDF is; ``classify`` (``lawdiff analyze``) re-runs both in one transaction and
keeps the user's tags; ``resegment``; ``set_claims``; a file is hashed once on import."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lawdiff import store
from lawdiff.core.model import CitationKind, ClaimTag, Origin, SegmentInfo
from lawdiff.workspace import Workspace
from tests.casedata import segment, small_case
from tests.unit.test_cli import lawdiff

CONTRACT = (
    "Stratus breached the contract: the agreement required delivery and it failed to deliver, "
    "so its breach of contract caused damages. See Bell Atl. Corp. v. Twombly, 550 U.S. 544, "
    "555 (2007)."
)


def _bare_case() -> dict[str, Any]:
    """The small case with a paragraph about contract and a case citation, but no claims or
    citations given for the complaint."""
    data = small_case()
    complaint = data["documents"][0]
    complaint["segments"] = [segment("d1.s0", "paragraph", "¶ 1", CONTRACT)]
    data["links"] = []
    return data


def _segment(ws: Workspace, label: str) -> SegmentInfo:
    return next(s for s in ws.segments() if s.label == label)


def _claims(seg: SegmentInfo, origin: Origin) -> set[str]:
    return {t.claim for t in seg.claims if t.origin is origin}


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as workspace:
        yield workspace


@pytest.fixture
def transactions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each write transaction the workspace opens, by the name of its work."""
    opened: list[str] = []
    real = store.run_in_transaction

    def counting(db: Any, work: Callable[..., Any], **kw: Any) -> Any:
        opened.append(getattr(work, "__qualname__", "?"))
        return real(db, work, **kw)

    monkeypatch.setattr(store, "run_in_transaction", counting)
    return opened


def test_json_without_claims_or_citations_is_classified_and_cite_scanned(ws: Workspace) -> None:
    ws.import_interchange(_bare_case())
    para = _segment(ws, "¶ 1")
    assert "contract.breach" in _claims(para, Origin.AUTO)
    assert any(c.kind is CitationKind.CASE and "550 U.S. 544" in c.text for c in para.citations)


def test_json_claims_and_citations_are_kept_as_given(ws: Workspace) -> None:
    data = small_case()
    ws.import_interchange(data)
    count = _segment(ws, "COUNT I")
    assert _claims(count, Origin.AUTO) == set()
    assert _claims(count, Origin.USER) == {"antitrust.sherman-1"}


def test_classify_refreshes_claims_and_citations_keeps_user_tags_in_one_transaction(
    ws: Workspace, transactions: list[str]
) -> None:
    ws.import_interchange(_bare_case())
    para = _segment(ws, "¶ 1")
    ws.set_claims(para.id, [ClaimTag("contract.breach", 0.0, Origin.USER, ())])
    ws.set_claims(para.id, [ClaimTag("tort.fraud", 1.0, Origin.USER, ("mine",))])
    before = len(transactions)
    changes = ws.classify()
    assert len(transactions) == before + 1  # every document, one transaction
    assert set(changes.segments_changed) == {s.id for s in ws.segments()}
    after = _segment(ws, "¶ 1")
    assert _claims(after, Origin.USER) == {"tort.fraud"}  # the user's tag survives
    assert "contract.breach" in _claims(after, Origin.AUTO)
    assert [t.claim for t in ws.effective_claims(after)][-1] == "tort.fraud"
    assert len(after.citations) == len(para.citations) > 0  # found again, not doubled


def test_set_claims_overrides_and_removes(ws: Workspace) -> None:
    ws.import_interchange(_bare_case())
    para = _segment(ws, "¶ 1")
    assert "contract.breach" in {t.claim for t in ws.effective_claims(para)}
    ws.set_claims(
        para.id,
        [
            ClaimTag("contract.breach", 0.0, Origin.AUTO, ()),  # the user removes it
            ClaimTag("tort.fraud", 0.7, Origin.AUTO, ("by hand",)),
        ],
    )
    after = _segment(ws, "¶ 1")
    effective = {t.claim: t for t in ws.effective_claims(after)}
    assert "contract.breach" not in effective
    assert effective["tort.fraud"].origin is Origin.USER
    assert effective["tort.fraud"].confidence == 0.7
    assert _claims(after, Origin.AUTO) == _claims(para, Origin.AUTO)  # classifier's kept apart


def test_resegment_rebuilds_segments_from_stored_pages(ws: Workspace, tmp_path: Path) -> None:
    text = tmp_path / "complaint.txt"
    text.write_text(
        "COMPLAINT\n\n1. Plaintiff is a company.\n\n2. " + CONTRACT + "\n", encoding="utf-8"
    )
    (doc,) = ws.import_files([text]).documents_added
    first = ws.segments(doc)
    changes = ws.resegment([doc])
    again = ws.segments(doc)
    assert [(s.kind, s.label, s.text) for s in again] == [(s.kind, s.label, s.text) for s in first]
    assert set(changes.segments_changed) == {s.id for s in again}
    assert len(again) >= 2 and any(s.citations for s in again)
    assert changes.documents_changed == (doc,)


def test_resegment_marks_running_lines_of_pages_stored_without_marks(tmp_path: Path) -> None:
    footer = "PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT - {}\nHALVORSEN & PIKE LLP"
    text = tmp_path / "motion.txt"
    text.write_text(
        f"I. ARGUMENT\n\n{CONTRACT}\n\n{footer.format(2)}\n\nII. CONCLUSION\n\n"
        f"The motion should be granted.\n\n{footer.format(3)}\n",
        encoding="utf-8",
    )
    case = tmp_path / "c.lawdiff"
    with Workspace.open(case, create=True) as ws:
        (doc,) = ws.import_files([text]).documents_added
        first = [(s.kind, s.label, s.text) for s in ws.segments(doc)]
        stored = ws.pages(doc)
    assert sum(line.furniture for page in stored for line in page.lines) == 4
    assert not any("HALVORSEN" in text for *_, text in first)
    with sqlite3.connect(case) as db:  # as a case imported before ingest marked them
        db.execute("UPDATE pages SET lines = replace(lines, ', \"furniture\": true', '')")
    with Workspace.open(case) as ws:
        assert not any(line.furniture for page in ws.pages(doc) for line in page.lines)
        ws.resegment([doc])
        assert [(s.kind, s.label, s.text) for s in ws.segments(doc)] == first


def test_cli_analyze_resegment(tmp_path: Path) -> None:
    case = tmp_path / "c.lawdiff"
    with Workspace.open(case, create=True) as ws:
        ws.import_interchange(small_case())
    result = lawdiff("analyze", case, "opposition", "--resegment")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("segmented 1 documents again: classified and cite-scanned ")
    with Workspace.open(case) as ws:
        complaint = ws.documents()[0]
        assert ws.links() == []  # the opposition's segments are new
        assert [s.text for s in ws.segments(complaint.id)] == [
            s["text"] for s in small_case()["documents"][0]["segments"]
        ]


def test_a_file_is_hashed_once_on_import(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tmp_path / "complaint.txt"
    text.write_text("COMPLAINT\n\n1. " + CONTRACT + "\n", encoding="utf-8")
    made: list[object] = []
    real = hashlib.sha256

    def sha256(*args: Any) -> Any:
        made.append(args)
        return real(*args)

    monkeypatch.setattr(hashlib, "sha256", sha256)
    ws.import_files([text])
    assert len(made) == 1
    assert ws.documents()[0].sha256 == hashlib.sha256(text.read_bytes()).hexdigest()


def test_cli_analyze_keeps_the_users_tags(tmp_path: Path) -> None:
    case = tmp_path / "c.lawdiff"
    with Workspace.open(case, create=True) as ws:
        ws.import_interchange(_bare_case())
        para = _segment(ws, "¶ 1")
        ws.set_claims(para.id, [ClaimTag("tort.fraud", 1.0, Origin.USER, ())])
    result = lawdiff("analyze", case)
    assert result.returncode == 0, result.stderr
    with Workspace.open(case) as ws:
        count = len(ws.segments())
        after = _segment(ws, "¶ 1")
    assert result.stdout.strip() == f"classified and cite-scanned {count} segments"
    assert _claims(after, Origin.USER) == {"tort.fraud"}
    assert "contract.breach" in _claims(after, Origin.AUTO)


def test_linking_every_pair_is_one_transaction(ws: Workspace, transactions: list[str]) -> None:
    data = small_case()
    opposition = data["documents"][1]
    reply = {
        **opposition,
        "id": "d3",
        "title": "Reply",
        "role": "reply",
        "sha256": "f" * 64,
        "segments": [
            dict(s, id=s["id"].replace("d2", "d3"), parent=None) for s in opposition["segments"]
        ],
    }
    data["documents"].append(reply)
    data["links"] = []
    ws.import_interchange(data)
    assert len(ws.answering_pairs()) == 2
    before = len(transactions)
    changes = ws.suggest_links()
    assert len(transactions) == before + 1
    assert changes.links_added and set(changes.links_added) == {x.id for x in ws.links()}
