"""Every hostile input ends in a clear KnownError (or a documented import) within bounds.

Each input runs twice in a forked child (30 s, 1.5 GB address space): through
``Workspace.import_files`` and through ``lawdiff import`` (``lawdiff.cli.main``). The case it
is imported into already holds two filings and must come out byte-for-byte the same.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from lawdiff.cli import main as cli_main
from lawdiff.core.errors import KnownError
from lawdiff.workspace import Workspace
from tests.casedata import small_case
from tests.robustness.harness import Outcome, case_checksum, integrity, run_forked
from tests.robustness.hostile import MAKERS, SLOW, Hostile, Maker, make_hostile_inputs

TIMEOUT = 30
KNOWN_BUG_TIMEOUT = 6  # inputs that still hang are given up on quickly


@pytest.fixture(scope="module")
def seeded_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case with a complaint and an opposition, to be copied per input."""
    path = tmp_path_factory.mktemp("seed") / "seed.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(small_case())
    return path


def _copy_case(seed: Path, folder: Path) -> Path:
    case = folder / "case.lawdiff"
    shutil.copy2(seed, case)
    return case


def _through_workspace(case: Path, hostile: Hostile) -> int:
    with Workspace.open(case) as ws:
        try:
            changes = ws.import_files([hostile.path])
        except KnownError as exc:
            print(str(exc))
            return 2
        print("\n".join(changes.warnings))
        return 0 if changes.documents_added else 3


def _check(outcome: Outcome, hostile: Hostile, text: str) -> None:
    assert outcome.signal is None, f"killed by signal {outcome.signal} (time or memory bound)"
    assert "Traceback" not in outcome.stderr, outcome.stderr
    if hostile.imports:
        assert outcome.code == 0, text
        assert hostile.expect in text
    else:
        assert outcome.code == 2, text
        assert " ".join(hostile.path.name.splitlines()) in " ".join(text.splitlines())
        assert hostile.expect in text


def _run(hostile: Hostile, tmp_path: Path, seed: Path) -> None:
    timeout = KNOWN_BUG_TIMEOUT if hostile.known_bug else TIMEOUT
    case = _copy_case(seed, tmp_path)
    before = case_checksum(case)
    outcome = run_forked(lambda: _through_workspace(case, hostile), timeout=timeout)
    _check(outcome, hostile, outcome.stdout)
    if not hostile.imports:
        assert case_checksum(case) == before, "a refused file changed the case"
    case = _copy_case(seed, tmp_path)
    argv = ["import", str(case), str(hostile.path)]
    outcome = run_forked(lambda: cli_main(argv), timeout=timeout)
    _check(outcome, hostile, outcome.stderr)
    if not hostile.imports:
        assert len(outcome.stderr.splitlines()) == 1, outcome.stderr
        assert outcome.stderr.startswith("lawdiff: error: ")
        assert case_checksum(case) == before
    assert integrity(case) == "ok"


def test_at_least_thirty_hostile_inputs(tmp_path: Path) -> None:
    inputs = make_hostile_inputs(tmp_path)
    assert len(inputs) >= 30
    assert len({h.path for h in inputs}) == len(inputs)


def _refused_cleanly(maker: Maker, tmp_path: Path, seed: Path) -> None:
    hostile = maker(tmp_path)
    if hostile.known_bug:  # still fails: prove it does, so that a fix is noticed
        with pytest.raises(AssertionError):
            _run(hostile, tmp_path, seed)
        pytest.xfail(hostile.known_bug)
    _run(hostile, tmp_path, seed)


FAST = [m for m in MAKERS if m not in SLOW]


@pytest.mark.parametrize("maker", FAST, ids=[m.__name__ for m in FAST])
def test_hostile_input_is_refused_cleanly(maker: Maker, tmp_path: Path, seeded_case: Path) -> None:
    _refused_cleanly(maker, tmp_path, seeded_case)


@pytest.mark.slow
@pytest.mark.parametrize("maker", sorted(SLOW, key=MAKERS.index), ids=lambda m: m.__name__)
def test_heavy_hostile_input_is_refused_cleanly(
    maker: Maker, tmp_path: Path, seeded_case: Path
) -> None:
    _refused_cleanly(maker, tmp_path, seeded_case)


# The workspace meets these before ingest does, and words them its own way.
WORKSPACE_WORDING = {"export.json": "not a valid lawdiff JSON file", "missing.pdf": "no such file"}


def _ingest_bad_inputs() -> list[str]:
    from tests.badfiles import make_bad_inputs

    with tempfile.TemporaryDirectory() as tmp:
        return [b.name for b in make_bad_inputs(Path(tmp))]


@pytest.mark.parametrize("name", _ingest_bad_inputs())
def test_ingest_bad_input_is_refused_cleanly(name: str, tmp_path: Path, seeded_case: Path) -> None:
    """The ingest stage's own broken files (tests/badfiles.py), here through workspace and CLI."""
    from tests.badfiles import make_bad_inputs

    bad = next(b for b in make_bad_inputs(tmp_path / "in") if b.name == name)
    expected = WORKSPACE_WORDING.get(name, bad.expected)
    _run(Hostile(bad.name, bad.path, expected), tmp_path, seeded_case)
