"""Which side a WTO Member's written submission is on, from the dispute's short title.

A panel proceeding's submissions name the Member that files them and no side ("FIRST WRITTEN
SUBMISSION OF THE REPUBLIC OF ESTMARK"); the dispute's short title, on every filing's cover,
names the responding Member before the dash ("ESTMARK — MEASURES CONCERNING …", "United States
— Shrimp"). The respondent's submission answers the complaint; the complainant's moves. A third
party's submission is neither.
"""

from __future__ import annotations

from lawdiff.core.model import Role
from lawdiff.ingest.patterns import DISPUTE_TITLE, MEMBER_SUBMISSION, WTO_PROCEEDING

# Words of a Member's formal name that its short name leaves out.
FORMAL_WORDS = frozenset(
    ["THE", "OF", "AND", "REPUBLIC", "KINGDOM", "STATE", "FEDERATION", "PEOPLE'S", "PEOPLE’S"]
)


def _names(member: str) -> frozenset[str]:
    """The words of ``member`` that name it ("REPUBLIC OF ESTMARK" -> {"ESTMARK"})."""
    return frozenset(member.upper().replace(",", " ").split()) - FORMAL_WORDS


def member_submission_role(head: str) -> tuple[Role, tuple[str, ...]] | None:
    """The role of the WTO Member's submission ``head`` opens with its evidence; None when
    ``head`` is no Member's submission in a dispute with a short title."""
    submission = MEMBER_SUBMISSION.search(head)
    dispute = DISPUTE_TITLE.search(head)
    if not (submission and dispute and WTO_PROCEEDING.search(head)):
        return None
    member = " ".join(submission.group("member").split())
    respondent = " ".join(dispute.group("respondent").split())
    said = f'title says "{" ".join(submission.group(0).split())}"'
    if _names(respondent) and _names(respondent) <= _names(member):
        return Role.OPPOSITION, (f'{said}, the Member the dispute "{respondent} —" names',)
    return Role.MOTION, (f'{said}, not the Member the dispute "{respondent} —" names',)
