"""Linking a motion written in numbered paragraphs through the workspace: its paragraphs
belong to their headings, and a record cite of one still resolves to the paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.model import CitationKind, Role, SegmentKind
from lawdiff.workspace import Workspace

# fictional filings written for this test
MOTION = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF PUERTO RICO

ANA RIVERA, Plaintiff,
v.
ISLA FREIGHT, INC., Defendant.

Civil No. 24-1001

MOTION TO DISMISS

COMES NOW defendant Isla Freight, Inc., through its undersigned counsel, and moves to dismiss.

I. THE AGE DISCRIMINATION CLAIM IS TIME-BARRED

1. Plaintiff learned on March 3, 2023, that her position as dispatcher would be eliminated.

2. She filed her charge with the commission on February 20, 2024, more than three hundred
days after she learned of the elimination, so the charge was untimely.

3. Equitable tolling does not rescue a late charge filed by an employee who had counsel.

II. THE MANAGER CANNOT BE LIABLE AS AN INDIVIDUAL

4. The statute reaches employers only; a warehouse manager is not an employer.

5. Every court of appeals to decide the question has refused individual supervisor liability.

WHEREFORE, defendant requests that the complaint be dismissed.
"""

OPPOSITION = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF PUERTO RICO

ANA RIVERA, Plaintiff,
v.
ISLA FREIGHT, INC., Defendant.

Civil No. 24-1001

OPPOSITION TO MOTION TO DISMISS

Plaintiff opposes the motion to dismiss.

I. THE CHARGE WAS TIMELY

The motion counts the days from the wrong date (Mot. ¶ 2). The dispatcher position was not
eliminated until June 2023, and the charge was filed within three hundred days of that date.
Equitable tolling would apply in any event, since counsel was retained only later.

II. THE MANAGER MAY BE HELD LIABLE UNDER THE LOCAL STATUTE

Plaintiff concedes that the federal statute reaches employers only, but the local statute
reaches the manager individually as a supervisor who took part in the decision.
"""


@pytest.mark.slow
def test_a_motion_in_numbered_paragraphs_is_linked_by_its_headings(tmp_path: Path) -> None:
    (tmp_path / "motion.txt").write_text(MOTION, encoding="utf-8")
    (tmp_path / "opposition.txt").write_text(OPPOSITION, encoding="utf-8")
    with Workspace.open(tmp_path / "case.lawdiff", create=True) as ws:
        ws.import_files([tmp_path / "motion.txt"], role=Role.MOTION)
        ws.import_files([tmp_path / "opposition.txt"], role=Role.OPPOSITION)
        motion, opposition = (d.id for d in ws.documents())
        paragraphs = {s.id: s for s in ws.segments(motion) if s.label.startswith("¶")}
        assert len(paragraphs) >= 5  # the segmenter numbers them: labels are unchanged
        cited = [
            c.target_segment
            for s in ws.segments(opposition)
            for c in s.citations
            if c.kind is CitationKind.RECORD and "¶" in c.normalized
        ]
        assert cited and all(t in paragraphs and paragraphs[t].label == "¶ 2" for t in cited)
        ws.suggest_links(motion, opposition)
        linked = {x.source for x in ws.links([motion])}
        assert linked and not linked & set(paragraphs)
        units = ws.coverage(motion, opposition).units
        by_id = {s.id: s for s in ws.segments(motion)}
        # the opening "COMES NOW" line has no heading above it; every numbered one has
        assert all(by_id[u.segment].kind is not SegmentKind.PARAGRAPH for u in units)
