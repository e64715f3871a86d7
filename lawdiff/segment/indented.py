"""Plain text whose paragraphs are marked by a first-line indent rather than blank lines.

An e-filing portal's text view, or a word processor's text export, may keep no blank line
anywhere: each paragraph opens with a first line indented a few spaces (wrapped or on one long
line), and each heading is a short line set flush left right above a paragraph. There a
heading stands apart by its indent, not by blank lines: an unindented short line in title
case or capitals, not ending as a sentence or a clause does, after a finished sentence (or
another heading), right above an indented first line.

The unindented last line of a wrapped paragraph follows a line that goes on into it; a list
item or a signature line follows another item or line that ends no sentence; neither is read
as a heading here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from lawdiff.segment import patterns
from lawdiff.segment.lines import TextLine, ends_sentence, is_upper_text
from lawdiff.segment.sentences import MAX_TITLE_WORDS, is_strict_title

# A paragraph's first line is indented by this many characters (a tab counted as more).
MIN_PARAGRAPH_INDENT = 3
MAX_PARAGRAPH_INDENT = 10
# Paragraphs are marked by indents when at least this many indented first lines follow a
# flush-left line, and blank lines are fewer than this share of the lines with text.
MIN_INDENTED_STARTS = 3
MAX_BLANK_SHARE = 0.1
# A heading line holds at most this many characters.
MAX_HEADING_CHARS = 160
# Word's "save as text" of a brief: at least this many rows longer than a page is wide (whole
# paragraphs), and at least this share of them opening with a tab (or a bullet and a tab).
MIN_LONG_TAB_ROWS = 5
TAB_ROW_SHARE = 0.8
LONG_ROW_CHARS = 150
_TAB_OPENED = re.compile(r"^(?:[•·\-*]\s*)?\t")


def is_paragraph_indent(indent: float) -> bool:
    """True for the indent of a paragraph's first line (not a block quote's, not flush)."""
    return MIN_PARAGRAPH_INDENT <= indent <= MAX_PARAGRAPH_INDENT


def indent_marks_paragraphs(body: Sequence[TextLine], indents: Mapping[int, float]) -> bool:
    """True when the paragraphs of ``body`` (plain text) are marked by a first-line indent
    rather than blank lines: blank lines are rare, and several indented lines each follow a
    flush-left line with text."""
    filled = [line for line in body if not line.blank]
    if not filled:
        return False
    # blank lines between the first and the last line with text (none trail the text)
    first, last = filled[0].index, filled[-1].index
    blank = sum(1 for line in body if line.blank and first < line.index < last)
    if blank > MAX_BLANK_SHARE * len(filled):
        return False
    starts = sum(
        1
        for above, line in pairwise(filled)
        if above.index == line.index - 1
        and indents.get(above.index, 0.0) == 0
        and is_paragraph_indent(indents.get(line.index, 0.0))
    )
    return starts >= MIN_INDENTED_STARTS


def is_indent_heading(
    line: TextLine,
    below: TextLine | None,
    above: TextLine | None,
    indents: Mapping[int, float],
    *,
    after_heading: bool,
) -> bool:
    """True when ``line``, in text whose paragraphs are marked by indents, is a heading:
    flush left, short, in title case or capitals, ending no sentence or clause, right above
    an indented first line (``below``), after a finished sentence, a heading
    (``after_heading``) or nothing (``above``)."""
    text = line.stripped
    if indents.get(line.index, 0.0) != 0 or len(text) > MAX_HEADING_CHARS:
        return False
    if below is None or below.index != line.index + 1 or below.blank:
        return False
    if not is_paragraph_indent(indents.get(below.index, 0.0)):
        return False
    if not (above is None or after_heading or ends_sentence(above.text)):
        return False  # the last line of a wrapped paragraph, or a list's or signature's line
    if ends_sentence(text) or text.endswith((",", ";", ":")):
        return False
    if patterns.CITATION_HINT.search(text) or patterns.LEADER_DOTS.search(text):
        return False
    if len(patterns.WORD.findall(text)) > MAX_TITLE_WORDS:
        return False
    return is_strict_title(text) or is_upper_text(text)


def tab_rows_are_paragraphs(body: Sequence[TextLine]) -> bool:
    """True for plain text saved from a word processor with each paragraph on one row
    opening with a tab (its first-line indent; a heading's row too, a sub-heading's with
    two; a list item's after its bullet): several rows run longer than a page is wide, and
    most of them open so. There a row is a whole block by itself, whether or not a blank
    row follows it."""
    long = [line.text for line in body if len(line.stripped) > LONG_ROW_CHARS]
    tabbed = sum(1 for text in long if _TAB_OPENED.match(text))
    return len(long) >= MIN_LONG_TAB_ROWS and tabbed >= TAB_ROW_SHARE * len(long)
