"""Points run in as short sentences under the argument's umbrella, in plain text.

A brief may open each paragraph of its ARGUMENT with its point, a short sentence set in bold
that plain text keeps as the paragraph's first sentence ("The claims are timely. The
Association does not press …"). Body text opens paragraphs with short sentences too, so one
paragraph says nothing: the points are a run of siblings of one shape. They are read as points
when the ARGUMENT's section (a court's DISCUSSION is prose) opens straight on one, holds no
other heading (no numbered or bare point) before its closing heading, and most of its
paragraphs, three or more, open so; a sentence opening on a transition ("Finally, …") goes
on with the prose before it and is no point.

A point in capitals under the umbrella may set its own sub-points so ("THE MOTION IS UNTIMELY,
AND EQUITABLE TOLLING IS NOT WARRANTED", a paragraph stating the test, then "Respondent did not
exercise due diligence. The question is …" and "Prior counsel's performance did not prejudice
Respondent. Even assuming …"). A point's later paragraphs often open on a short sentence of
prose too, so the run must be of one form: the point's first paragraph opens on none, each of
its later paragraphs, two or more, on one as short as a heading (at most
:data:`SUB_POINT_MAX_WORDS` words, no comma, no citation, no transition) and they are all its
paragraphs; no numbered or bare heading between.

Before the argument, a court's rule may ask a front section for labelled parts, each run in at
the head of its paragraph (a Nebraska STATEMENT OF THE CASE's "Nature of the case.", "Issues
tried.", "How the issues were decided.", Neb. Ct. R. App. P. § 2-109(D)(1)(a); a CIT RULE 56.2
STATEMENT's "Administrative determination under review." and "Issues presented."; a D.C.
Circuit certificate's "Parties and Amici.", "Rulings Under Review.", "Related Cases. None."):
the labels are headings when every paragraph of a section in capitals opens with one, two or
more, no two alike. A section told in prose (the facts, a summary of the argument, an
introduction) keeps its short first sentences as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine, ends_sentence, is_upper_text
from lawdiff.segment.sentences import MIN_TITLE_WORDS, first_sentence_end, is_sentence_heading

# A point run in as a sentence holds at most this many words.
POINT_MAX_WORDS = 16
# The run holds at least this many points ...
MIN_POINTS = 3
# ... and at least this share of the umbrella section's paragraphs open with one.
POINT_SHARE = 2 / 3
# A sub-point run in as a sentence under a point in capitals holds at most this many words.
SUB_POINT_MAX_WORDS = 10
# The point's paragraphs after its first that must all open so, at least.
MIN_SUB_POINTS = 2
# A label run in at the head of a front section's paragraph holds at most this many words ...
FRONT_LABEL_MAX_WORDS = 6
# ... and the section holds at least this many paragraphs, each opening with one.
MIN_FRONT_LABELS = 2
# Front sections told in prose: their paragraphs' short first sentences are no labels (the
# facts in any words: "STATEMENT OF ADDITIONAL FACTS", "PROCEDURAL HISTORY", "BACKGROUND").
_PROSE_SECTION = re.compile(
    r"^\s*(?:INTRODUCTION|PRELIMINARY\s+STATEMENT|SUMMARY\s+OF\s+(?:THE\s+)?ARGUMENTS?)\b"
    r"|\b(?:FACTS|FACTUAL|BACKGROUND|HISTORY)\b"
)


def sentence_points(lines: Sequence[TextLine], body_start: int) -> frozenset[int]:
    """Indexes of the lines (in plain text whose paragraphs are parted by blank lines) whose
    paragraph opens with a point run in as a short sentence under an umbrella heading."""
    points: set[int] = set()
    for line in lines[body_start:]:
        text = line.text
        if patterns.UMBRELLA_HEADING.match(text) and is_upper_text(text) and "ARGUMENT" in text:
            points |= _run_under(lines, line.index)
    return frozenset(points)


def sentence_sub_points(lines: Sequence[TextLine], body_start: int) -> frozenset[int]:
    """Indexes of the lines (plain text, paragraphs parted by blank lines) whose paragraph
    opens with a sub-point run in as a short sentence under a point in capitals that is
    under an umbrella heading (see the module's text)."""
    points: set[int] = set()
    umbrella = False
    for line in lines[body_start:]:
        text = line.stripped
        if line.blank or not is_upper_text(text) or not _alone(lines, line.index):
            continue
        if patterns.UMBRELLA_HEADING.match(text):
            umbrella = True
        elif patterns.KNOWN_HEADING.match(text):
            umbrella = False  # CONCLUSION: the argument is over
        elif umbrella and len(patterns.WORD.findall(text)) >= MIN_TITLE_WORDS:
            points |= _sub_run_under(lines, line.index)
    return frozenset(points)


def _sub_run_under(lines: Sequence[TextLine], point: int) -> set[int]:
    """The paragraphs' first lines under the point in capitals at ``point`` that open with a
    sub-point, when every paragraph but the first does; an empty set otherwise."""
    openings = _paragraph_openings(lines, point)
    if openings is None or len(openings) < MIN_SUB_POINTS + 1:
        return set()
    if sentence_point_end(lines[openings[0]].stripped) is not None:
        return set()  # the point's own first paragraph opens as its sub-points: prose
    later = openings[1:]
    if all(_sub_point_end(lines[at].stripped) is not None for at in later):
        return set(later)
    return set()


def _sub_point_end(text: str) -> tuple[int, int] | None:
    """Where a sub-point run in as a sentence as short as a heading ends, within a
    paragraph's first line ``text``, or None."""
    found = sentence_point_end(text)
    if found is None:
        return None
    head = text[: found[0]]
    if "," in head or len(patterns.WORD.findall(head)) > SUB_POINT_MAX_WORDS:
        return None
    return found


def sentence_point_end(text: str) -> tuple[int, int] | None:
    """Where a point run in as a short sentence ends and its paragraph goes on, within a
    paragraph's first line ``text``; None when its first sentence is no such point."""
    found = first_sentence_end(text)
    if found is None:
        return None
    head = text[: found[0]]
    if patterns.TRANSITION_START.match(head):
        return None  # "Finally, Carrow asks for its fees.": prose going on
    words = len(patterns.WORD.findall(head))
    if not MIN_TITLE_WORDS <= words <= POINT_MAX_WORDS or not is_sentence_heading(head):
        return None
    return None if patterns.PROSE_MARK.search(head) else found


def front_labels(lines: Sequence[TextLine], body_start: int) -> frozenset[int]:
    """Indexes of the lines (plain text, paragraphs parted by blank lines) whose paragraph
    opens with a label run in under a front section in capitals whose every paragraph opens
    so (see the module's text), before the argument's umbrella."""
    labels: set[int] = set()
    for line in lines[body_start:]:
        text = line.stripped
        if patterns.UMBRELLA_HEADING.match(text) or patterns.MEMORANDUM_HEADING.match(text):
            break  # the argument: a run of short sentences there is its points'
        if line.blank or not is_upper_text(text) or not _alone(lines, line.index):
            continue
        if not _PROSE_SECTION.search(text):
            labels |= _labels_under(lines, line.index)
    return frozenset(labels)


def _labels_under(lines: Sequence[TextLine], section: int) -> set[int]:
    """The paragraphs' first lines under the front section at ``section`` when each opens
    with a label, two or more, no two alike; an empty set otherwise."""
    openings = _section_openings(lines, section)
    if len(openings) < MIN_FRONT_LABELS:
        return set()
    titles = set()
    for at in openings:
        found = front_label_end(lines[at].stripped)
        if found is None:
            return set()
        titles.add(lines[at].stripped[: found[0]].lower())
    return set(openings) if len(titles) == len(openings) else set()


def front_label_end(text: str) -> tuple[int, int] | None:
    """Where a label run in at the head of a front section's paragraph ends (past its
    period) and its text starts, within the paragraph's first line ``text``: a first
    sentence of at most :data:`FRONT_LABEL_MAX_WORDS` words opening with a capital, in
    mixed case, no comma, citation or abbreviation ("Issues tried.", "Related Cases.")."""
    found = first_sentence_end(text)
    if found is None:
        return None
    head = text[: found[0]]
    words = len(patterns.WORD.findall(head))
    if not head.endswith(".") or "," in head or not 1 <= words <= FRONT_LABEL_MAX_WORDS:
        return None
    if not head[:1].isupper() or is_upper_text(head) or patterns.CITATION_HINT.search(head):
        return None
    return None if patterns.SENTENCE_ABBREVIATION.search(head) else found


def _section_openings(lines: Sequence[TextLine], section: int) -> list[int]:
    """The first lines of the paragraphs under the section title at ``section``, up to the
    next line in capitals or standing alone unfinished (a heading); none when a numbered
    line comes first (a list, no labels)."""
    openings: list[int] = []
    for line in lines[section + 1 :]:
        if line.blank or line.hint.furniture or not _after_a_break(lines, line.index):
            continue
        text = line.stripped
        if is_upper_text(text) or (_alone(lines, line.index) and not ends_sentence(text)):
            break
        if patterns.ENUMERATOR_START.match(text) or patterns.POINT_START.match(text):
            return []
        openings.append(line.index)
    return openings


def _run_under(lines: Sequence[TextLine], umbrella: int) -> set[int]:
    """The paragraphs' first lines under the umbrella heading at ``umbrella`` that open with
    a point, when they make a run; an empty set otherwise."""
    openings = _paragraph_openings(lines, umbrella)
    if openings is None or not openings:
        return set()
    points = [at for at in openings if sentence_point_end(lines[at].stripped) is not None]
    if openings[0] not in points or len(points) < MIN_POINTS:
        return set()
    return set(points) if len(points) >= POINT_SHARE * len(openings) else set()


def _paragraph_openings(lines: Sequence[TextLine], umbrella: int) -> list[int] | None:
    """The first lines of the paragraphs under the umbrella heading, up to the next heading
    in capitals or known by name; None when a numbered line or a line standing alone with
    no closing period (a heading of another shape) comes first."""
    openings: list[int] = []
    for line in lines[umbrella + 1 :]:
        if line.blank or line.hint.furniture or not _after_a_break(lines, line.index):
            continue
        text = line.stripped
        if patterns.KNOWN_HEADING.match(text) or is_upper_text(text):
            break
        if patterns.ENUMERATOR_START.match(text) or patterns.POINT_START.match(text):
            return None
        if not text.endswith((".", "?", "!", '"', "”", ")")) and _alone(lines, line.index):
            return None
        openings.append(line.index)
    return openings


def _after_a_break(lines: Sequence[TextLine], index: int) -> bool:
    """True when the line at ``index`` opens a block: a blank line or a page's running header
    or footer (furniture) right before it."""
    before = lines[index - 1]
    return before.blank or before.hint.furniture


def _alone(lines: Sequence[TextLine], index: int) -> bool:
    """True when the line at ``index`` stands alone: a blank line (or the end) right after."""
    return index + 1 >= len(lines) or lines[index + 1].blank
