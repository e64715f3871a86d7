"""The workspace facade: transactions, duplicates, link review, search, undo support."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.core.model import LinkStatus, Relation, Role
from lawdiff.workspace import Workspace
from tests.casedata import small_case


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "case.lawdiff", create=True)
    workspace.import_interchange(small_case())
    yield workspace  # type: ignore[misc]
    workspace.close()


def test_case_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "c.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(small_case())
        ws.set_case_info(caption="Chirrup v. Stratus", docket="2:26-cv-00117")
        before = ws.snapshot()
    with Workspace.open(path) as ws:
        after = ws.snapshot()
    assert after.documents == before.documents
    assert after.segments == before.segments
    assert after.links == before.links
    assert after.case.docket == "2:26-cv-00117"


def test_duplicate_import_is_reported_not_duplicated(ws: Workspace) -> None:
    changes = ws.import_interchange(small_case())
    assert changes.documents_added == ()
    assert len(changes.skipped) == 2
    assert len(ws.documents()) == 2


def test_failed_import_leaves_case_exactly_as_it_was(ws: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = ws.snapshot()
    data = small_case(" more")
    for doc, sha in zip(data["documents"], ("c" * 64, "d" * 64), strict=True):
        doc["sha256"] = sha

    def explode(*args: object) -> None:
        raise RuntimeError("disk unplugged half-way")

    monkeypatch.setattr("lawdiff.store.segments.add_citations", explode)
    with pytest.raises(RuntimeError):
        ws.import_interchange(data)
    assert ws.snapshot() == before


def test_accept_reject_and_rejected_stays_rejected(ws: Workspace) -> None:
    (link,) = ws.links()
    ws.update_link(link.id, status=LinkStatus.REJECTED)
    assert ws.get_link(link.id).status is LinkStatus.REJECTED  # type: ignore[union-attr]
    ws.update_link(link.id, note="wrong paragraph", pinned=True)
    got = ws.get_link(link.id)
    assert got is not None and got.note == "wrong paragraph" and got.pinned


def test_add_link_by_hand_then_delete_and_restore(ws: Workspace) -> None:
    complaint, opposition = ws.documents()
    para2 = next(s for s in ws.segments(complaint.id) if s.label == "¶ 2")
    answer = ws.segments(opposition.id)[1]
    changes = ws.add_link(para2.id, answer.id, Relation.CONCEDES, "they admit it")
    (new_id,) = changes.links_added
    link = ws.get_link(new_id)
    assert link is not None and link.status is LinkStatus.ACCEPTED and link.note == "they admit it"
    ws.delete_link(new_id)
    assert ws.get_link(new_id) is None
    ws.restore_link(link)
    assert ws.get_link(new_id) == link


def test_link_within_one_filing_is_refused(ws: Workspace) -> None:
    complaint = ws.documents()[0]
    a, b = ws.segments(complaint.id)[1:3]
    with pytest.raises(KnownError, match="two different filings"):
        ws.add_link(a.id, b.id)


def test_search_finds_words_and_phrases(ws: Workspace) -> None:
    hits = ws.search("conspir")
    assert {h.label for h in hits} == {"¶ 1", "", "I"}  # the heading says Conspiracy
    assert ws.search('"gave no notice"')[0].label == "¶ 2"
    assert ws.search('"') == []


def test_update_and_delete_document(ws: Workspace) -> None:
    complaint = ws.documents()[0]
    ws.update_document(complaint.id, role=Role.MOTION, party="Someone else")
    assert ws.document(complaint.id).role is Role.MOTION
    ws.delete_document(complaint.id)
    assert [d.title for d in ws.documents()] == ["Opposition"]
    assert ws.links() == []


def test_first_filing_names_the_case(tmp_path: Path) -> None:
    data = small_case()
    data["case"] = {}
    data["documents"][0].update(caption="Chirrup, Inc. v. Stratus", docket="2:26-cv-00117")
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_interchange(data)
        info = ws.info()
    assert (info.caption, info.docket) == ("Chirrup, Inc. v. Stratus", "2:26-cv-00117")


def test_link_reasons_name_claims_as_the_taxonomy_does(tmp_path: Path) -> None:
    data = small_case()
    data["links"] = []
    for doc in data["documents"]:
        for seg in doc["segments"]:
            seg["claims"] = ["contract.breach"]
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_interchange(data)
        ws.suggest_links()
        texts = [r.text for x in ws.links() for r in x.reasons if r.signal == "shared-claim"]
    assert texts and all(t == "both about Breach of contract" for t in texts)


def test_each_answer_is_paired_with_the_filing_it_answers(tmp_path: Path) -> None:
    data = small_case()
    data["links"] = []
    base = data["documents"][0]["segments"]
    extra = [
        ("d3", "motion", "dismiss", "5", "c" * 64),
        ("d4", "motion", "tro", "2", "d" * 64),
        ("d5", "opposition", "tro", "9", "e" * 64),
    ]
    for doc_id, role, kind, ecf, sha in extra:
        segs = [dict(s, id=s["id"].replace("d1", doc_id), parent=None, citations=[]) for s in base]
        data["documents"].append(
            {
                "id": doc_id,
                "title": f"{role} {kind}",
                "role": role,
                "motion_kind": kind,
                "party": "",
                "pages": 1,
                "ecf_number": ecf,
                "sha256": sha,
                "segments": segs,
            }
        )
    with Workspace.open(tmp_path / "c.lawdiff", create=True) as ws:
        ws.import_interchange(data)
        titles = {d.id: d.title for d in ws.documents()}
        pairs = {(titles[a], titles[b]) for a, b in ws.answering_pairs()}
    # The TRO opposition answers the TRO motion (not the motion to dismiss) and the complaint.
    assert ("motion tro", "opposition tro") in pairs
    assert ("motion dismiss", "opposition tro") not in pairs
    assert ("Complaint", "opposition tro") in pairs


def test_reads_by_id_pages_and_coverage(ws: Workspace) -> None:
    complaint, opposition = ws.documents()
    segments = ws.segments(complaint.id)
    wanted = [segments[2].id, segments[0].id]
    assert [s.id for s in ws.segments_by_id(wanted)] == sorted(wanted)
    pages = ws.pages(complaint.id)
    assert [p.number for p in pages] == [1, 2]
    assert "The host gave no notice." in pages[1].text
    para1, para2 = segments[1].id, segments[2].id
    by_opposition = ws.coverage(complaint.id, opposition.id)
    assert by_opposition.status(para1) == "answered"
    assert by_opposition.status(para2) == "unanswered"
    (link,) = ws.links()
    ws.update_link(link.id, status=LinkStatus.REJECTED)
    assert ws.coverage(complaint.id).status(para1) == "unanswered"
