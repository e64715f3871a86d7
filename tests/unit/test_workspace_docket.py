"""``Workspace.import_docket``: read in parallel or one file at a time, the case is the same."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.model import FileOutcome
from lawdiff.workspace import Workspace
from tests.unit.ingest.test_ingest_pdf import pleading_pdf
from tests.unit.test_cli_docket import stamped_pdf


def _docket(folder: Path) -> Path:
    folder.mkdir()
    stamped_pdf(folder / "a_reply.pdf", "30")
    stamped_pdf(folder / "b_motion.pdf", "12", pages=9)  # long: read by pages
    pleading_pdf(folder / "dkt20_opposition.pdf", 3)
    (folder / "dkt20_copy.pdf").write_bytes((folder / "dkt20_opposition.pdf").read_bytes())
    (folder / "dkt5_cut.pdf").write_bytes((folder / "a_reply.pdf").read_bytes()[:400])
    (folder / "notes.txt").write_text("NOTES\n\n1. Nothing to say.\n", encoding="utf-8")
    return folder


def _import(case: Path, folder: Path, workers: int | None) -> tuple[list[FileOutcome], object]:
    with Workspace.open(case, create=True) as ws:
        outcomes, changes = ws.import_docket([folder], workers=workers)
        documents = [(d.source_name, d.page_count, d.segment_count) for d in ws.documents()]
        texts = [s.text for s in ws.segments()]
    assert len(changes.documents_added) == len(documents)
    return outcomes, (documents, texts)


def test_parallel_and_one_by_one_make_the_same_case(tmp_path: Path) -> None:
    folder = _docket(tmp_path / "docket")
    parallel, case_a = _import(tmp_path / "a.lawdiff", folder, None)
    serial, case_b = _import(tmp_path / "b.lawdiff", folder, 1)
    assert case_a == case_b
    said = [(o.path.name, o.status, o.detail, o.order, o.warnings) for o in parallel]
    assert said == [(o.path.name, o.status, o.detail, o.order, o.warnings) for o in serial]
    assert [(name, status) for name, status, *_ in said] == [
        ("dkt5_cut.pdf", "refused"),
        ("b_motion.pdf", "imported"),
        ("dkt20_copy.pdf", "imported"),
        ("dkt20_opposition.pdf", "duplicate"),
        ("a_reply.pdf", "imported"),
        ("notes.txt", "imported"),
    ]
    assert said[3][2].startswith("already in this case as")
