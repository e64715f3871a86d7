"""A PDF that bundles a motion and a proposed order (fictional): the order, after its own
caption, is kept under its own top-level heading and the caption is not body text."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing

CAPTION = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF NOWHERE
ACME WIDGETS LLC,\tCase No. 3:21-cv-01234
Plaintiff,\t{title}
v.
GLOBEX CLOUD INC.,
Defendant.
"""
MOTION = (
    CAPTION.format(title="MOTION TO DISMISS")
    + """I. INTRODUCTION
Acme's complaint fails to state a claim against Globex.
II. CONCLUSION
The Court should dismiss the complaint.
Dated: May 1, 2024
/s/ Pat Lawyer
Counsel for Globex
"""
)
ORDER = (
    CAPTION.format(title="[PROPOSED] ORDER GRANTING MOTION")
    + """Having considered the motion, the Court grants it.
IT IS SO ORDERED.
"""
)


def test_a_proposed_order_after_the_motion_is_its_own_part() -> None:
    pages = tuple(Page(i + 1, t, lines_of(t)) for i, t in enumerate((MOTION, ORDER)))
    result = segment_filing(Filing("x.txt", "0" * 64, "text", pages, FilingMeta(role=Role.MOTION)))
    tops = [s.label for s in result.segments if s.kind.value == "heading" and s.parent is None]
    assert tops == ["I", "II", "[PROPOSED] ORDER GRANTING MOTION"]
    order = next(s for s in result.segments if s.label.startswith("[PROPOSED]"))
    under = [s.text for s in result.segments if s.parent == order.index]
    assert under and under[0].startswith("Having considered the motion")
    body = " ".join(s.text for s in result.segments)
    assert "GLOBEX CLOUD" not in body and "Pat Lawyer" not in body
    assert any("page 2 starts another document" in w for w in result.warnings)
