"""Whether a filing's body is read in numbered paragraphs ("¶ 12") rather than an outline.

Complaints are; so are declarations (by their title), applications, and briefs that number
their paragraphs continuously under unnumbered headings (a bankruptcy motion: "1." … "24."
under "Preliminary Statement", "Relief Requested", "Notice"). A brief with an enumerated
outline ("I.", "A.", "POINT I") is not, whatever numbered lists it holds.
"""

from __future__ import annotations

from lawdiff.core.model import FilingMeta, Role
from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine, is_title_case, is_upper_text

# A complaint is recognised by this many numbered paragraphs in sequence.
MIN_SEQUENCE = 10
# A declaration (by its title) is read in numbered paragraphs from this many in sequence.
MIN_DECLARATION_SEQUENCE = 2
BRIEF_ROLES = frozenset({Role.MOTION, Role.OPPOSITION, Role.REPLY})


def reads_numbered_paragraphs(body: list[TextLine], meta: FilingMeta) -> bool:
    """True when ``body`` (the lines after the caption) is read like a complaint's."""
    if meta.role == Role.COMPLAINT:
        return True
    # A declaration's numbered paragraphs ("1. I am an attorney …") read like a complaint's.
    declaration = meta.role not in BRIEF_ROLES and bool(
        patterns.DECLARATION_TITLE.search(meta.title)
    )
    needed = MIN_DECLARATION_SEQUENCE if declaration else MIN_SEQUENCE
    if numbered_paragraph_count(body) < needed:
        return False
    return meta.role not in BRIEF_ROLES or not has_outline(body)


def has_outline(lines: list[TextLine]) -> bool:
    """Whether a brief is organised in an enumerated outline ("I.", "A.", "POINT I"); else
    it is an application, a declaration or a bankruptcy motion in numbered paragraphs
    (under unnumbered headings, if any), read like a complaint's."""
    for line in lines:
        enum = patterns.ENUMERATOR_START.match(line.text)
        if enum is not None and enum.group("enum") == "I.":
            return True
        if enum is not None and enum.group("enum") == "A.":
            # "A. Getty with the Complaint …" is a name wrapped after its initial
            title = enum.group("title")
            if is_title_case(title) or is_upper_text(title):
                return True
        if patterns.POINT_START.match(line.text):
            return True
    return False


def numbered_paragraph_count(lines: list[TextLine]) -> int:
    """How many lines start numbered paragraphs 1, 2, 3 … in sequence."""
    expected = 1
    for line in lines:
        match = patterns.PARAGRAPH_START.match(line.text)
        if match and int(match.group("num")) == expected:
            expected += 1
    return expected - 1
