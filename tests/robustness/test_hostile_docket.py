"""Every hostile input in one docket folder, read in parallel: each file gets the outcome
it gets alone (a one-line refusal, or an import with its warning) and the good filings of
the folder are imported, within bounds (a forked child: 240 s, 1.5 GB address space)."""

from __future__ import annotations

import json
from pathlib import Path

from lawdiff.core.model import FileOutcome
from lawdiff.workspace import Workspace
from tests.robustness.harness import run_forked
from tests.robustness.hostile import (
    MAKERS,
    SLOW,
    Hostile,
    fifo_text,
    folder_as_pdf,
    missing_file,
)
from tests.unit.ingest.test_ingest_pdf import pleading_pdf

# Not in a folder's listing: a pipe, a folder and a file that is not there.
NOT_LISTED = {fifo_text, folder_as_pdf, missing_file}


def _import(folder: Path, case: Path) -> int:
    with Workspace.open(case, create=True) as ws:
        outcomes, _changes = ws.import_docket([folder])
    print(json.dumps([_said(o) for o in outcomes]))
    return 0


def _said(outcome: FileOutcome) -> dict[str, str]:
    return {
        "path": str(outcome.path),
        "status": outcome.status,
        "said": " | ".join([outcome.detail, *outcome.warnings]),
    }


def _expected(hostile: Hostile) -> str:
    return "imported" if hostile.imports else "refused"


def test_a_docket_of_hostile_files_refuses_each_alone(tmp_path: Path) -> None:
    folder = tmp_path / "docket"
    hostile: list[Hostile] = []
    for number, make in enumerate(MAKERS):
        if make in SLOW or make in NOT_LISTED:
            continue
        sub = folder / f"{number:02d}"
        sub.mkdir(parents=True)
        found = make(sub)
        if not found.known_bug:
            hostile.append(found)
    assert len(hostile) >= 40
    pleading_pdf(folder / "dkt1_good.pdf", 3)
    pleading_pdf(folder / "dkt2_long.pdf", 12)
    outcome = run_forked(lambda: _import(folder, tmp_path / "case.lawdiff"), timeout=240)
    assert outcome.code == 0 and "Traceback" not in outcome.stderr, outcome.stderr
    said = {Path(o["path"]): o for o in json.loads(outcome.stdout.splitlines()[-1])}
    assert said[folder / "dkt1_good.pdf"]["status"] == "imported"
    assert said[folder / "dkt2_long.pdf"]["status"] == "imported"
    for item in hostile:
        got = said[item.path]
        assert (got["status"], item.expect in got["said"]) == (_expected(item), True), (
            item.name,
            got,
        )
        assert "\n" not in got["said"].replace(item.path.name, ""), got
