"""The side of a paper titled by its kind alone, from the designation of the party filing it.

A Court of Session "NOTE OF ARGUMENT" and an EFTA Court's "WRITTEN OBSERVATIONS" name no side:
the party that files them follows ("for" / "submitted … by"), designated after its name as the
proceedings name it ("Defenders and Reclaimers", "Pursuers and Respondents", "Plaintiff in the
main proceedings"). A reclaimer, an appellant, a plaintiff or an applicant moves; a respondent
or a defendant answers.
"""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.ingest.patterns import DESIGNATED_PAPER, DESIGNATION, MOVING_DESIGNATION


def designated_role(head: str) -> tuple[Role, tuple[str, ...]] | None:
    """The role of the paper ``head`` opens with its evidence; None when its title is no kind
    alone or no designation of its party follows it."""
    paper = DESIGNATED_PAPER.search(head)
    if not paper:
        return None
    designation = DESIGNATION.search(paper.group("after"))
    if not designation:
        return None
    side = designation.group("appeal") or designation.group("main")
    role = Role.MOTION if MOVING_DESIGNATION.match(side) else Role.OPPOSITION
    kind = " ".join(paper.group("kind").split())
    said = " ".join(designation.group(0).split())
    return role, (f'title says "{kind}" for the party designated "{said}"',)
