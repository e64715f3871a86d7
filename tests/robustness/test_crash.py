"""SIGKILL in the middle of an import, of a linking run, and right after a saved edit.

The worker runs in its own process group so that the PDF reader's helper processes die with
it. After the kill the case must pass ``PRAGMA integrity_check`` and hold everything that was
committed before.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.core.ids import LinkId
from lawdiff.core.model import CaseSnapshot
from lawdiff.workspace import Workspace
from tests.casedata import small_case
from tests.robustness.cases import long_pdf, pair_case
from tests.robustness.harness import integrity

FORK = multiprocessing.get_context("fork")


def _kill_when(marker: Path, target: Callable[[], None], timeout: float = 60) -> None:
    """Run ``target`` in a child process; SIGKILL its process group once ``marker`` exists."""

    def run() -> None:
        os.setpgrp()
        target()

    child = FORK.Process(target=run)
    child.start()
    deadline = time.monotonic() + timeout
    while not marker.exists():
        assert child.is_alive(), "the worker ended before it was killed"
        assert time.monotonic() < deadline, "the worker never started its work"
        time.sleep(0.02)
    os.killpg(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    child.join(10)
    assert child.exitcode == -signal.SIGKILL


def _committed(snapshot: CaseSnapshot) -> tuple[object, ...]:
    return (snapshot.case, snapshot.documents, snapshot.segments, snapshot.links)


def _seed(path: Path) -> CaseSnapshot:
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(small_case())
        link = ws.links()[0]
        ws.update_link(link.id, note="checked against the record")
        return ws.snapshot()


def _touching(marker: Path, after: int = 3) -> Callable[[int, int, str], None]:
    """A progress callback that creates ``marker`` on its ``after``-th call (work has begun)."""
    calls = 0

    def progress(done: int, total: int, message: str) -> None:
        nonlocal calls
        calls += 1
        if calls == after:
            marker.touch()

    return progress


@pytest.mark.slow
def test_kill_during_import_keeps_what_was_committed(tmp_path: Path) -> None:
    case, marker = tmp_path / "case.lawdiff", tmp_path / "started"
    before = _seed(case)
    pdf = long_pdf(tmp_path / "long brief.pdf", pages=24)

    def work() -> None:
        with Workspace.open(case) as ws:
            ws.import_files([pdf], progress=_touching(marker))

    _kill_when(marker, work)
    assert integrity(case) == "ok"
    with Workspace.open(case) as ws:  # no half-imported document, nothing else changed
        assert _committed(ws.snapshot()) == _committed(before)


@pytest.mark.slow
def test_kill_during_linking_keeps_what_was_committed(tmp_path: Path) -> None:
    case, marker = tmp_path / "case.lawdiff", tmp_path / "started"
    with Workspace.open(case, create=True) as ws:
        ws.import_interchange(pair_case(sections=60, per_section=3))
        ws.suggest_links()
        first = ws.links()[0]
        ws.update_link(first.id, note="keep me", pinned=True)
        before = ws.snapshot()

    def work() -> None:
        with Workspace.open(case) as ws:
            ws.suggest_links(progress=_touching(marker))

    _kill_when(marker, work)
    assert integrity(case) == "ok"
    with Workspace.open(case) as ws:
        assert _committed(ws.snapshot()) == _committed(before)
        kept = ws.get_link(first.id)
        assert kept is not None and kept.note == "keep me" and kept.pinned


def test_saved_edits_survive_a_kill_right_after_they_return(tmp_path: Path) -> None:
    case, marker = tmp_path / "case.lawdiff", tmp_path / "saved"
    _seed(case)
    with Workspace.open(case) as ws:
        complaint, opposition = (ws.segments(d.id) for d in ws.documents())
    source, target = complaint[2].id, opposition[1].id

    def work() -> None:
        ws = Workspace.open(case)  # never closed: the kill comes first
        added = ws.add_link(source, target, note="first note").links_added[0]
        ws.update_link(added, note="second note")
        # written beside, then renamed: the parent kills as soon as the marker exists, and
        # must never find it created but still empty
        pending = marker.with_suffix(".pending")
        pending.write_text(str(added))
        pending.rename(marker)
        time.sleep(60)

    _kill_when(marker, work)
    assert integrity(case) == "ok"
    with Workspace.open(case) as ws:
        saved = ws.get_link(LinkId(int(marker.read_text())))
        assert saved is not None
        assert (saved.source, saved.target, saved.note) == (source, target, "second note")
