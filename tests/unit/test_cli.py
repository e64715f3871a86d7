"""The command line, run as a user runs it: a subprocess, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lawdiff.interchange import validate_interchange

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample"
COMMANDS = (
    "import",
    "analyze",
    "edit",
    "remove",
    "link",
    "show",
    "export",
    "compare",
    "gui",
    "demo",
    "evaluate",
)


def lawdiff(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "lawdiff", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=cwd or REPO,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("lawdiff: error: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_help_lists_every_command() -> None:
    result = lawdiff("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout
        sub = lawdiff(command, "--help")
        assert sub.returncode == 0 and "usage: lawdiff " + command in sub.stdout


def test_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = lawdiff("import", tmp_path / "c.lawdiff", tmp_path / "nothere.pdf")
    assert_one_line_error(result, "nothere.pdf", "no such file")


def test_not_a_case_file(tmp_path: Path) -> None:
    fake = tmp_path / "notes.lawdiff"
    fake.write_text("just some notes", encoding="utf-8")
    assert_one_line_error(lawdiff("show", fake), "notes.lawdiff", "not a lawdiff case file")


def test_missing_case_for_show(tmp_path: Path) -> None:
    assert_one_line_error(lawdiff("show", tmp_path / "none.lawdiff"), "no such case file")


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = lawdiff("--debug", "show", tmp_path / "none.lawdiff")
    assert result.returncode == 2 and "Traceback" in result.stderr


@pytest.fixture(scope="module")
def sample_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    case = tmp_path_factory.mktemp("cli") / "sample.lawdiff"
    files = [
        SAMPLE / "01_complaint.pdf",
        SAMPLE / "02_tro_motion.pdf",
        SAMPLE / "03_opposition.pdf",
        SAMPLE / "01_complaint.docx",
    ]
    result = lawdiff("import", case, *files)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("imported ") == 4
    # files are imported in docket order: the PDFs by their ECF stamps, then the DOCX (no
    # stamp) by name
    assert result.stdout.index("imported 03_opposition.pdf") < result.stdout.index(
        "imported 01_complaint.docx"
    )
    assert "docket order: 3 by docket number, 1 by name" in result.stdout
    # not a terminal: no progress noise; the one note says the DOCX copies the PDF's text
    notes = result.stderr.splitlines()
    assert len(notes) == 1 and "01_complaint.docx: same text as" in notes[0]
    assert "01_complaint.pdf" in notes[0]
    return case


def test_import_twice_is_reported_not_duplicated(sample_case: Path) -> None:
    result = lawdiff("import", sample_case, SAMPLE / "02_tro_motion.pdf")
    assert result.returncode == 0
    assert "already in this case" in result.stderr
    assert "imported" not in result.stdout


def test_link_and_show(sample_case: Path) -> None:
    linked = lawdiff("link", sample_case, "--from", "02_tro_motion", "--to", "opposition")
    assert linked.returncode == 0, linked.stderr
    assert int(linked.stdout.split()[0]) > 0
    again = lawdiff("link", sample_case, "--from", "02_tro_motion", "--to", "opposition")
    assert again.stdout.startswith("0 new suggestions")
    assert "weak candidates" in linked.stdout
    shown = lawdiff("show", sample_case)
    assert shown.returncode == 0
    for needle in ("02_tro_motion.pdf", "opposition", "contract.breach", "unanswered"):
        assert needle in shown.stdout


def test_show_into_a_closed_pipe_is_quiet(sample_case: Path) -> None:
    # `lawdiff show CASE | head -1`: the reader leaves early; no traceback on stderr
    shown = subprocess.run(
        f"{sys.executable} -m lawdiff show {sample_case} | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert len(shown.stdout) == 10
    assert "Traceback" not in shown.stderr


def test_ambiguous_document_name(sample_case: Path) -> None:
    assert_one_line_error(lawdiff("link", sample_case, "--from", "complaint"), "several documents")


def test_json_round_trip_through_a_new_case(sample_case: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert lawdiff("export", sample_case, "--format", "json", "-o", first).returncode == 0
    data = json.loads(first.read_text(encoding="utf-8"))
    validate_interchange(data)
    assert {d["source_name"] for d in data["documents"]} >= {
        "01_complaint.pdf",
        "01_complaint.docx",
    }
    complaint = next(d for d in data["documents"] if d["source_name"] == "01_complaint.pdf")
    assert sum(s["label"].startswith("¶ ") for s in complaint["segments"]) == 70

    second_case = tmp_path / "again.lawdiff"
    assert lawdiff("import", second_case, first).returncode == 0
    second = tmp_path / "second.json"
    assert lawdiff("export", second_case, "--format", "json", "-o", second).returncode == 0
    again = json.loads(second.read_text(encoding="utf-8"))
    assert again["documents"] == data["documents"]
    assert again["links"] == data["links"]


def test_export_into_missing_folder_fails_cleanly(sample_case: Path, tmp_path: Path) -> None:
    result = lawdiff("export", sample_case, "--format", "json", "-o", tmp_path / "no" / "x.json")
    assert_one_line_error(result, "x.json")


def test_compare_in_one_shot(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    result = lawdiff(
        "compare", SAMPLE / "02_tro_motion.pdf", SAMPLE / "03_opposition.pdf", "-o", report
    )
    assert result.returncode == 0, result.stderr
    html = report.read_text(encoding="utf-8")
    assert "Irreparable harm" in html and "Mot. at" in html and "Opp. at" in html
    assert list(tmp_path.iterdir()) == [report]  # the temporary case went with it
