"""A fictional file bundling a notice of motion, its memorandum, a declaration and a proposed
order (one document per page, pages split by form feeds), for tests of parts."""

from __future__ import annotations

from pathlib import Path

CAPTION = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF NOWHERE
ACME WIDGETS LLC,\tCase No. 3:21-cv-01234
Plaintiff,\t{title}
v.
GLOBEX CLOUD INC.,
Defendant.
"""
NOTICE = (
    CAPTION.format(title="NOTICE OF MOTION AND MOTION TO DISMISS")
    + """TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:
PLEASE TAKE NOTICE that on June 1, 2024 Globex will move the Court to dismiss the complaint.
The motion is based on this notice and the memorandum that follows.
"""
)
MEMORANDUM = """MEMORANDUM OF POINTS AND AUTHORITIES
I. INTRODUCTION
Acme's complaint fails to state a claim against Globex.
II. ARGUMENT
A. No Contract Was Ever Formed
The contract claim fails because no contract was formed between Acme and Globex.
"""
DECLARATION = (
    CAPTION.format(title="DECLARATION OF PAT LAWYER")
    + """I, Pat Lawyer, declare that the attached exhibit is a true copy of the letter.
I declare under penalty of perjury that the foregoing is true.
"""
)
ORDER = (
    CAPTION.format(title="[PROPOSED] ORDER GRANTING MOTION")
    + """Having considered the motion, the Court grants it.
IT IS SO ORDERED.
"""
)
# (title, role, first page, last page, argument) of each part, as the segmenter finds them
EXPECTED_PARTS = [
    ("NOTICE OF MOTION", "motion", 1, 1, False),
    ("MEMORANDUM OF POINTS AND AUTHORITIES", "motion", 2, 2, True),
    ("DECLARATION OF PAT LAWYER", "other", 3, 3, False),
    ("[PROPOSED] ORDER GRANTING MOTION", "order", 4, 4, False),
]


def write_bundle(path: Path) -> Path:
    """Write the four documents to ``path`` (a .txt file), one per page."""
    path.write_text("\f".join((NOTICE, MEMORANDUM, DECLARATION, ORDER)), encoding="utf-8")
    return path


OPPOSITION = (
    CAPTION.format(title="OPPOSITION TO MOTION TO DISMISS")
    + """I. ARGUMENT
A. The Parties Formed a Contract
Acme and Globex signed the order form, so a contract was formed.
"""
)


def write_opposition(path: Path) -> Path:
    """Write an opposition answering the bundled motion to ``path`` (a .txt file)."""
    path.write_text(OPPOSITION, encoding="utf-8")
    return path
