"""``lawdiff import CASE FOLDER/``: docket order, a line per file, refused files named."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.cli import main
from tests.unit.ingest.test_ingest_pdf import pleading_pdf


def test_a_folder_is_imported_in_docket_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "docket"
    folder.mkdir()
    pleading_pdf(folder / "gov.uscourts.cand.1.12.0.pdf", 2)
    pleading_pdf(folder / "dkt3_motion.pdf", 3)
    (folder / "dkt7_broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "dkt3_motion_copy.pdf").write_bytes((folder / "dkt3_motion.pdf").read_bytes())
    case = tmp_path / "case.lawdiff"
    assert main(["import", str(case), str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[:4]] == [
        "imported dkt3_motion.pdf",
        "duplicate dkt3_motion_copy.pdf",
        "refused dkt7_broken.pdf",
        "imported gov.uscourts.cand.1.12.0.pdf",
    ]
    assert "truncated" in lines[2]
    assert lines[4] == "2 imported, 1 duplicate, 1 refused of 4 files"
    assert (
        main(
            [
                "import",
                str(case),
                str(folder / "dkt3_motion.pdf"),
                str(folder / "dkt3_motion_copy.pdf"),
            ]
        )
        == 0
    )
    assert (
        capsys.readouterr().out.splitlines()[-1] == "0 imported, 2 duplicate, 0 refused of 2 files"
    )


def test_a_new_case_whose_files_are_all_refused_is_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "docket"
    folder.mkdir()
    (folder / "dkt1_broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "dkt2_broken.pdf").write_bytes(b"%PDF-1.4 not either")
    case = tmp_path / "new.lawdiff"
    assert main(["import", str(case), str(folder)]) == 1
    assert (
        capsys.readouterr().out.splitlines()[-1] == "0 imported, 0 duplicate, 2 refused of 2 files"
    )
    assert list(tmp_path.glob("new.lawdiff*")) == []


def test_each_imported_file_says_what_it_became(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pleading_pdf(tmp_path / "dkt3_motion.pdf", 2)
    pleading_pdf(tmp_path / "dkt4_opposition.pdf", 2)
    case = tmp_path / "case.lawdiff"
    files = [str(tmp_path / "dkt4_opposition.pdf"), str(tmp_path / "dkt3_motion.pdf")]
    assert main(["import", str(case), *files]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("imported dkt3_motion.pdf: ") and "2 pages" in lines[0]
    assert "segments" in lines[1]
