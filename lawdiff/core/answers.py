"""Which filings answer which: the pairs the linker works on and a report compares.

The one home of this rule; the workspace (``Workspace.answering_pairs``) and the report's
default pairs both call :func:`answering_pairs`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import DocumentInfo, Role

# An answering role → the roles it answers.
ANSWERS: dict[Role, tuple[Role, ...]] = {
    Role.OPPOSITION: (Role.MOTION, Role.COMPLAINT),
    Role.REPLY: (Role.OPPOSITION,),
    Role.ORDER: (Role.MOTION, Role.OPPOSITION),
}


def answering_pairs(documents: Sequence[DocumentInfo]) -> list[tuple[DocumentId, DocumentId]]:
    """(moving, answering) document pairs, in the order of the answering documents.

    Each answering filing is paired with one filing of each role it answers: an opposition
    with the motion it opposes and the complaint, a reply with its opposition.
    """
    pairs: list[tuple[DocumentId, DocumentId]] = []
    for answer in documents:
        for role in ANSWERS.get(answer.role, ()):
            answered = answered_filing(answer, [d for d in documents if d.role == role])
            if answered is not None:
                pairs.append((answered.id, answer.id))
    return pairs


def answered_filing(
    answer: DocumentInfo, candidates: Sequence[DocumentInfo]
) -> DocumentInfo | None:
    """Which of several motions (complaints, oppositions) ``answer`` most likely answers.

    The same kind of motion first ("tro" answers "tro"), then the latest one filed before the
    answer (by ECF number, else by import order); an amended complaint supersedes the first.
    """
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    kind = answer.motion_kind
    same_kind = [d for d in candidates if kind and kind != "other" and d.motion_kind == kind]
    pool = same_kind or list(candidates)
    before = [d for d in pool if _filing_order(d) < _filing_order(answer)]
    return max(before or pool, key=_filing_order)


def _filing_order(doc: DocumentInfo) -> tuple[int, int]:
    number = re.match(r"\d+", doc.ecf_number)
    return (int(number.group()) if number else 0, doc.id)
