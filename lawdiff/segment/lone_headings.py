"""Short unnumbered headings standing alone in plain text, read by the document's own habit.

Two layouts print every heading as a short unnumbered line between blank lines, in sentence
case as often as in title case, so no rule on the line's words alone can tell it from a short
paragraph. The document itself vouches for them:

- **Headings ending in a colon** (a North Carolina brief: "Introduction:", "Facts Not in
  Dispute:", "The 2019 window caulking did not restart the period:"). When the document's known
  section names (Introduction, Argument, Conclusion) stand alone ending in a colon, any short
  line alone between blank lines, ending in a colon, after a finished sentence and over a
  paragraph, is a heading too. A lead-in to a quotation or a list ("The statute provides as
  follows:"), a list's item and a salutation are none.
- **Headings among numbered paragraphs** (an English skeleton argument: "1.", "2.", … grouped
  under "The claim", "Duty and its scope"). In a document whose body is numbered paragraphs, a
  short flush-left line alone between blank lines, with no final punctuation but a question
  mark, between the end of one numbered paragraph (or another such heading) and the next
  numbered paragraph (or another such heading) is a heading; so is a longer one labelled
  before a colon ("Issue one: …?", "The defenders' first submission: …"), the line over
  paragraph 1, and any line labelled as one of them is ("Part 1: ORDERS CONSENTED TO" over
  text). Paragraphs may be numbered afresh from 1 under each heading. See
  :mod:`lawdiff.segment.numbered_submissions` (segfix30).

The colon family needs two lines of its form at least; among numbered paragraphs, where every
paragraph carries a number, one line is enough. A short line ending a sentence, a line in a
caption or a signature block (set in from the margin) and a line inside a paragraph stay text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine, ends_sentence, is_upper_text
from lawdiff.segment.numbered_submissions import ends_in_question, is_labelled_heading, series_key

# A heading line holds at most this many words (colon-ended) / this many (among paragraphs).
MAX_COLON_WORDS = 16
MAX_PARAGRAPH_HEADING_WORDS = 16
# The document's known sections ending in a colon, standing alone: at least this many.
MIN_KNOWN_COLON = 2
# Lines of a family's form: at least this many in the document.
MIN_SIBLINGS = 2
# A body of numbered paragraphs: at least this many lines open on "N." in ascending order.
MIN_NUMBERED_PARAGRAPHS = 5
# A lead-in to a quotation or list, not a heading ("… as follows:", "The statute provides:").
_LEAD_IN = re.compile(
    r"\b(?:follows|provides|provided|states|stated|reads|read|held|holds|explained|"
    r"explains|says|said|including|includes|namely|that|are|is|were|was|below)\s*:$",
    re.IGNORECASE,
)
_NUMBERED_PARAGRAPH = re.compile(r"^(\d{1,3})\.\s+\S")
_DECIMAL_PARAGRAPH = re.compile(r"^(\d{1,2})\.(\d{1,2})\s+[A-Z“\"‘']")
_FIRST_PARAGRAPH = re.compile(r"^1\.\s+\S")


def lone_heading_lines(lines: Sequence[TextLine], body_start: int) -> frozenset[int]:
    """The indices of ``lines`` (plain text) that are lone unnumbered headings, from
    ``body_start`` on: colon-ended headings where the document's known sections end in a
    colon, and short lines between numbered paragraphs in a body of numbered paragraphs."""
    body = [line for line in lines if line.index >= body_start]
    return _colon_headings(lines, body) | _paragraph_headings(lines, body)


def _alone(lines: Sequence[TextLine], line: TextLine) -> bool:
    """True when ``line`` has text and a blank line (or the document's edge) each side."""
    if line.blank:
        return False
    above = line.index == 0 or lines[line.index - 1].blank
    below = line.index + 1 >= len(lines) or lines[line.index + 1].blank
    return above and below


def _neighbour(lines: Sequence[TextLine], line: TextLine, step: int) -> TextLine | None:
    """The nearest line with text above (``step`` -1) or below (+1) ``line``."""
    at = line.index + step
    while 0 <= at < len(lines):
        if not lines[at].blank:
            return lines[at]
        at += step
    return None


def _flush(line: TextLine) -> bool:
    """True when ``line`` starts at the left margin (a caption's or signature's is set in)."""
    return not line.text[:1].isspace()


def _colon_shape(lines: Sequence[TextLine], line: TextLine) -> bool:
    """True for a short flush line alone, opening on a capital, ending in one colon."""
    text = line.stripped
    if not (_alone(lines, line) and _flush(line)) or not text.endswith(":"):
        return False
    if text.endswith("::") or not text[:1].isupper() or _LEAD_IN.search(text):
        return False
    if patterns.ENUMERATOR_START.match(text) or patterns.SALUTATION.match(text):
        return False
    if patterns.CITATION_HINT.search(text):
        return False
    return 1 <= len(patterns.WORD.findall(text)) <= MAX_COLON_WORDS


def _colon_headings(lines: Sequence[TextLine], body: Sequence[TextLine]) -> frozenset[int]:
    """Colon-ended lone headings, when the known sections stand alone ending in a colon."""
    shaped = [line for line in body if _colon_shape(lines, line)]
    known = sum(1 for line in shaped if patterns.KNOWN_HEADING.match(line.stripped[:-1]))
    if known < MIN_KNOWN_COLON or len(shaped) < MIN_SIBLINGS:
        return frozenset()
    found: set[int] = set()
    for line in shaped:
        above, below = _neighbour(lines, line, -1), _neighbour(lines, line, 1)
        if below is None or not _flush(below) or patterns.ENUMERATOR_START.match(below.text):
            continue  # a list's items or an indented quotation follow a lead-in
        if above is not None and above.index not in found and not ends_sentence(above.text):
            continue
        found.add(line.index)
    return frozenset(found)


def _numbered_paragraphs(lines: Sequence[TextLine], body: Sequence[TextLine]) -> frozenset[int]:
    """The lines opening a numbered paragraph ("12. The Claimant …"), when the body's
    paragraphs are numbered: at least five, their numbers ascending by one, or starting
    afresh at "1." under a heading standing alone (a British Columbia application's "Part
    2: FACTUAL BASIS", its paragraphs numbered from 1 in each part)."""
    found: list[TextLine] = []
    expected = 1
    for line in body:
        match = _NUMBERED_PARAGRAPH.match(line.text)
        if match is None or not _flush(line):
            continue
        number = int(match.group(1))
        if number == 1 and expected > 1 and _under_lone_line(lines, line):
            expected = 1
        if number == expected:
            found.append(line)
            expected += 1
    if len(found) < MIN_NUMBERED_PARAGRAPHS:
        return _decimal_paragraphs(body)
    return frozenset(line.index for line in found)


def _decimal_paragraphs(body: Sequence[TextLine]) -> frozenset[int]:
    """The lines opening paragraphs numbered by their section ("4.1 My Lords, …", "4.2 …",
    then "5.1 …": a Nigerian brief of argument under its "4.0 ARGUMENT"), each number after
    the one before in its section or the first of the next; at least five."""
    found: list[TextLine] = []
    last = (0, 0)
    for line in body:
        match = _DECIMAL_PARAGRAPH.match(line.text)
        if match is None or not _flush(line):
            continue
        number = (int(match.group(1)), int(match.group(2)))
        if number in ((last[0], last[1] + 1), (last[0] + 1, 1)) or (not found and number[1] == 1):
            found.append(line)
            last = number
    if len(found) < MIN_NUMBERED_PARAGRAPHS:
        return frozenset()
    return frozenset(line.index for line in found)


def _under_lone_line(lines: Sequence[TextLine], line: TextLine) -> bool:
    """True when the nearest line above ``line`` has the form of a lone heading."""
    above = _neighbour(lines, line, -1)
    return above is not None and _paragraph_heading_shape(lines, above)


def _paragraph_heading_shape(lines: Sequence[TextLine], line: TextLine) -> bool:
    """True for a flush line alone, opening on a capital, with no final punctuation but a
    question mark: short, or labelled before a colon (see
    :mod:`lawdiff.segment.numbered_submissions`)."""
    text = line.stripped
    if not (_alone(lines, line) and _flush(line)) or not text[:1].isupper():
        return False
    if _NUMBERED_PARAGRAPH.match(text) or patterns.ENUMERATOR_START.match(text):
        return False
    if is_labelled_heading(text):
        return True
    if text[-1] in ".,;:!" or (ends_sentence(text) and not ends_in_question(text)):
        return False
    if patterns.CITATION_HINT.search(text):
        return False
    return 1 <= len(patterns.WORD.findall(text)) <= MAX_PARAGRAPH_HEADING_WORDS


def _paragraph_headings(lines: Sequence[TextLine], body: Sequence[TextLine]) -> frozenset[int]:
    """Lone headings among the numbered paragraphs of a body made of them."""
    numbered = _numbered_paragraphs(lines, body)
    if not numbered:
        return frozenset()
    first, last = min(numbered), max(numbered)
    shaped = {
        line.index
        for line in body
        if first < line.index < last and _paragraph_heading_shape(lines, line)
    }
    found = {index for index in shaped if _between_paragraphs(lines, index, numbered, shaped)}
    if not found:
        return frozenset()
    # the heading over paragraph 1, where the body opens ("Summary of submissions")
    above = _neighbour(lines, lines[first], -1)
    opening = above is not None and above.index >= body[0].index
    if opening and above is not None and _paragraph_heading_shape(lines, above):
        found.add(above.index)
    return frozenset(found | _labelled_siblings(lines, body, found))


def _labelled_siblings(
    lines: Sequence[TextLine], body: Sequence[TextLine], found: set[int]
) -> set[int]:
    """Lines of the body labelled as headings already found are ("Part 1: ORDERS CONSENTED
    TO" over a paragraph of text, where "Part 4: FACTUAL BASIS" stands between numbered
    paragraphs), standing alone with a lone heading's form: their siblings, wherever they
    stand."""
    keys = {series_key(lines[index].stripped) for index in found} - {None}
    return {
        line.index
        for line in body
        if series_key(line.stripped) in keys and _paragraph_heading_shape(lines, line)
    }


def submissions_body_start(lines: Sequence[TextLine], start: int, stop: int) -> int | None:
    """The heading right above paragraph "1." between ``start`` and ``stop`` (where a brief's
    body starts otherwise, at its first known heading), in submissions numbered throughout
    from there whose headings stand alone between their paragraphs ("Summary of
    submissions" over "1.", then "Background", "Issue one: …"): their body starts there. A
    title in capitals right above "1." is left to the caption."""
    opening = (line for line in lines[start:stop] if _FIRST_PARAGRAPH.match(line.text))
    first = next((line for line in opening if _flush(line)), None)
    above = _neighbour(lines, first, -1) if first is not None else None
    if first is None or above is None or above.index < start or is_upper_text(above.text):
        return None
    if not _paragraph_heading_shape(lines, above):
        return None
    return above.index if _paragraph_headings(lines, lines[first.index :]) else None


def _between_paragraphs(
    lines: Sequence[TextLine], index: int, numbered: frozenset[int], shaped: set[int]
) -> bool:
    """True when the heading-shaped line at ``index`` follows a finished paragraph (or
    another heading-shaped line) and leads, through heading-shaped lines only, to a
    numbered paragraph."""
    above = _neighbour(lines, lines[index], -1)
    if above is None or not (above.index in shaped or ends_sentence(above.text)):
        return False
    below = _neighbour(lines, lines[index], 1)
    while below is not None and below.index in shaped:
        below = _neighbour(lines, below, 1)
    return below is not None and below.index in numbered


# A signature's line: "/s/ Name", "By: /s/ Name", "s/ Name".
_SIGNATURE = re.compile(r"^\s*(?:By:?\s*)?(?:/s/|s/)", re.IGNORECASE)
_DECREE_LINE = re.compile(r"\bORDERED\b", re.IGNORECASE)
# A signer's block set in from the margin starts at least this many columns in.
MIN_SIGNER_INDENT = 30
# ... and holds at least this many lines at that indent, one under the other.
MIN_SIGNER_LINES = 3


def is_signer_line(lines: Sequence[TextLine], line: TextLine) -> bool:
    """True when ``line`` (plain text) names who signs rather than heading a section: the
    party or counsel line right above a signature ("GERALD DVORAK …, Appellees" over "By:
    /s/ …"), or the first line of a block set far in from the margin, its lines one under the
    other at one indent (counsel's name over chambers and date), after a finished paragraph."""
    if line.stripped.endswith(":") or _DECREE_LINE.search(line.text):
        return False  # "BY THE COURT:", "SO ORDERED.": the court's words over its signature
    below = _neighbour(lines, line, 1)
    if below is not None and below.index - line.index <= 2 and _SIGNATURE.match(below.text):
        return not _SIGNATURE.match(line.text)
    indent = len(line.text) - len(line.text.lstrip())
    if indent < MIN_SIGNER_INDENT:
        return False
    above = _neighbour(lines, line, -1)
    if above is None or not ends_sentence(above.text):
        return False
    block = lines[line.index : line.index + MIN_SIGNER_LINES]
    return len(block) == MIN_SIGNER_LINES and all(
        not other.blank and len(other.text) - len(other.text.lstrip()) == indent for other in block
    )
