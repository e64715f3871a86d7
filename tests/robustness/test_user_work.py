"""Never lose or overwrite a user's work (issue 17): output paths, restore, case identity."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawdiff.cli import main as cli_main
from lawdiff.core.errors import KnownError
from lawdiff.export import export_case
from lawdiff.store.engine import APPLICATION_ID, backup_case_file
from lawdiff.workspace import Workspace
from tests.casedata import damage_case_file, small_case
from tests.robustness.harness import case_checksum, integrity
from tests.unit.store.test_store import make_old_case

REPO = Path(__file__).resolve().parents[2]


def make_case(path: Path) -> Path:
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(small_case())
    return path


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli_main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lawdiff: error: "), err
    for fragment in fragments:
        assert fragment in lines[0], err


# ---------------------------------------------------------------- 1: output over case or input


def test_export_over_the_case_itself_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = make_case(tmp_path / "c.lawdiff")
    before = case_checksum(case)
    code, _out, err = cli(capsys, "export", case, "--format", "html", "-o", case)
    one_line_error(code, err, "the case file itself")
    assert case_checksum(case) == before and integrity(case) == "ok"


@pytest.mark.parametrize("how", ["relative", "symlink", "hardlink", "wal"])
def test_export_over_the_case_by_another_name_is_refused(tmp_path: Path, how: str) -> None:
    case = make_case(tmp_path / "c.lawdiff")
    (tmp_path / "sub").mkdir()
    target = {
        "relative": tmp_path / "sub" / ".." / "c.lawdiff",
        "symlink": tmp_path / "link.html",
        "hardlink": tmp_path / "hard.html",
        "wal": tmp_path / "c.lawdiff-wal",
    }[how]
    if how == "symlink":
        target.symlink_to(case)
    if how == "hardlink":
        os.link(case, target)
    before = case_checksum(case)
    with Workspace.open(case) as ws, pytest.raises(KnownError, match="case file"):
        export_case(ws, "html", target)
    assert case_checksum(case) == before


def test_compare_output_over_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    motion = tmp_path / "motion.txt"
    motion.write_text("MOTION TO DISMISS\n\nI. ARGUMENT\n\nThe claim fails.\n")
    opposition = tmp_path / "opp.txt"
    opposition.write_text("OPPOSITION\n\nI. ARGUMENT\n\nThe claim stands.\n")
    alias = tmp_path / "alias.txt"
    os.link(opposition, alias)
    for output in (opposition, alias):
        code, _out, err = cli(
            capsys, "compare", motion, opposition, "--format", "html", "-o", output
        )
        one_line_error(code, err, "one of the input files")
        assert opposition.read_text().startswith("OPPOSITION")


# ---------------------------------------------------------------- 2: restore only when damaged


def _case_with_old_backup(folder: Path) -> Path:
    case = make_case(folder / "c.lawdiff")
    sqlite3.connect(case).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    backup_case_file(case, 2)
    return case


def test_restore_refuses_a_healthy_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = _case_with_old_backup(tmp_path)
    with Workspace.open(case) as ws:  # committed work that the backup does not have
        link = ws.links()[0]
        ws.delete_link(link.id)
        ws.update_document(ws.documents()[0].id, title="Reviewed complaint")
    code, _out, err = cli(capsys, "restore", case)
    one_line_error(code, err, "passes its checks")
    assert not (tmp_path / "c.lawdiff.damaged").exists()
    with Workspace.open(case) as ws:
        assert ws.documents()[0].title == "Reviewed complaint"


def test_restore_keeps_the_damaged_file_with_its_wal(tmp_path: Path) -> None:
    case = _case_with_old_backup(tmp_path)
    damage_case_file(case)
    wal = Path(f"{case}-wal")
    wal.write_bytes(b"wal bytes a recovery tool may need")
    Workspace.restore_backup(case)
    assert (tmp_path / "c.lawdiff.damaged").is_file()
    assert Path(f"{tmp_path / 'c.lawdiff.damaged'}-wal").read_bytes() == (
        b"wal bytes a recovery tool may need"
    )
    with Workspace.open(case) as ws:
        assert [d.title for d in ws.documents()] == ["Complaint", "Opposition"]


def test_restore_never_overwrites_an_earlier_damaged_copy(tmp_path: Path) -> None:
    case = _case_with_old_backup(tmp_path)
    earlier = tmp_path / "c.lawdiff.damaged"
    earlier.write_bytes(b"the first damaged copy")
    damage_case_file(case)
    with pytest.raises(KnownError, match=r"c\.lawdiff\.damaged"):
        Workspace.restore_backup(case)
    assert earlier.read_bytes() == b"the first damaged copy"


# ---------------------------------------------------------------- 5: names with URL characters


@pytest.mark.parametrize("name", ["smith?v2.lawdiff", "a%41b.lawdiff", "x#y.lawdiff", "p&q=1"])
def test_case_names_with_url_characters(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case(tmp_path / name)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        name
    ]
    with Workspace.open(case) as ws:
        assert len(ws.documents()) == 2
    monkeypatch.setattr("lawdiff.store.engine._writable", lambda p: False)
    with Workspace.open(case) as ws:  # read-only, through a file: URI
        assert ws.read_only and len(ws.documents()) == 2


# ---------------------------------------------------------------- 6: only lawdiff cases are touched


def _foreign_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("command", ["show", "link", "export", "import"])
def test_someone_elses_database_is_never_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    db = _foreign_db(tmp_path / "f.db")
    before = db.read_bytes()
    extra: dict[str, list[str | Path]] = {
        "export": ["--format", "html", "-o", tmp_path / "out.html"],
        "import": [REPO / "data" / "sample" / "README.md"],
    }
    code, _out, err = cli(capsys, command, db, *extra.get(command, []))
    one_line_error(code, err, "not a lawdiff case")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.db"]


def test_sqlite_with_lawdiff_version_but_no_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "v.lawdiff"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version=3")
    conn.close()
    before = db.read_bytes()
    code, _out, err = cli(capsys, "show", db)
    one_line_error(code, err, "not a lawdiff case")
    assert db.read_bytes() == before


def test_empty_file_or_pipe_is_not_a_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.lawdiff"
    empty.touch()
    code, _out, err = cli(capsys, "show", empty)
    one_line_error(code, err, "empty")
    assert empty.stat().st_size == 0
    pipe = tmp_path / "pipe.lawdiff"
    os.mkfifo(pipe)
    code, _out, err = cli(capsys, "show", pipe)
    one_line_error(code, err, "not a regular file")
    assert stat.S_ISFIFO(pipe.stat().st_mode)


@pytest.mark.parametrize("command", ["show", "link", "export"])
def test_only_import_creates_a_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    missing = tmp_path / "new.lawdiff"
    extra = ["--format", "json", "-o", tmp_path / "o.json"] if command == "export" else []
    code, _out, err = cli(capsys, command, missing, *extra)
    one_line_error(code, err, "no such case file")
    assert list(tmp_path.iterdir()) == []


def test_every_case_carries_the_application_id(tmp_path: Path) -> None:
    case = make_case(tmp_path / "c.lawdiff")
    conn = sqlite3.connect(case)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_a_case_of_the_previous_version_gets_the_id_without_a_new_schema(tmp_path: Path) -> None:
    from lawdiff.store.migrations import SCHEMA_VERSION

    case = tmp_path / "old.lawdiff"
    make_old_case(case, SCHEMA_VERSION)  # as the previous lawdiff left it: no application id
    with Workspace.open(case) as ws:
        assert [d.source_name for d in ws.documents()] == ["c.pdf"]
    conn = sqlite3.connect(case)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


# ---------------------------------------------------------------- read-only cases


def _read_only_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="lawdiff-ro-", dir="/tmp"))
    folder.chmod(0o755)
    case = make_case(folder / "c.lawdiff")
    case.chmod(0o644)
    folder.chmod(0o555)
    try:
        yield case
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


@pytest.fixture
def read_only_case() -> Iterator[Path]:
    yield from _read_only_folder()


def test_case_on_a_read_only_folder_opens_read_only(
    read_only_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write anywhere, so os.access says "writable"; a read-only mount says otherwise
    # even to root. Stand in for the mount by the check, then open the real file for real.
    monkeypatch.setattr("lawdiff.store.engine._writable", lambda p: False)
    before = read_only_case.read_bytes()
    with Workspace.open(read_only_case) as ws:
        assert ws.read_only
        assert [d.title for d in ws.documents()] == ["Complaint", "Opposition"]
        assert ws.search("antitrust") is not None
    assert read_only_case.read_bytes() == before
    assert sorted(p.name for p in read_only_case.parent.iterdir()) == ["c.lawdiff"]


def _nobody_can_run() -> bool:
    probe = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", ""],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv")
def test_read_only_folder_as_an_ordinary_user(read_only_case: Path) -> None:
    if os.geteuid() != 0:
        user: list[str] = []
    elif _nobody_can_run():
        user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    else:
        pytest.skip("cannot run as an ordinary user here")
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": "/tmp"}
    shown = subprocess.run(
        [*user, sys.executable, "-m", "lawdiff", "show", str(read_only_case)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert "read-only" in shown.stderr and "complaint.pdf" in shown.stdout


# ---------------------------------------------------------------- truthful messages


def test_missing_folder_says_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filing = tmp_path / "m.txt"
    filing.write_text("MOTION\n\nI. ARGUMENT\n\nText.\n")
    code, _out, err = cli(capsys, "import", tmp_path / "nowhere" / "c.lawdiff", filing)
    one_line_error(code, err, "does not exist")


def test_escape_sequences_in_names_are_neutralised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filing = tmp_path / "evil\x1b]0;owned\x07\x1b[2J.txt"
    filing.write_text("MOTION\n\nI. ARGUMENT\n\nText.\n")
    code, out, err = cli(
        capsys, "import", tmp_path / "c.lawdiff", filing, "--party", "Acme\x1b[31m Corp\x9b2J"
    )
    assert code == 0, err
    code, shown, err2 = cli(capsys, "show", tmp_path / "c.lawdiff")
    assert code == 0, err2
    code, _o, err3 = cli(capsys, "show", tmp_path / "evil\x1b[2J.lawdiff")
    for text in (out, err, shown, err2, err3):
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert "evil" in out and "Acme" in shown and "evil" in err3


def test_disk_full_while_importing_does_not_say_damaged(tmp_path: Path) -> None:
    from tests.robustness.harness import run_forked

    case = make_case(tmp_path / "c.lawdiff")
    big = tmp_path / "big.txt"
    big.write_text(
        "MOTION\n\nI. ARGUMENT\n\n" + "".join(f"{i}. The claim fails {i}.\n\n" for i in range(9000))
    )

    def work() -> int:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = case.stat().st_size + 64 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        return cli_main(["import", str(case), str(big)])

    outcome = run_forked(work)
    assert outcome.code == 2, outcome.stderr
    assert "damaged" not in outcome.stderr and "could not be written" in outcome.stderr
    assert integrity(case) == "ok"
    with Workspace.open(case) as ws:
        assert len(ws.documents()) == 2


def test_stale_part_files_are_cleaned_on_the_next_export(tmp_path: Path) -> None:
    case = make_case(tmp_path / "c.lawdiff")
    out = tmp_path / "r.html"
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    stale = tmp_path / f".r.html.{child.pid}.abc.part"  # left by an export that was killed
    stale.write_text("half a report")
    unrelated = tmp_path / ".other.html.1.abc.part"
    unrelated.write_text("not ours")
    with Workspace.open(case) as ws:
        export_case(ws, "html", out)
    assert out.is_file() and not stale.exists() and unrelated.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".r.html")]
