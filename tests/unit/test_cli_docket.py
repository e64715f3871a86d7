"""``lawdiff import CASE FOLDER/``: docket order, a line per file, refused files named."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from lawdiff.cli import main
from lawdiff.workspace import Workspace
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
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "0 imported, 2 duplicate, 0 refused of 2 files",
        "docket order: 2 by docket number",
    ]


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
        capsys.readouterr().out.splitlines()[-2] == "0 imported, 0 duplicate, 2 refused of 2 files"
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


def stamped_pdf(path: Path, document: str, pages: int = 2) -> None:
    """A short filing whose ECF stamp gives its docket number (``Document 30``)."""
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 11)
        stamp = f"Case 1:21-cv-00042-ABC Document {document} Filed 03/04/21 Page {number}"
        pdf.drawString(60, 770, f"{stamp} of {pages}")
        pdf.setFont("Times-Roman", 12)
        for line in range(1, 6):
            pdf.drawString(104, 740 - 24 * line, f"{path.stem} says {line} thing{number}.")
        pdf.showPage()
    pdf.save()


@pytest.mark.parametrize("workers", [[], ["--workers", "1"]], ids=["parallel", "one-by-one"])
def test_a_folder_is_stored_in_the_order_of_its_ecf_stamps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: list[str]
) -> None:
    folder = tmp_path / "docket"
    folder.mkdir()
    stamped_pdf(folder / "a_reply.pdf", "30")
    stamped_pdf(folder / "b_opposition.pdf", "21")
    stamped_pdf(folder / "c_motion.pdf", "12")
    stamped_pdf(folder / "gov.uscourts.cand.1.25.0.pdf", "99")  # the RECAP name wins
    (folder / "0_notes.txt").write_text("NOTES\n\nNothing to say.\n", encoding="utf-8")
    case = tmp_path / "case.lawdiff"
    assert main(["import", str(case), str(folder), *workers]) == 0
    lines = capsys.readouterr().out.splitlines()
    order = [
        "c_motion.pdf",
        "b_opposition.pdf",
        "gov.uscourts.cand.1.25.0.pdf",
        "a_reply.pdf",
        "0_notes.txt",
    ]
    assert [line.split(":")[0] for line in lines[:5]] == [f"imported {n}" for n in order]
    assert lines[5:] == [
        "5 imported, 0 duplicate, 0 refused of 5 files",
        "docket order: 4 by docket number, 1 by name",
    ]
    with Workspace.open(case) as ws:
        documents = ws.documents()
    assert [d.source_name for d in documents] == order
    assert [d.ecf_number for d in documents[:4]] == ["12", "21", "99", "30"]
