"""The store's rulings rows: re-analysis replaces the analyser's rows and keeps the user's
corrections; a correction is set and handed back the same way for dispositions and rulings;
lists come by order (fictional bundle and opposition)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import Role
from lawdiff.core.rulings import (
    ArgumentRuling,
    Disposition,
    DispositionKind,
    Evidence,
    RulingStatus,
    Side,
)
from lawdiff.store import open_case_file
from lawdiff.store import rulings as repo
from lawdiff.workspace import Workspace
from tests.bundled import write_bundle, write_opposition

SAID = Evidence("The motion is granted.", 4, 2, "granted", Side.MOVANT)


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[Session, list[DocumentId], list[SegmentId]]]:
    path = tmp_path / "c.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_files([write_bundle(tmp_path / "bundle.txt")], role=Role.MOTION)
        ws.import_files([write_opposition(tmp_path / "opp.txt")], role=Role.ORDER)
        docs = [d.id for d in ws.documents()]
        segments = [s.id for s in ws.segments(docs[0])]
    db = open_case_file(path)
    with Session(db.engine) as session, session.begin():
        yield session, docs, segments
    db.close()


def _disposition(order: DocumentId, key: str, kind: DispositionKind) -> Disposition:
    return Disposition(order, f"Motion {key}", key, "Globex", kind, SAID, 0.9)


def _ruling(order: DocumentId, argument: SegmentId, side: Side) -> ArgumentRuling:
    return ArgumentRuling(order, argument, (), side, 0.8, (SAID,))


def test_a_correction_is_kept_over_reanalysis_and_handed_back(
    case: tuple[Session, list[DocumentId], list[SegmentId]],
) -> None:
    session, (_motion, order), segments = case
    repo.store_dispositions(session, order, [_disposition(order, "mtd", DispositionKind.DENIED)])
    repo.store_rulings(session, order, [_ruling(order, segments[1], Side.RESPONDENT)])
    (disposition,) = repo.list_dispositions(session, order)
    (ruling,) = repo.list_rulings(session, order)
    assert repo.set_disposition_kind(session, disposition.id, DispositionKind.GRANTED, "by hand")
    assert repo.set_ruling_side(session, ruling.id, Side.MOVANT, "read again")
    # the analyser says otherwise again: the user's answers stand
    repo.store_dispositions(session, order, [_disposition(order, "mtd", DispositionKind.MOOT)])
    repo.store_rulings(session, order, [_ruling(order, segments[1], Side.MIXED)])
    (disposition,) = repo.list_dispositions(session, order)
    (ruling,) = repo.list_rulings(session, order)
    assert (disposition.kind, disposition.status) == (
        DispositionKind.GRANTED,
        RulingStatus.CORRECTED,
    )
    assert (ruling.side, ruling.status, ruling.note) == (
        Side.MOVANT,
        RulingStatus.CORRECTED,
        "read again",
    )
    # handed back: the analyser's latest answer, no note
    assert repo.set_disposition_kind(session, disposition.id, None, "ignored")
    assert repo.set_ruling_side(session, ruling.id, None, "ignored")
    (disposition,) = repo.list_dispositions(session, order)
    (ruling,) = repo.list_rulings(session, order)
    assert (disposition.kind, disposition.status) == (DispositionKind.MOOT, RulingStatus.AUTO)
    assert (ruling.side, ruling.status, ruling.note) == (Side.MIXED, RulingStatus.AUTO, "")
    assert not repo.set_ruling_side(session, ruling.id + 100, Side.MOVANT, "")
    assert not repo.set_disposition_kind(session, disposition.id + 100, None, "")


def test_stale_auto_rows_go_and_lists_come_by_order(
    case: tuple[Session, list[DocumentId], list[SegmentId]],
) -> None:
    session, (motion, order), segments = case
    for doc in (order, motion):  # stored out of order
        repo.store_rulings(
            session,
            doc,
            [_ruling(doc, segments[2], Side.MOVANT), _ruling(doc, segments[1], Side.MIXED)],
        )
    assert [(r.order, r.argument) for r in repo.list_rulings(session)] == [
        (motion, segments[2]),
        (motion, segments[1]),
        (order, segments[2]),
        (order, segments[1]),
    ]
    kept = repo.list_rulings(session, order)[1]
    repo.set_ruling_side(session, kept.id, Side.RESPONDENT, "")
    repo.store_rulings(session, order, [])  # the analyser finds nothing now
    assert [(r.argument, r.side) for r in repo.list_rulings(session, order)] == [
        (segments[1], Side.RESPONDENT)
    ]
    assert len(repo.list_rulings(session, motion)) == 2
