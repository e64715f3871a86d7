"""``lawdiff edit`` and ``lawdiff remove``: the facade's case and document mutations, as a user
runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.cli import main
from lawdiff.core.model import Role
from lawdiff.workspace import Workspace
from tests.casedata import small_case
from tests.unit.test_cli import lawdiff


@pytest.fixture
def case(tmp_path: Path) -> Path:
    path = tmp_path / "c.lawdiff"
    with Workspace.open(path, create=True) as ws:
        ws.import_interchange(small_case())
    return path


def test_edit_the_case_details(case: Path) -> None:
    result = lawdiff("edit", case, "--caption", "Chirrup v. Stratus", "--docket", "2:26-cv-1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "changed the case's caption, docket"
    with Workspace.open(case) as ws:
        info = ws.info()
    assert (info.caption, info.docket) == ("Chirrup v. Stratus", "2:26-cv-1")


def test_edit_a_document(case: Path) -> None:
    result = lawdiff("edit", case, "complaint", "--role", "motion", "--motion-kind", "tro")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "changed role, motion kind of complaint.pdf"
    with Workspace.open(case) as ws:
        doc = ws.documents()[0]
    assert (doc.role, doc.motion_kind, doc.title) == (Role.MOTION, "tro", "Complaint")


@pytest.mark.parametrize(
    "args",
    [(), ("complaint", "--caption", "X"), ("--party", "Someone")],
    ids=["nothing", "case field with a document", "document field without one"],
)
def test_edit_says_what_it_needs(
    case: Path, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["edit", str(case), *args]) == 2  # in-process: the parser and the message
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("lawdiff: error: say what to change")


def test_remove_a_document_with_its_links(case: Path) -> None:
    result = lawdiff("remove", case, "complaint")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "removed complaint.pdf with its segments and links"
    with Workspace.open(case) as ws:
        assert [d.title for d in ws.documents()] == ["Opposition"]
        assert ws.links() == []
