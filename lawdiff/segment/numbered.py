"""Whether a filing's body is read in numbered paragraphs ("¶ 12") rather than an outline.

Complaints are; so are declarations (by their title), applications, and briefs that number
their paragraphs continuously under unnumbered headings (a bankruptcy motion: "1." … "24."
under "Preliminary Statement", "Relief Requested", "Notice"). A brief with an enumerated
outline ("I.", "A.", "POINT I") is not, whatever numbered lists it holds.

A filing read by its outline may still hold a run of numbered allegations: a petition's
("1. Petitioner is a defendant in the action …") or a verified answer's ("1. Real party
admits the allegations of paragraph 1 …") before the memorandum. Those are numbered
paragraphs too (:func:`numbered_allegations`), never headings of the outline.
"""

from __future__ import annotations

from dataclasses import dataclass

from lawdiff.core.model import FilingMeta, Role
from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine, ends_sentence, is_title_case, is_upper_text
from lawdiff.segment.sentences import is_strict_title

# A complaint is recognised by this many numbered paragraphs in sequence.
MIN_SEQUENCE = 10
# A declaration (by its title) is read in numbered paragraphs from this many in sequence.
MIN_DECLARATION_SEQUENCE = 2
BRIEF_ROLES = frozenset({Role.MOTION, Role.OPPOSITION, Role.REPLY})
# Numbered allegations are sentences ending with a period, most of them at least this many words
# long; a run of them is at least this long, numbered one after the other with nothing but
# headings between.
ALLEGATION_MIN_WORDS = 8
MIN_ALLEGATION_RUN = 2
# A line shorter than this share of a full line, not ending a sentence, is a heading's.
SHORT_LINE = 0.8


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
    # a petition with its memorandum holds an outline: its allegations are found by
    # numbered_allegations, its memorandum's "1." headings stay headings
    return declaration or meta.role == Role.ORDER or not has_outline(body)


def has_outline(lines: list[TextLine]) -> bool:
    """Whether a brief is organised in an enumerated outline ("I.", "A.", "POINT I"); else
    it is an application, a declaration or a bankruptcy motion in numbered paragraphs
    (under unnumbered headings, if any), read like a complaint's. Arabic points in
    capitals ("1. PETITIONER IS ENTITLED TO RELIEF …", then "2. …", a Tax Court brief's
    argument after its numbered findings) are an outline too."""
    first_in_capitals = False  # the last "1." seen is a point in capitals
    for line in lines:
        if patterns.POINT_START.match(line.text):
            return True
        enum = patterns.ENUMERATOR_START.match(line.text)
        if enum is None:
            continue
        label, title = enum.group("enum"), enum.group("title")
        if label == "I.":
            return True
        if label == "1.":
            first_in_capitals = _capital_point(title)
        if label == "2." and first_in_capitals and _capital_point(title):
            return True
        # "A. Getty with the Complaint …" is a name wrapped after its initial
        if label == "A." and (is_title_case(title) or is_upper_text(title)):
            return True
    return False


def _capital_point(title: str) -> bool:
    """True for a numbered line's title in capitals, of at least two words."""
    return is_upper_text(title) and len(patterns.WORD.findall(title)) >= 2


def numbered_paragraph_count(lines: list[TextLine]) -> int:
    """How many lines start numbered paragraphs 1, 2, 3 … in sequence."""
    expected = 1
    for line in lines:
        match = patterns.PARAGRAPH_START.match(line.text)
        if match and int(match.group("num")) == expected:
            expected += 1
    return expected - 1


@dataclass(frozen=True)
class _Numbered:
    """A numbered paragraph: its first line, number and text, and whether the next numbered
    paragraph follows it with nothing but headings between."""

    line: int
    number: int
    text: str
    next_follows: bool


def numbered_allegations(body: list[TextLine], width: float, blank_ends: bool) -> frozenset[int]:
    """First lines of the numbered paragraphs that are allegations, in a filing read by its
    outline: runs of paragraphs numbered one after the other, nothing but headings between
    them, each a sentence (or several) ending with a period, most of them in sentence case.

    A brief's numbered headings are none: body text follows each of them, and a heading in
    title case ("1. Plaintiff Is Likely to Succeed on the Merits") is no sentence.

    Args:
        body: the lines after the caption, in order.
        width: the length of a full line.
        blank_ends: a blank line ends a paragraph (plain text in one paragraph a line).
    """
    found: set[int] = set()
    run: list[_Numbered] = []
    for paragraph in _numbered_paragraphs(body, width, blank_ends):
        if run and (paragraph.number != run[-1].number + 1 or not run[-1].next_follows):
            found |= _allegation_run(run)
            run = []
        run.append(paragraph)
    return frozenset(found | _allegation_run(run))


def _allegation_run(run: list[_Numbered]) -> set[int]:
    """The first lines of ``run`` when it is a run of allegations, else none: each a
    sentence ending with a period, most of them long and not in title case (a short answer,
    "5. Denied.", may sit among them)."""
    if len(run) < MIN_ALLEGATION_RUN or not all(_is_sentence(p.text) for p in run):
        return set()
    long = sum(
        1
        for p in run
        if len(p.text.split()) >= ALLEGATION_MIN_WORDS and not is_strict_title(p.text)
    )
    return {p.line for p in run} if 2 * long >= len(run) else set()


def _is_sentence(text: str) -> bool:
    """Not in capitals, ending with a period (inside closing quotes or brackets maybe)."""
    closed = text.rstrip().rstrip(")”\"'’").rstrip()
    return closed.endswith(".") and not is_upper_text(text)


def _numbered_paragraphs(body: list[TextLine], width: float, blank_ends: bool) -> list[_Numbered]:
    """Every numbered paragraph of ``body`` ("12. …") with its first sentences and whether
    the next numbered paragraph follows them, headings aside."""
    out: list[_Numbered] = []
    for at, line in enumerate(body):
        match = patterns.PARAGRAPH_START.match(line.text)
        if match is None or match.group("rest") is None:
            continue
        if line.hint.bold or line.hint.underlined or line.hint.centered:
            continue  # set like a heading: allegations are in plain type
        last = _paragraph_end(body, at, width, blank_ends)
        if last is None:
            continue
        follower = _after_headings(body, last + 1)
        follows = follower is not None and _number(follower) == int(match.group("num")) + 1
        rest = [other.stripped for other in body[at + 1 : last + 1] if not other.blank]
        text = " ".join([match.group("rest").strip(), *rest])
        out.append(_Numbered(line.index, int(match.group("num")), text, follows))
    return out


def _paragraph_end(body: list[TextLine], at: int, width: float, blank_ends: bool) -> int | None:
    """Position in ``body`` of the line that ends the first sentence (or sentences) of the
    numbered paragraph starting at ``at``: where a heading would end too, so that a heading
    with its text below it never reads as a paragraph followed by the next number. None when
    a line before it is short (a heading's line: "1. Petitioner Is Entitled to Relief")."""
    last = at
    for position in range(at + 1, len(body)):
        if ends_sentence(body[last].stripped):
            break
        if len(body[last].stripped) < SHORT_LINE * width:
            return None
        line = body[position]
        if line.blank:
            if blank_ends:
                break
            continue
        if _opens_something(line):
            break
        last = position
    return last


def _after_headings(body: list[TextLine], start: int) -> TextLine | None:
    """The first line from ``start`` that is neither blank nor an unnumbered heading."""
    for line in body[start:]:
        if line.blank:
            continue
        if patterns.PARAGRAPH_START.match(line.text) or not _is_heading_line(line):
            return line
    return None


def _opens_something(line: TextLine) -> bool:
    return bool(
        patterns.PARAGRAPH_START.match(line.text)
        or patterns.ENUMERATOR_START.match(line.text)
        or _is_heading_line(line)
    )


def _is_heading_line(line: TextLine) -> bool:
    """A known heading ("PRAYER", "JURISDICTION") or a short line in capitals ("THE PARTIES")."""
    text = line.stripped
    return bool(patterns.KNOWN_HEADING.match(text)) or is_upper_text(text)


def _number(line: TextLine) -> int | None:
    match = patterns.PARAGRAPH_START.match(line.text)
    return int(match.group("num")) if match else None


def sub_issue_line(lines: list[TextLine], line: TextLine, title: str) -> bool:
    """True for a sub-issue heading among numbered paragraphs under a lower-case enumerator
    (an Ontario factum's "(i) The "for cause" provision contravenes the ESA" under "B. …"):
    the line stands alone between blank lines, its title ends on no punctuation (a
    paragraph's list item ends on "." or ";"), and a numbered paragraph follows it."""
    index = line.index
    if index == 0 or index + 2 >= len(lines):
        return False
    if not (lines[index - 1].blank and lines[index + 1].blank):
        return False
    title = title.strip()
    if not title or title[-1] in ".;:,)?!" or not title[:1].isupper():
        return False
    below = next((ln for ln in lines[index + 1 :] if not ln.blank), None)
    return below is not None and bool(patterns.PARAGRAPH_START.match(below.text))
