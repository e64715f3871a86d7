"""The workspace decides which end of a user link answers the other, whatever order it is given."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.model import Role
from lawdiff.workspace import Workspace
from tests.casedata import small_case


def test_the_answering_filing_is_the_target_in_either_order(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "case.lawdiff", create=True) as ws:
        ws.import_interchange(small_case())
        roles = {d.id: d.role for d in ws.documents()}
        moving, answering = ws.answering_pairs()[0]
        argument = ws.segments(moving)[1].id
        answer = ws.segments(answering)[1].id
        assert ws.link_direction(argument, answer) == (argument, answer)
        assert ws.link_direction(answer, argument) == (argument, answer)
        assert roles[answering] in (Role.OPPOSITION, Role.REPLY, Role.ORDER)
