"""Two processes on one case: interleaved edits all land; a held lock means "busy", then success."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

from lawdiff.cli import main as cli_main
from lawdiff.workspace import Workspace
from tests.robustness.cases import pair_case
from tests.robustness.harness import integrity, run_forked

FORK = multiprocessing.get_context("fork")
EDITS = 40


def _make_case(path: Path) -> list[tuple[int, int]]:
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(pair_case(sections=EDITS, per_section=0))
        motion, opposition = (ws.segments(d.id) for d in ws.documents())
    return [(m.id, o.id) for m, o in zip(motion, opposition, strict=True)]


def _editor(path: Path, pairs: list[tuple[int, int]], parity: int) -> None:
    busy: list[str] = []
    with Workspace.open(path) as ws:
        ws.on_busy = busy.append
        for n, (source, target) in enumerate(pairs):
            if n % 2 != parity:
                continue
            added = ws.add_link(source, target, note=f"note {n}")  # type: ignore[arg-type]
            ws.update_link(added.links_added[0], note=f"note {n} reviewed")


def test_two_processes_editing_lose_nothing(tmp_path: Path) -> None:
    case = tmp_path / "case.lawdiff"
    pairs = _make_case(case)
    editors = [FORK.Process(target=_editor, args=(case, pairs, p)) for p in (0, 1)]
    for editor in editors:
        editor.start()
    for editor in editors:
        editor.join(120)
        assert editor.exitcode == 0
    assert integrity(case) == "ok"
    with Workspace.open(case) as ws:
        notes = {(x.source, x.target): x.note for x in ws.links()}
    assert notes == {pair: f"note {n} reviewed" for n, pair in enumerate(pairs)}


def _hold_write_lock(path: Path, seconds: float, ready: Path) -> None:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE cases SET caption = caption")
    ready.touch()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def _locked_for(path: Path, seconds: float) -> multiprocessing.process.BaseProcess:
    ready = path.with_name("locked")
    holder = FORK.Process(target=_hold_write_lock, args=(path, seconds, ready))
    holder.start()
    while not ready.exists():
        time.sleep(0.01)
    return holder


def test_a_long_lock_says_busy_then_the_edit_succeeds(tmp_path: Path) -> None:
    case = tmp_path / "case.lawdiff"
    source, target = _make_case(case)[0]
    holder = _locked_for(case, 4.0)  # longer than one busy timeout (3 s)
    busy: list[str] = []
    with Workspace.open(case) as ws:
        ws.on_busy = busy.append
        ws.add_link(source, target, note="made while locked")  # type: ignore[arg-type]
        assert [x.note for x in ws.links()] == ["made while locked"]
    holder.join()
    assert busy and all("the case is busy, retrying" in m for m in busy)
    assert busy[0].startswith("case.lawdiff: ")


def test_cli_waits_for_another_window_then_imports(tmp_path: Path) -> None:
    case = tmp_path / "case.lawdiff"
    _make_case(case)
    filing = tmp_path / "reply.txt"
    filing.write_text("REPLY\n\nI. ARGUMENT\n\nThe opposition misreads the contract.\n")
    holder = _locked_for(case, 4.0)
    outcome = run_forked(lambda: cli_main(["import", str(case), str(filing)]), timeout=60)
    holder.join()
    assert outcome.code == 0, outcome.stderr
    assert "the case is busy, retrying" in outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert "imported reply.txt" in outcome.stdout
